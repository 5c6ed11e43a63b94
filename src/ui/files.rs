//! The browser's part of opening a report: a file's bytes, the legacy
//! Chinese decoder (the browser's own GB18030), and a pause between files
//! so the page paints its progress and answers input.

use js_sys::{Promise, Uint8Array};
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{File, FileList, TextDecoder, TextDecoderOptions};

/// The files of a `FileList` (an `<input type=file>`, a drop).
pub fn list(files: Option<FileList>) -> Vec<File> {
    let Some(files) = files else {
        return Vec::new();
    };
    (0..files.length()).filter_map(|i| files.get(i)).collect()
}

/// The file's bytes, or the browser's reason for not reading them.
pub async fn bytes(file: &File) -> Result<Vec<u8>, String> {
    let buffer = JsFuture::from(file.array_buffer())
        .await
        .map_err(|e| format!("{e:?}"))?;
    Ok(Uint8Array::new(&buffer).to_vec())
}

/// GB18030 (GBK, GB2312) by the browser's `TextDecoder`, strict: `None`
/// for any malformed sequence, as `ingest` requires.
pub fn gb18030(bytes: &[u8]) -> Option<String> {
    let options = TextDecoderOptions::new();
    options.set_fatal(true);
    TextDecoder::new_with_label_and_options("gb18030", &options)
        .ok()?
        .decode_with_u8_array(bytes)
        .ok()
}

/// Resolves after a zero-delay timeout: the browser paints and handles
/// input before the next file is read.
pub async fn pause() {
    let promise = Promise::new(&mut |resolve, _| {
        let _ = gloo::utils::window()
            .set_timeout_with_callback_and_timeout_and_arguments_0(resolve.unchecked_ref(), 0);
    });
    let _ = JsFuture::from(promise).await;
}
