//! XLSForm to the form model. No I/O beyond the bytes given.
//!
//! [`workbook`] reads cells, [`headers`] turns headers into column keys, [`build`] makes the
//! [`xform::Survey`], and [`errors`] is the catalogue of problems with stable codes.

#![forbid(unsafe_code)]

pub mod build;
pub mod entities;
pub mod errors;
mod expressions;
pub mod headers;
pub mod loops;
pub mod rules;
pub mod testing;
pub mod types;
pub mod workbook;
mod xls_guard;

pub use build::Options;
pub use errors::{Code, Diagnostic, Severity};
pub use workbook::Format;

/// A successful conversion.
#[derive(Debug, Clone)]
pub struct Conversion {
    /// The form model.
    pub survey: xform::Survey,
    /// The XForm XML.
    pub xml: String,
    /// Warnings found on the way.
    pub warnings: Vec<Diagnostic>,
}

/// Read an XLSForm from bytes and convert it; errors come back as diagnostics.
pub fn convert(bytes: &[u8], format: Format, options: &Options) -> Result<Conversion, Vec<Diagnostic>> {
    let wb = workbook::read(bytes, format).map_err(|e| {
        vec![Diagnostic::error(Code::Read001, format!("The file could not be read as a workbook: {e}"))]
    })?;
    let mut warnings = vec![];
    let survey = build::build(&wb, options, &mut warnings).map_err(|e| vec![e])?;
    let xml = xform::to_xform(&survey).map_err(|e| {
        let code = match e {
            xform::WriteError::Reference { .. } => Code::Ref001,
            xform::WriteError::Rule(ref m) if m.contains("no label or hint") => Code::Label001,
            xform::WriteError::Rule(ref m) if m.starts_with("Instance names must be unique") => {
                Code::Instance001
            }
            _ => Code::Form001,
        };
        vec![Diagnostic::error(code, e.to_string())]
    })?;
    Ok(Conversion { survey, xml, warnings })
}
