//! Arbitrary bytes read as an .xlsx, an .xls and a .csv XLSForm: the converter may refuse them,
//! never panic, and whatever XForm it writes must be well-formed XML.

#![no_main]

use libfuzzer_sys::fuzz_target;
use quick_xml::events::Event;
use xlsform::{Format, Options, convert};

fuzz_target!(|data: &[u8]| {
    let options = Options { form_name: Some("data".into()), fallback_id: Some("data".into()) };
    for format in [Format::Xlsx, Format::Xls, Format::Csv] {
        if let Ok(conversion) = convert(data, format, &options) {
            assert_well_formed(&conversion.xml);
        }
    }
});

fn assert_well_formed(xml: &str) {
    let mut reader = quick_xml::Reader::from_str(xml);
    let mut depth = 0usize;
    loop {
        match reader.read_event() {
            Ok(Event::Start(_)) => depth += 1,
            Ok(Event::End(_)) => depth -= 1,
            Ok(Event::Eof) => break,
            Ok(_) => {}
            Err(e) => panic!("the XForm is not well-formed XML ({e}):\n{xml}"),
        }
    }
    assert_eq!(depth, 0, "the XForm leaves elements open:\n{xml}");
}
