/* Starts the explorer. tools/singlefile.py puts this after wasm-bindgen's
 * no-modules glue (which defines wasm_bindgen) and the payload's decoder
 * (unlzma.js; gunzip.js for RX_PAYLOAD=gzip), inside one function scope,
 * and replaces the placeholders below with the app's WebAssembly,
 * compressed and base64-encoded, and the format it is compressed in: the
 * page then needs no request (file://, a CSP with connect-src 'none'), and
 * the browser parses 44% of the bytes it would for the plain module, which
 * is most of what it does before the app runs. */
function payload() {
  return fromBase64("@WASM_PAYLOAD_BASE64@");
}

/* The single file carries the payload in a data block beside this script,
 * as text7 (assets/text7.js) rather than base64: tools/singlefile.py puts
 * `payloadBlock(id)` above instead of the call. Once read, the block
 * leaves the page. */
function payloadBlock(id) {
  const block = document.getElementById(id);
  if (!block) throw new Error("the page has no #" + id);
  const text = block.textContent;
  block.remove();
  return fromText7(text);
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

/* A promise of `value` in a task of its own. */
function nextTask(value) {
  return new Promise((done) => setTimeout(() => done(value), 0));
}

/* The LZMA decode takes one task (some 50 ms in Chromium; the app starts
 * in the next one). A page with a prerendered first frame
 * (#report-explorer > .rx-frame, in the HTML before any script runs) shows
 * it first: the decode waits for the next paint (requestAnimationFrame runs
 * just before it, a task queued from there just after). Without the frame,
 * or in a hidden tab, which paints nothing, it starts at once. */
function afterFirstPaint() {
  if (document.hidden || !document.querySelector("#report-explorer > .rx-frame")) return Promise.resolve();
  return new Promise((done) => requestAnimationFrame(done)).then(nextTask);
}

/* The wasm module's bytes, from the payload in the format
 * tools/singlefile.py packed it in: it writes the format's name in place
 * of the placeholder, and the minifier keeps only the branch that names. */
function wasmBytes() {
  if ("@PAYLOAD_FORMAT@" === "gzip") return inflate(payload());
  return afterFirstPaint()
    .then(() => unlzma(payload()))
    .then(nextTask);
}

try {
  wasmBytes()
    .then((wasm) => wasm_bindgen.initSync({ module: wasm }))
    .catch(showFailure);
} catch (error) {
  showFailure(error);
}
