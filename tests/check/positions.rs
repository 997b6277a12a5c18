//! The positions scanner: exact locations on generated JSON, and no panic on any text.

use caseforms::check::{JsonPath, Location};
use caseforms::definition::positions::Positions;
use proptest::prelude::*;
use serde_json::Value;

/// Any JSON value, a few levels deep, with texts that need escapes.
fn json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i32>().prop_map(Value::from),
        "[a-zé\"\\\\\n\t😀 ]{0,8}".prop_map(Value::String),
    ];
    leaf.prop_recursive(4, 32, 5, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..5).prop_map(Value::Array),
            prop::collection::btree_map("[a-z\"é]{1,4}", inner, 0..5)
                .prop_map(|map| Value::Object(map.into_iter().collect())),
        ]
    })
}

/// Every path in `value`, with its value.
fn paths(value: &Value, path: JsonPath, out: &mut Vec<(JsonPath, Value)>) {
    out.push((path.clone(), value.clone()));
    match value {
        Value::Array(items) => {
            for (index, item) in items.iter().enumerate() {
                paths(item, path.index(index), out);
            }
        }
        Value::Object(map) => {
            for (key, item) in map {
                paths(item, path.key(key), out);
            }
        }
        _ => {}
    }
}

/// The text from `location` to the end of the source.
fn from(source: &str, location: Location) -> String {
    let line = source
        .split('\n')
        .nth(location.line - 1)
        .unwrap_or_default();
    line.chars().skip(location.column - 1).collect()
}

proptest! {
    #[test]
    fn every_value_is_found_where_it_starts(value in json(), pretty in any::<bool>()) {
        let source = if pretty {
            serde_json::to_string_pretty(&value).unwrap_or_default()
        } else {
            serde_json::to_string(&value).unwrap_or_default()
        };
        let positions = Positions::scan(&source);
        let mut all = Vec::new();
        paths(&value, JsonPath::root(), &mut all);
        for (path, expected) in all {
            let location = positions.value(&path);
            prop_assert!(location.is_some(), "no location for {path}");
            let rest = from(&source, location.unwrap_or(Location { line: 1, column: 1 }));
            let written = serde_json::to_string(&expected).unwrap_or_default();
            if !matches!(expected, Value::Array(_) | Value::Object(_)) {
                prop_assert!(rest.starts_with(&written), "{path}: {rest:?} does not start with {written:?}");
            }
            if let Value::String(text) = &expected {
                // Each character of the decoded text is found where its (escaped) form starts.
                for (offset, character) in text.chars().enumerate() {
                    let at = positions.in_string(&path, offset);
                    prop_assert!(at.is_some());
                    let rest = from(&source, at.unwrap_or(Location { line: 1, column: 1 }));
                    let escaped = serde_json::to_string(&character.to_string()).unwrap_or_default();
                    let escaped = escaped.trim_matches('"');
                    prop_assert!(rest.starts_with(escaped), "{path}[{offset}]: {rest:?} vs {escaped:?}");
                }
                let end = positions.in_string(&path, text.chars().count());
                let rest = from(&source, end.unwrap_or(Location { line: 1, column: 1 }));
                prop_assert!(rest.starts_with('"'));
            }
        }
    }

    #[test]
    fn any_text_is_scanned_without_panic(source in "\\PC{0,64}|[\\[\\]{}\":,\\\\u0-9a-f ]{0,64}", offset in 0usize..80) {
        let positions = Positions::scan(&source);
        let _ = positions.in_string(&JsonPath::root(), offset);
        let _ = positions.in_string(&JsonPath::root().key("a"), offset);
        let _ = positions.nearest(&JsonPath::root().index(0).key("a"));
        let _ = caseforms::check::check_source(&source);
    }
}

#[test]
fn deep_nesting_does_not_overflow() {
    let source = "[".repeat(100_000);
    let positions = Positions::scan(&source);
    assert!(positions.value(&JsonPath::root()).is_some());
    let checked = caseforms::check::check_source(&source);
    assert_eq!(checked.problems.len(), 1);
}
