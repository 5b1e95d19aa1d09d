//! The charts of the data pages: a question's summary, a split summary or a cross-tabulation
//! drawn by the `charts` engine, with its text alternative in the reader's language.

use analysis::CrossTab;
use charts::{Alt, Bar, Column, Stack};

use super::lines::{Line, lines, number, percent};
use super::read::FormQuestions;
use super::summary::{GroupSummary, QuestionSummary, Shape};
use crate::kernel::i18n::Locale;
use crate::submissions::fields::Question;

/// What kind of chart a question gets, also the name of its download (`bar.svg`…).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChartKind {
    Bar,
    Histogram,
    Timeline,
    Map,
    /// A cross-tabulation, or a select question split by another.
    Stacked,
}

impl ChartKind {
    pub const ALL: [ChartKind; 5] =
        [ChartKind::Bar, ChartKind::Histogram, ChartKind::Timeline, ChartKind::Map, ChartKind::Stacked];

    pub fn as_str(self) -> &'static str {
        match self {
            ChartKind::Bar => "bar",
            ChartKind::Histogram => "histogram",
            ChartKind::Timeline => "timeline",
            ChartKind::Map => "map",
            ChartKind::Stacked => "stacked",
        }
    }

    pub fn parse(text: &str) -> Option<ChartKind> {
        Self::ALL.into_iter().find(|k| k.as_str() == text)
    }

    /// The chart of a question's summary, if its kind has one.
    pub fn of(shape: &Shape) -> Option<ChartKind> {
        match shape {
            Shape::Choices { .. } => Some(ChartKind::Bar),
            Shape::Numbers { .. } => Some(ChartKind::Histogram),
            Shape::Dates(_) => Some(ChartKind::Timeline),
            Shape::Points(_) => Some(ChartKind::Map),
            Shape::Texts(_) | Shape::Answered => None,
        }
    }
}

/// An element id from a question path (`/d/hh/age` → `chart-d-hh-age`).
pub fn chart_id(prefix: &str, path: &str) -> String {
    let tail: String = path.chars().map(|c| if c.is_ascii_alphanumeric() { c } else { '-' }).collect();
    format!("{prefix}{tail}")
}

/// Lines as one sentence: `Nyeri: 2 (50.0%); Kisumu: 2 (50.0%)`.
fn sentence(lines: &[Line]) -> String {
    lines
        .iter()
        .map(|l| format!("{}: {} ({})", l.label, l.count, percent(l.percent)))
        .collect::<Vec<_>>()
        .join("; ")
}

fn alt(locale: Locale, id: String, title: &str, lead: String, detail: String) -> Alt {
    let desc = if detail.is_empty() { lead } else { format!("{lead} {detail}") };
    Alt { id, title: title.to_owned(), desc, empty: locale.t("data-chart-empty") }
}

/// The chart of one question's summary, or `None` for a kind without one.
pub fn question_chart(
    locale: Locale,
    summary: &QuestionSummary,
    questions: &FormQuestions,
) -> Option<String> {
    let question = &summary.question;
    let kind = ChartKind::of(&summary.shape)?;
    let id = chart_id("chart", &question.path);
    let lines = lines(summary, questions.choice_labels.get(&question.path));
    let answers = locale.t_count("data-chart-answers", summary.answered as i64);
    let svg = match (&summary.shape, kind) {
        (Shape::Points(points), _) => {
            let lead = locale.t_count("data-chart-map-desc", points.len() as i64);
            let detail = bounds(points).unwrap_or_default();
            charts::map(&alt(locale, id, &question.label, lead, detail), points)
        }
        (_, ChartKind::Bar) => {
            let bars: Vec<Bar> = lines
                .iter()
                .map(|l| Bar {
                    label: l.label.clone(),
                    value: l.count as f64,
                    note: format!("{} · {}", l.count, percent(l.percent)),
                })
                .collect();
            charts::bar(&alt(locale, id, &question.label, answers, sentence(&lines)), &bars)
        }
        (_, ChartKind::Timeline) => {
            let points: Vec<Column> =
                lines.iter().map(|l| Column { label: l.label.clone(), value: l.count as f64 }).collect();
            charts::line(&alt(locale, id, &question.label, answers, sentence(&lines)), &points)
        }
        _ => {
            let columns: Vec<Column> =
                lines.iter().map(|l| Column { label: l.label.clone(), value: l.count as f64 }).collect();
            charts::histogram(&alt(locale, id, &question.label, answers, sentence(&lines)), &columns)
        }
    };
    Some(svg)
}

