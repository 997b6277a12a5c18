//! The drafts core: the stored envelope (every way a stored value can fail to be a draft),
//! edit-history coalescing, the definition hash, and reopening against a changed definition.
#![cfg(not(target_arch = "wasm32"))]

use caseforms::answers::{Answer, Answers, Row};
use caseforms::definition::FormDefinition;
use std::sync::Arc;

use caseforms::drafts::{
    COALESCE_WINDOW_MS, DefinitionChange, Draft, DraftError, DraftId, Edit, FieldPath, Progress,
    RowRef, canonical_json, changed_answers, compare_definition, definition_hash, display_title,
    record_edit, reopen,
};
use caseforms::engine::{Environment, Form, Invalid};
use caseforms::value::{Date, DateTime, Time};

const FORM: &str = r#"{
  "format": 1,
  "id": "cp_registration",
  "version": "1.0.0",
  "title": {"en": "Registration", "fr": "Enregistrement"},
  "record_title": ["name_first", "name_last"],
  "sections": [
    {"id": "child", "title": "Child", "fields": [
      {"id": "name_first", "type": "text", "label": "First name"},
      {"id": "name_last", "type": "text", "label": "Last name"},
      {"id": "sex", "type": "select_one", "label": "Sex",
       "options": [{"id": "female", "label": "Female"}, {"id": "male", "label": "Male"}]},
      {"id": "age", "type": "integer", "label": "Age", "min": 0, "max": 130}
    ]}
  ]
}"#;

fn form() -> FormDefinition {
    serde_json::from_str(FORM).expect("the test form parses")
}

fn form_from(json: &str) -> FormDefinition {
    serde_json::from_str(json).expect("the variant of the test form parses")
}

fn id(text: &str) -> DraftId {
    DraftId::new(text).expect("a valid draft id")
}

fn sample_draft() -> Draft {
    let mut draft = Draft::new(
        id("6f1c2b7e-2d4a-4c59-9a55-0b6f5d1f0e11"),
        &form(),
        1_700_000_000_000,
    );
    draft.answers = Answers::new()
        .with("name_first", "Amina")
        .with("age", "12")
        .with(
            "protection_concerns",
            Answer::choices(["caafag", "street_child"]),
        )
        .with(
            "family_members",
            vec![Row::new("row-1").with("relation_name", "Fatima")],
        );
    draft.section = 1;
    draft.language = "fr".to_string();
    draft.display_title = "Amina".to_string();
    draft.progress = Progress {
        answered: 2,
        total: 4,
    };
    draft.revision = 3;
    draft.record_edit(
        FieldPath::field("name_first"),
        None,
        Some("Amina".into()),
        1_700_000_001_000,
        Some("cw-17".to_string()),
    );
    draft
}

/// Reads `stored` and returns the error it must produce.
fn stored_error(stored: &str) -> DraftError {
    match Draft::from_stored(stored) {
        Ok(draft) => panic!("{stored:?} was read as a draft: {draft:?}"),
        Err(error) => error,
    }
}

/// A stored draft with one top-level key replaced (or removed, with `None`).
fn stored_with(key: &str, value: Option<serde_json::Value>) -> String {
    let stored = sample_draft().to_stored().expect("the sample serialises");
    let mut object: serde_json::Map<String, serde_json::Value> =
        serde_json::from_str(&stored).expect("stored drafts are JSON objects");
    match value {
        Some(value) => object.insert(key.to_string(), value),
        None => object.remove(key),
    };
    serde_json::to_string(&object).expect("a map serialises")
}

// --- the envelope ------------------------------------------------------------------------

#[test]
fn a_draft_round_trips_through_its_stored_form() {
    let draft = sample_draft();
    let stored = draft.to_stored().expect("serialises");
    assert_eq!(Draft::from_stored(&stored), Ok(draft));
}

