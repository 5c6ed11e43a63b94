//! The reports open in the page, as data: the embedded report first, then
//! every report the user opened, each under its content id
//! (`ingest::report_id`); what a file becomes when it is opened, what is
//! kept of it in the browser (the text and the user's corrections, never
//! the extracted records, which are read again), and how a link's
//! `report=` key picks one.
//!
//! Pure: the page does the browser work (file reading, IndexedDB) and
//! calls these.

use crate::extract::{self, Options};
use crate::hash;
use crate::i18n::Lang;
use crate::ingest::{self, InferredMeta, IngestError, Legacy, Level, Origin};
use crate::messages::{t, tf, Msg, Tpl};
use crate::notice::NoticeItem;
use crate::report::Report;
use crate::state::AppState;

/// What the user confirmed or corrected about a report; `None` fields are
/// read from the text.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Corrected {
    pub place: Option<String>,
    pub level: Option<Level>,
    pub report_year: Option<u16>,
    /// The year the report reviews, when it is not the year before.
    pub review_year: Option<u16>,
}

impl Corrected {
    /// The extractor's options: the corrections over what the text says.
    pub fn options(&self, inferred: &InferredMeta, source: &str) -> Options {
        let mut options = inferred.options(source);
        if let Some(place) = self.place.as_ref().filter(|p| !p.trim().is_empty()) {
            options.city = Some(place.trim().to_owned());
            // A corrected place implies its own level unless one is given.
            options.level = ingest::level_of(place.trim());
        }
        if self.level.is_some() {
            options.level = self.level;
        }
        if self.report_year.is_some() {
            options.report_year = self.report_year;
        }
        options.review_year = self.review_year;
        options
    }

    pub fn is_empty(&self) -> bool {
        *self == Corrected::default()
    }

    /// The corrections a form's fields make: a field equal to what the
    /// text says is no correction, an empty field means "as read" (for the
    /// review year: the year before the report year).
    pub fn from_form(
        inferred: &InferredMeta,
        place: &str,
        level: &str,
        report_year: &str,
        review_year: &str,
    ) -> Result<Corrected, FormError> {
        let place = place.trim();
        let place = (!place.is_empty() && Some(place) != inferred.place.value.as_deref())
            .then(|| place.to_owned());
        let level = match level {
            "" => None,
            id => Some(Level::from_id(id).ok_or(FormError::Level)?),
        }
        .filter(|l| Some(*l) != inferred.level.value);
        let year = |field: &str, error| match field.trim() {
            "" => Ok(None),
            y => match y.parse::<u16>() {
                Ok(y) if (1949..=2100).contains(&y) => Ok(Some(y)),
                _ => Err(error),
            },
        };
        let report_year = year(report_year, FormError::Year)?;
        let review_year = year(review_year, FormError::ReviewYear)?;
        let planned = report_year.or(inferred.report_year.value);
        Ok(Corrected {
            place,
            level,
            report_year: report_year.filter(|y| Some(*y) != inferred.report_year.value),
            review_year: review_year.filter(|y| Some(*y) != planned.and_then(|p| p.checked_sub(1))),
        })
    }
}

/// A form field that cannot be read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FormError {
    Level,
    Year,
    ReviewYear,
}

impl FormError {
    pub fn message(self, lang: Lang) -> &'static str {
        match self {
            FormError::Level => t(lang, Msg::ChooseLevel),
            FormError::Year => t(lang, Msg::YearRange),
            FormError::ReviewYear => t(lang, Msg::ReviewYearRange),
        }
    }
}

/// What is kept of an opened report: enough to read it again.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Stored {
    /// `ingest::report_id` of the text.
    pub id: String,
    /// The file's name (or "粘贴的文字" for pasted text).
    pub name: String,
    /// The text as ingest read it.
    pub text: String,
    pub corrected: Corrected,
}

