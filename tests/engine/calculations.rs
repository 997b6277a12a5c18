//! Calculated fields and their chains, ages from dates of birth, decision trees, and cascading
//! selects through `choice_filter`.

use caseforms::value::Value;

use crate::support::{Script, form, number, text, with_lookups};

#[test]
fn a_chain_of_calculations_updates_in_order() {
    let mut script = Script::new(
        r#"[
        {"id": "boys", "type": "integer"},
        {"id": "girls", "type": "integer"},
        {"id": "children", "type": "calculated", "calculate": "coalesce(boys, 0) + coalesce(girls, 0)"},
        {"id": "adults", "type": "integer"},
        {"id": "household", "type": "calculated", "calculate": "children + coalesce(adults, 0)"},
        {"id": "large", "type": "calculated", "calculate": "household >= 6"},
        {"id": "support_plan", "type": "text", "relevant": "large"}
    ]"#,
    );
    assert_eq!(script.value("children"), number(0.0));
    script.set("boys", "2");
    script.set("girls", "3");
    assert_eq!(script.value("children"), number(5.0));
    assert_eq!(script.value("household"), number(5.0));
    assert_eq!(script.value("large"), Value::Bool(false));
    script.set("adults", "1");
    assert_eq!(script.value("large"), Value::Bool(true));
    assert!(script.shown("support_plan"));
    script.set("girls", "x");
    assert_eq!(script.value("household"), number(3.0));
    assert!(!script.shown("support_plan"));
}

#[test]
fn a_calculation_declared_before_what_it_reads_still_sees_it() {
    let mut script = Script::new(
        r#"[
        {"id": "total", "type": "calculated", "calculate": "subtotal * 2"},
        {"id": "subtotal", "type": "calculated", "calculate": "coalesce(base, 0) + 1"},
        {"id": "base", "type": "integer"}
    ]"#,
    );
    script.set("base", "4");
    assert_eq!(script.value("total"), number(10.0));
}

#[test]
fn age_follows_the_date_of_birth() {
    let fields = r#"[
        {"id": "date_of_birth", "type": "date", "max": "today"},
        {"id": "age", "type": "calculated", "calculate": "years_between(date_of_birth, today())"},
        {"id": "is_child", "type": "calculated", "calculate": "age < 18"}
    ]"#;
    // The environment's today is 2024-06-15.
    let cases = [
        ("2012-06-16", Value::Number(11.0), Value::Bool(true)),
        ("2012-06-15", Value::Number(12.0), Value::Bool(true)),
        ("2006-06-15", Value::Number(18.0), Value::Bool(false)),
        ("2024-06-15", Value::Number(0.0), Value::Bool(true)),
        // A comparison with null is false, not null.
        ("not a date", Value::Null, Value::Bool(false)),
    ];
    for (born, age, child) in cases {
        let mut script = Script::new(fields);
        script.set("date_of_birth", born);
        assert_eq!(script.value("age"), age, "born {born}");
        assert_eq!(script.value("is_child"), child, "born {born}");
    }
}

#[test]
fn an_integer_field_can_be_computed_and_is_read_only() {
    let mut script = Script::new(
        r#"[
        {"id": "date_of_birth", "type": "date"},
        {"id": "age", "type": "integer", "min": 0, "max": 130, "calculate": "age(date_of_birth)"}
    ]"#,
    );
    script.set("date_of_birth", "1850-01-01");
    assert_eq!(script.value("age"), number(174.0));
    assert!(script.state("age").readonly);
    assert_eq!(script.errors("age"), ["must be at most 130"]);
}

#[test]
fn calculated_values_go_into_the_record() {
    let mut script = Script::new(
        r#"[
        {"id": "date_of_birth", "type": "date"},
        {"id": "age", "type": "calculated", "calculate": "age(date_of_birth)"},
        {"id": "next_visit", "type": "calculated", "calculate": "add_days(today(), 7)"},
        {"id": "title", "type": "calculated", "calculate": "concat('Case of ', name)"},
        {"id": "name", "type": "text"}
    ]"#,
    );
    script.set("date_of_birth", "2012-06-15");
    assert_eq!(
        script.record_json(),
        serde_json::json!({"age": 12, "date_of_birth": "2012-06-15", "next_visit": "2024-06-22", "title": "Case of "})
    );
    // The draft holds only what was entered.
    assert_eq!(
        script.draft_json(),
        serde_json::json!({"date_of_birth": "2012-06-15"})
    );
}

#[test]
fn a_decision_tree_calculates_the_violence_type() {
    let fields = r#"[
        {"id": "penetration", "type": "yes_no"},
        {"id": "sexual_contact", "type": "yes_no"},
        {"id": "physical", "type": "yes_no"},
        {"id": "violence_type", "type": "calculated", "calculate":
            "if(penetration = 'yes', 'rape', if(sexual_contact = 'yes', 'sexual_assault', if(physical = 'yes', 'physical_assault', 'psychological')))"}
    ]"#;
    let cases = [
        (["yes", "no", "no"], "rape"),
        (["no", "yes", "yes"], "sexual_assault"),
        (["no", "no", "yes"], "physical_assault"),
        (["no", "no", "no"], "psychological"),
    ];
    for (answers, expected) in cases {
        let mut script = Script::new(fields);
        for (path, answer) in ["penetration", "sexual_contact", "physical"]
            .into_iter()
            .zip(answers)
        {
            script.set(path, answer);
        }
        assert_eq!(script.value("violence_type"), text(expected), "{answers:?}");
    }
}

