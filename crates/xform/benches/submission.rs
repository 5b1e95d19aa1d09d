//! Submission speed: a 30-field submission read and checked against its form.
//!
//! Figures, not tests (issue 3 asks for parse + check in under 20 µs). The form is a table
//! turned into the model by `xlsform` (a dev-dependency; the cycle is only for benches).
//!
//!   cargo bench -p xform --bench submission

use std::hint::black_box;
use std::sync::Arc;
use std::time::Duration;

use chrono::TimeZone;
use criterion::{Criterion, criterion_group, criterion_main};
use xform::{Limits, PreparedForm, Submission, Survey};
use xpath::FixedEnvironment;

/// A water point visit: 26 questions, and a repeat of two answered twice (30 fields).
const FORM: &str = r#"
| survey |
| | type                  | name        | label                | required | relevant           | constraint                                          | constraint_message | calculation                         |
| | start                 | start       |                      |          |                    |                                                     |                    |                                     |
| | end                   | end         |                      |          |                    |                                                     |                    |                                     |
| | today                 | today       |                      |          |                    |                                                     |                    |                                     |
| | deviceid              | deviceid    |                      |          |                    |                                                     |                    |                                     |
| | text                  | monitor     | Your name            | yes      |                    | string-length(.) <= 60                              | Too long           |                                     |
| | date                  | visit_date  | Date of the visit    | yes      |                    | . <= today()                                        | Not in the future  |                                     |
| | select_one village    | village     | Village              | yes      |                    |                                                     |                    |                                     |
| | begin_group           | point       | The water point      |          |                    |                                                     |                    |                                     |
| | text                  | point_name  | Name                 | yes      |                    |                                                     |                    |                                     |
| | geopoint              | location    | Location             | yes      |                    |                                                     |                    |                                     |
| | image                 | photo       | Photo                |          |                    |                                                     |                    |                                     |
| | select_one point_type | point_type  | Type                 | yes      |                    |                                                     |                    |                                     |
| | select_one yes_no     | working     | Is water flowing?    | yes      |                    |                                                     |                    |                                     |
| | select_multiple why   | why_not     | Why not?             | yes      | ${working} = 'no'  |                                                     |                    |                                     |
| | integer               | days_dry    | Days without water   |          | ${working} = 'no'  | . >= 0 and . <= 31                                  | 0 to 31            |                                     |
| | end_group             | point       |                      |          |                    |                                                     |                    |                                     |
| | integer               | price       | Price of 20 litres   | yes      | ${working} = 'yes' | . >= 0 and . <= 100                                 | 0 to 100           |                                     |
| | integer               | usual_price | Usual price          |          | ${working} = 'yes' | . >= 0 and . <= 100                                 | 0 to 100           |                                     |
| | calculate             | overcharge  |                      |          |                    |                                                     |                    | if(${price} > ${usual_price}, 1, 0) |
| | integer               | queue       | People waiting       | yes      | ${working} = 'yes' | . >= 0                                              | Not negative       |                                     |
| | time                  | queue_start | Joined the queue     |          | ${working} = 'yes' |                                                     |                    |                                     |
| | time                  | queue_end   | Reached the tap      |          | ${working} = 'yes' | . != ${queue_start}                                 | Not the same time  |                                     |
| | select_multiple looks | water_looks | How does it look?    | yes      | ${working} = 'yes' | not(selected(., 'clear') and count-selected(.) > 1) | Clear alone        |                                     |
| | decimal               | chlorine    | Free chlorine (mg/l) |          | ${working} = 'yes' | . >= 0 and . <= 5                                   | 0 to 5             |                                     |
| | select_one yes_no     | drainage    | Standing water?      |          |                    |                                                     |                    |                                     |
| | integer               | num_users   | Users interviewed    | yes      |                    | . >= 0 and . <= 3                                   | 0 to 3             |                                     |
| | begin_repeat          | user        | Water user           |          |                    |                                                     |                    |                                     |
| | select_one gender     | user_gender | Gender               |          |                    |                                                     |                    |                                     |
| | integer               | user_trips  | Trips a day          |          |                    | . > 0 and . < 20                                    | 1 to 19            |                                     |
| | end_repeat            | user        |                      |          |                    |                                                     |                    |                                     |
| | text                  | comments    | Other observations   |          |                    |                                                     |                    |                                     |
| choices |
| | list_name  | name      | label      |
| | yes_no     | yes       | Yes        |
| | yes_no     | no        | No         |
| | village    | lindi     | Lindi      |
| | village    | makina    | Makina     |
| | village    | kianda    | Kianda     |
| | point_type | kiosk     | Kiosk      |
| | point_type | tap       | Public tap |
| | why        | no_supply | No supply  |
| | why        | broken    | Broken     |
| | looks      | clear     | Clear      |
| | looks      | cloudy    | Cloudy     |
| | looks      | brown     | Brown      |
| | gender     | female    | Woman      |
| | gender     | male      | Man        |
| settings |
| | form_id     | version    |
| | water_visit | 2026112901 |
"#;

