//! Lenient loading of a definition from a `serde_json::Value`: every section, field and
//! member is read on its own, so one bad value is reported at its own path and the rest
//! still loads. What fails is left out (or replaced by a placeholder where a member is
//! required), and the ids of left-out fields are remembered so that expressions reading
//! them do not cascade into "unknown field" errors.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use serde_json::{Map, Value};

use super::keys::{FORM_KEYS, SECTION_KEYS, describe};
use super::load_values::{Owner, is_id, sanitized_id};
use super::suggest::did_you_mean;
use super::{JsonPath, Problem};
use crate::definition::positions::Positions;
use crate::definition::{Choice, Field, FieldType, FormDefinition, Layout, Section, Text};

/// Which kind of expression a site holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum SiteKind {
    /// `relevant` of a section or field.
    Relevant,
    /// `required` as an expression.
    Required,
    /// `readonly` as an expression.
    Readonly,
    /// `constraint.expression`.
    Constraint,
    /// `calculate`.
    Calculate,
    /// `choice_filter`.
    ChoiceFilter,
    /// `default.expression`.
    Default,
}

/// An expression in the definition, where it is and what it belongs to.
#[derive(Debug, Clone)]
pub(super) struct Site {
    /// The expression's JSON path in the source.
    pub path: JsonPath,
    /// The expression text.
    pub source: String,
    /// What the expression is for.
    pub kind: SiteKind,
    /// The field it belongs to (`None` for a section's `relevant`).
    pub field: Option<String>,
    /// The section it belongs to, for a section's `relevant`.
    pub section: Option<String>,
    /// The scope its names are read in.
    pub scope: ScopeKey,
}

/// A scope of ids: the form (`None`) or the rows of a repeat (its path in the source).
pub(super) type ScopeKey = Option<String>;

/// A field that loaded, as the later checks need it.
#[derive(Debug, Clone)]
pub(super) struct FieldInfo {
    /// The field, without its child fields.
    pub field: Field,
    /// Its path in the source.
    pub path: JsonPath,
    /// The scope its id lives in.
    pub scope: ScopeKey,
    /// The ids of its options, when they are known (select fields with loaded options).
    pub options: Option<Vec<String>>,
}

/// One use of an id, for the duplicate check.
#[derive(Debug, Clone)]
pub(super) struct IdUse {
    pub scope: ScopeKey,
    pub scope_name: String,
    pub id: String,
    pub path: JsonPath,
}

/// The state of one lenient load.
pub(super) struct Loader<'a> {
    pub positions: Option<&'a Positions<'a>>,
    pub problems: Vec<Problem>,
    pub languages: Vec<String>,
    pub languages_known: bool,
    pub lookups: BTreeMap<String, Vec<Choice>>,
    /// Lookups present in the file but not loaded (so no "unknown lookup" for them).
    pub broken_lookups: BTreeSet<String>,
    pub used_lookups: BTreeSet<String>,
    pub fields: Vec<FieldInfo>,
    pub failed_ids: BTreeSet<String>,
    pub ids: Vec<IdUse>,
    /// For each `fields`/`sections` array (by source path), the source index of each loaded
    /// element, so paths in the loaded definition can be mapped back to the file.
    pub index_map: HashMap<JsonPath, Vec<usize>>,
    pub sites: Vec<Site>,
    /// The parent of each repeat scope.
    pub scope_parents: HashMap<String, ScopeKey>,
    /// The id of the repeat of each repeat scope.
    pub repeat_ids: HashMap<String, String>,
}

impl<'a> Loader<'a> {
    /// A loader; `positions` lets messages name the line of a related place.
    pub fn new(positions: Option<&'a Positions<'a>>) -> Self {
        Self {
            positions,
            problems: Vec::new(),
            languages: vec!["en".to_string()],
            languages_known: true,
            lookups: BTreeMap::new(),
            broken_lookups: BTreeSet::new(),
            used_lookups: BTreeSet::new(),
            fields: Vec::new(),
            failed_ids: BTreeSet::new(),
            ids: Vec::new(),
            index_map: HashMap::new(),
            sites: Vec::new(),
            scope_parents: HashMap::new(),
            repeat_ids: HashMap::new(),
        }
    }

