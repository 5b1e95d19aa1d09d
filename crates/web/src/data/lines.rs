//! What a question's summary shows as lines of a table (label, count, share), and numbers
//! written as people read them; for the data page and the command line alike.

use super::summary::{QuestionSummary, Shape};

/// One line of a choice, bin, period or frequent answer: what it is, how many, what share.
pub struct Line {
    pub label: String,
    pub count: usize,
    /// 0 to 100, of the answers (a multi-select's shares add up to more).
    pub percent: f64,
    /// Not in the form's choices (an answer from an older version, say).
    pub unlisted: bool,
}

/// A number as people read it: whole numbers without decimals, others with at most two.
pub fn number(value: f64) -> String {
    if value.fract() == 0.0 && value.abs() < 1e15 {
        format!("{value:.0}")
    } else {
        let text = format!("{value:.2}");
        text.trim_end_matches('0').trim_end_matches('.').to_owned()
    }
}

/// A percentage with one decimal.
pub fn percent(value: f64) -> String {
    format!("{value:.1}%")
}

/// The lines of a question's table: a select's choices (labelled by `choice_labels`, the
/// form's `(name, label)` pairs), a number's histogram bins, a date's periods, a text's most
/// frequent answers; none for the rest.
pub fn lines(summary: &QuestionSummary, choice_labels: Option<&Vec<(String, String)>>) -> Vec<Line> {
    match &summary.shape {
        Shape::Choices { counts, .. } => {
            let labels = choice_labels;
            counts
                .options
                .iter()
                .map(|o| Line {
                    label: labels
                        .and_then(|l| l.iter().find(|(name, _)| name == &o.name))
                        .map(|(_, label)| label.clone())
                        .unwrap_or_else(|| o.name.clone()),
                    count: o.count,
                    percent: o.percent,
                    unlisted: o.unlisted,
                })
                .collect()
        }
        Shape::Numbers { histogram: Some(histogram), .. } => {
            let total = histogram.total().max(1) as f64;
            histogram
                .bins
                .iter()
                .map(|b| Line {
                    label: if histogram.whole_numbers && b.upper - b.lower <= 1.0 {
                        number(b.lower)
                    } else {
                        format!("{} – {}", number(b.lower), number(b.upper))
                    },
                    count: b.count,
                    percent: b.count as f64 * 100.0 / total,
                    unlisted: false,
                })
                .collect()
        }
        Shape::Dates(Some(timeline)) => {
            let total = timeline.total().max(1) as f64;
            timeline
                .buckets
                .iter()
                .map(|b| Line {
                    label: if b.start == b.end {
                        b.start.to_string()
                    } else {
                        format!("{} – {}", b.start, b.end)
                    },
                    count: b.count,
                    percent: b.count as f64 * 100.0 / total,
                    unlisted: false,
                })
                .collect()
        }
        Shape::Texts(texts) => {
            let total = texts.answered.max(1) as f64;
            texts
                .top
                .iter()
                .map(|t| Line {
                    label: t.label.clone(),
                    count: t.count,
                    percent: t.count as f64 * 100.0 / total,
                    unlisted: false,
                })
                .collect()
        }
        _ => vec![],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_read_plainly() {
        assert_eq!(number(12.0), "12");
        assert_eq!(number(35.5), "35.5");
        assert_eq!(number(2.0 / 3.0), "0.67");
        assert_eq!(number(-4.10), "-4.1");
        assert_eq!(percent(66.666), "66.7%");
    }
}
