//! One question as HTML: a wrapper with `data-path` (the engine binds it to the instance
//! node), a real label, the hint, the control for its type and an error line.

use xform::{Element, Text};

use super::{Renderer, appearance_classes};
use crate::RenderError;
use crate::html::{self, Node, el};

/// What the engine does with a control's value (`data-kind`).
fn kind(tag: &str, bind_type: &str, qtype: &str) -> &'static str {
    match (tag, bind_type) {
        ("select1", _) => "select1",
        ("select", _) => "select",
        ("odk:rank", _) => "rank",
        ("upload", _) => "upload",
        ("range", _) => "range",
        ("trigger", _) => "trigger",
        (_, "int") => "int",
        (_, "decimal") => "decimal",
        (_, "date") => "date",
        (_, "time") => "time",
        (_, "dateTime") => "dateTime",
        (_, "geopoint") => "geopoint",
        (_, "geotrace" | "geoshape") => "geolines",
        _ if qtype == "note" => "note",
        _ => "text",
    }
}

impl<'a> Renderer<'a> {
    pub(super) fn question(
        &mut self,
        e: &'a Element,
        id: usize,
        qtype: &str,
        in_repeat: bool,
    ) -> Result<Option<Node>, RenderError> {
        let has_calc = e.bind_value("calculate").is_some();
        if qtype == "calculate"
            || ((has_calc || !e.trigger.is_empty()) && e.label.is_none() && e.hint.is_none())
        {
            return Ok(None);
        }
        let Some(tag) = e.control_value("tag") else { return Ok(None) };
        if tag == "action" || xform::entities::is_internal(e) {
            return Ok(None);
        }
        let bind_type = e.bind_value("type").and_then(Text::plain).unwrap_or("string").to_string();
        let kind = kind(tag, &bind_type, qtype);
        let hid = Self::html_id(id, in_repeat);
        let appearance = e.control_value("appearance").unwrap_or("").to_string();
        let grouped = matches!(kind, "select1" | "select" | "geopoint" | "rank")
            && !(matches!(kind, "select1" | "select") && appearance.contains("minimal"));
        let mut label = self.label(e, id);
        label.push(el("span").attr("class", "req").attr("aria-hidden", "true").text("*").into());
        let hint_id = format!("{hid}-h");
        let mut described = vec![];
        let mut hint_nodes = vec![];
        if !e.hint.is_none() {
            described.push(hint_id.clone());
            hint_nodes.push(
                el("div")
                    .attr("class", "hint")
                    .attr("id", hint_id)
                    .children(self.spans(&e.hint, Some(id)))
                    .into(),
            );
        }
        if !e.guidance_hint.is_none() {
            let summary = el("summary").text(self.ui("webform-guidance"));
            let spans = self.spans(&e.guidance_hint, Some(id));
            hint_nodes.push(el("details").attr("class", "guidance").child(summary).children(spans).into());
        }
        let describedby = described.join(" ");
        let control = self.control(e, id, kind, &hid, &appearance, &describedby);
        let class = format!("q q-{kind} {}", appearance_classes(&appearance)).trim().to_string();
        let wrapper = if grouped { el("fieldset") } else { el("div") }
            .attr("class", class)
            .attr("data-path", self.path(id))
            .attr("data-kind", kind)
            .attr("data-id", hid.clone());
        let caption = match kind {
            _ if grouped => el("legend").children(label),
            "note" => el("div").attr("class", "label").attr("id", format!("{hid}-l")).children(label),
            _ => el("label").attr("for", hid.clone()).attr("class", "label").children(label),
        };
        let error = el("p")
            .attr("class", "error")
            .attr("id", format!("{hid}-e"))
            .attr("role", "alert")
            .attr("hidden", "");
        let node = if kind == "trigger" {
            // A checkbox reads best with its label after it.
            wrapper.children(control).child(caption).children(hint_nodes).child(error)
        } else {
            wrapper.child(caption).children(hint_nodes).children(control).child(error)
        };
        Ok(Some(node.into()))
    }

