//! `Expr::references`: every field read, with its span, and the repeat rows it is read in.

use caseforms::expr::{self, Reference};

use super::support::run_table;

/// The references of `input` as `name@column` or `name@column in repeat`, space-separated.
fn references(input: &str) -> String {
    let parsed = expr::parse(input).unwrap_or_else(|errors| panic!("{input}: {errors:?}"));
    parsed
        .references()
        .iter()
        .map(
            |Reference {
                 name,
                 span,
                 in_rows_of,
             }| {
                let column = span.column(input);
                assert_eq!(
                    &input[span.start..span.end]
                        .trim_start_matches("${")
                        .trim_end_matches('}'),
                    name
                );
                match in_rows_of {
                    Some(repeat) => format!("{name}@{column}<{repeat}"),
                    None => format!("{name}@{column}"),
                }
            },
        )
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn references_list_every_field_read_in_source_order() {
    run_table(
        &[
            ("1 + 2", ""),
            ("age", "age@1"),
            (
                "age < 18 and protection_concerns contains 'trafficked_smuggled'",
                "age@1 protection_concerns@14",
            ),
            ("age + age", "age@1 age@7"),
            ("${age} > 3", "age@1"),
            (". > 3 and @row = 1", ""),
            ("if(a, b, c)", "a@4 b@7 c@10"),
            ("x in [a, 'b', c]", "x@1 a@7 c@15"),
            ("count(family_members)", "family_members@7"),
            (
                "sum(family_members, age * 2)",
                "family_members@5 age@21<family_members",
            ),
            (
                "count(family_members, age < limit)",
                "family_members@7 age@23<family_members limit@29<family_members",
            ),
            (
                "sum(households, count(members, age < 5))",
                "households@5 members@23<households age@32<members",
            ),
            (
                "min(family_members, age)",
                "family_members@5 age@21<family_members",
            ),
            ("min(a, b, c)", "a@5 b@8 c@11"),
            ("max(a, b)", "a@5 b@8<a"),
            ("age(dob) > 18", "dob@5"),
            ("not answered(name) or -score > 1", "name@14 score@24"),
        ],
        references,
    );
}
