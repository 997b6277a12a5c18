//! The interface strings: every message exists in every interface language, with the same
//! placeholders, and the language facts hold.

use caseforms::i18n::{self, Msg, UiLanguage};

#[test]
fn every_message_has_a_text_in_every_language() {
    let mut missing = Vec::new();
    for &message in Msg::ALL {
        for language in UiLanguage::ALL {
            if i18n::text(language, message).trim().is_empty() {
                missing.push(format!("{} in {}", message.name(), language.code()));
            }
        }
    }
    assert!(missing.is_empty(), "messages without a text: {missing:?}");
}

#[test]
fn every_translation_uses_the_placeholders_of_the_english_text() {
    let mut mismatches = Vec::new();
    for &message in Msg::ALL {
        let mut english = i18n::placeholders(i18n::text(UiLanguage::En, message));
        english.sort_unstable();
        for language in UiLanguage::ALL {
            let mut translated = i18n::placeholders(i18n::text(language, message));
            translated.sort_unstable();
            if translated != english {
                mismatches.push(format!(
                    "{} in {}: {translated:?}, English has {english:?}",
                    message.name(),
                    language.code()
                ));
            }
        }
    }
    assert!(
        mismatches.is_empty(),
        "placeholder mismatches:\n{}",
        mismatches.join("\n")
    );
}

#[test]
fn translations_are_not_left_in_english() {
    // Words that are the same in several languages ("Total", "Sections", "Error") are fine; a whole
    // sentence identical to the English one is a forgotten translation.
    let mut untranslated = Vec::new();
    for &message in Msg::ALL {
        let english = i18n::text(UiLanguage::En, message);
        if !english.contains(' ') || english.starts_with('{') {
            continue;
        }
        for language in [UiLanguage::Fr, UiLanguage::Es, UiLanguage::Ar] {
            if i18n::text(language, message) == english {
                untranslated.push(format!("{} in {}", message.name(), language.code()));
            }
        }
    }
    assert!(
        untranslated.is_empty(),
        "sentences left in English: {untranslated:?}"
    );
}

#[test]
fn arabic_texts_are_written_in_arabic_script() {
    for &message in Msg::ALL {
        let arabic = i18n::text(UiLanguage::Ar, message);
        let latin_only = arabic.is_ascii();
        if latin_only && message != Msg::AppName && message != Msg::RowTitle {
            panic!("{} has no Arabic text: {arabic:?}", message.name());
        }
    }
}

/// A template, the values for its placeholders, and the text expected.
type FillCase<'a> = (&'a str, &'a [(&'a str, &'a str)], &'a str);

#[test]
fn placeholders_are_filled_once_and_unknown_ones_stay_visible() {
    let cases: &[FillCase] = &[
        (
            "Section {current} of {total}",
            &[("current", "2"), ("total", "6")],
            "Section 2 of 6",
        ),
        (
            "{label} {number}",
            &[("label", "Family member"), ("number", "3")],
            "Family member 3",
        ),
        (
            "Add {label}",
            &[("label", "{number}"), ("number", "9")],
            "Add {number}",
        ),
        ("Missing {what}", &[], "Missing {what}"),
        ("Unclosed {brace", &[("brace", "x")], "Unclosed {brace"),
        ("", &[], ""),
        (
            "القسم {current} من {total}",
            &[("current", "٢"), ("total", "٦")],
            "القسم ٢ من ٦",
        ),
    ];
    for (template, arguments, expected) in cases {
        assert_eq!(i18n::fill(template, arguments), *expected, "{template}");
    }
    assert_eq!(
        i18n::format(
            UiLanguage::Fr,
            Msg::SectionProgress,
            &[("current", "1"), ("total", "4")]
        ),
        "Section 1 sur 4"
    );
}

#[test]
fn interface_language_follows_the_primary_subtag() {
    let cases = [
        ("en", UiLanguage::En),
        ("fr", UiLanguage::Fr),
        ("fr-CA", UiLanguage::Fr),
        ("ES", UiLanguage::Es),
        ("es_419", UiLanguage::Es),
        ("ar", UiLanguage::Ar),
        ("ar-SY", UiLanguage::Ar),
        ("sw", UiLanguage::En),
        ("", UiLanguage::En),
    ];
    for (code, expected) in cases {
        assert_eq!(UiLanguage::for_code(code), expected, "{code:?}");
    }
    for language in UiLanguage::ALL {
        assert_eq!(UiLanguage::for_code(language.code()), language);
    }
}

#[test]
fn right_to_left_languages() {
    for code in [
        "ar", "ar-EG", "fa", "fa_AF", "ps", "ku", "ckb", "he", "ur", "AR",
    ] {
        assert!(i18n::is_rtl(code), "{code} is written right to left");
        assert_eq!(i18n::direction(code), "rtl");
    }
    for code in ["en", "fr", "es", "sw", "", "arn", "pt-BR"] {
        assert!(!i18n::is_rtl(code), "{code} is written left to right");
        assert_eq!(i18n::direction(code), "ltr");
    }
}