#[test]
fn a_suggested_risk_level_reads_many_fields() {
    let mut script = Script::new(
        r#"[
        {"id": "urgent_protection_concern", "type": "yes_no"},
        {"id": "intervention_family_type_needed", "type": "select_one", "options": [
            {"id": "no_further_action_needed", "label": "None"}, {"id": "urgent_intervention", "label": "Urgent"}]},
        {"id": "suggested_risk_level", "type": "calculated", "calculate":
            "if(urgent_protection_concern = 'yes' or intervention_family_type_needed = 'urgent_intervention', 'high', 'medium')"}
    ]"#,
    );
    assert_eq!(script.value("suggested_risk_level"), text("medium"));
    script.set("intervention_family_type_needed", "urgent_intervention");
    assert_eq!(script.value("suggested_risk_level"), text("high"));
}

#[test]
fn multiple_choices_feed_conditions() {
    let mut script = Script::new(
        r#"[
        {"id": "protection_concerns", "type": "select_multiple", "options": [
            {"id": "caafag", "label": "C"}, {"id": "trafficked_smuggled", "label": "T"}, {"id": "other", "label": "O"}]},
        {"id": "other_concern", "type": "text", "relevant": "protection_concerns contains 'other'"},
        {"id": "concern_count", "type": "calculated", "calculate": "count_selected(protection_concerns)"}
    ]"#,
    );
    script.set_json("protection_concerns", r#"["caafag", "other"]"#);
    assert!(script.shown("other_concern"));
    assert_eq!(script.value("concern_count"), number(2.0));
    script.set_json("protection_concerns", r#"["caafag"]"#);
    assert!(!script.shown("other_concern"));
}

fn cascading() -> Script {
    let form = form(with_lookups(
        r#"{"districts": [
            {"id": "nairobi_central", "label": "Nairobi Central", "tags": ["ken"]},
            {"id": "kisumu", "label": "Kisumu", "tags": ["ken"]},
            {"id": "kampala", "label": "Kampala", "tags": ["uga"]}
        ]}"#,
        r#"[{"id": "main", "title": "Main", "fields": [
            {"id": "country", "type": "select_one", "options": [{"id": "ken", "label": "Kenya"}, {"id": "uga", "label": "Uganda"}]},
            {"id": "district", "type": "select_one", "options": "districts", "choice_filter": "@tags contains country"},
            {"id": "not_kisumu", "type": "select_one", "options": "districts", "choice_filter": "@option != 'kisumu'"}
        ]}]"#,
    ));
    Script::of(form)
}

#[test]
fn a_choice_filter_cascades_from_another_select() {
    let mut script = cascading();
    assert!(script.state("district").visible_options.is_empty());
    script.set("country", "ken");
    assert_eq!(script.state("district").visible_options, [0, 1]);
    script.set("district", "kisumu");
    assert!(script.errors("district").is_empty());
    script.set("country", "uga");
    assert_eq!(script.state("district").visible_options, [2]);
    // The answer stays, but is no longer one of the options offered.
    assert_eq!(
        script.errors("district"),
        ["'kisumu' is not one of the options"]
    );
}

#[test]
fn a_choice_filter_can_test_the_option_id() {
    let script = cascading();
    assert_eq!(script.state("not_kisumu").visible_options, [0, 2]);
}

#[test]
fn options_come_from_lookups_and_yes_no_has_its_own() {
    let script = cascading();
    let form = script.state.form();
    let district = form.field(script.at("district").field);
    assert_eq!(district.options.len(), 3);
    let (yes_no, _) = Script::resume(r#"[{"id": "consent", "type": "yes_no"}]"#, "{}");
    let consent = yes_no.state.form().field(yes_no.at("consent").field);
    let ids: Vec<&str> = consent
        .options
        .iter()
        .map(|choice| choice.id.as_str())
        .collect();
    assert_eq!(ids, ["yes", "no"]);
}

#[test]
fn a_calculation_of_a_hidden_field_is_null_to_others() {
    let mut script = Script::new(
        r#"[
        {"id": "show", "type": "yes_no"},
        {"id": "base", "type": "calculated", "calculate": "10", "relevant": "show = 'yes'"},
        {"id": "double", "type": "calculated", "calculate": "coalesce(base, 0) * 2"}
    ]"#,
    );
    assert_eq!(script.value("double"), number(0.0));
    script.set("show", "yes");
    assert_eq!(script.value("double"), number(20.0));
    assert_eq!(
        script.record_json(),
        serde_json::json!({"show": "yes", "base": 10, "double": 20})
    );
}
