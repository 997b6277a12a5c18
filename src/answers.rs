//! What a user entered: [`Answers`], a plain serialisable map from field id to [`Answer`].
//!
//! This is the payload of a draft and, filtered by the engine (`FormState::record`), of a
//! finalized record. The JSON form is the one Primero accepts: a flat object keyed by field id
//! (snake_case), select options by id, multiple choices as arrays, ISO dates as text, tick boxes
//! as booleans, and repeat groups as arrays of objects that each carry a stable `unique_id`:
//!
//! ```json
//! {"name_first": "Amina", "age": "12", "protection_concerns": ["caafag"],
//!  "family_members": [{"unique_id": "4f0c…", "relation_name": "Fatima"}]}
//! ```
//!
//! Answers are kept *as typed*: an integer field holds the text `"12a"` if that is what was
//! typed, so nothing a caseworker entered is ever lost; the engine reports it as invalid.
//! Answers know nothing of the form: which answers fit which field is the engine's business.

use std::collections::BTreeMap;
use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// Every answer of one scope (the form, or one repeat row), keyed by field id.
///
/// Fields inside groups are keyed directly by their id (groups are transparent). Answers of
/// fields that are currently hidden stay here: a draft keeps everything that was entered.
/// A JSON `null` reads as "no answer" and is dropped.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[serde(transparent)]
pub struct Answers(BTreeMap<String, Answer>);

impl<'de> Deserialize<'de> for Answers {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        // `null` members (common in exported records) mean "unanswered", not an error.
        let map = BTreeMap::<String, Option<Answer>>::deserialize(deserializer)?;
        Ok(Answers(
            map.into_iter()
                .filter_map(|(id, answer)| Some((id, answer?)))
                .collect(),
        ))
    }
}

impl Answers {
    /// No answers.
    pub fn new() -> Self {
        Self::default()
    }

    /// The answer of field `id`, if there is one.
    pub fn get(&self, id: &str) -> Option<&Answer> {
        self.0.get(id)
    }

    /// The answer of field `id`, to change it in place.
    pub fn get_mut(&mut self, id: &str) -> Option<&mut Answer> {
        self.0.get_mut(id)
    }

    /// Sets the answer of field `id`, returning the previous one.
    pub fn insert(&mut self, id: impl Into<String>, answer: Answer) -> Option<Answer> {
        self.0.insert(id.into(), answer)
    }

    /// Removes the answer of field `id`, returning it.
    pub fn remove(&mut self, id: &str) -> Option<Answer> {
        self.0.remove(id)
    }

    /// The answers in field-id order.
    pub fn iter(&self) -> impl Iterator<Item = (&String, &Answer)> {
        self.0.iter()
    }

    /// How many fields have an answer.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// True when nothing was answered.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The underlying map.
    pub fn as_map(&self) -> &BTreeMap<String, Answer> {
        &self.0
    }

    /// Builder-style [`Answers::insert`], for tests and imports.
    pub fn with(mut self, id: impl Into<String>, answer: impl Into<Answer>) -> Self {
        self.insert(id, answer.into());
        self
    }
}

impl From<BTreeMap<String, Answer>> for Answers {
    fn from(map: BTreeMap<String, Answer>) -> Self {
        Answers(map)
    }
}

impl FromIterator<(String, Answer)> for Answers {
    fn from_iter<I: IntoIterator<Item = (String, Answer)>>(iter: I) -> Self {
        Answers(iter.into_iter().collect())
    }
}

impl IntoIterator for Answers {
    type Item = (String, Answer);
    type IntoIter = std::collections::btree_map::IntoIter<String, Answer>;

    fn into_iter(self) -> Self::IntoIter {
        self.0.into_iter()
    }
}

