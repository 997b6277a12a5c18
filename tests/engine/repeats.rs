//! Repeat groups: rows, their limits, row-local and form-level references, aggregates, `@row`,
//! defaults in new rows, nesting and records.

use caseforms::engine::EditError;
use caseforms::value::Value;

use crate::support::{Script, date, number, text};

const FAMILY: &str = r#"[
    {"id": "child_age", "type": "integer"},
    {"id": "family_members", "type": "repeat", "max_rows": 3, "min_rows": 1, "fields": [
        {"id": "relation_name", "type": "text"},
        {"id": "relation_is_alive", "type": "yes_no", "default": "yes"},
        {"id": "death_details", "type": "text", "relevant": "relation_is_alive = 'no'"},
        {"id": "age", "type": "integer"},
        {"id": "older_than_child", "type": "calculated", "calculate": "age > child_age"},
        {"id": "position", "type": "calculated", "calculate": "@row"},
        {"id": "added_on", "type": "date", "default": {"expression": "today()"}}
    ]},
    {"id": "members", "type": "calculated", "calculate": "count(family_members)"},
    {"id": "total_age", "type": "calculated", "calculate": "sum(family_members, age)"},
    {"id": "adults", "type": "calculated", "calculate": "count(family_members, age >= 18)"},
    {"id": "anyone_dead", "type": "calculated", "calculate": "any(family_members, relation_is_alive = 'no')"}
]"#;

#[test]
fn rows_are_added_and_removed_by_id() {
    let mut script = Script::new(FAMILY);
    assert!(script.rows("family_members").is_empty());
    script.add_row("family_members", "r1");
    script.add_row("family_members", "r2");
    assert_eq!(script.rows("family_members"), ["r1", "r2"]);
    assert_eq!(script.value("members"), number(2.0));
    script.remove_row("family_members", "r1");
    assert_eq!(script.rows("family_members"), ["r2"]);
    assert_eq!(script.value("members"), number(1.0));
}

#[test]
fn max_rows_and_duplicate_ids_are_refused() {
    let mut script = Script::new(FAMILY);
    for id in ["a", "b", "c"] {
        script.add_row("family_members", id);
    }
    assert_eq!(
        script.try_add_row("family_members", "d"),
        Err(EditError::TooManyRows("family_members".into()))
    );
    script.remove_row("family_members", "c");
    assert_eq!(
        script.try_add_row("family_members", "a"),
        Err(EditError::DuplicateRow("a".into()))
    );
    assert_eq!(script.rows("family_members"), ["a", "b"]);
}

#[test]
fn min_rows_is_enforced_while_shown() {
    let mut script = Script::new(FAMILY);
    assert_eq!(script.errors("family_members"), ["add at least 1 row"]);
    script.add_row("family_members", "r1");
    assert!(script.errors("family_members").is_empty());
}

#[test]
fn too_many_rows_in_a_resumed_draft_is_an_error() {
    let rows = r#"{"family_members": [{"unique_id": "a"}, {"unique_id": "b"}, {"unique_id": "c"}, {"unique_id": "d"}]}"#;
    let (script, _) = Script::resume(FAMILY, rows);
    assert_eq!(
        script.errors("family_members"),
        ["at most 3 rows are allowed"]
    );
}

#[test]
fn defaults_apply_in_each_new_row() {
    let mut script = Script::new(FAMILY);
    script.add_row("family_members", "r1");
    assert_eq!(
        script.value("family_members[r1].relation_is_alive"),
        text("yes")
    );
    assert_eq!(
        script.value("family_members[r1].added_on"),
        date("2024-06-15")
    );
    assert!(!script.shown("family_members[r1].death_details"));
}

#[test]
fn row_local_references_stay_in_their_row() {
    let mut script = Script::new(FAMILY);
    script.add_row("family_members", "r1");
    script.add_row("family_members", "r2");
    script.set("family_members[r2].relation_is_alive", "no");
    assert!(script.shown("family_members[r2].death_details"));
    assert!(!script.shown("family_members[r1].death_details"));
    assert_eq!(script.value("anyone_dead"), Value::Bool(true));
}

