//! Evaluator tests: each input, evaluated in a fixed context, gives a value in the notation of
//! `support::show` (`'text'`, `12`, `null`, `2024-01-31`, `[a b]`).

use caseforms::expr::{self, EvalContext};
use caseforms::value::{Time, Value};

use super::support::{Context, choices, date, date_time, row, run_table, show};

/// A case form on 2024-06-15 at 10:30: a 12-year-old born 2012-06-16 (whose birthday is
/// tomorrow), three family members (one without an age), an empty repeat, a `.` of 42 and the
/// choice-filter variables of an option `urban_site`.
pub(super) fn form() -> Context {
    let form = row()
        .set("age", 12.0)
        .set("score", 7.5)
        .set("weight", 30.0)
        .set("height", 1.4)
        .set("name", "Amina Yusuf")
        .set("nickname", "")
        .set("blank", "   ")
        .set("consent", "yes")
        .set("date_text", "2024-03-05")
        .set("dob", date("2012-06-16"))
        .set("visit_date", date("2024-06-01"))
        .set(
            "visit_time",
            Value::Time(Time::parse_iso("14:30").expect("time")),
        )
        .set("visit_at", Value::DateTime(date_time("2024-06-01T09:15")))
        .set("concerns", choices(&["abuse", "neglect"]))
        .set("no_concerns", choices(&[]))
        .set("registered", true)
        .set("penetration", "no")
        .set("sexual_contact", "yes")
        .set("physical", "yes")
        .rows(
            "family_members",
            vec![
                row()
                    .set("age", 40.0)
                    .set("relation", "mother")
                    .set("name", "Fatima"),
                row()
                    .set("age", 8.0)
                    .set("relation", "brother")
                    .set("name", Value::Null),
                row()
                    .set("age", Value::Null)
                    .set("relation", "uncle")
                    .set("name", Value::Null),
            ],
        )
        .rows("empty_repeat", Vec::new());
    Context::new(form)
        .this(42.0)
        .special("option", "urban_site")
        .special("tags", choices(&["urban", "north"]))
        .special("row", 2.0)
}

fn evaluated(input: &str, ctx: &dyn EvalContext) -> String {
    match expr::parse(input) {
        Ok(parsed) => show(&expr::evaluate(&parsed, ctx)),
        Err(errors) => format!("does not parse: {errors:?}"),
    }
}

pub(super) fn check(ctx: &dyn EvalContext, cases: &[(&str, &str)]) {
    run_table(cases, |input| evaluated(input, ctx));
}

#[test]
fn arithmetic() {
    check(
        &form(),
        &[
            ("1 + 2", "3"),
            ("1 + 2 * 3", "7"),
            ("(1 + 2) * 3", "9"),
            ("10 - 4 - 3", "3"),
            ("7 / 2", "3.5"),
            ("7 mod 3", "1"),
            ("7 % 3", "1"),
            ("-7 mod 3", "-1"),
            ("7 mod 0", "null"),
            ("1 / 0", "null"),
            ("0 / 0", "null"),
            ("-age", "-12"),
            ("- -3", "3"),
            ("1 - -1", "2"),
            ("age * 2", "24"),
            ("score + 0.5", "8"),
            ("2 * 3 + 4 * 5", "26"),
            ("round(weight / (height * height), 1)", "15.3"),
            ("0.1 + 0.2", "0.30000000000000004"),
            ("missing + 1", "null"),
            ("-missing", "null"),
            ("name + 1", "null"),
            ("'a' + 'b'", "null"),
            ("dob + 1", "null"),
        ],
    );
}

