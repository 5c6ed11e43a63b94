//! `report-extract FILE [--format json|csv] [--year YYYY] [--city NAME]`:
//! the extractor on any report text. `--embedded` prints the app's own
//! dataset instead. Errors are one line on stderr and exit status 2.

use std::io::{self, Write};
use std::process::ExitCode;

use report_explorer::csv_export;
use report_explorer::embedded;
use report_explorer::extract::{self, Options};
use report_explorer::report::Report;

const USAGE: &str = "usage: report-extract FILE [--format json|csv] [--year YYYY] [--city NAME] | --embedded [--format json|csv]";

#[derive(Clone, Copy, PartialEq)]
enum Format {
    Json,
    Csv,
}

struct Args {
    file: Option<String>,
    format: Format,
    year: Option<u16>,
    city: Option<String>,
    embedded: bool,
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
    let args = parse_args(std::env::args().skip(1))?;
    let report = if args.embedded {
        embedded::report()
    } else {
        let path = args.file.as_deref().ok_or("missing FILE")?;
        let text = read_text(path)?;
        let source = std::path::Path::new(path)
            .file_name()
            .map_or(path.to_owned(), |n| n.to_string_lossy().into_owned());
        extract::extract_with(
            &text,
            &Options {
                report_year: args.year,
                city: args.city.clone(),
                source,
            },
        )
    };
    let out = render(&report, args.format)?;
    match io::stdout().lock().write_all(out.as_bytes()) {
        // A reader that stops early (`| head`) is not our failure.
        Err(e) if e.kind() != io::ErrorKind::BrokenPipe => Err(format!("cannot write output: {e}")),
        _ => Ok(()),
    }
}

fn render(report: &Report, format: Format) -> Result<String, String> {
    Ok(match format {
        Format::Json => {
            let mut s = serde_json::to_string_pretty(&report.dataset())
                .map_err(|e| format!("cannot serialise: {e}"))?;
            s.push('\n');
            s
        }
        Format::Csv => {
            let rows: Vec<_> = report.indicators.iter().collect();
            csv_export::to_csv(&rows)
        }
    })
}

fn read_text(path: &str) -> Result<String, String> {
    let bytes = std::fs::read(path).map_err(|e| match e.kind() {
        io::ErrorKind::NotFound => format!("{path}: no such file"),
        _ => format!("{path}: {e}"),
    })?;
    let text = String::from_utf8(bytes).map_err(|e| {
        let at = e.utf8_error().valid_up_to();
        format!("{path}: not UTF-8 text (invalid byte at offset {at})")
    })?;
    if text.trim().is_empty() {
        return Err(format!("{path}: the file is empty"));
    }
    Ok(text)
}

fn parse_args(mut it: impl Iterator<Item = String>) -> Result<Args, String> {
    let mut args = Args {
        file: None,
        format: Format::Json,
        year: None,
        city: None,
        embedded: false,
    };
    while let Some(a) = it.next() {
        let mut value = |flag: &str| it.next().ok_or(format!("{flag} needs a value"));
        match a.as_str() {
            "--format" => {
                args.format = match value("--format")?.as_str() {
                    "json" => Format::Json,
                    "csv" => Format::Csv,
                    other => return Err(format!("unknown format '{other}' (json or csv)")),
                }
            }
            "--year" => {
                let v = value("--year")?;
                let year = v.parse::<u16>().ok().filter(|y| (1900..=2100).contains(y));
                args.year = Some(year.ok_or(format!("bad --year '{v}' (a year such as 2024)"))?);
            }
            "--city" => args.city = Some(value("--city")?),
            "--embedded" => args.embedded = true,
            "-h" | "--help" => return Err(USAGE.to_owned()),
            flag if flag.starts_with('-') && flag != "-" => {
                return Err(format!("unknown flag '{flag}'"))
            }
            file if args.file.is_none() => args.file = Some(file.to_owned()),
            extra => return Err(format!("unexpected argument '{extra}'")),
        }
    }
    if args.embedded && args.file.is_some() {
        return Err("--embedded takes no FILE".into());
    }
    Ok(args)
}
