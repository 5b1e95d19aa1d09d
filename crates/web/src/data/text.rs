//! A form's summaries as plain text, for `datashift data summary`: one block per question,
//! in English (the command line's language).

use std::fmt::Write;

use super::lines::{lines, number, percent};
use super::read::Summaries;
use super::summary::Shape;

/// Every question's summary, as text.
pub fn render(title: &str, summaries: &Summaries) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "{title}: {} submissions", summaries.submissions);
    for summary in &summaries.questions {
        let question = &summary.question;
        let _ = writeln!(out, "\n{} ({})", question.label, question.path);
        let repeat = if question.in_repeat { ", one per repeat" } else { "" };
        let _ =
            writeln!(out, "  answered: {}{repeat}; without an answer: {}", summary.answered, summary.skipped);
        match &summary.shape {
            Shape::Numbers { summary: Some(n), .. } => {
                let _ = writeln!(
                    out,
                    "  mean {}  median {}  min {}  max {}  quartiles {} – {}{}",
                    number(n.mean),
                    number(n.median),
                    number(n.min),
                    number(n.max),
                    number(n.first_quartile),
                    number(n.third_quartile),
                    n.standard_deviation.map(|sd| format!("  sd {}", number(sd))).unwrap_or_default()
                );
            }
            Shape::Choices { multiple: true, .. } => {
                let _ = writeln!(out, "  several answers possible: shares add up to more than 100%");
            }
            Shape::Texts(texts) => {
                let _ = writeln!(out, "  distinct answers: {}", texts.distinct);
            }
            _ => {}
        }
        for line in lines(summary, summaries.choice_labels.get(&question.path)) {
            let unlisted = if line.unlisted { " (not in the form's choices)" } else { "" };
            let _ =
                writeln!(out, "  {:>8}  {:>6}  {}{unlisted}", line.count, percent(line.percent), line.label);
        }
    }
    out
}