    /// Where `path` is, seen from `here`: "line 40", or "line 4, column 72" when both are on
    /// one line; the JSON path when the source is not known.
    pub fn where_is(&self, path: &JsonPath, here: &JsonPath) -> String {
        match self.positions {
            Some(positions) => {
                let there = positions.nearest(path);
                if there.line == positions.nearest(here).line {
                    format!("line {}, column {}", there.line, there.column)
                } else {
                    format!("line {}", there.line)
                }
            }
            None => path.to_string(),
        }
    }

    /// Reports a missing member that the format requires.
    pub(super) fn missing(&mut self, path: &JsonPath, owner: &str, key: &str, example: &str) {
        self.problems.push(
            Problem::error(path.clone(), format!("{owner} has no '{key}'"))
                .with_suggestion(format!("add \"{key}\": {example}")),
        );
    }

    /// Checks an id against `^[a-z][a-z0-9_]*$`.
    pub(super) fn check_id(&mut self, id: &str, path: &JsonPath, what: &str) {
        if is_id(id) {
            return;
        }
        let message = if id.is_empty() {
            format!("{what} id is empty")
        } else {
            format!(
                "{what} id '{id}' must start with a lowercase letter and contain only lowercase letters, digits and '_'"
            )
        };
        let mut problem = Problem::error(path.clone(), message);
        if let Some(fixed) = sanitized_id(id, false) {
            problem = problem.with_suggestion(format!("did you mean '{fixed}'?"));
        }
        self.problems.push(problem);
    }

    /// Loads the whole definition; `None` if the document is not an object.
    pub fn form(&mut self, value: &Value) -> Option<FormDefinition> {
        let root = JsonPath::root();
        let Value::Object(map) = value else {
            self.problems.push(Problem::error(
                root,
                format!(
                    "a form definition must be a JSON object {{ ... }}, not {}",
                    describe(value)
                ),
            ));
            return None;
        };
        self.unknown_keys(map, &root, FORM_KEYS, "the form", &[]);
        let get = |key: &str| map.get(key).map(|value| (value, root.key(key)));

        let schema = get("$schema").and_then(|(v, p)| self.string(v, &p, "$schema"));
        let format = match get("format") {
            Some((v, p)) => {
                let format = self.whole(v, &p, "format");
                if let Some(format) = format.filter(|f| *f != crate::definition::FORMAT_VERSION) {
                    self.problems.push(
                        Problem::error(p, format!("'format' must be 1, not {format}"))
                            .with_suggestion("this version of caseforms reads format 1"),
                    );
                }
                format
            }
            None => {
                self.missing(&root, "the form", "format", "1");
                None
            }
        };
        let id = match get("id") {
            Some((v, p)) => {
                let id = self.string(v, &p, "id");
                if let Some(id) = &id {
                    self.check_id(id, &p, "form");
                }
                id
            }
            None => {
                self.missing(&root, "the form", "id", "\"my_form\"");
                None
            }
        };
        let version = match get("version") {
            Some((v, p)) => self.string(v, &p, "version"),
            None => {
                self.missing(&root, "the form", "version", "\"1.0.0\"");
                None
            }
        };
        let (languages, default_language) = self.languages(map, &root);
        let title = match get("title") {
            Some((v, p)) => self.text(v, &p, "title", "title of the form"),
            None => {
                self.missing(&root, "the form", "title", "\"...\"");
                None
            }
        };
        let description = get("description")
            .and_then(|(v, p)| self.text(v, &p, "description", "description of the form"));
        let layout = get("layout").and_then(|(v, p)| self.layout(v, &p));
        let record_title =
            get("record_title").and_then(|(v, p)| self.strings(v, &p, "record_title"));
        if let Some((v, p)) = get("lookups") {
            self.lookups(v, &p);
        }
        let sections = match get("sections") {
            Some((v, p)) => self.sections(v, &p),
            None => {
                self.missing(&root, "the form", "sections", "[ ... ]");
                Vec::new()
            }
        };
        self.check_scopes();
        let record_title = record_title.unwrap_or_default();
        self.check_record_title(&record_title, &root.key("record_title"));
        self.check_unused_lookups(&root.key("lookups"));
        Some(FormDefinition {
            schema,
            format: format.unwrap_or(crate::definition::FORMAT_VERSION),
            id: id.unwrap_or_default(),
            version: version.unwrap_or_default(),
            title: title.unwrap_or_else(|| Text::Plain(String::new())),
            description,
            languages,
            default_language,
            layout: layout.unwrap_or_default(),
            record_title,
            lookups: self.lookups.clone(),
            sections,
        })
    }

