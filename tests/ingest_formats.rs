//! Every format and encoding a report arrives in, detected from the bytes.

mod ingest_support;

use ingest_support::{document_xml, docx, gb, to_gb18030, to_utf16, zip, Method};
use report_explorer::ingest::{read, read_native, Encoding, Format, Ingested};

const REPORT: &str = "青石县人民政府工作报告\n\n一、2024年工作回顾\n\n全县地区生产总值增长5.2%。\n";

fn ok(name: &str, bytes: &[u8]) -> Ingested {
    match read(name, bytes, &gb) {
        Ok(r) => r,
        Err(e) => panic!("{name}: {e}"),
    }
}

#[test]
fn utf8_with_and_without_bom() {
    let plain = ok("r.txt", REPORT.as_bytes());
    assert_eq!(
        (plain.text.as_str(), plain.format, plain.encoding, plain.bom),
        (REPORT, Format::Text, Encoding::Utf8, false)
    );
    let with_bom = ok(
        "r.txt",
        &[b"\xef\xbb\xbf".as_slice(), REPORT.as_bytes()].concat(),
    );
    assert_eq!(
        (with_bom.text.as_str(), with_bom.encoding, with_bom.bom),
        (REPORT, Encoding::Utf8, true)
    );
}

#[test]
fn line_ends_are_left_to_the_extractor() {
    let crlf = REPORT.replace('\n', "\r\n");
    assert_eq!(ok("r.txt", crlf.as_bytes()).text, crlf);
}

#[test]
fn utf16_with_a_bom_either_way_round() {
    for (big, encoding) in [(false, Encoding::Utf16Le), (true, Encoding::Utf16Be)] {
        let r = ok("r.txt", &to_utf16(REPORT, big, true));
        assert_eq!(
            (r.text.as_str(), r.encoding, r.bom),
            (REPORT, encoding, true)
        );
    }
}

#[test]
fn utf16_without_a_bom_by_its_zero_bytes() {
    // Mostly ASCII: every other byte is zero.
    let mostly_ascii = "Annual report 2024, section 1: GDP grew 5.2%.\n增长\n";
    for (big, encoding) in [(false, Encoding::Utf16Le), (true, Encoding::Utf16Be)] {
        let r = ok("r.txt", &to_utf16(mostly_ascii, big, false));
        assert_eq!(
            (r.text.as_str(), r.encoding, r.bom),
            (mostly_ascii, encoding, false)
        );
        let r = ok("r.txt", &to_utf16(REPORT, big, false));
        assert_eq!((r.text.as_str(), r.encoding), (REPORT, encoding));
    }
}

#[test]
fn utf16_without_a_bom_or_any_ascii() {
    let pure =
        "各位代表：现在，我代表县人民政府，向大会报告工作，请予审议。过去一年，全县经济稳中有进。";
    for (big, encoding) in [(false, Encoding::Utf16Le), (true, Encoding::Utf16Be)] {
        let r = ok("r.txt", &to_utf16(pure, big, false));
        assert_eq!((r.text.as_str(), r.encoding), (pure, encoding));
    }
}

#[test]
fn gb18030_and_gbk_when_not_utf() {
    let r = ok("r.txt", &to_gb18030(REPORT));
    assert_eq!(
        (r.text.as_str(), r.format, r.encoding, r.bom),
        (REPORT, Format::Text, Encoding::Gb18030, false)
    );
    // GBK is GB18030's two-byte part: 政府 is D5FE B8AE in both.
    let r = ok(
        "r.txt",
        b"\xd5\xfe\xb8\xae\xb9\xa4\xd7\xf7\xb1\xa8\xb8\xe6\n",
    );
    assert_eq!(
        (r.text.as_str(), r.encoding),
        ("政府工作报告\n", Encoding::Gb18030)
    );
}