/// One report in the page.
#[derive(Clone, Debug, PartialEq)]
pub struct Entry<R> {
    pub id: String,
    /// `None` for a built-in (embedded) report, which cannot be removed or edited.
    pub stored: Option<Stored>,
    /// What the text says about itself (`None` for a built-in report).
    pub inferred: Option<InferredMeta>,
    /// The report as read (a `SharedReport` in the page).
    pub report: R,
}

/// Why a file did not open.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum OpenError {
    Ingest(IngestError),
    /// Read, but no number in it was found to be an indicator.
    NoIndicators,
}

impl OpenError {
    /// The sentence the page shows, naming the file.
    pub fn message(&self, file: &str, lang: Lang) -> String {
        match self {
            OpenError::Ingest(e) => e.message(file, lang),
            OpenError::NoIndicators => tf(
                lang,
                Tpl::CannotOpen,
                &[&file, &t(lang, Msg::NoIndicatorsFound)],
            ),
        }
    }
}

/// A file read and extracted: what to keep, and the report.
#[derive(Clone, Debug, PartialEq)]
pub struct Opened {
    pub stored: Stored,
    pub inferred: InferredMeta,
    pub report: Report,
}

/// Reads a file (any format ingest knows) as a report.
pub fn open(name: &str, bytes: &[u8], legacy: Legacy) -> Result<Opened, OpenError> {
    let (ingested, base) =
        ingest::read_with_report(name, bytes, legacy).map_err(OpenError::Ingest)?;
    let stored = Stored {
        id: ingested.id,
        name: name.to_owned(),
        text: ingested.text,
        corrected: Corrected::default(),
    };
    let inferred = ingested.meta;
    let options = stored.corrected.options(&inferred, &stored.name);
    let report = match reuse(base, &options) {
        Some(report) => report,
        None => read(&stored, Some(inferred.clone())).1,
    };
    if report.indicators.is_empty() {
        return Err(OpenError::NoIndicators);
    }
    Ok(Opened {
        stored,
        inferred,
        report,
    })
}

/// Reads pasted text: as a UTF-8 text file.
pub fn open_text(name: &str, text: &str) -> Result<Opened, OpenError> {
    open(name, text.as_bytes(), &|_| None)
}

/// A kept report read again with its corrections (`inferred` when already
/// known, saving one reading).
pub fn read(stored: &Stored, inferred: Option<InferredMeta>) -> (InferredMeta, Report) {
    let inferred = inferred.unwrap_or_else(|| ingest::infer(&stored.text));
    let options = stored.corrected.options(&inferred, &stored.name);
    let mut report = extract::extract_with(&stored.text, &options);
    // The id names the words, whatever the corrections.
    report.meta.id = stored.id.clone();
    (inferred, report)
}

/// The report `extract_with(text, options)` would read, made from the
/// reading with no options when the options change only its metadata:
/// the records depend on the years alone (the plan part and the periods),
/// so when `options` gives the years the text gives, only the place, level,
/// source and a made-up title differ. Saves reading a report twice.
/// `None` when the years differ. (`tests::reuse_reads_as_extract_with`
/// checks it against the extractor on the corpus.)
pub fn reuse(mut base: Report, options: &Options) -> Option<Report> {
    if let Some(year) = options.report_year {
        let review = options.review_year.or(year.checked_sub(1));
        if base.meta.report_year != Some(year) || base.meta.review_year != review {
            return None;
        }
    }
    if options
        .review_year
        .is_some_and(|y| base.meta.review_year != Some(y))
    {
        return None;
    }
    let meta = &mut base.meta;
    let guessed = std::mem::take(&mut meta.city);
    meta.city = options.city.clone().unwrap_or(guessed);
    meta.level = options
        .level
        .or_else(|| ingest::level_of(&meta.city))
        .map_or_else(String::new, |l| l.id().to_owned());
    meta.source = options.source.clone();
    if base.document.title.is_none() {
        meta.title = match meta.report_year {
            Some(year) => format!("{}{year}年政府工作报告", meta.city),
            None => format!("{}政府工作报告", meta.city),
        };
    }
    Some(base)
}

