//! `begin loop over LIST`: a group holding, for each choice of LIST, a group named after the
//! choice with a copy of the loop's questions, where `%(name)s` and `%(label)s` in their
//! columns become the choice's name and label.

use xform::model::{ChoiceList, Element, ElementKind, Text};

fn substitute(s: &str, name: &str, label: &str) -> String {
    s.replace("%(name)s", name).replace("%(label)s", label)
}

fn label_in<'a>(label: &'a Text, lang: Option<&str>) -> &'a str {
    match label {
        Text::None => "",
        Text::Plain(s) => s,
        Text::Translated(v) => lang
            .and_then(|l| v.iter().find(|(k, _)| k == l))
            .or_else(|| v.first())
            .map_or("", |(_, t)| t.as_str()),
    }
}

fn text(t: &Text, name: &str, label: &Text) -> Text {
    match t {
        Text::None => Text::None,
        Text::Plain(s) => Text::Plain(substitute(s, name, label_in(label, None))),
        Text::Translated(v) => Text::Translated(
            v.iter().map(|(l, s)| (l.clone(), substitute(s, name, label_in(label, Some(l))))).collect(),
        ),
    }
}

fn child(template: &Element, name: &str, label: &Text) -> Element {
    let mut c = template.clone();
    c.label = text(&c.label, name, label);
    c.hint = text(&c.hint, name, label);
    c.guidance_hint = text(&c.guidance_hint, name, label);
    for (_, v) in &mut c.media {
        *v = text(v, name, label);
    }
    for (_, v) in &mut c.bind {
        *v = text(v, name, label);
    }
    let plain = label_in(label, None);
    for (k, v) in &mut c.control {
        if k != "tag" {
            *v = substitute(v, name, plain);
        }
    }
    if let Some(d) = &mut c.default {
        *d = substitute(d, name, plain);
    }
    if let Some(f) = &mut c.choice_filter {
        *f = substitute(f, name, plain);
    }
    c
}

/// Expand a loop group (its `children` are the templates) over the choices of `list`.
pub fn expand(mut el: Element, list: &ChoiceList) -> Element {
    let templates = std::mem::take(&mut el.children);
    el.itemset = None;
    el.kind = ElementKind::Group;
    for choice in list.choices.iter().filter(|c| c.name != "none") {
        let mut g = Element::new(choice.name.clone(), ElementKind::Group);
        g.label = choice.label.clone();
        g.media = choice.media.clone();
        g.children = templates.iter().map(|t| child(t, &choice.name, &choice.label)).collect();
        el.children.push(g);
    }
    el
}

/// The first repeat inside `children` (at any depth), whose name a loop would duplicate.
pub fn repeat_inside(children: &[Element]) -> Option<&str> {
    children.iter().find_map(|c| match c.kind {
        ElementKind::Repeat => Some(c.name.as_str()),
        _ => repeat_inside(&c.children),
    })
}
