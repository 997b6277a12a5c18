//! The expression language of form definitions: `relevant`, `required`, `constraint`,
//! `calculate`, `default`, `choice_filter`...
//!
//! ```text
//! age < 18 and protection_concerns contains 'trafficked_smuggled'
//! ```
//!
//! The pipeline follows cel-rust's shape: [`parse`] once (errors collected, with spans), then
//! [`check_types`] against the form's fields, [`Expr::references`] for the dependency graph, and
//! [`evaluate`] on every change. Evaluation is total: it never fails, and bad operands give
//! [`Value::Null`]. The language itself is documented in `docs/expressions.md`.
//!
//! Modules: `lexer` (tokens with spans), `parser` (Pratt parser), `ast` (the tree and its
//! S-expression form), `functions` (the function table), `types` (static checks), `eval`
//! (evaluation) with `builtins` (the functions' bodies).

mod ast;
mod builtins;
mod error;
mod eval;
mod functions;
mod lexer;
mod parser;
mod suggest;
mod types;
mod visit;

use std::fmt;

pub use error::{ExprError, ExprErrorKind, Span};
pub use eval::{EvalContext, evaluate};
pub use functions::{FunctionInfo, functions};
pub use lexer::KEYWORDS;
pub use parser::{MAX_NESTING, MAX_TREE_DEPTH};
pub use types::{TypeScope, check_types};
pub use visit::{ExprNode, NodeView, Operator};

pub use crate::value::{Type, Value};

use ast::{Node, NodeKind};

/// A parsed expression: its source and its syntax tree, in which every node has a span.
///
/// `Display` prints the tree as an S-expression, e.g.
/// `(and (< age 18) (contains protection_concerns "trafficked_smuggled"))`.
#[derive(Debug, Clone, PartialEq)]
pub struct Expr {
    source: String,
    root: Node,
}

/// A field that an expression reads.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Reference {
    /// The field id.
    pub name: String,
    /// Where it is written in the source.
    pub span: Span,
    /// Inside the body of an aggregate such as `sum(family_members, age)`: the repeat group
    /// whose rows the body iterates. The name is looked up in that repeat's rows first, then in
    /// the enclosing scope. For `min` and `max` with two arguments this is set whenever the first
    /// argument is a plain name, even if that name turns out not to be a repeat group (then
    /// `min(a, b)` simply reads both fields).
    pub in_rows_of: Option<String>,
}

/// Parses an expression. All the problems found are returned together, sorted by position;
/// the parser never panics, whatever the input.
pub fn parse(source: &str) -> Result<Expr, Vec<ExprError>> {
    let (root, errors) = parser::parse_tree(source);
    if errors.is_empty() {
        Ok(Expr {
            source: source.to_owned(),
            root,
        })
    } else {
        Err(errors)
    }
}

impl Expr {
    /// Every field the expression reads, in source order, including the repeat groups that
    /// aggregates iterate and the fields read inside their bodies (marked with `in_rows_of`).
    /// `.` and `@name` are not fields and are not listed.
    pub fn references(&self) -> Vec<Reference> {
        let mut references = Vec::new();
        collect_references(&self.root, None, &mut references);
        references
    }

    /// The source text the expression was parsed from.
    pub fn source(&self) -> &str {
        &self.source
    }

    /// Does the expression read `.`, the value of the field that holds it?
    pub fn uses_this(&self) -> bool {
        fn walk(node: &Node) -> bool {
            match &node.kind {
                NodeKind::This => true,
                _ => children(node).iter().any(|child| walk(child)),
            }
        }
        walk(&self.root)
    }

    pub(crate) fn root(&self) -> &Node {
        &self.root
    }
}

impl fmt::Display for Expr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.root)
    }
}

/// The direct children of a node, in source order.
fn children(node: &Node) -> Vec<&Node> {
    match &node.kind {
        NodeKind::List(items) => items.iter().collect(),
        NodeKind::Not(operand) | NodeKind::Negate(operand) => vec![operand],
        NodeKind::Binary(_, left, right) => vec![left, right],
        NodeKind::Call(call) => call.args.iter().collect(),
        _ => Vec::new(),
    }
}

fn collect_references(node: &Node, rows: Option<&str>, out: &mut Vec<Reference>) {
    let reference = |name: &str, span| Reference {
        name: name.to_owned(),
        span,
        in_rows_of: rows.map(str::to_owned),
    };
    match &node.kind {
        NodeKind::Field(name) => out.push(reference(name, node.span)),
        NodeKind::Call(call) => match call.repeat_name() {
            Some(repeat) => {
                for (index, arg) in call.args.iter().enumerate() {
                    if index == 0 {
                        out.push(reference(repeat, arg.span));
                    } else {
                        collect_references(arg, Some(repeat), out);
                    }
                }
            }
            None => call
                .args
                .iter()
                .for_each(|arg| collect_references(arg, rows, out)),
        },
        _ => children(node)
            .into_iter()
            .for_each(|child| collect_references(child, rows, out)),
    }
}
