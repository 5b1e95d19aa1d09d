//! CSV: RFC 4180 (the csv crate's quoting), UTF-8 with a byte-order mark so that Excel reads
//! every script, and text that would run as a formula guarded (see [`super::rows::guard`]).

use std::borrow::Cow;
use std::io::Write;

use super::rows::{Cell, guard};

/// The byte-order mark Excel needs to read a CSV as UTF-8.
pub const BOM: &[u8] = b"\xEF\xBB\xBF";

/// A CSV of one table.
pub struct CsvTable<W: Write> {
    writer: csv::Writer<W>,
}

impl<W: Write> CsvTable<W> {
    /// Starts the table with its BOM and header line.
    pub fn start(mut out: W, headers: &[String]) -> csv::Result<Self> {
        out.write_all(BOM)?;
        let mut writer = csv::Writer::from_writer(out);
        writer.write_record(headers.iter().map(|h| guard(h).into_owned().into_bytes()))?;
        Ok(Self { writer })
    }

    pub fn row(&mut self, cells: &[Cell]) -> csv::Result<()> {
        let fields: Vec<Cow<'_, str>> = cells
            .iter()
            .map(|cell| match cell {
                Cell::Text(text) => guard(text),
                other => Cow::Borrowed(other.text()),
            })
            .collect();
        self.writer.write_record(fields.iter().map(|f| f.as_bytes()))
    }

    /// The writer underneath, everything written flushed.
    pub fn finish(self) -> csv::Result<W> {
        self.writer.into_inner().map_err(|e| csv::Error::from(e.into_error()))
    }
}
