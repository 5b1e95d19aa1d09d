//! Column headers: aliases, `::` translations and groups (bind::, body::, instance::), and
//! rows turned into (header tokens, value) cells.

use crate::errors::{Code, Diagnostic};
use crate::workbook::Sheet;

/// A sheet row after header processing; empty cells are left out.
#[derive(Debug, Clone, Default)]
pub struct Row {
    /// 1-based row number in the sheet.
    pub number: usize,
    /// (tokens, value): tokens like `["label", "French (fr)"]` or `["bind", "relevant"]`.
    pub cells: Vec<(Vec<String>, String)>,
}

impl Row {
    /// The value of a single-token column.
    pub fn get(&self, key: &str) -> Option<&str> {
        self.cells.iter().find(|(t, _)| t.len() == 1 && t[0] == key).map(|(_, v)| v.as_str())
    }
    /// The value of a two-token column, e.g. ("bind", "relevant").
    pub fn get2(&self, a: &str, b: &str) -> Option<&str> {
        self.cells.iter().find(|(t, _)| t.len() == 2 && t[0] == a && t[1] == b).map(|(_, v)| v.as_str())
    }
    /// True when there is no cell.
    pub fn is_empty(&self) -> bool {
        self.cells.is_empty()
    }
}

/// Which sheet, for its aliases.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SheetKind {
    /// The survey sheet.
    Survey,
    /// The choices (and external_choices) sheet.
    Choices,
    /// The settings sheet.
    Settings,
    /// The entities sheet.
    Entities,
}

const SURVEY_COLUMNS: &[&str] = &[
    "type",
    "name",
    "label",
    "hint",
    "guidance_hint",
    "default",
    "choice_filter",
    "parameters",
    "trigger",
    "media",
    "bind",
    "control",
    "instance",
    "list_name",
    "itemset",
    "query",
    "sms_field",
    "disabled",
    "intent",
];
const CHOICE_COLUMNS: &[&str] = &["name", "label", "media", "sms_option", "list name"];
const SETTINGS_COLUMNS: &[&str] = &[
    "title",
    "id_string",
    "version",
    "default_language",
    "style",
    "public_key",
    "submission_url",
    "auto_send",
    "auto_delete",
    "instance_name",
    "allow_choice_duplicates",
    "namespaces",
    "omit_instanceID",
    "instance_xmlns",
    "clean_text_values",
    "client_editable",
    "name",
    "prefix",
    "delimiter",
    "instance_id",
    "add_none_option",
    "flat",
    "sms_keyword",
];

fn alias(kind: SheetKind, h: &str) -> Option<&'static [&'static str]> {
    Some(match (kind, h) {
        (SheetKind::Survey, "read_only" | "readonly") => &["bind", "readonly"],
        (SheetKind::Survey, "relevant" | "relevance") => &["bind", "relevant"],
        (SheetKind::Survey, "required") => &["bind", "required"],
        (SheetKind::Survey, "constraint") => &["bind", "constraint"],
        (SheetKind::Survey, "constraint_message" | "constraining_message") => &["bind", "jr:constraintMsg"],
        (SheetKind::Survey, "required_message" | "requiredmsg") => &["bind", "jr:requiredMsg"],
        (SheetKind::Survey, "calculation" | "calculate") => &["bind", "calculate"],
        (SheetKind::Survey, "no_app_error_string" | "noapperrorstring") => &["bind", "jr:noAppErrorString"],
        (SheetKind::Survey, "save_to") => &["bind", "entities:saveto"],
        (SheetKind::Survey, "appearance") => &["control", "appearance"],
        (SheetKind::Survey, "count" | "repeat_count" | "jr:count") => &["control", "jr:count"],
        (SheetKind::Survey, "autoplay") => &["control", "autoplay"],
        (SheetKind::Survey, "rows") => &["control", "rows"],
        (SheetKind::Survey, "body") => &["control"],
        (SheetKind::Survey, "compact_tag") => &["instance", "odk:tag"],
        (SheetKind::Survey | SheetKind::Choices, "caption") => &["label"],
        (SheetKind::Survey, "command") => &["type"],
        (SheetKind::Survey, "tag" | "value") => &["name"],
        (SheetKind::Choices, "value") => &["name"],
        (SheetKind::Choices, "list_name") => &["list name"],
        (SheetKind::Survey | SheetKind::Choices, "image") => &["media", "image"],
        (SheetKind::Survey | SheetKind::Choices, "big-image") => &["media", "big-image"],
        (SheetKind::Survey | SheetKind::Choices, "audio") => &["media", "audio"],
        (SheetKind::Survey | SheetKind::Choices, "video") => &["media", "video"],
        (SheetKind::Settings, "form_title" | "set_form_title") => &["title"],
        (SheetKind::Settings, "form_id" | "set_form_id") => &["id_string"],
        (SheetKind::Entities, "list_name") => &["dataset"],
        _ => return None,
    })
}

