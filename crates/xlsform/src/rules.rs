//! Validation rules pyxform applies that are not part of building the model: each returns a
//! diagnostic that says where (sheet, row, column), which rule, and how to fix it.

use xform::model::Survey;
use xform::refs::references;

use crate::errors::{Code, Diagnostic};
use crate::headers::{SheetKind, process};
use crate::workbook::Workbook;

fn param_err(row: usize, msg: impl Into<String>) -> Diagnostic {
    Diagnostic::error(Code::Param001, msg).at("survey", row).column("parameters")
}

/// `capture-accuracy` / `warning-accuracy` must be numbers.
pub fn geo_accuracy(row: usize, key: &str) -> Diagnostic {
    param_err(
        row,
        format!(
            "On the 'survey' sheet, the 'parameters' value is invalid. The '{key}' parameter must have a numeric value. Write a number of metres, e.g. '{key}=5'."
        ),
    )
}

/// `incremental` on geoshape / geotrace may only be true.
pub fn geo_incremental(row: usize) -> Diagnostic {
    param_err(
        row,
        "On the 'survey' sheet, the 'parameters' value is invalid. For geoshape and geotrace questions, the 'incremental' parameter may either be 'true' or not included.",
    )
}

/// The list names of the `entities` sheet, if any.
pub fn entity_list_names(wb: &Workbook) -> Vec<String> {
    let Some(sheet) = wb.sheets.iter().find(|s| s.name.to_lowercase() == "entities") else {
        return vec![];
    };
    let Ok(p) = process(SheetKind::Entities, sheet, true) else { return vec![] };
    p.rows
        .iter()
        .filter_map(|r| {
            r.get("list_name").or_else(|| r.get("dataset")).or_else(|| r.get("list name")).map(str::to_string)
        })
        .collect()
}

/// Each `reference-geometry` value must name a secondary instance (a choice list, an entity
/// list, an external file or select-from-file stem) or be `${repeat}`.
pub fn check_reference_geometry(
    refs: &[(String, usize)],
    secondary: &[String],
    survey: &Survey,
    wb: &Workbook,
    repeats: &[String],
) -> Result<(), Diagnostic> {
    if refs.is_empty() {
        return Ok(());
    }
    let entities = entity_list_names(wb);
    for (target, row) in refs {
        if secondary.contains(target) || survey.choice_list(target).is_some() || entities.contains(target) {
            continue;
        }
        let r = references(target);
        if r.len() == 1
            && r[0].start == 0
            && r[0].end == target.len()
            && repeats.iter().any(|n| n == r[0].name)
        {
            continue;
        }
        return Err(param_err(
            *row,
            "On the 'survey' sheet, the 'parameters' value is invalid. The 'reference-geometry' parameter must either match a secondary instance name (a choices list_name, an entities list_name, or the base name of an attached file), or be a reference variable containing the name of a repeat.",
        ));
    }
    Ok(())
}

const SUPPORTED_SHEETS: [&str; 6] = ["survey", "choices", "settings", "external_choices", "osm", "entities"];

/// " When looking for a sheet named 'x', the following sheets with similar names were found:
/// 'y'." or "" (names starting with `_` are never suggested).
pub fn sheet_misspellings(wanted: &str, wb: &Workbook) -> String {
    let candidates: Vec<String> = wb
        .sheets
        .iter()
        .map(|s| s.name.as_str())
        .filter(|n| {
            crate::errors::levenshtein(&n.to_lowercase(), wanted) <= 2
                && !SUPPORTED_SHEETS.contains(n)
                && !n.starts_with('_')
        })
        .map(|n| format!("'{n}'"))
        .collect();
    if candidates.is_empty() {
        return String::new();
    }
    format!(
        " When looking for a sheet named '{wanted}', the following sheets with similar names were found: {}.",
        candidates.join(", ")
    )
}

/// `select_one_external LIST` needs an `external_choices` sheet that has LIST.
pub fn check_external_choices(wb: &Workbook, list: &str, row: usize) -> Result<(), Diagnostic> {
    let Some(sheet) = wb.sheets.iter().find(|s| s.name.to_lowercase() == "external_choices") else {
        return Err(Diagnostic::error(
            Code::Sheet002,
            format!(
                "There should be an external_choices sheet in this xlsform.{} Please ensure that the external_choices sheet has columns 'list name', and 'name'.",
                sheet_misspellings("external_choices", wb)
            ),
        )
        .at("survey", row)
        .column("type"));
    };
    let p = process(SheetKind::Choices, sheet, true)?;
    let lists: Vec<&str> = p.rows.iter().filter_map(|r| r.get("list name")).collect();
    if lists.is_empty() {
        return Err(Diagnostic::error(
            Code::Sheet002,
            "There should be an external_choices sheet in this xlsform. Please ensure that the external_choices sheet has columns 'list name', and 'name'.",
        )
        .at("survey", row)
        .column("type"));
    }
    if !lists.contains(&list) {
        return Err(Diagnostic::error(
            Code::Choice001,
            format!(
                "List name not in external choices sheet: {list}.{} Add the list to the external_choices sheet or fix the type.",
                crate::errors::did_you_mean(list, lists.iter().copied())
            ),
        )
        .at("survey", row)
        .column("type"));
    }
    Ok(())
}

