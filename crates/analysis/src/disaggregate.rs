//! Splitting any answers into groups by the answer to a select_one question.

use serde::Serialize;

use crate::categories::Categories;

/// The answers of the respondents who gave one answer to the grouping question.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Group<T> {
    /// The grouping question's choice name.
    pub name: String,
    /// `true` when the form's choice list does not contain this name.
    pub unlisted: bool,
    /// The items of the respondents in this group, in the order given.
    pub items: Vec<T>,
}

/// Items split by the answer to a grouping question, so that any summary can be computed
/// per group (for instance a [`NumericSummary`](crate::NumericSummary) of age per region).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Disaggregation<T> {
    /// One group per choice, in the form's order (including choices nobody gave, with no
    /// items), then answers not in the form's list in alphabetical order.
    pub groups: Vec<Group<T>>,
    /// Items whose grouping answer was empty (after trimming).
    pub ungrouped: Vec<T>,
}

/// Splits `(grouping answer, item)` pairs by the grouping answer.
///
/// `group_choices` are the grouping question's choice names in the form's order. The
/// grouping answer is trimmed; it is taken whole (a select_one answer).
pub fn disaggregate<GC, P, G, T>(group_choices: GC, pairs: P) -> Disaggregation<T>
where
    GC: IntoIterator,
    GC::Item: AsRef<str>,
    P: IntoIterator<Item = (G, T)>,
    G: AsRef<str>,
{
    let mut groups: Categories<Vec<T>> = Categories::new(group_choices);
    let mut ungrouped = Vec::new();
    for (group, item) in pairs {
        let group = group.as_ref().trim();
        if group.is_empty() {
            ungrouped.push(item);
        } else {
            groups.entry(group).push(item);
        }
    }
    let groups = groups
        .into_ordered()
        .into_iter()
        .map(|category| Group { name: category.name, unlisted: category.unlisted, items: category.value })
        .collect();
    Disaggregation { groups, ungrouped }
}

impl<T> Disaggregation<T> {
    /// Applies a summary to every group's items, keeping the group names and order.
    ///
    /// ```
    /// use analysis::{disaggregate, NumericSummary};
    /// let ages = [("north", 30.0), ("south", 40.0), ("north", 50.0)];
    /// let by_region = disaggregate(["north", "south"], ages)
    ///     .map(|ages| NumericSummary::of(ages).map(|s| s.mean));
    /// assert_eq!(by_region[0], ("north".to_owned(), Some(40.0)));
    /// assert_eq!(by_region[1], ("south".to_owned(), Some(40.0)));
    /// ```
    pub fn map<S>(&self, mut summary: impl FnMut(&[T]) -> S) -> Vec<(String, S)> {
        self.groups.iter().map(|group| (group.name.clone(), summary(&group.items))).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn groups_in_form_order_then_unlisted_then_ungrouped() {
        let pairs = [("south", 1), ("", 2), ("east", 3), ("north", 4), ("south", 5), (" ", 6)];
        let split = disaggregate(["north", "south", "west"], pairs);
        let groups: Vec<(&str, bool, &[i32])> =
            split.groups.iter().map(|g| (g.name.as_str(), g.unlisted, g.items.as_slice())).collect();
        assert_eq!(
            groups,
            [
                ("north", false, &[4][..]),
                ("south", false, &[1, 5][..]),
                ("west", false, &[][..]),
                ("east", true, &[3][..]),
            ]
        );
        assert_eq!(split.ungrouped, [2, 6]);
    }

    #[test]
    fn summaries_per_group() {
        let answers = [("f", "yes"), ("m", "no"), ("f", "no"), ("f", "yes")];
        let split = disaggregate(["f", "m"], answers);
        let counts = split.map(|answers| crate::ChoiceCounts::of(["yes", "no"], answers));
        assert_eq!(counts[0].0, "f");
        assert_eq!(counts[0].1.count_of("yes"), Some(2));
        assert_eq!(counts[1].1.count_of("no"), Some(1));
    }
}
