//! Forms written as small inline tables, in the style of pyxform's markdown tests.

#![allow(dead_code)]

use xlsform::{Diagnostic, Format, Options, convert};

/// Builds the one-file CSV layout from markdown-like tables: `| sheet |` rows name a sheet,
/// `| | a | b |` rows are cells of that sheet.
pub fn csv_form(md: &str) -> Vec<u8> {
    let mut out = String::new();
    for line in md.lines().map(str::trim).filter(|l| l.starts_with('|')) {
        let cells: Vec<String> = line
            .trim_matches('|')
            .split('|')
            .map(|c| format!("\"{}\"", c.trim().replace('"', "\"\"")))
            .collect();
        out.push_str(&cells.join(","));
        out.push('\n');
    }
    out.into_bytes()
}

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