#[test]
fn comparisons() {
    check(
        &form(),
        &[
            ("age < 18", "true"),
            ("age = 12", "true"),
            ("age == 12", "true"),
            ("age != 12", "false"),
            ("age <> 13", "true"),
            ("age >= 12", "true"),
            ("age > 12", "false"),
            ("age <= 11", "false"),
            ("name = 'Amina Yusuf'", "true"),
            ("name = 'amina yusuf'", "false"),
            ("'apple' < 'banana'", "true"),
            ("'Zebra' < 'apple'", "true"),
            ("age = '12'", "false"),
            ("age != '12'", "false"),
            ("registered = true", "true"),
            ("registered != false", "true"),
            ("true = 1", "false"),
            ("dob < date('2013-01-01')", "true"),
            ("visit_date = date('2024-06-01')", "true"),
            ("visit_date > today()", "false"),
            ("visit_time < time('15:00')", "true"),
            ("visit_time = time('14:30:00')", "true"),
            ("visit_at < datetime('2024-06-01T09:16')", "true"),
            ("visit_date = '2024-06-01'", "false"),
            ("visit_date < visit_at", "false"),
            ("concerns = concerns", "true"),
            ("concerns = no_concerns", "false"),
            ("nickname = ''", "true"),
        ],
    );
}

#[test]
fn null_rules() {
    check(
        &form(),
        &[
            ("missing = 1", "false"),
            ("missing != 1", "false"),
            ("missing = null", "false"),
            ("null = null", "false"),
            ("null != null", "false"),
            ("missing < 1", "false"),
            ("missing >= 1", "false"),
            ("not missing", "true"),
            ("not (missing = 1)", "true"),
            ("not missing = 1", "true"),
            ("missing and true", "false"),
            ("missing or true", "true"),
            ("null or null", "false"),
            ("missing contains 'a'", "false"),
            ("missing in ['a']", "false"),
            ("round(missing)", "null"),
            ("length(missing)", "null"),
            ("if(missing, 'yes', 'no')", "'no'"),
        ],
    );
}

#[test]
fn logic() {
    check(
        &form(),
        &[
            ("true and false", "false"),
            ("true or false", "true"),
            ("not true", "false"),
            ("not not true", "true"),
            ("not (age > 18)", "true"),
            ("age > 10 and age < 15", "true"),
            ("age < 10 or age > 11", "true"),
            ("age and true", "false"),
            ("not name", "true"),
            ("false and 1 / 0 = 1", "false"),
            ("true or missing", "true"),
        ],
    );
}

#[test]
fn contains_and_in() {
    check(
        &form(),
        &[
            ("concerns contains 'abuse'", "true"),
            ("concerns contains 'trafficking'", "false"),
            ("no_concerns contains 'abuse'", "false"),
            ("name contains 'Yusuf'", "true"),
            ("name contains 'yusuf'", "false"),
            ("name contains ''", "true"),
            ("concerns contains 1", "false"),
            ("consent in ['yes', 'maybe']", "true"),
            ("consent in ['no']", "false"),
            ("consent in []", "false"),
            ("age in [10, 12, 14]", "true"),
            ("age in ['12']", "false"),
            ("age in [10 + 2]", "true"),
            ("'abuse' in concerns", "true"),
            ("'other' in concerns", "false"),
            ("not consent in ['no']", "true"),
            ("age < 18 and concerns contains 'abuse'", "true"),
        ],
    );
}

#[test]
fn conditionals() {
    check(
        &form(),
        &[
            ("if(age < 18, 'child', 'adult')", "'child'"),
            ("if(missing > 3, 'a', 'b')", "'b'"),
            ("if(true, 1, 1 / 0)", "1"),
            ("if(false, 1, missing)", "null"),
            (
                "if(penetration = 'yes', 'rape', if(sexual_contact = 'yes', 'sexual_assault', if(physical = 'yes', 'physical_assault', 'other')))",
                "'sexual_assault'",
            ),
            ("coalesce(missing, age)", "12"),
            ("coalesce(nickname, name)", "'Amina Yusuf'"),
            ("coalesce(missing, missing)", "null"),
            ("coalesce(no_concerns, 'none')", "'none'"),
            ("coalesce(0, 5)", "0"),
            ("answered(age)", "true"),
            ("answered(missing)", "false"),
            ("answered(nickname)", "false"),
            ("answered(blank)", "false"),
            ("answered(no_concerns)", "false"),
            ("answered(concerns)", "true"),
            ("answered(0)", "true"),
            ("answered(false)", "true"),
            ("not answered(missing)", "true"),
        ],
    );
}

