//! Defaults, resuming drafts (and the answers that no longer fit), records, completion and the
//! error summary.

use caseforms::answers::Answer;
use caseforms::engine::Invalid;

use crate::support::{Script, date, number, text};

const REGISTRATION: &str = r#"[
    {"id": "registration_date", "type": "date", "required": true, "max": "today", "default": {"expression": "today()"}},
    {"id": "status", "type": "select_one", "default": "open",
        "options": [{"id": "open", "label": "Open"}, {"id": "closed", "label": "Closed"}]},
    {"id": "household_size", "type": "integer", "default": 1},
    {"id": "name_first", "type": "text", "mandatory_for_completion": true},
    {"id": "sex", "type": "select_one", "mandatory_for_completion": true,
        "options": [{"id": "female", "label": "F"}, {"id": "male", "label": "M"}]},
    {"id": "consent", "type": "boolean", "mandatory_for_completion": true},
    {"id": "unaccompanied", "type": "yes_no"},
    {"id": "caregiver_name", "type": "text", "relevant": "unaccompanied = 'no'", "mandatory_for_completion": true},
    {"id": "intro", "type": "note"}
]"#;

#[test]
fn a_new_draft_applies_value_and_expression_defaults() {
    let script = Script::new(REGISTRATION);
    assert_eq!(script.value("registration_date"), date("2024-06-15"));
    assert_eq!(script.value("status"), text("open"));
    assert_eq!(script.value("household_size"), number(1.0));
    assert_eq!(
        script.draft_json(),
        serde_json::json!({"registration_date": "2024-06-15", "status": "open", "household_size": 1})
    );
}

#[test]
fn defaults_are_not_applied_on_resume() {
    let (script, unfitting) = Script::resume(REGISTRATION, r#"{"name_first": "Amina"}"#);
    assert!(unfitting.is_empty());
    assert_eq!(
        script.value("registration_date"),
        caseforms::value::Value::Null
    );
    assert_eq!(
        script.errors("registration_date"),
        ["this question must be answered"]
    );
}

#[test]
fn a_default_expression_can_read_fixed_defaults() {
    let script = Script::new(
        r#"[
        {"id": "visits", "type": "integer", "default": 2},
        {"id": "planned", "type": "integer", "default": {"expression": "visits * 2"}}
    ]"#,
    );
    assert_eq!(script.value("planned"), number(4.0));
    assert_eq!(
        script.state.answers().get("planned"),
        Some(&Answer::from("4"))
    );
}

#[test]
fn resume_keeps_and_lists_answers_that_no_longer_fit() {
    let fields = r#"[
        {"id": "sex", "type": "select_one", "options": [{"id": "female", "label": "F"}, {"id": "male", "label": "M"}]},
        {"id": "concerns", "type": "select_multiple", "options": [{"id": "abuse", "label": "A"}]},
        {"id": "date_of_birth", "type": "date"},
        {"id": "age", "type": "integer"},
        {"id": "intro", "type": "note"},
        {"id": "total", "type": "calculated", "calculate": "1"},
        {"id": "members", "type": "repeat", "fields": [{"id": "name", "type": "text"}]}
    ]"#;
    let saved = r#"{
        "sex": "unknown",
        "concerns": ["abuse", "removed_option"],
        "date_of_birth": ["2012-01-01"],
        "age": "12a",
        "intro": "x",
        "total": 5,
        "old_field": "kept",
        "members": [{"unique_id": "r1", "name": "Ali", "nickname": "gone"}]
    }"#;
    let (script, unfitting) = Script::resume(fields, saved);
    let listed: Vec<(String, Option<Invalid>)> = unfitting
        .iter()
        .map(|unfit| (unfit.path.clone(), unfit.reason.clone()))
        .collect();
    assert_eq!(
        listed,
        [
            (
                "concerns".to_string(),
                Some(Invalid::NotAnOption {
                    value: "removed_option".into()
                })
            ),
            ("date_of_birth".to_string(), Some(Invalid::WrongKind)),
            ("intro".to_string(), Some(Invalid::WrongKind)),
            ("members[0].nickname".to_string(), None),
            ("old_field".to_string(), None),
            (
                "sex".to_string(),
                Some(Invalid::NotAnOption {
                    value: "unknown".into()
                })
            ),
        ]
    );
    // "12a" is a typing error the field reports, not an answer that no longer fits.
    assert_eq!(script.errors("age"), ["enter a whole number, e.g. 12"]);
    // Everything stays in the draft.
    assert_eq!(
        script.state.answers().get("old_field"),
        Some(&Answer::from("kept"))
    );
    assert_eq!(script.state.answers().len(), 8);
    // The record keeps only what the form still has.
    let record = script.record_json();
    assert!(record.get("old_field").is_none());
    assert_eq!(record["total"], 1);
    assert_eq!(
        record["members"],
        serde_json::json!([{"unique_id": "r1", "name": "Ali"}])
    );
}