#[test]
fn the_stored_form_starts_with_the_envelope_marker() {
    let stored = sample_draft().to_stored().expect("serialises");
    assert!(
        stored.starts_with(r#"{"caseforms_draft":1,"id":"6f1c2b7e-"#),
        "{stored}"
    );
}

#[test]
fn a_new_draft_starts_empty_in_the_default_language() {
    let draft = Draft::new(id("d1"), &form(), 42);
    assert_eq!(draft.form_id, "cp_registration");
    assert_eq!(draft.form_version, "1.0.0");
    assert_eq!(draft.form_hash, definition_hash(&form()));
    assert_eq!(draft.language, "en");
    assert_eq!(
        (draft.created_at, draft.updated_at, draft.revision),
        (42, 42, 0)
    );
    assert!(draft.answers.is_empty() && draft.history.is_empty());
}

#[test]
fn truncated_json_is_not_json_with_its_position() {
    assert_eq!(
        stored_error("{\"caseforms_draft\": 1,\n  \"id\": "),
        DraftError::NotJson {
            line: 2,
            column: 8,
            message: "EOF while parsing a value".to_string(),
        }
    );
}

#[test]
fn an_empty_value_is_not_json() {
    assert!(matches!(
        stored_error(""),
        DraftError::NotJson {
            line: 1,
            column: 0,
            ..
        }
    ));
}

#[test]
fn json_that_is_not_an_object_is_not_ours() {
    for (stored, found) in [
        ("[1, 2]", "an array"),
        ("\"draft\"", "a string"),
        ("42", "a number"),
        ("null", "null"),
        ("true", "a true/false value"),
    ] {
        assert_eq!(
            stored_error(stored),
            DraftError::NotOurs {
                found: found.to_string()
            },
            "{stored}"
        );
    }
}

#[test]
fn an_object_without_the_marker_is_not_ours() {
    let error = stored_error(r#"{"theme": "dark", "id": "x"}"#);
    assert_eq!(
        error.to_string(),
        "the stored value is not a caseforms draft: it is an object without \"caseforms_draft\""
    );
}

#[test]
fn an_encrypted_envelope_is_reported_as_sealed() {
    let error = stored_error(r#"{"caseforms_sealed": 1, "nonce": "AAAA", "ciphertext": "BBBB"}"#);
    assert_eq!(error, DraftError::Sealed);
}

#[test]
fn a_newer_envelope_version_is_unsupported_not_damaged() {
    let error = stored_error(&stored_with("caseforms_draft", Some(2.into())));
    assert_eq!(
        error,
        DraftError::UnsupportedVersion {
            found: 2,
            supported: 1
        }
    );
    assert!(error.to_string().contains("update the app"), "{error}");
}

#[test]
fn a_version_marker_that_is_not_a_whole_number_is_refused() {
    for marker in [
        serde_json::json!("1"),
        serde_json::json!(1.5),
        serde_json::json!(-1),
    ] {
        assert_eq!(
            stored_error(&stored_with("caseforms_draft", Some(marker.clone()))),
            DraftError::BadVersionMarker {
                found: marker.to_string()
            }
        );
    }
}

#[test]
fn a_missing_field_is_a_damaged_draft_naming_it() {
    let error = stored_error(&stored_with("answers", None));
    assert_eq!(
        error,
        DraftError::Invalid {
            message: "missing field `answers`".to_string()
        }
    );
}

#[test]
fn a_field_of_the_wrong_type_is_a_damaged_draft() {
    let error = stored_error(&stored_with("revision", Some("three".into())));
    assert!(
        matches!(&error, DraftError::Invalid { message } if message.contains("invalid type")),
        "{error}"
    );
}

#[test]
fn a_stored_draft_id_that_could_break_a_key_is_refused() {
    let error = stored_error(&stored_with("id", Some("form:other".into())));
    assert!(
        matches!(&error, DraftError::Invalid { message } if message.contains("not a valid draft id")),
        "{error}"
    );
}

#[test]
fn unknown_extra_fields_are_tolerated() {
    let stored = stored_with("written_by", Some("caseforms 0.2".into()));
    assert_eq!(Draft::from_stored(&stored), Ok(sample_draft()));
}

#[test]
fn hostile_inputs_never_panic() {
    let deep = "[".repeat(100_000);
    let inputs = [
        "\u{0}",
        "{",
        "}",
        "{\"caseforms_draft\"",
        "{\"caseforms_draft\": 1}",
        "{\"caseforms_draft\": 18446744073709551616}",
        "\u{feff}{\"caseforms_draft\": 1}",
        deep.as_str(),
        "{\"caseforms_draft\": 1, \"answers\": {\"a\": {\"b\": [[[[]]]]}}}",
    ];
    for input in inputs {
        assert!(Draft::from_stored(input).is_err(), "{input:.40}");
    }
}

#[test]
fn draft_ids_are_checked() {
    assert!(DraftId::new("6f1c2b7e-2d4a-4c59-9a55-0b6f5d1f0e11").is_ok());
    for (bad, reason) in [
        ("", "it is empty"),
        ("a:b", "only ASCII letters, digits, '-' and '_' are allowed"),
        ("é", "only ASCII letters, digits, '-' and '_' are allowed"),
        (&"x".repeat(65), "it is longer than 64 characters"),
    ] {
        assert_eq!(
            DraftId::new(bad),
            Err(DraftError::InvalidId {
                id: bad.to_string(),
                reason
            })
        );
    }
}

#[test]
fn progress_is_a_clamped_whole_percent() {
    let percent = |answered, total| Progress { answered, total }.percent();
    assert_eq!(
        [
            percent(0, 0),
            percent(3, 4),
            percent(1, 3),
            percent(9, 4),
            percent(u32::MAX, u32::MAX)
        ],
        [0, 75, 33, 100, 100]
    );
}

// --- the edit history --------------------------------------------------------------------

fn text(value: &str) -> Option<Answer> {
    Some(Answer::Text(value.to_string()))
}

/// Types `values` into `field`, one keystroke per entry of `times`.
fn typing(history: &mut Vec<Edit>, field: &str, values: &[(&str, u64)], user: Option<&str>) {
    let mut previous = None;
    for (value, at) in values {
        record_edit(
            history,
            FieldPath::field(field),
            previous.clone(),
            text(value),
            *at,
            user.map(str::to_string),
        );
        previous = text(value);
    }
}

#[test]
fn rapid_keystrokes_fold_into_one_edit_with_first_old_and_last_new() {
    let mut history = Vec::new();
    typing(
        &mut history,
        "name_first",
        &[
            ("A", 1_000),
            ("Am", 1_200),
            ("Ami", 1_400),
            ("Amina", 5_000),
        ],
        None,
    );
    assert_eq!(
        history,
        [Edit {
            path: FieldPath::field("name_first"),
            old: None,
            new: text("Amina"),
            at: 1_000,
            user: None,
        }]
    );
}

#[test]
fn the_window_counts_from_the_start_of_the_edit() {
    let mut history = Vec::new();
    let start = 10_000;
    typing(
        &mut history,
        "notes",
        &[
            ("a", start),
            ("ab", start + COALESCE_WINDOW_MS),
            ("abc", start + COALESCE_WINDOW_MS + 1),
        ],
        None,
    );
    assert_eq!(history.len(), 2);
    assert_eq!(
        (history[0].old.clone(), history[0].new.clone()),
        (None, text("ab"))
    );
    assert_eq!(
        (history[1].old.clone(), history[1].new.clone()),
        (text("ab"), text("abc"))
    );
    assert_eq!(history[1].at, start + COALESCE_WINDOW_MS + 1);
}

#[test]
fn another_field_starts_a_new_edit_and_coming_back_does_too() {
    let mut history = Vec::new();
    record_edit(
        &mut history,
        FieldPath::field("sex"),
        None,
        text("female"),
        1,
        None,
    );
    record_edit(
        &mut history,
        FieldPath::field("age"),
        None,
        text("12"),
        2,
        None,
    );
    record_edit(
        &mut history,
        FieldPath::field("sex"),
        text("female"),
        text("male"),
        3,
        None,
    );
    let fields: Vec<_> = history.iter().map(|edit| edit.path.to_string()).collect();
    assert_eq!(fields, ["sex", "age", "sex"]);
}

#[test]
fn another_user_starts_a_new_edit() {
    let mut history = Vec::new();
    typing(&mut history, "age", &[("1", 1)], Some("cw-1"));
    record_edit(
        &mut history,
        FieldPath::field("age"),
        text("1"),
        text("12"),
        2,
        Some("cw-2".into()),
    );
    assert_eq!(history.len(), 2);
    assert_eq!(history[1].user.as_deref(), Some("cw-2"));
}

#[test]
fn typing_and_deleting_back_leaves_no_edit() {
    let mut history = Vec::new();
    record_edit(
        &mut history,
        FieldPath::field("age"),
        text("12"),
        text("123"),
        1,
        None,
    );
    record_edit(
        &mut history,
        FieldPath::field("age"),
        text("123"),
        text("12"),
        2,
        None,
    );
    assert_eq!(history, []);
}

#[test]
fn a_change_that_changes_nothing_is_not_recorded() {
    let mut history = Vec::new();
    record_edit(
        &mut history,
        FieldPath::field("age"),
        text("12"),
        text("12"),
        1,
        None,
    );
    record_edit(&mut history, FieldPath::field("age"), None, None, 2, None);
    assert_eq!(history, []);
}

#[test]
fn a_clock_set_back_never_folds() {
    let mut history = Vec::new();
    typing(&mut history, "age", &[("1", 100_000)], None);
    record_edit(
        &mut history,
        FieldPath::field("age"),
        text("1"),
        text("12"),
        50_000,
        None,
    );
    assert_eq!(history.len(), 2);
}

#[test]
fn the_same_field_in_another_repeat_row_is_another_edit() {
    let in_row = |row: &str| FieldPath::in_row(Vec::new(), "family_members", row, "relation_name");
    let mut history = Vec::new();
    record_edit(&mut history, in_row("r1"), None, text("Fatima"), 1, None);
    record_edit(&mut history, in_row("r2"), None, text("Omar"), 2, None);
    record_edit(
        &mut history,
        in_row("r2"),
        text("Omar"),
        text("Omari"),
        3,
        None,
    );
    let paths: Vec<_> = history.iter().map(|edit| edit.path.to_string()).collect();
    assert_eq!(
        paths,
        [
            "family_members[r1].relation_name",
            "family_members[r2].relation_name"
        ]
    );
    assert_eq!(history[1].new, text("Omari"));
}

#[test]
fn nested_row_paths_display_and_round_trip() {
    let outer = vec![RowRef {
        repeat: "services".to_string(),
        row: "s1".into(),
    }];
    let path = FieldPath::in_row(outer, "follow_ups", "f9", "date");
    assert_eq!(path.to_string(), "services[s1].follow_ups[f9].date");
    let json = serde_json::to_string(&path).expect("serialises");
    assert_eq!(
        json,
        r#"{"rows":[{"repeat":"services","row":"s1"},{"repeat":"follow_ups","row":"f9"}],"field":"date"}"#
    );
    assert_eq!(serde_json::from_str::<FieldPath>(&json).ok(), Some(path));
    assert_eq!(
        serde_json::to_string(&FieldPath::field("sex"))
            .ok()
            .as_deref(),
        Some(r#"{"field":"sex"}"#)
    );
}

#[test]
fn recording_an_edit_moves_updated_at_forward_only() {
    let mut draft = Draft::new(id("d1"), &form(), 5_000);
    draft.record_edit(FieldPath::field("age"), None, text("1"), 9_000, None);
    assert_eq!(draft.updated_at, 9_000);
    draft.record_edit(FieldPath::field("sex"), None, text("male"), 7_000, None);
    assert_eq!(draft.updated_at, 9_000);
    assert_eq!(draft.history.len(), 2);
}

// --- the definition hash -----------------------------------------------------------------

#[test]
fn the_hash_ignores_how_the_file_is_written() {
    let reordered = r#"{"sections": [{"fields": [
        {"label": "First name", "type": "text", "id": "name_first"},
        {"type": "text", "id": "name_last", "label": "Last name"},
        {"options": [{"label": "Female", "id": "female"}, {"id": "male", "label": "Male"}],
         "label": "Sex", "id": "sex", "type": "select_one"},
        {"max": 130, "min": 0, "id": "age", "type": "integer", "label": "Age"}],
        "title": "Child", "id": "child"}],
      "record_title": ["name_first", "name_last"], "layout": "paged", "languages": ["en"],
      "title": {"fr": "Enregistrement", "en": "Registration"},
      "version": "1.0.0", "id": "cp_registration", "format": 1}"#;
    assert_eq!(
        definition_hash(&form_from(reordered)),
        definition_hash(&form())
    );
}