#[test]
fn text_functions() {
    check(
        &form(),
        &[
            ("length(name)", "11"),
            ("length('日本')", "2"),
            ("length('')", "0"),
            ("lower(name)", "'amina yusuf'"),
            ("upper('abc')", "'ABC'"),
            ("trim('  a b  ')", "'a b'"),
            ("concat(name, ' (', age, ')')", "'Amina Yusuf (12)'"),
            ("concat('a', missing, 'b')", "'ab'"),
            ("concat(concerns)", "'abuse neglect'"),
            ("concat(dob, ' ', visit_time)", "'2012-06-16 14:30'"),
            ("concat(score, registered)", "'7.5true'"),
            ("starts_with(name, 'Am')", "true"),
            ("ends_with(name, 'suf')", "true"),
            ("starts_with(name, 'am')", "false"),
            ("starts_with(missing, 'a')", "false"),
            ("substr(name, 1, 5)", "'Amina'"),
            ("substr(name, 7)", "'Yusuf'"),
            ("substr(name, 0, 2)", "'Am'"),
            ("substr(name, 20)", "''"),
            ("substr(name, 3, -1)", "''"),
            ("substr('日本語', 2, 1)", "'本'"),
            ("substr(missing, 1)", "null"),
            ("text(age)", "'12'"),
            ("text(3.5)", "'3.5'"),
            ("text(missing)", "null"),
            ("text(registered)", "'true'"),
            ("text(visit_date)", "'2024-06-01'"),
            ("text(concerns)", "'abuse neglect'"),
            ("number('42')", "42"),
            ("number(' -3.5 ')", "-3.5"),
            ("number('abc')", "null"),
            ("number('1e5')", "null"),
            ("number('')", "null"),
            ("number('12.')", "null"),
            ("number('inf')", "null"),
            ("number(age)", "12"),
        ],
    );
}

#[test]
fn number_functions() {
    check(
        &form(),
        &[
            ("round(2.5)", "3"),
            ("round(-2.5)", "-3"),
            ("round(2.4)", "2"),
            ("round(2.567, 2)", "2.57"),
            ("round(1234, -2)", "1200"),
            ("round(2.5, 1000)", "2.5"),
            ("floor(2.7)", "2"),
            ("floor(-2.5)", "-3"),
            ("ceil(2.1)", "3"),
            ("abs(-4)", "4"),
            ("int(-2.7)", "-2"),
            ("int(2.7)", "2"),
            ("min(3, 1, 2)", "1"),
            ("max(3, 1, 2)", "3"),
            ("max(5)", "5"),
            ("min(age, 10)", "10"),
            ("max(age, missing)", "null"),
            ("min('b', 'a')", "'a'"),
            ("max(dob, visit_date)", "2024-06-01"),
            ("min(1, 'a')", "null"),
            ("floor(name)", "null"),
        ],
    );
}

