//! The answers' JSON: the flat, snake_case shape Primero accepts, pinned.

use caseforms::answers::{Answer, Answers, Row, RowId};

use crate::support::answers;

#[test]
fn answers_serialise_flat_with_rows_keyed_by_unique_id() {
    let draft = Answers::new()
        .with("name_first", "Amina")
        .with("age", "12")
        .with("estimated", true)
        .with(
            "protection_concerns",
            Answer::choices(["caafag", "street_child"]),
        )
        .with("children", Answer::counts([("boys", "2"), ("girls", "")]))
        .with("weight", 42.0)
        .with("ratio", 0.5)
        .with(
            "family_members",
            vec![
                Row::new("4f0c")
                    .with("relation_name", "Fatima")
                    .with("relation", "mother"),
            ],
        );
    let json = serde_json::to_string(&draft).expect("answers serialise");
    assert_eq!(
        json,
        r#"{"age":"12","children":{"boys":"2","girls":""},"estimated":true,"family_members":[{"unique_id":"4f0c","relation":"mother","relation_name":"Fatima"}],"name_first":"Amina","protection_concerns":["caafag","street_child"],"ratio":0.5,"weight":42}"#
    );
    let back: Answers = serde_json::from_str(&json).expect("answers deserialise");
    assert_eq!(back, draft);
}

#[test]
fn each_json_shape_reads_as_its_answer() {
    let read = answers(
        r#"{"t": "x", "n": 3, "b": false, "c": ["a"], "r": [{"unique_id": "u1", "x": "1"}],
            "e": [], "k": {"a": "1", "b": 2}, "gone": null}"#,
    );
    assert_eq!(read.get("t"), Some(&Answer::Text("x".into())));
    assert_eq!(read.get("n"), Some(&Answer::Number(3.0)));
    assert_eq!(read.get("b"), Some(&Answer::Bool(false)));
    assert_eq!(read.get("c"), Some(&Answer::Choices(vec!["a".into()])));
    assert_eq!(
        read.get("r"),
        Some(&Answer::Rows(vec![Row::new("u1").with("x", "1")]))
    );
    // `[]` is ambiguous: it reads as no rows, and the engine reads it by the field's type.
    assert_eq!(read.get("e"), Some(&Answer::Rows(Vec::new())));
    assert_eq!(
        read.get("k"),
        Some(&Answer::counts([("a", "1"), ("b", "2")]))
    );
    // A null is no answer.
    assert_eq!(read.get("gone"), None);
    assert_eq!(read.len(), 7);
}

#[test]
fn a_row_id_is_plain_text() {
    let id = RowId::from("1b9d6bcd-bbfd-4b2d-9b5d-ab8dfbbd4bed");
    assert_eq!(
        serde_json::to_string(&id).expect("serialises"),
        r#""1b9d6bcd-bbfd-4b2d-9b5d-ab8dfbbd4bed""#
    );
    assert_eq!(id.to_string(), id.as_str());
}

#[test]
fn a_row_without_unique_id_is_not_a_row() {
    let result: Result<Answers, _> = serde_json::from_str(r#"{"members": [{"name": "x"}]}"#);
    assert!(result.is_err());
}
