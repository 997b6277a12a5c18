//! Compiling a field's expressions: parse, type-check against the field's scope, resolve every
//! name to a field key, and report what is broken as a [`Problem`] at the expression's path.

use std::collections::HashMap;

use crate::answers::Answer;
use crate::check::{JsonPath, Problem};
use crate::definition::{Bound, Condition, DefaultValue, FormDefinition, Text};
use crate::expr::{self, Expr, ExprError, ExprErrorKind, Type, TypeScope};
use crate::value::{Date, DateTime, Time};

use super::FieldKey;
use super::fast_hash::FastHash;
use super::form::{FieldInfo, Scope, SectionInfo, base_type, resolve};
use super::scope_types::{TypeView, WithThis, infer_calculated_types, view};

/// A parsed, checked expression whose names are resolved to fields.
#[derive(Debug, Clone)]
pub(crate) struct Compiled {
    pub expr: Expr,
    /// Sorted by `(rows_of, name)` for binary search.
    pub names: Vec<Name>,
    /// The names read in the expression's own scope, when there are many.
    direct: Option<HashMap<String, Option<FieldKey>, FastHash>>,
}

/// One name an expression reads, resolved.
#[derive(Debug, Clone)]
pub(crate) struct Name {
    /// The repeat whose rows the name is read in (inside an aggregate's body), or `None` for
    /// the expression's own scope.
    pub rows_of: Option<String>,
    /// The field id as written.
    pub name: String,
    /// The field it names; `None` when it names nothing readable from here (reads `Null`).
    pub target: Option<FieldKey>,
    /// The repeat whose rows hold `target`, when read inside an aggregate's body.
    pub repeat: Option<FieldKey>,
}

impl Compiled {
    /// The field that `name` names, read in the rows of `rows_of` or in the expression's scope.
    pub fn lookup(&self, rows_of: Option<&str>, name: &str) -> Option<FieldKey> {
        if rows_of.is_none()
            && let Some(direct) = &self.direct
        {
            return direct.get(name).copied().flatten();
        }
        self.names
            .binary_search_by(|entry| {
                (entry.rows_of.as_deref(), entry.name.as_str()).cmp(&(rows_of, name))
            })
            .ok()
            .and_then(|index| self.names.get(index))
            .and_then(|entry| entry.target)
    }

    /// A compiled expression; expressions that read many fields (a form-wide count) get a hash
    /// map for their direct names, since every evaluation looks each one up.
    fn new(expr: Expr, names: Vec<Name>) -> Self {
        const MANY: usize = 8;
        let direct = (names.len() > MANY).then(|| {
            names
                .iter()
                .filter(|entry| entry.rows_of.is_none())
                .map(|entry| (entry.name.clone(), entry.target))
                .collect()
        });
        Compiled {
            expr,
            names,
            direct,
        }
    }
}

/// `true`, `false`, or an expression (absent or broken: the default).
#[derive(Debug, Clone, Default)]
pub(crate) enum Cond {
    /// Always false (also the default for `required` and `readonly`).
    #[default]
    Never,
    /// Always true.
    Always,
    /// Decided by an expression (`Null` counts as false).
    When(Compiled),
}

/// A `min` or `max`, typed for the field.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum Limit {
    Number(f64),
    Date(Date),
    Time(Time),
    DateTime(DateTime),
    /// `"today"`, for dates and date-times: the environment's date.
    Today,
}

/// A field's initial answer.
#[derive(Debug, Clone, Default)]
pub(crate) enum Initial {
    #[default]
    None,
    Value(Answer),
    Expression(Compiled),
}

/// Everything the engine evaluates for a field.
#[derive(Debug, Clone, Default)]
pub(crate) struct FieldLogic {
    pub relevant: Option<Compiled>,
    pub required: Cond,
    pub readonly: Cond,
    pub constraint: Option<(Compiled, Text)>,
    pub calculate: Option<Compiled>,
    pub choice_filter: Option<Compiled>,
    pub initial: Initial,
    pub min: Option<Limit>,
    pub max: Option<Limit>,
    pub pattern: Option<regex_lite::Regex>,
}

