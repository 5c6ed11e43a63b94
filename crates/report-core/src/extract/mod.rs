//! The text → indicator extractor: `extract(text) -> Report`, the one
//! function behind both the command-line tool and the app.
//!
//! One pass per sentence: find number tokens (`number`), drop those that
//! are names or time references (`exclude`), give each its subject
//! (`subject`, `list`), then code kind, direction, status, period
//! (`classify`) and sector (`sector`). Nothing here knows a particular city.

mod chars;
mod classify;
pub(crate) mod cues;
mod decimal;
mod exclude;
mod explain;
mod glossary;
pub(crate) mod lexicon;
mod list;
mod meta;
mod modifier;
mod number;
mod period;
mod sector;
mod subject;
mod trim;
mod unit;

pub use explain::{explain, Explained, Outcome, Skip};

use chars::{clause_end, clause_start, mentions, same, Chars};
use classify::{Hedges, Part};
use period::Mode;

use crate::model::{Direction, Indicator, Kind, Meta, Period, Sector, Text};
use crate::report::Report;
use crate::structure::{self, Document, Marker, Sentence};

/// What the caller knows that the text may not say.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Options {
    /// The year the report plans for; read from the headings when `None`.
    pub report_year: Option<u16>,
    /// The year the report looks back on; the year before the report year
    /// when `None`.
    pub review_year: Option<u16>,
    /// The city; guessed from the text when `None`.
    pub city: Option<String>,
    /// Where the text came from (a file name).
    pub source: String,
    /// The level of government; read from the place's name when `None`.
    pub level: Option<crate::ingest::Level>,
}

/// Reads a report with no outside knowledge.
pub fn extract(text: &str) -> Report {
    extract_with(text, &Options::default())
}

/// Reads a report. Never panics, whatever the text. Lines may end in LF,
/// CRLF, CR, NEL, U+2028 or U+2029; every offset, the indicators' `start`
/// and `end` included, is a byte offset into `text` as given, which the
/// report keeps unchanged.
pub fn extract_with(text: &str, options: &Options) -> Report {
    let document = structure::parse(text);
    let meta: Meta = meta::read(text, &document, options);
    let indicators = indicators(text, &document, &meta);
    Report {
        meta,
        text: text.to_owned(),
        document,
        indicators,
    }
}

/// Where the planning part begins: the first part heading that is not a
/// review and names the report year or its tasks.
fn plan_start(text: &str, doc: &Document, meta: &Meta) -> Option<usize> {
    let year = meta.report_year.map(|y| y.to_string());
    doc.sections
        .iter()
        .filter(|s| s.marker == Marker::Part)
        .find(|s| {
            let h = s.heading.of(text);
            let review = cues::is_review_heading(h);
            let names_year = year.as_deref().is_some_and(|y| h.contains(y));
            let tasks = cues::is_plan_part(h);
            !review && (names_year || tasks)
        })
        .map(|s| s.span.start)
}

/// The part a sentence's heading puts it in: the planning part from its
/// start on, a review part (`回顾`, `总结`), or `None` where no part
/// heading says (no headings, or text before them).
fn heading_part(plan: Option<usize>, s: &Sentence, in_review: bool) -> Option<Part> {
    if plan.is_some_and(|p| s.span.start >= p) {
        return Some(Part::Plan);
    }
    in_review.then_some(Part::Review)
}

/// Is a sentence in a part whose heading is a review's?
fn in_review_part(text: &str, doc: &Document, s: &Sentence) -> bool {
    part_of(doc, s).is_some_and(|p| cues::is_review_heading(doc.sections[p].heading.of(text)))
}

/// The part section a sentence sits in, if any.
fn part_of(doc: &Document, s: &Sentence) -> Option<usize> {
    let mut at = s.section;
    while let Some(i) = at {
        if doc.sections[i].marker == Marker::Part {
            return Some(i);
        }
        at = doc.sections[i].parent;
    }
    None
}

