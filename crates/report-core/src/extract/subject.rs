//! The subject of a number: the short noun phrase it measures. Either the
//! phrase before it (`新建高标准农田38.2万亩`), trimmed of verbs and scope
//! words, or — when a count comes first — the noun after it
//! (`17个“保交楼”项目建成…` → `“保交楼”项目`).

use std::sync::OnceLock;

use super::chars::{clause_start, is_boundary, is_han, mentions, position, same, Chars};
use super::lexicon::{trailing_words, Lexicon, LEADING, PART_ATTRIBUTES};
use super::number::{Form, Token, RATIO_MARKS};
use super::trim::{
    after_deng, baseline_year, before_comparison_year, is_multiple_base, last_item_if_clauses,
    strip_all, strip_listed, strip_span_of_years, trim_quotes, within_zai, Listed,
};

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Subject {
    pub text: String,
    /// The noun follows the number.
    pub number_first: bool,
    /// Char index where the subject's own words end (number-first only).
    pub end: usize,
    /// The clause says `分别` and names no metric of its own: its numbers
    /// belong, in order, to the metrics of the numbers before them.
    pub respectively: bool,
}

/// [`STOPS`], indexed: they are tried at every char after a count.
fn stops() -> &'static Lexicon {
    static WORDS: OnceLock<Lexicon> = OnceLock::new();
    WORDS.get_or_init(|| Lexicon::words(STOPS))
}

/// [`SCOPES`] and [`RANK_VERBS`], indexed: the last of them in a subject
/// is found in one pass back over it, not one search per word.
fn scopes() -> &'static Lexicon {
    static WORDS: OnceLock<Lexicon> = OnceLock::new();
    WORDS.get_or_init(|| Lexicon::words(&SCOPES))
}

/// [`LEADING`] and `lexicon::TRAILING`, indexed: every subject is trimmed of them
/// several times.
fn leading() -> &'static Listed {
    static WORDS: OnceLock<Listed> = OnceLock::new();
    WORDS.get_or_init(|| Listed::new(LEADING))
}

fn trailing() -> &'static Listed {
    static WORDS: OnceLock<Listed> = OnceLock::new();
    WORDS.get_or_init(|| Listed::new(trailing_words()))
}

fn rank_verbs() -> &'static Lexicon {
    static WORDS: OnceLock<Lexicon> = OnceLock::new();
    WORDS.get_or_init(|| Lexicon::words(&RANK_VERBS))
}

/// Where a counted noun stops: the verb that says what happened to it.
const STOPS: &[&str] = &[
    "竣工",
    "开工建设",
    "投产",
    "投入",
    "获得",
    "获批",
    "获评",
    "成功",
    "全部",
    "入选",
    "建成",
    "当年",
    "新落地",
    "入驻",
    "延伸",
    "落地",
    "实现",
    "具备",
    "整改",
    "主体",
    "发放",
    "集采",
    "前期",
    "达到",
    "增长",
    "下降",
    "居全",
    "居首",
    "居第",
    "居前",
    "保持",
    "位居",
    "得到",
    "纳入",
    // A change from a baseline (`由1285家增加到1904家`): a verb, not a noun.
    "增加",
    "提高",
    "提升",
    "上升",
    "降低",
    // `从5.2%降至2.3%`: a fall to a new level, as `降低到` is.
    "降至",
    "降到",
    "减少",
    "调整",
    // `由2.31缩小到2.08`: a ratio's change, not what it counts.
    "缩小",
    "扩大",
    "延长",
    "缩短",
    "突破",
    // `上升3位至第56位`: the end of a move, not a counted noun.
    "至",
    // `新增减税降费3.8亿元及时直达企业`: an adverb opens what was done, not
    // a counted noun.
    "及时",
    // `48个区重点项目完成投资126.8亿元`: what the counted things did, whose
    // amount is a record of its own (`完成投资`).
    "完成",
    // `9个安置点共安置搬迁群众2837户`: a total of what was done to others.
    "共安置",
    "共计",
    // `十件民生实事全面完成`: an adverb opens what became of the counted
    // things, as `全部` does.
    "全面",
];
/// Words right after a number that lead into what it counts or won
/// (`连续第三年跻身…十强县`: the streak is of that ranking).
const AFTER_LEADING: [&str; 5] = ["获评", "荣获", "规模", "跻身", "入选"];
/// A run without something (`连续5年未发生较大以上生产安全事故`) is of that,
/// negation and all.
const WITHOUT: [&str; 2] = ["未发生", "未出现"];

/// Words naming one aspect of a metric the clause before named
/// (`新增规上工业企业128家，总数达到1146家`): the subject is the owner's.
/// (`…产业产值增长22.6%，规模突破五百亿元`, `粮食总产量…，单产提高3.4%`).
const ASPECTS: [&str; 9] = [
    "总数",
    "总量",
    "增速",
    // `…总额31.5亿元，降幅较上半年收窄5.6个百分点`.
    "降幅",
    "总产量",
    "产量",
    "数量",
    "规模",
    "单产",
];

/// What a subject may start with that is not the metric: a count of new
/// ones, whose total is still the same things (`新增…企业` → `…企业总数`).
const NEW_PREFIXES: [&str; 5] = ["新增", "新认定", "新培育", "净增", "新开通"];

/// What may stand before a measure named bare after another of the same
/// owner (`综合产值`): how it is counted, not what.
const MEASURE_MANNER: [&str; 2] = ["", "综合"];

/// The longest head noun a stock may be named by alone (`航线`, `企业`).
const BARE_HEAD_CHARS: usize = 2;

/// What a subject may end with that measures the owner rather than names
/// it (`粮食播种面积` → the owner of `总产量` is `粮食`).
const MEASURES: [&str; 5] = ["播种面积", "面积", "总产量", "产量", "产值"];

/// What the rate of a metric's completion of its plan opens with.
const COMPLETION: [&str; 4] = ["完成年度", "完成全年", "完成计划", "完成目标"];

/// A difference of two rates, and the rate of a growth.
const POINTS: &str = "个百分点";
const RATE: &str = "增速";

/// Comparisons after an aspect (`增速高于城镇居民`).
const COMPARED: [&str; 4] = ["高于", "低于", "快于", "慢于"];

/// The longest benchmark between `比` and its `高`/`低` (`全省城镇平均水平`).
const BENCHMARK_CHARS: usize = 10;

/// `比全省平均高`, `比上半年`: is the whole of `s` a comparison with a
/// benchmark? Not a `比重` nor a `较上年` change (`较上年提高`: the change's
/// own words, trimmed before this is asked).
fn is_benchmark(s: &str) -> bool {
    let Some(rest) = s.strip_prefix(['比', '较']) else {
        return false;
    };
    let n = rest.chars().count();
    let short = (2..=BENCHMARK_CHARS + 1).contains(&n);
    let change = rest.starts_with("上年") || rest.starts_with("去年") || rest.starts_with('重');
    short && !change
}

/// Parts of a year that qualify a metric (`四季度`, `上半年`).
const TIME_PARTS: [&str; 3] = ["季度", "半年", "月份"];

/// The longest such part (`前三季度`, `1-11月份`).
const TIME_PART_CHARS: usize = 6;

/// Parts of a year a review states a metric for, longest first where one
/// ends another (`前三季度` before `三季度`).
const YEAR_PARTS: [&str; 11] = [
    "前三季度",
    "第一季度",
    "第二季度",
    "第三季度",
    "第四季度",
    "一季度",
    "二季度",
    "三季度",
    "四季度",
    "上半年",
    "下半年",
];

/// Said of a figure, the year as a whole rather than a part of it.
const WHOLE_YEAR: &str = "全年";

/// The part of the year `s` ends with, if any.
fn year_part_at_end(s: &str) -> Option<&'static str> {
    YEAR_PARTS.iter().copied().find(|p| s.ends_with(p))
}

/// `地区生产总值一季度` → `一季度地区生产总值`: a part of the year written
/// after its metric goes before it, as reports write `四季度规上工业增加值`,
/// so the metric reads the same in every part.
fn year_part_first(s: String) -> String {
    match year_part_at_end(&s) {
        // `增速比上半年`: a part compared with is the benchmark's, and stays.
        Some(p) if s.len() > p.len() && !s[..s.len() - p.len()].contains(['比', '较', '于']) => {
            format!("{p}{}", &s[..s.len() - p.len()])
        }
        _ => s,
    }
}

/// Words that give a list's numbers to the metrics before them, in order
/// (`分别增长…`, `依次为…`).
const RESPECTIVELY: [&str; 2] = ["分别", "依次"];

