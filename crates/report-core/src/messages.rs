//! Every string the interface says, in both languages, one line each:
//! labels, headings, buttons, captions and sentences. Vocabulary (sector,
//! status and kind names, units, section names) is data and stays with its
//! set (`coded!`, `glossary`); here are only the words around it.
//!
//! `t(lang, Msg::…)` gives a fixed string. A string with values in it is a
//! `Tpl` whose two languages carry `{0}`, `{1}`… where the values go (the
//! languages may order them differently); `tf(lang, Tpl::…, &[&a, &b])`
//! fills it. The text is byte for byte what the page showed before the
//! table: the e2e tests find controls by these names.

use std::fmt::{Display, Write};

use crate::i18n::Lang;

/// `messages! { pub enum Msg { Name => "中文", "English", … } }`: the enum,
/// `ALL`, and `text(lang)` reading one of two static tables.
macro_rules! messages {
    (
        $(#[$meta:meta])*
        pub enum $name:ident {
            $( $variant:ident => $zh:literal, $en:literal ),+ $(,)?
        }
    ) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum $name {
            $( $variant ),+
        }

        impl $name {
            /// Every entry, in table order.
            pub const ALL: [$name; [$( $zh ),+].len()] = [$( $name::$variant ),+];

            /// The entry in this language.
            pub fn text(self, lang: Lang) -> &'static str {
                static ZH: [&str; [$( $zh ),+].len()] = [$( $zh ),+];
                static EN: [&str; [$( $en ),+].len()] = [$( $en ),+];
                match lang {
                    Lang::Zh => ZH[self as usize],
                    Lang::En => EN[self as usize],
                }
            }
        }
    };
}

