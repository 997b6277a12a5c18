//! [`Form`]: a definition compiled into a flat field table with scopes, parsed expressions and
//! a dependency graph.

use std::collections::HashMap;

use crate::check::{JsonPath, Problem};
use crate::definition::{Choice, Field, FieldType, FormDefinition, Options, Text};
use crate::expr::Type;

use super::expressions::{self, Cond, FieldLogic, SectionLogic};
use super::graph::{self, Graph};
use super::{FieldKey, Instance};
use crate::answers::RowId;

/// A compiled form: the definition, a flat table of its fields in form order, the scopes that
/// names resolve in, the parsed expressions and the dependency graph.
///
/// Build it with [`Form::compile`]; share it between states with an `Arc`.
#[derive(Debug)]
pub struct Form {
    definition: FormDefinition,
    pub(crate) fields: Vec<FieldInfo>,
    pub(crate) sections: Vec<SectionInfo>,
    pub(crate) scopes: Vec<Scope>,
    pub(crate) graph: Graph,
    /// Returned by [`Form::field`] for a key that is not of this form, so that it never panics.
    placeholder: FieldInfo,
}

/// One field of a compiled form.
#[derive(Debug, Clone)]
pub struct FieldInfo {
    /// The field's key.
    pub key: FieldKey,
    /// The field as written in the definition, without its nested `fields` (see `children`).
    pub definition: Field,
    /// Where the field sits in the definition file, e.g. `sections[1].fields[4].fields[0]`.
    pub path: JsonPath,
    /// The index of its section.
    pub section: usize,
    /// The group or repeat it is directly inside, if any.
    pub parent: Option<FieldKey>,
    /// The repeat whose rows hold this field (the innermost one), if any.
    pub repeat: Option<FieldKey>,
    /// The fields directly inside a group or repeat, in order.
    pub children: Vec<FieldKey>,
    /// The type of the field's value in expressions.
    pub value_type: Type,
    /// The field's options (inline, from a lookup, or `yes`/`no` for a `yes_no` field);
    /// `FieldState::visible_options` indexes into this list.
    pub options: Vec<Choice>,
    /// The enclosing repeats, outermost first (an `Instance` has one row id for each).
    pub(crate) chain: Vec<FieldKey>,
    /// The scope whose state holds this field's instances.
    pub(crate) scope: usize,
    /// For a repeat: the scope of its rows.
    pub(crate) rows: Option<RowsInfo>,
    /// The compiled expressions and rules.
    pub(crate) logic: FieldLogic,
}

impl FieldInfo {
    /// The field's id.
    pub fn id(&self) -> &str {
        &self.definition.id
    }

    /// The field's type.
    pub fn field_type(&self) -> FieldType {
        self.definition.field_type
    }

    /// How many repeats enclose the field: the length of an `Instance`'s `rows`.
    pub fn depth(&self) -> usize {
        self.chain.len()
    }

    /// True for fields that hold an answer typed or chosen by the user (not notes, groups,
    /// repeats, or fields computed by `calculate`).
    pub fn takes_answer(&self) -> bool {
        !matches!(
            self.definition.field_type,
            FieldType::Note | FieldType::Group | FieldType::Repeat | FieldType::Calculated
        ) && !self.is_computed()
    }

    /// True for `calculated` fields and any field with a `calculate` expression.
    pub fn is_computed(&self) -> bool {
        self.definition.field_type == FieldType::Calculated || self.definition.calculate.is_some()
    }

    /// False when the field is never required (its `required` is absent or `false`), so a
    /// view need not follow its `required` state.
    pub fn may_be_required(&self) -> bool {
        !matches!(self.logic.required, Cond::Never)
    }

    /// False when the field's answer can always be changed (not computed, and its `readonly`
    /// is absent or `false`), so a view need not follow its `readonly` state.
    pub fn may_be_readonly(&self) -> bool {
        self.is_computed() || !matches!(self.logic.readonly, Cond::Never)
    }

    /// True when a `choice_filter` decides which options are offered; otherwise every option
    /// always is.
    pub fn filters_options(&self) -> bool {
        self.logic.choice_filter.is_some()
    }
}