#[test]
fn the_caller_supplies_the_legacy_decoder() {
    let bytes = to_gb18030(REPORT);
    let refuse = |_: &[u8]| None;
    assert_eq!(
        read("r.txt", &bytes, &refuse).unwrap_err().code(),
        "undecodable"
    );
    let fixed = |_: &[u8]| Some("某县工作报告".to_owned());
    assert_eq!(read("r.txt", &bytes, &fixed).unwrap().text, "某县工作报告");
    assert_eq!(read_native("r.txt", &bytes).unwrap().text, REPORT);
}

const PAGE: &str = r#"<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>页面标题不是正文</title>
<style>p { color: red }</style><script>var x = "<p>不要</p>";</script></head>
<body><div class="nav">首页 &gt; 政务公开</div>
<h1>青石县人民政府工作报告</h1>
<p>&nbsp;&nbsp;一、2024年工作回顾</p>
<p>全县地区生产总值增长5.2%，
规上工业增加值增长8.1%。<br>粮食产量达到&#51;&#x31;万吨&hellip;</p>
<noscript>请启用脚本</noscript><!-- <p>注释</p> -->
<table><tr><td>指标</td>
  <td>增速</td></tr></table>
<p>R&amp;D投入 &lt;高于&gt; 预期&copy</p>
</body></html>"#;

const PAGE_TEXT: &str = "首页 > 政务公开\n\n青石县人民政府工作报告\n\n一、2024年工作回顾\n\n全县地区生产总值增长5.2%，规上工业增加值增长8.1%。\n\n粮食产量达到31万吨…\n\n指标\t增速\n\nR&D投入 <高于> 预期©\n";

#[test]
fn a_saved_web_page_becomes_its_paragraphs() {
    let r = ok("report.html", PAGE.as_bytes());
    assert_eq!((r.format, r.encoding), (Format::Html, Encoding::Utf8));
    assert_eq!(r.text, PAGE_TEXT);
}

#[test]
fn a_page_is_recognised_by_its_content_whatever_its_name() {
    for name in ["report.txt", "report", "下载"] {
        let r = ok(name, PAGE.as_bytes());
        assert_eq!(
            (r.format, r.text.as_str()),
            (Format::Html, PAGE_TEXT),
            "{name}"
        );
    }
    let xhtml = format!("<?xml version=\"1.0\"?>\n<!-- saved -->\n{}", &PAGE[16..]);
    assert_eq!(ok("x", xhtml.as_bytes()).format, Format::Html);
}

#[test]
fn a_page_declared_gbk_is_read_as_gbk() {
    let page = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\"></head><body><p>青石县</p><p>增长5%</p></body></html>";
    let r = ok("p.htm", &to_gb18030(page));
    assert_eq!(
        (r.text.as_str(), r.format, r.encoding),
        ("青石县\n\n增长5%\n", Format::Html, Encoding::Gb18030)
    );
    let r = ok("p.htm", &to_gb18030(&page.replace("gb2312", "GBK")));
    assert_eq!(r.encoding, Encoding::Gb18030);
}

#[test]
fn a_page_re_saved_as_utf8_keeps_its_old_declaration_harmlessly() {
    let page = "<html><head><meta charset='gbk'></head><body><p>青石县</p></body></html>";
    let r = ok("p.html", page.as_bytes());
    assert_eq!((r.text.as_str(), r.encoding), ("青石县\n", Encoding::Utf8));
}

#[test]
fn a_utf16_page_is_a_page() {
    let r = ok("p", &to_utf16(PAGE, false, true));
    assert_eq!(
        (r.format, r.encoding, r.text.as_str()),
        (Format::Html, Encoding::Utf16Le, PAGE_TEXT)
    );
}

#[test]
fn a_pre_block_keeps_its_lines_and_markup_in_prose_is_literal() {
    let page = "<html><body><pre>第一行\n第二行</pre><p>a < b 且 5>3 & 增长</p></body></html>";
    assert_eq!(
        ok("p.html", page.as_bytes()).text,
        "第一行\n\n第二行\n\na < b 且 5>3 & 增长\n"
    );
}

