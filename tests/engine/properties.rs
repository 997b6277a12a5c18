//! Properties: random edits on generated forms give exactly the states a fresh `resume` of the
//! same answers gives, and random definitions and answers never make the engine panic.

use std::sync::Arc;

use caseforms::answers::{Answer, Answers, RowId};
use caseforms::definition::FormDefinition;
use caseforms::engine::{Form, FormState, Instance};
use proptest::prelude::*;
use serde_json::{Value as Json, json};

use crate::support::{Script, env};

/// The kinds of top-level fields a generated form has.
#[derive(Debug, Clone, Copy)]
enum Kind {
    Integer,
    YesNo,
    Text,
    Multi,
    Calculated,
}

/// One generated field: its kind, and the indexes of the fields its expressions read.
#[derive(Debug, Clone)]
struct Spec {
    kind: Kind,
    relevant: Option<usize>,
    required: Option<usize>,
    reads: usize,
    constraint: bool,
}

fn kind() -> impl Strategy<Value = Kind> {
    prop_oneof![
        Just(Kind::Integer),
        Just(Kind::YesNo),
        Just(Kind::Text),
        Just(Kind::Multi),
        Just(Kind::Calculated),
    ]
}

fn spec() -> impl Strategy<Value = Spec> {
    (
        kind(),
        proptest::option::of(0..8usize),
        proptest::option::of(0..8usize),
        0..8usize,
        any::<bool>(),
    )
        .prop_map(|(kind, relevant, required, reads, constraint)| Spec {
            kind,
            relevant,
            required,
            reads,
            constraint,
        })
}

/// A condition on field `index` that type-checks for its kind.
fn condition(specs: &[Spec], index: usize) -> String {
    let index = index % specs.len();
    match specs[index].kind {
        Kind::Integer | Kind::Calculated => format!("f{index} > 3"),
        Kind::YesNo => format!("f{index} = 'yes'"),
        Kind::Text => format!("answered(f{index})"),
        Kind::Multi => format!("f{index} contains 'a'"),
    }
}

/// A definition from specs: the fields `f0..`, then a repeat whose rows read form fields, and
/// form-level aggregates over the rows. Cycles may appear; the engine cuts them.
fn definition(specs: &[Spec]) -> FormDefinition {
    let mut fields: Vec<Json> = Vec::new();
    for (index, spec) in specs.iter().enumerate() {
        let id = format!("f{index}");
        let mut field = match spec.kind {
            Kind::Integer => json!({"id": id, "type": "integer", "max": 30}),
            Kind::YesNo => json!({"id": id, "type": "yes_no"}),
            Kind::Text => json!({"id": id, "type": "text", "max_length": 3}),
            Kind::Multi => json!({"id": id, "type": "select_multiple",
                "options": [{"id": "a", "label": "A"}, {"id": "b", "label": "B"}]}),
            Kind::Calculated => {
                let read = spec.reads % specs.len();
                let calculate = match specs[read].kind {
                    Kind::Integer | Kind::Calculated => {
                        format!("coalesce(f{read}, 0) + sum(rows, r_num)")
                    }
                    _ => format!("if({}, 1, 0) + count(rows)", condition(specs, read)),
                };
                json!({"id": id, "type": "calculated", "calculate": calculate})
            }
        };
        if let Some(relevant) = spec.relevant {
            field["relevant"] = json!(condition(specs, relevant));
        }
        if let Some(required) = spec.required {
            field["required"] = json!(condition(specs, required));
        }
        if spec.constraint && matches!(spec.kind, Kind::Integer) {
            let read = spec.reads % specs.len();
            field["constraint"] = json!({"expression": format!(". != 7 and {}", condition(specs, read)), "message": "no"});
        }
        fields.push(field);
    }
    let gate = condition(specs, 0);
    fields.push(json!({"id": "rows", "type": "repeat", "max_rows": 4, "min_rows": 1, "fields": [
        {"id": "r_num", "type": "integer", "relevant": gate},
        {"id": "r_calc", "type": "calculated", "calculate": format!("coalesce(r_num, 0) + @row + if({}, 10, 0)", condition(specs, 1))},
        {"id": "r_text", "type": "text", "required": "r_num > 2", "default": "d"},
        {"id": "r_big", "type": "integer", "relevant": "count(rows) > 1", "required": "sum(rows, r_num) > 5",
            "constraint": {"expression": ". < max(rows, r_num)", "message": "m"}}
    ]}));
    fields.push(json!({"id": "agg", "type": "calculated", "calculate": "sum(rows, r_calc) + count(rows, r_num > 1)"}));
    let definition = json!({"format": 1, "id": "p", "version": "1", "title": "P",
        "sections": [{"id": "s", "title": "S", "fields": fields}]});
    serde_json::from_value(definition)
        .unwrap_or_else(|error| panic!("generated definition: {error}"))
}