/// Where a repeat's rows live in the state tree.
#[derive(Debug, Clone, Copy)]
pub(crate) struct RowsInfo {
    /// The scope of the rows.
    pub scope: usize,
}

/// A section of a compiled form.
#[derive(Debug, Clone)]
pub(crate) struct SectionInfo {
    /// Its id.
    pub id: String,
    /// Its top-level fields.
    pub fields: Vec<FieldKey>,
    /// Its path, `sections[i]`.
    pub path: JsonPath,
    /// Its compiled `relevant`.
    pub logic: SectionLogic,
}

/// A naming scope: the form, or the rows of one repeat. Groups are transparent.
#[derive(Debug, Clone)]
pub(crate) struct Scope {
    /// The enclosing scope (`None` for the form).
    pub parent: Option<usize>,
    /// The repeat whose rows this scope describes (`None` for the form).
    pub repeat: Option<FieldKey>,
    /// The fields whose state lives in this scope, in form order.
    pub fields: Vec<FieldKey>,
    /// The repeats declared in this scope.
    pub repeats: Vec<FieldKey>,
    /// Field id to key; the first of duplicate ids wins (the checker reports duplicates).
    pub names: HashMap<String, FieldKey>,
}

impl Form {
    /// Compiles a definition. Always gives a usable form: an expression that does not parse or
    /// type-check, a cycle, an unknown lookup or a bad pattern is left out (reported as a
    /// [`Problem`] at its JSON path) and the field behaves as if it were absent.
    pub fn compile(definition: FormDefinition) -> (Form, Vec<Problem>) {
        let mut problems = Vec::new();
        let mut builder = Builder {
            definition: &definition,
            fields: Vec::new(),
            sections: Vec::new(),
            scopes: vec![Scope {
                parent: None,
                repeat: None,
                fields: Vec::new(),
                repeats: Vec::new(),
                names: HashMap::new(),
            }],
            problems: &mut problems,
        };
        builder.flatten();
        let Builder {
            mut fields,
            mut sections,
            scopes,
            ..
        } = builder;
        expressions::compile_all(
            &definition,
            &mut fields,
            &mut sections,
            &scopes,
            &mut problems,
        );
        let graph = graph::build(&mut fields, &mut sections, &mut problems);
        let placeholder = placeholder();
        let form = Form {
            definition,
            fields,
            sections,
            scopes,
            graph,
            placeholder,
        };
        (form, problems)
    }

    /// The definition this form was compiled from.
    pub fn definition(&self) -> &FormDefinition {
        &self.definition
    }

    /// The field with this key. A key from another form gives a placeholder note field.
    pub fn field(&self, key: FieldKey) -> &FieldInfo {
        self.fields.get(key.index()).unwrap_or(&self.placeholder)
    }

    /// Every field, in form order (a group's or repeat's fields follow it).
    pub fn fields(&self) -> impl Iterator<Item = &FieldInfo> {
        self.fields.iter()
    }

    /// The field named `id` as seen from inside `scope` (a repeat, whose row fields are found
    /// first, then outward), or from the form level when `scope` is `None`.
    pub fn key_of(&self, scope: Option<FieldKey>, id: &str) -> Option<FieldKey> {
        let start = match scope {
            None => 0,
            Some(repeat) => self.fields.get(repeat.index())?.rows?.scope,
        };
        self.resolve(start, id)
    }

    /// The instance a path names: `id`, or `repeat[row].id` with the row's id, nested as deep
    /// as needed (`households[h1].members[m2].age`). `None` when a name is not a field there.
    ///
    /// This is the address form tests, messages and exports use for an answer.
    pub fn instance_at(&self, path: &str) -> Option<Instance> {
        let mut scope = None;
        let mut rows = Vec::new();
        let mut field = None;
        for segment in path.split('.') {
            let (id, row) = match segment.split_once('[') {
                Some((id, row)) => (id, Some(row.strip_suffix(']')?)),
                None => (segment, None),
            };
            let key = self.key_of(scope, id)?;
            field = Some(key);
            if let Some(row) = row {
                rows.push(RowId::from(row));
                scope = Some(key);
            }
        }
        Some(Instance {
            field: field?,
            rows,
        })
    }

    /// The number of sections.
    pub fn section_count(&self) -> usize {
        self.sections.len()
    }

