//! Property tests: the parser and the evaluator never panic, whatever they are given, and
//! printing a parsed expression is deterministic.

use caseforms::expr::{self, Type};
use caseforms::value::{Date, DateTime, Time, Value};
use proptest::prelude::*;

use super::support::{Context, Row, Scope, row};

/// Pieces of expressions, glued at random into "token soups".
const FRAGMENTS: &[&str] = &[
    "age",
    "name",
    "x",
    "family_members",
    "members",
    ".",
    "@row",
    "@option",
    "@tags",
    "@bad",
    "1",
    "2.5",
    "0",
    "'a'",
    "\"b\"",
    "'",
    "\"",
    "\\",
    "true",
    "null",
    "(",
    ")",
    "[",
    "]",
    ",",
    "+",
    "-",
    "*",
    "/",
    "mod",
    "%",
    "=",
    "==",
    "!=",
    "<>",
    "<",
    "<=",
    ">",
    ">=",
    "and",
    "or",
    "not",
    "contains",
    "in",
    "if",
    "count",
    "sum",
    "min",
    "max",
    "avg",
    "any",
    "all",
    "coalesce",
    "concat",
    "substr",
    "round",
    "date",
    "time",
    "datetime",
    "'2024-01-31'",
    "'2024-02-30'",
    "'14:30'",
    "today()",
    "age(",
    "add_days",
    "number",
    "text",
    "selected",
    "answered",
    "&&",
    "||",
    "!",
    "#",
    "${",
    "${age}",
    "}",
    "é",
    "日本",
    "AND",
    "Age",
    "_x",
    "1.",
    ".5",
];

fn soup() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(FRAGMENTS), 0..40).prop_map(|pieces| {
        let mut text = String::new();
        for (index, piece) in pieces.iter().enumerate() {
            // Sometimes glue pieces together, to exercise the lexer's edges.
            if index % 3 != 0 {
                text.push(' ');
            }
            text.push_str(piece);
        }
        text
    })
}

/// Syntactically valid expressions, built from the grammar, so that evaluation gets exercised.
fn valid_expression() -> impl Strategy<Value = String> {
    let leaf = prop_oneof![
        Just("age".to_owned()),
        Just("name".to_owned()),
        Just("x".to_owned()),
        Just(".".to_owned()),
        Just("@row".to_owned()),
        Just("@tags".to_owned()),
        Just("null".to_owned()),
        Just("true".to_owned()),
        Just("'a'".to_owned()),
        Just("date('2024-02-29')".to_owned()),
        Just("today()".to_owned()),
        (-1000.0f64..1000.0).prop_map(|number| format!("{}", number.abs())),
    ];
    leaf.prop_recursive(6, 64, 4, |inner| {
        let binary: &'static [&'static str] = &[
            "or", "and", "=", "!=", "<", ">=", "contains", "+", "-", "*", "/", "mod",
        ];
        let unary: &'static [&'static str] = &[
            "length",
            "lower",
            "text",
            "number",
            "round",
            "floor",
            "abs",
            "age",
            "year",
            "answered",
            "count_selected",
            "trim",
        ];
        let pair: &'static [&'static str] = &[
            "coalesce",
            "concat",
            "min",
            "max",
            "years_between",
            "days_between",
            "add_days",
            "starts_with",
            "selected",
            "substr",
            "round",
        ];
        let aggregate: &'static [&'static str] =
            &["count", "sum", "avg", "min", "max", "any", "all"];
        prop_oneof![
            (inner.clone(), prop::sample::select(binary), inner.clone())
                .prop_map(|(left, op, right)| format!("({left} {op} {right})")),
            inner.clone().prop_map(|operand| format!("(not {operand})")),
            inner.clone().prop_map(|operand| format!("(-{operand})")),
            (prop::sample::select(unary), inner.clone())
                .prop_map(|(name, arg)| format!("{name}({arg})")),
            (prop::sample::select(pair), inner.clone(), inner.clone())
                .prop_map(|(name, a, b)| format!("{name}({a}, {b})")),
            (inner.clone(), inner.clone(), inner.clone())
                .prop_map(|(a, b, c)| format!("if({a}, {b}, {c})")),
            (inner.clone(), inner.clone()).prop_map(|(a, b)| format!("({a} in [{b}, 'a', 1])")),
            (
                prop::sample::select(aggregate),
                prop::sample::select(&["family_members", "members", "x"][..]),
                inner
            )
                .prop_map(|(name, repeat, body)| format!("{name}({repeat}, {body})")),
        ]
    })
}