#[test]
fn the_hash_changes_with_any_meaningful_edit() {
    let base = definition_hash(&form());
    for (from, to) in [
        ("\"Last name\"", "\"Surname\""),
        ("\"max\": 130", "\"max\": 120"),
        (
            "{\"id\": \"male\", \"label\": \"Male\"}",
            "{\"id\": \"male\", \"label\": \"Boy\"}",
        ),
        ("\"version\": \"1.0.0\"", "\"version\": \"1.0.1\""),
    ] {
        assert!(FORM.contains(from), "{from}");
        assert_ne!(
            definition_hash(&form_from(&FORM.replace(from, to))),
            base,
            "{from} -> {to}"
        );
    }
}

#[test]
fn the_hash_is_pinned() {
    // If this changes, every stored draft will read as "definition changed": only change the
    // canonical form on purpose.
    let hash = definition_hash(&form());
    assert_eq!(hash.len(), 64);
    assert!(
        hash.bytes()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
    );
    assert_eq!(hash, PINNED_HASH);
}

const PINNED_HASH: &str = "725c40521dd4b7f9d2f40a56f5a1dc6468b4c3024964b8fb0e1b23c01693d6ff";

#[test]
fn canonical_json_sorts_keys_at_every_depth() {
    let value = serde_json::json!({"b": [{"z": 1, "a": null}], "a": {"y": "é\"", "x": 1.5}});
    assert_eq!(
        canonical_json(&value),
        r#"{"a":{"x":1.5,"y":"é\""},"b":[{"a":null,"z":1}]}"#
    );
}

