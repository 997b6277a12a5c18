//! Problems found in a definition: every one at once, each with its JSON path, line:column
//! and, where possible, a suggestion.
//!
//! [`check_source`] reads a definition file's text: malformed JSON gives one problem where
//! serde_json stopped; otherwise the document is loaded leniently (each section, field and
//! member on its own, so one bad value does not hide the others), checked against the rules
//! of the format, compiled by the engine (which reports the expressions' problems), and every
//! problem is placed at its line:column. [`check_definition`] does the same for a definition
//! that comes as a value.

mod expressions;
mod field_rules;
mod keys;
mod load;
mod load_field;
mod load_values;
mod option_names;
mod problem;
mod report;
mod satisfiable;
mod strict_json;
mod suggest;
mod symbols;
mod syntax;

pub use problem::{JsonPath, Location, PathStep, Problem, Severity};
pub use report::{count_in_words, render};
pub use suggest::{closest, did_you_mean};

use std::collections::{HashMap, HashSet};

use crate::definition::FormDefinition;
use crate::definition::positions::Positions;
use crate::engine::Form;

/// The outcome of checking a definition.
#[derive(Debug)]
pub struct Checked {
    /// What loaded. Present whenever the document is a JSON object; where problems were found
    /// it lacks what failed to load (a field without a usable id or type, a member of the
    /// wrong kind), and required members that were missing hold empty placeholders.
    pub definition: Option<FormDefinition>,
    /// Every problem, sorted by location.
    pub problems: Vec<Problem>,
}

impl Checked {
    /// How many problems are errors.
    pub fn error_count(&self) -> usize {
        self.problems
            .iter()
            .filter(|p| p.severity == Severity::Error)
            .count()
    }

    /// How many problems are warnings.
    pub fn warning_count(&self) -> usize {
        self.problems
            .iter()
            .filter(|p| p.severity == Severity::Warning)
            .count()
    }

    /// Whether any problem is an error.
    pub fn has_errors(&self) -> bool {
        any_error(&self.problems)
    }
}

/// Whether any of `problems` is an error.
fn any_error(problems: &[Problem]) -> bool {
    problems
        .iter()
        .any(|problem| problem.severity == Severity::Error)
}

/// Checks the text of a definition file. Every problem has its `location` filled.
pub fn check_source(source: &str) -> Checked {
    // Editors on some systems start a file with a byte order mark; it is not part of the JSON
    // and no editor shows it as a column.
    let source = source.strip_prefix('\u{feff}').unwrap_or(source);
    let value: serde_json::Value = match serde_json::from_str(source) {
        Ok(value) => value,
        Err(error) => {
            return Checked {
                definition: None,
                problems: vec![syntax::syntax_problem(source, &error)],
            };
        }
    };
    let positions = Positions::scan(source);
    let mut checked = check_value(&value, Some(&positions));
    for (path, location) in positions.duplicate_keys() {
        let key = match path.0.last() {
            Some(PathStep::Key(key)) => key.clone(),
            _ => String::new(),
        };
        let mut problem = Problem::error(
            path.clone(),
            format!("key '{key}' appears twice in the same object"),
        )
        .with_suggestion("only the last one counts; remove the other")
        .on_key();
        problem.location = Some(*location);
        checked.problems.push(problem);
    }
    for problem in &mut checked.problems {
        if problem.location.is_none() {
            problem.location = Some(locate(&positions, problem));
        }
    }
    checked.problems.sort_by(|a, b| {
        (a.location, a.severity, &a.message).cmp(&(b.location, b.severity, &b.message))
    });
    checked
}

/// Opens a definition file's text as a compiled form, as the app does every time a form is
/// opened. A valid definition takes the fast way: one strict read of the JSON (which refuses a
/// repeated key instead of recording where every value is), every rule of the checker that can
/// find an error (not the analysis of conditions that never hold, which only warns), and one
/// compile. Only when that finds an error does the whole of [`check_source`] run, so that a
/// broken definition is refused exactly as the checker reports it: every problem, with its
/// line:column (`Err`: every problem found, at least one of them an error).
pub fn open_source(source: &str) -> Result<Form, Vec<Problem>> {
    let source = source.strip_prefix('\u{feff}').unwrap_or(source);
    if let Some(value) = strict_json::parse(source) {
        let (checked, _) = check_rules(&value, None, Findings::ErrorsOnly);
        if let Ok(form) = compile_if_clean(checked) {
            return Ok(form);
        }
    }
    compile_if_clean(check_source(source))
}