/// What a sentence is about: its part heading decides review or plan;
/// a paragraph's opening (`过去一年`, `主要预期目标是`, `"十三五"时期`) decides
/// where no heading does, and marks a several-year review inside a review part.
fn mode_of(heading: Option<Part>, cue: Mode, report: Option<u16>) -> Mode {
    match (heading, cue) {
        // `"十四五"时期…的主要目标是` in the plan: a plan period's targets,
        // dated as a several-year review's numbers are.
        (Some(Part::Plan), Mode::Years { .. }) if plans_ahead(cue, report) => cue,
        (Some(Part::Plan), _) => Mode::Plan,
        (Some(Part::Review), Mode::Years { .. }) => cue,
        (Some(Part::Review), _) => Mode::Review,
        (None, _) => cue,
    }
}

/// A run of years that starts in the report's year or later: a plan
/// period ahead (`"十四五"时期` in a 2021 report), whose numbers are targets.
fn plans_ahead(mode: Mode, report: Option<u16>) -> bool {
    match (mode, report) {
        (Mode::Years { first: Some(f), .. }, Some(r)) => f >= r,
        _ => false,
    }
}

/// The longest clause opening that only goes on about the clause before.
const GOES_ON_CHARS: usize = 6;

/// How far before a list's first number its dating words are read.
const NEAR_CHARS: usize = 12;

/// The unit of a difference between two rates.
const POINTS: &str = "个百分点";

/// How far before a difference in points its verb is read: past a
/// benchmark (`高于全国平均水平`, `比全省城镇平均水平高`).
const GAP_CHARS: usize = 14;

/// Openings of a clause about the figure before it (`增速高于…`, `总数达到…`).
const GOES_ON: [&str; 3] = ["增速", "总数", "总量"];

/// What opens a part of the whole before it (`其中产业项目完成投资…`).
const PARTS: &str = "其中";
/// Where the clause after a sentence-opening `其中，` starts (in chars).
const PARTS_CLAUSE: usize = 3;

/// `全年预计（下同）完成地区生产总值…`: a review that says once that its
/// figures are estimates, for this sentence and all after it in the part.
const ESTIMATES_BELOW: [&str; 2] = ["预计（下同）", "预计(下同)"];