    /// The top-level fields of a section (empty for a section that does not exist).
    pub fn section_fields(&self, section: usize) -> &[FieldKey] {
        self.sections
            .get(section)
            .map_or(&[], |info| info.fields.as_slice())
    }

    /// The first repeat group whose id is `id`, anywhere in the form.
    pub(crate) fn repeat_named(&self, id: &str) -> Option<FieldKey> {
        self.fields
            .iter()
            .find(|field| field.rows.is_some() && field.id() == id)
            .map(|field| field.key)
    }

    /// Resolves `id` in scope `scope`, then outward.
    pub(crate) fn resolve(&self, scope: usize, id: &str) -> Option<FieldKey> {
        resolve(&self.scopes, scope, id)
    }

    /// The field at `key`, if it is one of this form's.
    pub(crate) fn get(&self, key: FieldKey) -> Option<&FieldInfo> {
        self.fields.get(key.index())
    }
}

/// Resolves `id` in scope `scope`, then in the enclosing scopes.
pub(crate) fn resolve(scopes: &[Scope], scope: usize, id: &str) -> Option<FieldKey> {
    let mut current = Some(scope);
    while let Some(index) = current {
        let scope = scopes.get(index)?;
        if let Some(key) = scope.names.get(id) {
            return Some(*key);
        }
        current = scope.parent;
    }
    None
}

/// The type a field's value has in expressions; `calculated` fields start as `Any` and get the
/// type of their expression once it is checked.
pub(crate) fn base_type(field_type: FieldType) -> Type {
    match field_type {
        FieldType::Text
        | FieldType::Textarea
        | FieldType::Signature
        | FieldType::Photo
        | FieldType::File
        | FieldType::SelectOne
        | FieldType::YesNo => Type::Text,
        FieldType::Integer | FieldType::Decimal | FieldType::Tally => Type::Number,
        FieldType::Date => Type::Date,
        FieldType::Time => Type::Time,
        FieldType::Datetime => Type::DateTime,
        FieldType::SelectMultiple => Type::Choices,
        FieldType::Boolean => Type::Bool,
        FieldType::Repeat => Type::Rows,
        FieldType::Note | FieldType::Group | FieldType::Calculated => Type::Any,
    }
}

/// Walks the definition and fills the field table, sections and scopes.
struct Builder<'a> {
    definition: &'a FormDefinition,
    fields: Vec<FieldInfo>,
    sections: Vec<SectionInfo>,
    scopes: Vec<Scope>,
    problems: &'a mut Vec<Problem>,
}

/// Where the walk is: the section, the container, the scope and the enclosing repeats.
#[derive(Clone)]
struct Place {
    section: usize,
    parent: Option<FieldKey>,
    scope: usize,
    chain: Vec<FieldKey>,
}

