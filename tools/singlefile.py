#!/usr/bin/env python3
"""Package Trunk's output so the explorer runs anywhere, with no request.

Trunk builds index.html + app.js (wasm-bindgen glue for the "no-modules"
target, a classic script that defines `wasm_bindgen`) + app_bg.wasm.
Browsers refuse module scripts and wasm from file:// (origin 'null'), and a
strict CSP (`connect-src 'none'`) forbids fetching the wasm even when
served. So this hook writes:

  report-explorer.js    one classic script: the glue as it is (in an IIFE,
                        so nothing leaks into a host page), then the
                        payload's decoder, assets/unlzma.js, and
                        assets/loader.js, which decodes the wasm (LZMA,
                        base64) and starts it with wasm-bindgen's initSync.
                        dist/index.html loads it with <script src defer>; a
                        portal page adds it to mount the explorer into
                        <div data-report-explorer>.
  report-explorer.html  one self-contained file: index.html with the CSS and
                        that script inlined, the wasm in a data block before
                        the script rather than inside it, and a <meta>
                        Content-Security-Policy allowing exactly those
                        inline blocks by hash.
  report-explorer.csp.txt  that policy, for servers that send it as a header.

app.js and app_bg.wasm are then removed: nothing loads them.

The payload is LZMA (see lzma_best), some 70 KB smaller than the best gzip;
RX_PAYLOAD=gzip builds the previous payload instead, zopfli's gzip inflated
by DecompressionStream or assets/gunzip.js, for comparisons (A/B of size
and first render).

Run by Trunk as a post_build hook (reads $TRUNK_STAGING_DIR), or by hand:
    python3 tools/singlefile.py DIST_DIR
"""
import base64
import gzip
import hashlib
import lzma
import os
import re
import shutil
import struct
import subprocess
import sys
import tempfile

import short_imports

ASSETS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "assets")
SCRIPT = "report-explorer.js"
SINGLE = "report-explorer.html"
CSP_NOTE = "report-explorer.csp.txt"
PLACEHOLDER = '"@WASM_PAYLOAD_BASE64@"'
FORMAT_PLACEHOLDER = '"@PAYLOAD_FORMAT@"'
# The payload's format and the decoder the script carries for it.
DECODERS = {"lzma": "unlzma.js", "gzip": "gunzip.js"}
# The single file's data block that carries the payload (see single_file).
PAYLOAD_ID = "report-explorer-wasm"


def fail(message):
    sys.exit(f"singlefile: {message}")


def read(path, mode="r"):
    try:
        with open(path, mode, **({} if "b" in mode else {"encoding": "utf-8"})) as f:
            return f.read()
    except OSError as e:
        fail(f"cannot read {path}: {e.strerror}")


# LZMA's parameters, the smallest for the app's wasm (960,689 B at stop 26;
# preset 9e, lp=0 pb=0, nice_len 273): wasm has little byte alignment, so
# no position context is best (pb 1-2: +0.3-0.7 KB, lp 1-2: +1.9-5 KB); by
# the previous byte's high bits, lc=4 317,770 B, lc=3 317,834, lc 0-2
# 1.9-3.7 KB more. Of 30 pairs of match finder and nice_len (lc=4) bt4 with
# 192 gave the least, 317,498 B, the others within 0.1 % (bt4/273 317,770);
# depth 0 (automatic) is best; a dictionary larger than the wasm changes
# nothing. zopfli's gzip carries the same wasm in 387,407 B.
LZMA_FILTER = {"id": lzma.FILTER_LZMA1, "preset": 9 | lzma.PRESET_EXTREME,
               "lc": 4, "lp": 0, "pb": 0, "nice_len": 192, "mf": lzma.MF_BT4}


def lzma_best(data):
    """`data` as an .lzma file (LZMA alone) whose header gives its size,
    which assets/unlzma.js needs: liblzma writes "size unknown" and an end
    marker, so the size is written in afterwards (the marker, 6 bytes, stays:
    a decoder that knows the size may meet it after the last byte). As
    reproducible as gzip_best."""
    dict_size = max(4096, 1 << max(0, len(data) - 1).bit_length())
    packed = lzma.compress(data, format=lzma.FORMAT_ALONE, filters=[dict(LZMA_FILTER, dict_size=dict_size)])
    if lzma.decompress(packed, format=lzma.FORMAT_ALONE) != data:
        fail("lzma does not give back the wasm it compressed")
    return packed[:5] + struct.pack("<Q", len(data)) + packed[13:]