fn indicators(text: &str, doc: &Document, meta: &Meta) -> Vec<Indicator> {
    let plan = plan_start(text, doc, meta);
    let mut out = Vec::new();
    let mut english = English::default();
    let mut cue = Mode::Review;
    let mut current_part = None;
    let mut total = false;
    let mut paragraph = usize::MAX;
    let mut paragraph_topic = None;
    let mut estimates_below = false;
    // The paragraph is about this year so far (`cues::SO_FAR`).
    let mut so_far = false;
    // A sentence of this paragraph gave GDP: the next may go on with the
    // headline figures (`sector::continues_headline`).
    let mut gdp_given = false;
    // The last record's sector, kind and direction in this paragraph.
    let mut last: Option<(Sector, Kind, Direction)> = None;
    // The section's path, the topic its headings name and whether its
    // part's heading is a review's, read once for all its sentences rather
    // than walking the headings for each. The path is shared by the
    // section's records, not copied into each.
    let mut section: Option<(Option<usize>, Text, Option<Sector>, bool)> = None;
    // The last subject window trimmed: numbers in a row often repeat it.
    let mut trims = subject::Trims::default();
    // One buffer for the chars of every sentence in turn.
    let mut chars = Chars::new(text, crate::model::Span::new(0, 0));
    for (si, sentence) in doc.sentences.iter().enumerate() {
        if sentence.paragraph != paragraph {
            paragraph = sentence.paragraph;
            // A new part starts afresh: a five-year review in one part is
            // not the next part's.
            let part = part_of(doc, sentence);
            if part != current_part {
                current_part = part;
                cue = Mode::Review;
                estimates_below = false;
            }
            let head = sentence.span.of(text);
            if let Some(m) = period::opening(head, meta.review_year, meta.report_year) {
                cue = m;
            }
            total = period::opens_with_total(head);
            so_far = head.trim_start().starts_with(cues::SO_FAR);
            paragraph_topic = sector::paragraph_topic(head);
            gdp_given = false;
            last = None;
        } else if let Some(years) = period::years_opening(sentence.span.of(text), meta.review_year)
        {
            // `今年是…开局之年。“十五五”时期…的主要目标是：…`: a run of years
            // opening a later sentence dates the rest of its paragraph.
            cue = years;
        }
        chars.read(sentence.span);
        let c = &chars;
        // `二是壮大实体经济。`: an item's lead names the topic of the
        // sentences after it, up to the next item.
        if let Some(topic) = sector::item_topic(sentence.span.of(text)) {
            paragraph_topic = topic;
        }
        let toks = number::scan(c);
        if toks.is_empty() {
            continue;
        }
        let mut subs = Vec::with_capacity(toks.len());
        for k in 0..toks.len() {
            let s = subject::compute(c, &toks, &subs, k, &mut trims);
            subs.push(s);
        }
        let leads = list::leads(c, &toks, &subs);
        list::split_subjects(&leads, &mut subs);

        if section.as_ref().is_none_or(|s| s.0 != sentence.section) {
            let at = sentence.section;
            section = Some((
                at,
                Text::shared(doc.path(text, at)),
                sector::by_heading(text, doc, at),
                in_review_part(text, doc, sentence),
            ));
        }
        let Some((_, path, by_heading, in_review)) = &section else {
            continue;
        };
        let mode = mode_of(
            heading_part(plan, sentence, *in_review),
            cue,
            meta.report_year,
        );
        let part = match mode {
            Mode::Plan => Part::Plan,
            _ if plans_ahead(mode, meta.report_year) => Part::Plan,
            _ => Part::Review,
        };
        let year = match part {
            Part::Review if so_far => meta.report_year,
            Part::Review => meta.review_year,
            Part::Plan => meta.report_year,
        };
        let starts: Vec<usize> = toks.iter().map(|t| t.a).collect();
        let mut verbs = modifier::governing(c, &starts, part == Part::Plan);
        let body = sentence.span.of(text);
        estimates_below |=
            part == Part::Review && ESTIMATES_BELOW.iter().any(|w| mentions(body, w));
        if estimates_below && part == Part::Review {
            for v in verbs.iter_mut().filter(|v| v.is_empty()) {
                *v = "预计";
            }
        }
        let estimate = classify::opens_with_estimate(body);
        let target_list = sector::is_target_list(body);
        let headline = sector::is_headline(body, toks.len())
            || (gdp_given && sector::continues_headline(body));
        // The headline runs on only through sentences that continue it: one
        // about projects or fields ends it (`城镇新增就业…` after them is
        // the jobs paragraph's, livelihood).
        gdp_given = headline || sector::gives_gdp(body);
        // A topic the sentence or its paragraph opens with comes before the
        // headings: `工业方面，…` under `一、2023年工作回顾`.
        let prior = sector::opening_topic(body)
            .or(paragraph_topic)
            .or(*by_heading);
        // Shared by the sentence's records: a sentence may hold thousands.
        let sid = Text::shared(Sentence::id(si));
        out.reserve(toks.len());
        let hedges = Hedges::new(c);
        // Where the sentence first says `累计` or `五年新建`: numbers after it
        // are totals.
        let totals = period::totals(c);
        let said = period::Said::new(body);
        // Numbers of one clause share its topic and its fallback sector:
        // each read once per clause, not once per number (a clause may hold
        // thousands).
        let mut topic = PerClause::default();
        let mut fallback = PerClause::default();
        let mut topics = SubjectTopics::default();
        // The sentence's previous number: its topic for a clause that names
        // none, its kind for `增长7%以上，争取达到8%`.
        // `…重点项目96个…。其中，产业项目52个、…`: a sentence of parts
        // starts from the whole the sentence before ended with.
        let opens_parts = c.starts_with(0, PARTS) && c.get(2).is_some_and(|ch| ch == '，');
        let mut previous: Option<(Sector, Kind, Direction)> = last.filter(|_| opens_parts);
        // The topic the last clause with a topic word named.
        let mut named: Option<Sector> = None;
        // Which numbers are items after a `、`: each number asks of itself
        // and of the one after it, so each is found once.
        let items: Vec<bool> = (0..toks.len()).map(|j| is_item(c, &toks, j)).collect();
        for (k, (t, s)) in toks.iter().zip(&subs).enumerate() {
            let lead = leads[k];
            let la = toks[lead].a;
            // A difference in points is a change or a gap, whose verb may
            // stand before a long benchmark (`增速高于全国平均水平0.3个百分点`).
            let reach = if t.unit == POINTS { GAP_CHARS } else { 6 };
            let mut from = clause_start(c, la).max(la.saturating_sub(reach));
            if lead > 0 {
                from = from.max(toks[lead - 1].b.min(la));
            }
            let (mut kind, mut direction) =
                number::as_written(t, classify::kind(t, c.str(from, la)));
            // A ratio reached by a change (`由2.31缩小到2.08`) goes the verb's
            // way; the parts of `由…调整为…` have none.
            if direction == Direction::None && kind != Kind::Rank && kind != Kind::Streak {
                direction = classify::reached(c.str(clause_start(c, la), la));
            }
            let cs = clause_start(c, t.a);
            let ce = clause_end(c, t.b);
            // The few chars before the list's first number, in its clause:
            // the words that date it (`年均`, `由…`), read in a bounded window.
            let mut near = cs.max(la.saturating_sub(NEAR_CHARS)).min(la);
            if lead > 0 {
                // `年均增长6.8%、达到3862亿元`: the words of the number before
                // (another list) do not date this one.
                near = near.max(toks[lead - 1].b.min(la));
            }
            if let Some((_, Kind::Growth, d)) = previous {
                if kind == Kind::Share && classify::raises_the_aim(c.str(cs, t.a)) {
                    (kind, direction) = (Kind::Growth, d);
                }
            }
            // `剔除减税降费因素同口径增长6.2%`: the basis of a count names
            // no topic.
            let clause_text = || subject::without_counting_basis(c.str(cs, ce));
            let sector = if target_list {
                Sector::Macro
            } else if headline {
                let by_clause = topic.get((cs, ce), || sector::in_headline(clause_text()));
                // A part (`其中出口…`) of a headline figure is headline too.
                previous
                    .filter(|_| c.starts_with(cs, "其中"))
                    .map(|p| p.0)
                    .or(by_clause)
                    .or_else(|| sector::in_headline(&s.text))
                    .unwrap_or(Sector::Macro)
            } else {
                // `…发明专利拥有量达到68.4件，居全省高新区首位`: the peers a
                // place is ranked among name the ranking, not its topic; the
                // clause names only what stands before `居`.
                let peers_only = kind == Kind::Rank
                    && exclude::before_peers(c.str(cs, t.a)).is_some_and(|b| b.trim().is_empty());
                let by_clause = if peers_only {
                    None
                } else {
                    topic.get((cs, ce), || {
                        let clause = clause_text();
                        sector::jobs_of(clause, prior)
                            .or_else(|| sector::by_content(clause))
                            .or_else(|| (part == Part::Plan).then(|| sector::in_task(clause))?)
                    })
                };
                // A clause that only goes on about the thing before
                // (`总数达到724家`): a few words, no number before this one.
                let first_in_clause = k == 0 || toks[k - 1].b <= cs;
                let goes_on = first_in_clause
                    && (t.a - cs <= GOES_ON_CHARS || GOES_ON.iter().any(|w| c.starts_with(cs, w)));
                // A clause naming a topic of its own, if only a fallback one
                // (`新能源发电量突破400亿千瓦时` after grain), does not go on.
                // A clause that goes on about the metric before, its subject
                // inherited (`社会消费品零售总额完成905.3亿元，增长2.8%`), is
                // of that record's topic, not of an earlier clause's word.
                let same_metric =
                    goes_on && k > 0 && toks[k - 1].b <= cs && subs[k - 1].text == s.text;
                let carried = previous
                    .filter(|_| same_metric)
                    .map(|p| p.0)
                    .or(named)
                    .filter(|_| goes_on)
                    .filter(|_| {
                        fallback
                            .get((cs, ce), || sector::by_fallback(c.str(cs, ce)))
                            .is_none()
                    });
                named = by_clause.or(named);
                let part_of_previous =
                    c.starts_with(cs, PARTS) || (opens_parts && cs == PARTS_CLAUSE);
                // An item of a `、` list in one clause (`新增规上工业企业19家、
                // 限上商贸企业64家`) is about what it names, not the clause's
                // first topic.
                // So is the list's first item (`力争签约引进…产业项目15个、带动新增
                // 就业岗位8000个以上`: projects, though jobs come first in rank).
                let listed = items[k] || items.get(k + 1).is_some_and(|&next| next);
                topics.read(&s.text);
                let by_clause = listed
                    .then(|| {
                        topics.content().or_else(|| {
                            topics
                                .fallback()
                                .filter(|_| !sector::outranks_fallback(prior))
                        })
                    })
                    .flatten()
                    .or(by_clause);
                // A part (`其中…`) is of the whole before it; an inherited
                // subject (`…610亿元，增长9.4%`) carries its topic, and so
                // does the clause before (`新认定高新技术企业186家，总数达到724家`).
                // `实施城市更新项目32个，完成投资64.3亿元`: the money spent on
                // the projects just counted is of their topic.
                let spent_on_previous = k > 0
                    && sector::is_spending_on_counted(&s.text)
                    && previous.is_some_and(|p| p.1 == Kind::Count);
                previous
                    .filter(|_| part_of_previous || spent_on_previous)
                    .map(|p| p.0)
                    .or(by_clause)
                    .or_else(|| topics.content())
                    .or(carried)
                    .or(prior.filter(|_| sector::outranks_fallback(prior)))
                    .or_else(|| fallback.get((cs, ce), || sector::by_fallback(c.str(cs, ce))))
                    .or(prior)
                    .or_else(|| sector::by_last_resort(&s.text))
                    .unwrap_or(Sector::Macro)
            };
            previous = Some((sector, kind, direction));
            last = previous;
            // A governing word is the record's `verb`, not its subject
            // (`争取中央和省级各类资金120亿元以上` in a plan); in a review 争取
            // is no verb and stays (`争取上级资金`).
            let subject = Some(verbs[k])
                .filter(|v| !v.is_empty())
                .and_then(|v| s.text.strip_prefix(v))
                .filter(|rest| !rest.is_empty())
                .map_or(s.text.as_str(), |rest| {
                    // `预期全年接待游客`: the words the verb stood before.
                    Some(lexicon::without_leading(rest))
                        .filter(|r| !r.is_empty())
                        .unwrap_or(rest)
                });
            let raw = raw_text(c.str(t.a, t.b), out.last_mut());
            out.push(Indicator {
                id: number_id(&sid, k + 1).into(),
                sentence: sid.clone(),
                raw,
                start: c.byte(t.a),
                end: c.byte(t.b),
                value: t.value,
                unit: t.unit.clone(),
                value_high: t.value_high,
                comparator: t.comparator,
                verb: verbs[k].into(),
                period: match mode {
                    Mode::Years { first, last } => {
                        // A rate of change, an average or a total spans the years.
                        // `五年来，累计新增…；粮食产量达到612亿斤`: a value
                        // reached in a clause of its own is an end value,
                        // though the paragraph or sentence opened with a total.
                        let before = c.str(cs.max(la.saturating_sub(period::TOTAL_CHARS)), la);
                        let ended = period::reached_alone(before);
                        let alone = ended || period::baseline_alone(c, t, cs, before);
                        let spans = kind == Kind::Growth
                            // A move in a ranking spans the years; the place
                            // it reached (`上升到第71位`) is the last year's.
                            || (kind == Kind::Rank && direction != Direction::None && !ended)
                            || ((total || totals.cover(t.a)) && !alone)
                            // `五年来，新建改建农村公路1240公里`: new things
                            // over the years are a total, `累计` or not.
                            || (subject::names_flow(&s.text) && !alone)
                            || said.averaged(c.str(near, la))
                            || period::since_year(c.str(near, la))
                            || period::all_done(c.str(t.b, ce));
                        // `…由4个增加到7个，其中国家级经济技术开发区2个`: a part
                        // is dated as its whole, the number before it.
                        let whole = out
                            .last()
                            .filter(|_| k > 0 && c.starts_with(cs, PARTS) && toks[k - 1].b <= cs)
                            .map(|w: &Indicator| w.period);
                        whole.unwrap_or_else(|| period::in_years(c, t, cs, spans, (first, last)))
                    }
                    _ if said.averaged(c.str(near, la)) => Period::History,
                    // (Only a sentence holding `比` or `较` can say since when.)
                    _ if (c.may_hold('比') || c.may_hold('较'))
                        && year.is_some_and(|y| period::since_earlier_year(c.str(near, la), y)) =>
                    {
                        Period::History
                    }
                    // `累计达到27栋，其中税收超10亿元楼宇3栋`: a part of a total
                    // since the work began spans the years, as its whole. A
                    // rate over the years (`近三年年均增长21.4%，其中…`) is
                    // no whole: the part is of the year's amount before it.
                    _ if k > 0
                        && c.starts_with(cs, PARTS)
                        && toks[k - 1].b <= cs
                        && out.last().is_some_and(|w| {
                            w.period == Period::History && w.kind != Kind::Growth
                        }) =>
                    {
                        Period::History
                    }
                    _ if said.total_since_start(
                        c.str(cs.max(t.a.saturating_sub(period::TOTAL_CHARS)), t.a),
                    ) =>
                    {
                        Period::History
                    }
                    _ => said
                        .one_year_baseline(c, t, cs, year)
                        .unwrap_or_else(|| classify::period(t, year)),
                },
                status: classify::status(part, estimate || estimates_below, hedges.within(cs, t.a)),
                direction,
                kind,
                subject_en: english.of(subject),
                subject: subject.to_owned().into(),
                sector,
                section: path.clone(),
            });
        }
    }
    out
}

