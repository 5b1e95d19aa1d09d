//! The shipped curriculum (`content/modules/NN-slug/`), compiled into the binary so that a
//! fresh `datashift serve --demo` and a deployed binary both have it, and loaded into the
//! database at start-up: missing modules are inserted, existing ones are left to the admins.

use anyhow::Context;
use include_dir::{Dir, include_dir};
use store::Store;
use store::curriculum::{LoadReport, Video};

use super::source::{ModuleSource, Problem, parse_folder};
use super::video::sniff_video;
use crate::kernel::state::AppState;

// include_dir does not tell Cargo about the files on stable Rust; `build.rs` does
// (rerun-if-changed on content/), so an edited module is compiled in on the next build.
static MODULES: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/../../content/modules");

/// Every shipped module in folder order, or every broken folder with its problems.
pub fn shipped_modules() -> Result<Vec<ModuleSource>, Vec<(String, Vec<Problem>)>> {
    let mut folders: Vec<&Dir<'static>> = MODULES.dirs().collect();
    folders.sort_by(|a, b| a.path().cmp(b.path()));
    let mut modules = Vec::new();
    let mut broken = Vec::new();
    for folder in folders {
        let name = folder.path().file_name().and_then(|n| n.to_str()).unwrap_or_default();
        let file = |file: &str| folder.get_file(folder.path().join(file)).and_then(|f| f.contents_utf8());
        match parse_folder(name, file) {
            Ok(module) => modules.push(module),
            Err(problems) => broken.push((name.to_owned(), problems)),
        }
    }
    if broken.is_empty() { Ok(modules) } else { Err(broken) }
}

/// Inserts the shipped modules the database lacks (one transaction); keeps the others.
#[tracing::instrument(skip_all, err)]
pub async fn load_shipped(store: &Store) -> anyhow::Result<LoadReport> {
    let modules = shipped_modules().map_err(|broken| {
        let list: Vec<String> = broken
            .iter()
            .flat_map(|(folder, problems)| problems.iter().map(move |p| format!("{folder}: {p}")))
            .collect();
        anyhow::anyhow!("the shipped curriculum has problems: {}", list.join("; "))
    })?;
    let new: Vec<_> = modules.into_iter().map(ModuleSource::into_new_module).collect();
    let report = store.load_modules(&new).await.context("loading the curriculum")?;
    tracing::info!(inserted = report.inserted.len(), kept = report.kept.len(), "curriculum loaded");
    Ok(report)
}

/// Gives the module `slug` the demo's sample video unless it already has a video. The file
/// is checked as an admin's upload would be.
pub async fn attach_demo_video(state: &AppState, slug: &str, bytes: &'static [u8]) -> anyhow::Result<()> {
    let module = state.store.module_by_slug(slug).await.with_context(|| format!("the module {slug}"))?;
    if module.video.is_some() {
        return Ok(());
    }
    let content_type = sniff_video(bytes).context("the demo video is neither MP4 nor WebM")?;
    let blobs = state.blobs.clone();
    let key = tokio::task::spawn_blocking(move || -> std::io::Result<_> {
        let key = blobs.put(bytes)?;
        blobs.sync()?;
        Ok(key)
    })
    .await?
    .context("storing the demo video")?;
    let video = Video::Uploaded { key, content_type: content_type.to_owned(), size: bytes.len() as i64 };
    state.store.set_module_video(&module.id, Some(&video), None).await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::kernel::i18n::Locale;

    #[test]
    fn every_shipped_module_parses_in_every_language() {
        let modules = shipped_modules().unwrap_or_else(|broken| panic!("broken content: {broken:#?}"));
        assert_eq!(modules.len(), 12);
        let positions: Vec<_> = modules.iter().map(|m| m.position).collect();
        assert_eq!(positions, (1..=12).map(Some).collect::<Vec<_>>());
        for module in &modules {
            assert_eq!(module.texts.iter().map(|(l, _)| *l).collect::<Vec<_>>(), Locale::ALL);
            assert!(module.texts.iter().all(|(_, t)| t.captions.is_some()), "{}", module.slug.as_str());
        }
        let days: Vec<i64> = modules.iter().map(|m| m.settings.day).collect();
        assert!(days.windows(2).all(|w| w[0] <= w[1]), "modules come in the order of the days: {days:?}");
        assert_eq!(days.first(), Some(&1));
        assert_eq!(days.last(), Some(&10));
    }
}
