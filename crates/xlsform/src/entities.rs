//! The `entities` sheet (ODK entities): one declaration per entity list, the survey's
//! `save_to` properties and `${name}` references that tie each list to a container, and
//! the `meta/entity` block placed in the chosen container (the survey, a group or a repeat).
//!
//! Placement: every reference to a list (a `save_to` property, or a question named in the
//! declaration's expressions) sits in some container. The list's *scope* is the deepest
//! repeat (or the survey) among them; its preferred container is the deepest one holding a
//! `save_to` (or else any reference), and each container takes at most one entity.

use xform::model::{Action, Element, ElementKind, Survey, Text};
use xform::refs::{is_ncname, references};

use crate::errors::{Code, Diagnostic};
use crate::headers::{Row, SheetKind, process};
use crate::types::{self, Control};
use crate::workbook::Workbook;

const COLUMNS: [&str; 5] = ["dataset", "label", "update_if", "create_if", "entity_id"];
const SAVETO: (&str, &str) = ("bind", "entities:saveto");

/// One row of the entities sheet.
#[derive(Debug, Clone, PartialEq)]
pub struct Declaration {
    /// The entity list name (`list_name` column).
    pub dataset: String,
    /// Expression giving the id of the entity to update.
    pub entity_id: Option<String>,
    /// Condition for creating.
    pub create_if: Option<String>,
    /// Condition for updating.
    pub update_if: Option<String>,
    /// Expression giving the entity label.
    pub label: Option<String>,
    /// Sheet row.
    pub row: usize,
    /// The row's (column, value) cells in sheet order, for reference checks.
    pub cells: Vec<(String, String)>,
}

impl Declaration {
    /// True when the form may create entities of this list.
    pub fn creates(&self) -> bool {
        self.entity_id.is_none() || self.create_if.is_some()
    }

    /// Names referenced by `${}` in the declaration's expressions, each once.
    fn variables(&self) -> Vec<String> {
        let mut out: Vec<String> = vec![];
        for e in [&self.entity_id, &self.create_if, &self.update_if, &self.label].into_iter().flatten() {
            for r in references(e) {
                if !out.iter().any(|n| n == r.name) {
                    out.push(r.name.to_string());
                }
            }
        }
        out
    }
}

fn sheet_err(code: Code, row: usize, msg: impl Into<String>) -> Diagnostic {
    Diagnostic::error(code, msg).at("entities", row)
}

fn survey_err(row: usize, msg: impl Into<String>) -> Diagnostic {
    Diagnostic::error(Code::Entity002, msg).at("survey", row).column("save_to")
}

/// Read and check the entities sheet; an absent or empty sheet declares nothing.
pub fn declarations(wb: &Workbook) -> Result<Vec<Declaration>, Diagnostic> {
    let Some(sheet) = wb.sheets.iter().find(|s| s.name.to_lowercase() == "entities") else {
        return Ok(vec![]);
    };
    let p = process(SheetKind::Entities, sheet, false)?;
    if p.rows.iter().all(Row::is_empty) {
        return Ok(vec![]);
    }
    let unknown: Vec<String> = p
        .headers
        .iter()
        .filter(|h| !(h.len() == 1 && COLUMNS.contains(&h[0].as_str())))
        .map(|h| h.join("::"))
        .collect();
    if !unknown.is_empty() {
        return Err(sheet_err(
            Code::Entity001,
            1,
            format!(
                "Unsupported column(s): {}. The entities sheet knows only list_name, label, entity_id, create_if and update_if; fix the spelling or remove the column.",
                unknown.iter().map(|c| format!("'{c}'")).collect::<Vec<_>>().join(", ")
            ),
        ));
    }
    let mut out: Vec<Declaration> = vec![];
    for r in p.rows.iter().filter(|r| !r.is_empty()) {
        let get = |k: &str| r.get(k).map(str::to_string);
        let d = Declaration {
            dataset: get("dataset").unwrap_or_default(),
            entity_id: get("entity_id"),
            create_if: get("create_if"),
            update_if: get("update_if"),
            label: get("label"),
            row: r.number,
            cells: r.cells.iter().map(|(t, v)| (t.join("::"), v.clone())).collect(),
        };
        check_dataset(&d.dataset, d.row)?;
        let (n, ds) = (d.row, &d.dataset);
        if d.entity_id.is_none() && d.update_if.is_some() {
            return Err(sheet_err(
                Code::Entity001,
                n,
                format!(
                    "The entity list '{ds}' has an update_if but no entity_id: updating an entity needs an entity_id expression to say which one."
                ),
            ));
        }
        if d.entity_id.is_some() && d.create_if.is_some() && d.update_if.is_none() {
            return Err(sheet_err(
                Code::Entity001,
                n,
                format!(
                    "The entity list '{ds}' has entity_id and create_if but no update_if: to create or update (upsert), give an update_if expression too."
                ),
            ));
        }
        if d.entity_id.is_none() && d.label.is_none() {
            return Err(sheet_err(
                Code::Entity001,
                n,
                format!(
                    "The entity list '{ds}' creates entities but has no label: add a label expression (creating is implied by create_if, or by leaving entity_id empty)."
                ),
            ));
        }
        if out.iter().any(|o| o.dataset == d.dataset) {
            return Err(sheet_err(
                Code::Entity001,
                n,
                format!("The list_name '{ds}' is declared twice: each entity list may have only one row."),
            )
            .column("list_name"));
        }
        out.push(d);
    }
    Ok(out)
}

