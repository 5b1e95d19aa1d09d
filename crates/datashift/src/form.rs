//! `datashift form convert|check`: XLSForm to XForm on the command line, no database;
//! `datashift form publish|list`: an organisation's forms in the database.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Context;
use clap::Subcommand;
use xlsform::{Diagnostic, Format, Options, Severity};

/// Work with XLSForms.
#[derive(Debug, Subcommand)]
pub enum FormCommand {
    /// Convert an XLSForm (.xlsx, .xls, .csv) to an ODK XForm, printed on standard output.
    Convert {
        /// The XLSForm file.
        form: PathBuf,
        /// Write the XForm to this file instead of standard output.
        #[arg(short, long)]
        output: Option<PathBuf>,
        /// Name of the instance root element (default `data`).
        #[arg(long)]
        name: Option<String>,
    },
    /// List the errors and warnings of an XLSForm.
    Check {
        /// The XLSForm file.
        form: PathBuf,
        /// Print the problems as JSON.
        #[arg(long)]
        json: bool,
    },
    /// Publish an XLSForm for an organisation (a new form, or a new version of one).
    Publish {
        /// The organisation's slug (`datashift org create` prints it).
        #[arg(long)]
        org: String,
        /// The XLSForm file.
        form: PathBuf,
    },
    /// List an organisation's forms, each with its latest version and submission count.
    List {
        /// The organisation's slug.
        #[arg(long)]
        org: String,
    },
}

fn load(path: &Path, name: Option<String>) -> anyhow::Result<Result<xlsform::Conversion, Vec<Diagnostic>>> {
    let file_name = path.file_name().and_then(|n| n.to_str()).unwrap_or_default();
    let format = Format::from_file_name(file_name)
        .with_context(|| format!("{} is not an .xlsx, .xls or .csv file", path.display()))?;
    let bytes = std::fs::read(path).with_context(|| format!("reading {}", path.display()))?;
    let stem = path.file_stem().and_then(|s| s.to_str()).map(str::to_string);
    let options = Options { form_name: name, fallback_id: stem };
    Ok(xlsform::convert(&bytes, format, &options))
}

fn json_string(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn diagnostic_json(d: &Diagnostic) -> String {
    let opt = |v: Option<&str>| v.map(json_string).unwrap_or_else(|| "null".into());
    format!(
        "{{\"code\":{},\"severity\":\"{}\",\"sheet\":{},\"row\":{},\"column\":{},\"message\":{}}}",
        json_string(d.code.as_str()),
        if d.severity == Severity::Error { "error" } else { "warning" },
        opt(d.sheet.as_deref()),
        d.row.map(|r| r.to_string()).unwrap_or_else(|| "null".into()),
        opt(d.column.as_deref()),
        json_string(&d.message)
    )
}

/// Run a form command; the exit code says whether the form converts.
pub async fn run(config: web::Config, command: FormCommand) -> anyhow::Result<ExitCode> {
    match command {
        FormCommand::Publish { org, form } => publish(config, &org, &form).await,
        FormCommand::List { org } => list(config, &org).await,
        FormCommand::Convert { form, output, name } => match load(&form, name)? {
            Ok(conv) => {
                for w in &conv.warnings {
                    eprintln!("warning: {w}");
                }
                match output {
                    Some(path) => std::fs::write(&path, &conv.xml)
                        .with_context(|| format!("writing {}", path.display()))?,
                    None => print!("{}", conv.xml),
                }
                Ok(ExitCode::SUCCESS)
            }
            Err(errors) => {
                for e in &errors {
                    eprintln!("{e}");
                }
                Ok(ExitCode::FAILURE)
            }
        },
        FormCommand::Check { form, json } => {
            let (problems, ok) = match load(&form, None)? {
                Ok(conv) => (conv.warnings, true),
                Err(errors) => (errors, false),
            };
            if json {
                let items: Vec<String> = problems.iter().map(diagnostic_json).collect();
                println!("{{\"ok\":{ok},\"problems\":[{}]}}", items.join(","));
            } else {
                for p in &problems {
                    let kind = if p.severity == Severity::Error { "error" } else { "warning" };
                    println!("{kind}: {p}");
                }
                if ok {
                    println!("{}: no errors", form.display());
                }
            }
            Ok(if ok { ExitCode::SUCCESS } else { ExitCode::FAILURE })
        }
    }
}

async fn publish(config: web::Config, org: &str, path: &Path) -> anyhow::Result<ExitCode> {
    use web::forms::publish::{PublishError, publish_xlsform};
    let state = web::build_state(config).await?;
    let organisation =
        state.store.organisation_by_slug(org).await.with_context(|| format!("no organisation {org:?}"))?;
    let file_name = path.file_name().and_then(|n| n.to_str()).unwrap_or_default().to_owned();
    let bytes = std::fs::read(path).with_context(|| format!("reading {}", path.display()))?;
    match publish_xlsform(&state.store, &state.blobs, &organisation.id, None, &file_name, bytes).await {
        Ok(published) => {
            for w in &published.warnings {
                eprintln!("warning: {w}");
            }
            println!(
                "published {} version {} ({})",
                published.form.xml_form_id, published.version.version, published.form.id
            );
            Ok(ExitCode::SUCCESS)
        }
        Err(PublishError::Invalid(errors)) => {
            for e in &errors {
                eprintln!("{e}");
            }
            Ok(ExitCode::FAILURE)
        }
        Err(err) => {
            eprintln!("error: {err}");
            Ok(ExitCode::FAILURE)
        }
    }
}

async fn list(config: web::Config, org: &str) -> anyhow::Result<ExitCode> {
    let state = web::build_state(config).await?;
    let organisation =
        state.store.organisation_by_slug(org).await.with_context(|| format!("no organisation {org:?}"))?;
    println!("form_id\tversion\tmode\tsubmissions\tpilot_submissions\ttitle");
    for summary in state.store.forms_of(&organisation.id).await? {
        println!(
            "{}\t{}\t{}\t{}\t{}\t{}",
            summary.form.xml_form_id,
            summary.latest_version,
            summary.form.mode.as_str(),
            summary.submissions,
            summary.pilot_submissions,
            summary.form.title
        );
    }
    Ok(ExitCode::SUCCESS)
}
