//! Rows of the survey, choices and settings sheets to the form model.

use xform::model::{Action, Choice, ChoiceList, Element, ElementKind, Survey, Text};
use xform::refs::{is_ncname, references};

use crate::errors::{Code, Diagnostic, did_you_mean};
use crate::headers::{Row, SheetKind, process};
use crate::types::{self, Control};
use crate::workbook::{Sheet, Workbook};

/// Options of a conversion.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// Instance root name (`--name`); `data` by default.
    pub form_name: Option<String>,
    /// Form id and title when the settings give none (the file stem).
    pub fallback_id: Option<String>,
}

fn sheet<'a>(wb: &'a Workbook, name: &str) -> Option<&'a Sheet> {
    wb.sheets.iter().find(|s| s.name.to_lowercase() == name)
}

fn yes(v: Option<&str>) -> bool {
    matches!(v, Some("yes" | "Yes" | "YES" | "true" | "True" | "TRUE" | "true()"))
}

/// Text of a translatable column: tokens `[key]` or `[key, lang]` (after `prefix`).
fn text(row: &Row, prefix: &[&str], default_language: &str) -> Text {
    let mut entries: Vec<(Option<&str>, &str)> = vec![];
    for (t, v) in &row.cells {
        if t.len() >= prefix.len() && t.iter().zip(prefix).all(|(a, b)| a == b) {
            match t.len() - prefix.len() {
                0 => entries.push((None, v)),
                1 => entries.push((Some(&t[prefix.len()]), v)),
                _ => {}
            }
        }
    }
    if entries.is_empty() {
        return Text::None;
    }
    if entries.len() == 1
        && let (None, v) = entries[0]
    {
        return Text::Plain(v.to_string());
    }
    let mut out: Vec<(String, String)> = vec![];
    for (lang, v) in &entries {
        let lang = lang.unwrap_or(default_language);
        if lang == default_language && out.iter().any(|(l, _)| l == lang) {
            continue;
        }
        match out.iter_mut().find(|(l, _)| l == lang) {
            Some(slot) => slot.1 = v.to_string(),
            None => out.push((lang.to_string(), v.to_string())),
        }
    }
    Text::Translated(out)
}

fn media(row: &Row, default_language: &str) -> Vec<(String, Text)> {
    let mut out: Vec<(String, Text)> = vec![];
    // pyxform's order of media forms in itext.
    for m in ["image", "audio", "video", "big-image"] {
        let t = text(row, &["media", m], default_language);
        if !t.is_none() {
            out.push((m.to_string(), t));
        }
    }
    out
}

fn err(code: Code, row: usize, msg: impl Into<String>) -> Diagnostic {
    Diagnostic::error(code, msg).at("survey", row)
}

fn parse_parameters(raw: &str, row: usize) -> Result<Vec<(String, String)>, Diagnostic> {
    let mut out = vec![];
    let normalised = raw.replace([';', ','], " ");
    let mut parts: Vec<String> = vec![];
    // Allow spaces around '=' by gluing them back.
    let tokens: Vec<&str> = normalised.split_whitespace().collect();
    let mut i = 0;
    while i < tokens.len() {
        let mut t = tokens[i].to_string();
        while (t.ends_with('=') || tokens.get(i + 1).is_some_and(|n| n.starts_with('=')))
            && i + 1 < tokens.len()
        {
            i += 1;
            t.push_str(tokens[i]);
        }
        parts.push(t);
        i += 1;
    }
    for p in parts {
        let Some((k, v)) = p.split_once('=') else {
            return Err(err(
                Code::Param001,
                row,
                "Expecting parameters to be in the form of 'parameter1=value parameter2=value'.",
            )
            .column("parameters"));
        };
        let key = k.trim().to_lowercase();
        // Values are case-insensitive except the file column names `label` and `value`.
        let value = if matches!(key.as_str(), "label" | "value") {
            v.trim().to_string()
        } else {
            v.trim().to_lowercase()
        };
        out.push((key, value));
    }
    Ok(out)
}

struct Frame {
    kind: &'static str,
    name: String,
    row: usize,
    element: Option<Element>,
    names: Vec<String>,
    table_list: Option<Option<String>>,
}

