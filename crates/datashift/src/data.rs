//! `datashift data summary --form ID`: every question of a form summarised over its current
//! submissions, printed as text (the same summaries as the form's data page).
//! `datashift data purge --form ID [--days N] [--dry-run]`: the retention purge of a form's
//! personal answers and media, or what it would remove.

use anyhow::Context;
use clap::Subcommand;
use store::collection::SubmissionFilter;
use store::personal_data::{MAX_RETENTION_DAYS, RetentionDays};
use web::data::personal::Reader;
use web::privacy::retention::{self, PurgeReport, cutoff};

#[derive(Debug, Subcommand)]
pub enum DataCommand {
    /// Print the summary of every question of a form (counts and shares, numbers, dates, texts).
    Summary {
        /// The form's id (as in its address, /forms/ID).
        #[arg(long)]
        form: String,
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
}

pub async fn run(config: web::Config, command: DataCommand) -> anyhow::Result<()> {
    let state = web::build_state(config).await?;
    match command {
        DataCommand::Summary { form } => {
            let form =
                state.store.form(&form).await.with_context(|| format!("no form with the id {form:?}"))?;
            let summaries =
                web::data::read::summarise(&state, &form, &SubmissionFilter::default(), Reader::Operator)
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
