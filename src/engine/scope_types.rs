//! The types of the fields visible from each scope, for the type checker, and the types of
//! calculated fields (those of their expressions).

use std::collections::HashMap;

use crate::definition::FieldType;
use crate::expr::{self, Type, TypeScope};

use super::form::{FieldInfo, Scope};

/// The types visible from one scope, for [`expr::check_types`].
pub(crate) struct TypeView {
    types: HashMap<String, Type>,
    rows: HashMap<String, TypeView>,
}

impl TypeScope for TypeView {
    fn field_type(&self, name: &str) -> Option<Type> {
        self.types.get(name).copied()
    }

    fn row_scope(&self, repeat: &str) -> Option<&dyn TypeScope> {
        self.rows.get(repeat).map(|view| view as &dyn TypeScope)
    }

    fn field_names(&self) -> Vec<String> {
        let mut names: Vec<String> = self.types.keys().cloned().collect();
        names.sort_unstable();
        names
    }
}

/// A view with the type of `.` for one field's expressions.
pub(crate) struct WithThis<'a> {
    pub view: &'a TypeView,
    pub this: Type,
}

impl TypeScope for WithThis<'_> {
    fn field_type(&self, name: &str) -> Option<Type> {
        self.view.field_type(name)
    }

    fn row_scope(&self, repeat: &str) -> Option<&dyn TypeScope> {
        self.view.row_scope(repeat)
    }

    fn field_names(&self) -> Vec<String> {
        self.view.field_names()
    }

    fn this_type(&self) -> Type {
        self.this
    }
}

/// Builds the view of `scope`: its names and the enclosing ones (inner first), and the row
/// scopes of every repeat visible from it. Row scopes hold only their own names (the checker
/// falls back to the enclosing scopes itself) and their own nested repeats, so the tree is
/// finite.
pub(crate) fn view(
    scopes: &[Scope],
    fields: &[FieldInfo],
    scope: usize,
    outward: bool,
) -> TypeView {
    let mut types = HashMap::new();
    let mut rows = HashMap::new();
    let mut current = Some(scope);
    while let Some(index) = current {
        let Some(info) = scopes.get(index) else { break };
        for (name, key) in &info.names {
            if let Some(field) = fields.get(key.index()) {
                types.entry(name.clone()).or_insert(field.value_type);
            }
        }
        for repeat in &info.repeats {
            let Some(field) = fields.get(repeat.index()) else {
                continue;
            };
            let Some(rows_info) = field.rows else {
                continue;
            };
            if !rows.contains_key(field.id()) && info.names.get(field.id()) == Some(repeat) {
                rows.insert(
                    field.id().to_owned(),
                    view_down(scopes, fields, rows_info.scope),
                );
            }
        }
        current = if outward { info.parent } else { None };
    }
    TypeView { types, rows }
}

fn view_down(scopes: &[Scope], fields: &[FieldInfo], scope: usize) -> TypeView {
    view(scopes, fields, scope, false)
}

/// Gives calculated fields the type of their expression, repeating while types change
/// (a calculation may read another); a few rounds settle any realistic chain.
pub(crate) fn infer_calculated_types(fields: &mut [FieldInfo], scopes: &[Scope]) {
    const ROUNDS: usize = 8;
    for _ in 0..ROUNDS {
        let views: Vec<TypeView> = (0..scopes.len())
            .map(|scope| view(scopes, fields, scope, true))
            .collect();
        let mut changed = false;
        for field in fields.iter_mut() {
            if field.definition.field_type != FieldType::Calculated {
                continue;
            }
            let (Some(source), Some(view)) = (&field.definition.calculate, views.get(field.scope))
            else {
                continue;
            };
            let Ok(parsed) = expr::parse(source) else {
                continue;
            };
            let (found, _) = expr::check_types(&parsed, view);
            if found != field.value_type {
                field.value_type = found;
                changed = true;
            }
        }
        if !changed {
            break;
        }
    }
}
