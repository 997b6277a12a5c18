//! Option names in expressions that are not options of the field they are compared with:
//! `sex = 'mal'`, `concerns contains 'traficked'`, `selected(concerns, 'x')`,
//! `sex in ['male', 'femal']`, and in a `choice_filter`, `@option = 'x'` or
//! `@tags contains 'x'`.

use super::load::{FieldInfo, Site, SiteKind};
use super::suggest::did_you_mean;
use super::symbols::{Symbols, char_offset};
use super::{Problem, Severity};
use crate::definition::{Choice, FieldType, Options};
use crate::expr::{Expr, ExprNode, NodeView, Operator, Value};

/// What a name on one side of a comparison stands for.
enum Subject<'a> {
    /// A select field (or `.` of one), with its option ids.
    Field(&'a str, &'a [String]),
    /// `@option` in a choice filter: the ids of the filtered field's options.
    Option(&'a str, &'a [String]),
    /// `@tags` in a choice filter: every tag of the filtered field's options.
    Tags(&'a str, Vec<String>),
}

/// Checks the option names in one parsed expression.
pub(super) fn check(
    site: &Site,
    expr: &Expr,
    symbols: &Symbols,
    lookups: &std::collections::BTreeMap<String, Vec<Choice>>,
    problems: &mut Vec<Problem>,
) {
    let walker = Walker {
        site,
        symbols,
        lookups,
    };
    walker.walk(expr.tree(), None, problems);
}

struct Walker<'a> {
    site: &'a Site,
    symbols: &'a Symbols,
    lookups: &'a std::collections::BTreeMap<String, Vec<Choice>>,
}

impl<'a> Walker<'a> {
    fn walk(&self, node: ExprNode<'_>, rows_of: Option<&str>, problems: &mut Vec<Problem>) {
        match node.view() {
            NodeView::Binary(op, left, right) => {
                self.comparison(op, left, right, rows_of, problems);
                self.walk(left, rows_of, problems);
                self.walk(right, rows_of, problems);
            }
            NodeView::Call {
                name,
                args,
                rows_of: inner,
            } => {
                if let ("selected", [choices, option]) = (name, args.as_slice()) {
                    self.literal_against(*choices, *option, rows_of, problems);
                }
                for (index, arg) in args.iter().enumerate() {
                    let rows = if index > 0 {
                        inner.or(rows_of)
                    } else {
                        rows_of
                    };
                    self.walk(*arg, rows, problems);
                }
            }
            NodeView::List(items) => items
                .iter()
                .for_each(|item| self.walk(*item, rows_of, problems)),
            NodeView::Not(operand) | NodeView::Negate(operand) => {
                self.walk(operand, rows_of, problems)
            }
            _ => {}
        }
    }

    fn comparison(
        &self,
        op: Operator,
        left: ExprNode<'_>,
        right: ExprNode<'_>,
        rows_of: Option<&str>,
        problems: &mut Vec<Problem>,
    ) {
        match op {
            Operator::Equal | Operator::NotEqual => {
                self.literal_against(left, right, rows_of, problems);
                self.literal_against(right, left, rows_of, problems);
            }
            Operator::Contains => self.literal_against(left, right, rows_of, problems),
            Operator::In => {
                if let NodeView::List(items) = right.view() {
                    for item in items {
                        self.literal_against(left, item, rows_of, problems);
                    }
                }
            }
            _ => {}
        }
    }

    /// Reports `literal` if it is a text that is not an option of what `subject` names.
    fn literal_against(
        &self,
        subject: ExprNode<'_>,
        literal: ExprNode<'_>,
        rows_of: Option<&str>,
        problems: &mut Vec<Problem>,
    ) {
        let NodeView::Literal(Value::Text(name)) = literal.view() else {
            return;
        };
        let Some(subject) = self.subject(subject, rows_of) else {
            return;
        };
        let (known, message): (&[String], String) = match &subject {
            Subject::Field(field, options) => {
                (options, format!("'{name}' is not an option of '{field}'"))
            }
            Subject::Option(field, options) => {
                (options, format!("'{name}' is not an option of '{field}'"))
            }
            Subject::Tags(field, tags) => {
                (tags, format!("no option of '{field}' has the tag '{name}'"))
            }
        };
        if known.iter().any(|known| known == name) {
            return;
        }
        let mut problem = Problem::error(self.site.path.clone(), message)
            .at_offset(char_offset(&self.site.source, literal.span()));
        if matches!(subject, Subject::Tags(..)) {
            problem.severity = Severity::Warning;
        }
        let problem = match did_you_mean(name, known.iter().map(String::as_str)) {
            Some(suggestion) => problem.with_suggestion(suggestion),
            None if known.len() <= 8 => {
                let listed: Vec<String> = known.iter().map(|known| format!("'{known}'")).collect();
                problem.with_suggestion(format!("the options are {}", listed.join(", ")))
            }
            None => problem,
        };
        problems.push(problem);
    }

    fn subject(&self, node: ExprNode<'_>, rows_of: Option<&str>) -> Option<Subject<'a>> {
        match node.view() {
            NodeView::Field(name) => {
                let info = self.symbols.resolve(name, &self.site.scope, rows_of)?;
                options_of(info).map(|options| Subject::Field(&info.field.id, options))
            }
            NodeView::This if self.site.kind != SiteKind::ChoiceFilter => {
                let info = self.symbols.owner(self.site)?;
                options_of(info).map(|options| Subject::Field(&info.field.id, options))
            }
            NodeView::Special("option") if self.site.kind == SiteKind::ChoiceFilter => {
                let info = self.symbols.owner(self.site)?;
                options_of(info).map(|options| Subject::Option(&info.field.id, options))
            }
            NodeView::Special("tags") if self.site.kind == SiteKind::ChoiceFilter => {
                let info = self.symbols.owner(self.site)?;
                let choices = match &info.field.options {
                    Some(Options::Inline(choices)) => choices,
                    Some(Options::Lookup(lookup)) => self.lookups.get(lookup)?,
                    None => return None,
                };
                let mut tags: Vec<String> = choices
                    .iter()
                    .flat_map(|choice| choice.tags.clone())
                    .collect();
                tags.sort_unstable();
                tags.dedup();
                Some(Subject::Tags(&info.field.id, tags))
            }
            _ => None,
        }
    }
}

/// The option ids of a select or yes/no field, when they are known.
fn options_of(info: &FieldInfo) -> Option<&[String]> {
    match info.field.field_type {
        FieldType::SelectOne | FieldType::SelectMultiple | FieldType::YesNo => {
            info.options.as_deref()
        }
        _ => None,
    }
}
