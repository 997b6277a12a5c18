//! Typing answers by field type, the rules (`min`, `max`, lengths, `pattern`), constraints,
//! the order of errors, and edits the engine refuses.

use caseforms::answers::Answer;
use caseforms::engine::{EditError, Invalid};
use caseforms::value::Value;

use crate::support::{Script, date, number, text};

/// `(field type and extras, answer as JSON, expected value, expected errors)`.
type Case<'a> = (&'a str, &'a str, Value, &'a [&'a str]);

fn check_cases(cases: &[Case<'_>]) {
    for (field, answer, value, errors) in cases {
        let fields = format!(r#"[{{"id": "x", {field}}}]"#);
        let mut script = Script::new(&fields);
        script.set_json("x", answer);
        assert_eq!(script.value("x"), *value, "{field} with {answer}: value");
        assert_eq!(script.errors("x"), *errors, "{field} with {answer}: errors");
        // Whatever was typed stays in the draft as typed.
        let typed: Answer = serde_json::from_str(answer).expect("an answer");
        assert_eq!(
            script.state.answers().get("x"),
            Some(&typed),
            "{field} with {answer}: raw answer kept"
        );
    }
}

#[test]
fn integers() {
    let whole = "enter a whole number, e.g. 12";
    check_cases(&[
        (r#""type": "integer""#, r#""12""#, number(12.0), &[]),
        (r#""type": "integer""#, r#"" 7 ""#, number(7.0), &[]),
        (r#""type": "integer""#, r#""-3""#, number(-3.0), &[]),
        (r#""type": "integer""#, r#""12a""#, Value::Null, &[whole]),
        (r#""type": "integer""#, r#""3.5""#, Value::Null, &[whole]),
        (r#""type": "integer""#, "12", number(12.0), &[]),
        (r#""type": "integer""#, "12.5", Value::Null, &[whole]),
        (r#""type": "integer""#, r#""""#, Value::Null, &[]),
        (
            r#""type": "integer""#,
            r#""99999999999999999999""#,
            Value::Null,
            &[whole],
        ),
    ]);
}

#[test]
fn decimals_accept_a_comma() {
    let not_number = "enter a number, e.g. 3.5";
    check_cases(&[
        (r#""type": "decimal""#, r#""3.5""#, number(3.5), &[]),
        (r#""type": "decimal""#, r#""3,5""#, number(3.5), &[]),
        (r#""type": "decimal""#, r#""-0.25""#, number(-0.25), &[]),
        (r#""type": "decimal""#, r#""12""#, number(12.0), &[]),
        (
            r#""type": "decimal""#,
            r#""three""#,
            Value::Null,
            &[not_number],
        ),
        (
            r#""type": "decimal""#,
            r#""1e5""#,
            Value::Null,
            &[not_number],
        ),
        (
            r#""type": "decimal""#,
            r#""1.2.3""#,
            Value::Null,
            &[not_number],
        ),
        (
            r#""type": "decimal""#,
            r#""inf""#,
            Value::Null,
            &[not_number],
        ),
    ]);
}

#[test]
fn dates_and_times() {
    let not_date = "enter a date in the form YYYY-MM-DD";
    check_cases(&[
        (
            r#""type": "date""#,
            r#""2024-02-29""#,
            date("2024-02-29"),
            &[],
        ),
        (
            r#""type": "date""#,
            r#""2023-02-29""#,
            Value::Null,
            &[not_date],
        ),
        (
            r#""type": "date""#,
            r#""15/06/2024""#,
            Value::Null,
            &[not_date],
        ),
        (
            r#""type": "time""#,
            r#""14:30""#,
            Value::Time(caseforms::value::Time::from_hms(14, 30, 0).expect("time")),
            &[],
        ),
        (
            r#""type": "time""#,
            r#""25:00""#,
            Value::Null,
            &["enter a time in the form HH:MM"],
        ),
        (
            r#""type": "datetime""#,
            r#""2024-06-01T14:30""#,
            Value::DateTime(
                caseforms::value::DateTime::parse_iso("2024-06-01T14:30").expect("datetime"),
            ),
            &[],
        ),
        (
            r#""type": "datetime""#,
            r#""2024-06-01 14:30""#,
            Value::Null,
            &["enter a date and time in the form YYYY-MM-DDTHH:MM"],
        ),
    ]);
}

#[test]
fn choices() {
    let options = r#""options": [{"id": "female", "label": "F"}, {"id": "male", "label": "M"}]"#;
    let one = format!(r#""type": "select_one", {options}"#);
    let many = format!(r#""type": "select_multiple", {options}"#);
    let (one, many) = (one.as_str(), many.as_str());
    check_cases(&[
        (one, r#""female""#, text("female"), &[]),
        (
            one,
            r#""unknown""#,
            Value::Null,
            &["'unknown' is not one of the options"],
        ),
        (r#""type": "yes_no""#, r#""yes""#, text("yes"), &[]),
        (
            r#""type": "yes_no""#,
            r#""maybe""#,
            Value::Null,
            &["'maybe' is not one of the options"],
        ),
        (
            many,
            r#"["male", "female"]"#,
            Value::Choices(vec!["male".into(), "female".into()]),
            &[],
        ),
        (
            many,
            r#"["male", "gone"]"#,
            Value::Choices(vec!["male".into()]),
            &["'gone' is not one of the options"],
        ),
        (many, "[]", Value::Null, &[]),
        (
            many,
            r#""male""#,
            Value::Null,
            &["this answer is not of the kind this question takes"],
        ),
    ]);
}

#[test]
fn tick_boxes_and_wrong_kinds() {
    let wrong = "this answer is not of the kind this question takes";
    check_cases(&[
        (r#""type": "boolean""#, "true", Value::Bool(true), &[]),
        (r#""type": "boolean""#, "false", Value::Bool(false), &[]),
        (r#""type": "boolean""#, r#""yes""#, Value::Null, &[wrong]),
        (
            r#""type": "date""#,
            r#"["2024-01-01"]"#,
            Value::Null,
            &[wrong],
        ),
        (r#""type": "text""#, "true", Value::Null, &[wrong]),
    ]);
}

#[test]
fn tallies_total_their_counts() {
    let tally = r#""type": "tally", "items": [{"id": "boys", "label": "Boys"}, {"id": "girls", "label": "Girls"}]"#;
    check_cases(&[
        (tally, r#"{"boys": "2", "girls": "3"}"#, number(5.0), &[]),
        (tally, r#"{"boys": "2", "girls": ""}"#, number(2.0), &[]),
        (
            tally,
            r#"{"boys": "two"}"#,
            Value::Null,
            &["the count of 'boys' must be a whole number of zero or more"],
        ),
        (
            tally,
            r#"{"boys": "-1"}"#,
            Value::Null,
            &["the count of 'boys' must be a whole number of zero or more"],
        ),
        (
            tally,
            r#"{"cats": "1"}"#,
            Value::Null,
            &["'cats' is not one of the options"],
        ),
        (tally, r#"{"boys": "", "girls": " "}"#, Value::Null, &[]),
    ]);
}

#[test]
fn imported_tally_counts_may_be_numbers() {
    let fields = r#"[{"id": "children", "type": "tally", "items": [{"id": "boys", "label": "B"}, {"id": "girls", "label": "G"}]},
        {"id": "many", "type": "text", "relevant": "children > 4"}]"#;
    let (script, unfitting) = Script::resume(fields, r#"{"children": {"boys": 2, "girls": "3"}}"#);
    assert!(unfitting.is_empty());
    assert_eq!(script.value("children"), number(5.0));
    assert!(script.shown("many"));
}

#[test]
fn numeric_and_date_bounds() {
    let cases: &[Case<'_>] = &[
        (
            r#""type": "integer", "min": 0, "max": 130"#,
            r#""131""#,
            number(131.0),
            &["must be at most 130"],
        ),
        (
            r#""type": "integer", "min": 0, "max": 130"#,
            r#""-1""#,
            number(-1.0),
            &["must be at least 0"],
        ),
        (
            r#""type": "integer", "min": 0, "max": 130"#,
            r#""130""#,
            number(130.0),
            &[],
        ),
        (
            r#""type": "decimal", "min": 0.5"#,
            r#""0,4""#,
            number(0.4),
            &["must be at least 0.5"],
        ),
        (
            r#""type": "date", "max": "today""#,
            r#""2024-06-16""#,
            date("2024-06-16"),
            &["cannot be in the future"],
        ),
        (
            r#""type": "date", "max": "today""#,
            r#""2024-06-15""#,
            date("2024-06-15"),
            &[],
        ),
        (
            r#""type": "date", "min": "2000-01-01""#,
            r#""1999-12-31""#,
            date("1999-12-31"),
            &["must not be before 2000-01-01"],
        ),
        (
            r#""type": "tally", "max": 3, "items": [{"id": "a", "label": "A"}]"#,
            r#"{"a": "4"}"#,
            number(4.0),
            &["must be at most 3"],
        ),
    ];
    check_cases(cases);
}

#[test]
fn lengths_and_patterns() {
    let phone = r#""type": "text", "pattern": "\\+?[0-9 ]{6,20}", "pattern_message": "Enter a phone number""#;
    check_cases(&[
        (
            r#""type": "text", "min_length": 2"#,
            r#""A""#,
            text("A"),
            &["must be at least 2 characters long"],
        ),
        (
            r#""type": "text", "max_length": 3"#,
            r#""Amina""#,
            text("Amina"),
            &["must be at most 3 characters long"],
        ),
        (
            r#""type": "text", "max_length": 3"#,
            r#""أمين""#,
            text("أمين"),
            &["must be at most 3 characters long"],
        ),
        (
            r#""type": "text", "max_length": 4"#,
            r#""أمين""#,
            text("أمين"),
            &[],
        ),
        (phone, r#""+254 700 000""#, text("+254 700 000"), &[]),
        (
            phone,
            r#""call me""#,
            text("call me"),
            &["Enter a phone number"],
        ),
        // The whole text must match, not a part of it.
        (
            phone,
            r#""x123456""#,
            text("x123456"),
            &["Enter a phone number"],
        ),
        (
            r#""type": "text", "pattern": "[a-z]+""#,
            r#""ABC""#,
            text("ABC"),
            &["this answer is not in the expected form"],
        ),
    ]);
}

#[test]
fn constraints_use_dot_and_their_message() {
    let rule = r#""type": "integer", "constraint": {"expression": ". >= 0 and . <= 120", "message": "Age must be 0 to 120"}"#;
    check_cases(&[
        (rule, r#""44""#, number(44.0), &[]),
        (rule, r#""121""#, number(121.0), &["Age must be 0 to 120"]),
        (rule, r#""""#, Value::Null, &[]),
    ]);
}

#[test]
fn a_constraint_that_gives_null_is_no_error() {
    let mut script = Script::new(
        r#"[
        {"id": "date_of_birth", "type": "date"},
        {"id": "registration_date", "type": "date",
            "constraint": {"expression": ". >= date_of_birth", "message": "Registration is before birth"}}
    ]"#,
    );
    script.set("registration_date", "2024-01-01");
    assert!(script.errors("registration_date").is_empty());
    script.set("date_of_birth", "2024-02-01");
    assert_eq!(
        script.errors("registration_date"),
        ["Registration is before birth"]
    );
}

#[test]
fn errors_come_in_order_type_required_rules_constraint() {
    let fields = r#"[{"id": "age", "type": "integer", "required": true, "max": 130,
        "constraint": {"expression": ". < 100", "message": "Are you sure?"}}]"#;
    let mut script = Script::new(fields);
    assert_eq!(script.errors("age"), ["this question must be answered"]);
    script.set("age", "abc");
    // An unreadable answer is not also reported as missing.
    assert_eq!(script.errors("age"), ["enter a whole number, e.g. 12"]);
    script.set("age", "140");
    assert_eq!(
        script.errors("age"),
        ["must be at most 130", "Are you sure?"]
    );
    let state = script.state("age");
    assert_eq!(state.errors[0], Invalid::AboveMax { max: number(130.0) });
    assert!(matches!(state.errors[1], Invalid::Constraint { .. }));
}

#[test]
fn read_only_fields_reject_answers() {
    let mut script = Script::new(
        r#"[
        {"id": "case_id", "type": "text", "readonly": true, "default": "CP-1"},
        {"id": "closed", "type": "boolean"},
        {"id": "closure_notes", "type": "text", "readonly": "closed"},
        {"id": "total", "type": "calculated", "calculate": "1 + 1"},
        {"id": "note", "type": "note"},
        {"id": "members", "type": "repeat", "fields": [{"id": "name", "type": "text"}]}
    ]"#,
    );
    assert!(script.state("case_id").readonly);
    assert_eq!(
        script.try_set("case_id", Some("CP-2".into())),
        Err(EditError::ReadOnly("case_id".into()))
    );
    assert_eq!(script.value("case_id"), text("CP-1"));
    script.set("closure_notes", "before closing");
    script.set("closed", true);
    assert_eq!(
        script.try_set("closure_notes", None),
        Err(EditError::ReadOnly("closure_notes".into()))
    );
    assert_eq!(
        script.try_set("total", Some("3".into())),
        Err(EditError::ReadOnly("total".into()))
    );
    assert_eq!(
        script.try_set("note", Some("x".into())),
        Err(EditError::NoAnswer("note".into()))
    );
    assert_eq!(
        script.try_set("members", Some("x".into())),
        Err(EditError::NoAnswer("members".into()))
    );
}

#[test]
fn an_instance_that_does_not_exist_is_refused() {
    let mut script = Script::new(
        r#"[{"id": "members", "type": "repeat", "fields": [{"id": "name", "type": "text"}]}]"#,
    );
    let result = script.try_set("members[nobody].name", Some("x".into()));
    assert_eq!(result, Err(EditError::NoSuchInstance));
    assert!(script.state.answers().is_empty());
}

#[test]
fn invalid_input_keeps_the_raw_text_in_draft_and_record() {
    let mut script =
        Script::new(r#"[{"id": "age", "type": "integer"}, {"id": "weight", "type": "decimal"}]"#);
    script.set("age", "12a");
    script.set("weight", "3,5");
    assert_eq!(
        script.draft_json(),
        serde_json::json!({"age": "12a", "weight": "3,5"})
    );
    // The record types what reads as a number and keeps the rest as typed.
    assert_eq!(
        script.record_json(),
        serde_json::json!({"age": "12a", "weight": 3.5})
    );
}

#[test]
fn invalid_errors_have_english_words() {
    let cases = [
        (Invalid::TooFewRows { min: 2 }, "add at least 2 rows"),
        (
            Invalid::TooManyRows { max: 3 },
            "at most 3 rows are allowed",
        ),
        (Invalid::NotATime, "enter a time in the form HH:MM"),
        (
            Invalid::BelowMin {
                min: date("2024-01-01"),
            },
            "must not be before 2024-01-01",
        ),
        (
            Invalid::AboveMax {
                max: date("2024-01-01"),
            },
            "must not be after 2024-01-01",
        ),
    ];
    for (invalid, words) in cases {
        assert_eq!(invalid.to_string(), words);
    }
}
