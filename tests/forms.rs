//! The bundled forms in `forms/`: each one checks cleanly, and every skip rule and calculation
//! behaves as a caseworker expects.
#![cfg(not(target_arch = "wasm32"))]

use caseforms::check::{check_source, render};

const FORMS: &[&str] = &[
    "cp_registration",
    "consent",
    "assessment",
    "case_plan",
    "referral",
    "tracing",
    "bia",
    "closure",
    "gbv_intake",
];

fn source(name: &str) -> String {
    let path = format!("{}/forms/{name}.json", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|error| panic!("{path}: {error}"))
}

#[test]
fn every_form_checks_without_errors_or_warnings() {
    let mut report = String::new();
    for name in FORMS {
        let text = source(name);
        let checked = check_source(&text);
        report.push_str(&render(&format!("forms/{name}.json"), &text, &checked.problems));
    }
    assert!(report.is_empty(), "{report}");
}