/// The places' bounding box in words (degrees), for the map's description.
fn bounds(points: &[charts::Point]) -> Option<String> {
    let first = points.first()?;
    let (mut south, mut north, mut west, mut east) =
        (first.latitude, first.latitude, first.longitude, first.longitude);
    for p in points {
        south = south.min(p.latitude);
        north = north.max(p.latitude);
        west = west.min(p.longitude);
        east = east.max(p.longitude);
    }
    Some(format!("{}…{} / {}…{}", number(south), number(north), number(west), number(east)))
}

/// A select question split by the grouping question: one stacked bar per group.
pub fn split_chart(
    locale: Locale,
    summary: &QuestionSummary,
    groups: &[GroupSummary],
    by: &Question,
    questions: &FormQuestions,
) -> Option<String> {
    let Shape::Choices { counts, .. } = &summary.shape else { return None };
    let series: Vec<String> =
        counts.options.iter().map(|o| questions.choice_label(&summary.question, &o.name)).collect();
    let rows: Vec<Stack> = groups
        .iter()
        .map(|g| Stack {
            label: format!("{} (n = {})", questions.choice_label(by, &g.name), g.answered),
            parts: match &g.shape {
                Shape::Choices { counts, .. } => counts.options.iter().map(|o| o.count as f64).collect(),
                _ => vec![],
            },
        })
        .collect();
    let title = locale.t_args(
        "data-chart-split-title",
        &[("question", summary.question.label.clone()), ("by", by.label.clone())],
    );
    let detail = rows
        .iter()
        .map(|r| {
            let parts: Vec<String> =
                series.iter().zip(&r.parts).map(|(s, n)| format!("{s} {}", number(*n))).collect();
            format!("{}: {}", r.label, parts.join(", "))
        })
        .collect::<Vec<_>>()
        .join("; ");
    let lead = locale.t("data-chart-split-desc");
    let id = chart_id("split", &summary.question.path);
    Some(charts::stacked(&alt(locale, id, &title, lead, detail), &series, &rows))
}

/// A cross-tabulation as stacked bars: one per row answer, split by the column answers.
pub fn crosstab_chart(
    locale: Locale,
    table: &CrossTab,
    rows: &Question,
    columns: &Question,
    questions: &FormQuestions,
) -> String {
    let series: Vec<String> =
        table.columns.iter().map(|c| questions.choice_label(columns, &c.name)).collect();
    let stacks: Vec<Stack> = table
        .rows
        .iter()
        .zip(&table.counts)
        .zip(&table.row_totals)
        .map(|((heading, counts), total)| Stack {
            label: format!("{} (n = {total})", questions.choice_label(rows, &heading.name)),
            parts: counts.iter().map(|n| *n as f64).collect(),
        })
        .collect();
    let title = locale
        .t_args("data-crosstab-title", &[("rows", rows.label.clone()), ("columns", columns.label.clone())]);
    let detail = stacks
        .iter()
        .zip(&table.row_percents)
        .map(|(stack, percents)| {
            let parts: Vec<String> =
                series.iter().zip(percents).map(|(s, p)| format!("{s} {}", percent(*p))).collect();
            format!("{}: {}", stack.label, parts.join(", "))
        })
        .collect::<Vec<_>>()
        .join("; ");
    let lead = locale.t("data-chart-crosstab-desc");
    charts::stacked(&alt(locale, "crosstab-chart".into(), &title, lead, detail), &series, &stacks)
}