#[test]
fn a_change_in_a_row_touches_only_that_row_and_the_aggregates() {
    let mut script = Script::new(FAMILY);
    script.add_row("family_members", "r1");
    script.add_row("family_members", "r2");
    let changes = script.set("family_members[r1].age", "40");
    let form = script.state.form();
    for at in &changes.instances {
        let field = form.field(at.field);
        assert!(
            at.rows.is_empty() || at.rows == ["r1".into()],
            "{} in {:?}",
            field.id(),
            at.rows
        );
    }
    let names: Vec<&str> = changes
        .instances
        .iter()
        .map(|at| form.field(at.field).id())
        .collect();
    assert!(
        names.contains(&"total_age") && names.contains(&"adults"),
        "{names:?}"
    );
}

#[test]
fn aggregates_follow_rows() {
    let mut script = Script::new(FAMILY);
    script.add_row("family_members", "r1");
    script.add_row("family_members", "r2");
    script.set("family_members[r1].age", "40");
    script.set("family_members[r2].age", "8");
    assert_eq!(script.value("total_age"), number(48.0));
    assert_eq!(script.value("adults"), number(1.0));
    script.set("family_members[r2].age", "20");
    assert_eq!(script.value("adults"), number(2.0));
    script.remove_row("family_members", "r1");
    assert_eq!(script.value("total_age"), number(20.0));
}

#[test]
fn a_form_level_field_is_read_in_every_row() {
    let mut script = Script::new(FAMILY);
    script.add_row("family_members", "r1");
    script.add_row("family_members", "r2");
    script.set("family_members[r1].age", "40");
    script.set("family_members[r2].age", "8");
    script.set("child_age", "10");
    assert_eq!(
        script.value("family_members[r1].older_than_child"),
        Value::Bool(true)
    );
    assert_eq!(
        script.value("family_members[r2].older_than_child"),
        Value::Bool(false)
    );
    let changes = script.set("child_age", "5");
    assert_eq!(
        script.value("family_members[r2].older_than_child"),
        Value::Bool(true)
    );
    assert!(changes.instances.iter().any(|at| at.rows == ["r2".into()]));
}

#[test]
fn row_numbers_follow_removals() {
    let mut script = Script::new(FAMILY);
    for id in ["a", "b", "c"] {
        script.add_row("family_members", id);
    }
    assert_eq!(script.value("family_members[c].position"), number(3.0));
    script.remove_row("family_members", "a");
    assert_eq!(script.value("family_members[b].position"), number(1.0));
    assert_eq!(script.value("family_members[c].position"), number(2.0));
}

#[test]
fn a_hidden_repeat_has_no_rows_for_expressions() {
    let mut script = Script::new(
        r#"[
        {"id": "has_family", "type": "yes_no"},
        {"id": "members", "type": "repeat", "relevant": "has_family = 'yes'", "fields": [
            {"id": "name", "type": "text"}, {"id": "age", "type": "integer"}]},
        {"id": "count_members", "type": "calculated", "calculate": "count(members)"},
        {"id": "ages", "type": "calculated", "calculate": "sum(members, age)"}
    ]"#,
    );
    script.set("has_family", "yes");
    script.add_row("members", "r1");
    script.set("members[r1].age", "30");
    assert_eq!(script.value("count_members"), number(1.0));
    script.set("has_family", "no");
    assert!(!script.shown("members[r1].name"));
    assert_eq!(script.value("count_members"), number(0.0));
    assert_eq!(script.value("ages"), number(0.0));
    // The rows stay in the draft but leave the record.
    assert_eq!(script.rows("members"), ["r1"]);
    assert_eq!(
        script.record_json(),
        serde_json::json!({"has_family": "no", "count_members": 0, "ages": 0})
    );
}

#[test]
fn a_row_can_compare_itself_with_all_rows() {
    let mut script = Script::new(
        r#"[{"id": "services", "type": "repeat", "fields": [
            {"id": "cost", "type": "decimal"},
            {"id": "share", "type": "calculated", "calculate": "round(coalesce(cost, 0) / sum(services, cost) * 100)"}
        ]}]"#,
    );
    script.add_row("services", "a");
    script.add_row("services", "b");
    script.set("services[a].cost", "30");
    script.set("services[b].cost", "10");
    assert_eq!(script.value("services[a].share"), number(75.0));
    assert_eq!(script.value("services[b].share"), number(25.0));
}

