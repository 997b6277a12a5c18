//! What `Form::compile` reports, and how the compiled form looks from outside.

use caseforms::check::Problem;
use caseforms::engine::Instance;

use crate::support::{Script, compile, definition, number, sections};

/// Compiles a one-section form and gives its problems as `path@offset: message (suggestion)`.
fn problems(fields: &str) -> Vec<String> {
    let (_, problems) = compile(definition(fields));
    problems.iter().map(describe).collect()
}

fn describe(problem: &Problem) -> String {
    let mut text = problem.path.to_string();
    if let Some(offset) = problem.offset_in_value {
        text.push_str(&format!("@{offset}"));
    }
    text.push_str(&format!(": {}", problem.message));
    if let Some(suggestion) = &problem.suggestion {
        text.push_str(&format!(" ({suggestion})"));
    }
    text
}

#[test]
fn expression_problems_point_into_the_expression() {
    let cases: &[(&str, &str)] = &[
        (
            r#"{"id": "a", "type": "integer"}, {"id": "b", "type": "text", "relevant": "aa > 3"}"#,
            "sections[0].fields[1].relevant@0: unknown field 'aa' (did you mean 'a'?)",
        ),
        (
            r#"{"id": "age", "type": "integer"}, {"id": "b", "type": "text", "relevant": "age <"}"#,
            "sections[0].fields[1].relevant@5: expected a value after '<', found end of expression",
        ),
        (
            r#"{"id": "age", "type": "integer"}, {"id": "b", "type": "text", "relevant": "age + 1"}"#,
            "sections[0].fields[1].relevant: relevant must be a condition (true or false), but this expression gives a number",
        ),
        (
            r#"{"id": "age", "type": "integer", "required": "age * 2"}"#,
            "sections[0].fields[0].required: required must be a condition (true or false), but this expression gives a number",
        ),
        (
            r#"{"id": "x", "type": "text", "constraint": {"expression": "length(.)", "message": "m"}}"#,
            "sections[0].fields[0].constraint.expression: constraint must be a condition (true or false), but this expression gives a number",
        ),
        (
            r#"{"id": "x", "type": "select_one", "options": [{"id": "a", "label": "A"}], "choice_filter": "@option"}"#,
            "sections[0].fields[0].choice_filter: choice_filter must be a condition (true or false), but this expression gives a text",
        ),
        (
            r#"{"id": "n", "type": "text"}, {"id": "c", "type": "calculated", "calculate": "n + 1"}"#,
            "sections[0].fields[1].calculate@0: '+' needs numbers, but got a text; use concat() to join texts",
        ),
        (
            r#"{"id": "d", "type": "date", "default": {"expression": "todya()"}}"#,
            "sections[0].fields[0].default.expression@0: unknown function 'todya' (did you mean 'today'?)",
        ),
    ];
    for (fields, expected) in cases {
        assert_eq!(problems(&format!("[{fields}]")), [*expected], "{fields}");
    }
}

#[test]
fn offsets_count_characters_not_bytes() {
    let found = problems(
        r#"[{"id": "name", "type": "text"}, {"id": "b", "type": "text", "relevant": "name = 'Amélie' and agee > 1"}]"#,
    );
    // 'é' is two bytes; the offset counts it once (21 would be the byte offset).
    assert_eq!(
        found,
        ["sections[0].fields[1].relevant@20: unknown field 'agee'"]
    );
}

#[test]
fn a_broken_expression_is_left_out_and_the_form_still_works() {
    let fields = r#"[
        {"id": "age", "type": "integer"},
        {"id": "shown_anyway", "type": "text", "relevant": "agee > 3", "required": "age >"},
        {"id": "double", "type": "calculated", "calculate": "age * 2"}
    ]"#;
    let (form, found) = compile(definition(fields));
    assert_eq!(found.len(), 2);
    let mut script = Script::of(form);
    assert!(script.shown("shown_anyway"));
    assert!(!script.state("shown_anyway").required);
    script.set("age", "4");
    assert_eq!(script.value("double"), number(8.0));
}

