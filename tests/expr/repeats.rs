//! Evaluation of repeat groups: aggregates, row scopes falling back to the form, `@row` in
//! rows, and repeats nested in repeats.

use super::eval::{check, form};
use super::support::{Context, row};

/// Households with members, for repeats nested in repeats.
fn households() -> Context {
    let form = row()
        .set("score", 7.5)
        .rows(
            "households",
            vec![
                row().set("name", "first").rows(
                    "members",
                    vec![row().set("age", 3.0), row().set("age", 10.0)],
                ),
                row()
                    .set("name", "second")
                    .rows("members", vec![row().set("age", 1.0)]),
                row().set("name", "third").rows("members", Vec::new()),
            ],
        )
        .rows(
            "family_members",
            vec![row().set("age", 40.0), row().set("age", 8.0)],
        );
    Context::new(form).nested()
}

#[test]
fn repeat_aggregates() {
    check(
        &form(),
        &[
            ("count(family_members)", "3"),
            ("count(family_members, age < 18)", "1"),
            ("count(family_members, not (age < 18))", "2"),
            ("sum(family_members, age)", "48"),
            ("sum(family_members, age * 2)", "96"),
            ("avg(family_members, age)", "24"),
            ("min(family_members, age)", "8"),
            ("max(family_members, age)", "40"),
            ("max(family_members, relation)", "'uncle'"),
            ("any(family_members, relation = 'mother')", "true"),
            ("any(family_members, relation = 'father')", "false"),
            ("all(family_members, answered(relation))", "true"),
            ("all(family_members, answered(age))", "false"),
            (
                "count(family_members, relation in ['mother', 'uncle'])",
                "2",
            ),
            ("count(empty_repeat)", "0"),
            ("sum(empty_repeat, age)", "0"),
            ("avg(empty_repeat, age)", "null"),
            ("min(empty_repeat, age)", "null"),
            ("max(empty_repeat, age)", "null"),
            ("any(empty_repeat, true)", "false"),
            ("all(empty_repeat, false)", "true"),
            ("count(no_such_repeat)", "0"),
            ("count(age)", "0"),
            ("count(family_members, age > 18) > 0 and age < 18", "true"),
        ],
    );
}

#[test]
fn row_scope_falls_back_to_the_form() {
    check(
        &form(),
        &[
            ("count(family_members, age > score)", "2"),
            ("sum(family_members, score)", "22.5"),
            ("count(family_members, name = 'Fatima')", "1"),
            ("count(family_members, name = 'Amina Yusuf')", "0"),
            ("count(family_members, consent = 'yes')", "3"),
            ("age + sum(family_members, age)", "60"),
        ],
    );
}

#[test]
fn nested_repeats() {
    check(
        &households(),
        &[
            ("sum(households, count(members, age < 5))", "2"),
            ("count(households, count(members) = 0)", "1"),
            ("max(households, max(members, age))", "10"),
            ("sum(households, sum(members, age))", "14"),
            ("count(households, any(members, age < 2))", "1"),
            ("sum(households, count(members, @row = 1))", "2"),
            ("sum(households, @row)", "6"),
            ("sum(households, count(members, age < score))", "2"),
            (
                "count(households, name = 'second' and count(members) = 1)",
                "1",
            ),
            ("count(family_members, age < 18)", "1"),
            ("count(members)", "0"),
        ],
    );
}
