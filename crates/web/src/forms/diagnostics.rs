//! XLSForm problems as the upload page shows them: where (sheet, row, column), the rule in
//! the reader's language, and the converter's own detail.

use xlsform::{Diagnostic, Severity};

use crate::kernel::context::RequestContext;

/// One problem, ready for the page.
pub struct Shown {
    pub is_error: bool,
    pub code: &'static str,
    /// "Sheet survey, row 4, column constraint", translated; empty when unknown.
    pub place: String,
    /// The rule and how to fix it, translated by code.
    pub rule: String,
    /// The converter's message (names the exact values involved).
    pub detail: String,
}

impl Shown {
    pub fn new(ctx: &RequestContext, d: &Diagnostic) -> Self {
        let mut place = vec![];
        if let Some(sheet) = &d.sheet {
            place.push(ctx.t1("xlsform-place-sheet", "sheet", sheet));
        }
        if let Some(row) = d.row {
            place.push(ctx.t1("xlsform-place-row", "row", row));
        }
        if let Some(column) = &d.column {
            place.push(ctx.t1("xlsform-place-column", "column", column));
        }
        let code = d.code.as_str();
        Shown {
            is_error: d.severity == Severity::Error,
            code,
            place: place.join(", "),
            rule: ctx.t(format!("xlsform-{code}")),
            detail: d.message.clone(),
        }
    }
}