fn check_dataset(name: &str, row: usize) -> Result<(), Diagnostic> {
    let bad = |why: &str| Err(sheet_err(Code::Entity001, row, why.to_string()).column("list_name"));
    if name.is_empty() {
        bad("Every entity declaration needs a list_name.")
    } else if name.starts_with("__") {
        bad("Names starting with '__' are reserved: rename the entity list.")
    } else if name.contains('.') {
        bad("Entity list names must not contain a period '.'.")
    } else if !is_ncname(name) {
        bad(
            "The list_name is not a valid name: it must start with a letter or underscore, then letters, digits, underscores, hyphens or periods.",
        )
    } else {
        Ok(())
    }
}

/// Kind of a container node.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Survey,
    Group,
    Repeat,
}

#[derive(Debug, Clone, PartialEq, Eq)]
struct CNode {
    name: String,
    kind: Kind,
}

/// A path of containers from the survey root.
type CPath = Vec<CNode>;

fn root_path() -> CPath {
    vec![CNode { name: "survey".into(), kind: Kind::Survey }]
}

fn show(p: &[CNode]) -> String {
    p.iter().map(|n| format!("/{}", n.name)).collect()
}

/// The path down to the nearest enclosing repeat (or the root).
fn boundary(p: &[CNode]) -> CPath {
    match p.iter().rposition(|n| n.kind != Kind::Group) {
        Some(i) => p[..=i].to_vec(),
        None => root_path(),
    }
}

/// Number of repeats in the path.
fn repeat_depth(p: &[CNode]) -> usize {
    p.iter().skip(1).filter(|n| n.kind == Kind::Repeat).count()
}

/// Number of groups below the nearest repeat (or root).
fn group_tail(p: &[CNode]) -> usize {
    p.iter().rev().take_while(|n| n.kind == Kind::Group).count()
}

#[derive(Debug, Clone)]
struct Reference {
    path: CPath,
    row: usize,
    property: Option<String>,
    question: String,
}

#[derive(Debug, Clone)]
struct Request {
    scope: CPath,
    dataset: String,
    wanted: CPath,
    decl_row: usize,
    saveto_paths: Vec<CPath>,
}

