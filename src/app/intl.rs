//! Numbers, dates and times shown in the chosen language, through the browser's `Intl`.
//!
//! Every call goes through `Reflect`, which turns a JavaScript exception into an `Err`, and
//! every failure falls back to the plain ISO text: a display helper never breaks the page.

use crate::value::{Date, DateTime, Time, Value};
use js_sys::{Array, Function, Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};

use crate::i18n;

/// Builds `new Intl.<constructor>(locale, options)`, or `None` if `Intl` refuses.
fn intl_formatter(constructor: &str, language: &str, options: &[(&str, JsValue)]) -> Option<JsValue> {
    let intl = Reflect::get(&js_sys::global(), &JsValue::from_str("Intl")).ok()?;
    let constructor: Function = Reflect::get(&intl, &JsValue::from_str(constructor))
        .ok()?
        .dyn_into()
        .ok()?;
    let option_object = Object::new();
    for (key, value) in options {
        Reflect::set(&option_object, &JsValue::from_str(key), value).ok()?;
    }
    let arguments = Array::of2(&JsValue::from_str(&i18n::intl_locale(language)), &option_object);
    Reflect::construct(&constructor, &arguments).ok()
}

/// Calls `formatter.format(value)`.
fn call_format(formatter: &JsValue, value: &JsValue) -> Option<String> {
    let format: Function = Reflect::get(formatter, &JsValue::from_str("format")).ok()?.dyn_into().ok()?;
    format.call1(formatter, value).ok()?.as_string()
}

/// A number in the language's digits and separators: `1 234,5` in French, `١٬٢٣٤٫٥` in Arabic.
pub fn number(language: &str, value: f64) -> String {
    let options = [("maximumFractionDigits", JsValue::from_f64(6.0))];
    intl_formatter("NumberFormat", language, &options)
        .and_then(|formatter| call_format(&formatter, &JsValue::from_f64(value)))
        .unwrap_or_else(|| Value::Number(value).to_string())
}

/// The instant for a calendar date and time, read as UTC (the formatter is told UTC too, so the
/// device's time zone never shifts a date of birth by a day).
fn utc_instant(date: Date, seconds_since_midnight: u32) -> js_sys::Date {
    let millis = f64::from(date.days_since_epoch()) * 86_400_000.0 + f64::from(seconds_since_midnight) * 1000.0;
    js_sys::Date::new(&JsValue::from_f64(millis))
}

fn format_date_time(language: &str, instant: &js_sys::Date, parts: &[(&str, &str)]) -> Option<String> {
    let mut options: Vec<(&str, JsValue)> = vec![("timeZone", JsValue::from_str("UTC"))];
    options.extend(parts.iter().map(|(key, value)| (*key, JsValue::from_str(value))));
    let formatter = intl_formatter("DateTimeFormat", language, &options)?;
    call_format(&formatter, instant)
}

/// A date written out in the language: `3 March 2019`, `3 mars 2019`, `٣ مارس ٢٠١٩`.
pub fn date(language: &str, value: Date) -> String {
    format_date_time(language, &utc_instant(value, 0), &[("dateStyle", "long")])
        .unwrap_or_else(|| value.to_string())
}

/// A time of day in the language's form (`14:30`, `2:30 PM`).
pub fn time(language: &str, value: Time) -> String {
    let Some(epoch) = Date::from_days_since_epoch(0) else {
        return value.to_string();
    };
    format_date_time(language, &utc_instant(epoch, value.seconds_since_midnight()), &[("timeStyle", "short")])
    .unwrap_or_else(|| value.to_string())
}

/// A date and time in the language's form.
pub fn date_time(language: &str, value: DateTime) -> String {
    format_date_time(
        language,
        &utc_instant(value.date(), value.time().seconds_since_midnight()),
        &[("dateStyle", "long"), ("timeStyle", "short")],
    )
    .unwrap_or_else(|| value.to_string())
}

/// Any value as a person reads it in `language`; choices and booleans need labels and are
/// shown by their callers, so here they get their plain form.
pub fn value(language: &str, value: &Value) -> String {
    match value {
        Value::Number(number) => self::number(language, *number),
        Value::Date(date) => self::date(language, *date),
        Value::Time(time) => self::time(language, *time),
        Value::DateTime(date_time) => self::date_time(language, *date_time),
        other => other.to_string(),
    }
}