/// Build the survey from a workbook.
pub fn build(wb: &Workbook, opts: &Options, warnings: &mut Vec<Diagnostic>) -> Result<Survey, Diagnostic> {
    let sheet_names: Vec<&str> = wb.sheets.iter().map(|s| s.name.as_str()).collect();
    let survey_sheet = match sheet(wb, "survey") {
        Some(s) => s,
        None if wb.sheets.len() == 1 => &wb.sheets[0],
        None => {
            return Err(Diagnostic::error(
                Code::Sheet001,
                format!(
                    "You must have a sheet named 'survey'.{}",
                    did_you_mean("survey", sheet_names.iter().copied())
                ),
            ));
        }
    };

    // Settings.
    let mut settings: Vec<(String, String)> = vec![];
    if let Some(s) = sheet(wb, "settings") {
        let p = process(SheetKind::Settings, s, false)?;
        if let Some(r) = p.rows.first() {
            for (t, v) in &r.cells {
                settings.push((t.join("::"), v.clone()));
            }
        }
    }
    let setting = |k: &str| settings.iter().rev().find(|(a, _)| a == k).map(|(_, v)| v.clone());
    let default_language = setting("default_language").unwrap_or_else(|| "default".to_string());
    let form_name = opts.form_name.clone().unwrap_or_else(|| "data".to_string());
    if !is_ncname(&form_name) {
        return Err(Diagnostic::error(
            Code::Name002,
            format!("The form name '{form_name}' is not a valid XML name."),
        ));
    }
    if let Some(n) = setting("name")
        && !is_ncname(&n)
    {
        return Err(Diagnostic::error(
            Code::Settings001,
            "On the 'settings' sheet, the 'name' value is invalid. Names must begin with a letter or underscore.",
        ));
    }
    let id_string =
        setting("id_string").unwrap_or_else(|| opts.fallback_id.clone().unwrap_or_else(|| "data".into()));
    let mut survey = Survey {
        name: setting("name").unwrap_or(form_name),
        title: setting("title").unwrap_or_else(|| id_string.clone()),
        id_string,
        version: setting("version"),
        default_language: default_language.clone(),
        style: setting("style"),
        public_key: setting("public_key"),
        submission_url: setting("submission_url"),
        auto_send: setting("auto_send"),
        auto_delete: setting("auto_delete"),
        client_editable: yes(setting("client_editable").as_deref()),
        namespaces: setting("namespaces"),
        instance_xmlns: setting("instance_xmlns"),
        prefix: setting("prefix"),
        delimiter: setting("delimiter"),
        ..Survey::default()
    };
    for (k, v) in &settings {
        if let Some(a) = k.strip_prefix("attribute::") {
            survey.attributes.push((a.to_string(), v.clone()));
        }
    }

    // Choices.
    let allow_dupes = yes(setting("allow_choice_duplicates").as_deref());
    if let Some(s) = sheet(wb, "choices") {
        let p = process(SheetKind::Choices, s, false)?;
        if !p.rows.iter().all(Row::is_empty) && !p.headers.iter().any(|h| h[0] == "name") {
            return Err(Diagnostic::error(
                Code::Header001,
                "The 'choices' sheet is missing one or more required column headers: 'name'.",
            ));
        }
        for r in &p.rows {
            if r.is_empty() {
                continue;
            }
            let Some(list) = r.get("list name") else { continue };
            let Some(name) = r.get("name") else {
                return Err(Diagnostic::error(
                    Code::Choice003,
                    "On the 'choices' sheet, the 'name' value is invalid. Choices must have a name.",
                )
                .at("choices", r.number)
                .column("name"));
            };
            let mut c = Choice {
                name: name.to_string(),
                label: text(r, &["label"], &default_language),
                media: media(r, &default_language),
                extra: vec![],
            };
            for (t, v) in &r.cells {
                if t.len() == 1 && !matches!(t[0].as_str(), "list name" | "name" | "label" | "media") {
                    // Extra columns become elements of the choice's item: a header that is no
                    // XML name (spaces, quotes, control characters) cannot, and is left out.
                    let xml_name = match t[0].split_once(':') {
                        Some((prefix, local)) => {
                            xform::refs::is_ncname(prefix) && xform::refs::is_ncname(local)
                        }
                        None => xform::refs::is_ncname(&t[0]),
                    };
                    if !xml_name {
                        continue;
                    }
                    c.extra.push((t[0].clone(), v.clone()));
                }
            }
            let idx = match survey.choices.iter().position(|l| l.name == list) {
                Some(i) => i,
                None => {
                    survey.choices.push(ChoiceList { name: list.to_string(), choices: vec![] });
                    survey.choices.len() - 1
                }
            };
            if !allow_dupes && survey.choices[idx].choices.iter().any(|o| o.name == c.name) {
                return Err(Diagnostic::error(
                    Code::Choice002,
                    format!(
                        "The name column for the '{list}' choice list contains these duplicates: '{}'. Duplicate names will be impossible to identify in analysis results, and might cause problems. Use unique names, or set allow_choice_duplicates to yes on the settings sheet.",
                        c.name
                    ),
                )
                .at("choices", r.number));
            }
            survey.choices[idx].choices.push(c);
        }
    }

    let clean = !matches!(setting("clean_text_values").as_deref(), Some("no" | "No" | "false" | "FALSE"));
    let p = process(SheetKind::Survey, survey_sheet, clean)?;
    if !p.headers.iter().any(|h| h[0] == "type") {
        return Err(Diagnostic::error(
            Code::Header001,
            "The 'survey' sheet is missing one or more required column headers: 'type'.",
        ));
    }

    let mut stack: Vec<Frame> = vec![Frame {
        kind: "survey",
        name: String::new(),
        row: 0,
        element: None,
        names: vec![],
        table_list: None,
    }];
    let mut top: Vec<Element> = vec![];
    let mut meta: Vec<Element> = vec![];
    let mut all_names: Vec<String> = vec![];
    let mut repeat_names: Vec<String> = vec![];
    let mut trigger_refs: Vec<(String, usize)> = vec![];
    // reference-geometry targets (value, row) and the secondary instance names they may use.
    let mut geo_refs: Vec<(String, usize)> = vec![];
    let mut secondary_names: Vec<String> = vec![];

    fn push(stack: &mut [Frame], top: &mut Vec<Element>, el: Element) {
        match stack.last_mut().and_then(|f| f.element.as_mut()) {
            Some(parent) => parent.children.push(el),
            None => top.push(el),
        }
    }

    for row in &p.rows {
        let n = row.number;
        if let Some(d) = row.get("disabled")
            && yes(Some(d))
        {
            continue;
        }
        if row.is_empty() {
            continue;
        }
        let Some(raw_type) = row.get("type") else {
            if row.get("name").is_none() && text(row, &["label"], &default_language).is_none() {
                continue;
            }
            return Err(err(Code::Type001, n, "Question with no type.").column("type"));
        };
        let qtype_owned = types::dealias(raw_type).to_string();
        let qtype = qtype_owned.as_str();

        // Settings given on the survey sheet.
        match qtype {
            "form_title" | "set_form_title" => {
                survey.title = row.get("name").unwrap_or("").to_string();
                continue;
            }
            "form_id" | "set_form_id" => {
                survey.id_string = row.get("name").unwrap_or("").to_string();
                continue;
            }
            _ => {}
        }

        let control = types::parse_control(qtype);
        if let Some(Control::End(kind)) = control {
            let top_kind = stack.last().map(|f| f.kind).unwrap_or("survey");
            if top_kind != kind || stack.len() == 1 {
                return Err(err(
                    Code::Survey001,
                    n,
                    format!(
                        "Unmatched 'end_{kind}'. No matching 'begin_{kind}' was found for the name '{}'.",
                        row.get("name").unwrap_or("None")
                    ),
                ));
            }
            if let Some(frame) = stack.pop()
                && let Some(mut el) = frame.element
            {
                if frame.kind == "loop"
                    && let Some(list) = el.itemset.as_deref().and_then(|l| survey.choice_list(l))
                {
                    if let Some(r) = crate::loops::repeat_inside(&el.children)
                        && list.choices.iter().filter(|c| c.name != "none").count() > 1
                    {
                        return Err(err(
                            Code::Name004,
                            frame.row,
                            format!("The 'name' value '{r}' is invalid. Repeat names must unique anywhere in the survey, and a loop copies the repeat once per choice. Move the repeat out of the loop."),
                        )
                        .column("name"));
                    }
                    el = crate::loops::expand(el, list);
                }
                push(&mut stack, &mut top, el);
            }
            continue;
        }

        let name = match row.get("name") {
            Some(nm) => nm.to_string(),
            None if qtype == "note" => format!("generated_note_name_{n}"),
            None if qtype == "audit" => "audit".into(),
            None => return Err(err(Code::Name001, n, "Question or group with no name.").column("name")),
        };
        if qtype == "audit" && name != "audit" {
            return Err(err(
                Code::Name002,
                n,
                "Audits must always be named 'audit.' The name column should be left blank.",
            ));
        }
        if !is_ncname(&name) {
            return Err(err(
                Code::Name002,
                n,
                "Invalid question name. Names must begin with a letter or underscore and contain only letters, digits, hyphens, underscores and periods.",
            )
            .column("name"));
        }
        if name == "meta" {
            return Err(err(
                Code::Name005,
                n,
                "The 'name' value 'meta' is invalid. The name 'meta' is reserved for form metadata. Choose another name.",
            )
            .column("name"));
        }
        if let Some(f) = stack.last_mut() {
            if f.names.contains(&name) {
                return Err(err(
                    Code::Name003,
                    n,
                    format!("Question or group with duplicate name '{name}'. Questions and groups must have unique names within the same group."),
                )
                .column("name"));
            }
            f.names.push(name.clone());
        }
        all_names.push(name.clone());

        let mut el = Element::new(name.clone(), ElementKind::Group);
        el.label = text(row, &["label"], &default_language);
        el.hint = text(row, &["hint"], &default_language);
        el.guidance_hint = text(row, &["guidance_hint"], &default_language);
        el.media = media(row, &default_language);
        for (t, _) in &row.cells {
            match t[0].as_str() {
                "bind" if t.len() >= 2 && el.bind.iter().all(|(k, _)| *k != t[1]) => {
                    let v = text(row, &["bind", &t[1]], &default_language);
                    el.bind.push((t[1].clone(), v));
                }
                "control" if t.len() == 2 => {
                    if let Some(v) = row.get2("control", &t[1]) {
                        el.set_control(&t[1], v.to_string());
                    }
                }
                "instance" if t.len() == 2 => {
                    if let Some(v) = row.get2("instance", &t[1]) {
                        el.instance_attributes.push((t[1].clone(), v.to_string()));
                    }
                }
                _ => {}
            }
        }
        if let Some(i) = row.get("intent") {
            el.set_control("intent", i.to_string());
        }
        el.personal = match row.get("pii").map(|v| v.trim().to_ascii_lowercase()).as_deref() {
            None | Some("") => None,
            Some("yes" | "true" | "1") => Some(true),
            Some("no" | "false" | "0") => Some(false),
            Some(other) => {
                return Err(err(Code::Pii001, n, format!("The pii value '{other}' is neither yes nor no."))
                    .column("pii"));
            }
        };
        el.default = row.get("default").map(str::to_string);
        el.choice_filter = row.get("choice_filter").map(str::to_string);
        if let Some(t) = row.get("trigger") {
            let refs = references(t);
            if t.split(',').any(|piece| references(piece).len() > 1) {
                return Err(err(
                    Code::Ref001,
                    n,
                    "The 'trigger' value is invalid. Reference variable lists must have a comma between each variable, e.g. '${a}, ${b}'.",
                )
                .column("trigger"));
            }
            if refs.is_empty() {
                return Err(err(Code::Ref001, n, "The trigger must be a reference like ${question_name}.")
                    .column("trigger"));
            }
            for r in refs {
                trigger_refs.push((r.name.to_string(), n));
                el.trigger.push(r.name.to_string());
            }
        }
        let params = match row.get("parameters") {
            Some(p) => parse_parameters(p, n)?,
            None => vec![],
        };

        if let Some(Control::Begin(kind)) = control {
            if kind == "loop" {
                let list = types::loop_list(qtype).unwrap_or("");
                if list.is_empty() {
                    return Err(err(
                        Code::Type002,
                        n,
                        "Repeat loop without list name. Write 'begin loop over LIST'.",
                    )
                    .column("type"));
                }
                if survey.choice_list(list).is_none() {
                    return Err(err(
                        Code::Choice001,
                        n,
                        format!(
                            "List name not in columns sheet: {list}.{} Add the list to the choices sheet.",
                            did_you_mean(list, survey.choices.iter().map(|c| c.name.as_str()))
                        ),
                    )
                    .column("type"));
                }
                el.itemset = Some(list.to_string());
            }
            if kind == "repeat" {
                el.kind = ElementKind::Repeat;
                if repeat_names.contains(&name) || name == survey.name {
                    return Err(err(
                        Code::Name004,
                        n,
                        format!("The name '{name}' is the same as the form name or another repeat. Use a unique repeat name."),
                    )
                    .column("name"));
                }
                repeat_names.push(name.clone());
                if el.label.is_none() && el.media.is_empty() {
                    warnings.push(Diagnostic::warning(Code::Warn001, "Repeat has no label.").at("survey", n));
                }
                if let Some(count) = el.control_value("jr:count").map(str::to_string) {
                    let simple = {
                        let r = references(&count);
                        r.len() == 1 && r[0].start == 0 && r[0].end == count.len()
                    };
                    if !simple {
                        let generated = format!("{name}_count");
                        let mut c = Element::new(
                            generated.clone(),
                            ElementKind::Question { qtype: "calculate".into() },
                        );
                        c.bind = vec![
                            ("type".into(), Text::Plain("string".into())),
                            ("readonly".into(), Text::Plain("true()".into())),
                            ("calculate".into(), Text::Plain(count)),
                        ];
                        push(&mut stack, &mut top, c);
                        el.set_control("jr:count", format!("${{{generated}}}"));
                        all_names.push(generated);
                    }
                }
            }
            let mut table_list = None;
            if let Some(app) = el.control_value("appearance").map(str::to_string) {
                let words: Vec<&str> = app.split_whitespace().collect();
                if words.contains(&"table-list") {
                    let mut a = "field-list".to_string();
                    for w in words.iter().filter(|w| **w != "table-list") {
                        a.push(' ');
                        a.push_str(w);
                    }
                    el.set_control("appearance", a);
                    table_list = Some(None);
                    if !el.label.is_none() || !el.hint.is_none() {
                        let mut note = Element::new(
                            format!("generated_table_list_label_{n}"),
                            ElementKind::Question { qtype: "note".into() },
                        );
                        note.label = std::mem::take(&mut el.label);
                        note.hint = std::mem::take(&mut el.hint);
                        note.control = vec![("tag".into(), "input".into())];
                        note.bind = vec![
                            ("readonly".into(), Text::Plain("true()".into())),
                            ("type".into(), Text::Plain("string".into())),
                        ];
                        el.children.push(note);
                    }
                }
            }
            stack.push(Frame {
                kind,
                name: name.clone(),
                row: n,
                element: Some(el),
                names: vec![],
                table_list,
            });
            continue;
        }

        // Questions.
        let select = types::parse_select(qtype);
        let osm_list = qtype.strip_prefix("osm ").map(str::trim).filter(|l| !l.is_empty());
        let canonical = match &select {
            Some(s) => s.qtype.to_string(),
            None if osm_list.is_some() => "osm".to_string(),
            None => qtype.to_string(),
        };
        let Some(info) = types::type_info(&canonical) else {
            return Err(err(
                Code::Type002,
                n,
                format!(
                    "Unknown question type '{raw_type}'.{}",
                    did_you_mean(raw_type, types::KNOWN_TYPES.iter().copied())
                ),
            )
            .column("type"));
        };
        el.kind = ElementKind::Question { qtype: canonical.clone() };
        let row_bind = std::mem::take(&mut el.bind);
        let row_control = std::mem::take(&mut el.control);
        el.bind = info.bind.iter().map(|(k, v)| (k.to_string(), Text::Plain(v.to_string()))).collect();
        for (k, v) in row_bind {
            el.set_bind(&k, v);
        }
        el.control = info.control.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
        for (k, v) in row_control {
            el.set_control(&k, v);
        }
        // Elements labelling the options of a field-list get a blank label of their own.
        if el.label.is_none() && el.control_value("appearance") == Some("label") {
            el.label = Text::Plain(" ".into());
        }
        if el.hint.is_none()
            && let Some(h) = info.hint
        {
            el.hint = Text::Plain(h.into());
        }
        el.parameters = params.clone();
        if let Some(list) = osm_list {
            el.children = crate::rules::osm_tags(wb, list, n, &default_language)?;
        }

        let accepted: Option<&[&str]> = match canonical.as_str() {
            _ if select.as_ref().is_some_and(|s| s.from_file) => {
                Some(&["label", "randomize", "seed", "value"])
            }
            _ if select.is_some() => Some(&["randomize", "seed"]),
            "audio" | "background-audio" => Some(&["quality"]),
            "audit" => Some(&[
                "identify-user",
                "location-max-age",
                "location-min-interval",
                "location-priority",
                "track-changes",
                "track-changes-reasons",
            ]),
            "geopoint" => {
                Some(&["allow-mock-accuracy", "capture-accuracy", "reference-geometry", "warning-accuracy"])
            }
            "geoshape" | "geotrace" => Some(&["allow-mock-accuracy", "incremental", "reference-geometry"]),
            "photo" => Some(&["app", "max-pixels"]),
            "range" => Some(&["end", "placeholder", "start", "step", "tick_interval", "tick_labelset"]),
            "text" => Some(&["rows"]),
            _ => None,
        };
        if select.as_ref().is_some_and(|s| s.from_file) {
            for key in ["value", "label"] {
                if let Some(v) = params.iter().find(|(k, _)| k == key).map(|(_, v)| v)
                    && !is_ncname(v)
                {
                    return Err(err(
                        Code::Name002,
                        n,
                        format!("The 'parameters ({key})' value is invalid. Names must begin with a letter or underscore. After the first character, names may contain letters, digits, underscores, hyphens, or periods."),
                    )
                    .column("parameters"));
                }
            }
        }
        if let Some(accepted) = accepted {
            let mut rejected: Vec<&str> =
                params.iter().map(|(k, _)| k.as_str()).filter(|k| !accepted.contains(k)).collect();
            rejected.sort_unstable();
            if !rejected.is_empty() {
                return Err(err(
                    Code::Param001,
                    n,
                    format!(
                        "Accepted parameters are '{}'. The following are invalid parameter(s): '{}'.",
                        accepted.join(", "),
                        rejected.join(", ")
                    ),
                )
                .column("parameters"));
            }
        }
        if canonical == "background-geopoint" && el.bind_value("calculate").is_some() {
            return Err(err(
                Code::Calc001,
                n,
                "For 'background-geopoint' questions, the 'calculation' column must be empty. Remove the calculation; the value comes from the device's location.",
            )
            .column("calculation"));
        }
        if canonical == "calculate"
            && el.bind_value("calculate").is_none()
            && !el.default.as_deref().is_some_and(|d| xform::write::default_is_dynamic(d, "calculate"))
        {
            return Err(err(Code::Calc001, n, "Missing calculation.").column("calculation"));
        }
        if let Some(d) = el.default.clone()
            && xform::write::default_is_dynamic(&d, &canonical)
        {
            el.actions.push(Action {
                name: "setvalue".into(),
                event: "odk-instance-first-load".into(),
                attributes: vec![],
            });
            if stack.iter().any(|f| f.kind == "repeat") {
                el.actions.push(Action {
                    name: "setvalue".into(),
                    event: "odk-new-repeat".into(),
                    attributes: vec![],
                });
            }
        }
        match canonical.as_str() {
            "photo" => {
                if let Some(d) = &el.default
                    && !d.contains("jr://images/")
                {
                    el.default = Some(format!("jr://images/{d}"));
                }
                if let Some(mp) = el.parameter("max-pixels").map(str::to_string) {
                    if mp.parse::<i64>().is_err() {
                        return Err(err(
                            Code::Param001,
                            n,
                            "Parameter max-pixels must have an integer value.",
                        ));
                    }
                    el.set_bind("orx:max-pixels", Text::Plain(mp));
                }
                if let Some(app) = el.parameter("app").map(str::to_string) {
                    let ap = el.control_value("appearance");
                    if ap.is_none() || ap == Some("annotate") {
                        if let Some(problem) = crate::rules::android_package_problem(&app) {
                            return Err(err(
                                Code::Param001,
                                n,
                                format!("Parameter 'app' has an invalid Android package name - {problem}"),
                            )
                            .column("parameters"));
                        }
                        el.set_control("intent", app);
                    }
                }
            }
            "text" => {
                if let Some(rows) = el.parameter("rows").map(str::to_string) {
                    if rows.parse::<i64>().is_err() {
                        return Err(err(Code::Param001, n, "Parameter rows must have an integer value."));
                    }
                    el.set_control("rows", rows);
                }
            }
            "audio" => {
                if let Some(q) = el.parameter("quality").map(str::to_string) {
                    if !matches!(q.as_str(), "voice-only" | "low" | "normal" | "external") {
                        return Err(err(Code::Param001, n, "Invalid value for quality."));
                    }
                    el.set_bind("odk:quality", Text::Plain(q));
                }
            }
            "background-audio" => {
                let mut a = Action {
                    name: "odk:recordaudio".into(),
                    event: "odk-instance-load".into(),
                    attributes: vec![],
                };
                if let Some(q) = el.parameter("quality") {
                    if !matches!(q, "voice-only" | "low" | "normal") {
                        return Err(err(Code::Param001, n, "Invalid value for quality."));
                    }
                    a.attributes.push(("odk:quality".into(), q.to_string()));
                }
                el.actions.push(a);
            }
            "start-geopoint" => {
                el.actions.push(Action {
                    name: "odk:setgeopoint".into(),
                    event: "odk-instance-first-load".into(),
                    attributes: vec![],
                });
            }
            "geopoint" | "geoshape" | "geotrace" => {
                if let Some(a) = el.parameter("allow-mock-accuracy").map(str::to_string) {
                    if a != "true" && a != "false" {
                        return Err(err(Code::Param001, n, "Invalid value for allow-mock-accuracy."));
                    }
                    el.set_bind("odk:allow-mock-accuracy", Text::Plain(a));
                }
                if canonical == "geopoint" {
                    for (key, attr) in [
                        ("capture-accuracy", "accuracyThreshold"),
                        ("warning-accuracy", "unacceptableAccuracyThreshold"),
                    ] {
                        if let Some(c) = el.parameter(key).map(str::to_string) {
                            if c.trim().parse::<f64>().is_err() {
                                return Err(crate::rules::geo_accuracy(n, key));
                            }
                            el.set_control(attr, c);
                        }
                    }
                } else if let Some(v) = el.parameter("incremental").map(str::to_string) {
                    if !yes(Some(&v)) {
                        return Err(crate::rules::geo_incremental(n));
                    }
                    el.set_control("incremental", "true".into());
                }
                if let Some(v) = el.parameter("reference-geometry").map(str::to_string) {
                    geo_refs.push((v.clone(), n));
                    el.itemset = Some(v);
                }
            }
            "range" => range(&mut el, n, &survey)?,
            _ => {}
        }

        if matches!(canonical.as_str(), "xml-external" | "csv-external") {
            secondary_names.push(name.clone());
        }
        let mut other: Option<Element> = None;
        if let Some(sel) = &select {
            let list = sel.list_name;
            if sel.qtype != "select one external" {
                let stem = list.rsplit_once('.').map_or(list, |(a, _)| a);
                secondary_names.push(stem.to_string());
            }
            let from_file = xform::write::file_itemset(list).is_some();
            if sel.qtype == "select one external" {
                crate::rules::check_external_choices(wb, list, n)?;
                el.query = Some(list.to_string());
                el.itemset = None;
            } else {
                el.itemset = Some(list.to_string());
            }
            if sel.qtype != "select one external"
                && !from_file
                && !list.contains("${")
                && survey.choice_list(list).is_none()
            {
                if survey.choices.is_empty() {
                    return Err(Diagnostic::error(
                        Code::Choice004,
                        "There should be a choices sheet in this xlsform. Please ensure that the choices sheet has the mandatory columns 'list_name', 'name', and 'label'.",
                    ));
                }
                return Err(err(
                    Code::Choice001,
                    n,
                    format!(
                        "List name not in choices sheet: {list}.{}",
                        did_you_mean(list, survey.choices.iter().map(|c| c.name.as_str()))
                    ),
                )
                .column("type"));
            }
            if sel.qtype == "select all that apply"
                && !from_file
                && let Some(l) = survey.choice_list(list)
                && let Some(c) = l.choices.iter().find(|c| c.name.contains(' '))
            {
                return Err(err(
                    Code::Choice005,
                    n,
                    format!(
                        "Choice names with spaces cannot be added to multiple choice selects. See [{}] in [{list}]",
                        c.name
                    ),
                ));
            }
            if sel.or_other {
                if el.choice_filter.is_some() {
                    return Err(err(Code::Choice001, n, "Choice filter not supported with or_other."));
                }
                if let Some(idx) = survey.choices.iter().position(|c| c.name == list) {
                    let l = &mut survey.choices[idx];
                    if !l.choices.iter().any(|c| c.name == "other") {
                        let langs: Vec<String> = l
                            .choices
                            .iter()
                            .filter_map(|c| match &c.label {
                                Text::Translated(v) => {
                                    Some(v.iter().map(|(l, _)| l.clone()).collect::<Vec<_>>())
                                }
                                _ => None,
                            })
                            .flatten()
                            .fold(vec![], |mut acc, l| {
                                if !acc.contains(&l) {
                                    acc.push(l);
                                }
                                acc
                            });
                        let label = if langs.is_empty() {
                            Text::Plain("Other".into())
                        } else {
                            Text::Translated(langs.into_iter().map(|l| (l, "Other".to_string())).collect())
                        };
                        l.choices.push(Choice { name: "other".into(), label, media: vec![], extra: vec![] });
                    }
                }
                let mut o =
                    Element::new(format!("{name}_other"), ElementKind::Question { qtype: "text".into() });
                o.label = Text::Plain("Specify other.".into());
                o.control = vec![("tag".into(), "input".into())];
                o.bind = vec![
                    ("type".into(), Text::Plain("string".into())),
                    ("relevant".into(), Text::Plain(format!("selected(../{name}, 'other')"))),
                ];
                other = Some(o);
            }
            if let Some(r) = el.parameter("randomize")
                && r != "true"
                && r != "false"
            {
                return Err(err(
                    Code::Param001,
                    n,
                    format!("randomize must be set to true or false: '{r}' is an invalid value"),
                ));
            }
            if let Some(seed) = el.parameter("seed")
                && el.parameter("randomize").is_some()
            {
                let r = references(seed);
                let is_ref = r.len() == 1 && r[0].start == 0 && r[0].end == seed.len();
                if !is_ref && seed.parse::<f64>().is_err() {
                    return Err(err(
                        Code::Param001,
                        n,
                        format!("The seed value must be a number or a reference to another field. '{seed}' is neither: compute the seed in a calculate and write 'seed=${{calculate_name}}'."),
                    )
                    .column("parameters"));
                }
            }
            if el.parameter("seed").is_some() && el.parameter("randomize").is_none() {
                return Err(err(Code::Param001, n, "Parameters must include randomize=true to use a seed."));
            }
            // Table lists: a header select and list-nolabel selects.
            if let Some(frame) = stack.last_mut()
                && let Some(tl) = frame.table_list.as_mut()
            {
                if tl.is_none() {
                    *tl = Some(list.to_string());
                    let mut header = Element::new(
                        format!("reserved_name_for_field_list_labels_{n}"),
                        ElementKind::Question { qtype: sel.qtype.to_string() },
                    );
                    header.control = vec![
                        ("tag".into(), info.control[0].1.to_string()),
                        ("appearance".into(), "label".into()),
                    ];
                    header.bind = vec![("type".into(), Text::Plain("string".into()))];
                    header.itemset = Some(list.to_string());
                    header.label = Text::Plain(" ".into());
                    if let Some(p) = frame.element.as_mut() {
                        p.children.push(header);
                    }
                } else if tl.as_deref() != Some(list) {
                    return Err(err(
                        Code::Choice001,
                        n,
                        "Badly formatted table list, list names don't match.",
                    ));
                }
                el.set_control("appearance", "list-nolabel".into());
            }
        }

        if canonical == "audit" {
            crate::rules::check_audit(&params, n)?;
            for (k, v) in &params {
                if matches!(k.as_str(), "track-changes" | "identify-user" | "track-changes-reasons") {
                    el.set_bind(&format!("odk:{k}"), Text::Plain(v.clone()));
                }
            }
            if let (Some(p), Some(mi), Some(ma)) = (
                el.parameter("location-priority"),
                el.parameter("location-min-interval"),
                el.parameter("location-max-age"),
            ) {
                let (p, mi, ma) = (p.to_string(), mi.to_string(), ma.to_string());
                el.set_bind("odk:location-max-age", Text::Plain(ma));
                el.set_bind("odk:location-min-interval", Text::Plain(mi));
                el.set_bind("odk:location-priority", Text::Plain(p));
            }
            meta.push(el);
            continue;
        }
        push(&mut stack, &mut top, el);
        if let Some(o) = other {
            push(&mut stack, &mut top, o);
        }
    }

    if stack.len() > 1
        && let Some(f) = stack.last()
    {
        return Err(err(
            Code::Survey002,
            f.row,
            format!(
                "Unmatched 'begin_{}'. No matching 'end_{}' was found for the name '{}'.",
                f.kind, f.kind, f.name
            ),
        ));
    }

    for (t, row) in &trigger_refs {
        if !all_names.contains(t) {
            return Err(err(
                Code::Ref001,
                *row,
                format!(
                    "The trigger '${{{t}}}' refers to no question.{}",
                    did_you_mean(t, all_names.iter().map(String::as_str))
                ),
            )
            .column("trigger"));
        }
    }

    crate::rules::check_reference_geometry(&geo_refs, &secondary_names, &survey, wb, &repeat_names)?;

    let omit = yes(setting("omit_instanceID").as_deref());
    if omit && survey.public_key.is_some() {
        return Err(Diagnostic::error(
            Code::Settings001,
            "Cannot omit instanceID, it is required for encryption.",
        ));
    }
    if !omit {
        let mut id = Element::new("instanceID", ElementKind::Question { qtype: "calculate".into() });
        id.bind = vec![
            ("type".into(), Text::Plain("string".into())),
            ("readonly".into(), Text::Plain("true()".into())),
            ("jr:preload".into(), Text::Plain(setting("instance_id").unwrap_or_else(|| "uid".into()))),
        ];
        meta.push(id);
        all_names.push("instanceID".into());
    }
    if let Some(iname) = setting("instance_name") {
        let mut el = Element::new("instanceName", ElementKind::Question { qtype: "calculate".into() });
        el.bind =
            vec![("type".into(), Text::Plain("string".into())), ("calculate".into(), Text::Plain(iname))];
        meta.push(el);
    }
    if !meta.is_empty() {
        if let Some(existing) = top.iter_mut().find(|e| e.name == "meta" && e.kind == ElementKind::Group) {
            existing.children.extend(meta);
        } else {
            let mut g = Element::new("meta", ElementKind::Group);
            g.control = vec![("bodyless".into(), "true".into())];
            g.children = meta;
            top.push(g);
        }
    }
    survey.children = top;
    crate::entities::apply(&mut survey, wb, &p.rows)?;
    check_references(&survey, &p.rows, &all_names)?;
    crate::expressions::check(&p.rows, warnings);
    Ok(survey)
}