messages! {
    /// A fixed interface string.
    pub enum Msg {
        // Punctuation that differs between the languages.
        Colon => "：", ": ",
        Semicolon => "；", "; ",
        Comma => "，", ", ",
        ListSep => "、", ", ",
        FullStop => "。", ".",
        OpenParen => "（", " (",
        CloseParen => "）", ")",
        // The language switch names the other language in itself.
        LanguageName => "中文", "English",

        // Views.
        Views => "视图", "Views",
        Overview => "概览", "Overview",
        Table => "表格", "Table",
        Charts => "图表", "Charts",
        Text => "原文", "Text",
        Compare => "比较", "Compare",
        SkipToResults => "跳到结果", "Skip to results",

        // Fields of a record, table columns and facets.
        Relevance => "相关度", "Relevance",
        Position => "序", "#",
        Indicator => "指标", "Indicator",
        Value => "数值", "Value",
        Period => "年份", "Period",
        Status => "状态", "Status",
        Sector => "领域", "Sector",
        Kind => "类型", "Kind",
        Bound => "上下限", "Bound",
        GoverningWord => "措辞", "Governing word",
        Source => "出处", "Source",
        AsWritten => "原文数值", "As written",
        UpperEnd => "区间上限", "Upper end of range",
        Direction => "方向", "Direction",
        Up => "上升", "up",
        Down => "下降", "down",
        Section => "章节", "Section",

        // Search and filters.
        Filters => "筛选", "Filters",
        Search => "搜索", "Search",
        SearchHint => "指标、数值或原文，如 风电", "subject, value or text, e.g. GDP",
        SearchIndicators => "搜索指标", "Search the indicators",
        SearchEvery => "搜索全部指标", "Search every indicator",
        ShowInTable => "在表格中查看", "Show in table",
        ClearFilters => "清除全部筛选", "Clear all filters",
        NoFilters => "未筛选", "No filters",
        NoMatch => "没有符合条件的指标。", "No indicator matches these filters.",

        // The table.
        ByRelevance => "，按相关度排列：所在分句含搜索词的在前", ", by relevance: rows whose own clause holds the search first",
        ShowAll => "全部显示", "Show all",
        PreviousPage => "上一页", "Previous",
        NextPage => "下一页", "Next",
        PreviousReports => "前几份报告", "Previous reports",
        NextReports => "后几份报告", "Next reports",
        ShowInText => "在原文中查看", "Show in text",

        // The record.
        IndicatorRecord => "指标详情", "Indicator record",
        Close => "关闭", "Close",
        ShowInReportText => "在原文中查看", "Show in the report text",

        // The reader and its outline.
        ReportText => "报告原文", "Report text",
        FullText => "全文", "Full text",
        Contents => "目录", "Contents",
        OutlineToggle => "目录", "Outline",
        OutsideFilter => "，不在筛选范围内", ", outside the filter",

        // Exports.
        Export => "导出", "Export",
        ExportFailed => "导出失败：", "Export failed: ",
        ExportOverview => "导出概览表", "Export the overview tables",
        BothTablesAs => "两张表导出为：", "Both tables as:",

        // The overview.
        Headline => "主要经济指标", "Headline indicators",
        HeadlineTitle => "主要经济指标：结果与目标", "Headline indicators: results and targets",
        OtherPaired => "其他可对照的指标", "Other paired metrics",
        OtherPairedTitle => "其他可对照的指标", "Other metrics with both a result and a target",
        NoPairs => "报告中没有同时给出结果和目标的指标。", "The report gives no metric with both a result and a target.",
        NoResult => "未给出", "no result given",

        // Charts.
        ChartActions => "图表操作", "Chart actions",
        ShowAsTable => "显示为表格", "Show as table",
        DownloadPng => "下载 PNG 图片", "Download PNG image",
        DownloadSvg => "下载 SVG 图片", "Download SVG image",
        ChartFailed => "图表无法绘制，请使用“显示为表格”。", "The chart could not be drawn; use “Show as table”.",
        GrowthRates => "增速（%）", "Growth rates (%)",
        SectorsByPeriod => "各领域指标数（按时期）", "Indicators per sector (by period)",
        ResultVsTarget => "上年完成与今年目标（每项按自身最大值缩放）", "Last year's result vs this year's target (each row to its own scale)",
        HeadlineVsTarget => "主要经济指标：上年完成与今年目标（每项按自身最大值缩放）", "Headline indicators: last year's result vs this year's target (each row to its own scale)",
        NoData => "无数据", "No data",
        LastYearResult => "上年完成", "Last year's result",
        ThisYearTarget => "今年目标", "This year's target",
        ReportResult => "完成值", "Achieved",
        ReportTarget => "目标值", "Target set",
        Growth => "增速", "Growth",
        Total => "合计", "Total",

        RateTarget => "增速目标", "rate target",
        Target => "目标", "target",

        // Periods.
        MultiYear => "多年", "Multi-year",
        YearUnknown => "年份不详", "Year unknown",

        // Opening reports and the library.
        Report => "报告", "Report",
        OpenReport => "打开报告", "Open report",
        BuiltIn => "（内置）", " (built in)",
        BuiltInAlways => "（内置，始终可用）", " (built in, always here)",
        PasteText => "粘贴文字", "Paste text",
        PastedText => "粘贴的文字", "pasted text",
        PasteTitle => "粘贴报告文字", "Paste a report's text",
        PasteLabel => "从网页复制的报告全文", "The whole report, copied from a web page",
        DropHint => "或把文件拖到页面上", "or drop files on the page",
        DropHere => "松开即可打开这些文件", "Drop the files here to open them",
        Open => "打开", "Open",
        Cancel => "取消", "Cancel",
        Dismiss => "知道了", "Dismiss",
        Remove => "移除", "Remove",
        KeptHere => "保存在这个浏览器中", "kept in this browser",
        PageOnly => "只在页面打开期间可用", "for as long as the page is open",
        PageOnlyNote => "这个浏览器不能在本地保存报告（例如隐私窗口或从文件打开）：打开的报告只在页面打开期间可用。", "This browser cannot keep reports (a private window, or a page opened from a file): opened reports last only while the page is open.",
        NoIndicatorsFound => "文中没有找到任何数字指标。", "no numeric indicators were found in it.",
        BrowserCannotRead => "浏览器无法读取这个文件。", "the browser could not read the file.",
        UnknownPlace => "未知地区", "unknown place",

        // The form correcting what a report is.
        AboutReport => "这份报告的信息", "About this report",
        Place => "地区", "Place",
        Level => "级别", "Level",
        NotKnown => "未识别", "not known",
        ReportYear => "报告年份", "Report year",
        ReviewYear => "回顾年份", "Review year",
        ReviewYearHint => "留空：报告年份的前一年", "empty: the year before the report year",
        From => "来源：", "from: ",
        Corrected => "已更正", "corrected",
        SaveCorrections => "保存更正", "Save corrections",
        ChooseLevel => "请选择一个级别。", "Choose a level.",
        YearRange => "报告年份应是 1949 到 2100 之间的四位数。", "The report year must be a four-digit year from 1949 to 2100.",
        ReviewYearRange => "回顾年份应是 1949 到 2100 之间的四位数，或留空。", "The review year must be a four-digit year from 1949 to 2100, or empty.",

        // The alert after a panic (shown in both languages at once).
        Crashed => "出错了，数据浏览器已停止运行，请刷新页面。", "Something went wrong and the explorer stopped; please reload the page.",

        // The notice about a link.
        NoticeLead => "链接中有无法识别的部分，已忽略：", "Parts of the link could not be read and were ignored: ",

        // Comparing reports.
        ReportsToCompare => "比较的报告（至少两份）", "Reports to compare (two or more)",
        ChooseTwo => "请选择至少两份报告；用“打开报告”添加。", "Choose at least two reports; add more with “Open report”.",
        DownloadMatrix => "下载指标对照表（CSV）", "Download the matrix (CSV)",
        // The matrix CSV follows the sector filter, as the matrix does.
        DownloadMatrixShown => "下载所选领域的指标对照表（CSV）", "Download the matrix of the sectors chosen (CSV)",
        DownloadPanel => "下载数据面板（.zip）", "Download panel (.zip)",
        SideBySide => "指标对照", "Metrics side by side",
        // The matrix's accessible name; its caption (the rows shown) describes it.
        CompareMatrix => "指标对比矩阵", "Comparison matrix",
        ChartMetric => "图表指标：", "Chart metric: ",
        AtLeast => "不低于", "at least ",
        AtMost => "不高于", "at most ",
        About => "约", "about ",

        // Targets against outcomes.
        Outcomes => "目标完成情况", "Targets against outcomes",
        NoConsecutive => "所选报告中没有同一地区相邻两年的报告。", "No two chosen reports are consecutive years of one place.",
        OutcomeRules => "以上、以内按字面判断；约数和不带修饰的目标：增速等比率相差0.5个百分点以内、总量相差目标的2%以内为完成，超出为超额完成，不足为未完成；物价、失业率的约数目标是上限，不高于目标加上述差值即为完成。", "Floors (以上) and ceilings (以内) are judged as written; an approximate or plain target is met within 0.5 percentage points for rates and 2% of the target for levels, exceeded beyond that in its direction, missed short of it; consumer prices and unemployment about a value are limits, met at or below the target plus that tolerance.",
        TargetColumn => "目标", "Target",
        ResultColumn => "结果", "Result",
        Difference => "差值", "Difference",
        Verdict => "判定", "Verdict",
        Result => "结果", "result",
        NoNextResult => "下一年的报告未给出结果", "the next report gives no result",
        RanksNotCompared => "排名和连续纪录不作比较", "ranks and streaks are not compared",
    }
}