/// What names a share of a whole: `A占B比重`.
const SHARE_OF: (char, &str) = ('占', "比重");
/// `A覆盖B的N%`: A covers N of B, named `AB覆盖率`.
const COVERAGE: (&str, &str) = ("覆盖", "覆盖率");
/// Words that already name the share (`占比`, `比重`, `比例`).
const SHARE_WORDS: [&str; 3] = ["比重", "占比", "比例"];

/// `民生支出占一般公共预算支出的比重`, `…占一般公共预算支出的百分之七十八`,
/// `…占电力总装机的比重超过四分之一`: a share of a whole is named one way
/// however it is written, `A占B比重`, so one metric reads the same in every
/// report. Only for a share's own number (a percentage or a fraction).
fn share_named(text: String, t: &Token) -> String {
    let (of, share) = SHARE_OF;
    let is_share = t.unit == "%" || (t.ratio && t.unit.is_empty());
    // Every number asks: most are no share, or have no subject to name.
    if !is_share || text.is_empty() {
        return text;
    }
    // `家庭医生签约服务覆盖重点人群的3/5以上`: the rate of coverage of B by A.
    let (covers, rate) = COVERAGE;
    if let Some(at) = text.find(covers).filter(|&i| i > 0) {
        let whole = &text[at + covers.len()..];
        // `森林覆盖率`: the rate already named.
        if !whole.is_empty() && !whole.starts_with('率') && !whole.contains(share) {
            return format!("{}{whole}{rate}", &text[..at]);
        }
    }
    let Some(at) = text.find(of) else {
        return text;
    };
    let whole = &text[at..];
    if let Some(rest) = whole.strip_suffix("的比重") {
        return format!("{}{rest}{share}", &text[..at]);
    }
    if SHARE_WORDS.iter().any(|w| whole.ends_with(w)) || whole.chars().count() < 2 {
        return text;
    }
    format!("{text}{share}")
}

/// `前三季度地区生产总值` → `地区生产总值`.
fn without_year_part(s: &str) -> &str {
    YEAR_PARTS
        .iter()
        .find_map(|p| s.strip_prefix(p))
        .filter(|r| !r.is_empty())
        .unwrap_or(s)
}

/// What opens the members of a scope that a ranking orders (`全市各区`,
/// `全省各县（市、区）`), and the most chars they run to.
const MEMBERS: char = '各';
const MEMBERS_CHARS: usize = 8;

fn is_ranked_members(rest: &str) -> bool {
    rest.starts_with(MEMBERS) && rest.chars().count() <= MEMBERS_CHARS
}

/// A change of a count written after it (`专精特新中小企业达到85家，较上年增加29家`):
/// the subject is the count's owner and the change, to tell it from the count.
const CHANGE_SINCE: [&str; 4] = ["较上年增加", "比上年增加", "较上年新增", "比上年新增"];

/// A run of good harvests (`十二连丰`) after a grain output
/// (`总产量达到46.2万吨`) is of the production, not of one year's output.
const HARVESTS: &str = "连丰";
const OUTPUTS: [&str; 3] = ["总产量", "产量", "单产"];

/// Words after an amount that call it a mark passed (`突破8万元大关`).
/// (`迈上900亿元台阶`: a step reached, as `新台阶` is.)
const MARKS: [&str; 4] = ["大关", "关口", "新台阶", "台阶"];

/// Scopes wider than a county or district that open a subject
/// (`全省地区生产总值`): not part of the metric outside a ranking.
const PLACE_WIDE: [&str; 1] = ["全省"];

/// What things counted first measure of themselves, after a verb
/// (`68家龙头企业实现销售收入41.6亿元`): the subject is theirs.
const OWNED_MEASURES: [&str; 6] = ["销售收入", "营业收入", "产值", "利润", "税收", "销售额"];

/// Scopes of the whole place: the metric follows the last of them.
/// (`全省` is not one: `居全省第3位` places the metric in the province.)
/// Autonomous prefectures (州) and banners (旗) say theirs the same way.
/// `辖区` (the area under the government) says the same of a district, and
/// `新区` a new area of itself (`新区获批省级特色产业园2个`; not the end of
/// `高新区`, a high-tech zone named as a place in a city's report).
const SCOPES: [&str; 12] = [
    "我市", "全市", "全县", "全区", "我县", "我区", "全州", "我州", "全旗", "我旗", "辖区", "新区",
];

/// What makes a scope word the end of a zone's name (`高新区`).
const ZONE_NAME_ENDS: [&str; 1] = ["高"];

/// Verbs that put a thing in a ranking (`首次跻身中国民营企业500强`): the
/// ranking list follows the last of them.
const RANK_VERBS: [&str; 4] = ["跻身", "进入", "位列", "入围"];
/// Verbs that open a clause and carry over to each listed item after 、.
/// Longest first where one opens another (`新建改造口袋公园16个、绿道21公里`:
/// both built or rebuilt).
/// (`力争新签约5亿元以上项目40个、10亿元以上项目15个`: both newly signed;
/// `签约引进…项目30个、…项目6个`: both signed and brought in.)
const SHARED_VERBS: [&str; 9] = [
    "新增",
    "新培育",
    "新建改造",
    "新建",
    "治理",
    "改造",
    "创建",
    "新签约",
    "签约引进",
];
/// The shared verbs (of signing) that carry over only to what they are
/// done to.
const SIGNED: (&str, &str) = ("签约", "项目");
const OWN_VERBS: [&str; 9] = [
    "惠及", "获得", "解决", "完成", "实现", "争取",
    "总", // `新增…120家、培育百亿级企业两家`: its own verb.
    "培育",
    // `新增税收亿元楼宇3栋以上、引进总部企业20家`: brought in, not new.
    "引进",
];

/// Verbs of a whole that its part after `其中` shares (`签约亿元以上项目53个，
/// 其中10亿元以上项目9个` → `签约10亿元以上项目`): which things are counted.
const SHARED_WITH_PARTS: [&str; 7] = [
    "签约",
    "新签约",
    "新开工",
    "新增",
    "引进",
    "建成",
    // `新落地项目92个、其中亿元以上产业项目43个`: landed, as signed is.
    "新落地",
];

/// The longest part (`其中` and its subject) read back after a `、`.
const MAX_PART_CHARS: usize = 24;

/// `…项目92个、其中亿元以上产业项目43个`: a part named after a `、`, in the
/// clause of its whole: where that `其中` starts.
fn part_after_list_mark(c: &Chars, cs: usize, at: usize) -> Option<usize> {
    let from = cs.max(at.saturating_sub(MAX_PART_CHARS));
    (from..at)
        .rev()
        .find(|&k| c.get(k) == Some('、'))
        .map(|k| k + 1)
        .filter(|&k| c.starts_with(k, "其中"))
}

/// A part that opens with its own measure keeps it (`力争新开工亿元以上项目45个，
/// 其中投资10亿元以上项目6个`: counted by investment, not by the whole's verb),
/// and so does one with its own verb (`新增规上工业企业12家，其中培育产值超亿元
/// 企业3家`: fostered to that size, docs/scheme.md).
const PART_OWN: [&str; 3] = ["投资", "培育", "新培育"];

/// Whom funds were won for, written before the winning
/// (`为县内企业争取纾困资金`): the funds won are the metric, as `争取上级资金` is.
const BENEFICIARY: (char, &str) = ('为', "争取");

fn without_beneficiary(s: &str) -> &str {
    if !s.starts_with(BENEFICIARY.0) {
        return s;
    }
    s.find(BENEFICIARY.1).map_or(s, |i| &s[i..])
}

/// A cause written before a change (`受非洲猪瘟影响同比下降11.2%`): why the
/// figure moved, not what moved. Opens with the first, ends with one of the last.
const CAUSE: (&str, [&str; 2]) = ("受", ["影响", "冲击"]);

/// [`CAUSE`] off the start of `s`, when `s` opens with one.
fn without_cause(s: &str) -> &str {
    let (opens, ends) = CAUSE;
    if !s.starts_with(opens) {
        return s;
    }
    ends.iter()
        .filter_map(|w| s.find(w).map(|i| &s[i + w.len()..]))
        .next()
        .unwrap_or(s)
}

/// How a figure was counted before it (`剔除减税降费因素同口径增长6.2%`):
/// a note on the basis, not the metric. Opens with the first, ends with the last.
const COUNTING_BASIS: ([&str; 2], &str) = (["剔除", "扣除"], "因素");

