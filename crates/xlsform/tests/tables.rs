//! Forms written as small inline tables, in the style of pyxform's markdown tests.

use xlsform::{Code, Format, Options, convert};

/// Build the one-file CSV layout from markdown-like tables: `| sheet |` rows name a sheet,
/// `| | a | b |` rows are cells of that sheet.
fn form(md: &str) -> Vec<u8> {
    let mut out = String::new();
    for line in md.lines().map(str::trim).filter(|l| l.starts_with('|')) {
        let cells: Vec<String> = line
            .trim_matches('|')
            .split('|')
            .map(|c| format!("\"{}\"", c.trim().replace('"', "\"\"")))
            .collect();
        out.push_str(&cells.join(","));
        out.push('\n');
    }
    out.into_bytes()
}

fn xml(md: &str) -> String {
    match convert(&form(md), Format::Csv, &Options::default()) {
        Ok(c) => c.xml,
        Err(e) => panic!("conversion failed: {e:?}"),
    }
}

fn error_code(md: &str) -> Code {
    match convert(&form(md), Format::Csv, &Options::default()) {
        Ok(_) => panic!("expected an error"),
        Err(e) => e[0].code,
    }
}

#[test]
fn a_text_question_gets_a_bind_an_input_and_an_instance_id() {
    let x = xml(r#"
        | survey |
        |        | type | name | label |
        |        | text | q1   | Q1    |
    "#);
    assert!(x.contains(r#"<bind nodeset="/data/q1" type="string"/>"#));
    assert!(x.contains("<input ref=\"/data/q1\">\n      <label>Q1</label>"));
    assert!(x.contains(r#"jr:preload="uid""#));
}

#[test]
fn references_inside_a_repeat_are_relative() {
    let x = xml(r#"
        | survey |
        |        | type         | name | label     |
        |        | begin repeat | r    | R         |
        |        | text         | a    | A         |
        |        | text         | b    | B ${a}    |
        |        | end repeat   |      |           |
    "#);
    assert!(x.contains(r#"<output value=" ../a "/>"#));
}

#[test]
fn an_unknown_type_is_refused_with_a_suggestion() {
    let md = r#"
        | survey |
        |        | type    | name | label |
        |        | integr  | q1   | Q1    |
    "#;
    assert_eq!(error_code(md), Code::Type002);
    let e = convert(&form(md), Format::Csv, &Options::default()).unwrap_err();
    assert!(e[0].message.contains("Did you mean 'integer'?"));
}

#[test]
fn an_unknown_reference_is_refused() {
    let md = r#"
        | survey |
        |        | type | name | label  |
        |        | text | q1   | ${q2}  |
    "#;
    assert_eq!(error_code(md), Code::Ref001);
}

#[test]
fn a_select_with_a_missing_list_is_refused() {
    let md = r#"
        | survey  |
        |         | type          | name | label |
        |         | select_one yn | q1   | Q1    |
        | choices |
        |         | list_name | name | label |
        |         | ny        | y    | Yes   |
    "#;
    assert_eq!(error_code(md), Code::Choice001);
}

#[test]
fn an_unclosed_group_is_refused() {
    let md = r#"
        | survey |
        |        | type        | name | label |
        |        | begin group | g    | G     |
        |        | text        | q1   | Q1    |
    "#;
    assert_eq!(error_code(md), Code::Survey002);
}

#[test]
fn garbage_bytes_are_an_error_not_a_crash() {
    assert!(convert(b"\x00\x01garbage", Format::Xlsx, &Options::default()).is_err());
    assert!(convert(b"\"unterminated", Format::Csv, &Options::default()).is_err());
}
