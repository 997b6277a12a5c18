//! The content hash of a form definition.
//!
//! A draft records the hash of the definition it was filled against, so reopening it can tell
//! that the definition changed even when the designer forgot to bump `version`.

use sha2::{Digest, Sha256};

use crate::definition::FormDefinition;

/// The SHA-256 (lowercase hex) of the definition's canonical JSON ([`canonical_json`]).
///
/// It depends on what the definition means, not on how its file is written: whitespace, key
/// order, and keys left at their default value (such as `"layout": "paged"`) make no
/// difference; any change to a label, a rule or an option does.
///
/// Serialising a `FormDefinition` cannot fail (every map key is a string and no value has a
/// fallible `Serialize`). Should it ever, the result is `"unhashable: <reason>"`, which is not
/// hex and so never equals a real hash: the definition then reads as changed, the safe side.
pub fn definition_hash(form: &FormDefinition) -> String {
    match serde_json::to_value(form) {
        Ok(value) => {
            let digest = Sha256::digest(canonical_json(&value).as_bytes());
            digest.iter().map(|byte| format!("{byte:02x}")).collect()
        }
        Err(error) => format!("unhashable: {error}"),
    }
}

/// `value` as compact JSON with every object's keys in byte order.
///
/// It does not rely on `serde_json`'s map order (which depends on whether some crate in the
/// build enabled its `preserve_order` feature). Numbers and strings are written by
/// `serde_json`, whose output for a given value is fixed.
pub fn canonical_json(value: &serde_json::Value) -> String {
    let mut out = String::new();
    write_canonical(value, &mut out);
    out
}

fn write_canonical(value: &serde_json::Value, out: &mut String) {
    use serde_json::Value;
    match value {
        Value::Null | Value::Bool(_) | Value::Number(_) | Value::String(_) => {
            out.push_str(&value.to_string());
        }
        Value::Array(items) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write_canonical(item, out);
            }
            out.push(']');
        }
        Value::Object(object) => {
            let mut entries: Vec<_> = object.iter().collect();
            entries.sort_unstable_by(|(a, _), (b, _)| a.as_bytes().cmp(b.as_bytes()));
            out.push('{');
            for (i, (key, item)) in entries.into_iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                out.push_str(&Value::String(key.clone()).to_string());
                out.push(':');
                write_canonical(item, out);
            }
            out.push('}');
        }
    }
}
