//! The browser app (wasm32 only): Yew components over the pure core.

mod app;
pub mod components;
pub mod download;
mod hooks;
mod shared;

pub use app::App;
pub use shared::SharedReport;

/// Mounts the explorer into `#report-explorer` if the page has one, else into `<body>`.
pub fn start() {
    let document = gloo::utils::document();
    match document.get_element_by_id("report-explorer") {
        Some(root) => {
            yew::Renderer::<App>::with_root(root).render();
        }
        None => {
            yew::Renderer::<App>::new().render();
        }
    }
}
