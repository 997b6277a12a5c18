//! The wasm entry point: installs the panic hook and mounts the app.
//!
//! This binary only means something in a browser; Trunk builds it for wasm32 (see index.html).
//! A native build (`cargo test`, `cargo clippy` on the host) gets a stub `main` that says so.

#[cfg(target_arch = "wasm32")]
fn main() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(caseforms::app::App);
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("caseforms-app runs in a browser: start it with `bash .ci/serve`.");
    std::process::exit(2);
}
