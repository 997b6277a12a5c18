//! Problems as text, the way the `caseforms check` command prints them:
//!
//! ```text
//! forms/x.json:12:23: error: unknown field 'agee'; did you mean 'age'?
//!   at sections[0].fields[3].relevant
//!    |
//! 12 |           "relevant": "agee > 5",
//!    |                       ^
//! ```

use std::fmt::Write as _;

use super::{Problem, Severity};

impl std::fmt::Display for Severity {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        })
    }
}

/// Renders `problems` of the file called `file` whose text is `source`. Each problem gives
/// `file:line:column: severity: message; suggestion` and its JSON path; a problem inside an
/// expression, or in the JSON syntax, also shows its source line with a caret.
pub fn render(file: &str, source: &str, problems: &[Problem]) -> String {
    let source = source.strip_prefix('\u{feff}').unwrap_or(source);
    let malformed = serde_json::from_str::<serde::de::IgnoredAny>(source).is_err();
    let mut out = String::new();
    for problem in problems {
        let _ = match problem.location {
            Some(location) => write!(out, "{file}:{}:{}: ", location.line, location.column),
            None => write!(out, "{file}: "),
        };
        let _ = write!(out, "{}: {}", problem.severity, problem.message);
        if let Some(suggestion) = &problem.suggestion {
            let _ = write!(out, "; {suggestion}");
        }
        out.push('\n');
        if !problem.path.0.is_empty() {
            let _ = writeln!(out, "  at {}", problem.path);
        }
        let snippet = problem.offset_in_value.is_some() || (malformed && problem.path.0.is_empty());
        if let (true, Some(location)) = (snippet, problem.location) {
            out.push_str(&caret(source, location.line, location.column));
        }
    }
    out
}

/// The source line `line` with a caret under `column`, in rustc's style.
fn caret(source: &str, line: usize, column: usize) -> String {
    let Some(text) = source.split('\n').nth(line.saturating_sub(1)) else {
        return String::new();
    };
    let text = text.trim_end_matches('\r');
    let number = line.to_string();
    let gutter = " ".repeat(number.len());
    // Keep tabs in the padding so the caret lines up however the terminal shows them.
    let padding: String = text
        .chars()
        .take(column.saturating_sub(1))
        .map(|c| if c == '\t' { '\t' } else { ' ' })
        .collect();
    format!("{gutter} |\n{number} | {text}\n{gutter} | {padding}^\n")
}

/// "2 errors and 1 warning", "1 error", "no problems".
pub fn count_in_words(errors: usize, warnings: usize) -> String {
    let plural = |n: usize, word: &str| {
        if n == 1 {
            format!("1 {word}")
        } else {
            format!("{n} {word}s")
        }
    };
    match (errors, warnings) {
        (0, 0) => "no problems".to_string(),
        (errors, 0) => plural(errors, "error"),
        (0, warnings) => plural(warnings, "warning"),
        (errors, warnings) => format!(
            "{} and {}",
            plural(errors, "error"),
            plural(warnings, "warning")
        ),
    }
}