def payload_format():
    """RX_PAYLOAD: lzma (the default) or gzip."""
    name = os.environ.get("RX_PAYLOAD", "lzma")
    if name not in DECODERS:
        fail(f"RX_PAYLOAD={name!r}: expected one of {', '.join(DECODERS)}")
    return name


def gzip_best(data):
    """`data` as gzip, as small as we can make it: zopfli (Debian's package,
    which tools/setup.sh installs) writes ordinary gzip about 5 % smaller
    than gzip -9, some 19 KB off the single file, and any inflater reads it.
    Without zopfli, gzip -9, with a note. Both are reproducible (no time
    stamp), so the CSP hashes and the size check are too."""
    zopfli = shutil.which("zopfli")
    if zopfli:
        with tempfile.NamedTemporaryFile(suffix=".wasm") as f:
            f.write(data)
            f.flush()
            done = subprocess.run([zopfli, "--i15", "-c", f.name], capture_output=True)
        if done.returncode == 0 and gzip.decompress(done.stdout) == data:
            return done.stdout
        print(f"singlefile: zopfli failed ({done.stderr.decode(errors='replace').strip()}); using gzip -9",
              file=sys.stderr)
    else:
        print("singlefile: zopfli is not installed (bash tools/setup.sh installs it); "
              "using gzip -9, about 19 KB larger", file=sys.stderr)
    return gzip.compress(data, compresslevel=9, mtime=0)


def classic_script(glue, fmt, b64=None):
    """The module glue as a classic script that starts the app from the
    wasm `b64` (compressed as `fmt`, base64) carried inside it, or, without
    `b64`, from the single file's data block (see assets/loader.js)."""
    # The glue is used as it is: these only check that it is the classic
    # script the loader expects (index.html asks Trunk for the no-modules
    # target), rather than rewriting generated code.
    if not glue.startswith("let wasm_bindgen = "):
        fail("the glue is not wasm-bindgen's no-modules script; "
             'set data-bindgen-target="no-modules" on the rust link in index.html')
    if re.search(r"^\s*(import|export)\s", glue, re.M) or "import.meta" in glue:
        fail("the glue uses module syntax (snippets?); it cannot run as a classic script")
    loader = read(os.path.join(ASSETS, "loader.js"))
    if loader.count(PLACEHOLDER) != 1 or loader.count(FORMAT_PLACEHOLDER) != 1:
        fail(f"assets/loader.js must contain {PLACEHOLDER} and {FORMAT_PLACEHOLDER} exactly once each")
    loader = loader.replace(FORMAT_PLACEHOLDER, f'"{fmt}"')
    if b64 is None:
        loader = loader.replace(PLACEHOLDER, f'payloadBlock("{PAYLOAD_ID}")')
    script = minify_js(
        "(function () {\n"
        "\"use strict\";\n"
        + glue
        + "\n"
        + read(os.path.join(ASSETS, DECODERS[fmt]))
        + "\n"
        + loader
        + "})();\n",
        PLACEHOLDER if b64 is not None else None,
    )
    if b64 is not None:
        script = script.replace(PLACEHOLDER, '"' + b64 + '"')
    what = "an LZMA decoder" if fmt == "lzma" else "a gzip fallback"
    return f"/* Work report explorer: wasm-bindgen glue, {what} and the app's WebAssembly. */\n" + script


def minify_js(script, keep):
    """`script` smaller: esbuild (npm, in tests/e2e/package.json, which
    tools/setup.sh installs and puts on PATH) renames locals and drops
    comments and whitespace, about 3.6 KB less gzip in the single file.
    Names outside the function, property names and strings stay as they
    are, so the glue's imports and `wasm_bindgen` behave the same. ES2020,
    the oldest syntax the browsers we run on read anyway. Without esbuild,
    the script as it is, with a note. `keep` must survive exactly once."""
    esbuild = shutil.which("esbuild")
    if not esbuild:
        print("singlefile: esbuild is not installed (bash tools/setup.sh installs it); "
              "the script is not minified, about 3.6 KB larger", file=sys.stderr)
        return script
    done = subprocess.run([esbuild, "--minify", "--target=es2020", "--charset=utf8", "--log-level=error"],
                          input=script.encode("utf-8"), capture_output=True)
    out = done.stdout.decode("utf-8")
    if done.returncode != 0 or (keep is not None and out.count(keep) != 1):
        print(f"singlefile: esbuild failed ({done.stderr.decode(errors='replace').strip()}); "
              "the script is not minified", file=sys.stderr)
        return script
    return out


