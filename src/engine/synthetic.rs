//! A generated definition for benchmarks (native, and in the browser through the CLI).
//!
//! Sections of 25 fields: a yes/no gate and 24 fields shown only when the gate is "yes"
//! (8 text, 8 integer, 4 select_one, 4 date), plus a calculated total of the section's
//! integers; a last section holds a form-wide count of the gates answered "yes". A form of
//! 1,000 fields (40 sections) has 1,041 fields and 1,001 expressions.
//!
//! `caseforms synthetic --fields N` writes the same definition for the browser benchmark
//! (tests/bench/).

use serde_json::{Value as Json, json};

use crate::answers::{Answer, Answers};
use crate::definition::{FormDefinition, Layout};

/// The fields of one generated section.
pub const FIELDS_PER_SECTION: usize = 25;

/// The shape of a generated definition.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Shape {
    /// The generated sections of 25 fields (the summary section comes on top).
    pub sections: usize,
    /// Pages, or one long page.
    pub layout: Layout,
    /// Whether every gate defaults to "yes", so that every field is shown from the start.
    pub gates_open: bool,
}

impl Shape {
    /// About `fields` fields (rounded up to whole sections of 25), one page, gates closed.
    pub fn with_fields(fields: usize) -> Shape {
        Shape {
            sections: fields.div_ceil(FIELDS_PER_SECTION),
            layout: Layout::SinglePage,
            gates_open: false,
        }
    }
}

/// The definition of the given shape, as JSON.
pub fn benchmark_definition(shape: Shape) -> Json {
    let sections = shape.sections;
    let mut all = Vec::with_capacity(sections + 1);
    for s in 0..sections {
        let gate = gate_id(s);
        let shown = format!("{gate} = 'yes'");
        let mut gate_field =
            json!({"id": gate, "type": "yes_no", "label": format!("Section {} applies?", s + 1)});
        if shape.gates_open {
            gate_field["default"] = json!("yes");
        }
        let mut fields = vec![gate_field];
        let mut integers = Vec::new();
        for i in 0..FIELDS_PER_SECTION - 1 {
            let (kind, id) = field_at(s, i);
            let mut field = json!({"id": id, "type": kind, "label": format!("Question {} of section {}", i + 1, s + 1), "relevant": shown});
            if kind == "select_one" {
                field["options"] = json!("lookup_level");
            }
            if kind == "integer" {
                integers.push(format!("coalesce({id}, 0)"));
            }
            fields.push(field);
        }
        fields.push(json!({"id": format!("s{s}_total"), "type": "calculated", "label": "Section total", "calculate": integers.join(" + ")}));
        all.push(json!({"id": format!("section_{s}"), "title": format!("Section {}", s + 1), "fields": fields}));
    }
    let count = (0..sections)
        .map(|s| format!("if({} = 'yes', 1, 0)", gate_id(s)))
        .collect::<Vec<_>>()
        .join(" + ");
    let count = if count.is_empty() {
        "0".to_string()
    } else {
        count
    };
    all.push(json!({"id": "summary", "title": "Summary", "fields": [
        {"id": "gates_open", "type": "calculated", "label": "Sections that apply", "calculate": count}
    ]}));
    json!({
        "format": 1,
        "id": "benchmark",
        "version": "1",
        "title": format!("Benchmark: {} fields", sections * FIELDS_PER_SECTION),
        "layout": shape.layout,
        "lookups": {"lookup_level": [
            {"id": "low", "label": "Low"}, {"id": "medium", "label": "Medium"}, {"id": "high", "label": "High"}
        ]},
        "sections": all,
    })
}

/// The generated definition with about `fields` fields (rounded up to whole sections of 25).
pub fn bench_form(fields: usize) -> Result<FormDefinition, serde_json::Error> {
    serde_json::from_value(benchmark_definition(Shape::with_fields(fields)))
}

/// Answers for [`bench_form`]`(fields)`: every gate "yes" and every field answered.
pub fn bench_answers(fields: usize) -> Answers {
    let mut answers = Answers::new();
    for s in 0..fields.div_ceil(FIELDS_PER_SECTION) {
        answers.insert(gate_id(s), Answer::from("yes"));
        for i in 0..FIELDS_PER_SECTION - 1 {
            let (kind, id) = field_at(s, i);
            let answer = match kind {
                "text" => format!("Answer {i}"),
                "integer" => (i + s).to_string(),
                "select_one" => "medium".to_string(),
                _ => format!("2024-01-{:02}", 1 + i % 28),
            };
            answers.insert(id, Answer::Text(answer));
        }
    }
    answers
}

/// The id of section `s`'s gate.
pub fn gate_id(s: usize) -> String {
    format!("gate_{s}")
}

/// The id of the `n`-th integer (0 to 7) of section `s`.
pub fn integer_id(s: usize, n: usize) -> String {
    field_at(s, 8 + n % 8).1
}

/// The type and id of the `i`-th gated field (0 to 23) of section `s`.
fn field_at(s: usize, i: usize) -> (&'static str, String) {
    match i {
        0..=7 => ("text", format!("s{s}_text_{i}")),
        8..=15 => ("integer", format!("s{s}_int_{i}")),
        16..=19 => ("select_one", format!("s{s}_choice_{i}")),
        _ => ("date", format!("s{s}_date_{i}")),
    }
}
