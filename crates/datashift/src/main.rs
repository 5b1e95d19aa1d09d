//! The DataShift binary: `serve`, `migrate`, `demo`, `backup` and admin commands.

#![forbid(unsafe_code)]

mod admin;
mod backup;
mod collector;
mod config;
mod data;
mod demo;
mod demo_training;
mod form;

use anyhow::Context;
use clap::{Parser, Subcommand};
use tracing_subscriber::EnvFilter;
use web::Application;

use crate::config::Settings;

/// DataShift: online structured support for civil society organisations using citizen-generated data.
///
/// Every setting can come from a flag, from a DATASHIFT_* environment variable or from a TOML
/// config file (--config, or ./datashift.toml), in that order of precedence.
#[derive(Debug, Parser)]
#[command(name = "datashift", version, about, long_about)]
struct Cli {
    #[command(flatten)]
    settings: Settings,
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Run the web server (applies pending migrations first).
    Serve {
        /// Load demonstration data (a programme manager, capacity builders and six CSOs) and print the logins.
        #[arg(long)]
        demo: bool,
    },
    /// Apply pending database migrations and exit.
    Migrate,
    /// Load demonstration data into the database, print the logins and exit.
    Demo,
    /// Write a consistent copy of the live SQLite database and uploaded files to a new directory.
    Backup {
        /// Directory to create for the copy.
        path: std::path::PathBuf,
    },
    /// Manage people's accounts.
    #[command(subcommand)]
    User(admin::UserCommand),
    /// Manage organisations.
    #[command(subcommand)]
    Org(admin::OrgCommand),
    /// Convert and check XLSForms (no database needed); publish and list an organisation's forms.
    #[command(subcommand)]
    Form(form::FormCommand),
    /// Devices that collect data (ODK Collect, KoboCollect).
    #[command(subcommand)]
    Collector(collector::CollectorCommand),
    /// A form's data: the summary of every question.
    #[command(subcommand)]
    Data(data::DataCommand),
}

fn init_tracing() {
    let filter =
        EnvFilter::try_from_env("DATASHIFT_LOG").unwrap_or_else(|_| EnvFilter::new("info,sqlx=warn"));
    let builder = tracing_subscriber::fmt().with_env_filter(filter).with_writer(std::io::stderr);
    if std::env::var("DATASHIFT_LOG_FORMAT").is_ok_and(|f| f == "json") {
        builder.json().init();
    } else {
        builder.init();
    }
}

/// mimalloc instead of glibc's allocator: a submission makes many short-lived allocations
/// (multipart parts, the parsed instance, JSON), and glibc's malloc/free were a quarter of the
/// request threads' CPU time under load (scripts/bench-collect with perf).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let cli = Cli::parse();
    init_tracing();
    let config = cli.settings.resolve()?;
    match cli.command {
        Command::Serve { demo } => {
            let app = Application::build(config).await?;
            if demo {
                let logins = demo::load(app.state()).await.context("loading demo data")?;
                demo::print_logins(&logins);
            }
            // Tests and scripts wait for this exact line on standard output.
            println!("listening on http://{}", app.local_addr());
            app.run_until_stopped().await
        }
        Command::Migrate => {
            web::build_state(config).await?;
            println!("migrations applied");
            Ok(())
        }
        Command::Demo => {
            let state = web::build_state(config).await?;
            let logins = demo::load(&state).await.context("loading demo data")?;
            demo::print_logins(&logins);
            Ok(())
        }
        Command::Backup { path } => backup::run(config, &path).await,
        Command::User(command) => admin::user(config, command).await,
        Command::Org(command) => admin::org(config, command).await,
        Command::Collector(command) => collector::run(config, command).await,
        Command::Data(command) => data::run(config, command).await,
        Command::Form(command) => {
            let code = form::run(config, command).await?;
            if code != std::process::ExitCode::SUCCESS {
                std::process::exit(1);
            }
            Ok(())
        }
    }
}