/// Every `${name}` in the survey sheet must name an element.
fn check_references(survey: &Survey, rows: &[Row], names: &[String]) -> Result<(), Diagnostic> {
    let _ = survey;
    for row in rows {
        for (t, v) in &row.cells {
            if t[0] == "type" && !v.contains("${") {
                continue;
            }
            if v.matches("${").count() > references(v).len() {
                return Err(Diagnostic::error(
                    Code::Ref002,
                    format!(
                        "The value in column '{}' has a reference that is not closed. Write references as ${{question_name}}: '${{', the name, then '}}'.",
                        t.join("::")
                    ),
                )
                .at("survey", row.number)
                .column(&t.join("::")));
            }
            for r in references(v) {
                if !names.iter().any(|n| n == r.name) {
                    let col = t.join("::");
                    return Err(Diagnostic::error(
                        Code::Ref001,
                        format!(
                            "There has been a problem trying to replace ${{{}}} with the XPath to the survey element named '{}'. There is no survey element with this name.{}",
                            r.name,
                            r.name,
                            did_you_mean(r.name, names.iter().map(String::as_str))
                        ),
                    )
                    .at("survey", row.number)
                    .column(&col));
                }
            }
        }
    }
    Ok(())
}

fn range_error(row: usize, msg: &str) -> Diagnostic {
    err(Code::Param001, row, msg.to_string()).column("parameters")
}

