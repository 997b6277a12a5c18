//! The `caseforms` command-line tool, run as a user runs it (native only).
#![cfg(not(target_arch = "wasm32"))]

use std::process::{Command, Output};

use caseforms::check::{Severity, check_source};
use caseforms::definition::{FormDefinition, Layout};

/// Runs the built `caseforms` binary with `args`.
fn caseforms(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_caseforms"))
        .args(args)
        .output()
        .unwrap_or_else(|error| panic!("cannot run caseforms: {error}"))
}

/// The definition that `caseforms synthetic` printed, after checking it has no error.
fn synthetic(args: &[&str]) -> FormDefinition {
    let output = caseforms(&[&["synthetic"], args].concat());
    assert!(output.status.success(), "{output:?}");
    let source = String::from_utf8(output.stdout).unwrap_or_else(|error| panic!("{error}"));
    let checked = check_source(&source);
    let errors: Vec<_> = checked
        .problems
        .iter()
        .filter(|problem| problem.severity == Severity::Error)
        .collect();
    assert!(errors.is_empty(), "{errors:#?}");
    checked
        .definition
        .unwrap_or_else(|| panic!("no definition"))
}

#[test]
fn synthetic_prints_whole_sections_and_a_summary() {
    let cases: &[(&[&str], usize, Layout)] = &[
        (&["--fields", "100"], 4, Layout::SinglePage),
        (
            &["--fields", "1000", "--layout", "paged"],
            40,
            Layout::Paged,
        ),
        (
            &["--layout", "single_page", "--fields", "26", "--open"],
            2,
            Layout::SinglePage,
        ),
    ];
    for (args, sections, layout) in cases {
        let definition = synthetic(args);
        assert_eq!(definition.sections.len(), sections + 1, "{args:?}");
        assert_eq!(definition.layout, *layout, "{args:?}");
        let gate = &definition.sections[0].fields[0];
        assert_eq!(gate.default.is_some(), args.contains(&"--open"), "{args:?}");
        assert!(
            definition.sections[..*sections]
                .iter()
                .all(|section| section.fields.len() == 26),
            "{args:?}: a gate, 24 gated fields and a total per section"
        );
    }
}

#[test]
fn synthetic_refuses_bad_flags_with_a_usage_error() {
    let cases: &[&[&str]] = &[
        &[],
        &["--fields"],
        &["--fields", "0"],
        &["--fields", "many"],
        &["--fields", "10", "--layout", "book"],
        &["--fields", "10", "extra"],
    ];
    for args in cases {
        let output = caseforms(&[&["synthetic"], *args].concat());
        assert_eq!(output.status.code(), Some(2), "{args:?}: {output:?}");
        assert!(output.stdout.is_empty(), "{args:?}");
    }
}