/// Work out where the list's entity should go from its references, or refuse conflicts.
fn request(dataset: &str, decl_row: usize, refs: &[Reference]) -> Result<Request, Diagnostic> {
    let mut deep_scope: Option<(CPath, usize, &Reference)> = None;
    let mut deep_container: Option<(&Reference, usize)> = None;
    let mut deep_saveto: Option<(&Reference, usize)> = None;
    let mut saveto_paths: Vec<CPath> = vec![];
    for r in refs {
        let tail = group_tail(&r.path);
        let b = boundary(&r.path);
        let depth = repeat_depth(&b);
        let deeper = deep_scope.as_ref().is_none_or(|(_, d, _)| depth > *d);
        if deeper {
            if deep_scope.as_ref().is_none_or(|(s, _, _)| *s != b) {
                deep_container = Some((r, tail));
                if r.property.is_some() {
                    deep_saveto = Some((r, tail));
                }
            }
            deep_scope = Some((b.clone(), depth, r));
        }
        let same_scope = deep_scope.as_ref().is_some_and(|(s, _, _)| *s == b);
        if deep_container.is_none_or(|(_, t)| same_scope && tail > t) {
            deep_container = Some((r, tail));
        }
        if r.property.is_some() {
            if !saveto_paths.contains(&r.path) {
                saveto_paths.push(r.path.clone());
            }
            if deep_saveto.is_none_or(|(_, t)| same_scope && tail > t) {
                deep_saveto = Some((r, tail));
            }
        }
    }
    let (Some((scope, _, scope_ref)), Some((container_ref, _))) = (deep_scope, deep_container) else {
        return Err(Diagnostic::error(
            Code::Entity003,
            format!("The entity list '{dataset}' has no references."),
        ));
    };
    let mut wanted = match deep_saveto {
        Some((r, _)) => r.path.clone(),
        None => container_ref.path.clone(),
    };
    if let (Some(first), Some((saveto_ref, _))) = (saveto_paths.first(), deep_saveto) {
        let min_len = saveto_paths.iter().map(Vec::len).min().unwrap_or(0);
        let mut common_len = min_len;
        if saveto_paths.len() > 1 {
            if let Some(i) = (0..min_len).find(|&i| saveto_paths.iter().any(|p| p[i] != first[i])) {
                common_len = i;
            }
            let common: CPath = first[..common_len].to_vec();
            let b = boundary(&saveto_ref.path);
            let key = |p: &CPath| (repeat_depth(p), group_tail(p));
            wanted = if key(&common) > key(&b) { common } else { b };
        } else {
            wanted = first[..common_len].to_vec();
        }
    }
    let wanted_scope = boundary(&wanted);
    for r in refs {
        let b = boundary(&r.path);
        let compatible = scope.len() >= b.len() && scope[..b.len()] == b[..];
        if !compatible {
            return Err(match &r.property {
                Some(_) => survey_err(
                    r.row,
                    format!(
                        "This save_to for entity list '{dataset}' is in container '{}', which does not fit with another reference to the list in container '{}'. Move the properties of one entity into the same repeat, or check the list name.",
                        show(&r.path),
                        show(&scope_ref.path)
                    ),
                ),
                None => sheet_err(
                    Code::Entity003,
                    decl_row,
                    format!(
                        "The entity list '{dataset}' refers to '{}' in container '{}', which does not fit with another reference to the list in container '{}'. Check the references of the declaration.",
                        r.question,
                        show(&r.path),
                        show(&scope_ref.path)
                    ),
                ),
            });
        }
        if r.property.is_some() && wanted_scope != b {
            return Err(survey_err(
                r.row,
                format!(
                    "This save_to for entity list '{dataset}' is in container '{}', which does not fit with the container '{}' chosen for the entity. Keep the save_to properties of one entity in the same repeat.",
                    show(&r.path),
                    show(&wanted)
                ),
            ));
        }
    }
    Ok(Request { scope, dataset: dataset.to_string(), wanted, decl_row, saveto_paths })
}

/// Assign each list to a container: (container path, dataset) in assignment order.
fn allocate(
    decls: &[Declaration],
    by_list: &[(String, Vec<Reference>)],
) -> Result<Vec<(CPath, String)>, Diagnostic> {
    let root = root_path();
    let mut scopes: Vec<(CPath, Vec<Request>)> = vec![];
    let mut add = |req: Request| match scopes.iter_mut().find(|(s, _)| *s == req.scope) {
        Some((_, v)) => v.push(req),
        None => scopes.push((req.scope.clone(), vec![req])),
    };
    for (dataset, refs) in by_list {
        let row = decls.iter().find(|d| d.dataset == *dataset).map_or(0, |d| d.row);
        add(request(dataset, row, refs)?);
    }
    for d in decls {
        if !by_list.iter().any(|(n, _)| *n == d.dataset) {
            add(Request {
                scope: root.clone(),
                dataset: d.dataset.clone(),
                wanted: root.clone(),
                decl_row: d.row,
                saveto_paths: vec![],
            });
        }
    }
    if scopes.len() == 1 && scopes[0].0 == root && scopes[0].1.len() == 1 {
        return Ok(vec![(root, scopes[0].1[0].dataset.clone())]);
    }
    let mut allocations: Vec<(CPath, String)> = vec![];
    let mut reserved: Vec<(CPath, String)> = vec![];
    let holder =
        |list: &[(CPath, String)], p: &[CNode]| list.iter().find(|(q, _)| q == p).map(|(_, d)| d.clone());
    for (scope, mut reqs) in scopes {
        let limit = scope.len() - 1;
        reqs.sort_by_key(|r| r.decl_row);
        for req in reqs {
            let mut conflict: Option<String> = None;
            let mut depth = req.wanted.len();
            while depth > limit {
                let here = &req.wanted[..depth];
                conflict = holder(&allocations, here).or_else(|| holder(&reserved, here));
                if conflict.is_some() {
                    let by_saveto = req.saveto_paths.first().and_then(|p| holder(&reserved, p));
                    if by_saveto.is_some() {
                        conflict = by_saveto;
                        break;
                    }
                    depth -= 1;
                    continue;
                }
                allocations.push((here.to_vec(), req.dataset.clone()));
                reserved.push((here.to_vec(), req.dataset.clone()));
                for lineage in &req.saveto_paths {
                    let mut i = lineage.len();
                    while i + 1 > depth && i > 0 {
                        let p = lineage[..i].to_vec();
                        match reserved.iter_mut().find(|(q, _)| *q == p) {
                            Some(slot) => slot.1 = req.dataset.clone(),
                            None => reserved.push((p, req.dataset.clone())),
                        }
                        i -= 1;
                    }
                }
                break;
            }
            if let Some(other) = conflict {
                let other_row = decls.iter().find(|d| d.dataset == other).map_or(0, |d| d.row);
                return Err(sheet_err(
                    Code::Entity003,
                    req.decl_row,
                    format!(
                        "No container is left for this entity in scope '{}': a survey, group or repeat holds at most one entity, and the one there belongs to the entity on row {other_row}. Move some questions into a group of their own, or check the save_to values.",
                        show(&scope)
                    ),
                ));
            }
        }
    }
    Ok(allocations)
}