/// [`COUNTING_BASIS`] off the start of `s`, when `s` opens with one.
pub fn without_counting_basis(s: &str) -> &str {
    let (opens, ends) = COUNTING_BASIS;
    match opens
        .iter()
        .find(|w| s.starts_with(*w))
        .and_then(|_| s.find(ends))
    {
        Some(i) => {
            let rest = &s[i + ends.len()..];
            rest.strip_prefix('后').unwrap_or(rest)
        }
        None => s,
    }
}

/// The most chars read for a subject on either side of its number. Real
/// subjects are short noun phrases: in the embedded report and the unseen
/// excerpts no clause runs longer than 38 chars before a number, and no
/// counted noun longer than 14 after one. Without a cap, a text with no
/// punctuation would make its subjects as long as the text, and every
/// number that inherits one (`…增长5%增长6%`) would copy it again.
const MAX_SUBJECT_CHARS: usize = 100;

pub fn compute<'t>(
    c: &Chars<'t>,
    toks: &[Token],
    subs: &[Subject],
    k: usize,
    trims: &mut Trims<'t>,
) -> Subject {
    let t = &toks[k];
    let next = toks.get(k + 1).map_or(c.len(), |n| n.a);
    let limit = next.min(t.b + MAX_SUBJECT_CHARS);
    // A streak measures what stands before it (`增速连续6个季度高于全省平均
    // 水平`), unless an honour it won follows (`连续12年荣获…`).
    // (Only a streak asks: the honour words are looked up for it alone.)
    let honour = || c.word_at(t.b, &AFTER_LEADING).is_some() || c.word_at(t.b, &WITHOUT).is_some();
    let counted = !matches!(t.form, Form::Streak { .. }) || honour();
    if let Some((text, end)) = after_noun(c, t.b, limit).filter(|_| counted) {
        let places = PLACE_UNITS.iter().any(|u| text.ends_with(u));
        if let Some((done, end)) = all_did(c, end, limit).filter(|_| places) {
            return Subject {
                text: format!("{done}的{text}"),
                number_first: true,
                end,
                respectively: false,
            };
        }
        // `剩余的316户842名贫困人口`: the count of households before the
        // people's is where a qualifier of both stands.
        let counted_from = k
            .checked_sub(1)
            .filter(|&p| toks[p].b == t.a)
            .map_or(t.a, |p| toks[p].a);
        return Subject {
            text: remaining(c, counted_from, event_first(driven_by(c, t.a, text))),
            number_first: true,
            end,
            respectively: false,
        };
    }
    if let Some(people) = people_after_households(c, toks, k) {
        return people;
    }
    let cs = clause_start(c, t.a);
    let prev = (k > 0 && toks[k - 1].b > cs).then(|| (&toks[k - 1], &subs[k - 1]));
    let mut from = cs;
    if let Some((pt, ps)) = prev {
        from = if ps.number_first { ps.end } else { pt.b };
        if ps.number_first {
            if let Some(sep) = (from..t.a).find(|&i| matches!(c.cs[i], '、' | '和')) {
                from = sep + 1;
            }
        }
    }
    let window = c.str(from.max(t.a.saturating_sub(MAX_SUBJECT_CHARS)), t.a);
    let shape = Shape {
        form: t.form,
        after: prev.map(|(_, ps)| ps.number_first),
        dashed: c.may_hold('-') || c.may_hold('－'),
        deng: c.may_hold('等'),
    };
    let (mut text, compared) = trims.of(window, shape);
    // Only a subject of its own can be a part's: the search back for a
    // `、其中` is not made for the many numbers that have none.
    let part_at = match () {
        _ if text.is_empty() => None,
        _ if c.starts_with(cs, "其中") => Some(cs),
        _ => part_after_list_mark(c, cs, t.a),
    };
    if let Some(at) = part_at {
        // The whole is named before `其中`: `其中新开工项目780个、续建项目480个`
        // lists two parts, and the second is not a part of the first.
        let wholes = toks[..k].iter().take_while(|w| w.b <= at).count();
        text = whole_verb(&text, &subs[..wholes]).unwrap_or(text);
        text = with_whole_noun(text, &subs[..wholes]);
    }
    if prev.is_some_and(|(_, ps)| !ps.number_first) && !text.is_empty() {
        let head = strip_listed(c.str(cs, t.a.min(cs + MAX_SUBJECT_CHARS)), leading(), true);
        let head = head.strip_prefix("全市").unwrap_or(head);
        let shared = SHARED_VERBS.iter().find(|v| head.starts_with(*v));
        let own = SHARED_VERBS.iter().chain(OWN_VERBS.iter());
        // An item that reaches its number (`、产值超亿元企业达到120家`) is a
        // stock, not the list's new ones.
        let stock = mentions(window, "达到");
        // A rate is no new thing made (`新增规上工业企业8家、…总产值增长15%`):
        // its item keeps its own metric.
        let rate = t.unit == "%" || t.unit == POINTS;
        // Signing is of projects: the signed ones' measures (`协议投资`,
        // `合同外资`, `到位资金`) are not signed.
        let signed = |v: &&&str| !v.contains(SIGNED.0) || text.ends_with(SIGNED.1);
        if let Some(v) = shared.filter(|_| !stock && !rate).filter(signed) {
            if !own.clone().any(|w| text.starts_with(w)) {
                text = format!("{v}{text}");
            }
        }
    }
    text = new_first(text);
    if let Some(owned) = settled_in_place(c, k.checked_sub(1).map_or(0, |p| toks[p].b), cs, &text) {
        text = owned;
    } else if let Some(owned) = k
        .checked_sub(1)
        .filter(|&p| {
            toks[p].b <= cs
                && c.str(toks[p].b, cs)
                    .trim_end_matches(['，', ',', '；', ';'])
                    .is_empty()
        })
        .and_then(|p| settled_in_counted(&subs[p].text, &text))
    {
        text = owned;
    }
    if let Some((_, ps)) = prev.filter(|(_, ps)| ps.number_first) {
        // `68家龙头企业实现销售收入41.6亿元`: the counted things' own measure.
        if OWNED_MEASURES.iter().any(|m| text.ends_with(m)) && !text.starts_with(&ps.text) {
            text = format!("{}{text}", ps.text);
        }
    }
    let own = !text.is_empty();
    if !own && k > 0 && toks[k - 1].unit == "强" {
        // `跻身中国民营企业500强，位列第386位`: a place within that list.
        text = format!(
            "{}{}",
            subs[k - 1].text,
            c.str(toks[k - 1].a, toks[k - 1].b)
        );
    } else if !own && k > 0 {
        text = doubled_before(c, toks[k - 1].b, cs)
            .or_else(|| named_in_item(c, toks[k - 1].b, cs))
            .unwrap_or_else(|| subs[k - 1].text.clone());
        // `一季度下降7.4%…，全年实现426.8亿元`: the whole year's figure is
        // the metric's own, not the part's before it.
        if mentions(window, WHOLE_YEAR) {
            text = without_year_part(&text).to_owned();
        }
        // Only a count: an amount's change (`较上年增加1460元`) is told
        // from the amount by its unit's kind, as any growth is.
        // The unit is read only when the words are there: most windows
        // end in none of them.
        if let Some(change) = CHANGE_SINCE
            .iter()
            .find(|w| window.ends_with(*w))
            .filter(|_| super::unit::is_count(&t.unit))
        {
            text = format!("{}{change}", strip_all(&text, &ASPECTS, false));
        }
        // `新建5G基站3260个，累计达到8950个`: a running total after a count
        // of new ones is the stock of those things, not the year's flow.
        // (`新增税收亿元楼宇4栋、累计达到27栋`: after a `、` too.)
        let stock = strip_all(&text, &FLOWS, true);
        if window.trim_start_matches('、').starts_with(RUNNING_TOTAL) && !stock.is_empty() {
            text = stock.to_owned();
        }
        if t.unit.ends_with(HARVESTS) {
            if let Some(owner) = OUTPUTS.iter().find_map(|o| text.strip_suffix(o)) {
                text = format!("{owner}生产");
            }
        }
    } else if k > 0 {
        let before = &subs[k - 1].text;
        let near = t.a.saturating_sub(toks[k - 1].b) <= MAX_SUBJECT_CHARS
            && !c.cs[toks[k - 1].b..t.a]
                .iter()
                .any(|&ch| SENTENCE_ENDS.contains(&ch));
        if let Some(owned) = near.then(|| outcome_of(&text, before)).flatten() {
            text = owned;
        } else if let Some(owned) = near.then(|| work_measure_of(&text, before)).flatten() {
            text = owned;
        } else if let Some(owned) = near.then(|| new_ones_of(&text, before)).flatten() {
            text = owned;
        } else if let Some(owned) = near.then(|| service_rate_of(&text, before)).flatten() {
            text = owned;
        } else if near && CAPACITIES.contains(&text.as_str()) && !before.is_empty() {
            // `精品民宿达到186家、床位3200余张`: the beds of the places counted.
            text = format!("{before}{text}");
        }
        let before = &subs[k - 1].text;
        // `年均增长5.2%，高于全国平均水平0.7个百分点`: a gap in points after a
        // growth rate is the rate's, though `增速` is not written.
        let pt = &toks[k - 1];
        let rate_gap = t.unit == POINTS
            && pt.unit == "%"
            && COMPARED.iter().any(|w| text.starts_with(w))
            && c.str(clause_start(c, pt.a), pt.a).ends_with("增长")
            && !before.ends_with(RATE);
        // `48个区重点项目完成投资126.8亿元，完成年度计划的108.6%`: the plan
        // met is the counted things' (`完成投资` only says what they did).
        let doer = (COMPLETION.iter().any(|w| text.starts_with(w))
            && before.starts_with("完成")
            && k > 1
            && subs[k - 2].number_first)
            .then(|| &subs[k - 2].text);
        let owner = if rate_gap {
            format!("{before}{RATE}")
        } else {
            doer.unwrap_or(before).clone()
        };
        // `其中省重点项目47个、完成投资296亿元`: after a part's count, the
        // investment is the part's (the whole's stands before `其中`).
        let part_done = prev.is_some()
            && text
                .strip_prefix("完成")
                .is_some_and(|r| NAMED_BY_DOING.contains(&r))
            && c.starts_with(cs, "其中");
        text = if part_done {
            format!("{before}{text}")
        } else {
            owned_aspect(&text, &owner).unwrap_or(text)
        };
    }
    Subject {
        text: share_named(text, t),
        number_first: false,
        end: t.a,
        // Only the subject's own window is read: the clause may be long.
        respectively: !own && (RESPECTIVELY.iter().any(|w| mentions(window, w)) || compared),
    }
}