/// The origin to show beside a field: `corrected` when the user set it.
pub fn origin_label(origin: Origin, corrected: bool, lang: Lang) -> &'static str {
    if corrected {
        t(lang, Msg::Corrected)
    } else {
        origin.name(lang)
    }
}

/// Whether `id` looks like a report id: 12 lower-case hex digits.
pub fn is_id(id: &str) -> bool {
    id.len() == 12 && id.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'))
}

/// Did `add` put a new report in, or was it there already?
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Added {
    New,
    /// The same words were already open (under this name).
    AlreadyOpen,
}

/// A report opened, read again or removed: made in one explorer, applied
/// in every explorer on the page (each has its own library).
#[derive(Clone, Debug, PartialEq)]
pub enum Change<R> {
    Add(Entry<R>),
    Replace(Entry<R>),
    Remove(String),
}

/// The reports in the page, the embedded one first.
#[derive(Clone, Debug, PartialEq)]
pub struct Library<R> {
    entries: Vec<Entry<R>>,
    /// The kept reports are still being read: a link to one not here yet
    /// waits for them rather than being reported missing.
    pending: bool,
}

impl<R> Entry<R> {
    /// A report built into the page: kept by no one, never removed.
    pub fn built_in(id: &str, report: R) -> Entry<R> {
        Entry {
            id: id.to_owned(),
            stored: None,
            inferred: None,
            report,
        }
    }
}

impl<R> Library<R> {
    /// A library holding only the embedded report.
    pub fn new(embedded_id: &str, embedded: R) -> Library<R> {
        Library {
            entries: vec![Entry::built_in(embedded_id, embedded)],
            pending: false,
        }
    }

    pub fn pending(&self) -> bool {
        self.pending
    }

    pub fn set_pending(&mut self, pending: bool) {
        self.pending = pending;
    }

    pub fn entries(&self) -> &[Entry<R>] {
        &self.entries
    }

    pub fn embedded(&self) -> &Entry<R> {
        &self.entries[0]
    }

    pub fn get(&self, id: &str) -> Option<&Entry<R>> {
        self.entries.iter().find(|e| e.id == id)
    }

    /// The entry the state's `report` names, else the embedded one.
    pub fn current(&self, report: Option<&str>) -> &Entry<R> {
        report
            .and_then(|id| self.get(id))
            .unwrap_or(self.embedded())
    }

    /// Adds a report; one with the same id is already here and stays as
    /// it is, with its name and the user's corrections.
    pub fn add(&mut self, entry: Entry<R>) -> Added {
        if self.get(&entry.id).is_some() {
            return Added::AlreadyOpen;
        }
        self.entries.push(entry);
        Added::New
    }

    /// Puts a report read again (new corrections) in place of the one
    /// with its id, keeping its place; adds it if it is not here.
    pub fn replace(&mut self, entry: Entry<R>) {
        match self.entries.iter_mut().find(|e| e.id == entry.id) {
            Some(old) if old.stored.is_some() => *old = entry,
            Some(_) => {}
            None => self.entries.push(entry),
        }
    }