/// Collect the references of the survey rows to the declared lists, in row order, and
/// check every `save_to`.
fn collect(rows: &[Row], decls: &[Declaration]) -> Result<Vec<(String, Vec<Reference>)>, Diagnostic> {
    let vars: Vec<(String, Vec<String>)> = decls.iter().map(|d| (d.dataset.clone(), d.variables())).collect();
    let mut stack: Vec<CPath> = vec![root_path()];
    let mut by_list: Vec<(String, Vec<Reference>)> = vec![];
    fn entry<'a>(by_list: &'a mut Vec<(String, Vec<Reference>)>, ds: &str) -> &'a mut Vec<Reference> {
        let i = match by_list.iter().position(|(d, _)| d == ds) {
            Some(i) => i,
            None => {
                by_list.push((ds.to_string(), vec![]));
                by_list.len() - 1
            }
        };
        &mut by_list[i].1
    }
    for row in rows {
        if row.is_empty()
            || row.get("disabled").is_some_and(|d| matches!(d, "yes" | "Yes" | "true" | "TRUE" | "True"))
        {
            continue;
        }
        let Some(raw_type) = row.get("type") else { continue };
        let control = types::parse_control(types::dealias(raw_type));
        let path = stack.last().cloned().unwrap_or_else(root_path);
        let n = row.number;
        let name = match control {
            Some(Control::End(_)) => None,
            _ => row.get("name").map(str::to_string),
        };
        if let Some(saveto) = row.get2(SAVETO.0, SAVETO.1) {
            if decls.is_empty() {
                return Err(survey_err(
                    n,
                    "A save_to value needs an entity: add an entities sheet that declares the entity list.",
                ));
            }
            let (ds, prop) = match saveto.matches('#').count() {
                0 if decls.len() > 1 => {
                    return Err(survey_err(
                        n,
                        "With more than one entity list, each save_to must name its list: write 'list_name#property'.",
                    ));
                }
                0 => (decls[0].dataset.clone(), saveto.to_string()),
                1 => {
                    let (a, b) = saveto.split_once('#').unwrap_or(("", saveto));
                    (a.to_string(), b.to_string())
                }
                _ => return Err(survey_err(n, "A save_to value may contain at most one '#'.")),
            };
            if !decls.iter().any(|d| d.dataset == ds) {
                return Err(survey_err(
                    n,
                    format!(
                        "The entity list '{ds}' of this save_to is not declared on the entities sheet. Check the spelling, or declare the list."
                    ),
                ));
            }
            let refs = entry(&mut by_list, &ds);
            check_property(&prop, n, control.is_some(), refs)?;
            refs.push(Reference {
                path: path.clone(),
                row: n,
                property: Some(prop),
                question: name.clone().unwrap_or_default(),
            });
        }
        if let Some(q) = &name {
            for (ds, names) in &vars {
                if names.contains(q) {
                    entry(&mut by_list, ds).push(Reference {
                        path: path.clone(),
                        row: n,
                        property: None,
                        question: q.clone(),
                    });
                }
            }
        }
        match control {
            Some(Control::Begin(kind)) => {
                let mut p = path;
                let kind = if kind == "repeat" { Kind::Repeat } else { Kind::Group };
                p.push(CNode { name: name.unwrap_or_default(), kind });
                stack.push(p);
            }
            Some(Control::End(_)) if stack.len() > 1 => {
                stack.pop();
            }
            _ => {}
        }
    }
    Ok(by_list)
}