/// The 30 answered fields (and meta) of one visit.
const SUBMISSION: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<data xmlns:jr="http://openrosa.org/javarosa" xmlns:orx="http://openrosa.org/xforms" id="water_visit" version="2026112901">
  <start>2026-11-29T09:12:44.120+03:00</start>
  <end>2026-11-29T09:31:02.877+03:00</end>
  <today>2026-11-29</today>
  <deviceid>collect:Xq2CjW9fPz1kR0aB</deviceid>
  <monitor>Achieng Otieno</monitor>
  <visit_date>2026-11-29</visit_date>
  <village>lindi</village>
  <point>
    <point_name>Lindi kiosk 4</point_name>
    <location>-1.3127 36.7876 1712.4 4.8</location>
    <photo>1764397021882.jpg</photo>
    <point_type>kiosk</point_type>
    <working>yes</working>
    <why_not/>
    <days_dry/>
  </point>
  <price>10</price>
  <usual_price>5</usual_price>
  <overcharge>1</overcharge>
  <queue>12</queue>
  <queue_start>09:14:00.000+03:00</queue_start>
  <queue_end>09:29:00.000+03:00</queue_end>
  <water_looks>cloudy brown</water_looks>
  <chlorine>0.4</chlorine>
  <drainage>no</drainage>
  <num_users>2</num_users>
  <user>
    <user_gender>female</user_gender>
    <user_trips>3</user_trips>
  </user>
  <user>
    <user_gender>male</user_gender>
    <user_trips>2</user_trips>
  </user>
  <comments>Queue was orderly; the attendant keeps a price list.</comments>
  <meta>
    <instanceID>uuid:6f1d1c5e-2f7a-4a55-9d7e-0b4c8c1f5a21</instanceID>
  </meta>
</data>
"#;

fn survey() -> Survey {
    let options = xlsform::Options { form_name: Some("data".into()), fallback_id: Some("data".into()) };
    match xlsform::convert(&xlsform::testing::csv_from_table(FORM), xlsform::Format::Csv, &options) {
        Ok(conversion) => conversion.survey,
        Err(e) => panic!("the benchmark form does not convert: {e:?}"),
    }
}

fn env() -> FixedEnvironment {
    let now = chrono::FixedOffset::east_opt(3 * 3600).unwrap().with_ymd_and_hms(2026, 11, 29, 12, 0, 0);
    FixedEnvironment::new(now.unwrap())
}

fn submission(c: &mut Criterion) {
    let survey = survey();
    let env = env();
    let limits = Limits::default();
    let doc = SUBMISSION.as_bytes();
    let parsed = Submission::parse(&survey, doc, &limits).expect("the benchmark submission parses");
    assert_eq!(parsed.fields.len(), 30, "fields: {:?}", parsed.fields);
    let problems = parsed.check(&survey, &env);
    assert!(problems.is_empty(), "the benchmark submission is valid: {problems:?}");

    // A server prepares each form version once and reuses it for every submission.
    let survey = Arc::new(survey);
    let form = PreparedForm::new(Arc::clone(&survey));
    let mut group = c.benchmark_group("submission-30-fields");
    group.bench_function("prepare-form", |b| b.iter(|| PreparedForm::new(Arc::clone(black_box(&survey)))));
    group.bench_function("parse", |b| b.iter(|| form.parse(black_box(doc), &limits)));
    group.bench_function("check", |b| b.iter(|| form.check(black_box(&parsed), &env)));
    group.bench_function("parse-and-check", |b| {
        b.iter(|| {
            let submission = form.parse(black_box(doc), &limits).unwrap();
            form.check(&submission, &env)
        })
    });
    group.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default().warm_up_time(Duration::from_secs(1)).measurement_time(Duration::from_secs(3));
    targets = submission
}
criterion_main!(benches);
