#!/usr/bin/env python3
"""Turn Trunk's output into one self-contained HTML file that works from file://.

Browsers refuse to load a module script or a .wasm from file:// (origin
'null'), so Trunk's index.html + app.js + app_bg.wasm shows a blank page when
double-clicked. This inlines everything: the CSS as <style>, the wasm-bindgen
glue as an inline module script, and the wasm as base64 instantiated with
wasm-bindgen's synchronous `initSync`.

Run by Trunk as a post_build hook (reads $TRUNK_STAGING_DIR), or by hand:
    python3 tools/singlefile.py DIST_DIR [OUT_HTML]
"""
import base64
import os
import re
import sys

OUT_NAME = "report-explorer.html"


def fail(message):
    sys.exit(f"singlefile: {message}")


def build(dist, out):
    html_path = os.path.join(dist, "index.html")
    try:
        with open(html_path, encoding="utf-8") as f:
            html = f.read()
    except OSError as e:
        fail(f"cannot read {html_path}: {e.strerror}")

    wasms = [n for n in os.listdir(dist) if n.endswith("_bg.wasm")]
    if len(wasms) != 1:
        fail(f"expected exactly one *_bg.wasm in {dist}, found {wasms}")
    stem = wasms[0][: -len("_bg.wasm")]
    glue_path = os.path.join(dist, stem + ".js")
    with open(glue_path, encoding="utf-8") as f:
        glue = f.read()
    if re.search(r"^\s*import\s", glue, re.M):
        fail(f"{glue_path} imports other modules (snippets?); they cannot be inlined")
    with open(os.path.join(dist, wasms[0]), "rb") as f:
        wasm = f.read()

    # Trunk's loader and preload hints point at files that will not be there.
    html = re.sub(r"<script type=\"module\"[^>]*>.*?</script>\s*", "", html, flags=re.S)
    html = re.sub(r"<link rel=\"(?:modulepreload|preload)\"[^>]*>\s*", "", html)

    def inline_css(m):
        href = m.group(1)
        with open(os.path.join(dist, href.split("?")[0].lstrip("./")), encoding="utf-8") as f:
            return "<style>" + f.read().replace("</style", "<\\/style") + "</style>"

    html = re.sub(r"<link rel=\"stylesheet\" href=\"([^\"]+)\"[^>]*>", inline_css, html)

    b64 = base64.b64encode(wasm).decode("ascii")
    loader = (
        "<script type=\"module\">\n"
        + glue.replace("</script", "<\\/script")
        + "\nconst b64 = \"" + b64 + "\";\n"
        "const bin = atob(b64);\n"
        "const bytes = new Uint8Array(bin.length);\n"
        "for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);\n"
        "initSync({ module: bytes });\n"
        "</script>\n"
    )
    if "</body>" not in html:
        fail("index.html has no </body>")
    html = html.replace("</body>", loader + "</body>", 1)
    with open(out, "w", encoding="utf-8") as f:
        f.write(html)
    print(f"singlefile: wrote {out} ({len(html.encode('utf-8'))} bytes)")


def main(argv):
    if len(argv) > 1:
        dist = argv[1]
        out = argv[2] if len(argv) > 2 else os.path.join(dist, OUT_NAME)
    else:
        dist = os.environ.get("TRUNK_STAGING_DIR")
        if not dist:
            fail("run from a Trunk hook or pass DIST_DIR")
        out = os.path.join(dist, OUT_NAME)
    build(dist, out)


if __name__ == "__main__":
    main(sys.argv)