/// What decides how a number's window of words is trimmed to its metric,
/// besides the words themselves.
#[derive(Clone, Copy, Debug, PartialEq)]
struct Shape {
    form: Form,
    /// After a number in the same clause: `Some(true)` when that number
    /// came before its noun (`9个安置点共安置…`).
    after: Option<bool>,
    /// The sentence may hold a dash (`-`, `－`): a phone number, perhaps.
    dashed: bool,
    /// The sentence may hold `等`.
    deng: bool,
}

/// The last window trimmed ([`metric_words`]) and, once it came twice in
/// a row, what it came to. A run of numbers may repeat its words
/// (`增长5%增长5%…`, thousands of times in one clause), and the trims are
/// some thirty small searches: the third and later numbers of a run are
/// answered from here. A window unlike the one before (most) costs a
/// comparison; the window is kept as the slice of the text it is, and the
/// answer in a buffer reused, so remembering allocates nothing.
#[derive(Default)]
pub struct Trims<'t> {
    last: Option<(Shape, &'t str)>,
    /// The last window's answer, when `known`.
    text: String,
    compared: bool,
    known: bool,
}

impl<'t> Trims<'t> {
    fn of(&mut self, window: &'t str, shape: Shape) -> (String, bool) {
        let again = self
            .last
            .is_some_and(|(s, w)| s == shape && same(w, window));
        if !again {
            self.last = Some((shape, window));
            self.known = false;
            return metric_words(window, shape);
        }
        if !self.known {
            let (text, compared) = metric_words(window, shape);
            self.text.clear();
            self.text.push_str(&text);
            self.compared = compared;
            self.known = true;
        }
        (self.text.clone(), self.compared)
    }
}

/// The metric named by the words before a number (its `window`): the
/// window trimmed of asides, scopes, verbs, years and quotes. Also whether
/// it ended in a comparison year (`比2015年`): the numbers after it are
/// then of the metrics before.
fn metric_words(window: &str, shape: Shape) -> (String, bool) {
    let mut s = without_asides(window.trim_start_matches(['、', '和', '及', '与', ' ']));
    // `旅游服务热线0576-88123456全年受理咨询`: a phone number names no
    // metric, nor do the plan's words after it.
    let joined: String;
    // (Only a sentence with a dash may have one.)
    if let Some((a, b)) = shape.dashed.then(|| phone_in(s)).flatten() {
        joined = format!("{}{}", &s[..a], strip_listed(&s[b..], leading(), true));
        s = &joined;
    }
    // `9个安置点共安置搬迁群众2837户`: the total's adverb after the counted
    // things, not the metric (only there: `共享`, `共建` open names).
    if shape.after == Some(true) {
        s = strip_all(s, &TOTAL_ADVERBS, true);
    }
    s = without_numbering(in_open_aside(s));
    s = without_cause(without_counting_basis(s));
    s = strip_listed(s, leading(), true);
    // `居全市开发区首位`: the peers after `居` name the ranking, not the
    // metric, however a scope opens them.
    if matches!(shape.form, Form::Rank) {
        if let Some(r) = super::exclude::before_peers(s) {
            s = strip_listed(r.trim_end_matches(RANK_VERB_HEADS), trailing(), false);
        }
    }
    // `s` is capped at MAX_SUBJECT_CHARS, so a plain search is cheap.
    // `增速居全市第一`: a scope with nothing after it is a ranking's, and
    // the metric stands before it.
    // `高于全市平均水平`: a scope inside a benchmark is the benchmark's;
    // `占全市比重`, inside a share, the whole's; `在全市的位次`, a ranking's.
    if let Some(i) = scopes().last_in(s).filter(|&i| {
        let before = &s[..i];
        let ranked = before.ends_with('在') && RANKINGS.iter().any(|r| s[i..].contains(r));
        !(COMPARED.iter().any(|w| before.ends_with(w))
            || before.ends_with(['比', '较', '占'])
            || ZONE_NAME_ENDS.iter().any(|w| before.ends_with(w))
            || ranked)
    }) {
        let rest = &s[i + "全市".len()..];
        // `居全市各区第2位`: the members ranked (各区, 各县区) are the
        // ranking's, as a bare scope is.
        s = if rest.is_empty() || is_ranked_members(rest) {
            &s[..i]
        } else {
            rest
        };
    }
    s = without_asides(strip_listed(
        strip_span_of_years(after_rank_verb(s)),
        leading(),
        true,
    ));
    if !matches!(shape.form, Form::Rank | Form::Streak { .. }) {
        // `全省地区生产总值`: the province's own figure; in a ranking or an
        // honour (`跻身全省县域经济30强`, `全国双拥模范城九连冠`) it names
        // the list and stays.
        s = strip_all(s, &PLACE_WIDE, true);
    }
    if shape.after.is_none() {
        s = last_item_if_clauses(s);
    }
    if shape.deng {
        s = after_deng(s);
    }
    // 实现地区生产总值 / 完成固定资产投资 / 完成造林: the verb goes, unless the
    // metric is the verb phrase itself (完成投资).
    for verb in ["实现", "完成"] {
        if let Some(rest) = s.strip_prefix(verb) {
            // `完成年度预算的103.2%`: a rate of completion, whose verb stays.
            let long = rest.chars().count() >= 4 || (verb == "完成" && !rest.is_empty());
            if long && !rest.ends_with('的') && !NAMED_BY_DOING.contains(&rest) {
                s = rest;
            }
        }
    }
    s = strip_listed(
        without_target_year(s.trim_end_matches('“')),
        leading(),
        true,
    );
    s = without_beneficiary(s);
    // `是2020年的1.4倍`: the base of a multiple, whose year the baseline
    // trim below would leave as `是`.
    if is_multiple_base(s) {
        s = "";
    }
    s = strip_listed(baseline_year(s), trailing(), false);
    s = strip_listed(strip_span_of_years(baseline_year(s)), trailing(), false);
    s = within_zai(s);
    // `比2015年增长41.2%、52.6%`: a cumulative change of the figures before.
    let compared = before_comparison_year(s);
    if let Some(r) = compared {
        s = strip_listed(r, trailing(), false);
    }
    if is_multiple_base(s) {
        s = "";
    }
    // `完成年度计划的108.6%`: the 的 that ties a metric to its number.
    s = s.strip_suffix('的').filter(|r| !r.is_empty()).unwrap_or(s);
    if shape.after == Some(true) {
        s = strip_all(s, &["建成", "全部", "当年"], true);
    }
    if matches!(shape.form, Form::Rank) {
        s = before_scope_of_rank(s);
        // `增速连续两年居中心城区首位`: the members ranked are the ranking's,
        // as a scope is; the metric stands before them.
        if let Some(r) = super::exclude::without_members_at_end(s) {
            s = strip_listed(r, trailing(), false);
        }
    }
    let text = year_part_first(without_inner_year(without_inner_asides(
        before_ranking_scope(trim_quotes(s)),
    )));
    (text, compared.is_some())
}

