//! `report-extract FILE... [--format json|csv] [--lang zh|en] [--year YYYY] [--city NAME]`:
//! the extractor on any reports (text in any common encoding, saved web
//! pages, .docx: `ingest`), written by `export` (the same rows as the app's
//! downloads). `--embedded` prints the app's own dataset instead; `--explain`
//! prints what became of every number (`extract::explain`). `--help`
//! prints [`HELP`] on stdout; every error is one line on stderr, and any
//! error makes the exit status 2.

use std::ffi::{OsStr, OsString};
use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use report_explorer::compare;
use report_explorer::embedded;
use report_explorer::export;
use report_explorer::extract;
use report_explorer::i18n::Lang;
use report_explorer::ingest;
use report_explorer::library;
use report_explorer::report::Report;

const HELP: &str = "\
usage: report-extract FILE... [--format json|csv] [--lang zh|en] [--year YYYY] [--city NAME]
       report-extract --compare FILE FILE... [--format json|csv] [--lang zh|en]
       report-extract --embedded [--format json|csv] [--lang zh|en]
       report-extract --explain FILE... [--year YYYY] [--city NAME]

Prints the indicators of government work reports as JSON (the default) or
CSV (UTF-8 with a BOM, for Excel): the coding scheme's fields with each
report's city, level, years, id and source in front, the sentence's text,
the signed value, character offsets and labels (docs/scheme.md, the
Exports section). Several FILEs give one long CSV table, or a JSON array
with one object per report (one FILE: that object alone).

  FILE               a report: plain text in UTF-8 (with or without a BOM),
                     UTF-16 or GB18030/GBK, a saved web page (.html/.htm)
                     or a .docx; the format and encoding are detected.
                     - reads standard input. A file name that is not valid
                     UTF-8 is still opened as given.
  --format json|csv  the output format
  --lang zh|en       the language of the status, sector and kind labels
                     (default zh)
  --year YYYY        the year the reports plan for, when the text does not say
  --city NAME        the place, when the text does not say (must be UTF-8)
  --compare          print targets against outcomes (完成情况) instead: for
                     every two FILEs of one place where one plans year N and
                     the other reviews it, each target of year N beside the
                     result given for it, judged met, exceeded, missed or
                     not comparable (docs/scheme.md, section Targets against
                     outcomes)
  --embedded         print the explorer's own dataset instead of reading FILEs
  --explain          print what became of every number of each FILE instead,
                     one line each, tab-separated: its byte offset, its text,
                     `record` with the record's kind, status, period and
                     subject, or the id of the reason it was skipped and that
                     reason in words (a year, list numbering, a date, a code,
                     a threshold inside a subject, no unit, …), then the words
                     around it. Each FILE's lines follow a line `# FILE`
  -h, --help         print this help on stdout and exit 0

Exit status: 0 on success; 2 on any error (a bad argument, a FILE that
cannot be read as a report, or output that cannot be written, such as a
pipe whose reader has gone), with one line on stderr per error. The
reports that could be read are still printed.
";

#[derive(Clone, Copy, PartialEq)]
enum Format {
    Json,
    Csv,
}

struct Args {
    files: Vec<PathBuf>,
    format: Format,
    lang: Lang,
    year: Option<u16>,
    city: Option<String>,
    embedded: bool,
    compare: bool,
    explain: bool,
}

enum Request {
    Help,
    Extract(Args),
}

fn main() -> ExitCode {
    let mut failed = false;
    let mut fail = |message: String| {
        eprintln!("report-extract: {message}");
        failed = true;
    };
    if let Err(message) = run(&mut fail) {
        fail(message);
    }
    if failed {
        ExitCode::from(2)
    } else {
        ExitCode::SUCCESS
    }
}

/// Reads every FILE, reporting each that cannot be read through `fail`
/// and going on with the others; prints what could be read.
fn run(fail: &mut dyn FnMut(String)) -> Result<(), String> {
    let args = match parse_args(std::env::args_os().skip(1))? {
        Request::Help => return write_out(HELP),
        Request::Extract(args) => args,
    };
    if args.explain {
        if args.files.is_empty() {
            return Err("missing FILE (see --help)".into());
        }
        let mut out = String::new();
        for path in &args.files {
            match read_text(path, &args) {
                Ok((text, options)) => {
                    out.push_str(&format!("# {}\n", shown(path.as_os_str())));
                    out.push_str(&explained(&text, &options));
                }
                Err(message) => fail(message),
            }
        }
        return write_out(&out);
    }
    let reports: Vec<Report> = if args.embedded {
        embedded::all().iter().map(|e| e.report()).collect()
    } else {
        if args.files.is_empty() {
            return Err("missing FILE (see --help)".into());
        }
        args.files
            .iter()
            .filter_map(|path| read_report(path, &args).map_err(&mut *fail).ok())
            .collect()
    };
    if args.compare {
        return write_out(&compared(&reports, args.format, args.lang)?);
    }
    if reports.is_empty() {
        return Ok(());
    }
    write_out(&render(&reports, args.format, args.lang))
}

