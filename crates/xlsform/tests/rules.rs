//! pyxform's validation rules and the features around them, as small inline tables: each
//! row is a form and either the XML it must contain or the error code it must be refused with.

mod common;

use common::csv_form;
use xlsform::{Code, Format, Options, convert};

fn run(md: &str) -> Result<String, Code> {
    convert(&csv_form(md), Format::Csv, &Options::default()).map(|c| c.xml).map_err(|e| e[0].code)
}

fn survey(rows: &str) -> String {
    format!("| survey |\n| | type | name | label | parameters | appearance |\n{rows}\n")
}

#[test]
fn refused_forms() {
    let choices = "| choices |\n| | list_name | name | label |\n| | c1 | a | A |\n| | c1 | b | B |\n";
    let table: &[(&str, String, Code)] = &[
        ("meta is reserved", survey("| | text | meta | Q | | |"), Code::Name005),
        (
            "meta in a group",
            survey("| | begin group | g | G | | |\n| | text | meta | Q | | |\n| | end group | | | | |"),
            Code::Name005,
        ),
        ("incremental=false", survey("| | geoshape | q | Q | incremental=false | |"), Code::Param001),
        ("incremental on geopoint", survey("| | geopoint | q | Q | incremental=true | |"), Code::Param001),
        ("capture-accuracy text", survey("| | geopoint | q | Q | capture-accuracy=far | |"), Code::Param001),
        (
            "reference-geometry unknown",
            survey("| | geotrace | q | Q | reference-geometry=nowhere | |"),
            Code::Param001,
        ),
        ("audit track-changes", survey("| | audit | | | track-changes=maybe | |"), Code::Param002),
        ("audit location partial", survey("| | audit | | | location-priority=balanced | |"), Code::Param002),
        (
            "audit max-age < min-interval",
            survey(
                "| | audit | | | location-priority=balanced location-min-interval=10 location-max-age=5 | |",
            ),
            Code::Param002,
        ),
        (
            "audit negative interval",
            survey(
                "| | audit | | | location-priority=balanced location-min-interval=-1 location-max-age=5 | |",
            ),
            Code::Param002,
        ),
        ("file value param", survey("| | select_one_from_file f.csv | q | Q | value=7v | |"), Code::Name002),
        (
            "seed expression",
            format!("{}{choices}", survey("| | select_one c1 | q | Q | randomize=true seed=int(1) | |")),
            Code::Param001,
        ),
        (
            "select_one_external without sheet",
            survey("| | select_one_external c1 | q | Q | | |"),
            Code::Sheet002,
        ),
        (
            "duplicate external instance",
            survey(
                "| | xml-external | d | | | |\n| | begin group | g | G | | |\n| | csv-external | d | | | |\n| | end group | | | | |",
            ),
            Code::Instance001,
        ),
        (
            "search list shared",
            format!(
                "{}{choices}",
                survey("| | select_one c1 | q1 | Q | | search('f') |\n| | select_one c1 | q2 | Q | | |")
            ),
            Code::Form001,
        ),
        ("image app package", survey("| | image | q | Q | app=nodots | |"), Code::Param001),
        ("calculate with a static default", survey("| | calculate | c | | | |"), Code::Calc001),
        (
            "trigger list without comma",
            survey("| | text | a | A | | |\n| | text | b | B | | |\n| | text | c | C | | ${a}${b} |")
                .replace("| appearance |", "| trigger |"),
            Code::Ref001,
        ),
        (
            "loop over a missing list",
            survey("| | begin loop over c9 | l | L | | |\n| | text | q | Q | | |\n| | end loop | | | | |"),
            Code::Choice001,
        ),
    ];
    for (what, md, code) in table {
        assert_eq!(run(md).err(), Some(*code), "{what}");
    }
}

#[test]
fn accepted_forms() {
    let choices = "| choices |\n| | list_name | name | label |\n| | c1 | a | A |\n| | c1 | b | B |\n";
    let osm = "| osm |\n| | list_name | name | label |\n| | tags | addr:city | City |\n";
    let table: &[(&str, String, &[&str])] = &[
        (
            "incremental",
            survey("| | geotrace | q | Q | incremental=yes | |"),
            &[r#"<input ref="/data/q" incremental="true">"#],
        ),
        (
            "reference-geometry to a list",
            format!("{}{choices}", survey("| | geoshape | q | Q | reference-geometry=c1 | |")),
            &[r#"<itemset nodeset="instance('c1')/root/item">"#],
        ),
        (
            "reference-geometry to a repeat",
            survey(
                "| | begin repeat | r | R | | |\n| | geopoint | geometry | G | | |\n| | end repeat | | | | |\n| | geotrace | q | Q | reference-geometry=${r} | |",
            ),
            &[r#"<itemset nodeset="/data/r[./geometry != '']">"#],
        ),
        (
            "external instances",
            survey("| | xml-external | x | | | |\n| | csv-external | c | | | |\n| | text | q | Q | | |"),
            &[
                r#"<instance id="x" src="jr://file/x.xml"/>"#,
                r#"<instance id="c" src="jr://file-csv/c.csv"/>"#,
            ],
        ),
        (
            "search() gives inline items and no instance",
            format!("{}{choices}", survey("| | select_one c1 | q | Q | | search('f') |")),
            &["<label>A</label>", "<value>a</value>"],
        ),
        (
            "loop",
            format!(
                "{}{choices}",
                survey(
                    "| | begin loop over c1 | l | L | | |\n| | text | q | Q %(label)s | | |\n| | end loop | | | | |"
                )
            ),
            &[r#"<group ref="/data/l/b">"#, "<label>Q B</label>"],
        ),
        (
            "osm tags",
            format!("{}{osm}", survey("| | osm tags | q | Q | | |")),
            &["<tag key=\"addr:city\">\n        <label>City</label>"],
        ),
        (
            "audit location",
            survey(
                "| | audit | | | location-priority=balanced location-min-interval=1 location-max-age=5 | |",
            ),
            &[r#"odk:location-priority="balanced""#],
        ),
    ];
    for (what, md, needles) in table {
        let x = match run(md) {
            Ok(x) => x,
            Err(c) => panic!("{what}: refused with {c:?}"),
        };
        for n in *needles {
            assert!(x.contains(n), "{what}: missing {n} in\n{x}");
        }
    }
    let x = run(&format!("{}{choices}", survey("| | select_one c1 | q | Q | | search('f') |")))
        .unwrap_or_default();
    assert!(!x.contains("<instance id=\"c1\">"));
}
