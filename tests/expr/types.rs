//! Type checker tests: each input gives its result type, or its problems as `column: message`.

use caseforms::expr::{self, Type};

use super::support::{Scope, run_table};

/// The scope of a small case form: one field of every type, and a repeat group.
fn scope() -> Scope {
    Scope::default()
        .field("age", Type::Number)
        .field("score", Type::Number)
        .field("name", Type::Text)
        .field("consent", Type::Text)
        .field("dob", Type::Date)
        .field("visit_time", Type::Time)
        .field("visit_at", Type::DateTime)
        .field("concerns", Type::Choices)
        .field("registered", Type::Bool)
        .repeat(
            "family_members",
            Scope::default()
                .field("age", Type::Number)
                .field("relation", Type::Text)
                .field("member_dob", Type::Date)
                .repeat("children", Scope::default().field("age", Type::Number)),
        )
        .this(Type::Number)
}

fn checked(input: &str) -> String {
    let parsed = match expr::parse(input) {
        Ok(parsed) => parsed,
        Err(errors) => return format!("does not parse: {errors:?}"),
    };
    let (result, errors) = expr::check_types(&parsed, &scope());
    if errors.is_empty() {
        return result.to_string();
    }
    errors
        .iter()
        .map(|error| format!("{}: {error}", error.span.column(input)))
        .collect::<Vec<_>>()
        .join("\n")
}

fn check(cases: &[(&str, &str)]) {
    run_table(cases, checked);
}

#[test]
fn result_types() {
    check(&[
        ("age < 18", "bool"),
        ("age + 1", "number"),
        ("name", "text"),
        ("null", "any"),
        ("dob", "date"),
        ("visit_time", "time"),
        ("visit_at", "datetime"),
        ("concerns", "choices"),
        ("concat(name, age)", "text"),
        ("if(age < 18, 'child', 'adult')", "text"),
        ("if(age < 18, 'child', null)", "text"),
        ("if(age < 18, null, 3)", "number"),
        ("coalesce(age, score, 0)", "number"),
        ("dob < date('2024-01-01')", "bool"),
        ("concerns contains 'abuse'", "bool"),
        ("name contains 'a'", "bool"),
        ("'x' in concerns", "bool"),
        ("consent in ['yes', 'no']", "bool"),
        ("sum(family_members, age)", "number"),
        ("count(family_members)", "number"),
        ("count(family_members, relation = 'mother')", "number"),
        ("any(family_members, relation = 'mother')", "bool"),
        ("all(family_members, age > score)", "bool"),
        ("min(family_members, member_dob)", "date"),
        ("max(family_members, relation)", "text"),
        ("min(age, score)", "number"),
        ("max(dob, date('2024-01-01'))", "date"),
        ("sum(family_members, count(children, age < 5))", "number"),
        (
            "sum(family_members, count(children, relation = 'x'))",
            "number",
        ),
        ("age(dob) >= 18", "bool"),
        ("age(visit_at)", "number"),
        ("add_days(dob, 7)", "date"),
        ("add_days(visit_at, 1)", "datetime"),
        ("today()", "date"),
        ("now()", "datetime"),
        ("selected(concerns, 'abuse')", "bool"),
        ("selected(consent, 'yes')", "bool"),
        ("count_selected(concerns)", "number"),
        ("visit_time < time('12:00')", "bool"),
        (". > 3", "bool"),
        (". + 1", "number"),
        ("@tags contains 'x'", "bool"),
        ("@row + 1", "number"),
        ("@option = 'a'", "bool"),
        ("number(name)", "number"),
        ("text(dob)", "text"),
        ("date(name)", "date"),
        ("answered(age) and not answered(name)", "bool"),
        ("substr(name, 1, 3)", "text"),
        ("round(score / 3, 1)", "number"),
        (
            "if(consent = 'yes', 'rape', if(name = 'x', 'sexual_assault', if(age > 3, 'physical_assault', 'other')))",
            "text",
        ),
    ]);
}

#[test]
fn unknown_fields_with_suggestions() {
    check(&[
        ("agee < 18", "1: unknown field 'agee'; did you mean 'age'?"),
        (
            "nmae = 'x'",
            "1: unknown field 'nmae'; did you mean 'name'?",
        ),
        ("xyz = 1", "1: unknown field 'xyz'"),
        (
            "count(family_memebrs)",
            "7: unknown field 'family_memebrs'; did you mean 'family_members'?",
        ),
        (
            "count(family_members, agee > 3)",
            "23: unknown field 'agee'; did you mean 'age'?",
        ),
        (
            "count(family_members, relatoin = 'x')",
            "23: unknown field 'relatoin'; did you mean 'relation'?",
        ),
        ("relation = 'x'", "1: unknown field 'relation'"),
        (
            "missing_field + agee",
            "1: unknown field 'missing_field'\n17: unknown field 'agee'; did you mean 'age'?",
        ),
    ]);
}