    /// Removes an opened report; the embedded one stays. Whether it was there.
    pub fn remove(&mut self, id: &str) -> bool {
        let before = self.entries.len();
        self.entries.retain(|e| e.stored.is_none() || e.id != id);
        self.entries.len() != before
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Applies a change; applying it again changes nothing.
    pub fn apply(&mut self, change: Change<R>) {
        match change {
            Change::Add(entry) => drop(self.add(entry)),
            Change::Replace(entry) => self.replace(entry),
            Change::Remove(id) => drop(self.remove(&id)),
        }
    }

    pub fn is_empty(&self) -> bool {
        false
    }
}

impl<R: AsRef<Report>> Library<R> {
    /// Reads a link against the report its `report=` key names. When that
    /// report is not here, the embedded one opens and the notice says so
    /// (and the record and section, which belong to the missing report,
    /// are not looked for).
    pub fn decode(&self, raw: &str) -> AppState {
        let named = hash::report_key(raw);
        match named.as_deref() {
            None => hash::decode(raw, self.embedded().report.as_ref()),
            Some(id) if id == self.embedded().id => {
                let mut state = hash::decode(raw, self.embedded().report.as_ref());
                state.report = None;
                state
            }
            Some(id) => match self.get(id) {
                Some(entry) => hash::decode(raw, entry.report.as_ref()),
                // Keep the name until the kept reports are read; the record
                // and section are read again then.
                None if self.pending => {
                    let mut state = hash::decode(
                        &hash::without_keys(raw, &["sel", "section"]),
                        self.embedded().report.as_ref(),
                    );
                    state.report = Some(id.to_owned());
                    state
                }
                None => {
                    let mut state = hash::decode(
                        &hash::without_keys(raw, &["report", "sel", "section"]),
                        self.embedded().report.as_ref(),
                    );
                    state.report = None;
                    state.notice.insert(0, NoticeItem::unknown_report(id));
                    state
                }
            },
        }
    }
}

/// A report's one-line description: place, year, count.
pub fn describe(report: &Report, lang: Lang) -> String {
    let place = report.name(lang);
    let count = report.indicators.len();
    match report.meta.report_year {
        Some(y) => tf(lang, Tpl::Describe, &[&place, &y, &count]),
        None => tf(lang, Tpl::DescribeNoYear, &[&place, &count]),
    }
}

/// The report switcher's line: [`describe`], then where it came from (the
/// file it was opened from, or that it is built in), unless the name
/// already is that file.
pub fn switcher_label(report: &Report, stored: Option<&str>, lang: Lang) -> String {
    let label = describe(report, lang);
    match stored {
        None => format!("{label}{}", t(lang, Msg::BuiltIn)),
        Some(file) if report.name(lang) == file => label,
        Some(file) => format!("{label} · {file}"),
    }
}

impl AsRef<Report> for Report {
    fn as_ref(&self) -> &Report {
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Period;

    const TEXT: &str = "临江县2024年政府工作报告\n\n一、2023年工作回顾\n\n全县地区生产总值增长5.2%，粮食产量达到12.6亿斤。\n\n二、2024年主要任务\n\n地区生产总值增长6%左右。\n";

    fn lib() -> Library<Report> {
        let embedded = crate::testing::mudanjiang();
        Library::new(&embedded.meta.id.clone(), embedded)
    }

    fn entry(opened: Opened) -> Entry<Report> {
        Entry {
            id: opened.stored.id.clone(),
            stored: Some(opened.stored),
            inferred: Some(opened.inferred),
            report: opened.report,
        }
    }

    #[test]
    fn a_text_opens_with_its_place_years_and_id() {
        let opened = open_text("linjiang.txt", TEXT).unwrap();
        assert_eq!(opened.report.meta.city, "临江县");
        assert_eq!(opened.report.meta.level, "county");
        assert_eq!(opened.report.meta.report_year, Some(2024));
        assert_eq!(opened.report.meta.review_year, Some(2023));
        assert_eq!(opened.report.meta.id, ingest::report_id(TEXT));
        assert_eq!(opened.report.meta.source, "linjiang.txt");
        assert_eq!(opened.inferred.place.origin, Origin::Title);
        assert!(opened.report.indicators.len() >= 3);
    }

    #[test]
    fn the_switcher_names_the_file_once() {
        let opened = open_text("linjiang.txt", TEXT).unwrap();
        let n = opened.report.indicators.len();
        assert_eq!(
            switcher_label(&opened.report, Some("linjiang.txt"), Lang::Zh),
            format!("临江县 2024年 · {n} 项指标 · linjiang.txt")
        );
        // No place and no title: the name is the file, said once.
        let bare = "全县地区生产总值增长5.2%，粮食产量达到12.6亿斤。\n";
        let opened = open_text("notes.txt", bare).unwrap();
        let label = switcher_label(&opened.report, Some("notes.txt"), Lang::Zh);
        assert_eq!(label.matches("notes.txt").count(), 1, "{label}");
        let built_in = switcher_label(&opened.report, None, Lang::En);
        assert!(built_in.ends_with(" (built in)"), "{built_in}");
    }

    #[test]
    fn bad_input_names_the_file() {
        let e = open("a.png", b"\x89PNG\r\n\x1a\n0000", &|_| None).unwrap_err();
        assert!(e.message("a.png", Lang::Zh).contains("“a.png”"));
        let e = open_text("empty.txt", "").unwrap_err();
        assert_eq!(e, OpenError::Ingest(IngestError::Empty));
        let e = open_text("words.txt", "这里没有数字，只有文字。").unwrap_err();
        assert_eq!(e, OpenError::NoIndicators);
        assert_eq!(
            e.message("words.txt", Lang::En),
            "Cannot open “words.txt”: no numeric indicators were found in it."
        );
    }

    #[test]
    fn the_embedded_report_comes_first_and_stays() {
        let mut lib = lib();
        let embedded = lib.embedded().id.clone();
        assert_eq!(
            lib.add(entry(open_text("a.txt", TEXT).unwrap())),
            Added::New
        );
        assert_eq!(lib.len(), 2);
        assert_eq!(lib.entries()[0].id, embedded);
        assert!(!lib.remove(&embedded));
        assert_eq!(lib.len(), 2);
    }

    #[test]
    fn the_same_words_open_once_whatever_the_file() {
        let mut lib = lib();
        let id = ingest::report_id(TEXT);
        lib.add(entry(open_text("a.txt", TEXT).unwrap()));
        let crlf = TEXT.replace('\n', "\r\n");
        assert_eq!(
            lib.add(entry(open_text("b.txt", &crlf).unwrap())),
            Added::AlreadyOpen
        );
        assert_eq!(lib.len(), 2);
        // The first stays, with its name (and so its corrections).
        let kept = lib.get(&id).unwrap().stored.as_ref().unwrap();
        assert_eq!(kept.name, "a.txt");
        // A reread replaces it in place.
        let mut again = entry(open_text("a.txt", TEXT).unwrap());
        again.stored.as_mut().unwrap().corrected.report_year = Some(2030);
        lib.replace(again);
        assert_eq!(
            lib.entries()[1]
                .stored
                .as_ref()
                .unwrap()
                .corrected
                .report_year,
            Some(2030)
        );
        assert!(lib.remove(&id));
        assert_eq!(lib.len(), 1);
        assert!(lib.get(&id).is_none());
        assert_eq!(lib.current(Some(&id)).id, lib.embedded().id);
    }

    #[test]
    fn corrections_change_what_is_extracted() {
        let opened = open_text("a.txt", TEXT).unwrap();
        let form = Corrected::from_form(&opened.inferred, "北湖区", "", "2025", "").unwrap();
        assert_eq!(form.place.as_deref(), Some("北湖区"));
        assert_eq!(form.report_year, Some(2025));
        let stored = Stored {
            corrected: form,
            ..opened.stored.clone()
        };
        let (_, report) = read(&stored, None);
        assert_eq!(report.meta.city, "北湖区");
        assert_eq!(report.meta.level, "district");
        assert_eq!(
            (report.meta.report_year, report.meta.review_year),
            (Some(2025), Some(2024))
        );
        assert_eq!(report.meta.id, opened.stored.id);
        // What the text says already is no correction.
        let same =
            Corrected::from_form(&opened.inferred, "临江县", "county", "2024", "2023").unwrap();
        assert!(same.is_empty());
        assert_eq!(
            Corrected::from_form(&opened.inferred, "", "", "24", ""),
            Err(FormError::Year)
        );
        assert_eq!(
            Corrected::from_form(&opened.inferred, "", "town", "", ""),
            Err(FormError::Level)
        );
        let level = Corrected::from_form(&opened.inferred, "", "city", "", "").unwrap();
        let options = level.options(&opened.inferred, "a.txt");
        assert_eq!(options.level, Some(Level::City));
        assert_eq!(options.city.as_deref(), Some("临江县"));
    }

    #[test]
    fn the_review_year_is_corrected_on_its_own() {
        let opened = open_text("a.txt", TEXT).unwrap();
        let inferred = &opened.inferred;
        // Empty, or the year before the report year (as read or as
        // corrected), is no correction.
        for (report, review) in [("", ""), ("", "2023"), ("2025", "2024"), ("2025", "")] {
            let c = Corrected::from_form(inferred, "", "", report, review).unwrap();
            assert_eq!(c.review_year, None, "{report} {review}");
        }
        assert_eq!(
            Corrected::from_form(inferred, "", "", "", "23"),
            Err(FormError::ReviewYear)
        );
        assert!(FormError::ReviewYear
            .message(Lang::En)
            .contains("review year"));
        let c = Corrected::from_form(inferred, "", "", "", "2021").unwrap();
        assert_eq!((c.report_year, c.review_year), (None, Some(2021)));
        let stored = Stored {
            corrected: c,
            ..opened.stored.clone()
        };
        let (_, report) = read(&stored, None);
        assert_eq!(
            (report.meta.report_year, report.meta.review_year),
            (Some(2024), Some(2021))
        );
        // The review part's results are now of 2021, the plan's targets still 2024.
        let periods: Vec<_> = report.indicators.iter().map(|i| i.period).collect();
        assert!(periods.contains(&Period::Year(2021)), "{periods:?}");
        assert!(!periods.contains(&Period::Year(2023)), "{periods:?}");
        assert!(periods.contains(&Period::Year(2024)), "{periods:?}");
        // Both corrected: each its own.
        let both = Corrected::from_form(inferred, "", "", "2026", "2020").unwrap();
        let options = both.options(inferred, "a.txt");
        assert_eq!(
            (options.report_year, options.review_year),
            (Some(2026), Some(2020))
        );
        let report = extract::extract_with(&stored.text, &options);
        assert_eq!(
            (report.meta.report_year, report.meta.review_year),
            (Some(2026), Some(2020))
        );
        // `reuse` does not hand back a reading with other years.
        assert!(reuse(extract::extract(&stored.text), &options).is_none());
        let review_only = Options {
            review_year: Some(2021),
            ..inferred.options("a.txt")
        };
        assert!(reuse(extract::extract(&stored.text), &review_only).is_none());
    }

    /// Two explorers on one page: what one opens, corrects or removes,
    /// the other gets as the same change, whenever it comes and however often.
    #[test]
    fn changes_made_in_one_library_apply_in_another() {
        let (mut a, mut b) = (lib(), lib());
        let opened = entry(open_text("a.txt", TEXT).unwrap());
        let id = opened.id.clone();
        let mut corrected = opened.clone();
        corrected.stored.as_mut().unwrap().corrected.place = Some("北湖区".into());
        let changes = [
            Change::Add(opened),
            Change::Replace(corrected.clone()),
            Change::Remove(lib().embedded().id.clone()),
        ];
        for change in &changes {
            a.apply(change.clone());
            b.apply(change.clone());
            b.apply(change.clone());
        }
        assert_eq!(a, b);
        assert_eq!(b.len(), 2, "the embedded report stays");
        assert_eq!(b.get(&id), Some(&corrected));
        // A correction that arrives first adds the report.
        let mut c = lib();
        c.apply(Change::Replace(corrected));
        assert_eq!(c, a);
        for l in [&mut a, &mut b, &mut c] {
            l.apply(Change::Remove(id.clone()));
            assert!(l.get(&id).is_none());
        }
    }

    #[test]
    fn a_link_opens_the_report_it_names() {
        let mut lib = lib();
        let opened = open_text("a.txt", TEXT).unwrap();
        let id = opened.stored.id.clone();
        let sel = opened.report.indicators[1].id.to_string();
        lib.add(entry(opened));
        let raw = format!("#view=table&sel={sel}&report={id}");
        let state = lib.decode(&raw);
        assert_eq!(state.report.as_deref(), Some(id.as_str()));
        assert_eq!(state.selected, Some(1));
        assert!(state.notice.is_empty(), "{:?}", state.notice);
        let report = &lib.current(state.report.as_deref()).report;
        assert_eq!(hash::encode(&state, report), raw);
    }

    #[test]
    fn a_link_to_a_report_not_here_opens_the_embedded_one_and_says_so() {
        let lib = lib();
        let state = lib.decode("#view=table&sel=s9-1&report=0123456789ab");
        assert_eq!(state.report, None);
        assert_eq!(state.selected, None);
        assert_eq!(state.view, crate::state::View::Table);
        assert_eq!(
            state.notice,
            vec![NoticeItem::UnknownReport("0123456789ab".into())]
        );
        let zh = Lang::Zh.notice_item(&state.notice[0]);
        assert!(zh.contains("0123456789ab"), "{zh}");
    }

    #[test]
    fn while_the_kept_reports_load_a_link_keeps_its_report() {
        let mut lib = lib();
        lib.set_pending(true);
        let state = lib.decode("#view=table&sel=s9-1&report=0123456789ab");
        assert_eq!(state.report.as_deref(), Some("0123456789ab"));
        assert!(state.notice.is_empty());
        assert_eq!(lib.current(state.report.as_deref()).id, lib.embedded().id);
    }

    #[test]
    fn naming_the_embedded_report_is_the_default() {
        let lib = lib();
        let id = lib.embedded().id.clone();
        let state = lib.decode(&format!("#view=chart&report={id}"));
        assert_eq!(state.report, None);
        assert!(state.notice.is_empty());
    }

    /// `open` reads a report once where it can; what it makes must be
    /// what the extractor reads with the same options, on every excerpt
    /// of the corpus, with and without a title, and with a place given.
    #[test]
    fn reuse_reads_as_extract_with() {
        let dir = crate::testing::root().join("tests/fixtures/corpus");
        let mut texts: Vec<String> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|x| x == "txt"))
            .map(|p| std::fs::read_to_string(p).unwrap())
            .collect();
        texts.push(TEXT.to_owned());
        texts.push("全市地区生产总值增长5%，粮食产量12亿斤。\n".to_owned());
        let mut reused = 0;
        for text in &texts {
            let inferred = ingest::infer(text);
            for corrected in [
                Corrected::default(),
                Corrected {
                    place: Some("北湖区".into()),
                    ..Corrected::default()
                },
            ] {
                let options = corrected.options(&inferred, "x.txt");
                let expected = extract::extract_with(text, &options);
                if let Some(report) = reuse(extract::extract(text), &options) {
                    reused += 1;
                    assert_eq!(report, expected, "{}", &text[..60.min(text.len())]);
                }
            }
        }
        assert!(reused >= texts.len(), "{reused} of {}", texts.len() * 2);
    }

    #[test]
    fn report_ids_are_twelve_hex_digits() {
        assert!(is_id("bbae3bcc2e4d"));
        assert!(!is_id("BBAE3BCC2E4D"));
        assert!(!is_id("bbae3bcc2e4"));
        assert!(!is_id("<script>1234"));
    }
}
