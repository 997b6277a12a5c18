//! Conditions that can never hold, where that can be seen without answers: a constant
//! `false`, `x = 'a' and x = 'b'`, ranges that cannot overlap (`age < 5 and age > 10`), or a
//! comparison that contradicts a field's `min`/`max`.
//!
//! The analysis only ever says "never" when it is sure: a condition is turned into an `or`
//! of `and`s of simple comparisons between a field and a literal; anything else (a function
//! call, arithmetic, `not` of a comparison, which also holds for unanswered fields) counts as
//! "could be true". A condition is reported when every `and` contains a contradiction.

use std::collections::BTreeMap;

use super::load::{FieldInfo, Site};
use super::symbols::{Symbols, span_text};
use crate::definition::{Bound, FieldType};
use crate::expr::{Expr, ExprNode, NodeView, Operator, Value};

/// Past this many `and`s the analysis gives up (and says nothing).
const MAX_BRANCHES: usize = 64;

/// A value with an order: a number, a date, a time or a date and time (`kind` tells which,
/// so only values of one kind are compared).
#[derive(Debug, Clone, Copy, PartialEq)]
struct Ordered {
    kind: u8,
    value: f64,
}

/// A literal a field is compared with.
#[derive(Debug, Clone, PartialEq)]
enum Literal {
    Text(String),
    Bool(bool),
    Ordered(Ordered),
}

/// One simple comparison.
#[derive(Debug, Clone, PartialEq)]
enum Constraint {
    Equal(Literal),
    NotEqual(Literal),
    OneOf(Vec<Literal>),
    /// Greater than (or equal, when `true`).
    Lower(Ordered, bool),
    /// Less than (or equal, when `true`).
    Upper(Ordered, bool),
}

/// A conjunction: per field (by its path), the comparisons and how they are written.
#[derive(Debug, Clone, Default)]
struct Conjunction {
    atoms: BTreeMap<String, Vec<(Constraint, String)>>,
}

struct Analysis<'a> {
    site: &'a Site,
    symbols: &'a Symbols,
    /// The reason the first contradictory `and` was dropped.
    reason: Option<String>,
}

/// Why the condition at `site` can never be true, if it cannot.
pub(super) fn never_true(site: &Site, expr: &Expr, symbols: &Symbols) -> Option<String> {
    let mut analysis = Analysis {
        site,
        symbols,
        reason: None,
    };
    let branches = analysis.branches(expr.tree())?;
    if !branches.is_empty() {
        return None;
    }
    Some(
        analysis
            .reason
            .unwrap_or_else(|| "it is always false".to_string()),
    )
}

