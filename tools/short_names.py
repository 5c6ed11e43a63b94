"""Short names for the wasm's imports and exports, in the wasm and in the
glue alike.

wasm-bindgen names each function the wasm imports from its glue after the
Rust binding plus a 16-hex-digit hash (`__wbg_setAttribute_2704501201f15687`):
about 250 of them, 8.5 KB of names carried twice, once in the wasm's
import section and once as the glue's object keys, and the hashes do not
compress. Both sides only have to agree, so each name becomes a short one
(`$0`, `$1`, …) in both: about 3 KB less gzip in the script and 4 KB less
LZMA in the wasm (issue 15's size budget). The exports the glue calls are
named the same way (`wasm_bindgen__convert__closures_____invoke__h…`, nine
of them, `__wbindgen_malloc`, …: `wasm.$0`, …); nothing else reads them
(the loader only hands the module to the glue's initSync).

The glue is not parsed: each import name must occur in it exactly once, as
an object key (`NAME:`), and each export name only as `wasm.NAME`, or
that side is not renamed (said on stderr), so a glue of another shape
stays as it was rather than half-renamed.
"""
import re
import sys

IMPORT_SECTION = 2
EXPORT_SECTION = 7


def leb(data, at):
    """The unsigned LEB128 at `at`: (value, offset after it)."""
    value = shift = 0
    while True:
        byte = data[at]
        at += 1
        value |= (byte & 0x7F) << shift
        shift += 7
        if byte < 0x80:
            return value, at


def to_leb(value):
    out = bytearray()
    while True:
        byte = value & 0x7F
        value >>= 7
        if value:
            out.append(byte | 0x80)
        else:
            out.append(byte)
            return bytes(out)


def name_at(data, at):
    length, at = leb(data, at)
    return data[at : at + length].decode("utf-8"), at + length


def limits_end(data, at):
    flags, at = leb(data, at)
    _, at = leb(data, at)
    if flags & 1:
        _, at = leb(data, at)
    return at


def desc_end(data, kind, at):
    """The end of an import's description of `kind` (func, table, memory, global)."""
    if kind == 0:
        return leb(data, at)[1]
    if kind == 1:
        return limits_end(data, at + 1)
    if kind == 2:
        return limits_end(data, at)
    if kind == 3:
        return at + 2
    raise ValueError(f"import kind {kind} is not one this tool knows")


def sections(wasm):
    """(id, start of its id byte, start of contents, end) of each section
    after the 8-byte header: the size's LEB128 may be padded, so the
    section's start is kept rather than worked back from its size."""
    at = 8
    while at < len(wasm):
        sid = wasm[at]
        size, start = leb(wasm, at + 1)
        yield sid, at, start, start + size
        at = start + size


def short(index):
    return f"${index:x}"


def name_bytes(name):
    encoded = name.encode("utf-8")
    return to_leb(len(encoded)) + encoded


def with_section(wasm, sid, body):
    """`wasm` with section `sid`'s contents replaced by `body`."""
    for found, head, start, end in sections(wasm):
        if found == sid:
            return wasm[:head] + bytes([sid]) + to_leb(len(body)) + bytes(body) + wasm[end:]
    raise ValueError(f"the wasm has no section {sid}")


def section_start(wasm, sid):
    for found, _, start, _ in sections(wasm):
        if found == sid:
            return start
    return None


def rename(wasm, glue, module):
    """`wasm` and `glue` with every import from `module` and every export
    renamed short; a side the glue does not name as expected stays as built."""
    wasm, glue = rename_imports(wasm, glue, module)
    return rename_exports(wasm, glue)


def rename_imports(wasm, glue, module):
    """`wasm` and `glue` with every import from `module` renamed short, or
    both unchanged (and a note) if the glue does not name each once."""
    start = section_start(wasm, IMPORT_SECTION)
    if start is None:
        return wasm, glue
    count, at = leb(wasm, start)
    entries = []
    names = {}
    for _ in range(count):
        mod, at = name_at(wasm, at)
        field, at = name_at(wasm, at)
        kind = wasm[at]
        desc = wasm[at : desc_end(wasm, kind, at + 1)]
        at += len(desc)
        if mod == module:
            field = names.setdefault(field, short(len(names)))
        entries.append((mod, field, desc))
    # The glue's keys are checked before anything is renamed: a key
    # occurring twice, or not at all, leaves both as built.
    found = re.findall(r"\b(__wb[\w$]+):", glue)
    if sorted(k for k in found if k in names) != sorted(names):
        print("singlefile: the glue does not name each wasm import once as an object key; "
              "import names left as wasm-bindgen wrote them (about 7 KB larger)", file=sys.stderr)
        return wasm, glue
    glue = re.sub(r"\b(__wb[\w$]+):", lambda m: names.get(m.group(1), m.group(1)) + ":", glue)
    body = bytearray(to_leb(count))
    for mod, field, desc in entries:
        body += name_bytes(mod) + name_bytes(field) + desc
    return with_section(wasm, IMPORT_SECTION, body), glue


def rename_exports(wasm, glue):
    """`wasm` and `glue` with every export renamed short, or both unchanged
    (and a note) if the glue reads one otherwise than as `wasm.NAME` (a
    string, another object's property) or reads one the wasm does not
    export."""
    start = section_start(wasm, EXPORT_SECTION)
    if start is None:
        return wasm, glue
    count, at = leb(wasm, start)
    entries = []
    for i in range(count):
        name, at = name_at(wasm, at)
        kind = wasm[at]
        end = leb(wasm, at + 1)[1]
        entries.append((name, short(i), wasm[at:end]))
        at = end
    names = {name: new for name, new, _ in entries}
    called = re.findall(r"\bwasm\.([\w$]+)", glue)
    # The glue's own wrappers share the exports' names as bare functions,
    # which are its locals; a name read as a property or written as a
    # string anywhere but `wasm.NAME` may be the export's, unrenamed.
    stray = [n for n in names if len(re.findall(r"[.'\"`]" + re.escape(n) + r"(?![\w$])", glue))
             != called.count(n)]
    if stray or not set(called) <= set(names):
        print("singlefile: the glue does not read each wasm export as wasm.NAME "
              f"({', '.join(stray or sorted(set(called) - set(names)))}); "
              "export names left as wasm-bindgen wrote them (about 1 KB larger)", file=sys.stderr)
        return wasm, glue
    glue = re.sub(r"\bwasm\.([\w$]+)", lambda m: "wasm." + names[m.group(1)], glue)
    body = bytearray(to_leb(count))
    for _, new, desc in entries:
        body += name_bytes(new) + desc
    return with_section(wasm, EXPORT_SECTION, body), glue