#[test]
fn mismatched_types() {
    check(&[
        (
            "dob < '2024-01-01'",
            "1: cannot compare a date with a text using '<'; write a date as date('2024-01-31')",
        ),
        (
            "dob = '2024-01-01'",
            "1: cannot compare a date with a text using '='; write a date as date('2024-01-31')",
        ),
        (
            "name + 1",
            "1: '+' needs numbers, but got a text; use concat() to join texts",
        ),
        (
            "today() - dob",
            "1: '-' needs numbers, but got a date; use add_days() or days_between() for dates\n11: '-' needs numbers, but got a date; use add_days() or days_between() for dates",
        ),
        (
            "concerns = 'abuse'",
            "1: cannot compare a list of selected choices with a text using '='; use 'contains' to test one choice of a multiple choice, e.g. concerns contains 'abuse'",
        ),
        (
            "age contains 'a'",
            "1: 'contains' needs a text or a multiple choice on its left, but got a number",
        ),
        (
            "concerns contains 1",
            "19: 'contains' needs a text on its right, but got a number",
        ),
        (
            "age and registered",
            "1: 'and' needs true/false values, but got a number",
        ),
        (
            "consent or registered",
            "1: 'or' needs true/false values, but got a text; compare it with a value, e.g. consent = 'yes'",
        ),
        (
            "not concerns",
            "5: 'not' needs true/false values, but got a list of selected choices; test a choice with 'contains', e.g. concerns contains 'abuse'",
        ),
        ("-name", "2: '-' needs numbers, but got a text"),
        (
            "visit_time < '12:00'",
            "1: cannot compare a time with a text using '<'; write a time as time('14:30')",
        ),
        (
            "visit_at < dob",
            "1: cannot compare a date and time with a date using '<'",
        ),
        (
            "age = '12'",
            "1: cannot compare a number with a text using '='; write numbers without quotes, or convert with number()",
        ),
        (
            "registered < true",
            "1: '<' needs numbers, texts, dates or times, but got a true/false value\n14: '<' needs numbers, texts, dates or times, but got a true/false value",
        ),
        (
            "age in concerns",
            "1: cannot compare a number with a list of selected choices using 'in'",
        ),
        (
            "age in ['1', 2]",
            "9: cannot compare a number with a text using 'in'; write numbers without quotes, or convert with number()",
        ),
        (
            "consent in name",
            "12: 'in' needs a list [...] or a multiple choice on its right, but got a text",
        ),
        (
            ". + 'a'",
            "5: '+' needs numbers, but got a text; use concat() to join texts",
        ),
    ]);
}

#[test]
fn wrong_argument_types() {
    check(&[
        (
            "if(age < 18, 'child', 1)",
            "23: the values of 'if' must have one type, but one is a text and another is a number",
        ),
        (
            "if(consent, 1, 2)",
            "4: argument 1 of 'if' must be a true/false value, but it is a text",
        ),
        (
            "coalesce(age, name)",
            "15: the values of 'coalesce' must have one type, but one is a number and another is a text",
        ),
        (
            "min(age, name)",
            "10: the values of 'min' must have one type, but one is a number and another is a text",
        ),
        (
            "max(concerns, 1)",
            "5: argument 1 of 'max' must be a number, a text, a date or a time, but it is a list of selected choices",
        ),
        (
            "length(age)",
            "8: argument 1 of 'length' must be a text, but it is a number",
        ),
        (
            "round(name)",
            "7: argument 1 of 'round' must be a number, but it is a text",
        ),
        (
            "round(age, '1')",
            "12: argument 2 of 'round' must be a number, but it is a text",
        ),
        (
            "age(name)",
            "5: argument 1 of 'age' must be a date, but it is a text",
        ),
        (
            "add_days(dob, '7')",
            "15: argument 2 of 'add_days' must be a number, but it is a text",
        ),
        (
            "selected(concerns, 1)",
            "20: argument 2 of 'selected' must be a choice name (a text), but it is a number",
        ),
        (
            "count_selected(name)",
            "16: argument 1 of 'count_selected' must be a multiple choice, but it is a text",
        ),
        (
            "number(dob)",
            "8: argument 1 of 'number' must be a text or a number, but it is a date",
        ),
        (
            "date(age)",
            "6: argument 1 of 'date' must be a text or a date, but it is a number",
        ),
        (
            "starts_with(name, age)",
            "19: argument 2 of 'starts_with' must be a text, but it is a number",
        ),
        (
            "years_between(dob, 2024)",
            "20: argument 2 of 'years_between' must be a date, but it is a number",
        ),
    ]);
}

#[test]
fn repeat_groups_only_in_aggregates() {
    check(&[
        (
            "sum(age, 1)",
            "5: the first argument of 'sum' must be a repeat group, but 'age' is a number",
        ),
        (
            "count(name)",
            "7: the first argument of 'count' must be a repeat group, but 'name' is a text",
        ),
        (
            "family_members > 1",
            "1: 'family_members' is a repeat group, not a value; use it in an aggregate, e.g. count(family_members)",
        ),
        (
            "answered(family_members)",
            "10: 'family_members' is a repeat group, not a value; use it in an aggregate, e.g. count(family_members)",
        ),
        (
            "sum(family_members, relation)",
            "21: argument 2 of 'sum' must be a number, but it is a text",
        ),
        (
            "count(family_members, relation)",
            "23: argument 2 of 'count' must be a true/false value, but it is a text",
        ),
        (
            "any(family_members, age + 1)",
            "21: argument 2 of 'any' must be a true/false value, but it is a number",
        ),
        (
            "max(family_members, concerns)",
            "21: argument 2 of 'max' must be a number, a text, a date or a time, but it is a list of selected choices",
        ),
        ("count(children)", "7: unknown field 'children'"),
        (
            "sum(family_members, count(children)) + count(family_members, count(children, relation = 1) > 0)",
            "78: cannot compare a text with a number using '='; write numbers without quotes, or convert with number()",
        ),
    ]);
}
