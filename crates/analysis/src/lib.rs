//! # analysis — the statistics behind DataShift's data pages
//!
//! For every question of a form, a data page shows a summary of the answers collected;
//! this crate computes those summaries. It is a pure engine: it is handed answer values
//! (already read from submissions) and returns plain, serialisable results. No I/O, no
//! database, no async.
//!
//! ## Per-question summaries
//!
//! | Question type             | Summary                                            |
//! |---------------------------|----------------------------------------------------|
//! | integer, decimal          | [`NumericSummary`], [`Histogram`]                  |
//! | select_one, select_multiple | [`ChoiceCounts`]                                 |
//! | text                      | [`TextSummary`] (most frequent answers)            |
//! | date, dateTime, submission time | [`Timeline`] (per day, week or month)        |
//!
//! ## Relations between questions
//!
//! * [`CrossTab`] — two select_one questions against each other: counts, totals, row and
//!   column percentages, and Pearson's chi-square test of independence ([`ChiSquareTest`]),
//!   flagged as unreliable when expected counts are small.
//! * [`disaggregate`] — split any answers by the answer to a select_one question (region,
//!   gender…) and compute any summary per group.
//!
//! ## Conventions
//!
//! * **Numbers** enter through [`Sample`]: finite values only (NaN and infinities are left
//!   out, as blank answers are), sorted, never empty. Median and quartiles are R's type 7
//!   (Excel `QUARTILE.INC`, Python `statistics.quantiles(method='inclusive')`); standard
//!   deviations are sample ones (divisor n − 1). [`NumericAccumulator`] gives the moments in
//!   constant memory when values are streamed.
//! * **Choices** are ODK choice names (not labels). Options come in the form's order, then
//!   names the form does not list, alphabetically, flagged `unlisted`.
//! * **Percentages** are 0–100, and 0 when their base is empty.

mod accumulator;
mod categories;
mod chi_square;
mod choices;
mod crosstab;
mod disaggregate;
mod histogram;
mod numeric;
mod sample;
mod text;
mod timeline;

pub use accumulator::NumericAccumulator;
pub use chi_square::{ChiSquareTest, MAX_SMALL_EXPECTED_SHARE, SMALL_EXPECTED_COUNT};
pub use choices::{ChoiceCounts, OptionCount, selected};
pub use crosstab::{CrossTab, Heading};
pub use disaggregate::{Disaggregation, Group, disaggregate};
pub use histogram::{Bin, Histogram, MAX_BINS};
pub use numeric::NumericSummary;
pub use sample::Sample;
pub use text::{TextCount, TextSummary};
pub use timeline::{Bucket, Interval, MAX_DAYS_FOR_DAILY, Timeline};
