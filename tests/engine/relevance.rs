//! Relevance and its cascades (section, group, repeat), `required` and its conditions.

use caseforms::answers::Answer;
use caseforms::value::Value;

use crate::support::{Script, definition, form, number, sections, text};

const GATED: &str = r#"[
    {"id": "consent", "type": "yes_no"},
    {"id": "name", "type": "text", "relevant": "consent = 'yes'"},
    {"id": "age", "type": "integer", "relevant": "consent = 'yes'"},
    {"id": "other", "type": "text"}
]"#;

#[test]
fn a_gated_field_follows_its_gate() {
    let mut script = Script::new(GATED);
    for (answer, shown) in [("yes", true), ("no", false), ("yes", true)] {
        script.set("consent", answer);
        assert_eq!(script.shown("name"), shown, "consent = {answer}");
        assert_eq!(script.shown("age"), shown, "consent = {answer}");
        assert!(script.shown("other"));
    }
}

#[test]
fn an_unanswered_gate_hides_because_null_is_false() {
    let script = Script::new(GATED);
    assert!(!script.shown("name"));
    assert!(script.shown("consent"));
}

#[test]
fn changes_list_only_the_instances_a_gate_reaches() {
    let mut script = Script::new(GATED);
    let changes = script.set("consent", "yes");
    let mut changed: Vec<String> = changes
        .instances
        .iter()
        .map(|at| script.state.form().field(at.field).id().to_string())
        .collect();
    changed.sort();
    assert_eq!(changed, ["age", "consent", "name"]);
    assert!(changes.sections.is_empty());
    let changes = script.set("other", "x");
    assert_eq!(changes.instances.len(), 1);
}

#[test]
fn setting_the_same_answer_again_changes_nothing() {
    let mut script = Script::new(GATED);
    script.set("consent", "yes");
    let changes = script.set("consent", "yes");
    assert!(changes.instances.is_empty());
}

#[test]
fn a_hidden_group_hides_everything_inside_it() {
    let mut script = Script::new(
        r#"[
        {"id": "separated", "type": "yes_no"},
        {"id": "tracing", "type": "group", "relevant": "separated = 'yes'", "fields": [
            {"id": "date_of_separation", "type": "date"},
            {"id": "details", "type": "group", "fields": [
                {"id": "separation_cause", "type": "text"}
            ]}
        ]}
    ]"#,
    );
    assert!(!script.shown("date_of_separation"));
    assert!(!script.shown("separation_cause"));
    script.set("separated", "yes");
    assert!(script.shown("tracing"));
    assert!(script.shown("date_of_separation"));
    assert!(script.shown("separation_cause"));
    script.set("separated", "no");
    assert!(!script.shown("separation_cause"));
}

#[test]
fn a_field_inside_a_group_is_named_without_the_group() {
    let mut script = Script::new(
        r#"[
        {"id": "identity", "type": "group", "fields": [{"id": "sex", "type": "select_one",
            "options": [{"id": "female", "label": "F"}, {"id": "male", "label": "M"}]}]},
        {"id": "pregnant", "type": "yes_no", "relevant": "sex = 'female'"}
    ]"#,
    );
    script.set("sex", "female");
    assert!(script.shown("pregnant"));
}

#[test]
fn a_hidden_section_hides_its_fields_and_is_reported() {
    let form = form(sections(
        r#"[
        {"id": "intro", "title": "Intro", "fields": [{"id": "cross_border", "type": "yes_no"}]},
        {"id": "alert", "title": "Alert", "relevant": "cross_border = 'yes'", "fields": [
            {"id": "alert_country", "type": "text"},
            {"id": "in_group", "type": "group", "fields": [{"id": "requesting_authority", "type": "text"}]}
        ]}
    ]"#,
    ));
    let mut script = Script::of(form);
    assert!(!script.state.section_relevant(1));
    assert!(!script.shown("alert_country"));
    let changes = script.set("cross_border", "yes");
    assert_eq!(changes.sections, [1]);
    assert!(script.state.section_relevant(1));
    assert!(script.shown("alert_country"));
    assert!(script.shown("requesting_authority"));
}

#[test]
fn a_section_that_does_not_exist_is_not_relevant() {
    let script = Script::new(GATED);
    assert!(script.state.section_relevant(0));
    assert!(!script.state.section_relevant(7));
}

#[test]
fn expressions_see_null_for_hidden_fields() {
    let mut script = Script::new(
        r#"[
        {"id": "show", "type": "yes_no"},
        {"id": "siblings", "type": "integer", "relevant": "show = 'yes'"},
        {"id": "household", "type": "calculated", "calculate": "coalesce(siblings, 0) + 1"},
        {"id": "big_family", "type": "text", "relevant": "siblings > 3"}
    ]"#,
    );
    script.set("show", "yes");
    script.set("siblings", "5");
    assert_eq!(script.value("household"), number(6.0));
    assert!(script.shown("big_family"));
    script.set("show", "no");
    // The stale answer stays in the draft but drives nothing.
    assert_eq!(
        script.state.answers().get("siblings"),
        Some(&Answer::from("5"))
    );
    assert_eq!(script.value("household"), number(1.0));
    assert!(!script.shown("big_family"));
}