/// What opens a rank verb ending in `居` (`跃居`, `位居`, `稳居`).
const RANK_VERB_HEADS: [char; 3] = ['跃', '位', '稳'];

/// `剩余的316户…贫困人口` → `剩余贫困人口`: what is left of a whole, written
/// with `的` before the count (at char `a`), names the counted noun too.
fn remaining(c: &Chars, a: usize, text: String) -> String {
    let left = a > 0 && c.ends_with(a, "的") && c.ends_with(a - 1, REMAINING);
    if left {
        format!("{REMAINING}{text}")
    } else {
        text
    }
}

/// What is left of a whole (`剩余的…贫困人口`).
const REMAINING: &str = "剩余";

/// Units of households, and of people, counted together
/// (`1.48万户5.96万名建档立卡贫困人口`).
const HOUSEHOLDS: [&str; 2] = ["户", "万户"];
const PEOPLE: [&str; 4] = ["人", "万人", "名", "万名"];

/// `1.48万户5.96万名建档立卡贫困人口全部脱贫`: households counted right before
/// the people of them share the noun after the people's count, as they
/// share one before both (`搬迁安置群众3862户15436人`).
fn people_after_households(c: &Chars, toks: &[Token], k: usize) -> Option<Subject> {
    let t = &toks[k];
    let n = toks.get(k + 1)?;
    let of = |unit: &str, units: &[&str]| units.contains(&unit);
    if n.a != t.b || !of(&t.unit, &HOUSEHOLDS) || !of(&n.unit, &PEOPLE) {
        return None;
    }
    let limit = toks
        .get(k + 2)
        .map_or(c.len(), |m| m.a)
        .min(n.b + MAX_SUBJECT_CHARS);
    let (text, end) = after_noun(c, n.b, limit)?;
    Some(Subject {
        text: remaining(c, t.a, event_first(text)),
        number_first: true,
        end,
        respectively: false,
    })
}

/// Words that end a metric named without a number: what happens to it
/// (`确保正增长`, `力争翻番`).
const ITEM_VERBS: [&str; 5] = ["确保", "力争", "争取", "努力", "预期"];

/// `…；外贸进出口总额确保正增长，力争增长5%`: a bare change after a `；`
/// item that named its metric in a clause without a number is that
/// metric's, not the item's before.
fn named_in_item(c: &Chars, prev_end: usize, cs: usize) -> Option<String> {
    let start = (prev_end..cs)
        .rev()
        .find(|&i| matches!(c.cs[i], '；' | ';'))?
        + 1;
    let mut e = start;
    while e < cs {
        let ch = c.cs[e];
        if is_boundary(ch)
            || ch.is_ascii_digit()
            || stops().word_at(c, e).is_some()
            || c.word_at(e, &ITEM_VERBS).is_some()
        {
            break;
        }
        e += 1;
    }
    let named = c.str(start, e);
    (e < cs && named.chars().count() >= 2 && named.chars().all(is_han)).then(|| named.to_owned())
}

/// What a total since the work began opens with, when it names no metric.
const RUNNING_TOTAL: &str = "累计";

/// Verbs of a year's new ones that a running total of the same things
/// leaves off (docs/scheme.md).
const FLOWS: [&str; 6] = ["新增", "新认定", "新培育", "净增", "新开通", "新建"];

/// Does a subject name new things made or added ([`FLOWS`]: `新建改建农村公路`,
/// `新增规上工业企业`)? Over a several-year review they are a total.
pub fn names_flow(text: &str) -> bool {
    FLOWS.iter().any(|f| text.starts_with(f))
}

/// Metrics named by the verb of doing them (`完成投资`: the money spent on
/// the things counted, docs/scheme.md): `完成` stays before these, and goes
/// before any other work done (`完成造林1.2万亩` → `造林`).
const NAMED_BY_DOING: [&str; 1] = ["投资"];

/// Adverbs of a total between counted things and what was done to them.
const TOTAL_ADVERBS: [&str; 2] = ["共计", "共"];

/// Where a sentence ends: a subject is not carried past one.
const SENTENCE_ENDS: [char; 3] = ['。', '！', '？'];

/// `规上工业企业净增` → `净增规上工业企业`: a count of new ones written after
/// its noun reads as reports write it before (`新增规上工业企业`), so one
/// metric is named one way and its total (`总数`) finds its owner.
fn new_first(text: String) -> String {
    match NEW_PREFIXES.iter().find(|p| text.ends_with(*p)) {
        Some(p) if text.len() > p.len() => format!("{p}{}", &text[..text.len() - p.len()]),
        _ => text,
    }
}

/// What became of counted things, written after them (`6个贫困县脱贫摘帽`,
/// `418个贫困村退出`, `9.42万名监测对象消除返贫风险`: the watch's people
/// whose risk of falling back was removed); longest first where one ends
/// another.
const EVENTS: [&str; 5] = ["脱贫摘帽", "摘帽", "退出", "出列", "消除返贫风险"];

/// `贫困县脱贫摘帽` → `脱贫摘帽贫困县`: a count of the things that went through
/// an event names the flow as a verb before its noun does (`新增…`), and
/// tells it from the stock (`47个贫困旗县全部摘帽`: all of them, the stock's
/// count, stops at `全部`), docs/scheme.md.
fn event_first(text: String) -> String {
    match EVENTS.iter().find(|e| text.ends_with(*e)) {
        Some(e) if text.len() > e.len() => format!("{e}{}", &text[..text.len() - e.len()]),
        _ => text,
    }
}

/// Words that name a stock's total, not the things (`高新技术企业总数`).
const TOTALS: [&str; 2] = ["总数", "总量"];

/// `高新技术企业达到612家，净增97家`: a bare count of new ones is of the
/// things whose stock the number before gave, named as a flow is
/// (`净增高新技术企业`), so stock and flow stay two metrics.
fn new_ones_of(text: &str, before: &str) -> Option<String> {
    if !NEW_PREFIXES.contains(&text) {
        return None;
    }
    let owner = strip_all(before, &NEW_PREFIXES, true);
    let owner = TOTALS
        .iter()
        .find_map(|w| owner.strip_suffix(w))
        .unwrap_or(owner);
    (!owner.is_empty()).then(|| format!("{text}{owner}"))
}

/// Rates of a service's work (`满意率`), said bare after a count of it.
const SERVICE_RATES: [&str; 3] = ["满意率", "办结率", "回复率"];

/// Verbs of a service handling what comes to it (`受理咨询`, `办理诉求`).
const HANDLING: [&str; 3] = ["受理", "办理", "接听"];

/// `满意率` after `旅游服务热线受理咨询` → `旅游服务热线满意率`: a bare rate of a
/// service's work is the service's, the one whose handling was just counted.
fn service_rate_of(text: &str, before: &str) -> Option<String> {
    if !SERVICE_RATES.contains(&text) {
        return None;
    }
    let at = HANDLING
        .iter()
        .filter_map(|w| before.find(w))
        .min()
        .filter(|&i| i > 0)?;
    Some(format!("{}{text}", &before[..at]))
}

/// Verbs of firms moving into a place (`入驻企业41家`).
const SETTLED_IN: [&str; 3] = ["入驻", "进驻", "入园"];

/// Places firms move into, as a clause names them.
const FACILITIES: [&str; 6] = ["中心", "园区", "产业园", "基地", "孵化器", "楼宇"];

/// `保税物流中心（B型）封关运作，入驻企业41家` → `保税物流中心入驻企业`: firms
/// settled in, with no place named, are in the place the clause right
/// before names (a clause without a number: the text between the number
/// ending at char `from` and the clause at char `cs`).
fn settled_in_place(c: &Chars, from: usize, cs: usize, text: &str) -> Option<String> {
    if !SETTLED_IN.iter().any(|w| text.starts_with(w)) {
        return None;
    }
    let between = c
        .str(from.min(cs), cs)
        .trim_end_matches(['，', ',', '；', ';']);
    let clause = without_inner_asides(between.rsplit(['，', ',', '；', ';', '。']).next()?);
    let end = FACILITIES
        .iter()
        .filter_map(|h| clause.rfind(h).map(|i| i + h.len()))
        .max()?;
    let place = strip_listed(&clause[..end], leading(), true);
    (!place.is_empty()).then(|| format!("{place}{text}"))
}

