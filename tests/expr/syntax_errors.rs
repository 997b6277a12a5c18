//! Syntax errors: each input gives its errors as `column: message`, in source order.

use caseforms::expr;

use super::parser::{check, parsed};

#[test]
fn syntax_errors_have_plain_messages_and_columns() {
    check(&[
        (
            "A and b",
            "1: names are written in lower case: write 'a' instead of 'A'",
        ),
        ("<18", "1: expected a value, found '<'"),
        ("", "1: the expression is empty"),
        ("   ", "1: the expression is empty"),
        (
            "age < ",
            "7: expected a value after '<', found end of expression",
        ),
        (
            "1 +",
            "4: expected a value after '+', found end of expression",
        ),
        ("* 3", "1: expected a value, found '*'"),
        (")", "1: this ')' has no matching '('"),
        ("]", "1: this ']' has no matching '['"),
        (
            ") + 1",
            "1: this ')' has no matching '('\n3: expected a value, found '+'",
        ),
        (
            "(1 + 2",
            "7: expected ')' to close the '(' at column 1, found end of expression",
        ),
        (
            "((1)",
            "5: expected ')' to close the '(' at column 1, found end of expression",
        ),
        (
            "(",
            "2: expected a value after '(', found end of expression",
        ),
        (
            "1 2",
            "3: expected an operator or the end of the expression, found '2'",
        ),
        (
            "1 2 3",
            "3: expected an operator or the end of the expression, found '2'",
        ),
        (
            "a b",
            "3: expected an operator or the end of the expression, found 'b'",
        ),
        ("a = = b", "5: expected a value after '=', found '='"),
        (
            "a < b < c",
            "7: '<' cannot follow another comparison; join comparisons with 'and', e.g. 1 < x and x < 5",
        ),
        (
            "a = b = c",
            "7: '=' cannot follow another comparison; join comparisons with 'and', e.g. 1 < x and x < 5",
        ),
        (
            "a < b = c",
            "7: '=' cannot follow another comparison; join comparisons with 'and', e.g. 1 < x and x < 5",
        ),
        (
            "x contains 'a' contains 'b'",
            "16: 'contains' cannot follow another comparison; join comparisons with 'and', e.g. 1 < x and x < 5",
        ),
        ("[1, 2]", "1: a list [...] can only come after 'in'"),
        ("x = [1]", "5: a list [...] can only come after 'in'"),
        (
            "x in [1, 2",
            "11: expected ',' or ']' to close the list that starts at column 6, found end of expression",
        ),
        (
            "x in [1 2]",
            "9: expected ',' or ']' to close the list that starts at column 6, found '2'",
        ),
        ("x in [[1]]", "7: a list [...] can only come after 'in'"),
        (
            "if(a, b",
            "8: expected ')' after the arguments of 'if', found end of expression",
        ),
        (
            "if(a b)",
            "6: expected ',' or ')' after an argument of 'if', found 'b'",
        ),
        (
            "if(a, b, c",
            "11: expected ')' after the arguments of 'if', found end of expression",
        ),
        ("if(a, b,)", "9: expected a value after ',', found ')'"),
        (
            "if(,)",
            "4: expected a value after '(', found ','\n5: expected a value after ',', found ')'",
        ),
        (
            "f(,)",
            "1: unknown function 'f'\n3: expected a value after '(', found ','\n4: expected a value after ',', found ')'",
        ),
        ("foo(1)", "1: unknown function 'foo'"),
        (
            "lenght(name)",
            "1: unknown function 'lenght'; did you mean 'length'?",
        ),
        (
            "substring(name, 1)",
            "1: unknown function 'substring'; did you mean 'substr'?",
        ),
        (
            "string_length(name)",
            "1: unknown function 'string_length'; did you mean 'length'?",
        ),
        (
            "Foo(1)",
            "1: names are written in lower case: write 'foo' instead of 'Foo'",
        ),
        (
            "round(1, 2, 3)",
            "1: 'round' takes 1 or 2 arguments, but 3 were given",
        ),
        ("today(1)", "1: 'today' takes no arguments, but 1 was given"),
        ("if(a, b)", "1: 'if' takes 3 arguments, but 2 were given"),
        (
            "coalesce()",
            "1: 'coalesce' takes at least 1 argument, but 0 were given",
        ),
        (
            "concat()",
            "1: 'concat' takes at least 1 argument, but 0 were given",
        ),
        (
            "substr(x)",
            "1: 'substr' takes 2 or 3 arguments, but 1 was given",
        ),
        (
            "sum(family_members)",
            "1: 'sum' takes 2 arguments, but 1 was given",
        ),
        (
            "count()",
            "1: 'count' takes 1 or 2 arguments, but 0 were given",
        ),
        (
            "sum(1 + 2, age)",
            "5: the first argument of 'sum' must be the id of a repeat group, e.g. sum(family_members, age)",
        ),
        (
            "count('family_members')",
            "7: the first argument of 'count' must be the id of a repeat group, e.g. count(family_members)",
        ),
        ("any(f(x), y)", "5: unknown function 'f'"),
        (
            "date('2024-02-30')",
            "6: '2024-02-30' is not a valid date; write date('YYYY-MM-DD'), e.g. date('2024-01-31')",
        ),
        (
            "date('2023-02-29')",
            "6: '2023-02-29' is not a valid date; write date('YYYY-MM-DD'), e.g. date('2024-01-31')",
        ),
        (
            "date('2024-13-01')",
            "6: '2024-13-01' is not a valid date; write date('YYYY-MM-DD'), e.g. date('2024-01-31')",
        ),
        (
            "date('2024-1-5')",
            "6: '2024-1-5' is not a valid date; write date('YYYY-MM-DD'), e.g. date('2024-01-31')",
        ),
        (
            "date('24-01-05')",
            "6: '24-01-05' is not a valid date; write date('YYYY-MM-DD'), e.g. date('2024-01-31')",
        ),
        (
            "date('')",
            "6: '' is not a valid date; write date('YYYY-MM-DD'), e.g. date('2024-01-31')",
        ),
        (
            "time('25:00')",
            "6: '25:00' is not a valid time; write time('HH:MM'), e.g. time('14:30')",
        ),
        (
            "time('12:60')",
            "6: '12:60' is not a valid time; write time('HH:MM'), e.g. time('14:30')",
        ),
        (
            "time('9:30')",
            "6: '9:30' is not a valid time; write time('HH:MM'), e.g. time('14:30')",
        ),
        (
            "datetime('2024-01-31 14:30')",
            "10: '2024-01-31 14:30' is not a valid date and time; write datetime('YYYY-MM-DDTHH:MM'), e.g. datetime('2024-01-31T14:30')",
        ),
        (
            "datetime('2024-01-31T24:00')",
            "10: '2024-01-31T24:00' is not a valid date and time; write datetime('YYYY-MM-DDTHH:MM'), e.g. datetime('2024-01-31T14:30')",
        ),
        (
            "Age > 3",
            "1: names are written in lower case: write 'age' instead of 'Age'",
        ),
        (
            "AGE > 3",
            "1: names are written in lower case: write 'age' instead of 'AGE'",
        ),
        (
            "_age > 3",
            "1: '_age' is not a valid name: names start with a lower-case letter and contain only a-z, 0-9 and _",
        ),
        ("a && b", "3: '&&' is not an operator here; write 'and'"),
        ("a & b", "3: '&' is not an operator here; write 'and'"),
        ("a || b", "3: '||' is not an operator here; write 'or'"),
        (
            "!a",
            "1: '!' is not an operator here; write 'not', or '!=' for 'not equal'",
        ),
        (
            "a ! b",
            "3: '!' is not an operator here; write 'not', or '!=' for 'not equal'",
        ),
        (
            "x # 1",
            "3: unexpected character '#'\n5: expected an operator or the end of the expression, found '1'",
        ),
        ("age > 3 ;", "9: unexpected character ';'"),
        (
            "'abc",
            "1: this text has no closing quote; add ' at its end",
        ),
        (
            "\"abc",
            "1: this text has no closing quote; add \" at its end",
        ),
        (
            "'abc\\'",
            "1: this text has no closing quote; add ' at its end",
        ),
        (
            "'a\\qb'",
            "3: '\\q' is not an escape; inside quotes write \\' or \\\" for a quote and \\\\ for a backslash",
        ),
        (
            "'a\\",
            "1: this text has no closing quote; add ' at its end",
        ),
        ("1.", "1: '1.' is not a number"),
        (
            "1.2.3",
            "4: expected an operator or the end of the expression, found '.3'",
        ),
        (
            "12abc",
            "3: expected an operator or the end of the expression, found 'abc'",
        ),
        (
            "@foo",
            "1: unknown context variable '@foo'; the known ones are @option, @tags and @row",
        ),
        ("@", "1: expected a name after '@': @option, @tags or @row"),
        (
            "@Row",
            "1: unknown context variable '@Row'; the known ones are @option, @tags and @row",
        ),
        (
            "${Age}",
            "1: names are written in lower case: write 'age' instead of 'Age'",
        ),
        ("${age", "1: unexpected character '${'"),
        ("$age", "1: unexpected character '$'"),
        (
            "a.b",
            "2: expected an operator or the end of the expression, found '.'",
        ),
        (
            "age ≥ 18",
            "5: unexpected character '≥'\n7: expected an operator or the end of the expression, found '18'",
        ),
        (
            "AND",
            "1: expected a value, found 'AND'\n4: expected a value after 'AND', found end of expression",
        ),
        (
            "a and",
            "6: expected a value after 'and', found end of expression",
        ),
        ("or b", "1: expected a value, found 'or'"),
        (
            "not",
            "4: expected a value after 'not', found end of expression",
        ),
        (
            "-",
            "2: expected a value after '-', found end of expression",
        ),
        (
            "x in",
            "5: expected a value after 'in', found end of expression",
        ),
        (
            "x contains",
            "11: expected a value after 'contains', found end of expression",
        ),
        (
            "flor(1)",
            "1: unknown function 'flor'; did you mean 'floor'?",
        ),
        (
            "sume(family_members, age)",
            "1: unknown function 'sume'; did you mean 'sum'?",
        ),
        (
            "coutn(family_members)",
            "1: unknown function 'coutn'; did you mean 'count'?",
        ),
    ]);
}

