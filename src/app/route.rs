//! What the address bar says: which form is open (`?form=<url>`), and the restorable UI state
//! (`&lang=ar&section=family&layout=single_page`).
//!
//! The address is the one place the UI state is kept between reloads: a reload, a shared link
//! or the back button brings back the same form, section and language. (Answers are not in
//! the address: drafts are the storage module's business.)

use crate::definition::Layout;

use super::web;

/// The parsed query string of the page.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Address {
    /// The definition to open (`?form=`), relative to the page or absolute; `None` is home.
    pub form: Option<String>,
    /// The chosen language (`?lang=`).
    pub language: Option<String>,
    /// The id of the section shown (`?section=`), in the paged layout.
    pub section: Option<String>,
    /// The chosen layout (`?layout=paged|single_page`).
    pub layout: Option<Layout>,
}

impl Address {
    /// The address of the page as it is now.
    pub fn current() -> Address {
        let mut address = Address::default();
        for (key, value) in web::query_params() {
            let value = value.trim().to_string();
            if value.is_empty() {
                continue;
            }
            match key.as_str() {
                "form" => address.form = Some(value),
                "lang" => address.language = Some(value),
                "section" => address.section = Some(value),
                "layout" => {
                    address.layout = match value.as_str() {
                        "single_page" => Some(Layout::SinglePage),
                        "paged" => Some(Layout::Paged),
                        _ => None,
                    }
                }
                _ => {}
            }
        }
        address
    }

    /// The query string for this address.
    pub fn query(&self) -> String {
        let mut pairs: Vec<(&str, &str)> = Vec::new();
        if let Some(form) = &self.form {
            pairs.push(("form", form));
        }
        if let Some(language) = &self.language {
            pairs.push(("lang", language));
        }
        if let Some(section) = &self.section {
            pairs.push(("section", section));
        }
        match self.layout {
            Some(Layout::SinglePage) => pairs.push(("layout", "single_page")),
            Some(Layout::Paged) => pairs.push(("layout", "paged")),
            None => {}
        }
        web::query_string(&pairs)
    }

    /// Shows this address in the address bar: a new history entry when `push`.
    pub fn show(&self, push: bool) {
        web::set_query(&self.query(), push);
    }
}

/// Whether a form address names one of the bundled forms (served beside the app).
pub fn is_bundled(url: &str) -> bool {
    let path = url.strip_prefix("./").unwrap_or(url);
    path.starts_with("forms/") && !path.contains("..") && !path.contains(':')
}

/// The file name at the end of an address, for messages: `…/consent.json` → `consent.json`.
pub fn file_name(url: &str) -> &str {
    let path = url.split(['?', '#']).next().unwrap_or(url);
    path.rsplit('/').find(|part| !part.is_empty()).unwrap_or(path)
}
