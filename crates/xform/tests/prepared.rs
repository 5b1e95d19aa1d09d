//! A prepared form owns its survey: it can sit in a server's cache behind an `Arc` and read
//! and check submissions from several threads, with the results of the one-off functions.

use std::sync::Arc;
use std::thread;

use chrono::TimeZone;
use xform::{FieldValue, Limits, PreparedForm, Problem, ProblemKind, Submission, Survey};
use xpath::FixedEnvironment;

const FORM: &str = r#"
| survey |
| | type              | name     | label    | required | relevant          | constraint | constraint_message |
| | text              | village  | Village  | yes      |                   |            |                    |
| | select_one yes_no | has_tap  | Has tap? | yes      |                   |            |                    |
| | begin_group       | tap      | Tap      |          | ${has_tap} = 'yes' |           |                    |
| | integer           | distance | Distance | yes      |                   | . < 5000   | Too far            |
| | end_group         | tap      |          |          |                   |            |                    |
| | begin_repeat      | member   | Member   |          |                   |            |                    |
| | integer           | age      | Age      | yes      |                   | . < 120    |                    |
| | end_repeat        | member   |          |          |                   |            |                    |
| choices |
| | list_name | name | label |
| | yes_no    | yes  | Yes   |
| | yes_no    | no   | No    |
"#;

fn survey() -> Survey {
    let options = xlsform::Options::default();
    match xlsform::convert(&xlsform::testing::csv_from_table(FORM), xlsform::Format::Csv, &options) {
        Ok(conversion) => conversion.survey,
        Err(e) => panic!("the form does not convert: {e:?}"),
    }
}

fn env() -> FixedEnvironment {
    let now = chrono::FixedOffset::east_opt(0).unwrap().with_ymd_and_hms(2026, 11, 29, 12, 0, 0);
    FixedEnvironment::new(now.unwrap())
}

fn xml(body: &str) -> String {
    format!(r#"<data id="data"><meta><instanceID>uuid:1</instanceID></meta>{body}</data>"#)
}

fn field(path: &str, value: &str) -> FieldValue {
    FieldValue { path: path.into(), value: value.into() }
}

fn problem(path: &str, kind: ProblemKind) -> Problem {
    Problem { path: path.into(), kind }
}

#[test]
fn a_prepared_form_is_shared_between_threads() {
    fn shareable<T: Send + Sync + 'static>() {}
    shareable::<PreparedForm>();
    shareable::<Arc<PreparedForm>>();

    let form = Arc::new(PreparedForm::new(survey()));
    assert_eq!(form.survey().name, "data");
    let doc = xml("<village>Kibera</village><has_tap>yes</has_tap><tap><distance>9000</distance></tap>");
    let workers: Vec<_> = (0..2)
        .map(|_| {
            let form = Arc::clone(&form);
            let doc = doc.clone();
            thread::spawn(move || {
                let submission = form.parse(doc.as_bytes(), &Limits::default()).unwrap();
                form.check(&submission, &env())
            })
        })
        .collect();
    for worker in workers {
        let problems = worker.join().unwrap();
        let message = Some("Too far".to_owned());
        assert_eq!(problems, vec![problem("/data/tap/distance", ProblemKind::Constraint { message })]);
    }
}

#[test]
fn a_prepared_form_reads_as_the_one_off_functions_do() {
    let survey = survey();
    let form = PreparedForm::new(Arc::new(survey.clone()));
    let doc =
        xml("<village>  Kibera &amp;  Mathare\r\n</village><has_tap>no</has_tap><tap><distance/></tap>\
         <member><age>130</age></member><member><age/></member><colour>red</colour>");
    let prepared = form.parse(doc.as_bytes(), &Limits::default()).unwrap();
    let one_off = Submission::parse(&survey, doc.as_bytes(), &Limits::default()).unwrap();
    assert_eq!(prepared.fields, one_off.fields);
    assert_eq!(
        prepared.fields,
        vec![
            field("/data/meta/instanceID", "uuid:1"),
            field("/data/village", "Kibera &  Mathare"),
            field("/data/has_tap", "no"),
            field("/data/tap/distance", ""),
            field("/data/member[1]/age", "130"),
            field("/data/member[2]/age", ""),
        ]
    );
    let problems = form.check(&prepared, &env());
    assert_eq!(problems, one_off.check(&survey, &env()));
    // The group is not relevant, so its required distance is not missing.
    assert_eq!(
        problems,
        vec![
            problem("/data/member[1]/age", ProblemKind::Constraint { message: None }),
            problem("/data/member[2]/age", ProblemKind::Required { message: None }),
            problem("/data/colour", ProblemKind::Unexpected),
        ]
    );
}

#[test]
fn text_is_trimmed_but_kept_whole_between_references() {
    let form = PreparedForm::new(survey());
    let read = |village: &str| {
        let doc = xml(&format!("<village>{village}</village>"));
        form.parse(doc.as_bytes(), &Limits::default()).unwrap().fields[1].value.clone()
    };
    assert_eq!(read("\n   &amp;\n  "), "&");
    assert_eq!(read("&lt; &gt;"), "< >");
    assert_eq!(read("a&#10;  <![CDATA[ b ]]>  "), "a\n   b");
    assert_eq!(read("\r\n x\r\ny \r\n"), "x\ny");
}

#[test]
fn a_relevance_shared_by_several_questions_holds_for_each_of_them() {
    let table = r#"
| survey |
| | type              | name  | label | required | relevant          |
| | select_one yes_no | gate  | Gate  |          |                   |
| | text              | a     | A     | yes      | ${gate} = 'yes'   |
| | begin_group       | g     | G     |          | ${gate} = 'no'    |
| | text              | b     | B     | yes      | ${gate} = 'yes'   |
| | end_group         | g     |       |          |                   |
| | text              | c     | C     | yes      | ${gate} = 'yes'   |
| | text              | d     | D     | yes      | ${gate} = 'no'    |
| choices |
| | list_name | name | label |
| | yes_no    | yes  | Yes   |
| | yes_no    | no   | No    |
"#;
    let options = xlsform::Options::default();
    let survey =
        match xlsform::convert(&xlsform::testing::csv_from_table(table), xlsform::Format::Csv, &options) {
            Ok(conversion) => conversion.survey,
            Err(e) => panic!("the form does not convert: {e:?}"),
        };
    let form = PreparedForm::new(survey);
    let check = |gate: &str| {
        let doc = xml(&format!("<gate>{gate}</gate><a/><g><b/></g><c/><d/>"));
        let submission = form.parse(doc.as_bytes(), &Limits::default()).unwrap();
        form.check(&submission, &env()).into_iter().map(|p| p.path).collect::<Vec<_>>()
    };
    // b is inside g, which is not relevant when a, b and c are.
    assert_eq!(check("yes"), vec!["/data/a", "/data/c"]);
    assert_eq!(check("no"), vec!["/data/d"]);
    assert_eq!(check(""), Vec::<String>::new());
}