// --- reopening against a changed definition ----------------------------------------------

#[test]
fn the_same_definition_is_unchanged() {
    assert_eq!(
        compare_definition(&sample_draft(), &form()),
        Ok(DefinitionChange::Unchanged)
    );
}

#[test]
fn a_new_version_is_reported() {
    let newer = form_from(&FORM.replace("\"1.0.0\"", "\"1.1.0\""));
    assert_eq!(
        compare_definition(&sample_draft(), &newer),
        Ok(DefinitionChange::Changed {
            from_version: "1.0.0".to_string(),
            to_version: "1.1.0".to_string(),
        })
    );
}

#[test]
fn an_edit_without_a_version_bump_is_caught_by_the_hash() {
    let edited = form_from(&FORM.replace("\"max\": 130", "\"max\": 17"));
    assert_eq!(
        compare_definition(&sample_draft(), &edited),
        Ok(DefinitionChange::Changed {
            from_version: "1.0.0".to_string(),
            to_version: "1.0.0".to_string(),
        })
    );
}

#[test]
fn a_draft_of_another_form_is_refused() {
    let other = form_from(&FORM.replace("\"cp_registration\"", "\"cp_assessment\""));
    let error = compare_definition(&sample_draft(), &other);
    assert_eq!(
        error,
        Err(DraftError::OtherForm {
            draft_form: "cp_registration".to_string(),
            definition_form: "cp_assessment".to_string(),
        })
    );
}