/// `全区重点商务楼宇达到118栋，入驻企业1.36万家` → `重点商务楼宇入驻企业`: firms
/// settled in, with no place named, right after a count of places they move
/// into (`before`, that count's subject), are in those places.
fn settled_in_counted(before: &str, text: &str) -> Option<String> {
    let settled = SETTLED_IN.iter().any(|w| text.starts_with(w));
    let place = FACILITIES.iter().any(|h| before.ends_with(h));
    (settled && place).then(|| format!("{before}{text}"))
}

/// Verbs of what a work did for people, written before the count of them
/// (`带动1400余名妇女居家就业`): the outcome's name keeps its verb, as it does
/// when the count comes after (`带动农户…户`).
const DRIVING: [&str; 2] = ["带动", "吸纳"];

/// `妇女居家就业` after `带动1400余名` → `带动妇女居家就业`.
fn driven_by(c: &Chars, a: usize, text: String) -> String {
    let verb = a
        .checked_sub(2)
        .map(|v| c.str(v, a))
        .filter(|v| DRIVING.contains(v));
    match verb {
        Some(v) if !text.starts_with(v) => format!("{v}{text}"),
        _ => text,
    }
}

/// What things do for people, said with no owner in a clause after the
/// one that counted the things (`新建帮扶车间6个，吸纳就业千余人`).
const OUTCOMES: [&str; 3] = ["吸纳就业", "带动就业", "惠及"];

/// Verbs that bring the things counted before into being, not part of
/// their name when they become the owner of an outcome.
const MAKING: [&str; 4] = ["新建", "建成", "新增", "培育"];

/// `吸纳就业` after `新建帮扶车间` → `帮扶车间吸纳就业`: an outcome with no
/// owner of its own is the outcome of the things just counted.
fn outcome_of(text: &str, before: &str) -> Option<String> {
    if !OUTCOMES.contains(&text) {
        return None;
    }
    let owner = strip_all(strip_all(before, &MAKING, true), &NEW_PREFIXES, true);
    (!owner.is_empty() && !OUTCOMES.iter().any(|o| owner.ends_with(o)))
        .then(|| format!("{owner}{text}"))
}

/// What places that receive people hold, named bare after a count of the
/// places (`…达到186家、床位3200余张`).
const CAPACITIES: [&str; 2] = ["床位", "客房"];

/// What the extent of work is measured in (`治理面积`, `改造里程`).
const WORK_MEASURES: [&str; 2] = ["面积", "里程"];

/// The value of a deal the clause before ended with (`交易额` after
/// `完成林业碳汇交易…`); only then, as `进出口额` is no part of `出口额`.
const DEAL_VALUE: &str = "额";

/// Words between a place of work and the work's verb (`采煤沉陷区综合治理`):
/// how it was done, not what was worked on.
const WORK_MANNER: [&str; 2] = ["综合", "集中"];

/// `累计治理面积` after `采煤沉陷区综合治理` → `采煤沉陷区治理面积`: the
/// extent of the work the clause before named keeps what was worked on.
fn work_measure_of(text: &str, before: &str) -> Option<String> {
    let deal = text
        .strip_suffix(DEAL_VALUE)
        .filter(|w| w.chars().count() >= 2 && before.ends_with(w));
    let work = match deal {
        Some(w) => w,
        None => WORK_MEASURES
            .iter()
            .find_map(|m| text.strip_suffix(m))
            .filter(|w| w.chars().count() >= 2)?,
    };
    let at = before.find(work).filter(|&i| i > 0)?;
    let place = strip_all(&before[..at], &WORK_MANNER, false);
    (!place.is_empty()).then(|| format!("{place}{text}"))
}

/// How a count's things all did the same (`11个街道全部建成…`), or a clause
/// that ends in full coverage (`186个社区实现…全覆盖`).
const ALL_DID: &str = "全部";
const FULL_COVERAGE: &str = "全覆盖";

/// A place's own units (streets, communities, townships, villages): their
/// number is fixed, so a count of them says how many did something, and
/// the deed is the metric. Counted houses or people are the metric
/// themselves (`3349户因灾重建房屋入冬前全部实现暖封闭`).
const PLACE_UNITS: [&str; 6] = ["街道", "社区", "乡镇", "村", "镇", "县"];

/// The fewest chars of a deed with an object (`建成书屋`).
const MIN_DEED_CHARS: usize = 4;

/// The most chars of what counted things all did.
const ALL_DID_CHARS: usize = 24;

/// `11个街道全部建成网格化综合管理中心` → `建成网格化综合管理中心的街道`: a
/// count of a place's units that all did something counts those that did
/// it ([`PLACE_UNITS`]), and the deed tells the row from a plain count. Read to the
/// clause's end when no number comes first; None otherwise.
fn all_did(c: &Chars, from: usize, limit: usize) -> Option<(String, usize)> {
    let bound = limit.min(from + ALL_DID_CHARS);
    let end = (from..bound).find(|&i| is_boundary(c.cs[i]) || c.cs[i].is_ascii_digit());
    let end = end.filter(|&e| !c.cs[e].is_ascii_digit())?;
    let deed = c.str(from, end);
    let all = deed.strip_prefix(ALL_DID);
    let done = match all {
        Some(rest) => rest,
        None if deed.ends_with(FULL_COVERAGE) => deed,
        None => return None,
    };
    // `386个贫困村全部出列`: a bare verb says what became of the counted
    // things, whose count stays the metric; a deed with an object
    // (`建成…中心`) names which of them are counted.
    (done.chars().count() >= MIN_DEED_CHARS).then(|| (done.to_owned(), end))
}

/// `10亿元以上项目` after `签约亿元以上项目53个，其中`: the part shares the
/// whole's verb, from the nearest subject before that ends in the same
/// noun (its last two chars) and opens with one of [`SHARED_WITH_PARTS`].
fn whole_verb(text: &str, before: &[Subject]) -> Option<String> {
    let noun_at = text.char_indices().rev().nth(1)?.0;
    let noun = &text[noun_at..];
    let stock = |s: &Subject| {
        ASPECTS
            .iter()
            .any(|a| s.text.strip_suffix(a).is_some_and(|o| o.ends_with(noun)))
    };
    // `引进总部企业23家，其中…区域总部6家`: a part named by the whole's
    // qualifier (`总部`) when no whole ends in its noun.
    let whole = before
        .iter()
        .rev()
        .find(|s| s.text.ends_with(noun) || stock(s))
        .or_else(|| before.last().filter(|s| s.text.contains(noun)))?;
    // `新增市场主体1.26万户，总数达到6.8万户，其中企业类市场主体…`: a part of
    // the stock, not of the new ones.
    if stock(whole) {
        return None;
    }
    let verb = SHARED_WITH_PARTS
        .iter()
        .find(|v| whole.text.starts_with(*v))?;
    let own = PART_OWN
        .iter()
        .chain(&SHARED_WITH_PARTS)
        .any(|w| text.starts_with(w));
    (!own).then(|| format!("{verb}{text}"))
}

/// `其中境外上市2家` after `新增上市公司5家`: a part named by how its members
/// are what the whole says (`境外上市`) leaves the counted noun out; it is
/// the whole's, after the same word (`新增境外上市公司`).
fn with_whole_noun(text: String, before: &[Subject]) -> String {
    let Some(word) = PART_ATTRIBUTES.iter().find(|w| text.ends_with(*w)) else {
        return text;
    };
    let noun = before
        .last()
        .and_then(|w| w.text.split_once(word))
        .map(|(_, noun)| noun)
        .filter(|n| !n.is_empty() && n.chars().count() <= MAX_WHOLE_NOUN_CHARS);
    match noun {
        Some(n) => format!("{text}{n}"),
        None => text,
    }
}

/// The longest counted noun a part takes from its whole (`公司`, `企业`).
const MAX_WHOLE_NOUN_CHARS: usize = 3;