    fn languages(&mut self, map: &Map<String, Value>, root: &JsonPath) -> (Vec<String>, String) {
        let path = root.key("languages");
        if let Some(value) = map.get("languages") {
            match self.strings(value, &path, "languages") {
                Some(languages) if languages.is_empty() => {
                    self.problems.push(
                        Problem::error(path.clone(), "'languages' is an empty list")
                            .with_suggestion("list at least one language, e.g. [\"en\"]"),
                    );
                    self.languages_known = false;
                }
                Some(languages) => {
                    for (index, language) in languages.iter().enumerate() {
                        if languages[..index].contains(language) {
                            self.problems.push(Problem::error(
                                path.index(index),
                                format!("language '{language}' is listed twice"),
                            ));
                        }
                    }
                    self.languages = languages;
                }
                None => self.languages_known = false,
            }
        }
        let default_path = root.key("default_language");
        let default_language = match map.get("default_language") {
            Some(value) => match self.string(value, &default_path, "default_language") {
                Some(language) => language,
                None => return (self.languages.clone(), "en".to_string()),
            },
            None => "en".to_string(),
        };
        if self.languages_known && !self.languages.contains(&default_language) {
            let listed = self.languages.join(", ");
            let problem = if map.contains_key("default_language") {
                let problem = Problem::error(
                    default_path,
                    format!(
                        "default_language '{default_language}' is not one of the languages ({listed})"
                    ),
                );
                match did_you_mean(&default_language, self.languages.iter().map(String::as_str)) {
                    Some(suggestion) => problem.with_suggestion(suggestion),
                    None => {
                        problem.with_suggestion(format!("add '{default_language}' to 'languages'"))
                    }
                }
            } else {
                let first = self.languages.first().cloned().unwrap_or_default();
                Problem::error(
                    path,
                    format!("'en' is not one of the languages ({listed}), so 'default_language' must be given"),
                )
                .with_suggestion(format!("add \"default_language\": \"{first}\""))
            };
            self.problems.push(problem);
        }
        (self.languages.clone(), default_language)
    }

    fn layout(&mut self, value: &Value, path: &JsonPath) -> Option<Layout> {
        let name = self.string(value, path, "layout")?;
        match name.as_str() {
            "paged" => Some(Layout::Paged),
            "single_page" => Some(Layout::SinglePage),
            _ => {
                let mut problem = Problem::error(
                    path.clone(),
                    format!("unknown layout '{name}'; the layouts are 'paged' and 'single_page'"),
                );
                if let Some(suggestion) = did_you_mean(&name, ["paged", "single_page"]) {
                    problem = problem.with_suggestion(suggestion);
                }
                self.problems.push(problem);
                None
            }
        }
    }

