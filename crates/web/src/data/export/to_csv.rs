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

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    /// Answers people type: any text (quotes, separators, line breaks, scripts, emoji),
    /// text that looks like a formula, and numbers.
    fn answer() -> impl Strategy<Value = Cell> {
        prop_oneof![
            any::<String>().prop_map(Cell::Text),
            "[=+@-][ -~]{0,12}".prop_map(Cell::Text),
            "[\"',;\\n\\r ]{0,6}[a-zñáéíóú ]{0,6}".prop_map(Cell::Text),
            any::<i32>().prop_map(|n| Cell::Number(n.to_string(), f64::from(n))),
            Just(Cell::Empty),
        ]
    }

    proptest! {
        /// Whatever was answered reads back from the CSV as it was (formulas guarded by a `'`).
        #[test]
        fn answers_read_back(rows in prop::collection::vec(prop::collection::vec(answer(), 3), 0..20)) {
            let headers = vec!["a".to_owned(), "b, c".to_owned(), "=d".to_owned()];
            let mut table = CsvTable::start(Vec::new(), &headers).unwrap();
            for row in &rows {
                table.row(row).unwrap();
            }
            let bytes = table.finish().unwrap();
            prop_assert!(bytes.starts_with(BOM));
            let mut reader = csv::ReaderBuilder::new().has_headers(true).from_reader(&bytes[BOM.len()..]);
            let read_headers: Vec<String> = reader.headers().unwrap().iter().map(str::to_owned).collect();
            prop_assert_eq!(read_headers, vec!["a".to_owned(), "b, c".to_owned(), "'=d".to_owned()]);
            let read: Vec<Vec<String>> = reader
                .records()
                .map(|record| record.unwrap().iter().map(str::to_owned).collect())
                .collect();
            let expected: Vec<Vec<String>> = rows
                .iter()
                .map(|row| {
                    row.iter()
                        .map(|cell| match cell {
                            Cell::Text(text) => guard(text).into_owned(),
                            other => other.text().to_owned(),
                        })
                        .collect()
                })
                .collect();
            prop_assert_eq!(read, expected);
        }
    }
}
