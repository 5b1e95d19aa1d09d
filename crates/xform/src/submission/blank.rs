//! Removing answers from a submission document: the answers of personal fields, when a
//! respondent did not consent or when a form's retention period has passed. The document
//! keeps its shape (every element stays, emptied), so it still reads against its form.

use quick_xml::Reader;
use quick_xml::Writer;
use quick_xml::events::{BytesEnd, Event};

use super::SubmissionError;

/// The document with the contents of every element whose path (element names from the root,
/// without repeat positions, e.g. `/data/household/name`) `blank` accepts removed. Comments
/// and processing instructions are kept; a DTD is refused as the reader refuses it.
pub fn blank_fields(xml: &str, blank: impl Fn(&str) -> bool) -> Result<String, SubmissionError> {
    let mut reader = Reader::from_str(xml);
    let mut writer = Writer::new(Vec::with_capacity(xml.len()));
    let mut path: Vec<String> = vec![];
    // While inside a blanked element: how deep inside it we are.
    let mut skipping: Option<usize> = None;
    let malformed = |e: &dyn std::fmt::Display| SubmissionError::Malformed(e.to_string());
    loop {
        let event = reader.read_event().map_err(|e| malformed(&e))?;
        match event {
            Event::Eof => break,
            Event::DocType(_) => return Err(SubmissionError::Doctype),
            Event::Start(start) => {
                if let Some(depth) = skipping.as_mut() {
                    *depth += 1;
                    continue;
                }
                path.push(String::from_utf8_lossy(start.name().as_ref()).into_owned());
                let here = format!("/{}", path.join("/"));
                if blank(&here) {
                    skipping = Some(0);
                    let end = BytesEnd::new(String::from_utf8_lossy(start.name().as_ref()).into_owned());
                    writer.write_event(Event::Start(start.clone())).map_err(|e| malformed(&e))?;
                    writer.write_event(Event::End(end)).map_err(|e| malformed(&e))?;
                } else {
                    writer.write_event(Event::Start(start)).map_err(|e| malformed(&e))?;
                }
            }
            Event::End(end) => match skipping {
                Some(0) => {
                    skipping = None;
                    path.pop();
                }
                Some(ref mut depth) => *depth -= 1,
                None => {
                    path.pop();
                    writer.write_event(Event::End(end)).map_err(|e| malformed(&e))?;
                }
            },
            Event::Empty(empty) => {
                if skipping.is_none() {
                    writer.write_event(Event::Empty(empty)).map_err(|e| malformed(&e))?;
                }
            }
            other => {
                if skipping.is_none() {
                    writer.write_event(other).map_err(|e| malformed(&e))?;
                }
            }
        }
    }
    String::from_utf8(writer.into_inner()).map_err(|e| malformed(&e))
}

#[cfg(test)]
mod tests {
    use super::*;

    const DOC: &str = "<?xml version='1.0' ?><data id=\"f\"><name>Ana Díaz</name><age>30</age>\
        <hh><who>Luis &amp; Eva</who><n>2</n></hh><hh><who>Sol</who><n>1</n></hh>\
        <home><gps>-31.4 -64.2 0 5</gps></home><meta><instanceID>uuid:1</instanceID></meta></data>";

    #[test]
    fn personal_answers_are_emptied_and_the_rest_kept() {
        let blanked =
            blank_fields(DOC, |p| ["/data/name", "/data/hh/who", "/data/home"].contains(&p)).unwrap();
        assert_eq!(
            blanked,
            "<?xml version='1.0' ?><data id=\"f\"><name></name><age>30</age>\
             <hh><who></who><n>2</n></hh><hh><who></who><n>1</n></hh>\
             <home></home><meta><instanceID>uuid:1</instanceID></meta></data>"
        );
        assert!(!blanked.contains("Ana") && !blanked.contains("Luis") && !blanked.contains("-31.4"));
    }

    #[test]
    fn nothing_to_blank_keeps_the_document() {
        assert_eq!(blank_fields(DOC, |_| false).unwrap(), DOC);
    }

    #[test]
    fn a_dtd_is_refused() {
        let doc = "<!DOCTYPE data [<!ENTITY x \"y\">]><data><name>&x;</name></data>";
        assert_eq!(blank_fields(doc, |_| true), Err(SubmissionError::Doctype));
    }
}
