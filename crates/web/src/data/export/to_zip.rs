//! ZIP written as a stream (no seeking back; sizes in data descriptors), so it starts at once
//! and is never whole in memory: media as they are read, then one CSV per table, each table
//! kept in a temporary file until its turn (removed when dropped, cancelled or not).

use std::io::{self, BufWriter, Seek, Write};
use std::path::Path;

use tempfile::NamedTempFile;
use zip::write::{SimpleFileOptions, StreamWriter};
use zip::{CompressionMethod, ZipWriter};

use super::layout::Layout;
use super::rows::Row;
use super::to_csv::CsvTable;

pub struct ZipTables<W: Write> {
    zip: ZipWriter<StreamWriter<W>>,
    tables: Vec<(String, CsvTable<BufWriter<NamedTempFile>>)>,
}

fn options(method: CompressionMethod) -> SimpleFileOptions {
    // ZIP64 sizes, so that a table past 4 GB is still a valid entry.
    SimpleFileOptions::default().compression_method(method).large_file(true)
}

/// A name safe inside a ZIP: no folders of its own, no `..`.
fn safe(name: &str) -> String {
    let cleaned: String =
        name.chars().map(|c| if matches!(c, '/' | '\\' | '\0') { '_' } else { c }).collect();
    let cleaned = cleaned.trim_start_matches('.');
    if cleaned.is_empty() { "file".to_owned() } else { cleaned.to_owned() }
}

impl<W: Write> ZipTables<W> {
    /// A ZIP of the layout's tables, their rows kept in temporary files in `temp`.
    pub fn start(out: W, layout: &Layout, temp: &Path) -> Result<Self, super::run::ExportError> {
        let mut tables = Vec::with_capacity(layout.tables.len());
        for table in &layout.tables {
            let file = NamedTempFile::with_prefix_in("export-", temp)?;
            tables.push((
                format!("{}.csv", safe(&table.name)),
                CsvTable::start(BufWriter::new(file), &table.headers)?,
            ));
        }
        Ok(Self { zip: ZipWriter::new_stream(out), tables })
    }

    pub fn row(&mut self, row: &Row) -> csv::Result<()> {
        self.tables[row.table].1.row(&row.cells)
    }

    /// A received file, at `media/<submission id>/<name>`.
    pub fn media(
        &mut self,
        submission_id: &str,
        name: &str,
        mut bytes: impl io::Read,
    ) -> zip::result::ZipResult<()> {
        // Photos, recordings and videos are compressed already.
        self.zip.start_file(
            format!("media/{}/{}", safe(submission_id), safe(name)),
            options(CompressionMethod::Stored),
        )?;
        io::copy(&mut bytes, &mut self.zip)?;
        Ok(())
    }

    /// Appends the tables and ends the ZIP; the temporary files are removed.
    pub fn finish(mut self) -> Result<W, super::run::ExportError> {
        for (name, table) in std::mem::take(&mut self.tables) {
            let mut file = table.finish()?.into_inner().map_err(|e| e.into_error())?;
            file.flush()?;
            file.rewind()?;
            self.zip.start_file(name, options(CompressionMethod::Deflated))?;
            io::copy(&mut file, &mut self.zip)?;
        }
        let mut out = self.zip.finish()?.into_inner();
        out.flush()?;
        Ok(out)
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn names_stay_inside_their_folder() {
        assert_eq!(super::safe("../../etc/passwd"), "_.._etc_passwd");
        assert_eq!(super::safe("photo 1.jpg"), "photo 1.jpg");
        assert_eq!(super::safe(".."), "file");
    }
}