/// GB18030/GBK text, decoded by encoding_rs natively. (The tool is native;
/// a wasm32 build only type-checks it and has no legacy decoder.)
#[cfg(not(target_arch = "wasm32"))]
use ingest::gb18030 as legacy;
#[cfg(target_arch = "wasm32")]
fn legacy(_: &[u8]) -> Option<String> {
    None
}

/// One FILE as a report: detected, decoded and extracted.
fn read_report(path: &Path, args: &Args) -> Result<Report, String> {
    let (name, bytes) = read_bytes(path)?;
    let shown = shown(path.as_os_str());
    // Inferring what the report is reads it once already: reuse that
    // reading unless the years it is read with change (as the page does).
    let (read, base) = ingest::read_with_report(&name, &bytes, &legacy)
        .map_err(|e| format!("{shown}: {}", e.en()))?;
    let options = options(read.meta.options(&name), args);
    Ok(library::reuse(base, &options)
        .unwrap_or_else(|| extract::extract_with(&read.text, &options)))
}

/// One FILE's text and the options it is read with, as [`read_report`]
/// reads it.
fn read_text(path: &Path, args: &Args) -> Result<(String, extract::Options), String> {
    let (name, bytes) = read_bytes(path)?;
    let read = ingest::read(&name, &bytes, &legacy)
        .map_err(|e| format!("{}: {}", shown(path.as_os_str()), e.en()))?;
    let options = options(read.meta.options(&name), args);
    Ok((read.text, options))
}

/// The flags over what the file says.
fn options(mut options: extract::Options, args: &Args) -> extract::Options {
    if args.year.is_some() {
        options.report_year = args.year;
    }
    if args.city.is_some() {
        options.city = args.city.clone();
    }
    options
}

/// Lines of `--explain`: a number, what became of it, and its context.
fn explained(text: &str, options: &extract::Options) -> String {
    let mut out = String::new();
    for e in extract::explain(text, options) {
        let what = match &e.outcome {
            extract::Outcome::Record(r) => format!(
                "record\tkind={} status={} period={} subject={}",
                r.kind.id(),
                r.status.id(),
                r.period,
                r.subject
            ),
            extract::Outcome::Skipped(why) => format!("{}\t{}", why.id(), why.en()),
        };
        let raw = e.span.of(text);
        out.push_str(&format!(
            "{}\t{}\t{}\t{}\n",
            e.span.start,
            raw,
            what,
            excerpt(text, e.span.start, e.span.end)
        ));
    }
    out
}

/// The chars around a number on its line, the number in brackets.
fn excerpt(text: &str, start: usize, end: usize) -> String {
    const AROUND: usize = 12;
    let stop = |c: char| report_explorer::structure::is_line_break(c) || c == '\t';
    let before: Vec<char> = text[..start]
        .chars()
        .rev()
        .take_while(|&c| !stop(c))
        .collect();
    let after: Vec<char> = text[end..].chars().take_while(|&c| !stop(c)).collect();
    let mut out = String::new();
    if before.len() > AROUND {
        out.push('…');
    }
    out.extend(before.iter().take(AROUND).rev());
    out.push('[');
    out.push_str(&text[start..end]);
    out.push(']');
    out.extend(after.iter().take(AROUND));
    if after.len() > AROUND {
        out.push('…');
    }
    out
}

/// A FILE's name as the report's source and its bytes.
fn read_bytes(path: &Path) -> Result<(String, Vec<u8>), String> {
    let stdin = path.as_os_str() == "-";
    // The report's source names where it came from: standard input has no name.
    let name = if stdin {
        "stdin".to_owned()
    } else {
        path.file_name()
            .unwrap_or(path.as_os_str())
            .to_string_lossy()
            .into_owned()
    };
    let shown = shown(path.as_os_str());
    let bytes = if stdin {
        let mut bytes = Vec::new();
        io::stdin()
            .lock()
            .read_to_end(&mut bytes)
            .map_err(|e| format!("standard input: {e}"))?;
        bytes
    } else {
        std::fs::read(path).map_err(|e| match e.kind() {
            io::ErrorKind::NotFound => format!("{shown}: no such file"),
            _ => format!("{shown}: {e}"),
        })?
    };
    Ok((name, bytes))
}

