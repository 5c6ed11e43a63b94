//! Whatever the bytes, reading a file returns a value or an error, never a
//! panic, and in bounded time.

mod ingest_support;

use std::time::{Duration, Instant};

use ingest_support::{docx, gb, Method};
use proptest::prelude::*;
use report_explorer::ingest::{infer, read, Ingested};

const NAMES: [&str; 6] = ["r.txt", "r.html", "r.htm", "r.docx", "r", "r.zip"];

/// Byte pieces that reach every branch: magic numbers, byte-order marks,
/// zip records, markup, references, CJK in three encodings, zero bytes.
fn pieces() -> impl Strategy<Value = Vec<u8>> {
    let piece = prop::sample::select(vec![
        b"\xef\xbb\xbf".to_vec(),
        b"\xff\xfe".to_vec(),
        b"\xfe\xff".to_vec(),
        b"PK\x03\x04".to_vec(),
        b"PK\x01\x02".to_vec(),
        b"PK\x05\x06".to_vec(),
        b"\0".to_vec(),
        b"\0\0\0\0".to_vec(),
        b"\xff".to_vec(),
        b"<!DOCTYPE html>".to_vec(),
        b"<html>".to_vec(),
        b"<head>".to_vec(),
        b"</head>".to_vec(),
        b"<body>".to_vec(),
        b"<meta charset=\"gbk\">".to_vec(),
        b"<p>".to_vec(),
        b"</p>".to_vec(),
        b"<br/>".to_vec(),
        b"<pre>".to_vec(),
        b"</pre>".to_vec(),
        b"<td>".to_vec(),
        b"</td>".to_vec(),
        b"<script>".to_vec(),
        b"</script>".to_vec(),
        b"<!--".to_vec(),
        b"-->".to_vec(),
        b"<a title=\"".to_vec(),
        b"'".to_vec(),
        b">".to_vec(),
        b"<".to_vec(),
        b"&".to_vec(),
        b"&#".to_vec(),
        b"&#x".to_vec(),
        b"&#99999999999;".to_vec(),
        b"&nbsp".to_vec(),
        b"&amp;".to_vec(),
        b";".to_vec(),
        b"<w:p>".to_vec(),
        b"<w:t>".to_vec(),
        b"</w:t>".to_vec(),
        b"<w:tab/>".to_vec(),
        b"<w:tabs>".to_vec(),
        b"<mc:Fallback>".to_vec(),
        "政府工作报告".as_bytes().to_vec(),
        "——2025年1月6日在青石县第十八届人民代表大会第四次会议上"
            .as_bytes()
            .to_vec(),
        "一、2024年工作回顾".as_bytes().to_vec(),
        "全市增长5%。".as_bytes().to_vec(),
        "2025年是".as_bytes().to_vec(),
        "在区六届人大".as_bytes().to_vec(),
        b"\xd5\xfe\xb8\xae".to_vec(),
        b"\x81\x30\x81\x30".to_vec(),
        b"\xbf\x52\x4e\x56".to_vec(),
        b"\n\n".to_vec(),
        b"\r\n".to_vec(),
        b"\r".to_vec(),
        b"2024".to_vec(),
        b"%PDF-".to_vec(),
    ]);
    prop::collection::vec(piece, 0..40).prop_map(|v| v.concat())
}

fn check(result: &Result<Ingested, report_explorer::ingest::IngestError>) {
    match result {
        Ok(r) => {
            assert!(!r.text.trim().is_empty());
            assert_eq!(r.id.len(), 12);
        }
        Err(e) => assert!(!e.zh().is_empty() && !e.en().is_empty()),
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..2048), name in prop::sample::select(NAMES.to_vec())) {
        check(&read(name, &bytes, &gb));
    }

    #[test]
    fn report_like_bytes_never_panic(bytes in pieces(), name in prop::sample::select(NAMES.to_vec())) {
        check(&read(name, &bytes, &gb));
    }

    #[test]
    fn damaged_docx_never_panics(body in pieces(), method in prop::bool::ANY, flips in prop::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 0..6), cut in any::<prop::sample::Index>(), do_cut in prop::bool::ANY) {
        let xml = format!("<w:document><w:body><w:p><w:t>{}</w:t></w:p></w:body></w:document>", String::from_utf8_lossy(&body));
        let mut bytes = docx(&xml, if method { Method::Deflated } else { Method::Stored });
        for (at, value) in flips {
            let i = at.index(bytes.len());
            bytes[i] = value;
        }
        if do_cut {
            bytes.truncate(cut.index(bytes.len() + 1));
        }
        check(&read("r.docx", &bytes, &gb));
    }

    #[test]
    fn inference_never_panics(text in "\\PC{0,300}") {
        let m = infer(&text);
        if let Some(year) = m.report_year.value {
            prop_assert!((1949..=2100).contains(&year));
        }
    }
}

/// A megabyte of each kind of input, timed. Debug builds are slow; run
/// `cargo test --release --test ingest_proptest -- --ignored --nocapture`.
#[test]
#[ignore = "timing; run in release"]
fn a_megabyte_of_anything_returns_quickly() {
    const MB: usize = 1024 * 1024;
    let mut seed = 0x9e37_79b9_7f4a_7c15u64;
    let mut random = || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    let noise: Vec<u8> = (0..MB).map(|_| random() as u8).collect();
    let chinese: String = (0..MB / 3)
        .map(|_| char::from_u32(0x4e00 + (random() % 0x5000) as u32).unwrap())
        .collect();
    let report = "全市地区生产总值增长5.2%，粮食产量31万吨。\n\n".repeat(MB / 64);
    let cases: Vec<(&str, Vec<u8>)> = vec![
        ("noise.txt", noise.clone()),
        ("noise.html", noise),
        ("chinese.txt", chinese.clone().into_bytes()),
        ("gbk.txt", ingest_support::to_gb18030(&report)),
        ("utf16.txt", ingest_support::to_utf16(&report, true, false)),
        ("quotes.html", "<a \"".repeat(MB / 4).into_bytes()),
        ("heads.html", "<head>".repeat(MB / 6).into_bytes()),
        (
            "scripts.html",
            format!("<p>报告</p>{}", "<script>".repeat(MB / 8)).into_bytes(),
        ),
        ("tags.html", "<p>政</p><w:t>".repeat(MB / 16).into_bytes()),
        (
            "entities.html",
            format!("政{}", "&#x4e00;&amp".repeat(MB / 12)).into_bytes(),
        ),
        (
            "report.docx",
            docx(
                &format!("<w:p><w:t>{}</w:t></w:p>", "报告".repeat(MB / 6)),
                Method::Deflated,
            ),
        ),
    ];
    for (name, bytes) in cases {
        let start = Instant::now();
        let result = read(name, &bytes, &gb);
        let took = start.elapsed();
        println!(
            "{name}: {} in {took:?}",
            result.as_ref().map_or_else(
                |e| e.code().to_owned(),
                |r| format!("{} chars", r.text.chars().count())
            )
        );
        assert!(took < Duration::from_millis(500), "{name} took {took:?}");
    }
}
