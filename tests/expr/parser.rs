//! Parser tests: each input gives its S-expression, or its errors as `column: message`.

use caseforms::expr::{self, Span};

use super::support::run_table;

/// The S-expression of `input`, or each error as `column: message` on its own line.
pub(super) fn parsed(input: &str) -> String {
    match expr::parse(input) {
        Ok(parsed) => parsed.to_string(),
        Err(errors) => errors
            .iter()
            .map(|error| format!("{}: {error}", error.span.column(input)))
            .collect::<Vec<_>>()
            .join("\n"),
    }
}

pub(super) fn check(cases: &[(&str, &str)]) {
    run_table(cases, parsed);
}

#[test]
fn parses_to_s_expressions() {
    check(&[
        ("1", "1"),
        ("12", "12"),
        ("3.5", "3.5"),
        ("0.25", "0.25"),
        (".5", "0.5"),
        ("007", "7"),
        ("'text'", "\"text\""),
        ("\"text\"", "\"text\""),
        ("'it\\'s'", "\"it's\""),
        ("\"say \\\"hi\\\"\"", "\"say \\\"hi\\\"\""),
        ("'back\\\\slash'", "\"back\\\\slash\""),
        ("''", "\"\""),
        ("'é ü 日本'", "\"é ü 日本\""),
        ("true", "true"),
        ("false", "false"),
        ("null", "null"),
        ("TRUE", "true"),
        ("False", "false"),
        ("NULL", "null"),
        ("age", "age"),
        ("family_members", "family_members"),
        ("x1_b", "x1_b"),
        (".", "."),
        ("@option", "@option"),
        ("@tags", "@tags"),
        ("@row", "@row"),
        ("${age}", "age"),
        ("1 + 2", "(+ 1 2)"),
        ("1 + 2 * 3", "(+ 1 (* 2 3))"),
        ("(1 + 2) * 3", "(* (+ 1 2) 3)"),
        ("1 - 2 - 3", "(- (- 1 2) 3)"),
        ("1 - (2 - 3)", "(- 1 (- 2 3))"),
        ("8 / 4 / 2", "(/ (/ 8 4) 2)"),
        ("7 mod 3", "(mod 7 3)"),
        ("7 % 3", "(mod 7 3)"),
        ("7 MOD 3", "(mod 7 3)"),
        ("2 * 3 + 4 * 5", "(+ (* 2 3) (* 4 5))"),
        ("-1", "(- 1)"),
        ("-x", "(- x)"),
        ("- -x", "(- (- x))"),
        ("-2 * 3", "(* (- 2) 3)"),
        ("-(2 * 3)", "(- (* 2 3))"),
        ("1 - -1", "(- 1 (- 1))"),
        ("a = b", "(= a b)"),
        ("a == b", "(= a b)"),
        ("a != b", "(!= a b)"),
        ("a <> b", "(!= a b)"),
        ("a < b", "(< a b)"),
        ("a <= b", "(<= a b)"),
        ("a > b", "(> a b)"),
        ("a >= b", "(>= a b)"),
        ("a + 1 < b * 2", "(< (+ a 1) (* b 2))"),
        ("a and b", "(and a b)"),
        ("a or b", "(or a b)"),
        ("a and b or c", "(or (and a b) c)"),
        ("a or b and c", "(or a (and b c))"),
        ("(a or b) and c", "(and (or a b) c)"),
        ("not a", "(not a)"),
        ("not a and b", "(and (not a) b)"),
        ("not (a and b)", "(not (and a b))"),
        ("a and not b", "(and a (not b))"),
        ("not a = 1", "(not (= a 1))"),
        ("not not a", "(not (not a))"),
        ("a AND b OR c", "(or (and a b) c)"),
        ("a Or b", "(or a b)"),
        ("x contains 'a'", "(contains x \"a\")"),
        ("x CONTAINS 'a'", "(contains x \"a\")"),
        ("x in ['a', 'b']", "(in x (list \"a\" \"b\"))"),
        ("x in ['a']", "(in x (list \"a\"))"),
        ("x in []", "(in x (list))"),
        ("x in [1, 2 + 3]", "(in x (list 1 (+ 2 3)))"),
        ("x IN ['a']", "(in x (list \"a\"))"),
        ("x in choices_field", "(in x choices_field)"),
        ("not x in ['a']", "(not (in x (list \"a\")))"),
        (
            "a = 1 and b in ['x', 'y']",
            "(and (= a 1) (in b (list \"x\" \"y\")))",
        ),
        (
            "age < 18 and protection_concerns contains 'trafficked_smuggled'",
            "(and (< age 18) (contains protection_concerns \"trafficked_smuggled\"))",
        ),
        ("today()", "(today)"),
        ("age(dob)", "(age dob)"),
        ("if(a, 1, 2)", "(if a 1 2)"),
        (
            "if(penetration = 'yes', 'rape', if(sexual_contact = 'yes', 'sexual_assault', if(physical = 'yes', 'physical_assault', 'other')))",
            "(if (= penetration \"yes\") \"rape\" (if (= sexual_contact \"yes\") \"sexual_assault\" (if (= physical \"yes\") \"physical_assault\" \"other\")))",
        ),
        ("coalesce(a, b, 0)", "(coalesce a b 0)"),
        (
            "concat(first_name, ' ', last_name)",
            "(concat first_name \" \" last_name)",
        ),
        ("round(bmi, 1)", "(round bmi 1)"),
        ("round(x)", "(round x)"),
        ("substr(name, 1, 3)", "(substr name 1 3)"),
        ("count(family_members)", "(count family_members)"),
        (
            "count(family_members, age < 18)",
            "(count family_members (< age 18))",
        ),
        (
            "sum(family_members, age * 2)",
            "(sum family_members (* age 2))",
        ),
        ("avg(family_members, age)", "(avg family_members age)"),
        ("min(family_members, age)", "(min family_members age)"),
        ("max(1, 2, 3)", "(max 1 2 3)"),
        (
            "any(family_members, relation = 'mother')",
            "(any family_members (= relation \"mother\"))",
        ),
        (
            "all(family_members, answered(age))",
            "(all family_members (answered age))",
        ),
        (
            "sum(households, count(members, age < 5))",
            "(sum households (count members (< age 5)))",
        ),
        ("date('2024-01-31')", "(date \"2024-01-31\")"),
        ("date('2024-02-29')", "(date \"2024-02-29\")"),
        ("time('14:30')", "(time \"14:30\")"),
        ("time('23:59:59')", "(time \"23:59:59\")"),
        (
            "datetime('2024-01-31T14:30')",
            "(datetime \"2024-01-31T14:30\")",
        ),
        ("date(dob_text)", "(date dob_text)"),
        ("dob < date('2024-01-31')", "(< dob (date \"2024-01-31\"))"),
        (
            "days_between(date('2024-01-01'), today()) > 30",
            "(> (days_between (date \"2024-01-01\") (today)) 30)",
        ),
        (
            "selected(concerns, 'abuse')",
            "(selected concerns \"abuse\")",
        ),
        (
            "count_selected(concerns) >= 2",
            "(>= (count_selected concerns) 2)",
        ),
        (". >= 0 and . <= 120", "(and (>= . 0) (<= . 120))"),
        ("@tags contains 'urban'", "(contains @tags \"urban\")"),
        ("@option in ['a', 'b']", "(in @option (list \"a\" \"b\"))"),
        ("@row = 1", "(= @row 1)"),
        ("  age   <   18  ", "(< age 18)"),
        ("age", "age"),
        ("\"mixed 'quotes'\"", "\"mixed 'quotes'\""),
        ("'mixed \"quotes\"'", "\"mixed \\\"quotes\\\"\""),
        ("1+2*3", "(+ 1 (* 2 3))"),
        ("a<=b", "(<= a b)"),
        ("a<>b", "(!= a b)"),
        ("x in['a','b']", "(in x (list \"a\" \"b\"))"),
        ("if(a,b,c)", "(if a b c)"),
        ("my-field > 3", "(> (- my field) 3)"),
        ("if", "if"),
    ]);
}