messages! {
    /// An interface string with values in it, `{0}`, `{1}`… in each
    /// language where they go.
    pub enum Tpl {
        Year => "{0}年", "{0}",
        InParens => "（{0}）", " ({0})",
        Quoted => "“{0}”", "\"{0}\"",
        // A number in the text, named for a screen reader: subject, value, sector.
        NumberInText => "{0}：{1}（{2}）", "{0}: {1} ({2})",
        Years => "{0}年回顾 · {1}年目标", "{0} review · {1} plan",
        IndicatorCount => "{0} 项指标", "{0} indicators",
        ShownOf => "显示 {0} / 共 {1} 项", "{0} of {1} shown",
        ShownOfIndicators => "显示 {0} / 共 {1} 项。", "{0} of {1} indicators. ",
        TableCaption => "指标（显示 {0} / 共 {1} 项）", "Indicators ({0} of {1} shown)",
        RowsHidden => "还有 {0} 行未显示。", "{0} more rows not shown.",
        ShowMore => "再显示 {0}", "Show {0} more",
        RowsOf => "第{0}–{1}行，共{2}行", "Rows {0}–{1} of {2}",
        ReportsOf => "第{0}–{1}份报告，共{2}份", "Reports {0}–{1} of {2}",
        FiltersActive => "筛选（已选 {0} 项）", "Filters ({0} active)",
        ExportRows => "导出 {0} 行：", "Export {0} rows:",
        YearResult => "{0}结果", "{0} result",
        YearTarget => "{0}目标", "{0} target",
        GrowthTop => "增速（%）：最高与最低各 {0} 项，共 {1} 项", "Growth rates (%): the {0} highest and lowest of {1}",
        PairsChart => "上年完成与今年目标对比条形图，共{0}项指标。", "Bar chart of last year's results against this year's targets, {0} metrics.",
        ResultsChart => "上年完成条形图，共{0}项，均无今年目标。", "Bar chart of last year's results, {0} metrics, none with a target.",
        TargetsChart => "今年目标条形图，共{0}项，均无上年完成。", "Bar chart of this year's targets, {0} metrics, none with a result.",
        ReportPairsChart => "各报告完成值与目标值对比条形图，共{0}份报告。", "Bar chart of each report's result against its target, {0} reports.",
        ReportResultsChart => "各报告完成值条形图，共{0}份报告，均无目标值。", "Bar chart of each report's result, {0} reports, none with a target.",
        ReportTargetsChart => "各报告目标值条形图，共{0}份报告，均无完成值。", "Bar chart of each report's target, {0} reports, none with a result.",
        GrowthChart => "增速条形图，共{0}个指标。最高：{1} {2}；最低：{3} {4}。", "Bar chart of growth rates, {0} indicators. Highest: {1} {2}; lowest: {3} {4}.",
        SectorsChart => "各领域指标数堆叠条形图，共{0}个领域、{1}个指标。最多：{2} {3}个；最少：{4} {5}个。", "Stacked bar chart of indicators per sector, {0} sectors, {1} indicators. Most: {2} {3}; fewest: {4} {5}.",
        PairsOne => "{0}比上年：{1}。", " The {0} against last year: {1}.",
        PairsMost => "{0}比上年提高最多：{1}；最少：{2}。", " The {0} furthest above last year: {1}; the least: {2}.",
        ReportPairsOne => "{0}比完成值：{1}。", " The {0} against the result: {1}.",
        ReportPairsMost => "{0}比完成值提高最多：{1}；最少：{2}。", " The {0} furthest above the result: {1}; the least: {2}.",
        Points => "，{0}{1}个百分点", ", {0}{1} points",
        OpenReports => "已打开的报告（{0}）", "Open reports ({0})",
        RemoveNamed => "移除 {0} · {1}", "Remove {0} · {1}",
        Reading => "正在读取 {0}/{1}：{2}…", "Reading {0} of {1}: {2}…",
        Describe => "{0} {1}年 · {2} 项指标", "{0} {1} · {2} indicators",
        DescribeNoYear => "{0} · {1} 项指标", "{0} · {1} indicators",
        Credit => "来源：{0}（政府工作报告数据浏览提取）", "Source: {0} (extracted by the work report explorer)",
        CannotOpen => "无法打开“{0}”：{1}", "Cannot open “{0}”: {1}",
        NotKept => "“{0}”已打开，但浏览器拒绝保存（存储空间已满或不允许）：关闭页面后需要重新打开。", "“{0}” is open, but the browser refused to keep it (storage full or not allowed): it will be gone when the page closes.",
        NotForgotten => "“{0}”已从页面移除，但浏览器未能把它从存储中删除，刷新后可能再次出现。", "“{0}” is removed from the page, but the browser could not delete its stored copy: it may come back on reload.",
        MoreUnread => "另有 {0} 处无法识别", "{0} more parts could not be read",
        PairsIgnored => "另有 {0} 个参数未读取", "{0} more keys not read",
        TooLong => "链接超过 {0} 个字符，其余部分未读取", "link longer than {0} characters: the rest was ignored",
        ItemsIgnored => "{0} 中另有 {1} 项未读取", "{0}: {1} more items not read",
        TextCut => "搜索文字只取前 {0} 个字", "search text cut to its first {0} characters",
        TermsIgnored => "搜索词共 {1} 个，只用前 {0} 个", "search uses the first {0} of {1} words",
        UnknownReport => "链接所指的报告 {0} 不在这个浏览器中（可先打开该报告文件），现在显示的是内置报告", "the report {0} the link names is not stored in this browser (open its file first); showing the built-in report",
        // Comparing reports.
        CompareChart => "{0}：各报告的结果与目标", "{0}: result and target by report",
        OutcomesOf => "{0} {1}年目标完成情况", "{0}: {1} targets against outcomes",
        Record => "{0}：{1}{2}", "{0}: {1}{2}",
        RecordWithVerb => "{0} {1}：{2}{3}", "{0}, {1}: {2}{3}",
    }
}

