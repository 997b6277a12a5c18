//! The syntax tree of a parsed expression, and its S-expression form.

use std::fmt;

use super::error::Span;
use super::functions::{Function, FunctionInfo};
use crate::value::{Value, write_number};

/// A node of the syntax tree: what it is and where it is in the source.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Node {
    /// What the node is.
    pub kind: NodeKind,
    /// Where it is; for a call, from its name to its `)`.
    pub span: Span,
    /// Length of the longest path from this node to a leaf (a leaf has depth 1). The parser
    /// bounds it, so that every recursive walk of the tree has bounded depth.
    pub depth: u32,
}

/// The kinds of nodes.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum NodeKind {
    /// A number, text, `true`, `false`, `null`, or `date('...')`-style literal.
    Literal(Value),
    /// A field id.
    Field(String),
    /// `.`: the value of the field holding the expression.
    This,
    /// `@option`, `@tags`, `@row` (the name without `@`).
    Special(String),
    /// `[a, b]`, only as the right side of `in`.
    List(Vec<Node>),
    /// `not x`.
    Not(Box<Node>),
    /// `-x`.
    Negate(Box<Node>),
    /// `a op b`.
    Binary(BinaryOp, Box<Node>, Box<Node>),
    /// `name(args)`.
    Call(Call),
    /// Stands in for a part that did not parse; never in a successfully parsed expression.
    Error,
}

/// A function call.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Call {
    /// The function called.
    pub info: &'static FunctionInfo,
    /// The arguments.
    pub args: Vec<Node>,
    /// The span of the function's name.
    pub name_span: Span,
}

impl Call {
    /// The function called.
    pub(crate) fn function(&self) -> Function {
        self.info.function
    }

    /// The repeat group whose rows this call iterates, if it is written as an aggregate: always
    /// for `count`, `sum`, `avg`, `any`, `all`; for `min` and `max` when they have two arguments
    /// and the first is a plain name (whether that name is a repeat decides the type checker or,
    /// at run time, the context).
    pub(crate) fn repeat_name(&self) -> Option<&str> {
        let could_iterate = self.function().is_aggregate_only()
            || (matches!(self.function(), Function::Min | Function::Max) && self.args.len() == 2);
        match self.args.first() {
            Some(Node {
                kind: NodeKind::Field(name),
                ..
            }) if could_iterate => Some(name),
            _ => None,
        }
    }
}

/// Binary operators.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum BinaryOp {
    Or,
    And,
    Equal,
    NotEqual,
    Less,
    LessEqual,
    Greater,
    GreaterEqual,
    Contains,
    In,
    Add,
    Subtract,
    Multiply,
    Divide,
    Modulo,
}

impl BinaryOp {
    /// The canonical spelling, used by the S-expression form and in messages.
    pub(crate) fn symbol(self) -> &'static str {
        match self {
            BinaryOp::Or => "or",
            BinaryOp::And => "and",
            BinaryOp::Equal => "=",
            BinaryOp::NotEqual => "!=",
            BinaryOp::Less => "<",
            BinaryOp::LessEqual => "<=",
            BinaryOp::Greater => ">",
            BinaryOp::GreaterEqual => ">=",
            BinaryOp::Contains => "contains",
            BinaryOp::In => "in",
            BinaryOp::Add => "+",
            BinaryOp::Subtract => "-",
            BinaryOp::Multiply => "*",
            BinaryOp::Divide => "/",
            BinaryOp::Modulo => "mod",
        }
    }

    /// Is this one of the comparison operators (which cannot be chained)?
    pub(crate) fn is_comparison(self) -> bool {
        matches!(
            self,
            BinaryOp::Equal
                | BinaryOp::NotEqual
                | BinaryOp::Less
                | BinaryOp::LessEqual
                | BinaryOp::Greater
                | BinaryOp::GreaterEqual
                | BinaryOp::Contains
                | BinaryOp::In
        )
    }
}

/// Writes a text literal in double quotes, escaping `"` and `\`.
fn write_text(f: &mut fmt::Formatter<'_>, text: &str) -> fmt::Result {
    f.write_str("\"")?;
    for character in text.chars() {
        if matches!(character, '"' | '\\') {
            f.write_str("\\")?;
        }
        write!(f, "{character}")?;
    }
    f.write_str("\"")
}

/// The S-expression form: `(and (< age 18) (contains concerns "trafficked"))`.
impl fmt::Display for Node {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.kind {
            NodeKind::Literal(value) => match value {
                Value::Null => f.write_str("null"),
                Value::Bool(value) => write!(f, "{value}"),
                Value::Number(number) => write_number(f, *number),
                Value::Text(text) => write_text(f, text),
                Value::Date(date) => write!(f, "(date \"{date}\")"),
                Value::Time(time) => write!(f, "(time \"{time}\")"),
                Value::DateTime(date_time) => write!(f, "(datetime \"{date_time}\")"),
                Value::Choices(choices) => {
                    f.write_str("(list")?;
                    for choice in choices {
                        f.write_str(" ")?;
                        write_text(f, choice)?;
                    }
                    f.write_str(")")
                }
            },
            NodeKind::Field(name) => f.write_str(name),
            NodeKind::This => f.write_str("."),
            NodeKind::Special(name) => write!(f, "@{name}"),
            NodeKind::List(items) => {
                f.write_str("(list")?;
                for item in items {
                    write!(f, " {item}")?;
                }
                f.write_str(")")
            }
            NodeKind::Not(operand) => write!(f, "(not {operand})"),
            NodeKind::Negate(operand) => write!(f, "(- {operand})"),
            NodeKind::Binary(op, left, right) => write!(f, "({} {left} {right})", op.symbol()),
            NodeKind::Call(call) => {
                write!(f, "({}", call.info.name)?;
                for arg in &call.args {
                    write!(f, " {arg}")?;
                }
                f.write_str(")")
            }
            NodeKind::Error => f.write_str("<error>"),
        }
    }
}
