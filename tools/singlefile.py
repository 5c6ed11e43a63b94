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
                        the script rather than inside it, the default
                        view's first frame prerendered (tools/prerender.mjs),
                        and a <meta> Content-Security-Policy allowing
                        exactly those inline blocks by hash.
  report-explorer.csp.txt  that policy, for servers that send it as a header.

The explorer's stylesheets (assets/app.css, assets/chart.css) are the
script's, not the wasm's: report-explorer.js carries their text for the
wasm to adopt (assets/loader.js, explorerCss), and the single file carries
them once, in a <style> that its first frame needs before any script runs
and that the script then reads.

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
import json
import lzma
import os
import re
import shutil
import struct
import subprocess
import sys
import tempfile

import short_names

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
CSS_PLACEHOLDER = '"@EXPLORER_CSS@"'
STYLESHEETS = ["app.css", "chart.css"]
# The single file's <style> of those; src/ui/mount.rs knows the id too (a
# page that has it adopts no second copy).
CSS_ID = "report-explorer-css"
PRERENDER = os.path.join(os.path.dirname(os.path.abspath(__file__)), "prerender.mjs")
# Right after the prerendered frame, which is written `hidden`: drops it
# when the URL asks for any state but the default (hash.rs writes the
# default as no hash at all; any other hash, even one that reads back to
# the default, may not be it, and then costs only the frame's head start),
# else shows it. Hidden until then, it is never painted for a hashed link,
# even where the parser yields (and the browser paints) between the frame
# and this script; without scripts it stays hidden. Then marks its paint
# as the benchmark's floor page marks its own (bench/render.mjs), if the
# first animation frame still shows it: the app may have replaced it
# before the browser painted anything.
FRAME_SCRIPT = (
    "(()=>{const f=document.querySelector(\"#report-explorer>.rx-frame\");"
    "if(!f)return;"
    "if(location.hash)f.remove();"
    "else{f.hidden=false;requestAnimationFrame(()=>{if(f.isConnected)setTimeout(()=>performance.mark(\"rx-frame-painted\"),0)})}})()"
)


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


def explorer_css():
    """The explorer's stylesheets as the page carries them."""
    return "\n".join(minify_css(read(os.path.join(ASSETS, name))) for name in STYLESHEETS)


