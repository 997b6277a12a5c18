//! Keeps `docs/expressions.md` and the code in sync: the function table lists exactly the
//! functions of `expr::functions()` with their signatures, every `` `expr` → `result` ``
//! example evaluates to its result, and every message in the type-check table is the one given.

use caseforms::expr::{self, Type};
use caseforms::value::{Time, Value};

use super::support::{Context, Scope, choices, date, row, show};

const DOC: &str = include_str!("../../docs/expressions.md");

/// The answers the page's examples assume (listed at the top of the page).
fn answers() -> Context {
    let form = row()
        .set("age", 12.0)
        .set("name", "Amina Yusuf")
        .set("nickname", "")
        .set("score", 7.5)
        .set("consent", "yes")
        .set("date_of_birth", date("2012-06-16"))
        .set("visit_date", date("2024-06-01"))
        .set(
            "visit_time",
            Value::Time(Time::parse_iso("14:30").expect("time")),
        )
        .set("concerns", choices(&["abuse", "neglect"]))
        .set("weight_text", "42.5")
        .rows(
            "family_members",
            vec![
                row().set("age", 40.0).set("relation", "mother"),
                row().set("age", 8.0).set("relation", "brother"),
                row().set("age", Value::Null).set("relation", "uncle"),
            ],
        )
        .rows("empty_group", Vec::new());
    Context::new(form)
}

fn scope() -> Scope {
    let member = || {
        Scope::default()
            .field("age", Type::Number)
            .field("relation", Type::Text)
    };
    Scope::default()
        .field("age", Type::Number)
        .field("name", Type::Text)
        .field("nickname", Type::Text)
        .field("score", Type::Number)
        .field("consent", Type::Text)
        .field("date_of_birth", Type::Date)
        .field("visit_date", Type::Date)
        .field("visit_time", Type::Time)
        .field("concerns", Type::Choices)
        .field("weight_text", Type::Text)
        .repeat("family_members", member())
        .repeat("empty_group", member())
}

/// The lines of the section headed `## {title}`.
fn section(title: &str) -> Vec<&'static str> {
    let heading = format!("## {title}");
    DOC.lines()
        .skip_while(|line| *line != heading)
        .skip(1)
        .take_while(|line| !line.starts_with("## "))
        .collect()
}

/// The cells of a table row, without the header and separator rows.
fn table_rows(lines: &[&'static str]) -> Vec<Vec<&'static str>> {
    lines
        .iter()
        .filter(|line| line.starts_with("| `"))
        .map(|line| line.trim_matches('|').split(" | ").map(str::trim).collect())
        .collect()
}

/// Every `` `expression` → `result` `` pair in a line.
fn examples(line: &str) -> Vec<(&str, &str)> {
    let mut found = Vec::new();
    let mut rest = line;
    while let Some(arrow) = rest.find("` → `") {
        let before = &rest[..arrow];
        let after = &rest[arrow + "` → `".len()..];
        let (Some(start), Some(end)) = (before.rfind('`'), after.find('`')) else {
            break;
        };
        found.push((&before[start + 1..], &after[..end]));
        rest = &after[end + 1..];
    }
    found
}

#[test]
fn the_function_table_lists_every_function_with_its_signature() {
    let rows = table_rows(&section("Functions"));
    let documented: Vec<&str> = rows
        .iter()
        .map(|cells| cells[0].trim_matches('`'))
        .collect();
    let known: Vec<&str> = expr::functions()
        .iter()
        .map(|info| info.signature)
        .collect();
    assert_eq!(
        documented, known,
        "the table must follow functions(), in order, with the same signatures"
    );
    for info in expr::functions() {
        assert!(
            DOC.contains(&format!("`{}(", info.name)),
            "{} is not documented",
            info.name
        );
    }
    for cells in &rows {
        assert_eq!(cells.len(), 3, "{cells:?}");
        assert!(
            !examples(cells[2]).is_empty(),
            "{} has no example",
            cells[0]
        );
    }
}

#[test]
fn every_example_gives_its_result() {
    let ctx = answers();
    let mut count = 0;
    let mut failures = Vec::new();
    for line in DOC.lines() {
        for (source, expected) in examples(line) {
            count += 1;
            let got = match expr::parse(source) {
                Ok(parsed) => show(&expr::evaluate(&parsed, &ctx)),
                Err(errors) => format!("does not parse: {errors:?}"),
            };
            if got != expected {
                failures.push(format!("{source}: documented {expected}, got {got}"));
            }
        }
    }
    assert!(count >= 60, "only {count} examples found");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn every_example_passes_the_type_check() {
    // The null rules show on purpose what happens to mistakes the type check reports.
    let null_rules = section("Null rules: unanswered questions");
    let scope = scope();
    for line in DOC.lines().filter(|line| !null_rules.contains(line)) {
        for (source, _) in examples(line) {
            let parsed =
                expr::parse(source).unwrap_or_else(|errors| panic!("{source}: {errors:?}"));
            let (_, errors) = expr::check_types(&parsed, &scope);
            assert!(errors.is_empty(), "{source}: {errors:?}");
        }
    }
}

#[test]
fn the_type_check_table_shows_the_real_messages() {
    let rows = table_rows(&section("Type check"));
    assert!(rows.len() >= 5);
    for cells in rows {
        let source = cells[0].trim_matches('`');
        let parsed = expr::parse(source).unwrap_or_else(|errors| panic!("{source}: {errors:?}"));
        let (_, errors) = expr::check_types(&parsed, &scope());
        let messages: Vec<String> = errors.iter().map(ToString::to_string).collect();
        assert_eq!(messages, vec![cells[1].to_owned()], "{source}");
    }
}
