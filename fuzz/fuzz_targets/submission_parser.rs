//! Arbitrary bytes as a submission of a small fixed form: the reader may refuse them, never
//! panic, and what it reads is checked (types, choices, required, constraints) without panic.

#![no_main]

use std::sync::OnceLock;

use chrono::DateTime;
use libfuzzer_sys::fuzz_target;
use xform::{Limits, Submission, Survey};
use xpath::FixedEnvironment;

/// The form of fuzz/seeds/submission_parser/*.xml.
const FORM: &str = "\
survey,type,name,label,required,relevant,constraint,calculation
,text,village,Village,yes,,string-length(.) < 40,
,integer,people,People,yes,,. > 0,
,select_one yes_no,has_tap,Has a tap?,yes,,,
,integer,distance,Distance (m),yes,${has_tap} = 'no',. < 5000,
,select_multiple uses,uses,Uses,,,count-selected(.) <= 2,
,date,visited,Visited on,,,. <= today(),
,time,arrived,Arrived at,,,,
,dateTime,left,Left at,,,,
,decimal,chlorine,Chlorine,,,. >= 0,
,geopoint,where,Where,,,,
,image,photo,Photo,,,,
,calculate,per_person,,,,,${distance} div ${people}
,begin group,tap,Tap,,${has_tap} = 'yes',,
,select_one yes_no,working,Working?,yes,,,
,end group,,,,,,
,begin repeat,member,Member,,,,
,integer,age,Age,yes,,. < 120,
,select_one yes_no,fetches,Fetches water?,,${age} > 10,,
,end repeat,,,,,,
choices,list_name,name,label
,yes_no,yes,Yes
,yes_no,no,No
,uses,drinking,Drinking
,uses,cooking,Cooking
,uses,washing,Washing
settings,form_id,version
,household,3
";

fn survey() -> &'static Survey {
    static SURVEY: OnceLock<Survey> = OnceLock::new();
    SURVEY.get_or_init(|| {
        let options = xlsform::Options { form_name: Some("data".into()), fallback_id: None };
        match xlsform::convert(FORM.as_bytes(), xlsform::Format::Csv, &options) {
            Ok(conversion) => conversion.survey,
            Err(e) => panic!("the fuzz form does not convert: {e:?}"),
        }
    })
}

fuzz_target!(|data: &[u8]| {
    let survey = survey();
    // Small limits, so that the fuzzer also reaches them.
    let limits = Limits { max_bytes: 64 * 1024, max_depth: 16, max_elements: 2_000 };
    if let Ok(submission) = Submission::parse(survey, data, &limits) {
        let env = FixedEnvironment::new(DateTime::parse_from_rfc3339("2024-03-01T10:00:00+03:00").unwrap());
        let _ = submission.check(survey, &env);
    }
});