/// One edit of a script.
#[derive(Debug, Clone)]
enum Edit {
    Set(usize, usize),
    Clear(usize),
    AddRow(u8),
    RemoveRow(u8),
    SetInRow(u8, usize),
}

fn edit() -> impl Strategy<Value = Edit> {
    prop_oneof![
        4 => (0..8usize, 0..5usize).prop_map(|(field, answer)| Edit::Set(field, answer)),
        1 => (0..8usize).prop_map(Edit::Clear),
        2 => (0..5u8).prop_map(Edit::AddRow),
        1 => (0..5u8).prop_map(Edit::RemoveRow),
        2 => (0..5u8, 0..5usize).prop_map(|(row, answer)| Edit::SetInRow(row, answer)),
    ]
}

/// A few answers of each kind, invalid ones included.
fn answer_for(kind: Kind, choice: usize) -> Answer {
    let texts: &[&str] = match kind {
        Kind::Integer | Kind::Calculated => &["1", "5", "12a", "", "40"],
        Kind::YesNo => &["yes", "no", "maybe", "yes", ""],
        Kind::Text => &["", "x", "hello", "ab", " "],
        Kind::Multi => {
            let lists: [&[&str]; 5] = [&[], &["a"], &["a", "b"], &["z"], &["b"]];
            return Answer::choices(lists[choice % 5].iter().copied());
        }
    };
    Answer::from(texts[choice % texts.len()])
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn incremental_updates_equal_a_fresh_evaluation(
        specs in proptest::collection::vec(spec(), 2..8),
        edits in proptest::collection::vec(edit(), 1..24),
    ) {
        let (form, _) = Form::compile(definition(&specs));
        // Script checks, after every edit, that the state equals `resume` of its answers.
        let mut script = Script::of(Arc::new(form));
        for edit in edits {
            match edit {
                Edit::Set(field, answer) => {
                    let field = field % specs.len();
                    let _ = script.try_set(&format!("f{field}"), Some(answer_for(specs[field].kind, answer)));
                }
                Edit::Clear(field) => {
                    let _ = script.try_set(&format!("f{}", field % specs.len()), None);
                }
                Edit::AddRow(row) => {
                    let _ = script.try_add_row("rows", &format!("r{row}"));
                }
                Edit::RemoveRow(row) => {
                    let at = script.at("rows");
                    let _ = script.state.remove_row(&at, &RowId(format!("r{row}")));
                    script.assert_consistent();
                }
                Edit::SetInRow(row, answer) => {
                    if script.rows("rows").contains(&format!("r{row}")) {
                        let field = if answer % 2 == 0 { "r_num" } else { "r_big" };
                        let path = format!("rows[r{row}].{field}");
                        let _ = script.try_set(&path, Some(answer_for(Kind::Integer, answer)));
                    }
                }
            }
        }
    }
}

/// Pieces of expressions, valid or not, that random expressions are made of.
const TOKENS: &[&str] = &[
    "a",
    "b",
    "c",
    "rows",
    "x",
    "+",
    "-",
    "*",
    "/",
    "(",
    ")",
    "'yes'",
    "=",
    "<",
    "and",
    "or",
    "not",
    "sum(rows, x)",
    "count(rows)",
    ",",
    "1",
    "2.5",
    ".",
    "@row",
    "@option",
    "today()",
    "if(",
    "coalesce(",
    "contains",
    "'",
    "\"",
    "@",
    "#",
    "age(a)",
    "[",
    "]",
    "in",
    "null",
    "true",
];