impl Builder<'_> {
    fn flatten(&mut self) {
        let definition = self.definition;
        for (index, section) in definition.sections.iter().enumerate() {
            let path = JsonPath::root().key("sections").index(index);
            let place = Place {
                section: index,
                parent: None,
                scope: 0,
                chain: Vec::new(),
            };
            let fields = self.add_fields(&section.fields, &path, &place);
            self.sections.push(SectionInfo {
                id: section.id.clone(),
                fields,
                path,
                logic: SectionLogic::default(),
            });
        }
    }

    /// Adds `fields` (at `path.fields[i]`) and everything inside them; returns their keys.
    fn add_fields(&mut self, fields: &[Field], path: &JsonPath, place: &Place) -> Vec<FieldKey> {
        let mut keys = Vec::with_capacity(fields.len());
        for (index, field) in fields.iter().enumerate() {
            let field_path = path.key("fields").index(index);
            keys.push(self.add_field(field, field_path, place));
        }
        keys
    }

    fn add_field(&mut self, field: &Field, path: JsonPath, place: &Place) -> FieldKey {
        let key = FieldKey::new(self.fields.len());
        let options = self.options(field, &path);
        let scope = &mut self.scopes[place.scope];
        scope.fields.push(key);
        scope.names.entry(field.id.clone()).or_insert(key);
        let mut definition = field.clone();
        definition.fields = Vec::new();
        self.fields.push(FieldInfo {
            key,
            definition,
            path: path.clone(),
            section: place.section,
            parent: place.parent,
            repeat: place.chain.last().copied(),
            children: Vec::new(),
            value_type: base_type(field.field_type),
            options,
            chain: place.chain.clone(),
            scope: place.scope,
            rows: None,
            logic: FieldLogic::default(),
        });
        let inner = match field.field_type {
            FieldType::Group => Some(Place {
                parent: Some(key),
                ..place.clone()
            }),
            FieldType::Repeat => {
                let row_scope = self.scopes.len();
                self.scopes[place.scope].repeats.push(key);
                self.scopes.push(Scope {
                    parent: Some(place.scope),
                    repeat: Some(key),
                    fields: Vec::new(),
                    repeats: Vec::new(),
                    names: HashMap::new(),
                });
                self.fields[key.index()].rows = Some(RowsInfo { scope: row_scope });
                let mut chain = place.chain.clone();
                chain.push(key);
                Some(Place {
                    section: place.section,
                    parent: Some(key),
                    scope: row_scope,
                    chain,
                })
            }
            _ => None,
        };
        if let Some(inner) = inner {
            let children = self.add_fields(&field.fields, &path, &inner);
            self.fields[key.index()].children = children;
        }
        key
    }

    /// The resolved options of a field.
    fn options(&mut self, field: &Field, path: &JsonPath) -> Vec<Choice> {
        match &field.options {
            Some(Options::Inline(choices)) => choices.clone(),
            Some(Options::Lookup(id)) => match self.definition.lookups.get(id) {
                Some(choices) => choices.clone(),
                None => {
                    self.problems.push(Problem::error(
                        path.key("options"),
                        format!("there is no lookup '{id}'; the field has no options"),
                    ));
                    Vec::new()
                }
            },
            None if field.field_type == FieldType::YesNo => vec![
                Choice {
                    id: "yes".into(),
                    label: Text::Plain("Yes".into()),
                    tags: Vec::new(),
                },
                Choice {
                    id: "no".into(),
                    label: Text::Plain("No".into()),
                    tags: Vec::new(),
                },
            ],
            None => Vec::new(),
        }
    }
}

/// The field returned for a foreign key: a note with no id, outside every section.
fn placeholder() -> FieldInfo {
    FieldInfo {
        key: FieldKey::new(usize::MAX),
        definition: Field {
            id: String::new(),
            field_type: FieldType::Note,
            label: None,
            hint: None,
            required: None,
            required_message: None,
            relevant: None,
            readonly: None,
            constraint: None,
            default: None,
            calculate: None,
            options: None,
            choice_filter: None,
            appearance: None,
            min: None,
            max: None,
            min_length: None,
            max_length: None,
            pattern: None,
            pattern_message: None,
            mandatory_for_completion: false,
            fields: Vec::new(),
            min_rows: None,
            max_rows: None,
            row_label: None,
            items: Vec::new(),
            accept: Vec::new(),
            max_size_kb: None,
        },
        path: JsonPath::root(),
        section: usize::MAX,
        parent: None,
        repeat: None,
        children: Vec::new(),
        value_type: Type::Any,
        options: Vec::new(),
        chain: Vec::new(),
        scope: 0,
        rows: None,
        logic: FieldLogic::default(),
    }
}

/// A field type as designers write it in the definition (`select_one`).
pub(crate) fn type_name(field_type: FieldType) -> &'static str {
    match field_type {
        FieldType::Text => "text",
        FieldType::Textarea => "textarea",
        FieldType::Integer => "integer",
        FieldType::Decimal => "decimal",
        FieldType::Date => "date",
        FieldType::Time => "time",
        FieldType::Datetime => "datetime",
        FieldType::SelectOne => "select_one",
        FieldType::SelectMultiple => "select_multiple",
        FieldType::Boolean => "boolean",
        FieldType::YesNo => "yes_no",
        FieldType::Note => "note",
        FieldType::Calculated => "calculated",
        FieldType::Tally => "tally",
        FieldType::Signature => "signature",
        FieldType::Photo => "photo",
        FieldType::File => "file",
        FieldType::Group => "group",
        FieldType::Repeat => "repeat",
    }
}