/// One field's answer, in the shape its JSON has.
///
/// The JSON `[]` is ambiguous (no rows, or no choices): it reads as `Rows(vec![])`, and the
/// engine reads an empty list by the field's type.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Answer {
    /// A tick box (`boolean`).
    Bool(bool),
    /// A number, accepted on input (imported records); what a user types stays `Text`.
    /// Whole numbers are written without a fraction (`12`, not `12.0`).
    Number(#[serde(serialize_with = "serialize_number")] f64),
    /// Text, a number *as typed* (`"12"`, `"3,5"`, `"12a"`), an ISO date/time, the option id of
    /// a `select_one` or `yes_no`, or a signature's data URL.
    Text(String),
    /// The rows of a repeat group.
    Rows(Vec<Row>),
    /// The option ids chosen in a `select_multiple`, in the order they were chosen.
    Choices(Vec<String>),
    /// The counts of a `tally`, by item id, as typed (numbers are accepted on input).
    Counts(#[serde(deserialize_with = "deserialize_counts")] BTreeMap<String, String>),
}

impl From<bool> for Answer {
    fn from(value: bool) -> Self {
        Answer::Bool(value)
    }
}

impl From<f64> for Answer {
    fn from(value: f64) -> Self {
        Answer::Number(value)
    }
}

impl From<&str> for Answer {
    fn from(value: &str) -> Self {
        Answer::Text(value.to_owned())
    }
}

impl From<String> for Answer {
    fn from(value: String) -> Self {
        Answer::Text(value)
    }
}

impl From<Vec<Row>> for Answer {
    fn from(rows: Vec<Row>) -> Self {
        Answer::Rows(rows)
    }
}

impl Answer {
    /// The choices of a `select_multiple` answer from option ids.
    pub fn choices<S: Into<String>>(ids: impl IntoIterator<Item = S>) -> Self {
        Answer::Choices(ids.into_iter().map(Into::into).collect())
    }

    /// The counts of a `tally` answer from `(item, count as typed)` pairs.
    pub fn counts<K: Into<String>, V: Into<String>>(
        counts: impl IntoIterator<Item = (K, V)>,
    ) -> Self {
        Answer::Counts(
            counts
                .into_iter()
                .map(|(item, count)| (item.into(), count.into()))
                .collect(),
        )
    }
}

/// Writes whole numbers as JSON integers, so an imported `12` round-trips as `12`.
fn serialize_number<S: Serializer>(number: &f64, serializer: S) -> Result<S::Ok, S::Error> {
    // 2^53: beyond it not every integer is representable, so keep the float form.
    const EXACT: f64 = 9_007_199_254_740_992.0;
    if number.is_finite() && number.fract() == 0.0 && number.abs() <= EXACT {
        // The bounds check above makes the conversion exact.
        #[allow(clippy::cast_possible_truncation)]
        serializer.serialize_i64(*number as i64)
    } else {
        serializer.serialize_f64(*number)
    }
}

/// A tally count as found in a file: text as typed, or a number from an import.
#[derive(Deserialize)]
#[serde(untagged)]
enum CountInput {
    Text(String),
    Number(serde_json::Number),
}

fn deserialize_counts<'de, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<BTreeMap<String, String>, D::Error> {
    let map = BTreeMap::<String, CountInput>::deserialize(deserializer)?;
    Ok(map
        .into_iter()
        .map(|(item, count)| {
            let count = match count {
                CountInput::Text(text) => text,
                CountInput::Number(number) => number.to_string(),
            };
            (item, count)
        })
        .collect())
}

/// One row of a repeat group: its stable id and the answers of its fields.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Row {
    /// The row's stable id, given by the caller (the app makes UUIDs); Primero's `unique_id`.
    pub unique_id: RowId,
    /// The answers of the row's fields, flattened into the row's JSON object.
    #[serde(flatten)]
    pub answers: Answers,
}

impl Row {
    /// An empty row with the given id.
    pub fn new(unique_id: impl Into<RowId>) -> Self {
        Row {
            unique_id: unique_id.into(),
            answers: Answers::new(),
        }
    }

    /// Builder-style: the same row with one more answer.
    pub fn with(mut self, id: impl Into<String>, answer: impl Into<Answer>) -> Self {
        self.answers.insert(id, answer.into());
        self
    }
}

/// The stable id of a repeat row (a UUID made by the app, or any text a backend gave).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct RowId(pub String);

impl RowId {
    /// The id as text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for RowId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl From<&str> for RowId {
    fn from(id: &str) -> Self {
        RowId(id.to_owned())
    }
}

impl From<String> for RowId {
    fn from(id: String) -> Self {
        RowId(id)
    }
}
