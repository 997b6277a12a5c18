//! A read-only public view of a parsed expression's tree, for analyses outside `expr` (the
//! checker looks for option names that do not exist and conditions that can never hold).
//!
//! The tree itself stays private to `expr`; this view exposes what a reader needs and
//! nothing that would let it build or change a tree.

use super::Expr;
use super::Span;
use super::ast::{BinaryOp, Node, NodeKind};
use crate::value::Value;

/// One node of a parsed expression.
#[derive(Debug, Clone, Copy)]
pub struct ExprNode<'a> {
    node: &'a Node,
}

/// A binary operator.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Operator {
    /// `or`
    Or,
    /// `and`
    And,
    /// `=`
    Equal,
    /// `!=`
    NotEqual,
    /// `<`
    Less,
    /// `<=`
    LessEqual,
    /// `>`
    Greater,
    /// `>=`
    GreaterEqual,
    /// `contains`
    Contains,
    /// `in`
    In,
    /// `+`
    Add,
    /// `-`
    Subtract,
    /// `*`
    Multiply,
    /// `/`
    Divide,
    /// `mod`
    Modulo,
}

/// What a node is, with its children as nodes.
#[derive(Debug, Clone)]
pub enum NodeView<'a> {
    /// A number, text, `true`, `false`, `null`, or a `date('...')`-style literal.
    Literal(&'a Value),
    /// A field id.
    Field(&'a str),
    /// `.`, the value of the field holding the expression.
    This,
    /// `@option`, `@tags`, `@row` (the name without `@`).
    Special(&'a str),
    /// `[a, b]`, the right side of `in`.
    List(Vec<ExprNode<'a>>),
    /// `not x`
    Not(ExprNode<'a>),
    /// `-x`
    Negate(ExprNode<'a>),
    /// `a op b`
    Binary(Operator, ExprNode<'a>, ExprNode<'a>),
    /// `name(args)`.
    Call {
        /// The function's name, e.g. `selected`.
        name: &'static str,
        /// The arguments.
        args: Vec<ExprNode<'a>>,
        /// For an aggregate such as `sum(members, age)`: the repeat whose rows the arguments
        /// after the first are evaluated in.
        rows_of: Option<&'a str>,
    },
    /// A part that did not parse (never in a successfully parsed expression).
    Error,
}

impl Expr {
    /// The root of the expression's tree.
    pub fn tree(&self) -> ExprNode<'_> {
        ExprNode { node: self.root() }
    }
}

impl<'a> ExprNode<'a> {
    /// Where the node is in the expression's source, in bytes.
    pub fn span(&self) -> Span {
        self.node.span
    }

    /// What the node is.
    pub fn view(&self) -> NodeView<'a> {
        let wrap = |node: &'a Node| ExprNode { node };
        match &self.node.kind {
            NodeKind::Literal(value) => NodeView::Literal(value),
            NodeKind::Field(name) => NodeView::Field(name),
            NodeKind::This => NodeView::This,
            NodeKind::Special(name) => NodeView::Special(name),
            NodeKind::List(items) => NodeView::List(items.iter().map(wrap).collect()),
            NodeKind::Not(operand) => NodeView::Not(wrap(operand)),
            NodeKind::Negate(operand) => NodeView::Negate(wrap(operand)),
            NodeKind::Binary(op, left, right) => {
                NodeView::Binary(Operator::from(*op), wrap(left), wrap(right))
            }
            NodeKind::Call(call) => NodeView::Call {
                name: call.info.name,
                args: call.args.iter().map(wrap).collect(),
                rows_of: call.repeat_name(),
            },
            NodeKind::Error => NodeView::Error,
        }
    }
}

impl Operator {
    /// How the operator is written, e.g. `<=` or `contains`.
    pub fn symbol(self) -> &'static str {
        self.binary().symbol()
    }

    fn binary(self) -> BinaryOp {
        match self {
            Operator::Or => BinaryOp::Or,
            Operator::And => BinaryOp::And,
            Operator::Equal => BinaryOp::Equal,
            Operator::NotEqual => BinaryOp::NotEqual,
            Operator::Less => BinaryOp::Less,
            Operator::LessEqual => BinaryOp::LessEqual,
            Operator::Greater => BinaryOp::Greater,
            Operator::GreaterEqual => BinaryOp::GreaterEqual,
            Operator::Contains => BinaryOp::Contains,
            Operator::In => BinaryOp::In,
            Operator::Add => BinaryOp::Add,
            Operator::Subtract => BinaryOp::Subtract,
            Operator::Multiply => BinaryOp::Multiply,
            Operator::Divide => BinaryOp::Divide,
            Operator::Modulo => BinaryOp::Modulo,
        }
    }
}

impl From<BinaryOp> for Operator {
    fn from(op: BinaryOp) -> Self {
        match op {
            BinaryOp::Or => Operator::Or,
            BinaryOp::And => Operator::And,
            BinaryOp::Equal => Operator::Equal,
            BinaryOp::NotEqual => Operator::NotEqual,
            BinaryOp::Less => Operator::Less,
            BinaryOp::LessEqual => Operator::LessEqual,
            BinaryOp::Greater => Operator::Greater,
            BinaryOp::GreaterEqual => Operator::GreaterEqual,
            BinaryOp::Contains => Operator::Contains,
            BinaryOp::In => Operator::In,
            BinaryOp::Add => Operator::Add,
            BinaryOp::Subtract => Operator::Subtract,
            BinaryOp::Multiply => Operator::Multiply,
            BinaryOp::Divide => Operator::Divide,
            BinaryOp::Modulo => Operator::Modulo,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_view_shows_the_tree() {
        let Ok(expr) = crate::expr::parse("sex = 'male' and selected(concerns, 'gbv')") else {
            panic!("the expression parses");
        };
        let NodeView::Binary(Operator::And, left, right) = expr.tree().view() else {
            panic!("an and at the root");
        };
        assert!(matches!(
            left.view(),
            NodeView::Binary(Operator::Equal, _, _)
        ));
        let NodeView::Call {
            name,
            args,
            rows_of,
        } = right.view()
        else {
            panic!("a call");
        };
        assert_eq!((name, args.len(), rows_of), ("selected", 2, None));
        assert_eq!(left.span().start, 0);
        assert_eq!(Operator::LessEqual.symbol(), "<=");
    }
}
