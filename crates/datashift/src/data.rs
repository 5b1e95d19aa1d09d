//! `datashift data summary --form ID [--afresh]`: every question of a form summarised over its
//! current submissions, printed as text (the same summaries as the form's data page, from its
//! running summary unless `--afresh`).
//! `datashift data purge --form ID [--days N] [--dry-run]`: the retention purge of a form's
//! personal answers and media, or what it would remove.
//! `datashift data export --form ID --format csv|xlsx|geojson|zip`: the same exports as the
//! export page, written by the server's operator: personal values shown unless `--anonymise`,
//! and one audit line with no user ("command line").

use std::io::Write;
use std::path::PathBuf;

use anyhow::{Context, bail};
use clap::Subcommand;
use store::collection::SubmissionFilter;
use store::personal_data::{MAX_RETENTION_DAYS, RetentionDays};
use web::data::export::options::{ExportQuery, Format};
use web::data::export::run::{self, Plan, read_query};
use web::data::personal::Viewer;
use web::privacy::retention::{self, PurgeReport, cutoff};

#[derive(Debug, Subcommand)]
pub enum DataCommand {
    /// Print the summary of every question of a form (counts and shares, numbers, dates, texts).
    Summary {
        /// The form's id (as in its address, /forms/ID).
        #[arg(long)]
        form: String,
        /// Read every submission again instead of bringing the form's running summary up to
        /// date (and keep nothing).
        #[arg(long)]
        afresh: bool,
    },
    /// Purge the personal answers and media of a form's submissions older than its retention
    /// period (or --days); --dry-run only reports what would go.
    Purge {
        /// The form's id (as in its address, /forms/ID).
        #[arg(long)]
        form: String,
        /// Days to keep, instead of the form's retention period.
        #[arg(long)]
        days: Option<i64>,
        /// Report what would be purged, change nothing.
        #[arg(long)]
        dry_run: bool,
    },
    /// Export a form's current submissions (all of them, pilot and live) to a file or stdout.
    Export {
        /// The form's id (as in its address, /forms/ID).
        #[arg(long)]
        form: String,
        /// csv, xlsx, geojson or zip (the CSV tables and the media files).
        #[arg(long, value_parser = ["csv", "xlsx", "geojson", "zip"])]
        format: String,
        /// Question and choice labels instead of names.
        #[arg(long)]
        labels: bool,
        /// Pseudonyms for personal values, and places and recordings left out.
        #[arg(long)]
        anonymise: bool,
        /// The labels' language, one of the form's (as the form names it, e.g. "English (en)").
        #[arg(long)]
        language: Option<String>,
        /// One 0/1 column per option of a select_multiple.
        #[arg(long)]
        split_multiple: bool,
        /// The file to write; stdout when absent (CSV of a form without repeats, and GeoJSON).
        #[arg(short, long)]
        output: Option<PathBuf>,
    },
}

pub async fn run(config: web::Config, command: DataCommand) -> anyhow::Result<()> {
    let state = web::build_state(config).await?;
    match command {
        DataCommand::Summary { form, afresh } => {
            let form =
                state.store.form(&form).await.with_context(|| format!("no form with the id {form:?}"))?;
            let summaries = web::data::read::summarise(&state, &form, &SubmissionFilter::default(), afresh)
                .await
                .map_err(|e| anyhow::anyhow!("{e}"))?;
            print!("{}", web::data::text::render(&form.title, &summaries));
        }
        DataCommand::Purge { form, days, dry_run } => {
            let form =
                state.store.form(&form).await.with_context(|| format!("no form with the id {form:?}"))?;
            let days = match days {
                Some(days) => RetentionDays::new(days)
                    .with_context(|| format!("--days takes 1 to {MAX_RETENTION_DAYS} days, not {days}"))?,
                None => state.store.form_privacy(&form.id).await?.retention.with_context(|| {
                    format!(
                        "the form {:?} has no retention period: set one on its privacy page or pass --days",
                        form.title
                    )
                })?,
            };
            let before = cutoff(state.config.clock.now(), days);
            let report = if dry_run {
                retention::plan(&state, &form, before).await
            } else {
                retention::purge(&state, &form, before, None).await
            }
            .map_err(|e| anyhow::anyhow!("{e}"))?;
            println!("{}", purge_line(&form.title, &report, dry_run));
        }
        DataCommand::Export { form, format, labels, anonymise, language, split_multiple, output } => {
            let form =
                state.store.form(&form).await.with_context(|| format!("no form with the id {form:?}"))?;
            let format = Format::parse(&format).context("the format must be csv, xlsx, geojson or zip")?;
            let export = ExportQuery {
                format: format.as_str().to_owned(),
                values: if labels { "labels".to_owned() } else { String::new() },
                language: language.unwrap_or_default(),
                multiple: if split_multiple { "split".to_owned() } else { String::new() },
                anonymise: if anonymise { "yes".to_owned() } else { String::new() },
                download: String::new(),
            };
            // Every current submission, pilot and live.
            let (table, _) = read_query("pilot=all");
            let plan = match Plan::build(&state, Viewer::Operator, &form, format, &table, &export).await {
                Ok(Ok(plan)) => plan,
                Ok(Err(problems)) => bail!("the export could not be planned: {}", problems.join(", ")),
                Err(err) => bail!("planning the export: {err}"),
            };
            if output.is_none() && !matches!(plan.extension(), "csv" | "geojson") {
                bail!("a {} export is a binary file: name it with -o FILE", plan.extension());
            }
            plan.audit(&state, None, format!("{}; command line", plan.detail()))
                .await
                .map_err(|e| anyhow::anyhow!("writing the audit log: {e}"))?;
            let handle = tokio::runtime::Handle::current();
            let runner = state.clone();
            let written = tokio::task::spawn_blocking(move || -> anyhow::Result<u64> {
                let mut out: Box<dyn Write + Send> = match &output {
                    Some(path) => Box::new(std::io::BufWriter::new(
                        std::fs::File::create(path)
                            .with_context(|| format!("creating {}", path.display()))?,
                    )),
                    None => Box::new(std::io::BufWriter::new(std::io::stdout())),
                };
                let written = run::write(&handle, &runner, &plan, &mut out, &mut |_| Ok(()))?;
                out.flush()?;
                Ok(written)
            })
            .await??;
            eprintln!("{written} submissions exported");
        }
    }
    Ok(())
}

/// One line saying what a purge removed (or would remove).
fn purge_line(title: &str, report: &PurgeReport, dry_run: bool) -> String {
    let before = report.before.map(|b| b.format("%Y-%m-%d %H:%M UTC").to_string()).unwrap_or_default();
    format!(
        "{title}: {} {} submissions received before {before}: {} personal answers, {} files ({:.1} MB)",
        if dry_run { "would purge" } else { "purged" },
        report.submissions,
        report.personal_values,
        report.files,
        report.bytes as f64 / 1_048_576.0,
    )
}
