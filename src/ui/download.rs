//! In-page downloads: a Blob, an object URL and a click on a temporary
//! anchor. Nothing leaves the page; the browser saves the bytes it has.

use wasm_bindgen::JsCast;
use web_sys::{Blob, BlobPropertyBag, HtmlAnchorElement, Url};

/// Offers `bytes` to the user as a file named `filename`.
pub fn download(filename: &str, mime: &str, bytes: &[u8]) -> Result<(), String> {
    let array = js_sys::Uint8Array::from(bytes);
    let parts = js_sys::Array::of1(&array);
    let options = BlobPropertyBag::new();
    options.set_type(mime);
    let blob = Blob::new_with_u8_array_sequence_and_options(&parts, &options)
        .map_err(|_| "cannot create file")?;
    download_blob(filename, &blob)
}

/// Offers an existing Blob (a canvas PNG, say) as a file.
pub fn download_blob(filename: &str, blob: &Blob) -> Result<(), String> {
    let url =
        Url::create_object_url_with_blob(blob).map_err(|_| "cannot create a link to the file")?;
    let document = gloo::utils::document();
    let anchor: HtmlAnchorElement = document
        .create_element("a")
        .map_err(|_| "cannot create a link")?
        .unchecked_into();
    anchor.set_href(&url);
    anchor.set_download(filename);
    anchor.set_hidden(true);
    let body = document.body().ok_or("no document body")?;
    let _ = body.append_child(&anchor);
    anchor.click();
    anchor.remove();
    // The click has handed the URL to the browser's download; free it after this task.
    let _ = gloo::timers::callback::Timeout::new(0, move || {
        let _ = Url::revoke_object_url(&url);
    })
    .forget();
    Ok(())
}