impl Analysis<'_> {
    /// The condition as an `or` of satisfiable `and`s; `None` when it is too large to tell.
    fn branches(&mut self, node: ExprNode<'_>) -> Option<Vec<Conjunction>> {
        let anything = || Some(vec![Conjunction::default()]);
        match node.view() {
            NodeView::Literal(Value::Bool(true)) => anything(),
            NodeView::Literal(Value::Bool(false)) => Some(Vec::new()),
            NodeView::Not(operand) => match operand.view() {
                NodeView::Literal(Value::Bool(flag)) => Some(if *flag {
                    Vec::new()
                } else {
                    vec![Conjunction::default()]
                }),
                _ => anything(),
            },
            NodeView::Binary(Operator::Or, left, right) => {
                let mut branches = self.branches(left)?;
                branches.extend(self.branches(right)?);
                (branches.len() <= MAX_BRANCHES).then_some(branches)
            }
            NodeView::Binary(Operator::And, left, right) => {
                let left = self.branches(left)?;
                let right = self.branches(right)?;
                if left.len() * right.len() > MAX_BRANCHES {
                    return None;
                }
                let mut branches = Vec::new();
                for a in &left {
                    for b in &right {
                        let mut joined = a.clone();
                        for (var, atoms) in &b.atoms {
                            joined
                                .atoms
                                .entry(var.clone())
                                .or_default()
                                .extend(atoms.iter().cloned());
                        }
                        match self.contradiction(&joined) {
                            Some(reason) => {
                                self.reason.get_or_insert(reason);
                            }
                            None => branches.push(joined),
                        }
                    }
                }
                Some(branches)
            }
            NodeView::Binary(op, left, right) => match self.atom(op, left, right) {
                Some(Ok((var, constraint))) => {
                    let text = span_text(&self.site.source, node.span()).to_string();
                    let mut conjunction = Conjunction::default();
                    conjunction.atoms.insert(var, vec![(constraint, text)]);
                    match self.contradiction(&conjunction) {
                        Some(reason) => {
                            self.reason.get_or_insert(reason);
                            Some(Vec::new())
                        }
                        None => Some(vec![conjunction]),
                    }
                }
                Some(Err(false)) => {
                    let text = span_text(&self.site.source, node.span());
                    self.reason
                        .get_or_insert(format!("`{text}` is always false"));
                    Some(Vec::new())
                }
                _ => anything(),
            },
            _ => anything(),
        }
    }

    /// A comparison of a field with a literal, as a constraint on the field (by its path);
    /// `Err(holds)` for a comparison of two literals; `None` for anything else.
    fn atom(
        &self,
        op: Operator,
        left: ExprNode<'_>,
        right: ExprNode<'_>,
    ) -> Option<Result<(String, Constraint), bool>> {
        if let (NodeView::Literal(a), NodeView::Literal(b)) = (left.view(), right.view()) {
            let (a, b) = (literal(a)?, literal(b)?);
            return match op {
                Operator::Equal => Some(Err(a == b)),
                Operator::NotEqual => Some(Err(a != b)),
                _ => None,
            };
        }
        let (var, op, other) = match (self.variable(left), self.variable(right)) {
            (Some(var), None) => (var, op, right),
            (None, Some(var)) => (var, flip(op)?, left),
            _ => return None,
        };
        let constraint = if op == Operator::In {
            let NodeView::List(items) = other.view() else {
                return None;
            };
            let mut literals = Vec::new();
            for item in items {
                let NodeView::Literal(value) = item.view() else {
                    return None;
                };
                literals.push(literal(value)?);
            }
            Constraint::OneOf(literals)
        } else {
            let NodeView::Literal(value) = other.view() else {
                return None;
            };
            let value = literal(value)?;
            match (op, value) {
                (Operator::Equal, value) => Constraint::Equal(value),
                (Operator::NotEqual, value) => Constraint::NotEqual(value),
                (Operator::Less, Literal::Ordered(o)) => Constraint::Upper(o, false),
                (Operator::LessEqual, Literal::Ordered(o)) => Constraint::Upper(o, true),
                (Operator::Greater, Literal::Ordered(o)) => Constraint::Lower(o, false),
                (Operator::GreaterEqual, Literal::Ordered(o)) => Constraint::Lower(o, true),
                _ => return None,
            }
        };
        Some(Ok((var, constraint)))
    }

    /// The path of the field a node names (outside aggregates), or of `.`'s field.
    fn variable(&self, node: ExprNode<'_>) -> Option<String> {
        let info = match node.view() {
            NodeView::Field(name) => self.symbols.resolve(name, &self.site.scope, None)?,
            NodeView::This => self.symbols.owner(self.site)?,
            _ => return None,
        };
        Some(info.path.to_string())
    }

    /// Why the `and` cannot hold, if it cannot.
    fn contradiction(&self, conjunction: &Conjunction) -> Option<String> {
        for (var, atoms) in &conjunction.atoms {
            let constraints: Vec<&Constraint> =
                atoms.iter().map(|(constraint, _)| constraint).collect();
            let mut texts: Vec<String> =
                atoms.iter().map(|(_, text)| format!("`{text}`")).collect();
            texts.dedup();
            if !satisfiable(&constraints) {
                return Some(match texts.as_slice() {
                    [one] => format!("{one} can never hold"),
                    [init @ .., last] => {
                        let all = if init.len() == 1 { "both" } else { "all" };
                        format!("{} and {last} cannot {all} hold", init.join(", "))
                    }
                    [] => "it is always false".to_string(),
                });
            }
            let info = self.symbols.at_path(var);
            let (bounds, described) = info.map(base_facts).unwrap_or_default();
            let mut with_bounds = constraints.clone();
            with_bounds.extend(bounds.iter());
            if !bounds.is_empty() && !satisfiable(&with_bounds) {
                return Some(format!(
                    "{} cannot hold with {described}",
                    texts.join(" and ")
                ));
            }
        }
        None
    }
}

