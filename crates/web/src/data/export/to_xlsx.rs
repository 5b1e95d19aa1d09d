//! XLSX: one sheet per table, in rust_xlsxwriter's constant-memory mode (each row goes to the
//! sheet's temporary file as soon as the next one starts; strings are written inline), so
//! memory stays flat however many rows. Text is always written as text, never as a formula.

use std::io::Write;
use std::path::Path;

use rust_xlsxwriter::{Format, Workbook, XlsxError};

use super::layout::Layout;
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
    pub fn start(layout: &Layout, temp: &Path) -> Result<Self, ExportError> {
        let mut workbook = Workbook::new();
        workbook.set_tempdir(temp)?;
        let bold = Format::new().set_bold();
        for table in &layout.tables {
            let sheet = workbook.add_worksheet_with_constant_memory()?;
            sheet.set_name(&table.name)?;
            for (column, header) in table.headers.iter().enumerate() {
                sheet.write_string_with_format(0, column_number(column)?, header, &bold)?;
            }
        }
        Ok(Self { next_row: vec![1; layout.tables.len()], workbook })
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
