//! Forms written as small inline tables, in the style of pyxform's markdown tests, for this
//! crate's tests and for the tests and benchmarks of the crates that use it.

/// Builds the one-file CSV layout of an XLSForm from markdown-like tables: a `| sheet |` row
/// names a sheet, and `| | a | b |` rows are the cells of that sheet.
pub fn csv_from_table(table: &str) -> Vec<u8> {
    let mut out = String::new();
    for line in table.lines().map(str::trim).filter(|l| l.starts_with('|')) {
        let cells: Vec<String> = line
            .trim_matches('|')
            .split('|')
            .map(|c| format!("\"{}\"", c.trim().replace('"', "\"\"")))
            .collect();
        out.push_str(&cells.join(","));
        out.push('\n');
    }
    out.into_bytes()
}
