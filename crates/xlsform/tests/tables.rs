//! Forms written as small inline tables, in the style of pyxform's markdown tests.

mod common;

use common::{first_error, xml};
use xlsform::{Code, Format, Options, convert};

fn error_code(md: &str) -> Code {
    first_error(md).code
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
    let problem = first_error(md);
    assert_eq!(problem.code, Code::Type002);
    assert!(problem.message.contains("Did you mean 'integer'?"));
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

#[test]
fn damaged_spreadsheets_are_refused_not_crashed_on() {
    // Inputs found by fuzzing: the first two made calamine panic, the last two made it ask
    // for gigabytes and abort the process.
    for fixture in [
        "damaged-sector.xls",
        "damaged-partial-sector.xls",
        "looping-sector-chain.xls",
        "absurd-dimensions.xls",
    ] {
        let bytes =
            std::fs::read(format!("{}/tests/fixtures/{fixture}", env!("CARGO_MANIFEST_DIR"))).unwrap();
        let problems = convert(&bytes, Format::Xls, &Options::default()).unwrap_err();
        assert_eq!(problems[0].code, Code::Read001, "{fixture}");
    }
}

#[test]
fn an_xlsx_spread_over_millions_of_cells_is_refused_before_they_are_laid_out() {
    // 300 cells in the last column make a grid of almost five million cells.
    let mut workbook = rust_xlsxwriter::Workbook::new();
    let sheet = workbook.add_worksheet().set_name("survey").unwrap();
    sheet.write_string(0, 0, "type").unwrap();
    for row in 1..=300 {
        sheet.write_string(row, 16_383, "far away").unwrap();
    }
    let bytes = workbook.save_to_buffer().unwrap();
    let problems = convert(&bytes, Format::Xlsx, &Options::default()).unwrap_err();
    assert_eq!(problems[0].code, Code::Read001);
    assert!(problems[0].message.contains("column 16384"), "{}", problems[0].message);
}

#[test]
fn choice_columns_that_are_no_xml_names_are_left_out_of_the_items() {
    let x = xml(r#"
        | survey |
        |        | type              | name | label |
        |        | select_one yes_no | q1   | Q1    |
        | choices |
        |         | list_name | name | label | l>"X | region |
        |         | yes_no    | yes  | Yes   | a    | north  |
        |         | yes_no    | no   | No    | b    | south  |
    "#);
    assert!(!x.contains("l>\""), "{x}");
    assert!(x.contains("<region>north</region>"), "{x}");
}
