//! The entities sheet, as small inline table forms.

mod common;

use common::{first_error, xml};
use xlsform::Code;

fn error(md: &str) -> (Code, Option<usize>) {
    let problem = first_error(md);
    (problem.code, problem.row)
}

#[test]
fn a_survey_entity_goes_first_in_meta_with_a_uuid_id() {
    let x = xml(r#"
        | survey   |
        |          | type      | name | label | save_to |
        |          | text      | a    | A     | height  |
        | entities |
        |          | list_name | label |
        |          | trees     | ${a}  |
    "#);
    for want in [
        r#"entities:entities-version="2024.1.0""#,
        r#"xmlns:entities="http://www.opendatakit.org/xforms/entities""#,
        "<meta>\n            <entity dataset=\"trees\" create=\"1\" id=\"\">\n              <label/>\n            </entity>\n            <instanceID/>",
        r#"<bind nodeset="/data/a" type="string" entities:saveto="height"/>"#,
        r#"<bind nodeset="/data/meta/entity/@id" readonly="true()" type="string"/>"#,
        r#"<setvalue ref="/data/meta/entity/@id" event="odk-instance-first-load" value="uuid()"/>"#,
        r#"<bind nodeset="/data/meta/entity/label" calculate=" /data/a " readonly="true()" type="string"/>"#,
    ] {
        assert!(x.contains(want), "missing {want} in\n{x}");
    }
}

#[test]
fn an_update_entity_gets_version_attributes_and_a_calculated_id() {
    let x = xml(r#"
        | survey   |
        |          | type      | name | label |
        |          | text      | id   | Id    |
        | entities |
        |          | list_name | entity_id | update_if |
        |          | trees     | ${id}     | true()    |
    "#);
    for want in [
        r#"<entity dataset="trees" update="1" baseVersion="" trunkVersion="" branchId="" id=""/>"#,
        r#"<bind nodeset="/data/meta/entity/@update" calculate="true()" readonly="true()" type="string"/>"#,
        r#"calculate="instance('trees')/root/item[name= /data/id ]/__trunkVersion""#,
        r#"<bind nodeset="/data/meta/entity/@id" readonly="true()" type="string" calculate=" /data/id "/>"#,
    ] {
        assert!(x.contains(want), "missing {want} in\n{x}");
    }
    assert!(!x.contains("uuid()"));
}

#[test]
fn a_save_to_in_a_repeat_puts_the_entity_in_the_repeat() {
    let x = xml(r#"
        | survey   |
        |          | type         | name | label | save_to |
        |          | begin repeat | r    | R     |         |
        |          | text         | b    | B     | foo     |
        |          | end repeat   | r    |       |         |
        | entities |
        |          | list_name | label |
        |          | trees     | ${b}  |
    "#);
    for want in [
        r#"entities:entities-version="2025.1.0""#,
        r#"<bind nodeset="/data/r/meta/entity/label" calculate=" ../../../b " readonly="true()" type="string"/>"#,
        r#"<setvalue ref="/data/r/meta/entity/@id" event="odk-new-repeat" value="uuid()"/>"#,
    ] {
        assert!(x.contains(want), "missing {want} in\n{x}");
    }
}

#[test]
fn entity_errors_have_codes_and_rows() {
    let cases: &[(&str, Code, usize)] = &[
        // save_to without an entities sheet.
        ("| survey | | type | name | label | save_to |\n| | text | a | A | p |", Code::Entity002, 2),
        // A label is needed to create.
        (
            "| survey | | type | name | label |\n| | text | a | A |\n| entities | | list_name | create_if |\n| | trees | true() |",
            Code::Entity001,
            2,
        ),
        // update_if without entity_id.
        (
            "| survey | | type | name | label |\n| | text | a | A |\n| entities | | list_name | label | update_if |\n| | trees | x | true() |",
            Code::Entity001,
            2,
        ),
        // Two lists, save_to without a prefix.
        (
            "| survey | | type | name | label | save_to |\n| | text | a | A | p |\n| entities | | list_name | label |\n| | t1 | x |\n| | t2 | y |",
            Code::Entity002,
            2,
        ),
        // Unknown reference in the declaration.
        (
            "| survey | | type | name | label |\n| | text | a | A |\n| entities | | list_name | label |\n| | trees | ${zz} |",
            Code::Ref001,
            2,
        ),
        // Duplicate save_to property.
        (
            "| survey | | type | name | label | save_to |\n| | text | a | A | p |\n| | text | b | B | p |\n| entities | | list_name | label |\n| | trees | x |",
            Code::Entity002,
            3,
        ),
    ];
    for (md, code, row) in cases {
        let md = md.replace("| survey | |", "| survey |\n| |").replace("| entities | |", "| entities |\n| |");
        assert_eq!(error(&md), (*code, Some(*row)), "for\n{md}");
    }
}

#[test]
fn entity_nodes_do_not_clash_with_question_names() {
    let x = xml(r#"
        | survey   |
        |          | type      | name   | label |
        |          | text      | label  | A     |
        |          | text      | entity | B     |
        | entities |
        |          | list_name | label              |
        |          | trees     | concat(${label}, ${entity}) |
    "#);
    let want = r#"<bind nodeset="/data/meta/entity/label" calculate="concat( /data/label ,  /data/entity )" readonly="true()" type="string"/>"#;
    assert!(x.contains(want), "missing {want} in\n{x}");
}