fn check_property(prop: &str, row: usize, container: bool, refs: &[Reference]) -> Result<(), Diagnostic> {
    if prop.is_empty() {
        return Err(survey_err(row, "The save_to property name is empty."));
    }
    if container {
        return Err(survey_err(
            row,
            "Groups and repeats cannot be saved to an entity property: remove the save_to of this row.",
        ));
    }
    if matches!(prop.to_lowercase().as_str(), "name" | "label") {
        return Err(survey_err(
            row,
            "'name' and 'label' are reserved and cannot be used as save_to properties.",
        ));
    }
    if prop.starts_with("__") {
        return Err(survey_err(row, "Names starting with '__' are reserved: rename the save_to property."));
    }
    if !is_ncname(prop) {
        return Err(survey_err(
            row,
            "The save_to property is not a valid name: it must start with a letter or underscore, then letters, digits, underscores, hyphens or periods.",
        ));
    }
    if let Some(other) = refs.iter().find(|r| r.property.as_deref() == Some(prop)) {
        return Err(survey_err(
            row,
            format!(
                "The save_to property '{prop}' is already set by row {}: remove or rename one of them.",
                other.row
            ),
        ));
    }
    Ok(())
}

/// Every `${name}` of a declaration must name exactly one survey element.
fn check_variables(decls: &[Declaration], rows: &[Row]) -> Result<(), Diagnostic> {
    let names: Vec<&str> = rows
        .iter()
        .filter(|r| {
            !r.get("type")
                .is_some_and(|t| matches!(types::parse_control(types::dealias(t)), Some(Control::End(_))))
        })
        .filter_map(|r| r.get("name"))
        .collect();
    for d in decls {
        for (column, value) in &d.cells {
            for r in references(value) {
                let count = names.iter().filter(|n| **n == r.name).count();
                let column = if column == "dataset" { "list_name" } else { column.as_str() };
                if count != 1 {
                    let why = if count == 0 {
                        "no question has that name"
                    } else {
                        "several questions have that name"
                    };
                    return Err(sheet_err(
                        Code::Ref001,
                        d.row,
                        format!(
                            "The reference ${{{}}} cannot be resolved: {why}. Use the name of exactly one question of the survey sheet.{}",
                            r.name,
                            crate::errors::did_you_mean(r.name, names.iter().copied())
                        ),
                    )
                    .column(column));
                }
            }
        }
    }
    Ok(())
}

fn attribute(name: &str, bind: Vec<(&str, String)>) -> Element {
    let mut el = Element::new(
        format!("@{name}"),
        ElementKind::Question { qtype: xform::entities::ATTRIBUTE_TYPE.into() },
    );
    el.bind = bind.into_iter().map(|(k, v)| (k.to_string(), Text::Plain(v))).collect();
    el
}

fn ro_string(calculate: Option<String>) -> Vec<(&'static str, String)> {
    let mut v = vec![];
    if let Some(c) = calculate {
        v.push(("calculate", c));
    }
    v.push(("readonly", "true()".into()));
    v.push(("type", "string".into()));
    v
}

