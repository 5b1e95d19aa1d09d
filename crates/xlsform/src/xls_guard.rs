//! A check of legacy `.xls` files before calamine reads them. Fuzzing found small files
//! (5 to 14 KB) whose compound-file container loops or whose sheet dimensions are absurd,
//! making calamine ask for gigabytes of memory and abort the whole process, which no
//! `catch_unwind` can stop. The `cfb` crate reads the container defensively (it refuses the
//! looping and out-of-range sector chains), and the sheets' DIMENSIONS records are held to
//! the format's limits here, so such a file is refused as damaged instead.

use std::io::{Cursor, Read};

/// The most rows and columns an .xls sheet can have (BIFF8); calamine reserves room for
/// rows × columns up front, so a record claiming more is refused as damaged.
const MAX_ROWS: u64 = 65_536;
const MAX_COLUMNS: u64 = 256;

const DIMENSIONS: u16 = 0x0200;

/// Records that carry a value at (row u16, column u16): the cells calamine keeps.
const CELL_RECORDS: [u16; 7] = [0x0006, 0x00D6, 0x00FD, 0x0203, 0x0204, 0x0205, 0x027E];
const MULRK: u16 = 0x00BD;

/// Refuses an `.xls` file whose container is inconsistent or whose sheets claim too many cells.
pub(crate) fn check(bytes: &[u8]) -> Result<(), String> {
    let damaged = |why: &str| format!("the file is damaged or not a spreadsheet ({why})");
    let mut container = cfb::CompoundFile::open(Cursor::new(bytes)).map_err(|e| damaged(&e.to_string()))?;
    let stream = ["/Workbook", "/Book"]
        .into_iter()
        .find(|name| container.is_stream(name))
        .ok_or_else(|| damaged("no workbook stream"))?;
    let mut workbook = Vec::new();
    container
        .open_stream(stream)
        .and_then(|mut s| s.read_to_end(&mut workbook))
        .map_err(|e| damaged(&e.to_string()))?;
    let mut at = 0;
    let u16_at =
        |data: &[u8], i: usize| data.get(i..i + 2).map_or(0, |b| u64::from(u16::from_le_bytes([b[0], b[1]])));
    while at + 4 <= workbook.len() {
        let kind = u16::from_le_bytes([workbook[at], workbook[at + 1]]);
        let len = usize::from(u16::from_le_bytes([workbook[at + 2], workbook[at + 3]]));
        let data = workbook.get(at + 4..at + 4 + len).ok_or_else(|| damaged("a record runs past the end"))?;
        if kind == DIMENSIONS {
            let (rows, cols) = match len {
                // BIFF8: first and last+1 row as u32, first and last+1 column as u16.
                14 => (
                    u64::from(u32::from_le_bytes([data[4], data[5], data[6], data[7]]))
                        .saturating_sub(u64::from(u32::from_le_bytes([data[0], data[1], data[2], data[3]]))),
                    u64::from(u16::from_le_bytes([data[10], data[11]]))
                        .saturating_sub(u64::from(u16::from_le_bytes([data[8], data[9]]))),
                ),
                // BIFF5/7: rows as u16.
                10 => (
                    u64::from(u16::from_le_bytes([data[2], data[3]]))
                        .saturating_sub(u64::from(u16::from_le_bytes([data[0], data[1]]))),
                    u64::from(u16::from_le_bytes([data[6], data[7]]))
                        .saturating_sub(u64::from(u16::from_le_bytes([data[4], data[5]]))),
                ),
                _ => return Err(damaged("a DIMENSIONS record of unknown size")),
            };
            if rows > MAX_ROWS || cols > MAX_COLUMNS {
                return Err(damaged("a sheet claims more rows or columns than the format allows"));
            }
        }
        if CELL_RECORDS.contains(&kind) || kind == MULRK {
            let first = u16_at(data, 2);
            // MULRK holds several cells: its last column closes the record.
            let last = if kind == MULRK { u16_at(data, len.saturating_sub(2)) } else { first };
            // calamine lays a sheet out as a dense grid from its first to its last cell; held
            // to the format's 256 columns (rows are 16-bit), that grid stays within 16.7M cells.
            if first >= MAX_COLUMNS || last >= MAX_COLUMNS {
                return Err(damaged("a cell lies beyond the format's last column"));
            }
        }
        at += 4 + len;
    }
    Ok(())
}
