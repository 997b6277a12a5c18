//! Reading a definition file's JSON in one pass, refusing what a JSON reader would silently
//! let through: an object with the same key twice (where `serde_json::Value` keeps the last).
//!
//! This is the fast way's stand-in for the position scan of [`crate::definition::positions`]:
//! it finds out *whether* a document has a duplicate key without recording where every value
//! is. When it refuses, the full checker runs and says where.

use serde::Deserializer;
use serde::de::{self, DeserializeSeed, MapAccess, SeqAccess, Visitor};
use serde_json::{Map, Value};

/// `source` as a JSON value, or `None` if it is not JSON or has an object with a repeated key.
pub(super) fn parse(source: &str) -> Option<Value> {
    let mut deserializer = serde_json::Deserializer::from_str(source);
    let value = StrictValue.deserialize(&mut deserializer).ok()?;
    deserializer.end().ok()?;
    Some(value)
}

/// Builds a `Value`, failing on a repeated object key.
struct StrictValue;

impl<'de> DeserializeSeed<'de> for StrictValue {
    type Value = Value;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Value, D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for StrictValue {
    type Value = Value;

    fn expecting(&self, formatter: &mut std::fmt::Formatter) -> std::fmt::Result {
        formatter.write_str("a JSON value")
    }

    fn visit_bool<E>(self, value: bool) -> Result<Value, E> {
        Ok(Value::Bool(value))
    }

    fn visit_i64<E>(self, value: i64) -> Result<Value, E> {
        Ok(Value::from(value))
    }

    fn visit_u64<E>(self, value: u64) -> Result<Value, E> {
        Ok(Value::from(value))
    }

    fn visit_f64<E>(self, value: f64) -> Result<Value, E> {
        Ok(Value::from(value))
    }

    fn visit_str<E>(self, value: &str) -> Result<Value, E> {
        Ok(Value::String(value.to_string()))
    }

    fn visit_string<E>(self, value: String) -> Result<Value, E> {
        Ok(Value::String(value))
    }

    fn visit_unit<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut items: A) -> Result<Value, A::Error> {
        let mut array = Vec::new();
        while let Some(item) = items.next_element_seed(StrictValue)? {
            array.push(item);
        }
        Ok(Value::Array(array))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut members: A) -> Result<Value, A::Error> {
        let mut object = Map::new();
        while let Some(key) = members.next_key::<String>()? {
            let value = members.next_value_seed(StrictValue)?;
            if object.insert(key, value).is_some() {
                return Err(de::Error::custom("a key appears twice in the same object"));
            }
        }
        Ok(Value::Object(object))
    }
}

#[cfg(test)]
mod tests {
    use super::parse;

    #[test]
    fn reads_json_and_refuses_repeated_keys() {
        assert_eq!(
            parse(r#"{"a": [1, -2, 2.5, "x", true, null, {}]}"#),
            Some(serde_json::json!({"a": [1, -2, 2.5, "x", true, null, {}]}))
        );
        assert_eq!(parse(r#"{"a": 1, "b": {"c": 1, "c": 2}}"#), None);
        // The same key written with an escape is the same key.
        assert_eq!(parse(r#"{"a": 1, "\u0061": 2}"#), None);
        assert_eq!(parse(r#"{"a": 1} trailing"#), None);
        assert_eq!(parse("[1, 2"), None);
    }
}