#[test]
fn dates() {
    check(
        &form(),
        &[
            ("today()", "2024-06-15"),
            ("now()", "2024-06-15T10:30"),
            ("age(dob)", "11"),
            ("age(date('2012-06-15'))", "12"),
            ("age(date('2012-06-14'))", "12"),
            ("age(missing)", "null"),
            ("age(name)", "null"),
            ("years_between(date('2008-02-29'), date('2009-02-28'))", "0"),
            ("years_between(date('2008-02-29'), date('2009-03-01'))", "1"),
            ("years_between(date('2008-02-29'), date('2012-02-29'))", "4"),
            (
                "years_between(date('2020-01-01'), date('2010-01-01'))",
                "-10",
            ),
            ("days_between(date('2024-02-28'), date('2024-03-01'))", "2"),
            ("days_between(date('2023-02-28'), date('2023-03-01'))", "1"),
            ("days_between(visit_date, today())", "14"),
            ("days_between(visit_at, today())", "14"),
            ("days_between(today(), visit_date)", "-14"),
            ("add_days(date('2024-02-28'), 1)", "2024-02-29"),
            ("add_days(date('2024-12-31'), 1)", "2025-01-01"),
            ("add_days(date('2024-03-01'), -1)", "2024-02-29"),
            ("add_days(visit_at, 1)", "2024-06-02T09:15"),
            ("add_days(dob, 1.9)", "2012-06-17"),
            ("add_days(missing, 1)", "null"),
            ("add_days(date('9999-12-31'), 1)", "null"),
            ("add_days(today(), 1000000000000000000000)", "null"),
            ("year(dob)", "2012"),
            ("month(dob)", "6"),
            ("day(dob)", "16"),
            ("year(visit_at)", "2024"),
            ("date('2024-01-31')", "2024-01-31"),
            ("date(date_text)", "2024-03-05"),
            ("date(name)", "null"),
            ("date(visit_at)", "2024-06-01"),
            ("time(visit_at)", "09:15"),
            ("time('07:05:09')", "07:05:09"),
            ("datetime(visit_date)", "2024-06-01T00:00"),
            (
                "age(dob) < 18 and days_between(visit_date, today()) <= 30",
                "true",
            ),
        ],
    );
}

#[test]
fn multiple_choices() {
    check(
        &form(),
        &[
            ("selected(concerns, 'neglect')", "true"),
            ("selected(concerns, 'other')", "false"),
            ("selected(consent, 'yes')", "true"),
            ("selected(consent, 'no')", "false"),
            ("selected(missing, 'yes')", "false"),
            ("count_selected(concerns)", "2"),
            ("count_selected(no_concerns)", "0"),
            ("count_selected(missing)", "0"),
            ("count_selected(name)", "null"),
        ],
    );
}

#[test]
fn this_and_context_variables() {
    check(
        &form(),
        &[
            (".", "42"),
            (". > 40", "true"),
            (". + 1", "43"),
            ("@option", "'urban_site'"),
            ("@tags contains 'urban'", "true"),
            ("@tags contains 'south'", "false"),
            ("@row", "2"),
            ("@row = 2", "true"),
            ("starts_with(@option, 'urban')", "true"),
            ("@option in ['urban_site', 'rural_site']", "true"),
            ("count(family_members, @row > 1)", "2"),
            ("sum(family_members, @row)", "6"),
            ("count(family_members, age > .)", "0"),
        ],
    );
    let bare = Context::new(row());
    check(
        &bare,
        &[
            (".", "null"),
            ("@option", "null"),
            ("@row", "null"),
            (". > 0", "false"),
        ],
    );
}

#[test]
fn values_display_for_people() {
    let cases: [(Value, &str); 8] = [
        (Value::Null, ""),
        (Value::Bool(true), "true"),
        (Value::Number(3.0), "3"),
        (Value::Number(-0.0), "0"),
        (Value::Number(2.5), "2.5"),
        (Value::Text("hi".into()), "hi"),
        (Value::Date(date("2024-01-31")), "2024-01-31"),
        (choices(&["a", "b"]), "a b"),
    ];
    for (value, expected) in cases {
        assert_eq!(value.to_string(), expected);
    }
}

#[test]
fn answered_and_null_are_different() {
    let empty = Value::Text(String::new());
    assert!(!empty.is_null());
    assert!(!empty.is_answered());
    assert!(Value::Null.is_null());
    assert!(!choices(&[]).is_answered());
    assert!(Value::Number(0.0).is_answered());
}