/// Does number `j` follow a `、` in the clause of the number before it
/// (an item of a list: `新增规上工业企业19家、限上商贸企业64家`)?
fn is_item(c: &Chars, toks: &[number::Token], j: usize) -> bool {
    j > 0
        && toks[j - 1].b > clause_start(c, toks[j].a)
        && c.cs
            .get(toks[j - 1].b..toks[j].a)
            .is_some_and(|s| s.contains(&'、'))
}

/// The English of each subject, found once per extraction: composing it
/// tries every way to cut the subject into known pieces, and a text says
/// the same subject again and again (`增长5%`, every copy of a report).
#[derive(Default)]
struct English {
    known: std::collections::BTreeMap<String, Option<crate::model::Text>>,
    /// The last subject asked about and its English: numbers in a row
    /// mostly share one (a list, `…增长5%，…增长6%`), and comparing with
    /// it costs less than a search of the map.
    last: Option<(String, Option<crate::model::Text>)>,
}

impl English {
    fn of(&mut self, subject: &str) -> Option<crate::model::Text> {
        if let Some((_, en)) = self.last.as_ref().filter(|(s, _)| same(s, subject)) {
            return en.clone();
        }
        let en = match self.known.get(subject) {
            Some(en) => en.clone(),
            None => {
                let en = glossary::english(subject);
                self.known.insert(subject.to_owned(), en.clone());
                en
            }
        };
        let (s, e) = self.last.get_or_insert_with(Default::default);
        s.clear();
        s.push_str(subject);
        e.clone_from(&en);
        en
    }
}