    fn lookups(&mut self, value: &Value, path: &JsonPath) {
        let Value::Object(map) = value else {
            self.wrong_kind(
                path,
                "lookups",
                "an object of lookup id to a list of options",
                value,
            );
            return;
        };
        for (id, list) in map {
            match self.choices(list, &path.key(id), "lookup", &format!("lookup '{id}'")) {
                Some(choices) => {
                    self.lookups.insert(id.clone(), choices);
                }
                None => {
                    self.broken_lookups.insert(id.clone());
                }
            }
        }
    }

    fn sections(&mut self, value: &Value, path: &JsonPath) -> Vec<Section> {
        let Value::Array(items) = value else {
            self.wrong_kind(path, "sections", "a list of sections", value);
            return Vec::new();
        };
        if items.is_empty() {
            self.problems.push(
                Problem::error(path.clone(), "the form has no sections")
                    .with_suggestion("add a section with at least one field"),
            );
        }
        let mut sections = Vec::new();
        let mut indices = Vec::new();
        for (index, item) in items.iter().enumerate() {
            if let Some(section) = self.section(item, &path.index(index)) {
                sections.push(section);
                indices.push(index);
            }
        }
        self.index_map.insert(path.clone(), indices);
        sections
    }

    fn section(&mut self, value: &Value, path: &JsonPath) -> Option<Section> {
        let Value::Object(map) = value else {
            self.problems.push(Problem::error(
                path.clone(),
                format!(
                    "each section must be an object {{ ... }}, not {}",
                    describe(value)
                ),
            ));
            return None;
        };
        let id = match map.get("id") {
            Some(v) => self.string(v, &path.key("id"), "id"),
            None => {
                self.missing(
                    path,
                    &format!("the section at {path}"),
                    "id",
                    "\"my_section\"",
                );
                None
            }
        };
        let name = match &id {
            Some(id) => format!("section '{id}'"),
            None => format!("the section at {path}"),
        };
        if let Some(id) = &id {
            self.check_id(id, &path.key("id"), "section");
            self.ids.push(IdUse {
                scope: None,
                scope_name: "the form".to_string(),
                id: id.clone(),
                path: path.key("id"),
            });
        }
        self.unknown_keys(map, path, SECTION_KEYS, &name, &[]);
        let title = match map.get("title") {
            Some(v) => self.text(v, &path.key("title"), "title", &format!("title of {name}")),
            None => {
                self.missing(path, &name, "title", "\"...\"");
                None
            }
        };
        let description = map.get("description").and_then(|v| {
            self.text(
                v,
                &path.key("description"),
                "description",
                &format!("description of {name}"),
            )
        });
        let relevant = map.get("relevant").and_then(|v| {
            let relevant = self.string(v, &path.key("relevant"), "relevant")?;
            self.site(
                &path.key("relevant"),
                &relevant,
                SiteKind::Relevant,
                None,
                &None,
            );
            if let Some(site) = self.sites.last_mut() {
                site.section.clone_from(&id);
            }
            Some(relevant)
        });
        let fields = match map.get("fields") {
            Some(v) => {
                let fields = self.fields(
                    v,
                    &path.key("fields"),
                    Some(&None),
                    &Owner::named(name.clone()),
                );
                if matches!(v, Value::Array(items) if items.is_empty()) {
                    self.problems.push(Problem::warning(
                        path.key("fields"),
                        format!("{name} has no fields"),
                    ));
                }
                fields
            }
            None => {
                self.missing(path, &name, "fields", "[ ... ]");
                Vec::new()
            }
        };
        Some(Section {
            id: id.unwrap_or_default(),
            title: title.unwrap_or_else(|| Text::Plain(String::new())),
            description,
            relevant,
            fields,
        })
    }

    /// Records an expression for the checks that read expressions.
    pub(super) fn site(
        &mut self,
        path: &JsonPath,
        source: &str,
        kind: SiteKind,
        field: Option<&str>,
        scope: &ScopeKey,
    ) {
        self.sites.push(Site {
            path: path.clone(),
            source: source.to_string(),
            kind,
            field: field.map(str::to_string),
            section: None,
            scope: scope.clone(),
        });
    }

