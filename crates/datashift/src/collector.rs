//! `datashift collector create`: a device's access, printed as the server URL to enter in
//! ODK Collect (the last line, so scripts can take it with `tail -n 1`).

use anyhow::Context;
use clap::Subcommand;
use store::types::Name;

#[derive(Debug, Subcommand)]
pub enum CollectorCommand {
    /// Give a device access to the organisation's forms; prints its server URL last.
    Create {
        /// The organisation's slug.
        #[arg(long)]
        org: String,
        /// The device, or the person who uses it.
        #[arg(long)]
        name: String,
    },
}

pub async fn run(config: web::Config, command: CollectorCommand) -> anyhow::Result<()> {
    let base = config.base_url.clone();
    let state = web::build_state(config).await?;
    match command {
        CollectorCommand::Create { org, name } => {
            let organisation = state
                .store
                .organisation_by_slug(&org)
                .await
                .with_context(|| format!("no organisation {org:?}"))?;
            let name = Name::parse(&name).map_err(|e| anyhow::anyhow!("{e}"))?;
            let (collector, token) =
                state.store.create_device_collector(&organisation.id, &name, None).await?;
            eprintln!(
                "collector {} created for {}; the URL below is shown once",
                collector.name, organisation.name
            );
            println!("{}/key/{}", base.trim_end_matches('/'), token.expose());
        }
    }
    Ok(())
}