/// A section's compiled `relevant`.
#[derive(Debug, Clone, Default)]
pub(crate) struct SectionLogic {
    pub relevant: Option<Compiled>,
}

/// Which expression of a field, for paths and messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Slot {
    Relevant,
    Required,
    Readonly,
    Constraint,
    Calculate,
    ChoiceFilter,
    Default,
}

impl Slot {
    /// The key in the definition, as designers write it.
    pub fn name(self) -> &'static str {
        match self {
            Slot::Relevant => "relevant",
            Slot::Required => "required",
            Slot::Readonly => "readonly",
            Slot::Constraint => "constraint",
            Slot::Calculate => "calculate",
            Slot::ChoiceFilter => "choice_filter",
            Slot::Default => "default",
        }
    }

    /// The JSON path of the expression string under the field's path.
    pub fn path(self, field: &JsonPath) -> JsonPath {
        match self {
            Slot::Constraint | Slot::Default => field.key(self.name()).key("expression"),
            _ => field.key(self.name()),
        }
    }

    fn is_condition(self) -> bool {
        !matches!(self, Slot::Calculate | Slot::Default)
    }
}

/// Compiles every expression and rule of the form, reporting problems.
pub(crate) fn compile_all(
    definition: &FormDefinition,
    fields: &mut [FieldInfo],
    sections: &mut [SectionInfo],
    scopes: &[Scope],
    problems: &mut Vec<Problem>,
) {
    infer_calculated_types(fields, scopes);
    let views: Vec<TypeView> = (0..scopes.len())
        .map(|scope| view(scopes, fields, scope, true))
        .collect();
    for (index, section) in sections.iter_mut().enumerate() {
        if let (Some(source), Some(view)) = (&definition.sections[index].relevant, views.first()) {
            let path = section.path.key("relevant");
            let scope = WithThis {
                view,
                this: Type::Any,
            };
            section.logic.relevant = compile_one(
                source,
                Slot::Relevant,
                &path,
                &Context {
                    scopes,
                    fields,
                    scope: 0,
                    depth_of: &[],
                    view: &scope,
                },
                problems,
            );
        }
    }
    for index in 0..fields.len() {
        let logic = {
            let field = &fields[index];
            let Some(view) = views.get(field.scope) else {
                continue;
            };
            let scope = WithThis {
                view,
                this: field.value_type,
            };
            let context = Context {
                scopes,
                fields,
                scope: field.scope,
                depth_of: &field.chain,
                view: &scope,
            };
            compile_field(field, &context, problems)
        };
        fields[index].logic = logic;
    }
}

/// What compiling an expression of one field needs.
struct Context<'a> {
    scopes: &'a [Scope],
    fields: &'a [FieldInfo],
    /// The scope the expression is written in.
    scope: usize,
    /// The enclosing repeats of the field holding it.
    depth_of: &'a [FieldKey],
    view: &'a dyn TypeScope,
}

fn compile_field(field: &FieldInfo, context: &Context, problems: &mut Vec<Problem>) -> FieldLogic {
    let definition = &field.definition;
    let path = &field.path;
    let one = |source: &Option<String>, slot: Slot, problems: &mut Vec<Problem>| {
        source
            .as_ref()
            .and_then(|source| compile_one(source, slot, &slot.path(path), context, problems))
    };
    let condition =
        |condition: &Option<Condition>, slot: Slot, problems: &mut Vec<Problem>| match condition {
            None | Some(Condition::Fixed(false)) => Cond::Never,
            Some(Condition::Fixed(true)) => Cond::Always,
            Some(Condition::Expression(source)) => {
                compile_one(source, slot, &slot.path(path), context, problems)
                    .map_or(Cond::Never, Cond::When)
            }
        };
    let relevant = one(&definition.relevant, Slot::Relevant, problems);
    let required = condition(&definition.required, Slot::Required, problems);
    let readonly = condition(&definition.readonly, Slot::Readonly, problems);
    let constraint = definition.constraint.as_ref().and_then(|constraint| {
        let path = Slot::Constraint.path(path);
        compile_one(
            &constraint.expression,
            Slot::Constraint,
            &path,
            context,
            problems,
        )
        .map(|compiled| (compiled, constraint.message.clone()))
    });
    let calculate = one(&definition.calculate, Slot::Calculate, problems);
    let choice_filter = one(&definition.choice_filter, Slot::ChoiceFilter, problems);
    let initial = match &definition.default {
        None => Initial::None,
        Some(DefaultValue::Expression { expression }) => compile_one(
            expression,
            Slot::Default,
            &Slot::Default.path(path),
            context,
            problems,
        )
        .map_or(Initial::None, Initial::Expression),
        Some(DefaultValue::Value(value)) => match serde_json::from_value::<Answer>(value.clone()) {
            Ok(answer) => Initial::Value(answer),
            Err(_) => {
                problems.push(Problem::error(
                    path.key("default"),
                    "this default is not a value any field takes (a text, number, true/false or list of option ids)",
                ));
                Initial::None
            }
        },
    };
    FieldLogic {
        relevant,
        required,
        readonly,
        constraint,
        calculate,
        choice_filter,
        initial,
        min: limit(field, definition.min.as_ref(), "min", problems),
        max: limit(field, definition.max.as_ref(), "max", problems),
        pattern: pattern(field, problems),
    }
}

