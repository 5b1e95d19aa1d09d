//! `datashift data summary --form ID`: every question of a form summarised over its current
//! submissions, printed as text (the same summaries as the form's data page).

use anyhow::Context;
use clap::Subcommand;
use store::collection::SubmissionFilter;

#[derive(Debug, Subcommand)]
pub enum DataCommand {
    /// Print the summary of every question of a form (counts and shares, numbers, dates, texts).
    Summary {
        /// The form's id (as in its address, /forms/ID).
        #[arg(long)]
        form: String,
    },
}

pub async fn run(config: web::Config, command: DataCommand) -> anyhow::Result<()> {
    let state = web::build_state(config).await?;
    match command {
        DataCommand::Summary { form } => {
            let form =
                state.store.form(&form).await.with_context(|| format!("no form with the id {form:?}"))?;
            let summaries = web::data::read::summarise(&state, &form, &SubmissionFilter::default())
                .await
                .map_err(|e| anyhow::anyhow!("{e}"))?;
            print!("{}", web::data::text::render(&form.title, &summaries));
        }
    }
    Ok(())
}
