//! XLSForm conversion speed: the realistic corpus forms and a generated 2,000-question form.
//!
//! Figures, not tests (issue 3 asks for a 2,000-question form in under 50 ms). The workbooks
//! are built here, in memory, from the corpus markdown (the rules of `scripts/lib/md2xlsx.py`:
//! every cell a text cell) so that no binary file is committed.
//!
//!   cargo bench -p xlsform --bench convert [-- FILTER]

use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::time::Duration;

use criterion::{Criterion, criterion_group, criterion_main};
use rust_xlsxwriter::Workbook;
use xlsform::{Format, Options, build, workbook};

/// A sheet as rows of cells, the header row first; `None` is an empty cell.
type Rows = Vec<Vec<Option<String>>>;

/// The sheets of a corpus form, in the order written, as `md2xlsx.py` reads them: a `## name`
/// heading starts a sheet, `|...|` lines are its rows, separator rows and all-empty rows are
/// dropped, `\|` is a pipe inside a cell.
fn md_to_sheets(text: &str) -> Vec<(String, Rows)> {
    let mut sheets: Vec<(String, Rows)> = vec![];
    for line in text.lines() {
        if let Some(name) = line.strip_prefix("##").filter(|rest| rest.starts_with(char::is_whitespace)) {
            sheets.push((name.trim().to_string(), vec![]));
            continue;
        }
        let trimmed = line.trim();
        let Some(inner) = trimmed.strip_prefix('|').and_then(|l| l.strip_suffix('|')) else {
            continue;
        };
        let is_separator =
            inner.contains('-') && inner.chars().all(|c| c.is_whitespace() || "|:-".contains(c));
        if is_separator {
            continue;
        }
        let cells: Vec<Option<String>> = split_cells(inner)
            .into_iter()
            .map(|c| Some(c.trim().replace("\\|", "|")).filter(|c| !c.is_empty()))
            .collect();
        if cells.iter().all(Option::is_none) {
            continue;
        }
        let (_, rows) = sheets.last_mut().expect("a table row before any '## sheet' heading");
        rows.push(cells);
    }
    sheets
}

/// Split a table row on the pipes that are not escaped as `\|`.
fn split_cells(inner: &str) -> Vec<&str> {
    let mut cells = vec![];
    let mut start = 0;
    let bytes = inner.as_bytes();
    for (i, &b) in bytes.iter().enumerate() {
        if b == b'|' && (i == 0 || bytes[i - 1] != b'\\') {
            cells.push(&inner[start..i]);
            start = i + 1;
        }
    }
    cells.push(&inner[start..]);
    cells
}

/// An .xlsx workbook of these sheets, every cell written as text.
fn xlsx(sheets: &[(String, Rows)]) -> Vec<u8> {
    let mut wb = Workbook::new();
    for (name, rows) in sheets {
        let ws = wb.add_worksheet();
        ws.set_name(name).expect("sheet name");
        for (r, row) in rows.iter().enumerate() {
            for (c, cell) in row.iter().enumerate() {
                if let Some(text) = cell {
                    let (r, c) = (u32::try_from(r).unwrap(), u16::try_from(c).unwrap());
                    ws.write_string(r, c, text).expect("cell");
                }
            }
        }
    }
    wb.save_to_buffer().expect("workbook")
}

/// Options as `datashift form convert --name data data.xlsx` sets them.
fn options() -> Options {
    Options { form_name: Some("data".into()), fallback_id: Some("data".into()) }
}

fn corpus_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/forms/valid")
}