/// Parses, checks and resolves one expression; `None` (with problems) when it is broken.
fn compile_one(
    source: &str,
    slot: Slot,
    path: &JsonPath,
    context: &Context,
    problems: &mut Vec<Problem>,
) -> Option<Compiled> {
    let parsed = match expr::parse(source) {
        Ok(parsed) => parsed,
        Err(errors) => {
            problems.extend(
                errors
                    .iter()
                    .map(|error| expression_problem(path, source, error)),
            );
            return None;
        }
    };
    let (result, errors) = expr::check_types(&parsed, context.view);
    if !errors.is_empty() {
        problems.extend(
            errors
                .iter()
                .map(|error| expression_problem(path, source, error)),
        );
        return None;
    }
    if slot.is_condition() && !matches!(result, Type::Bool | Type::Any) {
        problems.push(Problem::error(
            path.clone(),
            format!(
                "{} must be a condition (true or false), but this expression gives {}",
                slot.name(),
                result.described()
            ),
        ));
        return None;
    }
    Some(resolve_names(parsed, context))
}

/// Resolves every name the expression reads to a field key.
fn resolve_names(parsed: Expr, context: &Context) -> Compiled {
    let mut names: Vec<Name> = Vec::new();
    for reference in parsed.references() {
        let (rows_of, target) = match &reference.in_rows_of {
            None => (
                None,
                resolve(context.scopes, context.scope, &reference.name),
            ),
            Some(repeat) => in_rows(context, repeat, &reference.name),
        };
        // A direct read must be of a field whose repeats enclose the expression too.
        let target = target.filter(|key| {
            let Some(field) = context.fields.get(key.index()) else {
                return false;
            };
            match &rows_of {
                None => context.depth_of.starts_with(&field.chain),
                Some(_) => true,
            }
        });
        let repeat = rows_of;
        let rows_of = rows_of.map(|key: FieldKey| {
            context
                .fields
                .get(key.index())
                .map_or_else(String::new, |field| field.id().to_owned())
        });
        if !names
            .iter()
            .any(|entry| entry.rows_of == rows_of && entry.name == reference.name)
        {
            names.push(Name {
                rows_of,
                name: reference.name,
                target,
                repeat,
            });
        }
    }
    names.sort_by(|a, b| {
        (a.rows_of.as_deref(), a.name.as_str()).cmp(&(b.rows_of.as_deref(), b.name.as_str()))
    });
    Compiled::new(parsed, names)
}