/// A fixed interface string in `lang`.
pub fn t(lang: Lang, msg: Msg) -> &'static str {
    msg.text(lang)
}

/// An interface string in `lang` with `args` in its `{0}`, `{1}`… places.
pub fn tf(lang: Lang, tpl: Tpl, args: &[&dyn Display]) -> String {
    fill(tpl.text(lang), args)
}

/// Puts `args[n]` where `{n}` is (one digit). A place with no value stays
/// as written, so a wrong call shows rather than panics.
fn fill(template: &str, args: &[&dyn Display]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(at) = rest.find('{') {
        out.push_str(&rest[..at]);
        let place = rest.as_bytes().get(at + 1..at + 3);
        match place {
            Some(&[digit @ b'0'..=b'9', b'}']) if usize::from(digit - b'0') < args.len() => {
                let _ = write!(out, "{}", args[usize::from(digit - b'0')]);
                rest = &rest[at + 3..];
            }
            _ => {
                out.push('{');
                rest = &rest[at + 1..];
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::{BTreeMap, BTreeSet};

    /// The `{n}` places a template uses.
    fn places(text: &str) -> BTreeSet<u8> {
        text.as_bytes()
            .windows(3)
            .filter_map(|w| match w {
                [b'{', d @ b'0'..=b'9', b'}'] => Some(d - b'0'),
                _ => None,
            })
            .collect()
    }

    fn every_entry() -> Vec<(String, &'static str, &'static str)> {
        let fixed = Msg::ALL
            .into_iter()
            .map(|m| (format!("{m:?}"), m.text(Lang::Zh), m.text(Lang::En)));
        let templates = Tpl::ALL
            .into_iter()
            .map(|m| (format!("{m:?}"), m.text(Lang::Zh), m.text(Lang::En)));
        fixed.chain(templates).collect()
    }

    #[test]
    fn every_entry_has_both_languages() {
        for (name, zh, en) in every_entry() {
            assert!(!zh.trim().is_empty(), "{name} has no Chinese");
            assert!(!en.trim().is_empty(), "{name} has no English");
        }
    }

    /// One English string means one thing: if two Chinese strings share
    /// it, one of them is probably mistranslated. Commas are the exception:
    /// Chinese has two (`、` between items of a list, `，` between clauses),
    /// English one.
    #[test]
    fn no_english_stands_for_two_chinese_strings() {
        let allowed: &[(&str, &str)] = &[(", ", "，"), (", ", "、")];
        let mut by_english: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
        for (_, zh, en) in every_entry() {
            by_english.entry(en).or_default().insert(zh);
        }
        for (en, zhs) in by_english {
            let unexplained: Vec<&str> = zhs
                .iter()
                .copied()
                .filter(|zh| !allowed.contains(&(en, zh)))
                .collect();
            assert!(
                zhs.len() == 1 || unexplained.is_empty(),
                "English {en:?} stands for {zhs:?}"
            );
        }
    }

    #[test]
    fn fixed_strings_have_no_places_and_templates_fill_the_same_ones() {
        for m in Msg::ALL {
            for lang in Lang::ALL {
                assert!(places(m.text(lang)).is_empty(), "{m:?} has a place");
            }
        }
        for m in Tpl::ALL {
            let zh = places(m.text(Lang::Zh));
            assert!(!zh.is_empty(), "{m:?} has no place: make it a Msg");
            assert_eq!(zh, places(m.text(Lang::En)), "{m:?}");
            let expected: BTreeSet<u8> = (0..zh.len() as u8).collect();
            assert_eq!(zh, expected, "{m:?} skips a place");
        }
    }

    #[test]
    fn templates_fill_in_each_languages_order() {
        let args: [&dyn Display; 2] = [&16, &40];
        assert_eq!(
            tf(Lang::Zh, Tpl::TermsIgnored, &args),
            "搜索词共 40 个，只用前 16 个"
        );
        assert_eq!(
            tf(Lang::En, Tpl::TermsIgnored, &args),
            "search uses the first 16 of 40 words"
        );
        assert_eq!(tf(Lang::En, Tpl::Quoted, &[&"风电"]), "\"风电\"");
        assert_eq!(t(Lang::Zh, Msg::Close), "关闭");
    }

    #[test]
    fn a_missing_value_leaves_its_place_and_braces_stay() {
        assert_eq!(fill("{0} of {1}", &[&3]), "3 of {1}");
        assert_eq!(fill("{x} {", &[&3]), "{x} {");
        assert_eq!(fill("{0}年", &[&"2024"]), "2024年");
    }
}
