//! The question types of XLSForm: their aliases, body control and bind defaults.

/// What a question type contributes to the form before the row's own columns.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TypeInfo {
    /// Body control attributes (`tag` first), empty for types without a body control.
    pub control: Vec<(&'static str, &'static str)>,
    /// Bind attributes in pyxform's order.
    pub bind: Vec<(&'static str, &'static str)>,
    /// A hint the type adds.
    pub hint: Option<&'static str>,
}

fn input(t: &'static str) -> TypeInfo {
    TypeInfo { control: vec![("tag", "input")], bind: vec![("type", t)], hint: None }
}
fn upload(media: &'static str) -> TypeInfo {
    TypeInfo {
        control: vec![("tag", "upload"), ("mediatype", media)],
        bind: vec![("type", "binary")],
        hint: None,
    }
}
fn preload(kind: &'static str, t: &'static str, params: &'static str) -> TypeInfo {
    TypeInfo {
        control: vec![],
        bind: vec![("jr:preload", kind), ("type", t), ("jr:preloadParams", params)],
        hint: None,
    }
}
fn property(p: &'static str) -> TypeInfo {
    preload("property", "string", p)
}

/// Canonical spelling of a type written in the survey sheet (older aliases included).
pub fn dealias(t: &str) -> &str {
    match t {
        "imei" => "deviceid",
        "image" | "add image prompt" | "add photo prompt" => "photo",
        "add audio prompt" => "audio",
        "add video prompt" => "video",
        "add file prompt" => "file",
        _ => t,
    }
}

/// The defaults of a (dealiased) question type, or None when the type is unknown.
pub fn type_info(t: &str) -> Option<TypeInfo> {
    Some(match t {
        "text" | "string" | "q string" | "add text prompt" => input("string"),
        "integer" | "int" | "q int" | "add integer prompt" => input("int"),
        "decimal" | "q decimal" | "add decimal prompt" => input("decimal"),
        "date" | "q date" | "add date prompt" => input("date"),
        "time" => input("time"),
        "dateTime"
        | "datetime"
        | "date time"
        | "q date time"
        | "q dateTime"
        | "add date time prompt"
        | "add dateTime prompt" => input("dateTime"),
        "geopoint" | "location" | "gps" | "q geopoint" | "q location" | "add location prompt" => {
            input("geopoint")
        }
        "geoshape" | "q geoshape" => input("geoshape"),
        "geotrace" | "q geotrace" => input("geotrace"),
        "barcode" | "q barcode" | "add barcode prompt" => input("barcode"),
        "note" | "q note" | "add note prompt" => TypeInfo {
            control: vec![("tag", "input")],
            bind: vec![("readonly", "true()"), ("type", "string")],
            hint: None,
        },
        "photo" | "picture" | "q picture" | "q image" => upload("image/*"),
        "audio" | "q audio" => upload("audio/*"),
        "video" | "q video" => upload("video/*"),
        "file" => upload("application/*"),
        "osm" => upload("osm/*"),
        "select one" | "select one using" | "add select one prompt using" | "q select1" => {
            TypeInfo { control: vec![("tag", "select1")], bind: vec![("type", "string")], hint: None }
        }
        "select all that apply"
        | "select multiple using"
        | "add select multiple prompt using"
        | "q select" => {
            TypeInfo { control: vec![("tag", "select")], bind: vec![("type", "string")], hint: None }
        }
        "select one external" => input("string"),
        "rank" => {
            TypeInfo { control: vec![("tag", "odk:rank")], bind: vec![("type", "odk:rank")], hint: None }
        }
        "acknowledge" | "q acknowledge" | "add acknowledge prompt" => {
            TypeInfo { control: vec![("tag", "trigger")], bind: vec![("type", "string")], hint: None }
        }
        "trigger" => TypeInfo { control: vec![("tag", "trigger")], bind: vec![], hint: None },
        "calculate" | "q calculate" | "add calculate prompt" | "hidden" => {
            TypeInfo { control: vec![], bind: vec![("type", "string")], hint: None }
        }
        "range" => TypeInfo { control: vec![("tag", "range")], bind: vec![("type", "int")], hint: None },
        "start" | "start time" | "get start time" => preload("timestamp", "dateTime", "start"),
        "end" | "end time" | "get end time" => preload("timestamp", "dateTime", "end"),
        "today" | "get today" => preload("date", "date", "today"),
        "deviceid" | "device id" | "get device id" => property("deviceid"),
        "phonenumber" | "get phone number" => property("phonenumber"),
        "simserial" | "sim id" | "get sim id" => property("simserial"),
        "subscriberid" | "subscriber id" | "get subscriber id" => property("subscriberid"),
        "username" => property("username"),
        "email" => property("email"),
        "uri:subscriberid" => property("uri:subscriberid"),
        "uri:phonenumber" => property("uri:phonenumber"),
        "uri:simserial" => property("uri:simserial"),
        "uri:deviceid" => property("uri:deviceid"),
        "uri:username" => property("uri:username"),
        "uri:email" => property("uri:email"),
        "audit" => TypeInfo { control: vec![], bind: vec![("type", "binary")], hint: None },
        "start-geopoint" => {
            TypeInfo { control: vec![("tag", "action")], bind: vec![("type", "geopoint")], hint: None }
        }
        "background-audio" => {
            TypeInfo { control: vec![("tag", "action")], bind: vec![("type", "binary")], hint: None }
        }
        "background-geopoint" => {
            TypeInfo { control: vec![("tag", "trigger")], bind: vec![("type", "geopoint")], hint: None }
        }
        "xml-external" | "csv-external" => TypeInfo::default(),
        "phone number" => TypeInfo {
            control: vec![("tag", "input")],
            bind: vec![("type", "string"), ("constraint", "regex(., '^\\d*$')")],
            hint: Some("Enter numbers only."),
        },
        "percentage" => TypeInfo {
            control: vec![("tag", "input")],
            bind: vec![("type", "int"), ("constraint", "0 <= . and . <= 100")],
            hint: None,
        },
        _ => return None,
    })
}