#[test]
fn numbers_too_large_are_errors() {
    let huge = format!("1{}", "0".repeat(400));
    assert_eq!(parsed(&huge), format!("1: '{huge}' is not a number"));
}

#[test]
fn columns_count_characters_not_bytes() {
    check(&[(
        "'日本' = ",
        "8: expected a value after '=', found end of expression",
    )]);
}

#[test]
fn columns_restart_on_each_line() {
    check(&[(
        "age < 18 and\n  (",
        "4: expected a value after '(', found end of expression",
    )]);
}

#[test]
fn nesting_is_capped_with_an_error() {
    let deep = format!("{}1{}", "(".repeat(100), ")".repeat(100));
    assert_eq!(
        parsed(&deep),
        "65: the expression is nested too deeply (more than 64 levels)"
    );
    let deep_not = format!("{}true", "not ".repeat(100));
    assert!(
        parsed(&deep_not).ends_with("the expression is nested too deeply (more than 64 levels)")
    );
    let fine = format!("{}1{}", "(".repeat(60), ")".repeat(60));
    assert_eq!(parsed(&fine), "1");
}

#[test]
fn long_chains_are_capped_with_an_error() {
    let chain = |terms: usize| {
        format!(
            "q0{}",
            (1..terms).map(|i| format!(" + q{i}")).collect::<String>()
        )
    };
    assert!(expr::parse(&chain(400)).is_ok());
    let message = parsed(&chain(600));
    assert!(
        message.ends_with("the expression is too long (more than 512 operators in a row); split it into several calculated fields"),
        "{message}"
    );
}

#[test]
fn errors_are_collected_in_source_order() {
    check(&[(
        "Agee < 'x and @foo",
        "1: names are written in lower case: write 'agee' instead of 'Agee'\n8: this text has no closing quote; add ' at its end",
    )]);
    check(&[(
        "foo(1) + bar(2) + baz(",
        "1: unknown function 'foo'\n10: unknown function 'bar'\n19: unknown function 'baz'\n23: expected a value after '(', found end of expression",
    )]);
}