fn audit_err(row: usize, msg: String) -> Diagnostic {
    Diagnostic::error(Code::Param002, msg).at("survey", row).column("parameters")
}

/// The audit parameters: true/false flags, `on-form-edit`, and the location triple.
pub fn check_audit(params: &[(String, String)], row: usize) -> Result<(), Diagnostic> {
    let get = |k: &str| params.iter().find(|(a, _)| a == k).map(|(_, v)| v.as_str());
    for key in ["track-changes", "identify-user"] {
        if let Some(v) = get(key)
            && v != "true"
            && v != "false"
        {
            return Err(audit_err(
                row,
                format!("{key} must be set to true or false: '{v}' is an invalid value."),
            ));
        }
    }
    if let Some(v) = get("track-changes-reasons")
        && v != "on-form-edit"
    {
        return Err(audit_err(
            row,
            format!("track-changes-reasons must be set to on-form-edit: '{v}' is an invalid value."),
        ));
    }
    let location = [get("location-priority"), get("location-min-interval"), get("location-max-age")];
    if location.iter().all(Option::is_none) {
        return Ok(());
    }
    let [Some(priority), Some(min), Some(max)] = location else {
        return Err(audit_err(
            row,
            "'location-priority', 'location-min-interval', and 'location-max-age' are required parameters. Give all three, or none.".into(),
        ));
    };
    if !matches!(priority, "no-power" | "low-power" | "balanced" | "high-accuracy") {
        return Err(audit_err(
            row,
            format!(
                "Parameter location-priority must be set to no-power, low-power, balanced, or high-accuracy: '{priority}' is an invalid value."
            ),
        ));
    }
    let int = |k: &str, v: &str| -> Result<i64, Diagnostic> {
        let x: i64 = v
            .trim()
            .parse()
            .map_err(|_| audit_err(row, format!("Parameter {k} must have an integer value.")))?;
        if x < 0 {
            return Err(audit_err(row, format!("Parameter {k} must be greater than or equal to zero.")));
        }
        Ok(x)
    };
    let min = int("location-min-interval", min)?;
    let max = int("location-max-age", max)?;
    if max < min {
        return Err(audit_err(
            row,
            "Parameter location-max-age must be greater than or equal to location-min-interval.".into(),
        ));
    }
    Ok(())
}

/// The tags of `osm LIST` from the `osm` sheet, as (key, label) elements of kind `osm-tag`.
pub fn osm_tags(
    wb: &Workbook,
    list: &str,
    row: usize,
    default_language: &str,
) -> Result<Vec<xform::model::Element>, Diagnostic> {
    use xform::model::{Element, ElementKind, Text};
    let missing = || {
        Diagnostic::error(
            Code::Choice001,
            format!("List name not in the osm sheet: {list}. Add the tags of '{list}' to the 'osm' sheet (columns list_name, name, label)."),
        )
        .at("survey", row)
        .column("type")
    };
    let Some(sheet) = wb.sheets.iter().find(|s| s.name.to_lowercase() == "osm") else {
        return Err(missing());
    };
    let p = process(SheetKind::Choices, sheet, true)?;
    let mut out = vec![];
    for r in p.rows.iter().filter(|r| r.get("list name") == Some(list)) {
        let Some(name) = r.get("name") else { continue };
        let mut el = Element::new(name, ElementKind::Question { qtype: "osm-tag".into() });
        let labels: Vec<(String, String)> = r
            .cells
            .iter()
            .filter(|(t, _)| t[0] == "label")
            .map(|(t, v)| (t.get(1).cloned().unwrap_or_else(|| default_language.to_string()), v.clone()))
            .collect();
        el.label = match labels.as_slice() {
            [] => Text::None,
            [(_, v)] if r.get("label").is_some() => Text::Plain(v.clone()),
            _ => Text::Translated(labels),
        };
        out.push(el);
    }
    if out.is_empty() {
        return Err(missing());
    }
    Ok(out)
}

/// The `app` parameter of an image question must be an Android package name; the problem, if any.
pub fn android_package_problem(name: &str) -> Option<&'static str> {
    if name.trim().is_empty() {
        return Some("package name is missing.");
    }
    if !name.contains('.') {
        return Some("the package name must have at least one '.' separator.");
    }
    if name.ends_with('.') {
        return Some("the package name cannot end in a '.' separator.");
    }
    let segments: Vec<&str> = name.split('.').collect();
    if segments.iter().any(|s| s.is_empty()) {
        return Some("package segments must be of non-zero length.");
    }
    if segments.iter().any(|s| s.starts_with('_')) {
        return Some("the character '_' cannot be the first character in a package name segment.");
    }
    if segments.iter().any(|s| s.starts_with(|c: char| c.is_ascii_digit())) {
        return Some("a digit cannot be the first character in a package name segment.");
    }
    if segments.iter().any(|s| !s.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')) {
        return Some(
            "the package name can only include letters (a-z, A-Z), numbers (0-9), dots (.), and underscores (_).",
        );
    }
    None
}
