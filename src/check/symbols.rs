//! The fields that loaded, by scope, for the checks that read expressions: which field a
//! name in an expression means, the way the engine resolves it (the expression's own scope
//! first, then the enclosing ones; inside an aggregate, the repeat's rows first).

use std::collections::HashMap;

use super::load::{FieldInfo, ScopeKey, Site};
use crate::definition::FieldType;
use crate::expr::Span;

/// The loaded fields by scope and id.
pub(super) struct Symbols {
    fields: Vec<FieldInfo>,
    by_name: HashMap<(ScopeKey, String), usize>,
    by_path: HashMap<String, usize>,
    parents: HashMap<String, ScopeKey>,
}

impl Symbols {
    /// Indexes `fields`; for a duplicate id the first one wins, as in the engine.
    pub fn new(fields: Vec<FieldInfo>, parents: HashMap<String, ScopeKey>) -> Self {
        let mut by_name = HashMap::new();
        let mut by_path = HashMap::new();
        for (index, info) in fields.iter().enumerate() {
            by_path.insert(info.path.to_string(), index);
            by_name
                .entry((info.scope.clone(), info.field.id.clone()))
                .or_insert(index);
        }
        Self {
            fields,
            by_name,
            by_path,
            parents,
        }
    }

    /// The field `name` means in `scope`, or in the rows of the repeat `rows_of`.
    pub fn resolve(
        &self,
        name: &str,
        scope: &ScopeKey,
        rows_of: Option<&str>,
    ) -> Option<&FieldInfo> {
        if let Some(repeat) = rows_of.and_then(|repeat| self.resolve(repeat, scope, None))
            && repeat.field.field_type == FieldType::Repeat
        {
            let rows = Some(repeat.path.to_string());
            if let Some(&index) = self.by_name.get(&(rows, name.to_string())) {
                return self.fields.get(index);
            }
        }
        let mut scope = scope.clone();
        loop {
            if let Some(&index) = self.by_name.get(&(scope.clone(), name.to_string())) {
                return self.fields.get(index);
            }
            scope = match &scope {
                None => return None,
                Some(key) => self.parents.get(key).cloned().flatten(),
            };
        }
    }

    /// The field whose source path is `path` (as text).
    pub fn at_path(&self, path: &str) -> Option<&FieldInfo> {
        self.fields.get(*self.by_path.get(path)?)
    }

    /// The field that holds the expression at `site` (for `.` and `@option`).
    pub fn owner(&self, site: &Site) -> Option<&FieldInfo> {
        let id = site.field.as_deref()?;
        let index = *self.by_name.get(&(site.scope.clone(), id.to_string()))?;
        self.fields.get(index)
    }
}

/// The character offset in `source` of the byte offset `span.start`.
pub(super) fn char_offset(source: &str, span: Span) -> usize {
    source
        .char_indices()
        .take_while(|(byte, _)| *byte < span.start)
        .count()
}

/// The text of `span` in `source` (empty if the span does not fit).
pub(super) fn span_text(source: &str, span: Span) -> &str {
    source.get(span.start..span.end).unwrap_or_default()
}
