//! Language codes: which ones the interface is translated into, which are written right to left,
//! and what each language calls itself (for the language switcher).

/// A language the app's own interface (buttons, progress, messages) is translated into.
///
/// A form definition may be in any language; the interface falls back to English for the others.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum UiLanguage {
    /// English, the fallback.
    #[default]
    En,
    /// French.
    Fr,
    /// Spanish.
    Es,
    /// Arabic (written right to left).
    Ar,
}

impl UiLanguage {
    /// Every interface language, in the order of the message tables.
    pub const ALL: [UiLanguage; 4] = [
        UiLanguage::En,
        UiLanguage::Fr,
        UiLanguage::Es,
        UiLanguage::Ar,
    ];

    /// The interface language for a language code such as `fr`, `fr-CA` or `AR`; English for a
    /// language the interface is not translated into.
    pub fn for_code(code: &str) -> UiLanguage {
        match primary_subtag(code).as_str() {
            "fr" => UiLanguage::Fr,
            "es" => UiLanguage::Es,
            "ar" => UiLanguage::Ar,
            _ => UiLanguage::En,
        }
    }

    /// The BCP 47 code: `en`, `fr`, `es` or `ar`.
    pub fn code(self) -> &'static str {
        match self {
            UiLanguage::En => "en",
            UiLanguage::Fr => "fr",
            UiLanguage::Es => "es",
            UiLanguage::Ar => "ar",
        }
    }

    /// The position of this language in the message tables.
    pub(crate) fn index(self) -> usize {
        match self {
            UiLanguage::En => 0,
            UiLanguage::Fr => 1,
            UiLanguage::Es => 2,
            UiLanguage::Ar => 3,
        }
    }
}

/// The primary subtag of a language code, lower-cased: `fr-CA` → `fr`, `ckb_IQ` → `ckb`.
fn primary_subtag(code: &str) -> String {
    code.trim()
        .split(['-', '_'])
        .next()
        .unwrap_or_default()
        .to_ascii_lowercase()
}

/// Languages written right to left: Arabic, Persian (Farsi and Dari), Pashto, Kurdish (Sorani is
/// written in Arabic script), Hebrew, Urdu, Sindhi, Dhivehi, Uyghur and Yiddish.
const RIGHT_TO_LEFT: [&str; 13] = [
    "ar", "fa", "prs", "ps", "ku", "ckb", "he", "iw", "ur", "sd", "dv", "ug", "yi",
];

/// Whether a language is written right to left, so the page needs `dir="rtl"`.
///
/// Takes any BCP 47 code (`ar`, `ar-SY`, `fa_AF`); only the primary subtag counts.
pub fn is_rtl(code: &str) -> bool {
    RIGHT_TO_LEFT.contains(&primary_subtag(code).as_str())
}

/// The value of the `dir` attribute for a language: `"rtl"` or `"ltr"`.
pub fn direction(code: &str) -> &'static str {
    if is_rtl(code) { "rtl" } else { "ltr" }
}

/// What a language calls itself, for the language switcher (a person looks for their own
/// language in their own script); `None` for a code this table does not know.
pub fn native_name(code: &str) -> Option<&'static str> {
    let name = match primary_subtag(code).as_str() {
        "en" => "English",
        "fr" => "Français",
        "es" => "Español",
        "ar" => "العربية",
        "pt" => "Português",
        "sw" => "Kiswahili",
        "fa" => "فارسی",
        "prs" => "دری",
        "ps" => "پښتو",
        "ku" => "Kurdî",
        "ckb" => "کوردی",
        "ur" => "اردو",
        "he" => "עברית",
        "ru" => "Русский",
        "uk" => "Українська",
        "tr" => "Türkçe",
        "am" => "አማርኛ",
        "ti" => "ትግርኛ",
        "so" => "Soomaali",
        "ha" => "Hausa",
        "bn" => "বাংলা",
        "my" => "မြန်မာ",
        "hi" => "हिन्दी",
        "id" => "Bahasa Indonesia",
        "de" => "Deutsch",
        "it" => "Italiano",
        _ => return None,
    };
    Some(name)
}

/// The name to show for a language code: its own name, or the code itself when unknown.
pub fn display_name(code: &str) -> String {
    native_name(code).map_or_else(|| code.to_string(), str::to_string)
}

/// A well-formed BCP 47 tag for the browser's `Intl` made from any language code: `ar`, `fr-CA`,
/// `zh-Hant-TW` pass; `pt_BR` becomes `pt-BR`; anything else is cut back to a valid primary
/// subtag, or `en`. (`Intl` throws on a malformed tag; a definition may hold any text.)
pub fn intl_locale(code: &str) -> String {
    let mut parts = code.trim().split(['-', '_']);
    let primary = parts.next().unwrap_or_default();
    if !(2..=3).contains(&primary.len()) || !primary.chars().all(|c| c.is_ascii_alphabetic()) {
        return "en".to_string();
    }
    let mut tag = primary.to_ascii_lowercase();
    let mut had_script = false;
    for part in parts {
        let letters = part.chars().all(|c| c.is_ascii_alphabetic());
        let digits = part.chars().all(|c| c.is_ascii_digit());
        if part.len() == 4 && letters && !had_script {
            // A script: `Hant`, `Arab`.
            had_script = true;
            let mut chars = part.chars();
            tag.push('-');
            tag.extend(chars.next().map(|c| c.to_ascii_uppercase()));
            tag.push_str(&chars.as_str().to_ascii_lowercase());
        } else if (part.len() == 2 && letters) || (part.len() == 3 && digits) {
            // A region, and the last subtag kept.
            tag.push('-');
            tag.push_str(&part.to_ascii_uppercase());
            break;
        } else {
            break;
        }
    }
    tag
}
