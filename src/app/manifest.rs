//! `forms/index.json`: the bundled forms the home screen lists.

use serde::Deserialize;

use crate::definition::Text;

/// The address of the manifest, relative to the page.
pub const MANIFEST_URL: &str = "forms/index.json";

/// One bundled form, as the manifest describes it (the title and description repeat the
/// definition's, so the home screen needs one download; tests/manifest.rs keeps them in step).
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Entry {
    /// The definition's file name in `forms/`, e.g. `cp_registration.json`.
    pub file: String,
    /// The form's title.
    pub title: Text,
    /// What the form is for.
    #[serde(default)]
    pub description: Option<Text>,
    /// The languages the form is written in.
    #[serde(default)]
    pub languages: Vec<String>,
}

impl Entry {
    /// The address that opens this form (`?form=` takes it).
    pub fn url(&self) -> String {
        format!("forms/{}", self.file)
    }
}

/// Reads the manifest; a file that is not a list of entries is an error with serde's message.
pub fn parse(text: &str) -> Result<Vec<Entry>, serde_json::Error> {
    serde_json::from_str(text)
}
