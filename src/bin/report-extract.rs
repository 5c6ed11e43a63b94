//! `report-extract FILE [--format json|csv] [--lang zh|en] [--year YYYY] [--city NAME]`:
//! the extractor on any report text, written by `export` (the same rows
//! as the app's downloads). `--embedded` prints the app's own
//! dataset instead. `--help` prints [`HELP`] on stdout; every error is one
//! line on stderr and exit status 2.

use std::ffi::{OsStr, OsString};
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use report_explorer::embedded;
use report_explorer::export;
use report_explorer::extract::{self, Options};
use report_explorer::i18n::Lang;
use report_explorer::report::Report;

const HELP: &str = "\
usage: report-extract FILE [--format json|csv] [--lang zh|en] [--year YYYY] [--city NAME] | --embedded [--format json|csv] [--lang zh|en]

Prints the indicators of a government work report (a UTF-8 text file) as
JSON (the default) or CSV (UTF-8 with a BOM, for Excel): the coding
scheme's fields with the report's city, year and source, the sentence's
text, the signed value, character offsets and labels (docs/scheme.md,
the Exports section).

  FILE               the report. A file name that is not valid UTF-8 is
                     still opened as given; meta.source then shows its
                     undecodable bytes as U+FFFD.
  --format json|csv  the output format
  --lang zh|en       the language of the status, sector and kind labels
                     (default zh)
  --year YYYY        the year the report plans for, when the headings do not say
  --city NAME        the city, written to meta.city (must be valid UTF-8)
  --embedded         print the explorer's own dataset instead of reading FILE
  -h, --help         print this help on stdout and exit 0

Exit status: 0 on success; 2 on any error (a bad argument, an unreadable
or empty FILE, or output that cannot be written, such as a pipe whose
reader has gone), with one line on stderr saying what went wrong.
";

#[derive(Clone, Copy, PartialEq)]
enum Format {
    Json,
    Csv,
}

struct Args {
    file: Option<PathBuf>,
    format: Format,
    lang: Lang,
    year: Option<u16>,
    city: Option<String>,
    embedded: bool,
}

enum Request {
    Help,
    Extract(Args),
}

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("report-extract: {message}");
            ExitCode::from(2)
        }
    }
}

fn run() -> Result<(), String> {
    let args = match parse_args(std::env::args_os().skip(1))? {
        Request::Help => return write_out(HELP),
        Request::Extract(args) => args,
    };
    let report = if args.embedded {
        embedded::report()
    } else {
        let path = args.file.as_deref().ok_or("missing FILE")?;
        let text = read_text(path)?;
        let source = path
            .file_name()
            .unwrap_or(path.as_os_str())
            .to_string_lossy()
            .into_owned();
        extract::extract_with(
            &text,
            &Options {
                report_year: args.year,
                city: args.city.clone(),
                source,
            },
        )
    };
    write_out(&render(&report, args.format, args.lang))
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

fn render(report: &Report, format: Format, lang: Lang) -> String {
    let all = export::all(report);
    match format {
        Format::Json => export::json(report, &all, lang),
        Format::Csv => export::csv(report, &all, lang),
    }
}

fn read_text(path: &Path) -> Result<String, String> {
    let shown = shown(path.as_os_str());
    let bytes = std::fs::read(path).map_err(|e| match e.kind() {
        io::ErrorKind::NotFound => format!("{shown}: no such file"),
        _ => format!("{shown}: {e}"),
    })?;
    let text = String::from_utf8(bytes).map_err(|e| {
        let at = e.utf8_error().valid_up_to();
        format!("{shown}: not UTF-8 text (invalid byte at offset {at})")
    })?;
    if text.trim().is_empty() {
        return Err(format!("{shown}: the file is empty"));
    }
    Ok(text)
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
        file: None,
        format: Format::Json,
        lang: Lang::Zh,
        year: None,
        city: None,
        embedded: false,
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
            Some("-h" | "--help") => return Ok(Request::Help),
            _ if a.as_encoded_bytes().starts_with(b"-") && a != "-" => {
                return Err(format!("unknown flag '{}'", shown(&a)))
            }
            _ if args.file.is_none() => args.file = Some(PathBuf::from(a)),
            _ => return Err(format!("unexpected argument '{}'", shown(&a))),
        }
    }
    if args.embedded && args.file.is_some() {
        return Err("--embedded takes no FILE".into());
    }
    Ok(Request::Extract(args))
}
