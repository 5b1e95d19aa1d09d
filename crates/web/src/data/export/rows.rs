//! One submission as rows of the export's tables: its own row, and a row per repeat instance
//! linked to its parent's by `_index` / `_parent_index`, each value as the person may see it
//! (through the [`Disclosure`]) and as asked (values or labels, select_multiple split or not).
//! Pure.

use std::borrow::Cow;
use std::collections::HashMap;

use store::collection::SubmissionRow;
use store::collection::submissions::without_positions;

use super::layout::{Column, Kind, Layout};
use crate::data::personal::Disclosure;

/// A cell as the writers see it.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    Empty,
    Text(String),
    /// A number: written as one in XLSX, as its text in CSV.
    Number(String, f64),
}

impl Cell {
    fn number(value: u64) -> Cell {
        Cell::Number(value.to_string(), value as f64)
    }

    /// The cell as text (a number as it was answered).
    pub fn text(&self) -> &str {
        match self {
            Cell::Empty => "",
            Cell::Text(text) | Cell::Number(text, _) => text,
        }
    }
}

/// Text a spreadsheet program would run as a formula when opening a CSV (`=`, `+`, `-`, `@`,
/// tab or carriage return first) gets a `'` in front, as OWASP advises and as Excel shows it:
/// the text as typed. Numbers, and lists of numbers (places), are left alone.
pub fn guard(text: &str) -> Cow<'_, str> {
    let risky = text.starts_with(['=', '+', '-', '@', '\t', '\r']);
    let numbers = !text.trim().is_empty()
        && text
            .split([' ', ';'])
            .filter(|t| !t.is_empty())
            .all(|t| t.parse::<f64>().is_ok_and(f64::is_finite));
    if risky && !numbers { Cow::Owned(format!("'{text}")) } else { Cow::Borrowed(text) }
}

/// The next `_index` of each table, counted over the whole export.
#[derive(Debug, Default)]
pub struct Indexes {
    next: Vec<u64>,
}

impl Indexes {
    fn take(&mut self, table: usize) -> u64 {
        if self.next.len() <= table {
            self.next.resize(table + 1, 0);
        }
        self.next[table] += 1;
        self.next[table]
    }
}

/// One row of one table.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    pub table: usize,
    pub cells: Vec<Cell>,
}

struct Instance {
    row: Row,
}

/// The repeat instances a value's path goes through: `/d/hh[2]/member[1]/age` gives
/// `/d/hh[2]` and `/d/hh[2]/member[1]`.
fn instances_of(path: &str) -> Vec<&str> {
    path.match_indices(']').map(|(at, _)| &path[..=at]).collect()
}