    /// Loads a `fields` array. `scope` is the scope the fields' ids live in; `None` when it
    /// is unknown (the parent's type did not load), and then ids are not registered.
    pub(super) fn fields(
        &mut self,
        value: &Value,
        path: &JsonPath,
        scope: Option<&ScopeKey>,
        parent: &Owner,
    ) -> Vec<Field> {
        let Value::Array(items) = value else {
            self.wrong_kind(path, "fields", "a list of fields", value);
            return Vec::new();
        };
        let mut fields = Vec::new();
        let mut indices = Vec::new();
        for (index, item) in items.iter().enumerate() {
            if let Some(field) = self.field(item, &path.index(index), scope, parent) {
                fields.push(field);
                indices.push(index);
            }
        }
        self.index_map.insert(path.clone(), indices);
        fields
    }

    /// Reports ids used more than once in a scope, at every place they are used.
    fn check_scopes(&mut self) {
        let mut by_scope: BTreeMap<(ScopeKey, String), Vec<(JsonPath, String)>> = BTreeMap::new();
        for use_ in &self.ids {
            by_scope
                .entry((use_.scope.clone(), use_.id.clone()))
                .or_default()
                .push((use_.path.clone(), use_.scope_name.clone()));
        }
        for ((_, id), uses) in by_scope {
            if uses.len() < 2 || id.is_empty() {
                continue;
            }
            for (position, (path, scope_name)) in uses.iter().enumerate() {
                let others: Vec<String> = uses
                    .iter()
                    .enumerate()
                    .filter(|(other, _)| *other != position)
                    .map(|(_, (other_path, _))| self.where_is(other_path, path))
                    .collect();
                let times = match uses.len() {
                    2 => "twice".to_string(),
                    n => format!("{n} times"),
                };
                self.problems.push(
                    Problem::error(
                        path.clone(),
                        format!("id '{id}' is used {times} in {scope_name}"),
                    )
                    .with_suggestion(format!("also at {}; ids must be unique", others.join(", "))),
                );
            }
        }
    }

    fn check_record_title(&mut self, ids: &[String], path: &JsonPath) {
        for (index, id) in ids.iter().enumerate() {
            if self.failed_ids.contains(id) {
                continue;
            }
            let found = self.fields.iter().find(|info| info.field.id == *id);
            match found {
                Some(info) if info.scope.is_some() => {
                    self.problems.push(Problem::error(
                        path.index(index),
                        format!("record_title field '{id}' is inside a repeat; only fields outside repeats can make the title"),
                    ));
                }
                Some(info)
                    if matches!(
                        info.field.field_type,
                        FieldType::Note | FieldType::Group | FieldType::Repeat
                    ) =>
                {
                    self.problems.push(Problem::error(
                        path.index(index),
                        format!(
                            "record_title field '{id}' is {}, which holds no answer",
                            super::keys::a_type_field(info.field.field_type)
                        ),
                    ));
                }
                Some(_) => {}
                None => {
                    let candidates: Vec<&str> = self
                        .fields
                        .iter()
                        .filter(|info| info.scope.is_none())
                        .map(|info| info.field.id.as_str())
                        .collect();
                    let mut problem = Problem::error(
                        path.index(index),
                        format!("record_title names an unknown field '{id}'"),
                    );
                    if let Some(suggestion) = did_you_mean(id, candidates) {
                        problem = problem.with_suggestion(suggestion);
                    }
                    self.problems.push(problem);
                }
            }
        }
    }

    fn check_unused_lookups(&mut self, path: &JsonPath) {
        let unused: Vec<String> = self
            .lookups
            .keys()
            .filter(|id| !self.used_lookups.contains(*id))
            .cloned()
            .collect();
        for id in unused {
            self.problems.push(
                Problem::warning(
                    path.key(&id),
                    format!("lookup '{id}' is not used by any field"),
                )
                .on_key(),
            );
        }
    }
}