const PARAGRAPHS: [&str; 4] = [
    "青石县人民政府工作报告",
    "一、2024年工作回顾",
    "全县地区生产总值增长5.2%。",
    "R&amp;D投入增长&lt;10%&gt;",
];

#[test]
fn a_docx_stored_or_deflated() {
    for method in [Method::Stored, Method::Deflated] {
        let r = ok("报告.docx", &docx(&document_xml(&PARAGRAPHS), method));
        assert_eq!(
            (r.format, r.encoding, r.bom),
            (Format::Docx, Encoding::Utf8, false)
        );
        assert_eq!(
            r.text,
            "青石县人民政府工作报告\n\n一、2024年工作回顾\n\n全县地区生产总值增长5.2%。\n\nR&D投入增长<10%>\n"
        );
    }
}

#[test]
fn a_docx_is_a_docx_whatever_its_name() {
    let bytes = docx(&document_xml(&PARAGRAPHS), Method::Deflated);
    assert_eq!(ok("download", &bytes).format, Format::Docx);
    assert_eq!(ok("report.zip", &bytes).format, Format::Docx);
}

#[test]
fn docx_runs_tabs_breaks_and_what_is_not_text() {
    let xml = r#"<?xml version="1.0"?><w:document xmlns:w="w" xmlns:mc="mc"><w:body>
<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="840"/></w:tabs></w:pPr><w:r><w:t>政府</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>工作</w:t></w:r><w:r><w:t xml:space="preserve">报告</w:t></w:r></w:p>
<w:p><w:r><w:t>2025年1月</w:t></w:r><w:r><w:tab/><w:t>青石县</w:t></w:r><w:r><w:br/><w:t>各位代表：</w:t></w:r></w:p>
<w:p/>
<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r><w:del><w:r><w:delText>删去的字</w:delText></w:r></w:del><w:r><w:t>增长5%</w:t></w:r></w:p>
<w:p><w:r><mc:AlternateContent><mc:Choice><w:t>文本框</w:t></mc:Choice><mc:Fallback><w:t>文本框</w:t></mc:Fallback></mc:AlternateContent></w:r></w:p>
</w:body></w:document>"#;
    let r = ok("r.docx", &docx(xml, Method::Deflated));
    assert_eq!(
        r.text,
        "政府工作报告\n\n2025年1月\t青石县\n\n各位代表：\n\n增长5%\n\n文本框\n"
    );
}

/// Made by `make_docx.py` beside it with Python's zipfile and zlib, so the
/// reader is checked against an archive it did not write.
#[test]
fn a_docx_written_by_another_zip_writer() {
    let bytes = include_bytes!("fixtures/ingest/python-zipfile.docx");
    let r = ok("python-zipfile.docx", bytes);
    assert_eq!(r.format, Format::Docx);
    assert_eq!(
        r.text,
        "松河市人民政府工作报告\n\n——2025年1月9日在松河市第十六届人民代表大会第三次会议上\n\n各位代表：\n\n一、2024年工作回顾\n\n全市地区生产总值增长5.4%。\n"
    );
}

#[test]
fn other_zip_entries_do_not_matter() {
    let bytes = zip(&[
        ("word/styles.xml", b"<w:styles/>", Method::Stored),
        (
            "word/media/image1.png",
            b"\x89PNG\r\n\x1a\n....",
            Method::Stored,
        ),
        (
            "word/document.xml",
            document_xml(&["青石县"]).as_bytes(),
            Method::Deflated,
        ),
    ]);
    assert_eq!(ok("r.docx", &bytes).text, "青石县\n");
}

#[test]
fn markup_inside_a_plain_text_stays_as_written() {
    let hostile = include_str!("fixtures/hostile.txt");
    let r = ok("hostile.txt", hostile.as_bytes());
    assert_eq!((r.format, r.text.as_str()), (Format::Text, hostile));
}
