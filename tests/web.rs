//! Tests that run inside headless Chromium (`wasm-bindgen-test`), for code that needs a real
//! browser: storage, and later components mounted into the DOM.
//!
//! Run: `CHROMEDRIVER=/usr/bin/chromedriver cargo test --target wasm32-unknown-unknown --test web`
//! (`.ci/test` does this; the runner is set in .cargo/config.toml, the browser flags in
//! webdriver.json).
#![cfg(target_arch = "wasm32")]

use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};

wasm_bindgen_test_configure!(run_in_browser);

fn local_storage() -> web_sys::Storage {
    let window = web_sys::window().expect("a browser test runs in a window");
    window
        .local_storage()
        .expect("reading window.localStorage does not throw")
        .expect("the test browser has localStorage")
}

/// Proves the harness itself: the test runs in a real browser page with working localStorage.
#[wasm_bindgen_test]
fn local_storage_round_trips_a_value() {
    let storage = local_storage();
    let key = "caseforms-test:round-trip";

    storage
        .set_item(key, "draft ✓")
        .expect("setting an item works");
    assert_eq!(
        storage.get_item(key).ok().flatten().as_deref(),
        Some("draft ✓")
    );

    storage.remove_item(key).expect("removing an item works");
    assert_eq!(storage.get_item(key).ok().flatten(), None);
}