/// A submission's rows: its own first, then its repeat instances in the order they were first
/// met (a parent before its children).
pub fn rows_of(
    layout: &Layout,
    disclosure: &Disclosure,
    row: &SubmissionRow,
    indexes: &mut Indexes,
) -> Vec<Row> {
    let main_index = indexes.take(0);
    let mut main = Row { table: 0, cells: vec![Cell::Empty; layout.tables[0].columns.len()] };
    for (at, column) in layout.tables[0].columns.iter().enumerate() {
        main.cells[at] = match column {
            Column::SubmissionId => Cell::Text(row.id.clone()),
            Column::InstanceId => Cell::Text(row.instance_id.clone()),
            Column::ReceivedAt => {
                Cell::Text(row.received_at.to_rfc3339_opts(chrono::SecondsFormat::Secs, true))
            }
            Column::Collector => row.collector_name.clone().map_or(Cell::Empty, Cell::Text),
            Column::Submitter => row.submitter_name.clone().map_or(Cell::Empty, Cell::Text),
            Column::ReviewState => Cell::Text(row.review_state.as_str().to_owned()),
            Column::Index => Cell::number(main_index),
            _ => Cell::Empty,
        };
    }
    let mut instances: Vec<Instance> = vec![];
    // Instance key (path with positions) -> (position in `instances`, its `_index`).
    let mut known: HashMap<&str, (usize, u64)> = HashMap::new();
    for (path, value) in &row.field_values {
        let Some(shown) = disclosure.value(path, value) else { continue };
        let bare = without_positions(path);
        let slots = layout.slots(&bare);
        if slots.is_empty() {
            continue;
        }
        // The innermost instance this value belongs to, its outer ones made first.
        let mut target: Option<usize> = None;
        let mut parent = (0usize, main_index);
        for key in instances_of(path) {
            let Some(table) = layout.table_of_repeat(&without_positions(key)) else { continue };
            let (position, index) = match known.get(key) {
                Some(found) => *found,
                None => {
                    let index = indexes.take(table);
                    let mut cells = vec![Cell::Empty; layout.tables[table].columns.len()];
                    for (at, column) in layout.tables[table].columns.iter().enumerate() {
                        cells[at] = match column {
                            Column::Index => Cell::number(index),
                            Column::ParentIndex => Cell::number(parent.1),
                            Column::ParentTable => Cell::Text(layout.tables[parent.0].name.clone()),
                            Column::SubmissionId => Cell::Text(row.id.clone()),
                            _ => Cell::Empty,
                        };
                    }
                    instances.push(Instance { row: Row { table, cells } });
                    known.insert(key, (instances.len() - 1, index));
                    (instances.len() - 1, index)
                }
            };
            parent = (table, index);
            target = Some(position);
        }
        for &(table, column) in slots {
            let cell = cell(layout, &layout.tables[table].columns[column], &bare, &shown);
            match target {
                None if table == 0 => main.cells[column] = cell,
                Some(position) if instances[position].row.table == table => {
                    instances[position].row.cells[column] = cell;
                }
                // A value the latest version keeps elsewhere (an older version's place).
                _ => {}
            }
        }
    }
    std::iter::once(main).chain(instances.into_iter().map(|i| i.row)).collect()
}

/// The cell of an answer in a column of `kind`.
fn cell(layout: &Layout, column: &Column, path: &str, value: &str) -> Cell {
    let Column::Answer { kind, .. } = column else { return Cell::Empty };
    match kind {
        Kind::Number => match value.trim().parse::<f64>() {
            Ok(number) if number.is_finite() => Cell::Number(value.to_owned(), number),
            _ => Cell::Text(value.to_owned()),
        },
        Kind::Option(name) => {
            let chosen = value.split_whitespace().any(|v| v == name);
            Cell::number(u64::from(chosen))
        }
        Kind::Choice => match layout.choice_labels.get(path) {
            Some(labels) => {
                let shown: Vec<&str> =
                    value.split_whitespace().map(|n| labels.get(n).map_or(n, String::as_str)).collect();
                Cell::Text(shown.join(", "))
            }
            None => Cell::Text(value.to_owned()),
        },
        Kind::Text | Kind::Geo(_) | Kind::File => Cell::Text(value.to_owned()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_are_guarded_and_numbers_and_places_are_not() {
        assert_eq!(guard("=SUM(A1:A2)"), "'=SUM(A1:A2)");
        assert_eq!(guard("+HYPERLINK(\"http://x\")"), "'+HYPERLINK(\"http://x\")");
        assert_eq!(guard("+254 700 123"), "+254 700 123", "numbers alone are no formula");
        assert_eq!(guard("-2+3"), "'-2+3");
        assert_eq!(guard("@cmd"), "'@cmd");
        assert_eq!(guard("-12.5"), "-12.5");
        assert_eq!(guard("-1.28 36.8 0 5;-1.3 36.9 0 5"), "-1.28 36.8 0 5;-1.3 36.9 0 5");
        assert_eq!(guard("a = b"), "a = b");
        assert_eq!(guard(""), "");
    }

    #[test]
    fn instances_are_found_outer_first() {
        assert_eq!(instances_of("/d/hh[2]/member[1]/age"), vec!["/d/hh[2]", "/d/hh[2]/member[1]"]);
        assert!(instances_of("/d/age").is_empty());
    }
}
