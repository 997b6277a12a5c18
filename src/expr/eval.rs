//! Evaluation of a parsed expression against an [`EvalContext`].
//!
//! Evaluation is total: it never panics and never fails. Operands of the wrong type, and
//! operations without a meaningful result (division by zero, a date out of range), give
//! [`Value::Null`]; comparisons involving `Null` or values of different types are `false`.

use std::borrow::Cow;
use std::cmp::Ordering;

use super::Expr;
use super::ast::{BinaryOp, Node, NodeKind};
use super::builtins;
use crate::value::{Date, DateTime, Value};

/// What an expression can see while it is evaluated: the form's current values, its repeat
/// groups, and the clock. The core does no IO, so the clock comes from here.
pub trait EvalContext {
    /// The current value of the field `name`, already typed; `Null` if it is unanswered or not
    /// a field. The id of a repeat group must give `Null` too.
    fn value(&self, name: &str) -> Value;

    /// How many rows of the repeat group `repeat` are visible from here; 0 if `repeat` is not a
    /// repeat group.
    fn row_count(&self, repeat: &str) -> usize;

    /// The value of the field `name` in row `row` (0-based) of the repeat group `repeat`:
    /// `Some` if `name` is a field of that repeat's rows (`Some(Value::Null)` if unanswered),
    /// `None` if it is not, in which case the name is looked up with [`EvalContext::value`].
    fn row_value(&self, repeat: &str, row: usize, name: &str) -> Option<Value>;

    /// `.`: the value of the field that holds the expression (for a `constraint`, the value
    /// being checked).
    fn this(&self) -> Value {
        Value::Null
    }

    /// `@name` context variables, without the `@`: `option` (the choice being filtered by a
    /// `choice_filter`), `tags` (that choice's tags, as `Choices`) and `row` (the 1-based number
    /// of the repeat row holding the expression). Inside an aggregate's body the evaluator
    /// answers `row` itself, with the number of the row being iterated.
    fn special(&self, _name: &str) -> Value {
        Value::Null
    }

    /// Today's date.
    fn today(&self) -> Date;

    /// The current date and time.
    fn now(&self) -> DateTime;

    /// A context for the inside of row `row` (0-based) of `repeat`, used for the bodies of
    /// aggregates. The default, `None`, makes the evaluator wrap `self`: names are looked up
    /// with [`EvalContext::row_value`] first and then with [`EvalContext::value`], and `@row`
    /// is `row + 1`. Override it only for repeats nested inside repeat rows: the returned
    /// context must then answer for that row (its fields first, then the enclosing ones; its
    /// own nested repeats; `@row`).
    fn row_context(&self, _repeat: &str, _row: usize) -> Option<Box<dyn EvalContext + '_>> {
        None
    }
}

/// The view from inside one row of a repeat group: the row's fields, then the parent's.
struct RowScope<'a> {
    parent: &'a dyn EvalContext,
    repeat: &'a str,
    row: usize,
}

impl EvalContext for RowScope<'_> {
    fn value(&self, name: &str) -> Value {
        self.parent
            .row_value(self.repeat, self.row, name)
            .unwrap_or_else(|| self.parent.value(name))
    }

    fn row_count(&self, repeat: &str) -> usize {
        self.parent.row_count(repeat)
    }

    fn row_value(&self, repeat: &str, row: usize, name: &str) -> Option<Value> {
        self.parent.row_value(repeat, row, name)
    }

    fn this(&self) -> Value {
        self.parent.this()
    }

    fn special(&self, name: &str) -> Value {
        if name == "row" {
            // Row numbers are far below 2^53, so the conversion is exact.
            Value::Number((self.row + 1) as f64)
        } else {
            self.parent.special(name)
        }
    }

    fn today(&self) -> Date {
        self.parent.today()
    }

    fn now(&self) -> DateTime {
        self.parent.now()
    }
}

/// Calls `body` with the context of each row of `repeat`, until it returns `false`.
pub(crate) fn for_each_row(
    ctx: &dyn EvalContext,
    repeat: &str,
    mut body: impl FnMut(&dyn EvalContext) -> bool,
) {
    for row in 0..ctx.row_count(repeat) {
        let go_on = match ctx.row_context(repeat, row) {
            Some(row_ctx) => body(&*row_ctx),
            None => body(&RowScope {
                parent: ctx,
                repeat,
                row,
            }),
        };
        if !go_on {
            break;
        }
    }
}

/// Evaluates `expr` in `ctx`. Never panics; problems give `Null` (see the module docs).
pub fn evaluate(expr: &Expr, ctx: &dyn EvalContext) -> Value {
    eval(expr.root(), ctx)
}

/// Evaluates one node.
pub(crate) fn eval(node: &Node, ctx: &dyn EvalContext) -> Value {
    match &node.kind {
        NodeKind::Literal(value) => value.clone(),
        NodeKind::Field(name) => ctx.value(name),
        NodeKind::This => ctx.this(),
        NodeKind::Special(name) => ctx.special(name),
        NodeKind::Not(operand) => Value::Bool(!eval(operand, ctx).is_true()),
        NodeKind::Negate(operand) => match eval(operand, ctx) {
            Value::Number(number) => Value::Number(-number),
            _ => Value::Null,
        },
        NodeKind::Binary(op, left, right) => binary(*op, left, right, ctx),
        NodeKind::Call(call) => builtins::call(call, ctx),
        NodeKind::List(_) | NodeKind::Error => Value::Null,
    }
}

