use std::path::Path;

use anyhow::{Context, bail};
use web::Config;

/// Copies the live database (one consistent snapshot, writers carry on) and the files.
pub async fn run(config: Config, target: &Path) -> anyhow::Result<()> {
    if target.exists() && target.read_dir().map(|mut d| d.next().is_some()).unwrap_or(true) {
        bail!("{} already exists and is not empty; choose a new directory", target.display());
    }
    std::fs::create_dir_all(target).with_context(|| format!("creating {}", target.display()))?;
    let state = web::build_state(config).await?;
    let database = target.join("datashift.sqlite3");
    state.store.backup_sqlite_to(&database).await.context("copying the database")?;
    // Blobs are written (and flushed) before the rows that name them are committed, so a copy
    // taken after the database snapshot holds every blob the snapshot refers to.
    let mut copied = 0;
    for dir in ["files", "blobs"] {
        let from = state.config.data_dir.join(dir);
        copied += copy_dir(&from, &target.join(dir)).with_context(|| format!("copying {dir}"))?;
    }
    println!("backup written to {} (database and {copied} files)", target.display());
    Ok(())
}

fn copy_dir(from: &Path, to: &Path) -> anyhow::Result<u64> {
    std::fs::create_dir_all(to)?;
    let mut count = 0;
    if !from.exists() {
        return Ok(0);
    }
    for entry in std::fs::read_dir(from)? {
        let entry = entry?;
        let target = to.join(entry.file_name());
        if entry.file_name() == "tmp" {
            continue;
        }
        if entry.file_type()?.is_dir() {
            count += copy_dir(&entry.path(), &target)?;
        } else {
            std::fs::copy(entry.path(), &target)?;
            count += 1;
        }
    }
    Ok(count)
}