#[test]
fn adopting_a_definition_records_it_and_keeps_the_answers() {
    let newer = form_from(&FORM.replace("\"1.0.0\"", "\"2.0.0\""));
    let mut draft = sample_draft();
    let answers = draft.answers.clone();
    draft.adopt_definition(&newer);
    assert_eq!(
        compare_definition(&draft, &newer),
        Ok(DefinitionChange::Unchanged)
    );
    assert_eq!(
        (draft.form_version.as_str(), draft.answers),
        ("2.0.0", answers)
    );
}

fn environment() -> Environment {
    let today = Date::from_ymd(2026, 3, 14).expect("a valid date");
    let noon = Time::from_hms(12, 0, 0).expect("a valid time");
    Environment {
        today,
        now: DateTime::new(today, noon),
    }
}

fn compiled(definition: FormDefinition) -> Arc<Form> {
    let (form, problems) = Form::compile(definition);
    assert_eq!(problems, [], "the test form compiles cleanly");
    Arc::new(form)
}

#[test]
fn reopening_with_a_newer_definition_reports_and_keeps_answers_that_no_longer_fit() {
    // Version 2 drops the "male"/"female" options for "f"/"m" and removes `name_last`.
    let v2 = FORM
        .replace("\"1.0.0\"", "\"2.0.0\"")
        .replace("\"id\": \"female\"", "\"id\": \"f\"")
        .replace("\"id\": \"male\"", "\"id\": \"m\"")
        .replace(
            "{\"id\": \"name_last\", \"type\": \"text\", \"label\": \"Last name\"},",
            "",
        )
        .replace("\"record_title\": [\"name_first\", \"name_last\"],", "");
    let mut draft = Draft::new(id("d1"), &form(), 1);
    draft.answers = Answers::new()
        .with("name_first", "Amina")
        .with("name_last", "Haddad")
        .with("sex", "female")
        .with("age", "12a");

    let reopened = reopen(&draft, compiled(form_from(&v2)), environment()).expect("same form");
    assert_eq!(
        reopened.change,
        DefinitionChange::Changed {
            from_version: "1.0.0".to_string(),
            to_version: "2.0.0".to_string(),
        }
    );
    let unfitting: Vec<_> = reopened
        .unfitting
        .iter()
        .map(|u| (u.path.as_str(), u.reason.clone()))
        .collect();
    assert_eq!(
        unfitting,
        [
            ("name_last", None),
            (
                "sex",
                Some(Invalid::NotAnOption {
                    value: "female".to_string()
                })
            ),
        ],
        "an answer that is merely invalid (age 12a) is not 'unfitting'"
    );
    assert_eq!(
        reopened.state.answers(),
        &draft.answers,
        "nothing is dropped"
    );
}