#[test]
fn a_calculation_cycle_is_reported_with_its_path_and_broken() {
    let fields = r#"[
        {"id": "total", "type": "calculated", "calculate": "subtotal + 1"},
        {"id": "subtotal", "type": "calculated", "calculate": "total * 2"},
        {"id": "after", "type": "calculated", "calculate": "coalesce(subtotal, 0) + 5"}
    ]"#;
    let (form, found) = compile(definition(fields));
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_eq!(
        found[0].message,
        "calculation cycle: total → subtotal → total"
    );
    assert_eq!(found[0].path.to_string(), "sections[0].fields[0].calculate");
    // Evaluation terminates: `total` is left out, so `subtotal` reads null.
    let script = Script::of(form);
    assert_eq!(script.value("total"), caseforms::value::Value::Null);
    assert_eq!(script.value("after"), number(5.0));
}

#[test]
fn a_field_that_calculates_from_itself_is_a_cycle() {
    assert_eq!(
        problems(r#"[{"id": "n", "type": "integer", "calculate": "n + 1"}]"#),
        [
            "sections[0].fields[0].calculate: calculation cycle: n → n (make one of these stop depending on the next; until then the engine ignores this expression)"
        ]
    );
}

#[test]
fn relevance_cycles_are_reported_too() {
    let found = problems(
        r#"[
        {"id": "a", "type": "text", "relevant": "answered(b)"},
        {"id": "b", "type": "text", "relevant": "answered(a)"}
    ]"#,
    );
    assert_eq!(found.len(), 1);
    assert!(
        found[0].starts_with("sections[0].fields[0].relevant: relevance cycle: a → b → a"),
        "{found:?}"
    );
}

#[test]
fn a_group_whose_relevance_reads_its_own_field_is_a_cycle() {
    let found = problems(
        r#"[{"id": "g", "type": "group", "relevant": "x = 'yes'", "fields": [{"id": "x", "type": "yes_no"}]}]"#,
    );
    assert_eq!(found.len(), 1);
    assert!(found[0].contains("relevance cycle: g → x → g"), "{found:?}");
}

#[test]
fn a_section_whose_relevance_reads_its_own_field_is_a_cycle() {
    let (_, found) = compile(sections(
        r#"[{"id": "s", "title": "S", "relevant": "x = 'yes'", "fields": [{"id": "x", "type": "yes_no"}]}]"#,
    ));
    let found: Vec<String> = found.iter().map(describe).collect();
    assert_eq!(found.len(), 1);
    assert!(
        found[0].starts_with("sections[0].relevant: relevance cycle: s → x → s"),
        "{found:?}"
    );
}

#[test]
fn a_constraint_reading_a_calculation_of_itself_is_no_cycle() {
    assert!(problems(
        r#"[
        {"id": "a", "type": "integer", "constraint": {"expression": ". <= limit", "message": "too big"}},
        {"id": "limit", "type": "calculated", "calculate": "coalesce(a, 0) + 10"}
    ]"#
    )
    .is_empty());
}

#[test]
fn rules_that_cannot_be_used_are_reported() {
    let found = problems(
        r#"[
        {"id": "phone", "type": "text", "pattern": "[0-9"},
        {"id": "when", "type": "date", "min": "yesterday"},
        {"id": "pick", "type": "select_one", "options": "no_such_lookup"}
    ]"#,
    );
    let mut found = found;
    found.sort();
    assert_eq!(found.len(), 3, "{found:#?}");
    assert!(
        found[0].starts_with(
            "sections[0].fields[0].pattern: this pattern is not a valid regular expression"
        ),
        "{found:?}"
    );
    assert_eq!(
        found[1],
        "sections[0].fields[1].min: this min does not fit a field of type date; the engine ignores it"
    );
    assert_eq!(
        found[2],
        "sections[0].fields[2].options: there is no lookup 'no_such_lookup'; the field has no options"
    );
}

