//! Categories in the form's order, with answers the form does not list appended after.

use std::collections::{BTreeMap, HashMap};

/// A value kept per category, for categories known in advance (a question's choices, in
/// the form's order) and for names met in the answers but not in that list ("unlisted").
///
/// Listed categories come first, in the order given, even when nothing was recorded for
/// them; unlisted ones follow in alphabetical order, so the result never depends on the
/// order the answers arrived in. A name listed twice is kept once, at its first place.
pub(crate) struct Categories<V> {
    listed: Vec<(String, V)>,
    listed_index: HashMap<String, usize>,
    unlisted: BTreeMap<String, V>,
}

/// One category as handed out by [`Categories::into_ordered`].
pub(crate) struct Category<V> {
    pub name: String,
    pub unlisted: bool,
    pub value: V,
}

impl<V: Default> Categories<V> {
    /// Categories for the given names, in that order, each starting from `V::default()`.
    pub fn new<I, S>(listed: I) -> Categories<V>
    where
        I: IntoIterator<Item = S>,
        S: AsRef<str>,
    {
        let mut categories =
            Categories { listed: Vec::new(), listed_index: HashMap::new(), unlisted: BTreeMap::new() };
        for name in listed {
            let name = name.as_ref();
            if !categories.listed_index.contains_key(name) {
                categories.listed_index.insert(name.to_owned(), categories.listed.len());
                categories.listed.push((name.to_owned(), V::default()));
            }
        }
        categories
    }

    /// The value for `name`, creating an unlisted category if the name is new.
    pub fn entry(&mut self, name: &str) -> &mut V {
        match self.listed_index.get(name) {
            Some(&index) => &mut self.listed[index].1,
            None => self.unlisted.entry(name.to_owned()).or_default(),
        }
    }

    /// All categories: listed ones in the given order, then unlisted ones alphabetically.
    pub fn into_ordered(self) -> Vec<Category<V>> {
        let listed = self.listed.into_iter().map(|(name, value)| Category { name, unlisted: false, value });
        let unlisted =
            self.unlisted.into_iter().map(|(name, value)| Category { name, unlisted: true, value });
        listed.chain(unlisted).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn listed_first_in_order_then_unlisted_alphabetically() {
        let mut categories: Categories<usize> = Categories::new(["b", "a", "b"]);
        *categories.entry("zeta") += 1;
        *categories.entry("a") += 2;
        *categories.entry("alpha") += 3;
        let ordered: Vec<(String, bool, usize)> =
            categories.into_ordered().into_iter().map(|c| (c.name, c.unlisted, c.value)).collect();
        assert_eq!(
            ordered,
            [
                ("b".to_owned(), false, 0),
                ("a".to_owned(), false, 2),
                ("alpha".to_owned(), true, 3),
                ("zeta".to_owned(), true, 1),
            ]
        );
    }
}
