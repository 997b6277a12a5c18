//! Numbers, dates and times shown in the form's language, through the browser's `Intl`.

use std::cell::RefCell;

use wasm_bindgen::JsValue;

use crate::i18n::intl_locale;
use crate::value::{Date, Time, Value};

/// A value as a person reads it in `language`: `1 234,5` in French, `٣` in Arabic, a date as
/// "2 déc. 2026". Texts and choices are shown as they are.
pub fn value(language: &str, value: &Value) -> String {
    let locale = intl_locale(language);
    match value {
        Value::Number(number) => format_number(&locale, *number),
        Value::Date(date) => String::from(
            js_date(Some(*date), None)
                .to_locale_date_string(&locale, &options(&[("dateStyle", "medium")])),
        ),
        Value::Time(time) => String::from(
            js_date(None, Some(*time))
                .to_locale_time_string_with_options(&locale, &options(&[("timeStyle", "short")])),
        ),
        Value::DateTime(datetime) => String::from(
            js_date(Some(datetime.date()), Some(datetime.time())).to_locale_string(
                &locale,
                &options(&[("dateStyle", "medium"), ("timeStyle", "short")]),
            ),
        ),
        Value::Bool(_) | Value::Text(_) | Value::Choices(_) | Value::Null => value.to_string(),
    }
}

thread_local! {
    /// The `format` function of one `Intl.NumberFormat` per locale. Making a formatter is what
    /// costs (`Number.toLocaleString` makes one on every call), and a long form shows many
    /// numbers, each time the language changes too.
    static NUMBER_FORMATS: RefCell<Vec<(String, js_sys::Function)>> = const { RefCell::new(Vec::new()) };
}

/// Makes the number formatter of `language` ready. The browser's first `Intl` formatter of a
/// page also loads its locale data (20-40 ms): the app asks for it while the definition
/// downloads, not while the form is drawn.
pub fn prepare(language: &str) {
    number_format(&intl_locale(language));
}

/// `number` written the way `locale` writes numbers.
fn format_number(locale: &str, number: f64) -> String {
    number_format(locale)
        .call1(&JsValue::NULL, &JsValue::from_f64(number))
        .ok()
        .and_then(|text| text.as_string())
        .unwrap_or_else(|| number.to_string())
}

/// The `format` function of `locale`'s `Intl.NumberFormat`, made once.
fn number_format(locale: &str) -> js_sys::Function {
    NUMBER_FORMATS.with_borrow_mut(|formats| {
        if let Some((_, format)) = formats.iter().find(|(known, _)| known == locale) {
            return format.clone();
        }
        let locales = js_sys::Array::of1(&JsValue::from_str(locale));
        let format = js_sys::Intl::NumberFormat::new(&locales, &js_sys::Object::new()).format();
        formats.push((locale.to_string(), format.clone()));
        format
    })
}

/// A JavaScript date (local time) for a date and a time of day; today when `date` is `None`.
fn js_date(date: Option<Date>, time: Option<Time>) -> js_sys::Date {
    let result = js_sys::Date::new_0();
    if let Some(date) = date {
        let (year, month, day) = date.ymd();
        result.set_full_year_with_month_date(
            year.max(0).unsigned_abs(),
            month as i32 - 1,
            day as i32,
        );
    }
    if let Some(time) = time {
        result.set_hours(time.hour());
        result.set_minutes(time.minute());
        result.set_seconds(time.second());
    }
    result
}

/// An `Intl` options object from string pairs.
fn options(pairs: &[(&str, &str)]) -> JsValue {
    let object = js_sys::Object::new();
    for (key, value) in pairs {
        // Setting a property on a fresh plain object cannot fail.
        let _ = js_sys::Reflect::set(&object, &JsValue::from_str(key), &JsValue::from_str(value));
    }
    object.into()
}
