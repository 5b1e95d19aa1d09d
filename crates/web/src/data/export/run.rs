//! One export from start to end: the [`Plan`] (what is asked, resolved once: tables, filter,
//! what the person may see) and [`write`], which reads the submissions a batch at a time and
//! writes them in the asked format to any writer: a response body, a job's file, stdout.
//! `write` is synchronous (the csv, zip and xlsx writers are) and runs on a blocking thread,
//! reading each batch through the runtime's handle.

use std::io::{self, Write};
use std::path::PathBuf;

use store::accounts::User;
use store::collection::{Form, SubmissionFilter};
use store::personal_data::AuditAction;
use tokio::runtime::Handle;

use super::layout::{Column, Kind, Layout, repeats};
use super::options::{ExportOptions, ExportQuery, Format};
use super::rows::{Indexes, rows_of};
use super::to_csv::CsvTable;
use super::to_geojson::GeoJson;
use super::to_xlsx::XlsxTables;
use super::to_zip::ZipTables;
use crate::data::personal::{self, Disclosure, Viewer};
use crate::kernel::error::{AppError, AppResult};
use crate::kernel::state::AppState;
use crate::submissions::fields::{Labels, questions};
use crate::submissions::table::{TableQuery, parse};

/// Submissions read per query.
const BATCH: usize = 500;

#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    #[error("writing the export: {0}")]
    Io(#[from] io::Error),
    #[error("reading the submissions: {0}")]
    Store(#[from] store::Error),
    #[error("writing the CSV: {0}")]
    Csv(#[from] csv::Error),
    #[error("writing the XLSX: {0}")]
    Xlsx(#[from] rust_xlsxwriter::XlsxError),
    #[error("writing the ZIP: {0}")]
    Zip(#[from] zip::result::ZipError),
    #[error("a table has more rows than a sheet holds")]
    TooManyRows,
}

impl ExportError {
    /// The translation key of what a person is told.
    pub fn key(&self) -> &'static str {
        match self {
            ExportError::TooManyRows => "export-error-too-many-rows",
            _ => "export-error-failed",
        }
    }
}

/// Everything an export needs, resolved once.
pub struct Plan {
    pub form: Form,
    pub format: Format,
    pub options: ExportOptions,
    pub filter: SubmissionFilter,
    pub layout: Layout,
    pub disclosure: Disclosure,
    /// The submissions the filter keeps when the export was planned.
    pub total: i64,
    /// Where temporary files go (under the data directory).
    pub temp: PathBuf,
}

/// The query string of the export page and downloads: the table's filters and the export's
/// own choices.
pub fn read_query(raw: &str) -> (TableQuery, ExportQuery) {
    (serde_urlencoded::from_str(raw).unwrap_or_default(), serde_urlencoded::from_str(raw).unwrap_or_default())
}

impl Plan {
    /// The plan of an export of `form` for `viewer`; the filters' problems (an unknown field,
    /// an unreadable date) are returned instead when there are any.
    pub async fn build(
        state: &AppState,
        viewer: Viewer<'_>,
        form: &Form,
        format: Format,
        table: &TableQuery,
        export: &ExportQuery,
    ) -> AppResult<Result<Plan, Vec<&'static str>>> {
        let form = form.clone();
        let version = state.store.latest_version(&form.id).await?;
        let prepared = state
            .prepared
            .get(&state.blobs, &form, &version)
            .await
            .map_err(|e| AppError::Internal(anyhow::anyhow!("{e}")))?;
        let survey = prepared.survey();
        let all = questions(survey);
        let (mut filter, problems) = parse(table, form.mode, &all);
        if !problems.is_empty() {
            return Ok(Err(problems));
        }
        // Every submission, in the batches' order, whatever page the table was on.
        filter.page = 1;
        let options =
            ExportOptions::from_query(export, &webform::languages(survey), &survey.default_language);
        let disclosure = personal::disclosure_for(state, viewer, &form, &all, options.anonymise).await?;
        // An exact-answer filter on a personal field would tell who answered what.
        if let Some(problem) = personal::guard_filter(&mut filter, &disclosure) {
            return Ok(Err(vec![problem]));
        }
        let labels = Labels::new(survey);
        let layout = Layout::new(&format!("/{}", survey.name), &all, &repeats(survey), &labels, &options);
        let total = state.store.count_submissions(&form.id, &filter).await?;
        let temp = state.config.data_dir.join("tmp");
        std::fs::create_dir_all(&temp)
            .map_err(|e| AppError::Internal(anyhow::anyhow!("creating {}: {e}", temp.display())))?;
        Ok(Ok(Plan { form, format, options, filter, layout, disclosure, total, temp }))
    }

    /// A CSV of a form with repeats is a ZIP of its tables.
    fn zipped(&self) -> bool {
        self.format == Format::Zip || (self.format == Format::Csv && self.layout.tables.len() > 1)
    }

    pub fn content_type(&self) -> &'static str {
        match self.format {
            _ if self.zipped() => "application/zip",
            Format::Csv => "text/csv; charset=utf-8",
            Format::Xlsx => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            Format::GeoJson => "application/geo+json",
            Format::Zip => "application/zip",
        }
    }

    pub fn extension(&self) -> &'static str {
        match self.format {
            _ if self.zipped() => "zip",
            Format::Csv => "csv",
            Format::Xlsx => "xlsx",
            Format::GeoJson => "geojson",
            Format::Zip => "zip",
        }
    }

    /// The downloaded file's name: the form's id and today's date.
    pub fn file_name(&self) -> String {
        let stem: String = self
            .form
            .xml_form_id
            .chars()
            .map(|c| if c.is_ascii_alphanumeric() || c == '-' || c == '_' { c } else { '_' })
            .collect();
        let today = chrono::Utc::now().format("%Y-%m-%d");
        format!("{stem}-{today}.{}", self.extension())
    }

    /// The audit line's detail: "csv, labels, language English (en), 1204 submissions".
    pub fn detail(&self) -> String {
        format!("{}, {}, {} submissions", self.format.as_str(), self.options.describe(), self.total)
    }

    /// Writes the export's audit line (an export is always recorded).
    pub async fn audit(&self, state: &AppState, user: Option<&User>, detail: String) -> AppResult<()> {
        personal::audit(state, user, &self.form, &self.disclosure, AuditAction::Export, detail).await
    }
}

