//! The explorer's entry point. Trunk builds it for wasm32.

#[cfg(target_arch = "wasm32")]
fn main() {
    report_explorer::ui::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    eprintln!("app: the explorer runs in a browser; build it with `trunk build` (see README)");
    std::process::ExitCode::from(2)
}