fn expression() -> impl Strategy<Value = String> {
    proptest::collection::vec(proptest::sample::select(TOKENS), 0..7)
        .prop_map(|tokens| tokens.join(" "))
}

fn field_type() -> impl Strategy<Value = &'static str> {
    proptest::sample::select(
        &[
            "text",
            "integer",
            "decimal",
            "date",
            "time",
            "datetime",
            "select_one",
            "select_multiple",
            "boolean",
            "yes_no",
            "note",
            "calculated",
            "tally",
            "signature",
            "group",
        ][..],
    )
}

fn random_field(id: &'static str) -> impl Strategy<Value = Json> {
    (
        field_type(),
        expression(),
        expression(),
        expression(),
        expression(),
        any::<bool>(),
    )
        .prop_map(
            move |(kind, relevant, calculate, constraint, filter, required)| {
                json!({"id": id, "type": kind, "relevant": relevant, "calculate": calculate,
                "constraint": {"expression": constraint, "message": "m"}, "choice_filter": filter,
                "required": required, "options": [{"id": "yes", "label": "Y"}],
                "items": [{"id": "yes", "label": "Y"}], "min": 1, "max": "today", "pattern": "[a-"})
            },
        )
}

fn random_answer() -> impl Strategy<Value = Json> {
    prop_oneof![
        Just(Json::Null),
        any::<bool>().prop_map(Json::from),
        (-1e6f64..1e6).prop_map(Json::from),
        proptest::sample::select(
            &[
                "",
                "yes",
                "12a",
                "2024-02-30",
                "14:30",
                "x",
                "2024-01-01T00:00"
            ][..]
        )
        .prop_map(Json::from),
        Just(json!(["yes", "no"])),
        Just(json!([])),
        Just(json!([{"unique_id": "u1", "x": "1"}, {"unique_id": "u1", "x": 2}])),
        Just(json!({"yes": "3", "no": 1})),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn random_definitions_and_answers_never_panic(
        a in random_field("a"),
        b in random_field("b"),
        c in random_field("c"),
        row_field in random_field("x"),
        rows_relevant in expression(),
        answers in proptest::collection::vec(
            (proptest::sample::select(&["a", "b", "c", "rows", "x", "gone"][..]), random_answer()), 0..6),
        edits in proptest::collection::vec((proptest::sample::select(&["a", "b", "c"][..]), random_answer()), 0..4),
    ) {
        let definition = json!({"format": 1, "id": "p", "version": "1", "title": "P", "sections": [
            {"id": "s", "title": "S", "relevant": rows_relevant.clone(), "fields": [a, b, c,
                {"id": "rows", "type": "repeat", "relevant": rows_relevant, "fields": [row_field]}]}]});
        let Ok(definition) = serde_json::from_value::<FormDefinition>(definition) else { return Ok(()) };
        let (form, _) = Form::compile(definition);
        let form = Arc::new(form);
        let answers: serde_json::Map<String, Json> =
            answers.into_iter().map(|(id, answer)| (id.to_string(), answer)).collect();
        let Ok(answers) = serde_json::from_value::<Answers>(Json::Object(answers)) else { return Ok(()) };
        let (mut state, _) = FormState::resume(Arc::clone(&form), answers, env());
        for (id, answer) in edits {
            let Some(key) = form.key_of(None, id) else { continue };
            let answer = serde_json::from_value::<Answer>(answer).ok();
            let _ = state.set_answer(&Instance::top(key), answer);
            let rows = form.key_of(None, "rows").map(Instance::top);
            if let Some(rows) = rows {
                let _ = state.add_row(&rows, RowId::from("n1"));
            }
        }
        let _ = (state.record(), state.completion(), state.problems());
        let (fresh, _) = FormState::resume(Arc::clone(&form), state.answers().clone(), env());
        prop_assert!(fresh == state);
    }
}
