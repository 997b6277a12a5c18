//! A generated definition for benchmarks: sections of 25 fields, each a yes/no gate and 24
//! fields shown only when the gate is "yes" (8 text, 8 integer, 4 select_one, 4 date), a
//! calculated total of the section's integers, and a form-wide count of gates answered "yes".

use serde_json::{Value as Json, json};

/// The definition, as JSON, with `sections` sections of 25 fields (plus one calculated
/// section total each, and the form-wide count in a last section).
pub fn benchmark_definition(sections: usize) -> Json {
    let mut all = Vec::with_capacity(sections + 1);
    for s in 0..sections {
        let gate = format!("gate_{s}");
        let shown = format!("{gate} = 'yes'");
        let mut fields = vec![json!({"id": gate, "type": "yes_no", "label": format!("Section {} applies?", s + 1)})];
        let mut integers = Vec::new();
        for i in 0..24 {
            let (kind, id) = match i {
                0..=7 => ("text", format!("s{s}_text_{i}")),
                8..=15 => ("integer", format!("s{s}_int_{i}")),
                16..=19 => ("select_one", format!("s{s}_choice_{i}")),
                _ => ("date", format!("s{s}_date_{i}")),
            };
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
    let count = (0..sections).map(|s| format!("if(gate_{s} = 'yes', 1, 0)")).collect::<Vec<_>>().join(" + ");
    let count = if count.is_empty() { "0".to_string() } else { count };
    all.push(json!({"id": "summary", "title": "Summary", "fields": [
        {"id": "gates_open", "type": "calculated", "label": "Sections that apply", "calculate": count}
    ]}));
    json!({
        "format": 1,
        "id": "benchmark",
        "version": "1",
        "title": format!("Benchmark: {} fields", sections * 25),
        "layout": "single_page",
        "lookups": {"lookup_level": [
            {"id": "low", "label": "Low"}, {"id": "medium", "label": "Medium"}, {"id": "high", "label": "High"}
        ]},
        "sections": all,
    })
}