/// Range parameters become body attributes; ticks and labels are checked as pyxform does.
fn range(el: &mut Element, n: usize, survey: &Survey) -> Result<(), Diagnostic> {
    let appearance = el.control_value("appearance").unwrap_or("").to_string();
    let has = |k: &str| el.parameter(k).is_some();
    if !appearance.is_empty()
        && !appearance.contains("vertical")
        && !appearance.contains("no-ticks")
        && (has("tick_interval") || has("placeholder") || has("tick_labelset"))
    {
        return Err(range_error(
            n,
            "The appearance is not supported with the tick or placeholder parameters.",
        ));
    }
    let mut params = el.parameters.clone();
    for (k, d) in [("start", "1"), ("end", "10"), ("step", "1")] {
        if !params.iter().any(|(a, _)| a == k) {
            params.push((k.to_string(), d.to_string()));
        }
    }
    let num = |k: &str| -> Result<Option<f64>, Diagnostic> {
        match params.iter().find(|(a, _)| a == k) {
            None => Ok(None),
            Some((_, v)) => match v.parse::<f64>() {
                Ok(x) if x.is_finite() => Ok(Some(x)),
                _ => Err(range_error(n, &format!("The '{k}' parameter must be a number."))),
            },
        }
    };
    let start = num("start")?.unwrap_or(1.0);
    let end = num("end")?.unwrap_or(10.0);
    let step = num("step")?.unwrap_or(1.0);
    let tick = num("tick_interval")?;
    let placeholder = num("placeholder")?;
    let width = (end - start).abs();
    let multiple = |x: f64, of: f64| ((x / of) - (x / of).round()).abs() < 1e-9;
    if step == 0.0 {
        return Err(range_error(n, "The 'step' parameter must not be zero."));
    }
    if step > width {
        return Err(range_error(n, "The 'step' parameter must not be larger than the range."));
    }
    if let Some(t) = tick {
        if t == 0.0 {
            return Err(range_error(n, "The 'tick_interval' parameter must not be zero."));
        }
        if t > width {
            return Err(range_error(n, "The 'tick_interval' parameter must not be larger than the range."));
        }
        if !multiple(t, step) {
            return Err(range_error(n, "The 'tick_interval' parameter must be a multiple of 'step'."));
        }
    }
    if let Some(p) = placeholder {
        if !multiple(p - start, step) {
            return Err(range_error(n, "The 'placeholder' parameter must be a multiple of 'step'."));
        }
        if p < start.min(end) || p > start.max(end) {
            return Err(range_error(n, "The 'placeholder' parameter must be between start and end."));
        }
    }
    let labelset = params.iter().find(|(a, _)| a == "tick_labelset").map(|(_, v)| v.clone());
    if let Some(ls) = &labelset {
        let Some(list) = survey.choice_list(ls) else {
            return Err(range_error(
                n,
                "The 'tick_labelset' choice list was not found on the choices sheet.",
            ));
        };
        let no_ticks = appearance.contains("no-ticks");
        let mut seen: Vec<f64> = vec![];
        for c in &list.choices {
            let v = match c.name.parse::<f64>() {
                Ok(v) if v.is_finite() => v,
                _ => return Err(range_error(n, "The 'tick_labelset' choice names must be numbers.")),
            };
            if v < start.min(end) || v > start.max(end) {
                return Err(range_error(
                    n,
                    "The 'tick_labelset' choice names must be between start and end.",
                ));
            }
            let ok = match tick {
                Some(t) => multiple(v - start, t),
                None => multiple(v - start, step),
            };
            if !ok {
                return Err(range_error(
                    n,
                    "The 'tick_labelset' choice names must be multiples of the ticks.",
                ));
            }
            if no_ticks && !seen.contains(&v) {
                seen.push(v);
            }
        }
        if no_ticks {
            let ends = |x: f64| x == start || x == end;
            if seen.len() > 2
                || !seen.iter().all(|x| ends(*x))
                || seen.len() != if start == end { 1 } else { 2 }
            {
                return Err(range_error(
                    n,
                    "With no-ticks, the 'tick_labelset' must label only start and end.",
                ));
            }
        }
    }
    let fractional =
        [Some(start), Some(end), Some(step), tick, placeholder].iter().flatten().any(|x| x.fract() != 0.0);
    if fractional {
        el.set_bind("type", Text::Plain("decimal".into()));
    }
    let mut out: Vec<(String, String)> = vec![];
    let mut tail: Vec<(String, String)> = vec![];
    for (k, v) in params {
        match k.as_str() {
            "tick_interval" => tail.push(("odk:tick-interval".into(), v)),
            "placeholder" => tail.push(("odk:placeholder".into(), v)),
            "tick_labelset" => {}
            _ => out.push((k, v)),
        }
    }
    for (k, v) in out.into_iter().chain(tail) {
        el.set_control(&k, v);
    }
    if let Some(ls) = labelset {
        el.itemset = Some(ls);
    }
    Ok(())
}
