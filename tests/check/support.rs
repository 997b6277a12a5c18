//! The one helper every checker test goes through.

use caseforms::check::{check_source, open_source, render};

/// Checks `source` and compares the report, printed exactly as `caseforms check` prints it
/// for a file called `form.json`, with `expected` (leading and trailing blank lines ignored).
///
/// With `CHECK_BLESS=dir` in the environment, the actual report is also written to
/// `dir/<name>.txt`, to review and paste when a message changes on purpose.
pub fn check(name: &str, source: &str, expected: &str) {
    let checked = check_source(source);
    let actual = render("form.json", source, &checked.problems);
    // The app opens forms by `open_source`, whose fast way skips the checker: it must refuse
    // exactly what the checker calls an error, and report it the same way.
    match open_source(source) {
        Ok(_) => assert!(
            !checked.has_errors(),
            "open_source opened a definition the checker refuses:\n{actual}"
        ),
        Err(refused) => assert_eq!(
            render("form.json", source, &refused),
            actual,
            "open_source refused a definition, but not as the checker does"
        ),
    }
    if let Ok(dir) = std::env::var("CHECK_BLESS") {
        let _ = std::fs::create_dir_all(&dir);
        let _ = std::fs::write(format!("{dir}/{name}.txt"), &actual);
    }
    let expected = expected.trim_matches('\n');
    let actual = actual.trim_matches('\n');
    assert!(
        actual == expected,
        "the report differs.\n--- expected\n{expected}\n--- actual\n{actual}\n---"
    );
}

/// A definition with the given fields (one per line, starting on line 3) in its only
/// section, `s`. Lines 1 and 2 hold the form and the section; `extra` adds form members
/// on line 1, e.g. `"languages": ["en", "fr"], `.
pub fn form_with(extra: &str, fields: &str) -> String {
    format!(
        "{{{extra}\"format\": 1, \"id\": \"t\", \"version\": \"1\", \"title\": \"T\", \"sections\": [\n{{\"id\": \"s\", \"title\": \"S\", \"fields\": [\n{}\n]}}]}}\n",
        fields.trim_matches('\n')
    )
}

/// [`form_with`] without extra form members.
pub fn form(fields: &str) -> String {
    form_with("", fields)
}

/// Table-driven cases: `name: input => expected;`, one `#[test]` each.
#[macro_export]
macro_rules! cases {
    ($($name:ident: $input:expr => $expected:expr;)*) => {
        $(
            #[test]
            fn $name() {
                $crate::support::check(stringify!($name), &$input, $expected);
            }
        )*
    };
}