/// The text of a number as written, shared with the record before when
/// that one's is the same: a run of numbers written alike (`增长5%增长5%…`,
/// thousands in one clause) then holds one copy between them, not one
/// allocation each. The record before is made to share its own copy when
/// the second of a run comes; a number unlike the one before (most, in a
/// report) costs what it did.
fn raw_text(raw: &str, before: Option<&mut Indicator>) -> Text {
    match before {
        Some(b) if same(&b.raw, raw) => {
            if let Text::Owned(s) = &mut b.raw {
                b.raw = Text::shared(std::mem::take(s));
            }
            b.raw.clone()
        }
        _ => raw.to_owned().into(),
    }
}

/// `s42-3`: the id of the `n`th number of sentence `s42`. Written by hand:
/// `format!` cost more than the rest of a number's id and record together
/// on a text dense with numbers.
fn number_id(sentence: &str, n: usize) -> String {
    let mut digits = [0u8; 20];
    let mut at = digits.len();
    let mut rest = n;
    loop {
        at -= 1;
        digits[at] = b'0' + (rest % 10) as u8;
        rest /= 10;
        if rest == 0 {
            break;
        }
    }
    let mut id = String::with_capacity(sentence.len() + 1 + digits.len() - at);
    id.push_str(sentence);
    id.push('-');
    id.extend(digits[at..].iter().map(|&d| char::from(d)));
    id
}

