//! Reading the raw cells of an XLSForm: .xlsx and .xls through calamine, .csv by hand.

use std::io::Cursor;

use calamine::{Data, Reader, Xlsx, open_workbook_auto_from_rs};

/// One sheet: its name as written and its rows of cell text (empty cells are empty strings).
#[derive(Debug, Clone, Default)]
pub struct Sheet {
    /// Name as written in the workbook.
    pub name: String,
    /// Rows, the header row first.
    pub rows: Vec<Vec<String>>,
}

/// All sheets of a workbook.
#[derive(Debug, Clone, Default)]
pub struct Workbook {
    /// Sheets in workbook order.
    pub sheets: Vec<Sheet>,
}

/// The file formats an XLSForm may come in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Office Open XML workbook.
    Xlsx,
    /// Legacy Excel workbook.
    Xls,
    /// One CSV file holding every sheet.
    Csv,
}

impl Format {
    /// The format for a file name, by extension.
    pub fn from_file_name(name: &str) -> Option<Format> {
        let ext = name.rsplit_once('.')?.1.to_ascii_lowercase();
        match ext.as_str() {
            "xlsx" | "xlsm" => Some(Format::Xlsx),
            "xls" => Some(Format::Xls),
            "csv" => Some(Format::Csv),
            _ => None,
        }
    }
}

fn cell_text(d: &Data) -> String {
    match d {
        Data::Empty => String::new(),
        Data::String(s) => s.replace('\u{a0}', " "),
        Data::Float(f) => {
            if f.fract() == 0.0 && f.abs() < 1e15 {
                format!("{}", *f as i64)
            } else {
                format!("{f}")
            }
        }
        Data::Int(i) => i.to_string(),
        Data::Bool(b) => if *b { "TRUE" } else { "FALSE" }.to_string(),
        Data::DateTime(dt) => dt.to_string(),
        Data::DateTimeIso(s) | Data::DurationIso(s) => s.clone(),
        Data::Error(e) => format!("{e:?}"),
    }
}

/// Read a workbook from bytes.
pub fn read(bytes: &[u8], format: Format) -> Result<Workbook, String> {
    match format {
        Format::Csv => read_csv(bytes),
        // calamine panics on some malformed files (fuzzing found truncated and inconsistent
        // .xls containers); a broken upload must be a refused file, not a crashed thread.
        Format::Xlsx | Format::Xls => std::panic::catch_unwind(|| read_spreadsheet(bytes))
            .unwrap_or_else(|_| Err("the file is damaged or not a spreadsheet".to_owned())),
    }
}

fn read_spreadsheet(bytes: &[u8]) -> Result<Workbook, String> {
    // Compound files (.xls) are checked first: some damaged ones make calamine abort.
    if bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
        crate::xls_guard::check(bytes)?;
        return read_dense(
            open_workbook_auto_from_rs(Cursor::new(bytes.to_vec())).map_err(|e| e.to_string())?,
        );
    }
    match Xlsx::new(Cursor::new(bytes.to_vec())) {
        Ok(xlsx) => read_xlsx_cells(xlsx),
        // Not an .xlsx: let calamine find out what it is (an .ods, say) or say why not.
        Err(_) => {
            read_dense(open_workbook_auto_from_rs(Cursor::new(bytes.to_vec())).map_err(|e| e.to_string())?)
        }
    }
}

/// More grid cells than any form needs (a sheet is kept as rows of cells up to its last one).
const MAX_GRID_CELLS: u64 = 4_000_000;

/// Reads .xlsx cell by cell into rows, bounded: calamine's dense ranges would span from the
/// first to the last cell, and two cells far apart would ask for gigabytes.
fn read_xlsx_cells(mut xlsx: Xlsx<Cursor<Vec<u8>>>) -> Result<Workbook, String> {
    let mut sheets = vec![];
    for name in xlsx.sheet_names() {
        let mut reader = xlsx.worksheet_cells_reader(&name).map_err(|e| e.to_string())?;
        let mut rows: Vec<Vec<String>> = vec![];
        let mut grid_cells: u64 = 0;
        while let Some(cell) = reader.next_cell().map_err(|e| e.to_string())? {
            let text = cell_text(&Data::from(cell.get_value().clone()));
            if text.is_empty() {
                continue;
            }
            let (row, col) = cell.get_position();
            let (row, col) = (row as usize, col as usize);
            if rows.len() <= row {
                grid_cells += (row + 1 - rows.len()) as u64;
                rows.resize_with(row + 1, Vec::new);
            }
            if rows[row].len() <= col {
                grid_cells += (col + 1 - rows[row].len()) as u64;
                rows[row].resize(col + 1, String::new());
            }
            if grid_cells > MAX_GRID_CELLS {
                return Err(format!(
                    "the sheet '{name}' is spread over more rows and columns than a form has (a cell at row {}, column {})",
                    row + 1,
                    col + 1
                ));
            }
            rows[row][col] = text;
        }
        sheets.push(Sheet { name, rows });
    }
    Ok(Workbook { sheets })
}

fn read_dense<R: Reader<Cursor<Vec<u8>>>>(mut wb: R) -> Result<Workbook, String>
where
    R::Error: std::fmt::Display,
{
    let mut sheets = vec![];
    for name in wb.sheet_names() {
        let range = wb.worksheet_range(&name).map_err(|e| e.to_string())?;
        let mut rows = vec![];
        // Keep the sheet's own row numbers: pad the rows above the first used one.
        let (start_row, start_col) = range.start().unwrap_or((0, 0));
        for _ in 0..start_row {
            rows.push(vec![]);
        }
        for r in range.rows() {
            let mut row = vec![String::new(); start_col as usize];
            row.extend(r.iter().map(cell_text));
            rows.push(row);
        }
        sheets.push(Sheet { name, rows });
    }
    Ok(Workbook { sheets })
}

fn read_csv(bytes: &[u8]) -> Result<Workbook, String> {
    let mut reader = csv::ReaderBuilder::new().has_headers(false).flexible(true).from_reader(bytes);
    let mut sheets: Vec<Sheet> = vec![];
    for rec in reader.records() {
        let rec = rec.map_err(|e| e.to_string())?;
        let cells: Vec<String> = rec.iter().map(|c| c.trim().to_string()).collect();
        let first = cells.first().map(String::as_str).unwrap_or("");
        if !first.is_empty() {
            sheets.push(Sheet { name: first.to_string(), rows: vec![] });
            let rest = &cells[1..];
            if rest.iter().any(|c| !c.is_empty())
                && let Some(s) = sheets.last_mut()
            {
                s.rows.push(rest.to_vec());
            }
            continue;
        }
        if let Some(s) = sheets.last_mut() {
            s.rows.push(cells.get(1..).map(<[String]>::to_vec).unwrap_or_default());
        }
    }
    Ok(Workbook { sheets })
}
