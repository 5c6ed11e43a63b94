//! The indicator table's rows as one string of markup.
//!
//! A page of rows is several hundred elements. Built through the virtual
//! DOM, each element, attribute and text costs a call from WebAssembly into
//! the browser; as markup, the browser's own HTML parser builds them all in
//! one call, several times faster, at start-up and on every filter change.
//! Every piece of report text goes through [`escape`], so the text can never
//! become markup (tests/web.rs renders hostile text to check).

use std::fmt::Write;

use crate::format::{number, value_text};
use crate::i18n::Lang;
use crate::messages::{t, Msg};
use crate::search;
use crate::ui::shared::SharedReport;

/// What a row's buttons do; the table's one click listener reads it.
pub const SELECT: &str = "select";
pub const SHOW: &str = "show";

/// `<tr>`s for `rows` (indices into the report's indicators), search terms
/// marked. Each row carries its record id in `data-id` and each button its
/// action in `data-rx`.
pub fn rows_html(report: &SharedReport, rows: &[usize], lang: Lang, terms: &[String]) -> String {
    let mut out = String::with_capacity(rows.len() * 600);
    for &i in rows {
        // Writing to a String cannot fail.
        let _ = row(&mut out, report, i, lang, terms);
    }
    out
}

fn row(
    out: &mut String,
    report: &SharedReport,
    i: usize,
    lang: Lang,
    terms: &[String],
) -> std::fmt::Result {
    let ind = &report.indicators[i];
    write!(
        out,
        "<tr role=\"row\" class=\"rx-sector-{}\" data-id=\"",
        ind.sector.id()
    )?;
    escape(out, &ind.id);
    write!(
        out,
        "\"><td role=\"cell\" class=\"rx-col-position\">{}</td>\
         <td role=\"cell\" class=\"rx-col-subject\"><button type=\"button\" class=\"rx-link\" data-rx=\"{SELECT}\">",
        i + 1
    )?;
    match (lang, &ind.subject_en) {
        (Lang::En, Some(en)) => {
            marked(out, en, terms);
            out.push_str("<span class=\"rx-subject-zh\" lang=\"zh-CN\">");
            marked(out, &ind.subject, terms);
            out.push_str("</span>");
        }
        _ => marked(out, &ind.subject, terms),
    }
    out.push_str("</button>");
    // During a search, the clause around the number shows where the terms
    // stand, or that they stand only elsewhere in the sentence.
    if !terms.is_empty() {
        out.push_str("<span class=\"rx-snippet\" lang=\"zh-CN\">");
        marked(out, &report.clause_quote(ind), terms);
        out.push_str("</span>");
    }
    out.push_str("</td><td role=\"cell\" class=\"rx-col-value\">");
    escape(out, &value_text(ind, lang));
    // The raw text only adds something when it is not the value as shown.
    if ind.raw != format!("{}{}", number(ind.value), ind.unit)
        && ind.raw != value_text(ind, Lang::Zh)
    {
        out.push_str("<span class=\"rx-raw\" lang=\"zh-CN\">");
        marked(out, &ind.raw, terms);
        out.push_str("</span>");
    }
    out.push_str("</td><td role=\"cell\" class=\"rx-col-period\">");
    escape(out, &lang.period(ind.period));
    out.push_str("</td><td role=\"cell\" class=\"rx-col-status\">");
    escape(out, lang.status(ind.status));
    out.push_str(
        "</td><td role=\"cell\" class=\"rx-col-sector\"><span class=\"rx-swatch\" aria-hidden=\"true\"></span>",
    );
    escape(out, lang.sector(ind.sector));
    out.push_str("</td><td role=\"cell\" class=\"rx-col-kind\">");
    escape(out, lang.kind(ind.kind));
    write!(
        out,
        "</td><td role=\"cell\" class=\"rx-col-source\"><button type=\"button\" class=\"rx-link\" data-rx=\"{SHOW}\" aria-label=\""
    )?;
    escape(
        out,
        &format!("{} {}: {}", t(lang, Msg::ShowInText), ind.subject, ind.raw),
    );
    out.push_str("\">");
    escape(out, t(lang, Msg::Text));
    out.push_str("</button></td></tr>");
    Ok(())
}

/// `text` with every search hit in `<mark class="rx-hit">`.
fn marked(out: &mut String, text: &str, terms: &[String]) {
    for (piece, hit) in search::pieces(text, terms) {
        if hit {
            out.push_str("<mark class=\"rx-hit\">");
            escape(out, piece);
            out.push_str("</mark>");
        } else {
            escape(out, piece);
        }
    }
}

/// `text` as HTML text or a quoted attribute value.
pub fn escape(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
}