/// Every valid corpus form as (file stem, .xlsx bytes), sorted by name.
fn corpus() -> Vec<(String, Vec<u8>)> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(corpus_dir())
        .expect("tests/forms/valid")
        .map(|e| e.expect("directory entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "md"))
        .collect();
    paths.sort();
    paths
        .into_iter()
        .map(|p| {
            let text = std::fs::read_to_string(&p).expect("corpus form");
            let stem = p.file_stem().unwrap().to_string_lossy().into_owned();
            (stem, xlsx(&md_to_sheets(&text)))
        })
        .collect()
}

fn row(cells: &[&str]) -> Vec<Option<String>> {
    cells.iter().map(|c| Some(c.to_string()).filter(|c| !c.is_empty())).collect()
}

/// A 2,000-question survey in English and Kiswahili: text, integer, decimal, select_one and
/// select_multiple questions, each group of 40 in its own group, one group of them a repeat,
/// with relevance and constraints that refer to earlier questions (inside the repeat, to
/// questions of the repeat and before it; after it, to questions outside it).
fn generated_form(questions: usize) -> Vec<(String, Rows)> {
    const PER_SECTION: usize = 40;
    const REPEAT_SECTION: usize = 10;
    let header = [
        "type",
        "name",
        "label::English (en)",
        "label::Kiswahili (sw)",
        "hint::English (en)",
        "required",
        "relevant",
        "constraint",
        "constraint_message::English (en)",
        "appearance",
    ];
    let mut survey = vec![row(&header)];
    // Earlier questions that later ones may refer to: outside the repeat, and in it.
    let (mut outer_ints, mut outer_selects): (Vec<String>, Vec<String>) = (vec![], vec![]);
    let (mut repeat_ints, mut repeat_selects): (Vec<String>, Vec<String>) = (vec![], vec![]);
    for i in 0..questions {
        let section = i / PER_SECTION;
        let in_repeat = section == REPEAT_SECTION;
        if i % PER_SECTION == 0 {
            let (kind, name) = if in_repeat { ("begin_repeat", "member") } else { ("begin_group", "") };
            let name = if name.is_empty() { format!("section_{section:02}") } else { name.to_string() };
            let label = format!("Section {section}");
            let label_sw = format!("Sehemu {section}");
            survey.push(row(&[kind, &name, &label, &label_sw, "", "", "", "", "", "field-list"]));
        }
        let name = format!("q{i:04}");
        let (ints, selects) = if in_repeat {
            (outer_ints.iter().chain(&repeat_ints).collect::<Vec<_>>(), repeat_selects.iter().collect())
        } else {
            (outer_ints.iter().collect::<Vec<_>>(), outer_selects.iter().collect::<Vec<_>>())
        };
        let relevant = match (i % 3, selects.last(), ints.last()) {
            (0, Some(s), _) => format!("${{{s}}} = 'yes'"),
            (1, _, Some(n)) => format!("${{{n}}} > 0"),
            _ => String::new(),
        };
        let required = if i % 2 == 0 { "yes" } else { "" };
        let (qtype, constraint, message) = match i % 5 {
            0 => match ints.last() {
                Some(n) => {
                    ("integer", format!(". >= 0 and . <= ${{{n}}} + 100"), "0 to 100 more than before")
                }
                None => ("integer", ". >= 0 and . <= 100".to_string(), "Between 0 and 100"),
            },
            1 => ("text", "string-length(.) <= 80".to_string(), "At most 80 characters"),
            2 => ("select_one yes_no", String::new(), ""),
            3 => ("decimal", ". >= 0".to_string(), "Cannot be negative"),
            _ => ("select_multiple crops", "count-selected(.) <= 3".to_string(), "At most three"),
        };
        let label = format!("Question {i} of the survey");
        let label_sw = format!("Swali {i} la utafiti");
        let hint = if i % 4 == 0 { "Ask the respondent" } else { "" };
        survey.push(row(&[
            qtype,
            &name,
            &label,
            &label_sw,
            hint,
            required,
            &relevant,
            &constraint,
            message,
            "",
        ]));
        match (qtype, in_repeat) {
            ("integer", false) => outer_ints.push(name),
            ("integer", true) => repeat_ints.push(name),
            ("select_one yes_no", false) => outer_selects.push(name),
            ("select_one yes_no", true) => repeat_selects.push(name),
            _ => {}
        }
        if (i + 1) % PER_SECTION == 0 || i + 1 == questions {
            let end = if in_repeat { "end_repeat" } else { "end_group" };
            survey.push(row(&[end]));
        }
    }
    let mut choices = vec![row(&["list_name", "name", "label::English (en)", "label::Kiswahili (sw)"])];
    choices.push(row(&["yes_no", "yes", "Yes", "Ndiyo"]));
    choices.push(row(&["yes_no", "no", "No", "Hapana"]));
    for (name, en, sw) in [
        ("maize", "Maize", "Mahindi"),
        ("beans", "Beans", "Maharage"),
        ("cassava", "Cassava", "Muhogo"),
        ("sorghum", "Sorghum", "Mtama"),
        ("rice", "Rice", "Mchele"),
        ("other", "Other", "Nyingine"),
    ] {
        choices.push(row(&["crops", name, en, sw]));
    }
    let settings = vec![
        row(&["form_title", "form_id", "version", "default_language"]),
        row(&["Generated survey", "generated_2000", "2026112901", "English (en)"]),
    ];
    vec![("survey".into(), survey), ("choices".into(), choices), ("settings".into(), settings)]
}

fn corpus_forms(c: &mut Criterion) {
    let options = options();
    // A form we refuse (tests/forms/known-differences.txt) would time an early error: leave it out.
    let (forms, refused): (Vec<_>, Vec<_>) =
        corpus().into_iter().partition(|(_, bytes)| xlsform::convert(bytes, Format::Xlsx, &options).is_ok());
    for (stem, _) in &refused {
        eprintln!("corpus form {stem} does not convert: left out");
    }
    let mut group = c.benchmark_group("corpus");
    group.sample_size(50);
    for (stem, bytes) in forms.iter().filter(|(stem, _)| stem.starts_with("cgd-")) {
        group.bench_function(stem.as_str(), |b| {
            b.iter(|| xlsform::convert(black_box(bytes), Format::Xlsx, &options))
        });
    }
    let all = format!("all-{}-converting-valid-forms", forms.len());
    group.bench_function(all, |b| {
        b.iter(|| {
            for (_, bytes) in &forms {
                let _ = black_box(xlsform::convert(black_box(bytes), Format::Xlsx, &options));
            }
        })
    });
    group.finish();
}

fn generated(c: &mut Criterion) {
    const QUESTIONS: usize = 2000;
    let bytes = xlsx(&generated_form(QUESTIONS));
    let options = options();
    let conversion = match xlsform::convert(&bytes, Format::Xlsx, &options) {
        Ok(conversion) => conversion,
        Err(e) => panic!("the generated form does not convert: {e:?}"),
    };
    eprintln!(
        "generated form: {QUESTIONS} questions, {} KiB of .xlsx, {} KiB of XForm",
        bytes.len() / 1024,
        conversion.xml.len() / 1024
    );

    let mut group = c.benchmark_group("generated-2000");
    group.sample_size(20).measurement_time(Duration::from_secs(6));
    group.bench_function("convert", |b| {
        b.iter(|| xlsform::convert(black_box(&bytes), Format::Xlsx, &options))
    });
    // The same conversion by phase, to see where the time goes.
    group.bench_function("phase-read-xlsx", |b| b.iter(|| workbook::read(black_box(&bytes), Format::Xlsx)));
    let wb = workbook::read(&bytes, Format::Xlsx).expect("workbook");
    group.bench_function("phase-build-survey", |b| {
        b.iter(|| build::build(black_box(&wb), &options, &mut vec![]))
    });
    group.bench_function("phase-write-xform", |b| b.iter(|| xform::to_xform(black_box(&conversion.survey))));
    group.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default().warm_up_time(Duration::from_secs(1)).measurement_time(Duration::from_secs(3));
    targets = corpus_forms, generated
}
criterion_main!(benches);