#[test]
fn the_compiled_form_has_a_flat_field_table() {
    let (form, found) = compile(sections(
        r#"[
        {"id": "one", "title": "One", "fields": [
            {"id": "a", "type": "text"},
            {"id": "g", "type": "group", "fields": [{"id": "b", "type": "text"}]}
        ]},
        {"id": "two", "title": "Two", "fields": [
            {"id": "members", "type": "repeat", "fields": [{"id": "a", "type": "integer"}]}
        ]}
    ]"#,
    ));
    assert!(found.is_empty());
    assert_eq!(form.section_count(), 2);
    let ids = |keys: &[caseforms::engine::FieldKey]| {
        keys.iter()
            .map(|key| form.field(*key).id().to_string())
            .collect::<Vec<_>>()
    };
    assert_eq!(ids(form.section_fields(0)), ["a", "g"]);
    assert_eq!(ids(form.section_fields(1)), ["members"]);
    let Some(b) = form.key_of(None, "b") else {
        panic!("b is visible at the form level")
    };
    let b = form.field(b);
    assert_eq!(b.path.to_string(), "sections[0].fields[1].fields[0]");
    assert_eq!(b.section, 0);
    assert_eq!(
        b.parent.map(|key| form.field(key).id().to_string()),
        Some("g".into())
    );
    let Some(members) = form.key_of(None, "members") else {
        panic!("members")
    };
    // Inside the rows, `a` is the row's own integer; outside, the form's text.
    let Some(inner) = form.key_of(Some(members), "a") else {
        panic!("a in rows")
    };
    assert_eq!(form.field(inner).repeat, Some(members));
    assert_eq!(form.field(inner).value_type, caseforms::expr::Type::Number);
    assert_eq!(
        form.key_of(None, "a").map(|key| form.field(key).value_type),
        Some(caseforms::expr::Type::Text)
    );
    assert_eq!(ids(&form.field(members).children), ["a"]);
    assert_eq!(form.key_of(None, "nothing"), None);
    assert_eq!(Instance::top(members).rows.len(), 0);
}

#[test]
fn calculated_fields_get_the_type_of_their_expression() {
    // `label` is a text, so comparing it with a number is a type error the compiler reports.
    let found = problems(
        r#"[
        {"id": "label", "type": "calculated", "calculate": "concat('a', 'b')"},
        {"id": "x", "type": "text", "relevant": "label > 3"}
    ]"#,
    );
    assert_eq!(found.len(), 1);
    assert!(
        found[0].contains("cannot compare a text with a number"),
        "{found:?}"
    );
}

#[test]
fn a_field_says_which_of_its_states_can_change() {
    // (field, may be required, may be read-only, filters its options)
    let cases: &[(&str, bool, bool, bool)] = &[
        (r#"{"id": "f", "type": "text"}"#, false, false, false),
        (
            r#"{"id": "f", "type": "text", "required": false, "readonly": false}"#,
            false,
            false,
            false,
        ),
        (
            r#"{"id": "f", "type": "text", "required": true}"#,
            true,
            false,
            false,
        ),
        (
            r#"{"id": "f", "type": "text", "required": "1 = 1"}"#,
            true,
            false,
            false,
        ),
        (
            r#"{"id": "f", "type": "text", "readonly": true}"#,
            false,
            true,
            false,
        ),
        (
            r#"{"id": "f", "type": "integer", "readonly": "2 > 1"}"#,
            false,
            true,
            false,
        ),
        (
            r#"{"id": "f", "type": "integer", "calculate": "1 + 1"}"#,
            false,
            true,
            false,
        ),
        (
            r#"{"id": "f", "type": "select_one", "options": [{"id": "a", "label": "A"}], "choice_filter": "true"}"#,
            false,
            false,
            true,
        ),
    ];
    for (field, required, readonly, filters) in cases {
        let (form, problems) = compile(definition(&format!("[{field}]")));
        assert!(problems.is_empty(), "{field}: {problems:?}");
        let info = form.field(form.key_of(None, "f").expect("field f"));
        assert_eq!(
            (
                info.may_be_required(),
                info.may_be_readonly(),
                info.filters_options()
            ),
            (*required, *readonly, *filters),
            "{field}"
        );
    }
}
