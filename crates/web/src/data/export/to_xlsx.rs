//! XLSX: one sheet per table, in rust_xlsxwriter's constant-memory mode (each row goes to the
//! sheet's temporary file as soon as the next one starts; strings are written inline), so
//! memory stays flat however many rows. Text is always written as text, never as a formula.

use std::io::Write;
use std::path::Path;

use rust_xlsxwriter::{Format, Workbook, XlsxError};

use super::layout::Table;
use super::rows::{Cell, Row};
use super::run::ExportError;

/// The rows a sheet holds, its header included.
const MAX_ROWS: u32 = 1_048_576;
/// The longest text a cell holds, in characters.
const MAX_TEXT: usize = 32_767;

pub struct XlsxTables {
    workbook: Workbook,
    next_row: Vec<u32>,
}

impl XlsxTables {
    /// A workbook with a sheet per table and its header row; sheets' temporary files in `temp`.
    pub fn start(tables: &[Table], temp: &Path) -> Result<Self, ExportError> {
        let mut workbook = Workbook::new();
        workbook.set_tempdir(temp)?;
        let bold = Format::new().set_bold();
        for table in tables {
            let sheet = workbook.add_worksheet_with_constant_memory()?;
            sheet.set_name(&table.name)?;
            for (column, header) in table.headers.iter().enumerate() {
                sheet.write_string_with_format(0, column_number(column)?, header, &bold)?;
            }
        }
        Ok(Self { next_row: vec![1; tables.len()], workbook })
    }

    pub fn row(&mut self, row: &Row) -> Result<(), ExportError> {
        let at = self.next_row[row.table];
        if at >= MAX_ROWS {
            return Err(ExportError::TooManyRows);
        }
        self.next_row[row.table] += 1;
        let sheet = self.workbook.worksheet_from_index(row.table)?;
        for (column, cell) in row.cells.iter().enumerate() {
            let column = column_number(column)?;
            match cell {
                Cell::Empty => {}
                Cell::Number(_, number) => {
                    sheet.write_number(at, column, *number)?;
                }
                Cell::Text(text) if text.chars().count() > MAX_TEXT => {
                    let cut: String = text.chars().take(MAX_TEXT).collect();
                    sheet.write_string(at, column, cut)?;
                }
                Cell::Text(text) => {
                    sheet.write_string(at, column, text)?;
                }
            }
        }
        Ok(())
    }

    /// Writes the workbook to `out` (zipped as it goes); the sheets' temporary files go.
    pub fn finish(mut self, out: impl Write + Send) -> Result<(), ExportError> {
        self.workbook.save_to_writer(out)?;
        Ok(())
    }
}

fn column_number(column: usize) -> Result<u16, XlsxError> {
    u16::try_from(column).map_err(|_| XlsxError::RowColumnLimitError)
}

#[cfg(test)]
mod tests {
    use std::io::Cursor;

    use calamine::{Data, Reader, Xlsx};
    use proptest::prelude::*;

    use super::*;

    /// Answers people type (any script, separators, line breaks, formulas, text that looks
    /// like XLSX's own escapes), numbers and nothing.
    fn answer() -> impl Strategy<Value = Cell> {
        prop_oneof![
            "[\\PC\t\n\r]{0,30}".prop_map(Cell::Text),
            "[=+@-][ -~]{0,12}".prop_map(Cell::Text),
            "_x[0-9A-F]{4}_[a-z]{0,3}".prop_map(Cell::Text),
            "[\u{0900}-\u{097F} ]{1,12}".prop_map(Cell::Text),
            any::<i32>().prop_map(|n| Cell::Number(n.to_string(), f64::from(n))),
            (-1e9..1e9f64).prop_map(|n| Cell::Number(n.to_string(), n)),
            Just(Cell::Empty),
        ]
    }

    fn table(name: &str) -> Table {
        Table {
            name: name.to_owned(),
            repeat: None,
            parent: None,
            headers: vec!["a".to_owned(), "=b".to_owned(), "c".to_owned()],
            columns: vec![],
        }
    }

    /// What a spreadsheet program reads from a cell written from `cell`.
    fn read_as(cell: &Cell) -> Data {
        match cell {
            Cell::Empty => Data::Empty,
            Cell::Text(text) if text.is_empty() => Data::Empty,
            Cell::Text(text) => Data::String(text.clone()),
            Cell::Number(_, number) => Data::Float(*number),
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

        /// Whatever was answered reads back (calamine) from its sheet as it was: text as
        /// text (formulas included, never run), numbers as numbers, in the right table.
        #[test]
        fn answers_read_back(rows in prop::collection::vec((0..2usize, prop::collection::vec(answer(), 3)), 0..25)) {
            let temp = tempfile::tempdir().unwrap();
            let tables = [table("submissions"), table("visits")];
            let mut workbook = XlsxTables::start(&tables, temp.path()).unwrap();
            for (at, cells) in &rows {
                workbook.row(&Row { table: *at, cells: cells.clone() }).unwrap();
            }
            let mut bytes = vec![];
            workbook.finish(&mut bytes).unwrap();
            let mut read: Xlsx<_> = calamine::open_workbook_from_rs(Cursor::new(bytes)).unwrap();
            for (at, table) in tables.iter().enumerate() {
                let range = read.worksheet_range(&table.name).unwrap();
                let cell = |row: usize, column: usize| {
                    range.get_value((row as u32, column as u32)).cloned().unwrap_or(Data::Empty)
                };
                let headers: Vec<Data> = (0..3).map(|c| cell(0, c)).collect();
                prop_assert_eq!(headers, table.headers.iter().map(|h| Data::String(h.clone())).collect::<Vec<_>>());
                let written: Vec<&Vec<Cell>> = rows.iter().filter(|(t, _)| *t == at).map(|(_, c)| c).collect();
                for (n, cells) in written.iter().enumerate() {
                    for (column, written) in cells.iter().enumerate() {
                        prop_assert_eq!(cell(n + 1, column), read_as(written), "row {} column {}", n + 1, column);
                    }
                }
                prop_assert!(range.end().is_none_or(|(last, _)| last as usize <= written.len()));
            }
        }
    }
}
