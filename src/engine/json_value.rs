//! Typed data to and from a `serde_json::Value` through its JSON text, not through `serde_json`'s value
//! serializer and deserializer: every `Serialize` and `Deserialize` of the model is then in the wasm once,
//! for text (the value ones would be a second full copy of each). Costs a write and a read of the text.

use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::Value;

/// `data` as a JSON value (what `serde_json::to_value` gives).
///
/// # Errors
/// When `data` cannot be written as JSON (a map with keys that are not strings).
pub fn to_value<T: Serialize + ?Sized>(data: &T) -> Result<Value, serde_json::Error> {
    serde_json::from_str(&serde_json::to_string(data)?)
}

/// `value` read as `T` (what `serde_json::from_value` gives).
///
/// # Errors
/// When `value` is not a valid `T`.
pub fn from_value<T: DeserializeOwned>(value: &Value) -> Result<T, serde_json::Error> {
    serde_json::from_str(&value.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn a_value_goes_there_and_back_as_the_value_serde_json_would_give() {
        let data = std::collections::BTreeMap::from([("2023", vec!["204000", "-1"])]);
        let value = to_value(&data).expect("writes");
        assert_eq!(value, json!({"2023": ["204000", "-1"]}));
        let back: std::collections::BTreeMap<String, Vec<String>> =
            from_value(&value).expect("reads");
        assert_eq!(back.get("2023").map(Vec::len), Some(2));
        assert!(from_value::<Vec<u32>>(&json!({"a": 1})).is_err());
    }
}