#[test]
fn render_shows_the_column_and_a_caret() {
    let source = "age < 18 and agee";
    let errors = match expr::parse("age < ") {
        Ok(_) => panic!("should not parse"),
        Err(errors) => errors,
    };
    assert_eq!(
        errors[0].render("age < "),
        "column 7: expected a value after '<', found end of expression\n  age < \n        ^"
    );
    let error = caseforms::expr::ExprError::new(
        Span::new(13, 17),
        caseforms::expr::ExprErrorKind::UnknownField {
            name: "agee".into(),
            suggestion: Some("age".into()),
        },
    );
    assert_eq!(
        error.render(source),
        "column 14: unknown field 'agee'; did you mean 'age'?\n  age < 18 and agee\n               ^^^^"
    );
}

#[test]
fn source_is_kept() {
    let parsed = expr::parse("  age < 18 ").expect("parses");
    assert_eq!(parsed.source(), "  age < 18 ");
    assert!(!parsed.uses_this());
    assert!(expr::parse(". > 0").expect("parses").uses_this());
}

#[test]
fn keywords_are_not_field_ids() {
    for keyword in expr::KEYWORDS {
        let reads_a_field =
            expr::parse(keyword).is_ok_and(|parsed| !parsed.references().is_empty());
        assert!(!reads_a_field, "{keyword}");
        if let Ok(parsed) = expr::parse(keyword) {
            let upper = expr::parse(&keyword.to_uppercase()).map(|parsed| parsed.to_string());
            assert_eq!(upper.ok(), Some(parsed.to_string()), "{keyword}");
        }
    }
}
