//! The checks that read expressions, on top of the engine's own (parse errors, unknown
//! names, types, cycles): option names that do not exist, and conditions that can never
//! hold. Also which of the engine's problems are cascades of a field that did not load.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

use super::load::{Site, SiteKind};
use super::symbols::Symbols;
use super::{Findings, JsonPath, PathStep, Problem};
use crate::definition::{Choice, Condition};

/// Option names in every expression that parses and, unless only errors are wanted,
/// conditions that can never hold (warnings).
pub(super) fn check_sites(
    sites: &[Site],
    symbols: &Symbols,
    lookups: &BTreeMap<String, Vec<Choice>>,
    findings: Findings,
    problems: &mut Vec<Problem>,
) {
    for site in sites {
        let Ok(expr) = crate::expr::parse(&site.source) else {
            continue;
        };
        super::option_names::check(site, &expr, symbols, lookups, problems);
        if findings == Findings::ErrorsOnly {
            continue;
        }
        let what = match site.kind {
            SiteKind::Relevant | SiteKind::Constraint | SiteKind::ChoiceFilter => site.kind,
            _ => continue,
        };
        let Some(reason) = super::satisfiable::never_true(site, &expr, symbols) else {
            continue;
        };
        let owner = symbols.owner(site);
        let message = match (what, owner, &site.field) {
            (SiteKind::Relevant, _, None) => {
                let section = site.section.as_deref().unwrap_or_default();
                format!(
                    "relevant of section '{section}' can never be true, so the section is never shown"
                )
            }
            (SiteKind::Relevant, Some(info), _) if is_required(&info.field.required) => format!(
                "relevant of '{}' can never be true, so the required field '{}' is never shown",
                info.field.id, info.field.id
            ),
            (SiteKind::Relevant, _, Some(id)) => {
                format!("relevant of '{id}' can never be true, so '{id}' is never shown")
            }
            (SiteKind::Constraint, _, Some(id)) => {
                format!(
                    "the constraint of '{id}' can never hold, so no answer to '{id}' is accepted"
                )
            }
            (_, _, Some(id)) => {
                format!("choice_filter of '{id}' can never be true, so '{id}' offers no options")
            }
            _ => continue,
        };
        problems.push(
            Problem::warning(site.path.clone(), message)
                .at_offset(0)
                .with_suggestion(reason),
        );
    }
}

fn is_required(required: &Option<Condition>) -> bool {
    matches!(
        required,
        Some(Condition::Fixed(true) | Condition::Expression(_))
    )
}

/// The paths of the expressions that read a field that did not load: the engine's problems
/// there ("unknown field", type errors) only repeat that the field failed.
pub(super) fn reading_failed_fields(
    sites: &[Site],
    failed: &BTreeSet<String>,
) -> HashSet<JsonPath> {
    if failed.is_empty() {
        return HashSet::new();
    }
    sites
        .iter()
        .filter(|site| {
            crate::expr::parse(&site.source).is_ok_and(|expr| {
                expr.references()
                    .iter()
                    .any(|reference| failed.contains(&reference.name))
            })
        })
        .map(|site| site.path.clone())
        .collect()
}

/// Maps a path in the loaded definition back to the file, where elements that failed to
/// load were left out of `sections` and `fields` arrays.
pub(super) fn to_source_path(
    path: &JsonPath,
    index_map: &HashMap<JsonPath, Vec<usize>>,
) -> JsonPath {
    let mut source = JsonPath::root();
    for step in &path.0 {
        source = match step {
            PathStep::Index(index) => {
                let original = index_map
                    .get(&source)
                    .and_then(|indices| indices.get(*index))
                    .copied()
                    .unwrap_or(*index);
                source.index(original)
            }
            PathStep::Key(key) => source.key(key),
        };
    }
    source
}
