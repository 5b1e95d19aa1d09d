//! Counts per option for select_one and select_multiple questions.

use std::collections::BTreeSet;

use serde::Serialize;

use crate::categories::Categories;

/// How often one option of a select question was chosen.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct OptionCount {
    /// The choice name as stored in submissions (not its label).
    pub name: String,
    /// How many respondents chose it.
    pub count: usize,
    /// `count` as a percentage (0–100) of the respondents who answered; 0 when nobody did.
    pub percent: f64,
    /// `true` when the form's choice list does not contain this name (an old form version,
    /// a typo in imported data, an `or_other` answer…).
    pub unlisted: bool,
}

/// What a data page shows for a select question.
///
/// **Encoding.** An answer is ODK's: one choice name for select_one, choice names separated
/// by spaces for select_multiple. XLSForm choice names cannot contain spaces, so both kinds
/// are read the same way. A name repeated within one answer counts once.
///
/// **Percentages** are of respondents who answered. For select_multiple one respondent can
/// choose several options, so the percentages may add up to more than 100.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ChoiceCounts {
    /// Every option: the form's choices in the form's order (including those nobody chose),
    /// then unlisted names in alphabetical order.
    pub options: Vec<OptionCount>,
    /// Respondents whose answer named at least one choice.
    pub answered: usize,
    /// Respondents whose answer was empty or only spaces.
    pub skipped: usize,
}

impl ChoiceCounts {
    /// Counts the answers against the form's choice names (given in the form's order).
    pub fn of<C, A>(form_choices: C, answers: A) -> ChoiceCounts
    where
        C: IntoIterator,
        C::Item: AsRef<str>,
        A: IntoIterator,
        A::Item: AsRef<str>,
    {
        ChoiceCounts::of_counts(form_choices, answers.into_iter().map(|answer| (answer, 1)))
    }

    /// As [`ChoiceCounts::of`], for answers each given a number of times.
    pub fn of_counts<C, A, S>(form_choices: C, answers: A) -> ChoiceCounts
    where
        C: IntoIterator,
        C::Item: AsRef<str>,
        A: IntoIterator<Item = (S, usize)>,
        S: AsRef<str>,
    {
        let mut counts: Categories<usize> = Categories::new(form_choices);
        let (mut answered, mut skipped) = (0, 0);
        for (answer, times) in answers.into_iter().filter(|(_, times)| *times > 0) {
            let chosen = selected(answer.as_ref());
            if chosen.is_empty() {
                skipped += times;
                continue;
            }
            answered += times;
            for name in chosen {
                *counts.entry(name) += times;
            }
        }
        let options = counts
            .into_ordered()
            .into_iter()
            .map(|category| OptionCount {
                percent: percent(category.value, answered),
                name: category.name,
                count: category.value,
                unlisted: category.unlisted,
            })
            .collect();
        ChoiceCounts { options, answered, skipped }
    }

    /// The count for one choice name, if it is among the options.
    pub fn count_of(&self, name: &str) -> Option<usize> {
        self.options.iter().find(|option| option.name == name).map(|option| option.count)
    }
}

/// The distinct choice names in one answer (split on whitespace).
pub fn selected(answer: &str) -> BTreeSet<&str> {
    answer.split_whitespace().collect()
}

/// `part` as a percentage of `whole`; 0 when `whole` is 0.
pub(crate) fn percent(part: usize, whole: usize) -> f64 {
    if whole == 0 { 0.0 } else { part as f64 * 100.0 / whole as f64 }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn summary(counts: &ChoiceCounts) -> Vec<(&str, usize, bool)> {
        counts.options.iter().map(|o| (o.name.as_str(), o.count, o.unlisted)).collect()
    }

    #[test]
    fn select_one_in_form_order_with_zero_counts() {
        let counts = ChoiceCounts::of(["yes", "no", "dont_know"], ["no", "yes", "no", "no"]);
        assert_eq!(summary(&counts), [("yes", 1, false), ("no", 3, false), ("dont_know", 0, false)]);
        assert_eq!((counts.answered, counts.skipped), (4, 0));
        let percents: Vec<f64> = counts.options.iter().map(|o| o.percent).collect();
        assert_eq!(percents, [25.0, 75.0, 0.0]);
    }

    #[test]
    fn multi_select_percentages_can_exceed_one_hundred_in_total() {
        // 4 respondents: water+food, water, food+shelter+water, skipped.
        let answers = ["water food", "water", " food  shelter water ", ""];
        let counts = ChoiceCounts::of(["water", "food", "shelter"], answers);
        assert_eq!(summary(&counts), [("water", 3, false), ("food", 2, false), ("shelter", 1, false)]);
        assert_eq!((counts.answered, counts.skipped), (3, 1));
        // By hand: 3/3, 2/3, 1/3 of the 3 who answered.
        assert_eq!(counts.options[0].percent, 100.0);
        assert!((counts.options[1].percent - 200.0 / 3.0).abs() < 1e-12);
        assert!((counts.options[2].percent - 100.0 / 3.0).abs() < 1e-12);
        let total: f64 = counts.options.iter().map(|o| o.percent).sum();
        assert!((total - 200.0).abs() < 1e-9);
    }

    #[test]
    fn a_name_repeated_in_one_answer_counts_once() {
        let counts = ChoiceCounts::of(["a", "b"], ["a a b", "a"]);
        assert_eq!(counts.count_of("a"), Some(2));
        assert_eq!(counts.count_of("b"), Some(1));
    }

    #[test]
    fn unlisted_answers_come_after_listed_ones_alphabetically() {
        let counts = ChoiceCounts::of(["red", "blue"], ["purple", "blue", "amber purple", "red"]);
        assert_eq!(
            summary(&counts),
            [("red", 1, false), ("blue", 1, false), ("amber", 1, true), ("purple", 2, true)]
        );
        assert_eq!(counts.answered, 4);
        assert_eq!(counts.options[3].percent, 50.0);
    }

    #[test]
    fn skipped_answers_are_empty_or_blank() {
        let counts = ChoiceCounts::of(["a"], ["", "   ", "\t", "a"]);
        assert_eq!((counts.answered, counts.skipped), (1, 3));
        assert_eq!(counts.options[0].percent, 100.0);
    }

    #[test]
    fn nobody_answered_gives_zero_percent() {
        let counts = ChoiceCounts::of(["a", "b"], Vec::<String>::new());
        assert_eq!((counts.answered, counts.skipped), (0, 0));
        assert!(counts.options.iter().all(|o| o.count == 0 && o.percent == 0.0));
    }
}