/// The `min`/`max` of a number or date field as constraints, and the words for them.
fn base_facts(info: &FieldInfo) -> (Vec<Constraint>, String) {
    let field = &info.field;
    let bound = |bound: &Option<Bound>| -> Option<(Ordered, String)> {
        match (field.field_type, bound.as_ref()?) {
            (FieldType::Integer | FieldType::Decimal, Bound::Number(n)) => {
                Some((Ordered { kind: 0, value: *n }, n.to_string()))
            }
            (FieldType::Date, Bound::Text(text)) => {
                let date = crate::value::Date::parse_iso(text)?;
                Some((
                    Ordered {
                        kind: 1,
                        value: f64::from(date.days_since_epoch()),
                    },
                    text.clone(),
                ))
            }
            _ => None,
        }
    };
    let mut constraints = Vec::new();
    let mut words = Vec::new();
    if let Some((low, text)) = bound(&field.min) {
        constraints.push(Constraint::Lower(low, true));
        words.push(format!("min {text}"));
    }
    if let Some((high, text)) = bound(&field.max) {
        constraints.push(Constraint::Upper(high, true));
        words.push(format!("max {text}"));
    }
    (
        constraints,
        format!("the {} of '{}'", words.join(" and "), field.id),
    )
}

/// Whether some value satisfies every constraint.
fn satisfiable(constraints: &[&Constraint]) -> bool {
    let mut allowed: Option<Vec<Literal>> = None;
    let mut excluded = Vec::new();
    let mut low: Option<(Ordered, bool)> = None;
    let mut high: Option<(Ordered, bool)> = None;
    for constraint in constraints {
        match constraint {
            Constraint::Equal(value) => allowed = Some(intersect(allowed, vec![value.clone()])),
            Constraint::OneOf(values) => allowed = Some(intersect(allowed, values.clone())),
            Constraint::NotEqual(value) => excluded.push(value.clone()),
            Constraint::Lower(bound, inclusive) => {
                let tighter = low.is_none_or(|(old, old_inclusive)| {
                    old.kind == bound.kind
                        && (bound.value > old.value
                            || (bound.value == old.value && old_inclusive && !inclusive))
                });
                if tighter {
                    low = Some((*bound, *inclusive));
                }
            }
            Constraint::Upper(bound, inclusive) => {
                let tighter = high.is_none_or(|(old, old_inclusive)| {
                    old.kind == bound.kind
                        && (bound.value < old.value
                            || (bound.value == old.value && old_inclusive && !inclusive))
                });
                if tighter {
                    high = Some((*bound, *inclusive));
                }
            }
        }
    }
    if let (Some((low, low_inclusive)), Some((high, high_inclusive))) = (low, high)
        && low.kind == high.kind
        && (low.value > high.value
            || (low.value == high.value && !(low_inclusive && high_inclusive)))
    {
        return false;
    }
    let within = |value: &Literal| match value {
        Literal::Ordered(value) => {
            let above = low.is_none_or(|(low, inclusive)| {
                low.kind != value.kind
                    || value.value > low.value
                    || (inclusive && value.value == low.value)
            });
            let below = high.is_none_or(|(high, inclusive)| {
                high.kind != value.kind
                    || value.value < high.value
                    || (inclusive && value.value == high.value)
            });
            above && below
        }
        _ => true,
    };
    match allowed {
        Some(allowed) => allowed
            .iter()
            .any(|value| !excluded.contains(value) && within(value)),
        None => true,
    }
}

fn intersect(allowed: Option<Vec<Literal>>, values: Vec<Literal>) -> Vec<Literal> {
    match allowed {
        None => values,
        Some(allowed) => allowed
            .into_iter()
            .filter(|value| values.contains(value))
            .collect(),
    }
}

/// `a op b` as `b op' a`.
fn flip(op: Operator) -> Option<Operator> {
    Some(match op {
        Operator::Equal | Operator::NotEqual => op,
        Operator::Less => Operator::Greater,
        Operator::LessEqual => Operator::GreaterEqual,
        Operator::Greater => Operator::Less,
        Operator::GreaterEqual => Operator::LessEqual,
        _ => return None,
    })
}

fn literal(value: &Value) -> Option<Literal> {
    let ordered = |kind, value| Some(Literal::Ordered(Ordered { kind, value }));
    match value {
        Value::Text(text) => Some(Literal::Text(text.clone())),
        Value::Bool(flag) => Some(Literal::Bool(*flag)),
        Value::Number(number) => ordered(0, *number),
        Value::Date(date) => ordered(1, f64::from(date.days_since_epoch())),
        Value::Time(time) => ordered(2, f64::from(time.seconds_since_midnight())),
        Value::DateTime(moment) => ordered(
            3,
            f64::from(moment.date().days_since_epoch()) * 86_400.0
                + f64::from(moment.time().seconds_since_midnight()),
        ),
        Value::Null | Value::Choices(_) => None,
    }
}