    fn control(
        &mut self,
        e: &Element,
        id: usize,
        kind: &str,
        hid: &str,
        appearance: &str,
        describedby: &str,
    ) -> Vec<Node> {
        let input = |t: &'static str| {
            el("input").attr("type", t).attr("id", hid.to_string()).attr_if(
                !describedby.is_empty(),
                "aria-describedby",
                describedby.to_string(),
            )
        };
        match kind {
            "text" => {
                let rows = e.control_value("rows");
                if appearance.contains("multiline") || rows.is_some() {
                    let ta = el("textarea")
                        .attr("id", hid.to_string())
                        .attr("rows", rows.unwrap_or("4").to_string())
                        .attr_if(!describedby.is_empty(), "aria-describedby", describedby.to_string());
                    vec![ta.into()]
                } else {
                    let numbers = appearance.contains("numbers");
                    vec![
                        input("text")
                            .attr("autocomplete", "off")
                            .attr_if(numbers, "inputmode", "numeric")
                            .into(),
                    ]
                }
            }
            "int" => vec![input("number").attr("inputmode", "numeric").attr("step", "1").into()],
            "decimal" => vec![input("number").attr("inputmode", "decimal").attr("step", "any").into()],
            "date" => vec![input("date").into()],
            "time" => vec![input("time").attr("step", "1").into()],
            "dateTime" => vec![input("datetime-local").attr("step", "1").into()],
            "note" => vec![el("output").attr("class", "note-value").attr("id", hid.to_string()).into()],
            "trigger" => vec![input("checkbox").attr("value", "OK").into()],
            "range" => {
                let mut r = input("range");
                for k in ["start", "end", "step"] {
                    if let Some(v) = e.control_value(k) {
                        r = r.attr(
                            match k {
                                "start" => "min",
                                "end" => "max",
                                _ => "step",
                            },
                            v.to_string(),
                        );
                    }
                }
                let out = el("output")
                    .attr("class", "range-value")
                    .attr("for", hid.to_string())
                    .text(self.ui("webform-range-none"));
                vec![r.into(), out.into()]
            }
            "upload" => {
                let media = e.control_value("mediatype").unwrap_or("");
                let accept = match media {
                    "image/*" | "audio/*" | "video/*" => media,
                    _ => "",
                };
                let capture = match (media, appearance.contains("selfie")) {
                    ("image/*" | "video/*", true) => Some("user"),
                    ("image/*" | "video/*" | "audio/*", false) if !appearance.contains("new") => Some(""),
                    _ => None,
                };
                let mut f = input("file").attr_if(!accept.is_empty(), "accept", accept);
                if let Some(c) = capture {
                    f = f.attr("capture", c);
                }
                let remove = el("button")
                    .attr("type", "button")
                    .attr("class", "file-remove")
                    .attr("hidden", "")
                    .text(self.ui("webform-file-remove"));
                vec![f.into(), el("div").attr("class", "file-info").child(remove).into()]
            }
            "geopoint" => self.geopoint(hid),
            "geolines" => {
                let hint = format!("{hid}-g");
                let db = if describedby.is_empty() { hint.clone() } else { format!("{describedby} {hint}") };
                vec![
                    el("p").attr("class", "hint").attr("id", hint).text(self.ui("webform-geo-points")).into(),
                    el("textarea")
                        .attr("id", hid.to_string())
                        .attr("rows", "4")
                        .attr("aria-describedby", db)
                        .into(),
                ]
            }
            "rank" => vec![
                el("ol")
                    .attr("class", "rank")
                    .attr("id", hid.to_string())
                    .children(self.choices(e, id, hid, "rank"))
                    .into(),
                el("button")
                    .attr("type", "button")
                    .attr("class", "rank-keep")
                    .text(self.ui("webform-rank-keep"))
                    .into(),
            ],
            _ => {
                if appearance.contains("minimal") {
                    let options = self.options_of(e);
                    let select = el("select")
                        .attr("id", hid.to_string())
                        .attr_if(kind == "select", "multiple", "")
                        .attr_if(!describedby.is_empty(), "aria-describedby", describedby.to_string())
                        .children(options);
                    vec![select.into()]
                } else {
                    let class = if appearance.contains("horizontal") || appearance.contains("columns") {
                        "choices columns"
                    } else {
                        "choices"
                    };
                    vec![el("div").attr("class", class).children(self.choices(e, id, hid, kind)).into()]
                }
            }
        }
    }

    fn geopoint(&self, hid: &str) -> Vec<Node> {
        let mut out: Vec<Node> = vec![
            el("button")
                .attr("type", "button")
                .attr("class", "geo-get")
                .text(self.ui("webform-geo-get"))
                .into(),
            el("p").attr("class", "geo-status").attr("aria-live", "polite").into(),
        ];
        let mut fields = el("div").attr("class", "geo-fields");
        for (part, key) in [
            ("lat", "webform-geo-latitude"),
            ("lon", "webform-geo-longitude"),
            ("alt", "webform-geo-altitude"),
            ("acc", "webform-geo-precision"),
        ] {
            let id = if part == "lat" { hid.to_string() } else { format!("{hid}-{part}") };
            fields.push(
                el("p")
                    .attr("class", "geo-field")
                    .child(el("label").attr("for", id.clone()).text(self.ui(key)))
                    .child(
                        el("input")
                            .attr("type", "number")
                            .attr("step", "any")
                            .attr("inputmode", "decimal")
                            .attr("id", id)
                            .attr("data-part", part),
                    ),
            );
        }
        out.push(fields.into());
        out
    }

    /// Radio buttons, checkboxes or rank items for a question's static choice list (lists
    /// from files and from repeats are built by the engine).
    fn choices(&mut self, e: &Element, _id: usize, hid: &str, kind: &str) -> Vec<Node> {
        let Some(list) = e.itemset.as_deref().and_then(|l| self.survey.choice_list(l)) else { return vec![] };
        let mut out = vec![];
        for (i, c) in list.choices.iter().enumerate() {
            let mut label = self.spans(&c.label, None);
            if c.label.is_none() {
                label.push(html::text(c.name.clone()));
            }
            label.extend(self.media(&c.media));
            if kind == "rank" {
                out.push(self.rank_item(&c.name, label));
                continue;
            }
            let id = format!("{hid}-{i}");
            let t = if kind == "select" { "checkbox" } else { "radio" };
            let input = el("input")
                .attr("type", t)
                .attr("name", hid.to_string())
                .attr("id", id.clone())
                .attr("value", c.name.clone());
            out.push(
                el("div")
                    .attr("class", "choice")
                    .attr("data-value", c.name.clone())
                    .child(input)
                    .child(el("label").attr("for", id).children(label))
                    .into(),
            );
        }
        out
    }

    pub(super) fn rank_item(&self, value: &str, label: Vec<Node>) -> Node {
        el("li")
            .attr("data-value", value.to_string())
            .child(el("span").attr("class", "rank-label").children(label))
            .child(
                el("button")
                    .attr("type", "button")
                    .attr("class", "rank-up")
                    .attr("aria-label", self.ui("webform-rank-up"))
                    .text("↑"),
            )
            .child(
                el("button")
                    .attr("type", "button")
                    .attr("class", "rank-down")
                    .attr("aria-label", self.ui("webform-rank-down"))
                    .text("↓"),
            )
            .into()
    }

    /// `<option>`s of a minimal select, in the current language (the engine rewrites them
    /// when the language changes).
    fn options_of(&self, e: &Element) -> Vec<Node> {
        let mut out: Vec<Node> =
            vec![el("option").attr("value", "").text(self.ui("webform-select-placeholder")).into()];
        if let Some(list) = e.itemset.as_deref().and_then(|l| self.survey.choice_list(l)) {
            for c in &list.choices {
                let label = self.pick(&c.label, &self.lang).unwrap_or(&c.name).to_string();
                out.push(el("option").attr("value", c.name.clone()).text(label).into());
            }
        }
        out
    }
}