#[test]
fn hiding_cascades_through_a_chain_of_conditions() {
    let mut script = Script::new(
        r#"[
        {"id": "a", "type": "yes_no"},
        {"id": "b", "type": "yes_no", "relevant": "a = 'yes'"},
        {"id": "c", "type": "text", "relevant": "b = 'yes'"},
        {"id": "d", "type": "text", "relevant": "answered(c)"}
    ]"#,
    );
    script.set("a", "yes");
    script.set("b", "yes");
    script.set("c", "details");
    assert!(script.shown("d"));
    script.set("a", "no");
    assert!(!script.shown("b"));
    assert!(!script.shown("c"));
    assert!(!script.shown("d"));
}

#[test]
fn hidden_answers_stay_in_the_draft_but_leave_the_record() {
    let mut script = Script::new(GATED);
    script.set("consent", "yes");
    script.set("name", "Amina");
    script.set("other", "kept");
    script.set("consent", "no");
    assert_eq!(
        script.draft_json(),
        serde_json::json!({"consent": "no", "name": "Amina", "other": "kept"})
    );
    assert_eq!(
        script.record_json(),
        serde_json::json!({"consent": "no", "other": "kept"})
    );
}

#[test]
fn a_hidden_field_has_no_errors_and_is_not_required() {
    let mut script = Script::new(
        r#"[
        {"id": "show", "type": "yes_no"},
        {"id": "age", "type": "integer", "required": true, "relevant": "show = 'yes'"}
    ]"#,
    );
    script.set("show", "yes");
    script.set("age", "12a");
    assert_eq!(script.errors("age"), ["enter a whole number, e.g. 12"]);
    script.set("show", "no");
    let state = script.state("age");
    assert!(state.errors.is_empty());
    assert!(!state.required);
    assert!(script.state.problems().is_empty());
}

#[test]
fn required_if_follows_its_condition() {
    let mut script = Script::new(
        r#"[
        {"id": "age", "type": "integer"},
        {"id": "guardian", "type": "text", "required": "age < 18", "required_message": "Who looks after the child?"}
    ]"#,
    );
    assert!(!script.state("guardian").required);
    script.set("age", "12");
    assert!(script.state("guardian").required);
    assert_eq!(script.errors("guardian"), ["Who looks after the child?"]);
    script.set("guardian", "aunt");
    assert!(script.errors("guardian").is_empty());
    script.clear("guardian");
    script.set("age", "30");
    assert!(!script.state("guardian").required);
    assert!(script.errors("guardian").is_empty());
}

#[test]
fn required_means_filled_for_each_kind_of_field() {
    let fields = r#"[
        {"id": "consent_for_services", "type": "boolean", "required": true},
        {"id": "concerns", "type": "select_multiple", "required": true,
            "options": [{"id": "abuse", "label": "A"}, {"id": "neglect", "label": "N"}]},
        {"id": "notes", "type": "text", "required": true},
        {"id": "members", "type": "repeat", "required": true, "fields": [{"id": "name", "type": "text"}]}
    ]"#;
    let mut script = Script::new(fields);
    let required = "this question must be answered";
    for path in ["consent_for_services", "concerns", "notes", "members"] {
        assert_eq!(script.errors(path), [required], "{path} starts empty");
    }
    // A tick box must be ticked: false is an answer, but not consent.
    script.set("consent_for_services", false);
    assert_eq!(script.errors("consent_for_services"), [required]);
    script.set("consent_for_services", true);
    assert!(script.errors("consent_for_services").is_empty());
    // No choices is no answer (and `[]` reads as no choices).
    script.set_json("concerns", "[]");
    assert_eq!(script.errors("concerns"), [required]);
    script.set_json("concerns", r#"["neglect"]"#);
    assert!(script.errors("concerns").is_empty());
    // Blank text is no answer.
    script.set("notes", "   ");
    assert_eq!(script.errors("notes"), [required]);
    script.add_row("members", "r1");
    assert!(script.errors("members").is_empty());
}

#[test]
fn a_required_expression_that_gives_null_is_not_required() {
    let script = Script::new(
        r#"[
        {"id": "age", "type": "integer"},
        {"id": "school", "type": "text", "required": "age < 18"}
    ]"#,
    );
    assert!(!script.state("school").required);
}

#[test]
fn a_field_answered_while_hidden_keeps_its_typed_value() {
    let mut script = Script::new(GATED);
    script.set("consent", "no");
    script.set("age", "12");
    assert_eq!(script.value("age"), number(12.0));
    assert!(!script.shown("age"));
    script.set("consent", "yes");
    assert_eq!(script.value("age"), number(12.0));
}

#[test]
fn a_condition_on_a_text_uses_its_value() {
    let mut script = Script::new(
        r#"[
        {"id": "name", "type": "text"},
        {"id": "nickname", "type": "text", "relevant": "length(name) > 3"}
    ]"#,
    );
    script.set("name", "Ali");
    assert!(!script.shown("nickname"));
    script.set("name", "Amina");
    assert!(script.shown("nickname"));
    assert_eq!(script.value("name"), text("Amina"));
}

#[test]
fn boolean_fields_are_conditions() {
    let mut script = Script::new(
        r#"[
        {"id": "estimated", "type": "boolean"},
        {"id": "estimate_basis", "type": "text", "relevant": "estimated"}
    ]"#,
    );
    assert!(!script.shown("estimate_basis"));
    script.set("estimated", true);
    assert!(script.shown("estimate_basis"));
    assert_eq!(script.value("estimated"), Value::Bool(true));
}

#[test]
fn a_definition_helper_builds_one_section() {
    let definition = definition(r#"[{"id": "a", "type": "text"}]"#);
    assert_eq!(definition.sections.len(), 1);
}