/// Resolves `name` read inside an aggregate over `repeat`: the repeat's rows first, then the
/// rows of repeats enclosing it (for nested aggregates), then the expression's own scope.
/// Returns the repeat whose rows hold the field (`None`: the expression's scope) and the field.
fn in_rows(context: &Context, repeat: &str, name: &str) -> (Option<FieldKey>, Option<FieldKey>) {
    let scopes = context.scopes;
    let Some(repeat_key) = find_repeat(context, repeat) else {
        return (None, None);
    };
    let rows_scope = context
        .fields
        .get(repeat_key.index())
        .and_then(|field| field.rows)
        .map(|rows| rows.scope);
    let mut current = rows_scope;
    while let Some(index) = current {
        // The iterated repeat's own rows always come first, even when the expression is written
        // inside one of those rows (`sum(members, age)` in a member row reads every row's age).
        if current != rows_scope && is_ancestor_or_self(scopes, index, context.scope) {
            break;
        }
        let Some(scope) = scopes.get(index) else {
            break;
        };
        if let (Some(key), Some(owner)) = (scope.names.get(name), scope.repeat) {
            return (Some(owner), Some(*key));
        }
        current = scope.parent;
    }
    (None, resolve(scopes, context.scope, name))
}

/// The repeat named `repeat`, as the aggregate sees it: from the expression's scope, or inside
/// the rows of an enclosing aggregate's repeat.
fn find_repeat(context: &Context, repeat: &str) -> Option<FieldKey> {
    let direct = resolve(context.scopes, context.scope, repeat).filter(|key| {
        context
            .fields
            .get(key.index())
            .is_some_and(|field| field.rows.is_some())
    });
    direct.or_else(|| {
        context
            .fields
            .iter()
            .find(|field| field.id() == repeat && field.rows.is_some())
            .map(|field| field.key)
    })
}

/// Is `scope` the scope `of` or one enclosing it?
fn is_ancestor_or_self(scopes: &[Scope], scope: usize, of: usize) -> bool {
    let mut current = Some(of);
    while let Some(index) = current {
        if index == scope {
            return true;
        }
        current = scopes.get(index).and_then(|info| info.parent);
    }
    false
}

/// A problem of an expression, at its path and the character offset of the error.
fn expression_problem(path: &JsonPath, source: &str, error: &ExprError) -> Problem {
    let offset = source
        .char_indices()
        .take_while(|(byte, _)| *byte < error.span.start)
        .count();
    let (message, suggestion) = match &error.kind {
        ExprErrorKind::UnknownField { name, suggestion } => {
            (format!("unknown field '{name}'"), suggestion.clone())
        }
        ExprErrorKind::UnknownFunction { name, suggestion } => {
            (format!("unknown function '{name}'"), suggestion.clone())
        }
        _ => (error.to_string(), None),
    };
    let problem = Problem::error(path.clone(), message).at_offset(offset);
    match suggestion {
        Some(suggestion) => problem.with_suggestion(format!("did you mean '{suggestion}'?")),
        None => problem,
    }
}

/// The typed `min`/`max` of a field; a bound that does not fit the field's type is reported.
fn limit(
    field: &FieldInfo,
    bound: Option<&Bound>,
    key: &str,
    problems: &mut Vec<Problem>,
) -> Option<Limit> {
    let bound = bound?;
    let field_type = field.definition.field_type;
    let found = match (base_type(field_type), bound) {
        (Type::Number, Bound::Number(number)) if number.is_finite() => Some(Limit::Number(*number)),
        (Type::Date | Type::DateTime, Bound::Text(text)) if text == "today" => Some(Limit::Today),
        (Type::Date, Bound::Text(text)) => Date::parse_iso(text).map(Limit::Date),
        (Type::Time, Bound::Text(text)) => Time::parse_iso(text).map(Limit::Time),
        (Type::DateTime, Bound::Text(text)) => DateTime::parse_iso(text).map(Limit::DateTime),
        _ => None,
    };
    if found.is_none() {
        problems.push(Problem::error(
            field.path.key(key),
            format!(
                "this {key} does not fit a field of type {}; the engine ignores it",
                super::form::type_name(field_type)
            ),
        ));
    }
    found
}

/// The compiled `pattern` of a field, anchored so that the whole text must match.
fn pattern(field: &FieldInfo, problems: &mut Vec<Problem>) -> Option<regex_lite::Regex> {
    let source = field.definition.pattern.as_ref()?;
    match regex_lite::Regex::new(&format!("^(?:{source})$")) {
        Ok(regex) => Some(regex),
        Err(error) => {
            problems.push(Problem::error(
                field.path.key("pattern"),
                format!("this pattern is not a valid regular expression ({error}); the engine ignores it"),
            ));
            None
        }
    }
}