/// The select commands and what they mean: (command, canonical type, from file).
pub const SELECT_COMMANDS: &[(&str, &str, bool)] = &[
    ("add select one prompt using", "select one", false),
    ("add select multiple prompt using", "select all that apply", false),
    ("select all that apply from", "select all that apply", false),
    ("select one from", "select one", false),
    ("select1", "select one", false),
    ("select_one", "select one", false),
    ("select one", "select one", false),
    ("select_multiple", "select all that apply", false),
    ("select all that apply", "select all that apply", false),
    ("select_one_external", "select one external", false),
    ("select_one_from_file", "select one", true),
    ("select_multiple_from_file", "select all that apply", true),
    ("select one from file", "select one", true),
    ("select multiple from file", "select all that apply", true),
    ("rank", "rank", false),
];

/// A parsed select type: `select_one list [or_other]`.
#[derive(Debug, Clone, PartialEq)]
pub struct SelectType<'a> {
    /// The command as written.
    pub command: &'a str,
    /// Canonical type.
    pub qtype: &'static str,
    /// The list name (or file name, or `${ref}`).
    pub list_name: &'a str,
    /// `or_other` given.
    pub or_other: bool,
    /// `_from_file` command.
    pub from_file: bool,
}

/// Parse a select type, if the type is one.
pub fn parse_select(t: &str) -> Option<SelectType<'_>> {
    for (cmd, qtype, from_file) in SELECT_COMMANDS {
        if let Some(rest) = t.strip_prefix(cmd).and_then(|r| r.strip_prefix(' ')) {
            let mut parts = rest.splitn(2, ' ');
            let list_name = parts.next().unwrap_or("");
            if list_name.is_empty() || list_name.contains(char::is_whitespace) {
                continue;
            }
            let tail = parts.next().unwrap_or("");
            let or_other = match tail {
                "" => false,
                "or specify other" | "or_other" | "or other" => true,
                _ => continue,
            };
            return Some(SelectType { command: cmd, qtype, list_name, or_other, from_file: *from_file });
        }
    }
    None
}

/// Begin or end of a group or repeat.
#[derive(Debug, Clone, PartialEq)]
pub enum Control {
    /// `begin group|repeat`.
    Begin(&'static str),
    /// `end group|repeat`.
    End(&'static str),
}

/// Parse `begin group`, `end_repeat`, ...
pub fn parse_control(t: &str) -> Option<Control> {
    let (word, rest) = if let Some(r) = t.strip_prefix("begin") {
        (true, r)
    } else if let Some(r) = t.strip_prefix("end") {
        (false, r)
    } else {
        return None;
    };
    let rest = rest.strip_prefix(' ').or_else(|| rest.strip_prefix('_'))?;
    let kind = match rest {
        "group" => "group",
        "repeat" | "lgroup" | "looped group" => "repeat",
        "loop" => "loop",
        _ if word && loop_list(t).is_some() => "loop",
        _ => return None,
    };
    Some(if word { Control::Begin(kind) } else { Control::End(kind) })
}

/// The list of `begin loop over LIST` (or `begin_loop LIST`).
pub fn loop_list(t: &str) -> Option<&str> {
    let rest = t.strip_prefix("begin")?;
    let rest = rest.strip_prefix(' ').or_else(|| rest.strip_prefix('_'))?;
    let rest = rest.strip_prefix("loop ")?;
    let rest = rest.strip_prefix("over ").unwrap_or(rest);
    (!rest.is_empty() && !rest.contains(char::is_whitespace)).then_some(rest)
}

/// Every type name a person may write, for "did you mean" suggestions.
pub const KNOWN_TYPES: &[&str] = &[
    "text",
    "integer",
    "decimal",
    "range",
    "select_one",
    "select_multiple",
    "select_one_from_file",
    "select_multiple_from_file",
    "rank",
    "note",
    "acknowledge",
    "date",
    "time",
    "dateTime",
    "geopoint",
    "geotrace",
    "geoshape",
    "image",
    "audio",
    "video",
    "file",
    "barcode",
    "background-audio",
    "background-geopoint",
    "calculate",
    "hidden",
    "trigger",
    "start",
    "end",
    "today",
    "deviceid",
    "username",
    "phonenumber",
    "email",
    "audit",
    "start-geopoint",
    "begin group",
    "end group",
    "begin repeat",
    "end repeat",
    "xml-external",
    "csv-external",
    "select_one_external",
];