#[test]
fn reopening_with_the_same_definition_reports_nothing() {
    let draft = sample_draft();
    let reopened = reopen(&draft, compiled(form()), environment()).expect("same form");
    assert_eq!(reopened.change, DefinitionChange::Unchanged);
    let paths: Vec<_> = reopened.unfitting.iter().map(|u| u.path.clone()).collect();
    // The sample has answers for fields the test form does not have.
    assert_eq!(paths, ["family_members", "protection_concerns"]);
}

#[test]
fn reopening_a_draft_of_another_form_is_refused() {
    let other = form_from(&FORM.replace("\"cp_registration\"", "\"cp_assessment\""));
    assert!(matches!(
        reopen(&sample_draft(), compiled(other), environment()),
        Err(DraftError::OtherForm { .. })
    ));
}

#[test]
fn the_display_title_joins_the_record_title_answers() {
    let answers = Answers::new()
        .with("name_first", " Amina ")
        .with("age", "12");
    assert_eq!(display_title(&form(), &answers), "Amina");
    let answers = answers.with("name_last", "Haddad");
    assert_eq!(display_title(&form(), &answers), "Amina Haddad");
    assert_eq!(display_title(&form(), &Answers::new()), "");
    assert_eq!(
        Progress::from_counts(usize::MAX, 3),
        Progress {
            answered: u32::MAX,
            total: 3
        }
    );
}