/// The `entity` node of a declaration.
pub fn entity_element(d: &Declaration, in_repeat: bool) -> Element {
    let mut g = Element::new("entity", ElementKind::Group);
    g.control = vec![("bodyless".into(), "true".into())];
    g.instance_attributes.push(("dataset".into(), d.dataset.clone()));
    if d.creates() {
        g.instance_attributes.push(("create".into(), "1".into()));
        if let Some(c) = &d.create_if {
            g.children.push(attribute("create", ro_string(Some(c.clone()))));
        }
    }
    if let Some(id) = &d.entity_id {
        g.instance_attributes.push(("update".into(), "1".into()));
        if let Some(u) = &d.update_if {
            g.children.push(attribute("update", ro_string(Some(u.clone()))));
        }
        for (attr, field) in
            [("baseVersion", "__version"), ("trunkVersion", "__trunkVersion"), ("branchId", "__branchId")]
        {
            g.instance_attributes.push((attr.into(), String::new()));
            let calc = format!("instance('{}')/root/item[name={id}]/{field}", d.dataset);
            g.children.push(attribute(attr, ro_string(Some(calc))));
        }
    }
    g.instance_attributes.push(("id".into(), String::new()));
    let mut id = attribute("id", vec![("readonly", "true()".into()), ("type", "string".into())]);
    match &d.entity_id {
        Some(e) => id.bind.push(("calculate".into(), Text::Plain(e.clone()))),
        None => {
            id.default = Some("uuid()".into());
            id.actions.push(Action {
                name: "setvalue".into(),
                event: "odk-instance-first-load".into(),
                attributes: vec![],
            });
            if in_repeat {
                id.actions.push(Action {
                    name: "setvalue".into(),
                    event: "odk-new-repeat".into(),
                    attributes: vec![],
                });
            }
        }
    }
    g.children.push(id);
    if let Some(l) = &d.label {
        let mut label =
            Element::new("label", ElementKind::Question { qtype: xform::entities::LABEL_TYPE.into() });
        label.bind =
            ro_string(Some(l.clone())).into_iter().map(|(k, v)| (k.to_string(), Text::Plain(v))).collect();
        g.children.push(label);
    }
    g
}

fn meta_group(children: Vec<Element>) -> Element {
    let mut m = Element::new("meta", ElementKind::Group);
    m.control = vec![("bodyless".into(), "true".into())];
    m.children = children;
    m
}

/// Drop the `list#` prefix of `save_to` values, now that they are checked.
fn strip_saveto_prefixes(children: &mut [Element]) {
    for el in children {
        if let Some((_, v)) = el.bind.iter_mut().find(|(k, _)| k == SAVETO.1)
            && let Text::Plain(s) = v
            && let Some((_, prop)) = s.split_once('#')
        {
            *s = prop.to_string();
        }
        strip_saveto_prefixes(&mut el.children);
    }
}

fn inject(
    children: &mut Vec<Element>,
    path: &CPath,
    allocations: &[(CPath, String)],
    decls: &[Declaration],
    done: &mut Vec<String>,
    mut in_repeat: bool,
) {
    if let Some((_, ds)) = allocations.iter().find(|(p, _)| p == path)
        && !done.contains(ds)
        && let Some(d) = decls.iter().find(|d| d.dataset == *ds)
    {
        children.push(meta_group(vec![entity_element(d, in_repeat)]));
        done.push(ds.clone());
    }
    for child in children.iter_mut() {
        let kind = match child.kind {
            ElementKind::Group => Kind::Group,
            ElementKind::Repeat => Kind::Repeat,
            ElementKind::Question { .. } => continue,
        };
        let mut p = path.clone();
        p.push(CNode { name: child.name.clone(), kind });
        in_repeat |= kind == Kind::Repeat;
        if allocations.iter().any(|(a, _)| a.len() >= p.len() && a[..p.len()] == p[..]) {
            inject(&mut child.children, &p, allocations, decls, done, in_repeat);
        }
    }
}

/// Add the entities of the workbook to a built survey. Call before the survey's own meta
/// group is filled (the entity comes first in it).
pub fn apply(survey: &mut Survey, wb: &Workbook, rows: &[Row]) -> Result<(), Diagnostic> {
    let decls = declarations(wb)?;
    let by_list = collect(rows, &decls)?;
    if decls.is_empty() {
        return Ok(());
    }
    strip_saveto_prefixes(&mut survey.children);
    let allocations = allocate(&decls, &by_list)?;
    check_variables(&decls, rows)?;
    let root = root_path();
    let mut done = vec![];
    // The survey's entity goes first into the survey's meta group.
    if let Some((_, ds)) = allocations.iter().find(|(p, _)| *p == root)
        && let Some(d) = decls.iter().find(|d| d.dataset == *ds)
    {
        let entity = entity_element(d, false);
        match survey.children.iter_mut().find(|e| e.name == "meta" && e.kind == ElementKind::Group) {
            Some(m) => m.children.insert(0, entity),
            None => survey.children.push(meta_group(vec![entity])),
        }
        done.push(ds.clone());
    }
    inject(&mut survey.children, &root, &allocations, &decls, &mut done, false);
    let v2025 = decls.len() > 1 || allocations.iter().any(|(p, _)| repeat_depth(p) > 0);
    survey.entities_version = Some(if v2025 { "2025.1.0" } else { "2024.1.0" }.to_string());
    Ok(())
}
