//! Submissions read and checked against forms written as tables.

mod common;

use chrono::TimeZone;
use common::survey;
use xform::{Limits, ProblemKind, Submission, SubmissionError};
use xpath::FixedEnvironment;

const HOUSEHOLD: &str = r#"
    | survey |
    |        | type                   | name      | label          | required | relevant          | constraint | constraint_message |
    |        | text                   | village   | Village        | yes      |                   |            |                    |
    |        | integer                | people    | People         | yes      |                   | . > 0      | At least one       |
    |        | select_one yes_no      | has_tap   | Has a tap?     | yes      |                   |            |                    |
    |        | integer                | distance  | Distance (m)   | yes      | ${has_tap} = 'no' | . < 5000   |                    |
    |        | select_multiple uses   | uses      | Uses           |          |                   |            |                    |
    |        | date                   | visited   | Visited on     |          |                   |            |                    |
    |        | geopoint               | where     | Where          |          |                   |            |                    |
    |        | image                  | photo     | Photo          |          |                   |            |                    |
    |        | begin repeat           | member    | Member         |          |                   |            |                    |
    |        | integer                | age       | Age            | yes      |                   | . < 120    |                    |
    |        | end repeat             |           |                |          |                   |            |                    |
    | choices |
    |         | list_name | name     | label    |
    |         | yes_no    | yes      | Yes      |
    |         | yes_no    | no       | No       |
    |         | uses      | drinking | Drinking |
    |         | uses      | cooking  | Cooking  |
"#;

fn env() -> FixedEnvironment {
    FixedEnvironment::new(
        chrono::FixedOffset::east_opt(3 * 3600).unwrap().with_ymd_and_hms(2026, 11, 29, 10, 0, 0).unwrap(),
    )
}

fn xml(body: &str) -> String {
    format!(
        r#"<?xml version="1.0"?><data id="data" xmlns:orx="http://openrosa.org/xforms">{body}<meta><instanceID>uuid:4f1c2a</instanceID></meta></data>"#
    )
}

#[test]
fn a_complete_submission_is_read_with_its_paths_and_attachments() {
    let form = survey(HOUSEHOLD);
    let doc = xml(
        "<village>Kibera &amp; Mathare</village><people>4</people><has_tap>no</has_tap><distance>350</distance>\
         <uses>drinking cooking</uses><visited>2026-11-28</visited><where>-1.31 36.78 1700 5</where>\
         <photo>tap-1.jpg</photo><member><age>34</age></member><member><age>7</age></member>",
    );
    let submission = Submission::parse(&form, doc.as_bytes(), &Limits::default()).unwrap();
    assert_eq!(submission.instance_id, "uuid:4f1c2a");
    assert_eq!(submission.form_id, "data");
    assert_eq!(submission.attachments, vec!["tap-1.jpg"]);
    let village = submission.fields.iter().find(|f| f.path == "/data/village").unwrap();
    assert_eq!(village.value, "Kibera & Mathare");
    assert!(submission.fields.iter().any(|f| f.path == "/data/member[2]/age" && f.value == "7"));
    assert_eq!(submission.check(&form, &env()), vec![]);
}

#[test]
fn each_problem_is_reported_with_its_field_path() {
    let form = survey(HOUSEHOLD);
    let doc = xml("<village></village><people>0</people><has_tap>maybe</has_tap><distance>far</distance>\
         <uses>drinking washing</uses><visited>28/11/2026</visited><where>95 200</where>\
         <member><age>150</age></member><member><age></age></member><member><age>abc</age></member>\
         <colour>red</colour>");
    let submission = Submission::parse(&form, doc.as_bytes(), &Limits::default()).unwrap();
    // "far" in distance is not checked: distance is only relevant when has_tap is "no".
    let problems: Vec<(String, ProblemKind)> =
        submission.check(&form, &env()).into_iter().map(|p| (p.path, p.kind)).collect();
    let expected = vec![
        ("/data/village".to_owned(), ProblemKind::Required { message: None }),
        ("/data/people".to_owned(), ProblemKind::Constraint { message: Some("At least one".into()) }),
        ("/data/has_tap".to_owned(), ProblemKind::NotAChoice { value: "maybe".into() }),
        ("/data/uses".to_owned(), ProblemKind::NotAChoice { value: "washing".into() }),
        ("/data/visited".to_owned(), ProblemKind::WrongType { expected: "date" }),
        ("/data/where".to_owned(), ProblemKind::WrongType { expected: "geopoint" }),
        ("/data/member[1]/age".to_owned(), ProblemKind::Constraint { message: None }),
        ("/data/member[2]/age".to_owned(), ProblemKind::Required { message: None }),
        ("/data/member[3]/age".to_owned(), ProblemKind::WrongType { expected: "integer" }),
        ("/data/colour".to_owned(), ProblemKind::Unexpected),
    ];
    assert_eq!(problems, expected);
}