/// Evaluates one node, borrowing rather than copying when it is a literal: comparisons with
/// literal texts are the most common expressions, and this spares them an allocation.
fn eval_borrowed<'a>(node: &'a Node, ctx: &dyn EvalContext) -> Cow<'a, Value> {
    match &node.kind {
        NodeKind::Literal(value) => Cow::Borrowed(value),
        _ => Cow::Owned(eval(node, ctx)),
    }
}

/// A finite number, or `Null` (for division by zero and overflow).
pub(crate) fn finite(number: f64) -> Value {
    if number.is_finite() {
        Value::Number(number)
    } else {
        Value::Null
    }
}

fn binary(op: BinaryOp, left: &Node, right: &Node, ctx: &dyn EvalContext) -> Value {
    match op {
        BinaryOp::And => Value::Bool(eval(left, ctx).is_true() && eval(right, ctx).is_true()),
        BinaryOp::Or => Value::Bool(eval(left, ctx).is_true() || eval(right, ctx).is_true()),
        BinaryOp::In => Value::Bool(is_in(&eval_borrowed(left, ctx), right, ctx)),
        _ => {
            let (left, right) = (eval_borrowed(left, ctx), eval_borrowed(right, ctx));
            operate(op, &left, &right)
        }
    }
}

fn operate(op: BinaryOp, left: &Value, right: &Value) -> Value {
    let order = || compare(left, right);
    match op {
        BinaryOp::Equal => Value::Bool(equal(left, right) == Some(true)),
        BinaryOp::NotEqual => Value::Bool(equal(left, right) == Some(false)),
        BinaryOp::Less => Value::Bool(order() == Some(Ordering::Less)),
        BinaryOp::LessEqual => {
            Value::Bool(matches!(order(), Some(Ordering::Less | Ordering::Equal)))
        }
        BinaryOp::Greater => Value::Bool(order() == Some(Ordering::Greater)),
        BinaryOp::GreaterEqual => {
            Value::Bool(matches!(order(), Some(Ordering::Greater | Ordering::Equal)))
        }
        BinaryOp::Contains => Value::Bool(contains(left, right)),
        _ => match (left, right) {
            (Value::Number(a), Value::Number(b)) => match op {
                BinaryOp::Add => finite(a + b),
                BinaryOp::Subtract => finite(a - b),
                BinaryOp::Multiply => finite(a * b),
                BinaryOp::Divide => finite(a / b),
                BinaryOp::Modulo => finite(a % b),
                _ => Value::Null,
            },
            _ => Value::Null,
        },
    }
}

/// `left in right`: `right` is a list literal or a multiple choice.
fn is_in(left: &Value, right: &Node, ctx: &dyn EvalContext) -> bool {
    if left.is_null() {
        return false;
    }
    match &right.kind {
        NodeKind::List(items) => items
            .iter()
            .any(|item| equal(left, &eval_borrowed(item, ctx)) == Some(true)),
        _ => match (left, eval(right, ctx)) {
            (Value::Text(text), Value::Choices(choices)) => {
                choices.iter().any(|choice| choice == text)
            }
            _ => false,
        },
    }
}

/// `left contains right`: a multiple choice contains a choice, or a text contains a text.
pub(crate) fn contains(left: &Value, right: &Value) -> bool {
    match (left, right) {
        (Value::Choices(choices), Value::Text(text)) => choices.iter().any(|choice| choice == text),
        (Value::Text(text), Value::Text(part)) => text.contains(part.as_str()),
        _ => false,
    }
}

/// Equality of two values of the same type; `None` if either is `Null` or their types differ.
/// Two multiple choices are equal if they hold the same choices, in any order.
pub(crate) fn equal(left: &Value, right: &Value) -> Option<bool> {
    Some(match (left, right) {
        (Value::Bool(a), Value::Bool(b)) => a == b,
        (Value::Number(a), Value::Number(b)) => a == b,
        (Value::Text(a), Value::Text(b)) => a == b,
        (Value::Date(a), Value::Date(b)) => a == b,
        (Value::Time(a), Value::Time(b)) => a == b,
        (Value::DateTime(a), Value::DateTime(b)) => a == b,
        (Value::Choices(a), Value::Choices(b)) => {
            a.iter().all(|choice| b.contains(choice)) && b.iter().all(|choice| a.contains(choice))
        }
        _ => return None,
    })
}

/// Order of two values of the same orderable type (numbers, texts by code point, dates, times,
/// date-times); `None` otherwise.
pub(crate) fn compare(left: &Value, right: &Value) -> Option<Ordering> {
    match (left, right) {
        (Value::Number(a), Value::Number(b)) => a.partial_cmp(b),
        (Value::Text(a), Value::Text(b)) => Some(a.cmp(b)),
        (Value::Date(a), Value::Date(b)) => Some(a.cmp(b)),
        (Value::Time(a), Value::Time(b)) => Some(a.cmp(b)),
        (Value::DateTime(a), Value::DateTime(b)) => Some(a.cmp(b)),
        _ => None,
    }
}
