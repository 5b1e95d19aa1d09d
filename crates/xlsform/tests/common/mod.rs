//! Forms written as small inline tables, in the style of pyxform's markdown tests.

#![allow(dead_code)]

use xlsform::{Diagnostic, Format, Options, convert};

pub use xlsform::testing::csv_from_table as csv_form;

/// The form model of a table form that must convert.
pub fn survey(md: &str) -> xform::Survey {
    match convert(&csv_form(md), Format::Csv, &Options::default()) {
        Ok(c) => c.survey,
        Err(e) => panic!("conversion failed: {e:?}"),
    }
}

/// The XForm of a table form that must convert.
pub fn xml(md: &str) -> String {
    match convert(&csv_form(md), Format::Csv, &Options::default()) {
        Ok(c) => c.xml,
        Err(e) => panic!("conversion failed: {e:?}"),
    }
}

/// The first problem of a table form that must be refused.
pub fn first_error(md: &str) -> Diagnostic {
    match convert(&csv_form(md), Format::Csv, &Options::default()) {
        Ok(_) => panic!("expected an error"),
        Err(mut e) => e.remove(0),
    }
}