def classic_script(glue, fmt, b64=None, css=None):
    """The module glue as a classic script that starts the app from the
    wasm `b64` (compressed as `fmt`, base64) carried inside it, or, without
    `b64`, from the single file's data block (text7, see to_text7); with
    the stylesheets `css` as a string, or, without `css`, read from the
    single file's <style>."""
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
        call = f"fromBase64({PLACEHOLDER})"
        if loader.count(call) != 1:
            fail(f"assets/loader.js must contain {call} exactly once")
        loader = loader.replace(call, f'payloadBlock("{PAYLOAD_ID}")')
    if loader.count(CSS_PLACEHOLDER) != 1:
        fail(f"assets/loader.js must contain {CSS_PLACEHOLDER} exactly once")
    if css is None:
        loader = loader.replace(CSS_PLACEHOLDER, f'document.getElementById("{CSS_ID}").textContent')
    else:
        loader = loader.replace(CSS_PLACEHOLDER, json.dumps(css, ensure_ascii=False))
    script = minify_js(
        "(function () {\n"
        "\"use strict\";\n"
        + glue
        + "\n"
        + read(os.path.join(ASSETS, DECODERS[fmt]))
        + "\n"
        + read(os.path.join(ASSETS, "text7.js"))
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


# The characters of the single file's payload (assets/text7.js says why):
# printable ASCII but "<", which could end the data block. The first 60
# stand for 7 bits each, the other 34 for 6 (60/128 + 34/64 = 1).
TEXT7 = bytes(c for c in range(32, 127) if c != 60).decode("ascii")
SEVEN = 2 * len(TEXT7) - 128


def to_text7(data):
    """`data` as text of TEXT7's characters, read by assets/text7.js: its
    bits, most significant first, 7 at a time, a value v below SEVEN (60)
    written as TEXT7[v], one from 60 as the character of its first 6 bits
    (30-63: TEXT7[60-93]), which then takes only those. gzip codes each
    character in exactly the bits it stands for, and finds fewer chance
    repeats to code as matches than in base64's text: 1.4 KB less."""
    out = []
    value = count = used = 0
    rest = iter(data)
    while used < 8 * len(data):
        while count < 7:
            value = (value << 8) | next(rest, 0)
            count += 8
        v = value >> (count - 7)
        take = 7 if v < SEVEN else 6
        out.append(TEXT7[v if v < SEVEN else (v >> 1) + SEVEN // 2])
        count -= take
        used += take
        value &= (1 << count) - 1
    return "".join(out)


def single_file(html, dist, script, payload, css, frame=None):
    """index.html with its stylesheets and script inlined and a hash CSP.
    The `payload` (the compressed wasm) is not inside the script but in a
    data block before it, as text7 (`<script
    type="application/octet-stream">`, never run): the browser
    then hashes (CSP), copies and compiles a 35 KB script rather than one of
    460 KB. The explorer's stylesheets `css` go in a <style> of their own,
    and `frame` (tools/prerender.mjs's markup and its CSS), if any, first
    into the explorer's <main>, with FRAME_SCRIPT after it."""
    # index.html's comments are for its readers, and Trunk's <link
    # data-trunk rel="rust"> for Trunk: neither is the file's (~0.5 KB
    # gzip). Dropped before anything is inlined, so no script or style
    # loses a "<!--" of its own.
    html = re.sub(r"<!--.*?-->\s*|<link data-trunk [^>]*>\s*", "", html, flags=re.S)
    styles = []

    def style(css, attrs=""):
        css = css.replace("</style", "<\\/style")
        styles.append(css)
        return f"<style{attrs}>" + css + "</style>"

    def inline_css(m):
        return style(minify_css(read(os.path.join(dist, m.group(1).split("?")[0].removeprefix("./")))))

    html = re.sub(r"<link rel=\"stylesheet\" href=\"([^\"]+)\"[^>]*>", inline_css, html)
    head = style(css, f' id="{CSS_ID}"')
    if frame:
        head += style(frame["css"])
    html = html.replace("</head>", head + "\n  </head>", 1)
    scripts = []
    if frame:
        main = '<main id="report-explorer">'
        if html.count(main) != 1:
            fail(f"index.html must have {main} exactly once")
        scripts.append(FRAME_SCRIPT)
        html = html.replace(main, main + '<div class="rx-frame" inert aria-hidden="true" hidden>'
                            + frame["markup"] + "</div><script>" + FRAME_SCRIPT + "</script>", 1)
    tag = f'<script src="./{SCRIPT}" defer></script>'
    if tag not in html:
        fail(f"index.html does not load {SCRIPT} with {tag}")
    # Inline scripts cannot be deferred; at the end of <body> the mount point exists.
    html = html.replace(tag, "")
    body = script.replace("</script", "<\\/script")
    block = f'<script type="application/octet-stream" id="{PAYLOAD_ID}">{to_text7(payload)}</script>\n'
    html = html.replace("</body>", block + "<script>" + body + "</script>\n</body>", 1)
    scripts.append(body)
    policy = (
        "default-src 'none'; "
        f"script-src {' '.join(sha256(s) for s in scripts)} 'wasm-unsafe-eval'; "
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
    wasm, glue = short_names.rename(wasm, glue, f"./{stem}_bg.js")
    packed = lzma_best(wasm) if fmt == "lzma" else gzip_best(wasm)
    b64 = base64.b64encode(packed).decode("ascii")
    css = explorer_css()
    script = classic_script(glue, fmt, b64, css)
    page_script = classic_script(glue, fmt)
    html = read(os.path.join(dist, "index.html"))
    if re.search(r"<script type=\"module\"", html):
        fail("index.html still has Trunk's module loader; set inject_scripts = false in Trunk.toml")

    single, policy = single_file(html, dist, page_script, packed, css)
    single_path = os.path.join(dist, SINGLE)
    write(single_path, single)
    # The first frame is the app's own, taken from the file just written.
    frame = prerender(single_path)
    if frame:
        single, policy = single_file(html, dist, page_script, packed, css, frame)
    for name, text in [(SCRIPT, script), (SINGLE, single), (CSP_NOTE, policy + "\n")]:
        write(os.path.join(dist, name), text)
    os.remove(glue_path)
    os.remove(os.path.join(dist, wasms[0]))
    framed = f", a first frame of {len(frame['markup'].encode())} B" if frame else ", no first frame"
    print(f"singlefile: wasm {len(wasm)} B as {fmt} {len(packed)} B; "
          f"wrote {SCRIPT} ({len(script)} B), {SINGLE} ({len(single.encode())} B{framed}), {CSP_NOTE}")


def write(path, text):
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def prerender(single_path):
    """The default view's first frame from tools/prerender.mjs (which opens
    the single file in Chromium): {"markup", "css"}. Without node, the
    npm packages or Chromium, None and a note: the file then works as
    before, painting only once the wasm has started. A capture that fails
    otherwise stops the build, as the app could not start."""
    node = shutil.which("node")
    if not node:
        print("singlefile: node is not installed (bash tools/setup.sh installs it); "
              "no prerendered first frame, the page paints once the wasm has started", file=sys.stderr)
        return None
    done = subprocess.run([node, PRERENDER, single_path], capture_output=True)
    message = done.stderr.decode(errors="replace").strip()
    if done.returncode == 3:  # a tool is missing (see tools/prerender.mjs)
        print(f"singlefile: {message}; no prerendered first frame, "
              "the page paints once the wasm has started", file=sys.stderr)
        return None
    if done.returncode != 0:
        fail(f"tools/prerender.mjs could not take the first frame: {message}")
    return json.loads(done.stdout.decode("utf-8"))


def main(argv):
    dist = argv[1] if len(argv) > 1 else os.environ.get("TRUNK_STAGING_DIR")
    if not dist:
        fail("run from a Trunk hook or pass DIST_DIR")
    build(dist)


if __name__ == "__main__":
    main(sys.argv)