/// `总数` after `新增规上工业企业128家` → `规上工业企业总数`; `占规上工业比重`
/// after `新材料产业集群产值` → `新材料产业集群产值占规上工业比重`: a subject that
/// names only an aspect or a share takes the metric the clause before named.
fn owned_aspect(text: &str, before: &str) -> Option<String> {
    if before.is_empty() {
        return None;
    }
    // A share of a whole, or an aspect compared with another's
    // (`增速高于城镇居民2.1个百分点` after `农村居民人均可支配收入增长7.8%`,
    // `增速比全国平均高1.2个百分点`).
    let compared = ASPECTS.iter().any(|a| {
        text.strip_prefix(a).is_some_and(|r| {
            COMPARED.iter().any(|w| r.starts_with(w)) || r.starts_with(['比', '较'])
        })
    });
    // `一般公共预算收入16.8亿元，完成年度预算的103.2%`: the rate at which the
    // metric before met its plan.
    let completion = COMPLETION.iter().any(|w| text.starts_with(w));
    if text.starts_with('占') || compared || completion {
        return Some(format!("{before}{text}"));
    }
    // `…增速比全国平均高1.2个百分点、比全省平均高0.6个百分点`, `城镇调查失业率
    // 5.2%，比全省平均低0.3个百分点`: a gap to another benchmark, of the metric
    // the subject before measured (without that subject's own benchmark).
    if is_benchmark(text) || COMPARED.iter().any(|w| text.starts_with(w)) {
        let owner = without_benchmark(before);
        return (!owner.is_empty()).then(|| format!("{owner}{text}"));
    }
    // `四季度环比增长2.2%` after `规上工业增加值同比增长9.3%`: a part of the
    // year, of the metric before.
    if TIME_PARTS.iter().any(|p| text.ends_with(p)) && text.chars().count() <= TIME_PART_CHARS {
        let owner = TIME_PARTS
            .iter()
            .find_map(|p| before.find(p).map(|i| &before[i + p.len()..]))
            .unwrap_or(before);
        return (!owner.is_empty()).then(|| format!("{text}{owner}"));
    }
    let owner = strip_all(before, &NEW_PREFIXES, true);
    let measured = strip_all(owner, &MEASURES, false);
    // `林下经济面积达到42万亩，综合产值18.6亿元`: another measure of what the
    // clause before measured.
    let bare_measure = MEASURES.iter().any(|m| {
        text.strip_suffix(m)
            .is_some_and(|q| MEASURE_MANNER.contains(&q))
    });
    if bare_measure && measured.len() < owner.len() && !measured.is_empty() {
        return Some(format!("{measured}{text}"));
    }
    let owner = measured;
    // `地区生产总值…，高于全市平均水平1.3个百分点，增速居全市第2位`: the
    // aspect is of the metric, not of its gap to a benchmark.
    let unbenched = without_benchmark(owner);
    if unbenched.len() < owner.len() && unbenched.ends_with(text) {
        return Some(unbenched.to_owned());
    }
    if !ASPECTS.contains(&text) {
        // `新开通国际集装箱航线9条，航线总数达到87条`: a stock named by a bare
        // head noun is of the things just counted, qualifiers and all; one
        // named with qualifiers of its own (`A级旅游景区总数`) stays.
        let (head, aspect) = ASPECTS
            .iter()
            .find_map(|a| Some((text.strip_suffix(a)?, a)))?;
        let bare = (1..=BARE_HEAD_CHARS).contains(&head.chars().count());
        let longer = owner.len() > head.len() && owner.ends_with(head);
        return (bare && longer).then(|| format!("{owner}{aspect}"));
    }
    (!owner.is_empty() && !owner.ends_with(text)).then(|| format!("{owner}{text}"))
}

/// `增速高于全市平均水平` → `增速`: a subject before its gap to a benchmark.
fn without_benchmark(before: &str) -> &str {
    before
        .match_indices(['比', '较', '高', '低', '快', '慢'])
        .map(|(i, _)| i)
        .find(|&i| {
            let rest = &before[i..];
            is_benchmark(rest) || COMPARED.iter().any(|w| rest.starts_with(w))
        })
        .map_or(before, |i| &before[..i])
}

/// `（下同）完成地区生产总值` → `完成地区生产总值`, `（含物流园区）、` → ``:
/// a bracketed aside (a note on the figures, what they include) is not the
/// metric.
fn without_asides(mut s: &str) -> &str {
    loop {
        // `︰` or `∶` between a ratio's parts (`12.6︰47.9︰39.5`) is no
        // boundary: the later parts' windows hold only it; nor is the `至`
        // of a move (`上升3位至第56位`), whose end is the same metric's.
        let rest = s.trim_start_matches(|c| {
            matches!(c, '、' | '和' | '及' | '与' | ' ' | '至') || RATIO_MARKS.contains(&c)
        });
        let close = match rest.chars().next() {
            Some('（') => '）',
            Some('(') => ')',
            _ => return rest,
        };
        match rest.find(close) {
            Some(i) => s = &rest[i + close.len_utf8()..],
            None => return rest,
        }
    }
}

/// `（同比增长4.8%）`: a number inside an aside opened after its metric
/// (`地区生产总值完成1042.6亿元（同比增长4.8%）`) is a note on that metric;
/// the aside's bracket is not the subject's.
fn in_open_aside(s: &str) -> &str {
    s.strip_prefix(['（', '('])
        .filter(|rest| !rest.contains(['）', ')']))
        .unwrap_or(s)
}

/// Marks that end an item's number in a numbered list (`1.新增养老床位`,
/// `2、新建…`), half- or full-width.
const NUMBERING_MARKS: [char; 3] = ['.', '．', '、'];

/// `1.新增养老床位` → `新增养老床位`: an item's number opening a list line
/// (one or two digits and a mark) is list numbering, not the metric.
fn without_numbering(s: &str) -> &str {
    let rest = s.trim_start_matches(super::chars::is_digit);
    let digits = s.len() - rest.len();
    let Some(after) = rest.strip_prefix(NUMBERING_MARKS) else {
        return s;
    };
    let short = digits > 0 && s[..digits].chars().count() <= 2;
    if short && after.starts_with(is_han) {
        after
    } else {
        s
    }
}

/// Words of a doubling without a number (`营业收入实现翻番`): no record, but
/// the metric named before them is the one the next clause's value is of.
const DOUBLED: [&str; 4] = ["实现翻番", "翻了一番", "翻一番", "翻番"];

/// `集成电路产业营业收入实现翻番，达到612亿元`: the metric of the clause right
/// before the one at char `cs`, when that clause (after the number ending at
/// char `prev`) says it doubled and gives no number.
fn doubled_before(c: &Chars, prev: usize, cs: usize) -> Option<String> {
    let between = c
        .str(prev.min(cs), cs)
        .trim_end_matches(['，', ',', '；', ';']);
    let clause = between.rsplit(['，', ',', '；', ';', '。']).next()?;
    let metric = DOUBLED.iter().find_map(|w| clause.strip_suffix(w))?;
    let metric = strip_listed(metric, leading(), true);
    (!metric.is_empty()).then(|| metric.to_owned())
}

/// The fewest digits of a phone number with its area code (`0576-88123456`).
const PHONE_DIGITS: usize = 7;

/// Where a phone number written in a subject starts and ends (bytes):
/// digits around a `-`, at least [`PHONE_DIGITS`] of them, half- or
/// full-width as typeset.
fn phone_in(s: &str) -> Option<(usize, usize)> {
    let dash = |ch: char| matches!(ch, '-' | '－');
    let mut run: Option<(usize, usize, bool)> = None; // start, digits, dashed
    for (i, ch) in s.char_indices().chain(std::iter::once((s.len(), '。'))) {
        match (&mut run, super::chars::is_digit(ch) || dash(ch)) {
            (Some((_, digits, dashed)), true) => {
                *digits += usize::from(!dash(ch));
                *dashed |= dash(ch);
            }
            (None, true) if super::chars::is_digit(ch) => run = Some((i, 1, false)),
            (Some((start, digits, dashed)), false) => {
                if *dashed && *digits >= PHONE_DIGITS {
                    return Some((*start, i));
                }
                run = None;
            }
            _ => {}
        }
    }
    None
}

/// `到2025年人均地区生产总值` → `人均地区生产总值`: the year a plan's target
/// is set for dates the number (its period), not the metric.
fn without_target_year(s: &str) -> &str {
    let Some(rest) = s.strip_prefix('到') else {
        return s;
    };
    let digits = rest.trim_start_matches(super::chars::is_digit);
    // Nothing after the year (`、到2030年突破480亿元`): the metric is the one
    // before, which an empty subject takes.
    match digits.strip_prefix('年') {
        Some(after) if rest[..rest.len() - digits.len()].chars().count() == 4 => {
            after.strip_prefix('底').unwrap_or(after)
        }
        _ => s,
    }
}