fn columns(kind: SheetKind) -> &'static [&'static str] {
    match kind {
        SheetKind::Survey => SURVEY_COLUMNS,
        SheetKind::Choices => CHOICE_COLUMNS,
        SheetKind::Settings => SETTINGS_COLUMNS,
        SheetKind::Entities => &["dataset", "label", "update_if", "create_if", "entity_id"],
    }
}

fn snake(h: &str) -> String {
    h.split_whitespace().collect::<Vec<_>>().join("_").to_lowercase()
}

/// Split and dealias one header.
pub fn process_header(kind: SheetKind, header: &str, double_colon: bool) -> Vec<String> {
    let cols = columns(kind);
    if cols.contains(&header) && alias(kind, header).is_none() {
        return vec![header.to_string()];
    }
    let norm = snake(header);
    if cols.contains(&norm.as_str()) && alias(kind, &norm).is_none() {
        return vec![norm];
    }
    let mut tokens: Vec<String> = if double_colon || header.contains("::") {
        header.split("::").map(|t| t.trim().to_string()).collect()
    } else {
        let raw: Vec<String> = header.split(':').map(|t| t.trim().to_string()).collect();
        let mut out = vec![];
        let mut i = 0;
        while i < raw.len() {
            if raw[i] == "jr" && i + 1 < raw.len() {
                out.push(format!("jr:{}", raw[i + 1]));
                i += 2;
            } else {
                out.push(raw[i].clone());
                i += 1;
            }
        }
        out
    };
    let first = snake(&tokens[0]);
    if let Some(a) = alias(kind, &first) {
        let mut t: Vec<String> = a.iter().map(|s| s.to_string()).collect();
        t.extend(tokens.drain(1..));
        t
    } else if cols.contains(&first.as_str()) {
        tokens[0] = first;
        tokens
    } else if tokens.len() == 1 {
        vec![header.to_string()]
    } else {
        tokens
    }
}

/// The processed rows of a sheet, and the distinct header tokens seen.
pub struct ProcessedSheet {
    /// Data rows (the header row excluded), empty rows kept for row numbers.
    pub rows: Vec<Row>,
    /// Distinct header tokens, in column order.
    pub headers: Vec<Vec<String>>,
}

fn collapse_spaces(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut prev_space = false;
    for c in s.trim().chars() {
        if c == ' ' {
            if !prev_space {
                out.push(c);
            }
            prev_space = true;
        } else {
            out.push(c);
            prev_space = false;
        }
    }
    out
}

fn clean_value(v: &str, strip_whitespace: bool) -> String {
    let v = if strip_whitespace { collapse_spaces(v) } else { v.trim().to_string() };
    v.replace(['\u{2018}', '\u{2019}'], "'").replace(['\u{201c}', '\u{201d}'], "\"")
}

/// Process a sheet: headers from the first row, then each data row.
pub fn process(kind: SheetKind, sheet: &Sheet, strip_whitespace: bool) -> Result<ProcessedSheet, Diagnostic> {
    let Some(header_row) = sheet.rows.first() else {
        return Ok(ProcessedSheet { rows: vec![], headers: vec![] });
    };
    let raw_headers: Vec<Option<String>> = header_row
        .iter()
        .map(|h| {
            let h = collapse_spaces(h);
            (!h.is_empty()).then_some(h)
        })
        .collect();
    let double_colon = raw_headers.iter().flatten().any(|h| h.contains("::"));
    let mut keys: Vec<Option<Vec<String>>> = vec![];
    let mut seen: Vec<(Vec<String>, String)> = vec![];
    for h in &raw_headers {
        match h {
            None => keys.push(None),
            Some(h) => {
                if seen.iter().any(|(_, o)| o == h) {
                    return Err(Diagnostic::error(Code::Header002, format!("Duplicate column header: {h}"))
                        .at(&sheet.name.to_lowercase(), 1));
                }
                let t = process_header(kind, h, double_colon);
                // On the settings sheet an alias may repeat a column (`form_id` and
                // `id_string`); the later one wins, as in pyxform.
                if kind != SheetKind::Settings
                    && let Some((_, other)) = seen.iter().find(|(tk, _)| *tk == t)
                {
                    return Err(Diagnostic::error(
                        Code::Header002,
                        format!(
                            "The same column is given twice: '{other}' and '{h}' mean the same thing. Remove one of them."
                        ),
                    )
                    .at(&sheet.name.to_lowercase(), 1));
                }
                seen.push((t.clone(), h.clone()));
                keys.push(Some(t));
            }
        }
    }
    let mut rows = vec![];
    for (i, r) in sheet.rows.iter().enumerate().skip(1) {
        let mut row = Row { number: i + 1, cells: vec![] };
        for (c, v) in r.iter().enumerate() {
            if let Some(Some(k)) = keys.get(c)
                && !v.trim().is_empty()
            {
                row.cells.push((k.clone(), clean_value(v, strip_whitespace)));
            }
        }
        rows.push(row);
    }
    while rows.last().is_some_and(Row::is_empty) {
        rows.pop();
    }
    Ok(ProcessedSheet { rows, headers: seen.into_iter().map(|(t, _)| t).collect() })
}