/// The compiled form, or the problems if the checker or the compile found an error.
fn compile_if_clean(checked: Checked) -> Result<Form, Vec<Problem>> {
    let definition = match checked.definition {
        Some(definition) if !checked.has_errors() => definition,
        _ => return Err(checked.problems),
    };
    let (form, problems) = Form::compile(definition);
    if any_error(&problems) {
        Err(problems)
    } else {
        Ok(form)
    }
}

/// The JSON Schema of the definition format, generated from the definition types
/// (`forms/schema/form.schema.json` is this text).
#[cfg(not(target_arch = "wasm32"))]
pub fn json_schema() -> String {
    let schema = schemars::schema_for!(FormDefinition);
    serde_json::to_string_pretty(&schema).unwrap_or_default()
}

/// Checks a definition that comes as a value (problems then have no `location`).
pub fn check_definition(definition: &FormDefinition) -> Checked {
    match serde_json::to_value(definition) {
        Ok(value) => check_value(&value, None),
        Err(error) => Checked {
            definition: None,
            problems: vec![Problem::error(
                JsonPath::root(),
                format!("the definition cannot be written as JSON: {error}"),
            )],
        },
    }
}

fn check_value(value: &serde_json::Value, positions: Option<&Positions<'_>>) -> Checked {
    let (mut checked, loaded) = check_rules(value, positions, Findings::Everything);
    if let Some(definition) = &checked.definition {
        checked
            .problems
            .extend(engine_problems(definition, &loaded));
    }
    dedup(&mut checked.problems);
    checked
}

/// What the lenient load leaves for placing the engine's problems in the file.
struct Loaded {
    /// For each `sections`/`fields` array, the source index of each element that loaded.
    index_map: HashMap<JsonPath, Vec<usize>>,
    /// The expressions that read a field that did not load.
    reading_failed: HashSet<JsonPath>,
}

/// Which problems a check looks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Findings {
    /// Errors and warnings.
    Everything,
    /// Errors only: what decides whether a form can be opened.
    ErrorsOnly,
}

/// Every rule of the format and the checker's own reading of expressions (option names, and
/// unless only errors are wanted, conditions that never hold). The engine's own problems
/// (expressions that do not parse, unknown names, types, cycles) come from compiling the
/// loaded definition: see [`engine_problems`].
fn check_rules(
    value: &serde_json::Value,
    positions: Option<&Positions<'_>>,
    findings: Findings,
) -> (Checked, Loaded) {
    let mut loader = load::Loader::new(positions);
    let definition = loader.form(value);
    let mut problems = std::mem::take(&mut loader.problems);
    let symbols = symbols::Symbols::new(
        std::mem::take(&mut loader.fields),
        std::mem::take(&mut loader.scope_parents),
    );
    expressions::check_sites(
        &loader.sites,
        &symbols,
        &loader.lookups,
        findings,
        &mut problems,
    );
    let loaded = Loaded {
        reading_failed: expressions::reading_failed_fields(&loader.sites, &loader.failed_ids),
        index_map: std::mem::take(&mut loader.index_map),
    };
    let checked = Checked {
        definition,
        problems,
    };
    (checked, loaded)
}

/// The problems the engine finds when it compiles the loaded definition, at their places in
/// the file; those in expressions that read a field that did not load are left out (they
/// only repeat that the field failed).
fn engine_problems(definition: &FormDefinition, loaded: &Loaded) -> Vec<Problem> {
    let (_, problems) = Form::compile(definition.clone());
    problems
        .into_iter()
        .map(|mut problem| {
            problem.path = expressions::to_source_path(&problem.path, &loaded.index_map);
            problem
        })
        .filter(|problem| !loaded.reading_failed.contains(&problem.path))
        .collect()
}

/// Removes repeated problems (same severity, place and message), keeping the first.
fn dedup(problems: &mut Vec<Problem>) {
    let mut seen = std::collections::HashSet::new();
    problems.retain(|p| {
        seen.insert((
            p.severity,
            p.path.clone(),
            p.offset_in_value,
            p.at_key,
            p.message.clone(),
        ))
    });
}

/// Where a problem is in the file.
fn locate(positions: &Positions<'_>, problem: &Problem) -> Location {
    let exact = if let Some(offset) = problem.offset_in_value {
        positions.in_string(&problem.path, offset)
    } else if problem.at_key {
        positions.key(&problem.path)
    } else {
        positions.value(&problem.path)
    };
    exact.unwrap_or_else(|| positions.nearest(&problem.path))
}