/// The topics a subject's words name, read once for a run of numbers
/// that share it: a list's items (`新建1个、2个…`) have one subject, and
/// reading it again for each cost as much as the rest of the item.
#[derive(Default)]
struct SubjectTopics {
    subject: String,
    content: Option<Option<Sector>>,
    fallback: Option<Option<Sector>>,
}

impl SubjectTopics {
    /// Makes `subject` the one asked about, forgetting the last one's
    /// answers if it differs.
    fn read(&mut self, subject: &str) {
        if !same(&self.subject, subject) {
            self.subject.clear();
            self.subject.push_str(subject);
            self.content = None;
            self.fallback = None;
        }
    }

    /// [`sector::by_content`] of the subject.
    fn content(&mut self) -> Option<Sector> {
        *self
            .content
            .get_or_insert_with(|| sector::by_content(&self.subject))
    }

    /// [`sector::by_fallback`] of the subject.
    fn fallback(&mut self) -> Option<Sector> {
        *self
            .fallback
            .get_or_insert_with(|| sector::by_fallback(&self.subject))
    }
}

/// A clause's answer, kept while the numbers of that clause are read.
#[derive(Default)]
struct PerClause {
    last: Option<((usize, usize), Option<Sector>)>,
}

impl PerClause {
    /// The answer for the clause at `bounds`, computed only when the
    /// clause differs from the last one asked about.
    fn get(
        &mut self,
        bounds: (usize, usize),
        read: impl FnOnce() -> Option<Sector>,
    ) -> Option<Sector> {
        match self.last {
            Some((b, found)) if b == bounds => found,
            _ => {
                let found = read();
                self.last = Some((bounds, found));
                found
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{glossary, number_id, sector, English, SubjectTopics};
    use crate::model::Text;

    /// The records of one sentence hold one copy of its id and its
    /// heading path between them, not one each.
    #[test]
    fn records_of_a_sentence_share_its_id_and_path() {
        let report = super::extract("一、2023年工作回顾\n\n地区生产总值增长5%，财政收入增长6%。\n");
        let [a, b] = &report.indicators[..] else {
            panic!("two records: {:?}", report.indicators);
        };
        assert_eq!(
            (a.sentence.as_str(), a.section.as_str()),
            ("s1", "一、2023年工作回顾")
        );
        match (&a.sentence, &b.sentence, &a.section, &b.section) {
            (Text::Shared(s), Text::Shared(t), Text::Shared(p), Text::Shared(q)) => {
                assert!(std::sync::Arc::ptr_eq(s, t));
                assert!(std::sync::Arc::ptr_eq(p, q));
            }
            other => panic!("not shared: {other:?}"),
        }
    }

    /// Numbers written alike in a row share one copy of their text; one
    /// written otherwise has its own, and the run after it starts afresh.
    #[test]
    fn a_run_of_numbers_written_alike_shares_their_text() {
        let report = super::extract("增长5%增长5%增长5%增长6%增长5%。");
        let raws: Vec<&Text> = report.indicators.iter().map(|i| &i.raw).collect();
        let texts: Vec<&str> = raws.iter().map(|r| r.as_str()).collect();
        assert_eq!(texts, ["5%", "5%", "5%", "6%", "5%"]);
        let (Text::Shared(a), Text::Shared(b), Text::Shared(c)) = (raws[0], raws[1], raws[2])
        else {
            panic!("a run of three not shared: {raws:?}");
        };
        assert!(std::sync::Arc::ptr_eq(a, b) && std::sync::Arc::ptr_eq(b, c));
        assert!(matches!(raws[3], Text::Owned(s) if s == "6%"));
        assert!(matches!(raws[4], Text::Owned(s) if s == "5%"));
    }

    /// The subjects of a run of numbers, repeated, in turn and back, and
    /// empty first: each remembered answer must be the one asked for.
    const SUBJECTS: [&str; 7] = [
        "",
        "地区生产总值",
        "地区生产总值",
        "",
        "粮食产量",
        "地区生产总值",
        "游客",
    ];

    #[test]
    fn english_remembered_is_the_glossary_s() {
        let mut english = English::default();
        for s in SUBJECTS {
            assert_eq!(english.of(s), glossary::english(s), "{s}");
        }
    }

    #[test]
    fn topics_remembered_are_the_subject_s() {
        let mut topics = SubjectTopics::default();
        for s in SUBJECTS {
            topics.read(s);
            assert_eq!(topics.content(), sector::by_content(s), "{s}");
            assert_eq!(topics.fallback(), sector::by_fallback(s), "{s}");
        }
    }

    #[test]
    fn number_ids_read_like_format() {
        for n in [1, 9, 10, 42, 100, 12_345, usize::MAX] {
            assert_eq!(number_id("s7", n), format!("s7-{n}"));
        }
    }
}