#[test]
fn empty_lists_read_by_field_type() {
    let fields = r#"[
        {"id": "concerns", "type": "select_multiple", "options": [{"id": "abuse", "label": "A"}]},
        {"id": "members", "type": "repeat", "fields": [{"id": "name", "type": "text"}]}
    ]"#;
    let (script, unfitting) = Script::resume(fields, r#"{"concerns": [], "members": []}"#);
    assert!(unfitting.is_empty());
    assert!(!script.state("concerns").answered);
    assert!(script.rows("members").is_empty());
}

#[test]
fn completion_counts_shown_questions_and_mandatory_ones() {
    let mut script = Script::new(REGISTRATION);
    let completion = script.state.completion();
    // Shown questions: registration_date, status, household_size, name_first, sex, consent,
    // unaccompanied (caregiver_name is hidden, intro is a note).
    assert_eq!(completion.total, 7);
    assert_eq!(completion.answered, 3);
    assert_eq!(completion.mandatory_missing.len(), 3);
    assert!(!completion.complete);
    script.set("name_first", "Amina");
    script.set("sex", "female");
    script.set("consent", false);
    // An unticked tick box is not filled.
    assert_eq!(
        script.state.completion().mandatory_missing,
        [script.at("consent")]
    );
    script.set("consent", true);
    assert!(script.state.completion().complete);
    script.set("unaccompanied", "no");
    let completion = script.state.completion();
    assert_eq!(completion.mandatory_missing, [script.at("caregiver_name")]);
    assert_eq!((completion.answered, completion.total), (7, 8));
}

#[test]
fn an_unreadable_answer_counts_as_answered() {
    let mut script = Script::new(r#"[{"id": "age", "type": "integer"}]"#);
    script.set("age", "twelve");
    assert_eq!(script.state.completion().answered, 1);
}

#[test]
fn problems_come_in_form_order() {
    let mut script = Script::new(
        r#"[
        {"id": "first", "type": "text", "required": true},
        {"id": "members", "type": "repeat", "fields": [
            {"id": "age", "type": "integer"},
            {"id": "name", "type": "text", "required": true}]},
        {"id": "last", "type": "integer", "max": 5}
    ]"#,
    );
    script.add_row("members", "r1");
    script.add_row("members", "r2");
    script.set("members[r1].age", "x");
    script.set("last", "9");
    let problems: Vec<String> = script
        .state
        .problems()
        .iter()
        .map(|(at, invalid)| {
            let id = script.state.form().field(at.field).id().to_string();
            let rows: Vec<String> = at.rows.iter().map(ToString::to_string).collect();
            format!("{id}{rows:?}: {invalid}")
        })
        .collect();
    assert_eq!(
        problems,
        [
            "first[]: this question must be answered",
            "age[\"r1\"]: enter a whole number, e.g. 12",
            "name[\"r1\"]: this question must be answered",
            "name[\"r2\"]: this question must be answered",
            "last[]: must be at most 5",
        ]
    );
}

#[test]
fn a_resumed_record_resumes_to_the_same_state() {
    let mut script = Script::new(REGISTRATION);
    script.set("name_first", "Amina");
    script.set("household_size", "4");
    let record = script.state.record();
    let (again, unfitting) = Script::resume_form(
        script.state.shared_form(),
        &serde_json::to_string(&record).expect("json"),
    );
    assert!(unfitting.is_empty());
    assert_eq!(again.value("household_size"), number(4.0));
    assert_eq!(again.value("name_first"), text("Amina"));
}