#[test]
fn rows_in_the_record_carry_their_unique_id() {
    let mut script = Script::new(FAMILY);
    script.add_row("family_members", "4f0c");
    script.set("family_members[4f0c].relation_name", "Fatima");
    script.set("family_members[4f0c].death_details", "stale");
    // The hidden `death_details` is left out; `older_than_child` compares with an unanswered
    // age, which is false.
    assert_eq!(
        script.record_json()["family_members"],
        serde_json::json!([{
            "unique_id": "4f0c", "relation_name": "Fatima", "relation_is_alive": "yes",
            "older_than_child": false, "position": 1, "added_on": "2024-06-15"
        }])
    );
}

#[test]
fn nested_repeats_keep_their_rows_apart() {
    let mut script = Script::new(
        r#"[{"id": "households", "type": "repeat", "fields": [
            {"id": "head", "type": "text"},
            {"id": "children", "type": "repeat", "fields": [
                {"id": "child_name", "type": "text"},
                {"id": "label", "type": "calculated", "calculate": "concat(head, '/', child_name)"}
            ]},
            {"id": "child_count", "type": "calculated", "calculate": "count(children)"}
        ]}]"#,
    );
    script.add_row("households", "h1");
    script.add_row("households", "h2");
    script.add_row("households[h1].children", "c1");
    script.add_row("households[h1].children", "c2");
    script.add_row("households[h2].children", "c3");
    script.set("households[h1].head", "Amina");
    script.set("households[h1].children[c2].child_name", "Ali");
    assert_eq!(
        script.value("households[h1].children[c2].label"),
        text("Amina/Ali")
    );
    assert_eq!(script.value("households[h1].child_count"), number(2.0));
    assert_eq!(script.value("households[h2].child_count"), number(1.0));
    assert_eq!(script.rows("households[h1].children"), ["c1", "c2"]);
    script.remove_row("households[h1].children", "c1");
    assert_eq!(script.value("households[h1].child_count"), number(1.0));
}

#[test]
fn a_required_row_field_is_required_in_each_row() {
    let mut script = Script::new(
        r#"[{"id": "interventions", "type": "repeat", "fields": [
            {"id": "service", "type": "text", "required": true}]}]"#,
    );
    script.add_row("interventions", "a");
    script.add_row("interventions", "b");
    script.set("interventions[a].service", "health");
    let problems = script.state.problems();
    assert_eq!(problems.len(), 1);
    assert_eq!(problems[0].0.rows, ["b".into()]);
}

#[test]
fn removing_a_row_that_does_not_exist_is_refused() {
    let mut script = Script::new(FAMILY);
    let at = script.at("family_members");
    assert_eq!(
        script.state.remove_row(&at, &"zz".into()),
        Err(EditError::NoSuchInstance)
    );
    let name = script.at("child_age");
    assert_eq!(
        script.state.add_row(&name, "r".into()),
        Err(EditError::NoSuchInstance)
    );
}

#[test]
fn paths_name_instances_inside_rows() {
    use caseforms::answers::RowId;
    let form = crate::support::form(crate::support::definition(FAMILY));
    let age = form
        .instance_at("family_members[r7].age")
        .unwrap_or_else(|| panic!("a row field"));
    assert_eq!(form.field(age.field).id(), "age");
    assert_eq!(age.rows, [RowId::from("r7")]);
    // Inside a row, a name that is not a row field is the form's.
    let child_age = form.instance_at("family_members[r7].child_age");
    assert_eq!(
        child_age
            .map(|at| form.field(at.field).id().to_string())
            .as_deref(),
        Some("child_age")
    );
    for wrong in [
        "agee",
        "family_members[r7.age",
        "",
        "family_members[r7].",
        "members[r1].age",
    ] {
        assert_eq!(form.instance_at(wrong), None, "{wrong}");
    }
}