/// The list of drafts resumes a draft at `?form=forms/<form id>.json`: every bundled form's
/// file must be named after its id.
#[test]
fn every_bundled_form_file_is_named_after_its_id() {
    let forms = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("forms");
    let mut checked = 0;
    for entry in std::fs::read_dir(&forms).expect("forms/ is readable") {
        let path = entry.expect("a directory entry").path();
        let stem = path
            .file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or_default();
        if path.extension().and_then(|e| e.to_str()) != Some("json") || stem == "index" {
            continue;
        }
        let source = std::fs::read_to_string(&path).expect("a form file is readable");
        let definition: FormDefinition = serde_json::from_str(&source).expect("a form parses");
        assert_eq!(
            definition.id,
            stem,
            "{} has id {}",
            path.display(),
            definition.id
        );
        checked += 1;
    }
    assert!(checked > 0, "no bundled forms found");
}

// ---- Diffing answers into the history ----------------------------------------------------

fn family(rows: Vec<Row>) -> Answers {
    Answers::new()
        .with("name_first", "Amina")
        .with("family_members", rows)
}

#[test]
fn changed_answers_lists_set_changed_and_cleared_fields() {
    let old = Answers::new().with("name_first", "Amina").with("age", "12");
    let new = Answers::new()
        .with("name_first", "Amira")
        .with("sex", "female");
    let changes: Vec<_> = changed_answers(&old, &new)
        .into_iter()
        .map(|c| (c.path.to_string(), c.old, c.new))
        .collect();
    assert_eq!(
        changes,
        vec![
            ("age".to_string(), text("12"), None),
            ("name_first".to_string(), text("Amina"), text("Amira")),
            ("sex".to_string(), None, text("female")),
        ]
    );
    assert!(changed_answers(&old, &old).is_empty());
}

#[test]
fn changed_answers_goes_into_repeat_rows_by_their_ids() {
    let fatima = Row::new("row-1").with("relation_name", "Fatima");
    let old = family(vec![
        fatima.clone(),
        Row::new("row-2").with("relation_name", "Ali"),
    ]);
    let new = family(vec![
        Row::new("row-1").with("relation_name", "Fatma"),
        Row::new("row-3"),
    ]);
    let changes: Vec<_> = changed_answers(&old, &new)
        .into_iter()
        .map(|c| (c.path.to_string(), c.old.is_some(), c.new.is_some()))
        .collect();
    assert_eq!(
        changes,
        vec![
            (
                "family_members[row-1].relation_name".to_string(),
                true,
                true
            ),
            ("family_members".to_string(), true, false),
            ("family_members".to_string(), false, true),
        ]
    );
    let removed = &changed_answers(&old, &new)[1];
    assert_eq!(
        removed.old,
        Some(Answer::Rows(vec![
            Row::new("row-2").with("relation_name", "Ali")
        ]))
    );
}

#[test]
fn record_answers_takes_the_answers_and_records_each_change_with_the_user() {
    let mut draft = sample_draft();
    let before = draft.history.len();
    let mut answers = draft.answers.clone();
    answers.insert("age", Answer::from("13"));
    draft.record_answers(&answers, 1_700_000_100_000, Some("cw-17".to_string()));
    assert_eq!(draft.answers, answers);
    assert_eq!(draft.updated_at, 1_700_000_100_000);
    assert_eq!(draft.history.len(), before + 1);
    let edit = draft.history.last().expect("an edit");
    assert_eq!(
        (
            edit.path.to_string(),
            edit.old.clone(),
            edit.new.clone(),
            edit.user.as_deref()
        ),
        ("age".to_string(), text("12"), text("13"), Some("cw-17"))
    );
    // The same answers again change nothing.
    draft.record_answers(&answers, 1_700_000_200_000, None);
    assert_eq!(draft.history.len(), before + 1);
    assert_eq!(draft.updated_at, 1_700_000_100_000);
}

#[test]
fn the_form_address_is_kept_and_optional() {
    let mut draft = sample_draft();
    draft.form_url = "https://example.org/forms/cp_registration.json".to_string();
    let stored = draft.to_stored().expect("serialises");
    assert_eq!(Draft::from_stored(&stored).expect("reads back"), draft);
    // A draft stored before the field existed reads with an empty address.
    draft.form_url = String::new();
    let stored = draft.to_stored().expect("serialises");
    assert!(!stored.contains("form_url"));
    assert_eq!(
        Draft::from_stored(&stored).expect("reads back").form_url,
        ""
    );
}