fn value() -> impl Strategy<Value = Value> {
    prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<f64>().prop_map(Value::Number),
        (-1e6f64..1e6).prop_map(Value::Number),
        "[a-z ]{0,6}".prop_map(Value::Text),
        (-800_000i64..3_000_000)
            .prop_filter_map("in range", |days| Date::from_days_since_epoch(days)
                .map(Value::Date)),
        (0u32..86_400).prop_filter_map("in range", |seconds| Time::from_seconds(seconds)
            .map(Value::Time)),
        prop::collection::vec("[a-z]{1,3}", 0..3).prop_map(Value::Choices),
    ]
}

fn fields() -> impl Strategy<Value = Row> {
    (value(), value(), value())
        .prop_map(|(age, name, x)| row().set("age", age).set("name", name).set("x", x))
}

fn context() -> impl Strategy<Value = Context> {
    let member_rows = prop::collection::vec(fields(), 0..3);
    let family = prop::collection::vec((fields(), member_rows), 0..4);
    (fields(), family, value(), value(), any::<bool>()).prop_map(
        |(form, family, this, tags, nested)| {
            let rows = family
                .into_iter()
                .map(|(fields, members)| fields.rows("members", members))
                .collect();
            let context = Context::new(form.rows("family_members", rows))
                .this(this)
                .special("tags", tags);
            if nested { context.nested() } else { context }
        },
    )
}

fn scope() -> Scope {
    let rows = Scope::default()
        .field("age", Type::Number)
        .repeat("members", Scope::default().field("age", Type::Number));
    Scope::default()
        .field("age", Type::Number)
        .field("name", Type::Text)
        .field("x", Type::Date)
        .repeat("family_members", rows)
}

/// Everything that can be done with a parsed expression, none of which may panic.
fn exercise(source: &str, ctx: &Context) {
    let Ok(parsed) = expr::parse(source) else {
        return;
    };
    let printed = parsed.to_string();
    assert_eq!(
        expr::parse(source).map(|again| again.to_string()).ok(),
        Some(printed)
    );
    for reference in parsed.references() {
        assert!(
            source
                .get(reference.span.start..reference.span.end)
                .is_some()
        );
    }
    let _ = expr::check_types(&parsed, &scope());
    let _ = expr::evaluate(&parsed, ctx);
}

proptest! {
    // No regression files: the suite must not write into the repository.
    #![proptest_config(ProptestConfig { cases: 500, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn parse_never_panics_on_any_string(source in "\\PC{0,60}") {
        let _ = expr::parse(&source);
    }

    #[test]
    fn parse_never_panics_on_token_soups(source in soup(), ctx in context()) {
        if let Err(errors) = expr::parse(&source) {
            prop_assert!(!errors.is_empty());
            for error in &errors {
                prop_assert!(error.span.start <= error.span.end && error.span.end <= source.len());
                let _ = error.render(&source);
            }
        }
        exercise(&source, &ctx);
    }

    #[test]
    fn evaluate_never_panics(source in valid_expression(), ctx in context()) {
        prop_assert!(expr::parse(&source).is_ok(), "{} should parse", source);
        exercise(&source, &ctx);
    }
}

#[test]
fn deep_trees_fit_in_a_small_stack() {
    // 1 MiB is the default stack of a wasm32 binary.
    let worker = std::thread::Builder::new().stack_size(1 << 20).spawn(|| {
        let chain = format!("q{}", " + q".repeat(500));
        let nested = format!("{}age{}", "(-".repeat(30), ")".repeat(30));
        let calls = format!("{}1{}", "abs(".repeat(60), ")".repeat(60));
        let aggregates = format!("{}1{}", "sum(family_members, ".repeat(30), ")".repeat(30));
        let ctx = Context::new(
            row()
                .set("q", 1.0)
                .set("age", 2.0)
                .rows("family_members", vec![row()]),
        );
        let mut results = Vec::new();
        for source in [chain, nested, calls, aggregates] {
            let parsed = expr::parse(&source).unwrap_or_else(|errors| panic!("{errors:?}"));
            let _ = parsed.to_string();
            let _ = parsed.references();
            let _ = expr::check_types(&parsed, &scope());
            results.push(expr::evaluate(&parsed, &ctx));
        }
        results
    });
    let results = worker.expect("spawns").join().expect("no stack overflow");
    assert_eq!(
        results,
        vec![
            Value::Number(501.0),
            Value::Number(2.0),
            Value::Number(1.0),
            Value::Number(1.0)
        ]
    );
}

#[test]
fn date_times_in_random_contexts_do_not_panic() {
    let ctx = Context::new(row().set(
        "x",
        Value::DateTime(DateTime::new(
            Date::from_ymd(9999, 12, 31).expect("valid"),
            Time::from_hms(23, 59, 59).expect("valid"),
        )),
    ));
    for source in [
        "add_days(x, 1)",
        "age(x)",
        "years_between(x, date('0000-01-01'))",
        "date(x) > today()",
        "text(x)",
    ] {
        let _ = expr::evaluate(&expr::parse(source).expect("parses"), &ctx);
    }
}
