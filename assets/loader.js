/* Starts the explorer. tools/singlefile.py puts this after wasm-bindgen's
 * no-modules glue (which defines wasm_bindgen) and gunzip.js, inside one
 * function scope, and replaces the
 * placeholder below with the app's WebAssembly, gzip-compressed and
 * base64-encoded: the page then needs no request (file://, a CSP with
 * connect-src 'none'), and the browser parses 40% of the bytes it would
 * for the plain module, which is most of what it does before the app runs. */
function payload() {
  return "@WASM_GZIP_BASE64@";
}

/* The single file carries the payload in a data block beside this script
 * (tools/singlefile.py puts `payloadBlock(id)` above instead of the
 * string); once read, the block leaves the page. */
function payloadBlock(id) {
  const block = document.getElementById(id);
  if (!block) throw new Error("the page has no #" + id);
  const text = block.textContent;
  block.remove();
  return text;
}

/* The explorer's stylesheets (assets/app.css, assets/chart.css), which the
 * wasm adopts into each shadow root, or into a page that does not carry
 * them (src/ui/mount.rs calls this through wasm-bindgen: a function of this
 * scope, so nothing is added to the host page's globals). tools/singlefile.py
 * puts their text below in report-explorer.js; the single file, which
 * carries them in a <style> for its prerendered first frame, reads that. */
function explorerCss() {
  return "@EXPLORER_CSS@";
}

function fromBase64(text) {
  if (typeof Uint8Array.fromBase64 === "function") return Uint8Array.fromBase64(text);
  const bin = atob(text);
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  return bytes;
}

function inflate(gz) {
  if (typeof DecompressionStream !== "function") return Promise.resolve().then(() => gunzip(gz));
  const stream = new DecompressionStream("gzip");
  const writer = stream.writable.getWriter();
  // A corrupt payload rejects these as well; the read below reports it.
  writer.write(gz).catch(() => {});
  writer.close().catch(() => {});
  return readAll(stream.readable.getReader()).catch(() => gunzip(gz));
}

/* Chunk by chunk: two to three times faster in Chromium than handing the
 * stream to new Response(stream).arrayBuffer(). */
function readAll(reader) {
  const parts = [];
  let length = 0;
  const next = () =>
    reader.read().then(({ done, value }) => {
      if (!done) {
        parts.push(value);
        length += value.length;
        return next();
      }
      const bytes = new Uint8Array(length);
      let at = 0;
      for (const part of parts) {
        bytes.set(part, at);
        at += part.length;
      }
      return bytes;
    });
  return next();
}

/* Where the explorer would have been, a message instead of a blank page. */
function showFailure(error) {
  console.error("report explorer:", error);
  const show = () => {
    // The single file's prerendered first frame would stand for an
    // explorer that will not come.
    const frame = document.querySelector("#report-explorer > .rx-frame");
    if (frame) frame.remove();
    const hosts = document.querySelectorAll("[data-report-explorer]");
    const targets = hosts.length ? Array.from(hosts) : [document.getElementById("report-explorer") || document.body];
    for (const target of targets) {
      const p = document.createElement("p");
      p.setAttribute("role", "alert");
      p.textContent =
        "数据浏览器未能启动，请用较新版本的浏览器打开。The report explorer could not start; please open it in a recent browser. (" +
        String((error && error.message) || error) + ")";
      target.appendChild(p);
    }
  };
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", show, { once: true });
  else show();
}

try {
  inflate(fromBase64(payload()))
    .then((wasm) => wasm_bindgen.initSync({ module: wasm }))
    .catch(showFailure);
} catch (error) {
  showFailure(error);
}
