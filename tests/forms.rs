//! The bundled forms in `forms/`: each one checks cleanly, and every skip rule and calculation
//! behaves as a caseworker expects.
//!
//! Each form has one table of steps written with the `form(...)` helper (`tests/forms/check.rs`):
//! answers are given in order, and assertions read the state after them, e.g.
//! `form("consent").answer("consent_method", "verbal").shown("consent_witness_name")`.
//! Today is 2025-06-15 unless a step says otherwise.
#![cfg(not(target_arch = "wasm32"))]

#[path = "forms/check.rs"]
mod check;

#[path = "forms/assessment.rs"]
mod assessment;
#[path = "forms/bia.rs"]
mod bia;
#[path = "forms/case_plan.rs"]
mod case_plan;
#[path = "forms/closure.rs"]
mod closure;
#[path = "forms/consent.rs"]
mod consent;
#[path = "forms/cp_registration.rs"]
mod cp_registration;
#[path = "forms/gbv_intake.rs"]
mod gbv_intake;
#[path = "forms/referral.rs"]
mod referral;
#[path = "forms/tracing.rs"]
mod tracing;

use caseforms::check::{check_source, open_source, render};

use check::{FORMS, source};

#[test]
fn every_form_checks_without_errors_or_warnings() {
    let mut report = String::new();
    for name in FORMS {
        let text = source(name);
        let checked = check_source(&text);
        report.push_str(&render(
            &format!("forms/{name}.json"),
            &text,
            &checked.problems,
        ));
    }
    assert!(report.is_empty(), "{report}");
}

#[test]
fn every_form_opens_the_fast_way_into_the_same_form_as_the_checker_gives() {
    for name in FORMS {
        let text = source(name);
        let opened = open_source(&text)
            .unwrap_or_else(|refused| panic!("forms/{name}.json refused: {refused:?}"));
        let checked = check_source(&text).definition.expect("a definition");
        assert_eq!(opened.definition(), &checked, "forms/{name}.json");
    }
}

#[test]
fn every_form_is_in_four_languages_with_the_conventions_of_the_library() {
    for name in FORMS {
        let definition: serde_json::Value = serde_json::from_str(&source(name)).expect("JSON");
        assert_eq!(definition["$schema"], "schema/form.schema.json", "{name}");
        assert_eq!(definition["format"], 1, "{name}");
        assert_eq!(definition["id"], *name, "{name}: the id is the file name");
        assert_eq!(
            definition["languages"],
            serde_json::json!(["en", "fr", "es", "ar"]),
            "{name}"
        );
        assert_eq!(definition["default_language"], "en", "{name}");
        assert!(
            definition["record_title"]
                .as_array()
                .is_some_and(|ids| !ids.is_empty()),
            "{name}: record_title"
        );
        let mut texts = Vec::new();
        collect_texts(&definition, "", &mut texts);
        for (path, text) in texts {
            let Some(map) = text.as_object() else {
                panic!("{name}: {path} is a plain string, not a text in four languages");
            };
            for language in ["en", "fr", "es", "ar"] {
                let value = map
                    .get(language)
                    .and_then(serde_json::Value::as_str)
                    .unwrap_or_default();
                assert!(
                    !value.trim().is_empty(),
                    "{name}: {path} has no '{language}' text"
                );
            }
        }
        let count = check::count_fields(&definition);
        assert!(
            (30..=120).contains(&count),
            "{name}: {count} fields; a realistic form has 30 to 120"
        );
    }
}

/// Every translatable text of a definition, with its JSON path.
fn collect_texts<'a>(
    value: &'a serde_json::Value,
    path: &str,
    out: &mut Vec<(String, &'a serde_json::Value)>,
) {
    const TEXT_KEYS: &[&str] = &[
        "title",
        "description",
        "label",
        "hint",
        "required_message",
        "message",
        "pattern_message",
        "row_label",
    ];
    match value {
        serde_json::Value::Object(map) => {
            for (key, member) in map {
                let here = format!("{path}.{key}");
                if TEXT_KEYS.contains(&key.as_str()) {
                    out.push((here, member));
                } else {
                    collect_texts(member, &here, out);
                }
            }
        }
        serde_json::Value::Array(items) => {
            for (index, item) in items.iter().enumerate() {
                collect_texts(item, &format!("{path}[{index}]"), out);
            }
        }
        _ => {}
    }
}

/// Every node of `value`, as JSON pointers.
fn pointers(value: &serde_json::Value, at: String, all: &mut Vec<String>) {
    match value {
        serde_json::Value::Object(map) => {
            for (key, item) in map {
                let escaped = key.replace('~', "~0").replace('/', "~1");
                pointers(item, format!("{at}/{escaped}"), all);
            }
        }
        serde_json::Value::Array(items) => {
            for (index, item) in items.iter().enumerate() {
                pointers(item, format!("{at}/{index}"), all);
            }
        }
        _ => {}
    }
    all.push(at);
}

/// One edit a designer might make by mistake (or on purpose) at a node.
fn edit(node: &mut serde_json::Value, kind: usize) {
    use serde_json::{Value, json};
    match (kind, node) {
        (0, node) => *node = json!(""),
        (1, node) => *node = json!(3),
        (2, node) => *node = Value::Null,
        (3, node) => *node = json!("no_such_field > 2"),
        (_, Value::Object(map)) if kind == 4 => {
            let first = map.keys().next().cloned();
            if let Some(first) = first {
                map.remove(&first);
            }
        }
        (_, Value::Object(map)) => drop(map.insert("requried".to_string(), json!(true))),
        (_, Value::Array(items)) if kind == 4 => drop(items.pop()),
        (_, Value::Array(items)) => {
            if let Some(first) = items.first().cloned() {
                items.push(first);
            }
        }
        (_, node) => *node = json!(["x"]),
    }
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(48))]

    /// The app opens forms with `open_source`, whose fast way skips most of the checker: after
    /// any one edit of a bundled form, it opens exactly when the checker finds no error, and
    /// refuses with the checker's own report.
    #[test]
    fn an_edited_form_opens_exactly_when_the_checker_finds_no_error(
        form in 0..FORMS.len(),
        at in proptest::prelude::any::<proptest::sample::Index>(),
        kind in 0usize..6,
    ) {
        let mut value: serde_json::Value =
            serde_json::from_str(&source(FORMS[form])).expect("JSON");
        let mut all = Vec::new();
        pointers(&value, String::new(), &mut all);
        let pointer = at.get(&all).clone();
        if let Some(node) = value.pointer_mut(&pointer) {
            edit(node, kind);
        }
        let text = serde_json::to_string_pretty(&value).expect("JSON");
        let checked = check_source(&text);
        let report = render("form.json", &text, &checked.problems);
        match open_source(&text) {
            Ok(_) => proptest::prop_assert!(!checked.has_errors(), "{pointer}: opened, but\n{report}"),
            Err(problems) => proptest::prop_assert_eq!(render("form.json", &text, &problems), report),
        }
    }
}
