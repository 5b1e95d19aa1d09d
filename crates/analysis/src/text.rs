//! The most frequent answers to a free-text question.

use std::collections::HashMap;

use serde::Serialize;

/// One answer and how many respondents gave it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TextCount {
    /// The spelling shown: the most common original spelling in the group (trimmed).
    pub label: String,
    /// How many answers fell in the group.
    pub count: usize,
}

/// What a data page shows for a text question.
///
/// **Grouping.** Answers are trimmed, then grouped ignoring case (Unicode lowercase, so
/// "Nairobi", "NAIROBI" and " nairobi " are one answer). The label of a group is the
/// spelling given most often; on a tie, the one seen first.
///
/// **Order of the top list.** Most frequent first; equal counts in alphabetical order of the
/// lowercased text, so the list does not depend on the order answers arrived in.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TextSummary {
    /// The `top` most frequent answers.
    pub top: Vec<TextCount>,
    /// How many different answers there were (after grouping).
    pub distinct: usize,
    /// How many answers were not empty.
    pub answered: usize,
    /// How many answers were empty or only whitespace.
    pub empty: usize,
}

/// The answers that share one lowercased form.
struct Group<'a> {
    count: usize,
    /// Each original spelling with its count and the position it was first seen at.
    spellings: HashMap<&'a str, (usize, usize)>,
}

impl TextSummary {
    /// Summarises the answers, keeping the `top` most frequent.
    pub fn of<'a, A>(answers: A, top: usize) -> TextSummary
    where
        A: IntoIterator<Item = &'a str>,
    {
        TextSummary::of_counts(answers.into_iter().map(|answer| (answer, 1)), top)
    }

    /// As [`TextSummary::of`], for answers each given a number of times (in the order they
    /// were first given, which breaks ties between spellings).
    pub fn of_counts<'a, A>(answers: A, top: usize) -> TextSummary
    where
        A: IntoIterator<Item = (&'a str, usize)>,
    {
        let mut groups: HashMap<String, Group<'a>> = HashMap::new();
        let (mut answered, mut empty) = (0, 0);
        for (position, (answer, times)) in answers.into_iter().enumerate() {
            let answer = answer.trim();
            if answer.is_empty() {
                empty += times;
                continue;
            }
            if times == 0 {
                continue;
            }
            answered += times;
            let group = groups
                .entry(answer.to_lowercase())
                .or_insert_with(|| Group { count: 0, spellings: HashMap::new() });
            group.count += times;
            group.spellings.entry(answer).or_insert((0, position)).0 += times;
        }
        let distinct = groups.len();
        let mut ranked: Vec<(String, Group<'a>)> = groups.into_iter().collect();
        ranked.sort_by(|(key_a, a), (key_b, b)| b.count.cmp(&a.count).then(key_a.cmp(key_b)));
        let top = ranked
            .into_iter()
            .take(top)
            .map(|(_, group)| TextCount {
                label: most_common_spelling(&group).to_owned(),
                count: group.count,
            })
            .collect();
        TextSummary { top, distinct, answered, empty }
    }
}

/// The spelling given most often in a group; on a tie, the one seen first.
fn most_common_spelling<'a>(group: &Group<'a>) -> &'a str {
    group
        .spellings
        .iter()
        .max_by(|(_, (count_a, first_a)), (_, (count_b, first_b))| {
            count_a.cmp(count_b).then(first_b.cmp(first_a))
        })
        .map(|(spelling, _)| *spelling)
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn top(summary: &TextSummary) -> Vec<(&str, usize)> {
        summary.top.iter().map(|t| (t.label.as_str(), t.count)).collect()
    }

    #[test]
    fn groups_ignoring_case_and_surrounding_spaces() {
        let answers = ["Nairobi", " nairobi", "NAIROBI ", "Nairobi", "Mombasa", "", "  "];
        let summary = TextSummary::of(answers, 10);
        assert_eq!(top(&summary), [("Nairobi", 4), ("Mombasa", 1)]);
        assert_eq!(summary.distinct, 2);
        assert_eq!(summary.answered, 5);
        assert_eq!(summary.empty, 2);
    }

    #[test]
    fn label_is_the_most_common_spelling_even_if_not_first() {
        let answers = ["kisumu", "Kisumu", "Kisumu"];
        assert_eq!(top(&TextSummary::of(answers, 1)), [("Kisumu", 3)]);
    }

    #[test]
    fn label_tie_goes_to_the_first_spelling_seen() {
        let answers = ["goma", "GOMA", "Goma", "GOMA", "goma"];
        // "goma" 2, "GOMA" 2, "Goma" 1 → "goma" was seen first.
        assert_eq!(top(&TextSummary::of(answers, 1)), [("goma", 5)]);
    }

    #[test]
    fn keeps_only_the_top_n_most_frequent_then_alphabetical() {
        let answers = ["c", "b", "a", "b", "c", "d", "c"];
        let summary = TextSummary::of(answers, 3);
        assert_eq!(top(&summary), [("c", 3), ("b", 2), ("a", 1)]);
        assert_eq!(summary.distinct, 4);
        assert_eq!(TextSummary::of(answers, 0).top, []);
    }

    #[test]
    fn unicode_case_is_folded() {
        let summary = TextSummary::of(["Émile", "ÉMILE", "émile"], 5);
        assert_eq!(summary.distinct, 1);
        assert_eq!(summary.top[0].count, 3);
    }

    #[test]
    fn nothing_answered() {
        let summary = TextSummary::of(["", " "], 5);
        assert_eq!((summary.distinct, summary.answered, summary.empty), (0, 0, 2));
        assert!(summary.top.is_empty());
    }
}