#[test]
fn languages_are_named_in_their_own_words() {
    assert_eq!(i18n::display_name("ar"), "العربية");
    assert_eq!(i18n::display_name("fr-CA"), "Français");
    assert_eq!(i18n::display_name("es"), "Español");
    assert_eq!(i18n::display_name("xx"), "xx");
    for language in UiLanguage::ALL {
        assert!(
            i18n::native_name(language.code()).is_some(),
            "{}",
            language.code()
        );
    }
}

#[test]
fn locales_handed_to_intl_are_well_formed() {
    let cases = [
        ("ar", "ar"),
        ("fr-CA", "fr-CA"),
        ("pt_br", "pt-BR"),
        ("zh-hant-tw", "zh-Hant-TW"),
        ("es-419", "es-419"),
        ("EN", "en"),
        ("english", "en"),
        ("", "en"),
        ("e1", "en"),
        ("fr-x-private", "fr"),
        ("ar-SY-extra", "ar-SY"),
        ("<script>", "en"),
    ];
    for (code, expected) in cases {
        assert_eq!(i18n::intl_locale(code), expected, "{code:?}");
    }
}

mod validation_messages {
    use caseforms::definition::Text;
    use caseforms::engine::Invalid;
    use caseforms::i18n::{self, MessageContext, UiLanguage};
    use caseforms::value::{Date, Value};
    use std::collections::BTreeMap;

    fn every_invalid() -> Vec<Invalid> {
        let translated = Text::Translated(BTreeMap::from([
            ("en".to_string(), "Tick to confirm consent".to_string()),
            ("ar".to_string(), "ضع علامة لتأكيد الموافقة".to_string()),
        ]));
        let date = Date::from_ymd(2020, 1, 31).map_or(Value::Null, Value::Date);
        vec![
            Invalid::WrongKind,
            Invalid::NotAWholeNumber,
            Invalid::NotANumber,
            Invalid::NotADate,
            Invalid::NotATime,
            Invalid::NotADateTime,
            Invalid::NotAnOption {
                value: "refugee".to_string(),
            },
            Invalid::NotACount {
                item: "boys".to_string(),
            },
            Invalid::Required { message: None },
            Invalid::Required {
                message: Some(translated.clone()),
            },
            Invalid::BelowMin {
                min: Value::Number(0.0),
            },
            Invalid::BelowMin { min: date.clone() },
            Invalid::AboveMax {
                max: Value::Number(130.0),
            },
            Invalid::AboveMax { max: date },
            Invalid::InFuture,
            Invalid::TooShort { min: 2 },
            Invalid::TooLong { max: 200 },
            Invalid::PatternMismatch { message: None },
            Invalid::PatternMismatch {
                message: Some(Text::Plain("Digits only".to_string())),
            },
            Invalid::TooFewRows { min: 1 },
            Invalid::TooManyRows { max: 10 },
            Invalid::Constraint {
                message: translated,
            },
        ]
    }

    fn message(ui: UiLanguage, language: &str, invalid: &Invalid) -> String {
        let context = MessageContext {
            ui,
            language,
            fallback: "en",
            value: &|value: &Value| format!("<{value}>"),
            label: &|id: &str| format!("[{id}]"),
        };
        i18n::invalid_message(&context, invalid)
    }

    #[test]
    fn every_validation_error_reads_as_a_sentence_in_every_language() {
        for invalid in every_invalid() {
            for ui in UiLanguage::ALL {
                let text = message(ui, ui.code(), &invalid);
                assert!(!text.trim().is_empty(), "{invalid:?} in {}", ui.code());
                assert!(
                    !text.contains('{'),
                    "{invalid:?} in {}: unfilled placeholder in {text:?}",
                    ui.code()
                );
            }
        }
    }

    #[test]
    fn bounds_and_labels_are_shown_by_the_app() {
        let text = message(
            UiLanguage::En,
            "en",
            &Invalid::AboveMax {
                max: Value::Number(130.0),
            },
        );
        assert_eq!(text, "Enter a number of at most <130>.");
        let text = message(
            UiLanguage::Fr,
            "fr",
            &Invalid::NotACount {
                item: "boys".to_string(),
            },
        );
        assert!(text.contains("[boys]"), "{text}");
    }

    #[test]
    fn definition_messages_follow_the_form_language() {
        let invalid = &every_invalid()[9];
        assert_eq!(
            message(UiLanguage::Ar, "ar", invalid),
            "ضع علامة لتأكيد الموافقة"
        );
        assert_eq!(
            message(UiLanguage::En, "en", invalid),
            "Tick to confirm consent"
        );
        // A language the message lacks falls back to the definition's default language.
        assert_eq!(
            message(UiLanguage::Fr, "fr", invalid),
            "Tick to confirm consent"
        );
    }
}