/// The writer of the asked format.
// One per export, for its whole length: the CSV writer's buffer beside the GeoJSON's is no waste.
#[allow(clippy::large_enum_variant)]
enum Writer<'w, W: Write + Send> {
    Csv(CsvTable<&'w mut W>),
    // Boxed: the ZIP and XLSX writers' state is large beside the others'.
    Zip(Box<ZipTables<&'w mut W>>),
    Xlsx(Box<XlsxTables>, &'w mut W),
    GeoJson(GeoJson<&'w mut W>),
}

/// Writes `plan`'s export to `out`, calling `progress` with the submissions written after
/// each batch (an error there stops the export). Returns the submissions written. Runs on a
/// blocking thread: `handle` reads the batches.
pub fn write<W: Write + Send>(
    handle: &Handle,
    state: &AppState,
    plan: &Plan,
    out: &mut W,
    progress: &mut dyn FnMut(u64) -> Result<(), ExportError>,
) -> Result<u64, ExportError> {
    let layout = &plan.layout;
    let mut writer = match plan.format {
        Format::Xlsx => Writer::Xlsx(Box::new(XlsxTables::start(&layout.tables, &plan.temp)?), out),
        Format::GeoJson => Writer::GeoJson(GeoJson::start(out)?),
        _ if plan.zipped() => Writer::Zip(Box::new(ZipTables::start(out, layout, &plan.temp)?)),
        _ => Writer::Csv(CsvTable::start(out, &layout.tables[0].headers)?),
    };
    let media = plan.format == Format::Zip;
    let mut indexes = Indexes::default();
    let mut written = 0u64;
    // The store reads the next batch on a thread of its own while this one is written.
    let mut batches = {
        let _runtime = handle.enter();
        state.store.submission_rows_stream(&plan.form.id, &plan.filter, BATCH)
    };
    while let Some(batch) = batches.blocking_recv() {
        let batch = batch?;
        for submission in &batch {
            for row in rows_of(layout, &plan.disclosure, submission, &mut indexes) {
                match &mut writer {
                    Writer::Csv(csv) => csv.row(&row.cells)?,
                    Writer::Zip(zip) => zip.row(&row)?,
                    Writer::Xlsx(xlsx, _) => xlsx.row(&row)?,
                    Writer::GeoJson(geo) => geo.row(layout, &row)?,
                }
            }
            if let (true, Writer::Zip(zip)) = (media, &mut writer) {
                write_media(handle, state, plan, submission, zip)?;
            }
            written += 1;
        }
        progress(written)?;
    }
    match writer {
        Writer::Csv(csv) => {
            csv.finish()?.flush()?;
        }
        Writer::Zip(zip) => {
            zip.finish()?;
        }
        Writer::Xlsx(xlsx, out) => {
            xlsx.finish(&mut *out)?;
            out.flush()?;
        }
        Writer::GeoJson(geo) => {
            geo.finish()?;
        }
    }
    Ok(written)
}

/// The files received with a submission, at its file questions, that the person may see.
fn write_media<W: Write + Send>(
    handle: &Handle,
    state: &AppState,
    plan: &Plan,
    submission: &store::collection::SubmissionRow,
    zip: &mut ZipTables<W>,
) -> Result<(), ExportError> {
    let mut seen = std::collections::HashSet::new();
    for (path, name) in &submission.field_values {
        let bare = store::collection::submissions::without_positions(path);
        let is_file = plan.layout.slots(&bare).iter().any(|&(table, column)| {
            matches!(plan.layout.tables[table].columns[column], Column::Answer { kind: Kind::File, .. })
        });
        if !is_file || !plan.disclosure.shows_file(path) || !seen.insert(name.clone()) {
            continue;
        }
        let attachment = match handle.block_on(state.store.submission_attachment(&submission.id, name)) {
            Ok(attachment) => attachment,
            Err(store::Error::NotFound) => continue,
            Err(err) => return Err(err.into()),
        };
        let Some(key) = &attachment.blob_key else { continue };
        // Small attachments are kept in the database, larger ones are files in the blob store.
        match handle.block_on(state.store.attachment_bytes(key))? {
            Some(bytes) => zip.media(&submission.id, name, bytes.as_slice())?,
            None => zip.media(&submission.id, name, std::fs::File::open(state.blobs.path(key))?)?,
        }
    }
    Ok(())
}