#[test]
fn required_answers_are_only_required_where_relevant() {
    let form = survey(HOUSEHOLD);
    let doc = xml("<village>Kibera</village><people>3</people><has_tap>yes</has_tap><distance/>");
    let submission = Submission::parse(&form, doc.as_bytes(), &Limits::default()).unwrap();
    assert_eq!(submission.check(&form, &env()), vec![], "distance is not relevant when there is a tap");
    let doc = xml("<village>Kibera</village><people>3</people><has_tap>no</has_tap><distance/>");
    let submission = Submission::parse(&form, doc.as_bytes(), &Limits::default()).unwrap();
    let problems = submission.check(&form, &env());
    assert_eq!(problems.len(), 1);
    assert_eq!(problems[0].path, "/data/distance");
}

#[test]
fn hostile_or_foreign_documents_are_refused() {
    let form = survey(HOUSEHOLD);
    let limits = Limits::default();
    let billion_laughs = r#"<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;">]><data id="data"><village>&lol2;</village></data>"#;
    assert_eq!(
        Submission::parse(&form, billion_laughs.as_bytes(), &limits).unwrap_err(),
        SubmissionError::Doctype
    );
    let unknown_entity = xml("<village>&secret;</village>");
    assert!(matches!(
        Submission::parse(&form, unknown_entity.as_bytes(), &limits),
        Err(SubmissionError::Malformed(_))
    ));
    let deep = format!("<data id=\"data\">{}{}</data>", "<a>".repeat(100), "</a>".repeat(100));
    assert_eq!(
        Submission::parse(&form, deep.as_bytes(), &limits).unwrap_err(),
        SubmissionError::TooDeep { limit: 64 }
    );
    let small = Limits { max_bytes: 64, ..limits };
    assert_eq!(
        Submission::parse(&form, xml("").as_bytes(), &small).unwrap_err(),
        SubmissionError::TooLarge { limit: 64 }
    );
    let other = r#"<data id="another-form"><meta><instanceID>uuid:1</instanceID></meta></data>"#;
    assert!(matches!(
        Submission::parse(&form, other.as_bytes(), &limits),
        Err(SubmissionError::WrongForm { .. })
    ));
    let no_id = r#"<data id="data"><village>x</village></data>"#;
    assert_eq!(
        Submission::parse(&form, no_id.as_bytes(), &limits).unwrap_err(),
        SubmissionError::MissingInstanceId
    );
    let broken = r#"<data id="data"><village>x</data>"#;
    assert!(matches!(
        Submission::parse(&form, broken.as_bytes(), &limits),
        Err(SubmissionError::Malformed(_))
    ));
    for garbage in ["", "not xml", "<", "<data", "\u{0}\u{1}"] {
        assert!(Submission::parse(&form, garbage.as_bytes(), &limits).is_err(), "{garbage:?}");
    }
}

#[test]
fn an_edit_names_the_submission_it_replaces() {
    let form = survey(HOUSEHOLD);
    let doc = r#"<data id="data"><village>K</village><meta><instanceID>uuid:2</instanceID><deprecatedID>uuid:1</deprecatedID></meta></data>"#;
    let submission = Submission::parse(&form, doc.as_bytes(), &Limits::default()).unwrap();
    assert_eq!(submission.deprecated_id.as_deref(), Some("uuid:1"));
    // The form does not declare deprecatedID: clients add it, so it is no problem.
    let problems = submission.check(&form, &env());
    assert!(problems.iter().all(|p| !p.path.ends_with("deprecatedID")), "{problems:?}");
    // Anything else the form lacks still is.
    let doc = doc.replace("<deprecatedID>", "<invented>x</invented><deprecatedID>");
    let submission = Submission::parse(&form, doc.as_bytes(), &Limits::default()).unwrap();
    let problems = submission.check(&form, &env());
    assert!(problems.iter().any(|p| p.path.ends_with("/meta/invented")), "{problems:?}");
}

#[test]
fn a_cascading_select_accepts_only_the_choices_its_filter_leaves() {
    let form = survey(
        r#"
        | survey |
        |        | type               | name   | label  | choice_filter          |
        |        | select_one county  | county | County |                        |
        |        | select_one ward    | ward   | Ward   | county = ${county}     |
        | choices |
        |         | list_name | name     | label    | county  |
        |         | county    | nairobi  | Nairobi  |         |
        |         | county    | mombasa  | Mombasa  |         |
        |         | ward      | kibera   | Kibera   | nairobi |
        |         | ward      | likoni   | Likoni   | mombasa |
    "#,
    );
    let ok = xml("<county>nairobi</county><ward>kibera</ward>");
    let submission = Submission::parse(&form, ok.as_bytes(), &Limits::default()).unwrap();
    assert_eq!(submission.check(&form, &env()), vec![]);
    let wrong = xml("<county>nairobi</county><ward>likoni</ward>");
    let submission = Submission::parse(&form, wrong.as_bytes(), &Limits::default()).unwrap();
    let problems = submission.check(&form, &env());
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert_eq!(problems[0].path, "/data/ward");
    assert_eq!(problems[0].kind, ProblemKind::NotAChoice { value: "likoni".into() });
}