/// Writes to stdout. A reader that stops early (`| head`) or a stdout that
/// fails is reported: exiting 0 would tell a script the output was complete.
/// (A stdout already closed when the program starts is reopened on
/// /dev/null by Rust's runtime, so that output is discarded like
/// `>/dev/null`; only a write that fails can be seen here.)
fn write_out(out: &str) -> Result<(), String> {
    let mut stdout = io::stdout().lock();
    stdout
        .write_all(out.as_bytes())
        .and_then(|()| stdout.flush())
        .map_err(|e| format!("cannot write output: {e}"))
}

/// The 完成情况 tables of every consecutive pair among `reports`.
fn compared(reports: &[Report], format: Format, lang: Lang) -> Result<String, String> {
    let pairs = compare::consecutive_pairs(reports);
    if pairs.is_empty() {
        return Err(
            "--compare: no two FILEs are one place's consecutive reports \
                    (a report planning year N and the next one reviewing it)"
                .into(),
        );
    }
    let tables: Vec<_> = pairs
        .iter()
        .filter_map(|&(a, b)| {
            let year = compare::consecutive(&reports[a], &reports[b]).ok()?;
            Some(compare::export::rows(&reports[a], &reports[b], year, lang))
        })
        .collect();
    Ok(match format {
        Format::Json => compare::export::json(&tables),
        Format::Csv => compare::export::csv(&tables),
    })
}

fn render(reports: &[Report], format: Format, lang: Lang) -> String {
    match (format, reports) {
        (Format::Json, [one]) => export::json(one, &export::all(one), lang),
        (Format::Json, many) => export::json_many(many, lang),
        (Format::Csv, many) => export::csv_many(many, lang),
    }
}

/// An argument as an error message shows it: undecodable bytes as U+FFFD
/// and control characters escaped, so the message stays one line.
fn shown(arg: &OsStr) -> String {
    let mut out = String::new();
    for c in arg.to_string_lossy().chars() {
        if c.is_control() {
            out.extend(c.escape_default());
        } else {
            out.push(c);
        }
    }
    out
}

fn parse_args(mut it: impl Iterator<Item = OsString>) -> Result<Request, String> {
    let mut args = Args {
        files: Vec::new(),
        format: Format::Json,
        lang: Lang::Zh,
        year: None,
        city: None,
        embedded: false,
        compare: false,
        explain: false,
    };
    while let Some(a) = it.next() {
        // A flag's value must be text; FILE alone may be any OS path.
        let mut value = |flag: &str| match it.next() {
            None => Err(format!("{flag} needs a value")),
            Some(v) => v
                .into_string()
                .map_err(|v| format!("{flag} value '{}' is not UTF-8", shown(&v))),
        };
        match a.to_str() {
            Some("--format") => {
                args.format = match value("--format")?.as_str() {
                    "json" => Format::Json,
                    "csv" => Format::Csv,
                    other => {
                        let other = shown(other.as_ref());
                        return Err(format!("unknown format '{other}' (json or csv)"));
                    }
                }
            }
            Some("--lang") => {
                let v = value("--lang")?;
                args.lang = Lang::from_id(&v).ok_or_else(|| {
                    format!("unknown language '{}' (zh or en)", shown(v.as_ref()))
                })?;
            }
            Some("--year") => {
                let v = value("--year")?;
                let year = v.parse::<u16>().ok().filter(|y| (1900..=2100).contains(y));
                let v = shown(v.as_ref());
                args.year = Some(year.ok_or(format!("bad --year '{v}' (a year such as 2024)"))?);
            }
            Some("--city") => args.city = Some(value("--city")?),
            Some("--embedded") => args.embedded = true,
            Some("--compare") => args.compare = true,
            Some("--explain") => args.explain = true,
            Some("-h" | "--help") => return Ok(Request::Help),
            _ if a.as_encoded_bytes().starts_with(b"-") && a != "-" => {
                return Err(format!("unknown flag '{}'", shown(&a)))
            }
            _ => args.files.push(PathBuf::from(a)),
        }
    }
    if args.compare && (args.embedded || args.files.len() < 2) {
        return Err("--compare needs two or more FILEs".into());
    }
    if args.explain && (args.embedded || args.compare) {
        return Err("--explain reads FILEs: not with --embedded or --compare".into());
    }
    if args.embedded && !args.files.is_empty() {
        return Err("--embedded takes no FILE".into());
    }
    Ok(Request::Extract(args))
}
