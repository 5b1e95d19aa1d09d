//! The typed ODK form model and its XForm XML. No I/O.
//!
//! [`model`] holds a form as XLSForm describes it (sections, questions, choice lists,
//! translations) with the author's expressions kept as written; [`write`] turns it into the
//! XForm XML that pyxform would print, resolving `${name}` references on the way.

#![forbid(unsafe_code)]

pub mod entities;
pub mod model;
pub mod refs;
pub mod submission;
pub mod write;
pub mod xml;

pub use model::{Action, Choice, ChoiceList, Element, ElementKind, Survey, Text};
pub use submission::{
    FieldValue, Limits, PreparedForm, Problem, ProblemKind, Submission, SubmissionError, blank_fields,
};
pub use write::{WriteError, to_xform};