def sha256(text):
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode() + "'"


def minify_css(css):
    """Our own stylesheets, smaller: comments and the whitespace around
    punctuation go, string literals (`content: " ▸"`) are kept as written.
    About 2.8 KB less gzip in the single file, whose size has a budget."""
    # Comments first: a quote inside one (`"原文"`) is not a string.
    css = re.sub(r"/\*.*?\*/", "", css, flags=re.S)
    parts = re.split(r'("(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\')', css)
    out = []
    for i, part in enumerate(parts):
        if i % 2:  # a string literal
            out.append(part)
            continue
        part = re.sub(r"\s+", " ", part)
        part = re.sub(r"\s*([{};,>])\s*", r"\1", part)
        out.append(part.replace(";}", "}"))
    return "".join(out).strip()


def single_file(html, dist, script, b64):
    """index.html with its stylesheets and script inlined and a hash CSP.
    The payload is not inside the script but in a data block before it
    (`<script type="application/octet-stream">`, never run): the browser
    then hashes (CSP), copies and compiles a 35 KB script rather than one of
    460 KB."""
    styles = []

    def inline_css(m):
        css = minify_css(read(os.path.join(dist, m.group(1).split("?")[0].removeprefix("./"))))
        css = css.replace("</style", "<\\/style")
        styles.append(css)
        return "<style>" + css + "</style>"

    html = re.sub(r"<link rel=\"stylesheet\" href=\"([^\"]+)\"[^>]*>", inline_css, html)
    tag = f'<script src="./{SCRIPT}" defer></script>'
    if tag not in html:
        fail(f"index.html does not load {SCRIPT} with {tag}")
    # Inline scripts cannot be deferred; at the end of <body> the mount point exists.
    html = html.replace(tag, "")
    body = script.replace("</script", "<\\/script")
    block = f'<script type="application/octet-stream" id="{PAYLOAD_ID}">{b64}</script>\n'
    html = html.replace("</body>", block + "<script>" + body + "</script>\n</body>", 1)
    policy = (
        "default-src 'none'; "
        f"script-src {sha256(body)} 'wasm-unsafe-eval'; "
        f"style-src {' '.join(sha256(s) for s in styles)}; "
        "img-src blob: data:; connect-src 'none'; base-uri 'none'; form-action 'none'"
    )
    meta = f'<meta http-equiv="Content-Security-Policy" content="{policy}" />'
    html = html.replace('<meta charset="utf-8" />', '<meta charset="utf-8" />\n    ' + meta, 1)
    return html, policy


def build(dist):
    wasms = [n for n in os.listdir(dist) if n.endswith("_bg.wasm")]
    if len(wasms) != 1:
        fail(f"expected exactly one *_bg.wasm in {dist}, found {wasms}")
    stem = wasms[0][: -len("_bg.wasm")]
    glue_path = os.path.join(dist, stem + ".js")
    glue = read(glue_path)
    fmt = payload_format()
    wasm = read(os.path.join(dist, wasms[0]), "rb")
    wasm, glue = short_imports.rename(wasm, glue, f"./{stem}_bg.js")
    packed = lzma_best(wasm) if fmt == "lzma" else gzip_best(wasm)
    b64 = base64.b64encode(packed).decode("ascii")
    script = classic_script(glue, fmt, b64)
    page_script = classic_script(glue, fmt)
    html = read(os.path.join(dist, "index.html"))
    if re.search(r"<script type=\"module\"", html):
        fail("index.html still has Trunk's module loader; set inject_scripts = false in Trunk.toml")

    single, policy = single_file(html, dist, page_script, b64)
    for name, text in [(SCRIPT, script), (SINGLE, single), (CSP_NOTE, policy + "\n")]:
        with open(os.path.join(dist, name), "w", encoding="utf-8") as f:
            f.write(text)
    os.remove(glue_path)
    os.remove(os.path.join(dist, wasms[0]))
    print(f"singlefile: wasm {len(wasm)} B as {fmt} {len(packed)} B; "
          f"wrote {SCRIPT} ({len(script)} B), {SINGLE} ({len(single.encode())} B), {CSP_NOTE}")


def main(argv):
    dist = argv[1] if len(argv) > 1 else os.environ.get("TRUNK_STAGING_DIR")
    if not dist:
        fail("run from a Trunk hook or pass DIST_DIR")
    build(dist)


if __name__ == "__main__":
    main(sys.argv)