/// `总量在中心城区中` before `位列第3`: the members a place is ranked
/// among (`在…中`, or `在` before a scope cut already) are the ranking's;
/// what is ranked stands before them.
fn before_scope_of_rank(s: &str) -> &str {
    if let Some(r) = s.strip_suffix('在').filter(|r| !r.is_empty()) {
        return r;
    }
    match (s.rfind('在'), s.ends_with('中')) {
        // `综合实力力争在全国百强县市中`: overall strength is what the
        // ranking measures; the ranking names the record.
        (Some(i), true) if i > 0 && strip_all(&s[..i], &ITEM_VERBS, false).ends_with(STRENGTH) => {
            &s[i + '在'.len_utf8()..s.len() - '中'.len_utf8()]
        }
        (Some(i), true) if i > 0 => &s[..i],
        _ => s,
    }
}

/// What a ranking of places measures as a whole (`综合实力`).
const STRENGTH: &str = "综合实力";

/// `境内外上市（过会）企业` → `境内外上市企业`: a note in full-width brackets
/// inside a subject qualifies the figure, not the metric's name. Only
/// full-width ones, as reports write their notes: ASCII brackets inside a
/// subject are more often code or markup pasted with the text.
fn without_inner_asides(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    // `position`, not `str::find`: every number's subject is read here,
    // and a char search's set-up cost more than reading a few chars.
    while let Some(i) = position(rest, "（") {
        let Some(j) = position(&rest[i..], "）") else {
            break;
        };
        out.push_str(&rest[..i]);
        rest = &rest[i + j + '）'.len_utf8()..];
    }
    out.push_str(rest);
    out
}

/// `口岸全年过货量` → `口岸过货量`: the whole year between an owner and what
/// it measures says when, as `全年` opening a subject does. Not before a
/// plan's name (`完成全年目标任务的`), where it says which plan.
fn without_inner_year(s: String) -> String {
    let (word, plans) = (WHOLE_YEAR, YEAR_PLANS);
    match position(&s, word) {
        Some(i) if i > 0 && s.len() > i + word.len() => {
            let rest = &s[i + word.len()..];
            if plans.iter().any(|p| rest.starts_with(p)) {
                s
            } else {
                format!("{}{rest}", &s[..i])
            }
        }
        _ => s,
    }
}

/// The plans the whole year may name (`全年目标`).
const YEAR_PLANS: [&str; 3] = ["目标", "计划", "任务"];

/// `地区生产总值在全国城市中的排名上升3位至` → `地区生产总值`: what is ranked,
/// not the ranking's scope and move.
fn before_ranking_scope(s: &str) -> &str {
    match position(s, "在") {
        Some(i) if i > 0 && RANKINGS.iter().any(|r| s[i..].contains(r)) => {
            // `综合实力在全国百强县市中排名`: a list of the strongest is what
            // the place is ranked in, as `位列全国县域经济百强县第68位` says.
            let scope = &s[i + '在'.len_utf8()..];
            match scope.find('中') {
                Some(j) if scope[..j].contains(STRONGEST) => &scope[..j],
                _ => &s[..i],
            }
        }
        // `营商环境评价排名上升3位`: what is ranked, not the ranking.
        _ => s
            .strip_suffix("排名")
            .filter(|r| !r.is_empty())
            .unwrap_or(s),
    }
}

/// Words of a place in a ranking (`在全国城市中的排名`, `在全省的位次`).
const RANKINGS: [&str; 2] = ["排名", "位次"];

/// What ties a qualifier to the noun it qualifies (`…30强的县`).
const QUALIFIES: char = '的';

/// What names a list of the strongest (`百强县`, `十强区`, `500强`).
const STRONGEST: char = '强';

/// `首次跻身全省县域经济` → `全省县域经济`: the ranking, not how it was reached.
fn after_rank_verb(s: &str) -> &str {
    match rank_verbs().last_in(s) {
        // `进入全省县域经济30强的县`: the ranking entered qualifies the things
        // counted, which keep it, verb and all (as `入选…的企业` would).
        Some(i) if s[i..].contains(QUALIFIES) => s,
        // `数量位列全省`: only the ranking's place follows; the metric is before.
        Some(i) if RANKING_PLACES.contains(&&s[i + "跻身".len()..]) => &s[..i],
        Some(i) if i + "跻身".len() < s.len() => &s[i + "跻身".len()..],
        // `努力进入前50位`: the verb alone names no ranking; the one before
        // goes on.
        Some(0) => "",
        _ => s,
    }
}

/// The places a ranking is among, when nothing else names it.
const RANKING_PLACES: [&str; 5] = ["全省", "全国", "全市", "全区", "全盟"];

/// The noun right after a number (`6次集中开工活动`), up to the verb that
/// follows it, a clause boundary or the next number.
fn after_noun(c: &Chars, b: usize, limit: usize) -> Option<(String, usize)> {
    let mut s = b;
    if c.get(s) == Some('的') {
        s += 1;
    }
    let first = c.get(s)?;
    if !(is_han(first) || first == '“') {
        return None;
    }
    while let Some(w) = c.word_at(s, &AFTER_LEADING) {
        s += w.chars().count();
    }
    let mut e = s;
    while e < limit {
        let ch = c.cs[e];
        if is_boundary(ch) || ch.is_ascii_digit() || stops().word_at(c, e).is_some() {
            break;
        }
        e += 1;
    }
    let text = trim_quotes(c.str(s, e).trim_end_matches(['、', '和', '与', '及']));
    // `9个安置点共安置…`: the total's adverb before the verb.
    let text = strip_all(text, &TOTAL_ADVERBS, false);
    // `突破8万元大关`: the mark passed, not what the number counts.
    let mark = MARKS.iter().any(|m| text.starts_with(m));
    (!text.is_empty() && !mark).then(|| (text.to_owned(), e))
}

#[cfg(test)]
mod tests {
    use super::{
        before_ranking_scope, metric_words, without_asides, without_inner_asides, Form, Shape,
        Trims,
    };

    /// Windows repeated, in turn and back, empty, and the same words in
    /// another shape: each remembered answer is the one trimmed afresh.
    #[test]
    fn trims_remembered_are_the_window_s() {
        let plain = Shape {
            form: Form::Quantity,
            after: Some(false),
            dashed: false,
            deng: false,
        };
        let first = Shape {
            after: None,
            ..plain
        };
        let ranked = Shape {
            form: Form::Rank,
            ..plain
        };
        let counted = Shape {
            after: Some(true),
            ..plain
        };
        let asked = [
            ("全年地区生产总值增长", first),
            ("全年地区生产总值增长", first),
            ("增长", plain),
            ("增长", plain),
            ("", plain),
            ("增长", plain),
            ("共安置搬迁群众", plain),
            ("共安置搬迁群众", counted),
            ("比2015年增长", plain),
            ("比2015年增长", plain),
            ("增速居全市", plain),
            ("增速居全市", ranked),
        ];
        let mut trims = Trims::default();
        for (window, shape) in asked {
            assert_eq!(
                trims.of(window, shape),
                metric_words(window, shape),
                "{window} {shape:?}"
            );
        }
        // The shapes tell these apart: were the shape not asked, the
        // second would be answered with the first's words.
        assert_ne!(
            metric_words("共安置搬迁群众", plain),
            metric_words("共安置搬迁群众", counted)
        );
        assert_eq!(metric_words("比2015年增长", plain), (String::new(), true));
    }

    #[test]
    fn notes_and_ranking_scopes_leave_the_metric() {
        assert_eq!(
            without_inner_asides("境内外上市（过会）企业"),
            "境内外上市企业"
        );
        assert_eq!(
            without_inner_asides("细颗粒物（PM2.5）平均浓度"),
            "细颗粒物平均浓度"
        );
        // ASCII brackets stay: code pasted with the text, not a note.
        assert_eq!(without_inner_asides("alert(3)点击"), "alert(3)点击");
        assert_eq!(without_inner_asides("地区生产总值"), "地区生产总值");
        assert_eq!(
            before_ranking_scope("地区生产总值在全国城市中的排名上升"),
            "地区生产总值"
        );
        assert_eq!(before_ranking_scope("在全省考核中"), "在全省考核中");
        assert_eq!(before_ranking_scope("营商环境评价排名"), "营商环境评价");
        assert_eq!(before_ranking_scope("排名"), "排名");
    }

    #[test]
    fn bracketed_asides_are_not_the_metric() {
        assert_eq!(
            without_asides("（下同）完成地区生产总值"),
            "完成地区生产总值"
        );
        assert_eq!(without_asides("（含物流园区）、"), "");
        assert_eq!(without_asides("(含港区)和增长"), "增长");
        assert_eq!(without_asides("︰"), "");
        // An unclosed bracket is left as written.
        assert_eq!(without_asides("（未闭合"), "（未闭合");
    }
}
