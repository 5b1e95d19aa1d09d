//! Rendering: each question type's control, escaping, languages, and the engine definition.

mod common;

use common::{definition, render, render_with, survey};
use serde_json::json;

/// The HTML of the question at `path`: from its wrapper to the next wrapper.
fn control<'h>(html: &'h str, path: &str) -> &'h str {
    let marker = format!("data-path=\"{path}\"");
    let start = html.find(&marker).unwrap_or_else(|| panic!("no control for {path}"));
    let rest = &html[start + marker.len()..];
    let end = rest.find("data-path=").unwrap_or(rest.len());
    &html[start..start + marker.len() + end]
}

const TYPES: &str = r#"
| survey |
| | type | name | label | appearance | parameters | calculation |
| | text | t | Text | | | |
| | text | long | Long text | multiline | | |
| | integer | i | Integer | | | |
| | decimal | d | Decimal | | | |
| | range | r | Range | | start=1 end=10 step=1 | |
| | select_one yn | s1 | One | | | |
| | select_one yn | s1m | One minimal | minimal | | |
| | select_multiple yn | sm | Many | | | |
| | select_multiple yn | smm | Many minimal | minimal | | |
| | select_one_from_file towns.csv | f1 | From file | | | |
| | select_multiple_from_file towns.csv | fm | Many from file | | | |
| | rank yn | rk | Rank | | | |
| | note | n | A note | | | |
| | acknowledge | ack | I agree | | | |
| | trigger | trg | Press | | | |
| | date | dt | Date | | | |
| | time | tm | Time | | | |
| | dateTime | dtm | Date and time | | | |
| | geopoint | gp | Point | | | |
| | geotrace | gt | Trace | | | |
| | geoshape | gs | Shape | | | |
| | image | img | Photo | | | |
| | image | selfie | Selfie | selfie | | |
| | audio | au | Audio | | | |
| | video | vi | Video | | | |
| | file | fi | File | | | |
| | barcode | bc | Barcode | | | |
| | calculate | c | | | | 1 + 1 |
| | hidden | h | | | | |
| | start | st | | | | |
| | deviceid | dev | | | | |
| | audit | audit | | | | |

| choices |
| | list_name | name | label |
| | yn | yes | Yes |
| | yn | no | No |
"#;

#[test]
fn every_question_type_gets_its_control() {
    let r = render(TYPES);
    let h = &r.html;
    let cases: &[(&str, &[&str])] = &[
        ("/data/t", &["data-kind=\"text\"", "<label for=\"ws1\"", "<input type=\"text\" id=\"ws1\""]),
        ("/data/long", &["<textarea id=\"ws2\" rows=\"4\""]),
        ("/data/i", &["<input type=\"number\" id=\"ws3\" inputmode=\"numeric\" step=\"1\""]),
        ("/data/d", &["inputmode=\"decimal\" step=\"any\""]),
        (
            "/data/r",
            &["type=\"range\"", "min=\"1\"", "max=\"10\"", "step=\"1\"", "<output class=\"range-value\""],
        ),
        (
            "/data/s1",
            &[
                "data-kind=\"select1\"",
                "<legend>One",
                "type=\"radio\" name=\"ws6\" id=\"ws6-0\" value=\"yes\"",
                "<label for=\"ws6-0\">Yes</label>",
            ],
        ),
        (
            "/data/s1m",
            &["<select id=\"ws7\"><option value=\"\">Choose…</option><option value=\"yes\">Yes</option>"],
        ),
        ("/data/sm", &["type=\"checkbox\" name=\"ws8\" id=\"ws8-1\" value=\"no\""]),
        ("/data/smm", &["<select id=\"ws9\" multiple>"]),
        ("/data/f1", &["data-kind=\"select1\"", "<div class=\"choices\"></div>"]),
        ("/data/fm", &["data-kind=\"select\""]),
        (
            "/data/rk",
            &[
                "<ol class=\"rank\" id=\"ws12\"><li data-value=\"yes\">",
                "class=\"rank-up\" aria-label=\"Move up\"",
                "Keep this order",
            ],
        ),
        ("/data/n", &["data-kind=\"note\"", "<output class=\"note-value\""]),
        ("/data/ack", &["<input type=\"checkbox\" id=\"ws14\" value=\"OK\"><label for=\"ws14\""]),
        ("/data/trg", &["type=\"checkbox\"", "value=\"OK\""]),
        ("/data/dt", &["<input type=\"date\""]),
        ("/data/tm", &["<input type=\"time\"", "step=\"1\""]),
        ("/data/dtm", &["<input type=\"datetime-local\""]),
        (
            "/data/gp",
            &[
                "data-kind=\"geopoint\"",
                "Get my location",
                "data-part=\"lat\"",
                "data-part=\"acc\"",
                "<label for=\"ws19-lon\">Longitude</label>",
            ],
        ),
        ("/data/gt", &["data-kind=\"geolines\"", "<textarea"]),
        ("/data/gs", &["data-kind=\"geolines\""]),
        ("/data/img", &["<input type=\"file\" id=\"ws22\" accept=\"image/*\" capture>"]),
        ("/data/selfie", &["capture=\"user\""]),
        ("/data/au", &["accept=\"audio/*\" capture"]),
        ("/data/vi", &["accept=\"video/*\" capture"]),
        ("/data/fi", &["<input type=\"file\" id=\"ws26\">"]),
        ("/data/bc", &["<input type=\"text\" id=\"ws27\""]),
    ];
    let mut failures = vec![];
    for (path, needles) in cases {
        let c = control(h, path);
        for n in *needles {
            if !c.contains(n) {
                failures.push(format!("{path}: missing {n}\n  in {c}"));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    for hidden in ["/data/c", "/data/h", "/data/st", "/data/dev", "/data/audit", "/data/meta"] {
        assert!(!h.contains(&format!("data-path=\"{hidden}\"")), "{hidden} has a control");
    }
    let d = definition(&r);
    assert_eq!(d["binds"]["/data/st"]["pre"], "timestamp");
    assert_eq!(d["binds"]["/data/st"]["pp"], "start");
    assert_eq!(d["binds"]["/data/dev"]["pp"], "deviceid");
    assert_eq!(d["binds"]["/data/meta/instanceID"]["pre"], "uid");
    assert_eq!(d["binds"]["/data/img"]["t"], "binary");
    assert_eq!(d["files"], json!(["towns.csv"]));
    assert_eq!(d["sets"]["/data/f1"]["file"], "towns.csv");
    assert_eq!(d["sets"]["/data/f1"]["val"], "name");
    assert_eq!(
        d["x"][d["sets"]["/data/f1"]["ns"].as_u64().unwrap() as usize],
        json!(["p", ["f", "instance", "towns"], ["c", "root"], ["c", "item"]])
    );
    assert!(r.warnings.is_empty(), "{:?}", r.warnings);
}

#[test]
fn labels_hints_choices_and_titles_are_escaped() {
    let r = render(
        r#"
| survey |
| | type | name | label | hint | constraint_message | constraint |
| | select_one x | q | <script>alert(1)</script> | <img src=x onerror=alert(2)> | </script><script>alert(3)</script> | . != 'a' |
| | note | n | Hello ${q} & "friends" | | | |
| choices |
| | list_name | name | label |
| | x | a | "><b onmouseover=alert(4)>a</b> |
| settings |
| | form_title | form_id |
| | </title><script>alert(5)</script> | x |
"#,
    );
    let h = &r.html;
    for raw in ["<script>alert", "<img src=x", "<b onmouseover", "\"><b onmouseover"] {
        assert!(!h.contains(raw), "unescaped {raw} in\n{h}");
    }
    assert!(h.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assert!(h.contains("&lt;img src=x onerror=alert(2)&gt;"));
    assert!(h.contains("Hello <span class=\"out\" data-x="));
    assert!(h.contains("&amp; &quot;friends&quot;"));
    assert_eq!(h.matches("</script>").count(), 1, "the definition block can be closed early");
    let d = definition(&r);
    assert_eq!(d["binds"]["/data/q"]["cm"][""], "</script><script>alert(3)</script>");
    assert_eq!(r.title, "</title><script>alert(5)</script>");
}

#[test]
fn relevance_constraints_calculations_and_defaults_are_compiled() {
    let r = render(
        r#"
| survey |
| | type | name | label | relevant | constraint | constraint_message | required | required_message | calculation | default |
| | integer | age | Age | | . >= 0 | Not negative | yes | Please say | | |
| | text | why | Why? | ${age} > 17 | | | | | | |
| | calculate | double | | | | | | | ${age} * 2 | |
| | date | when | When | | | | | | | today() |
| | text | fixed | Fixed | | | | | | | hello |
| | begin repeat | kid | Kid | | | | | | | |
| | text | kname | Name | | | | | | | |
| | calculate | tag | | | | | | | concat(${kname}, '/', ${age}) | |
| | end repeat | | | | | | | | | |
"#,
    );
    let d = definition(&r);
    let x = |i: &serde_json::Value| d["x"][i.as_u64().unwrap() as usize].clone();
    let b = &d["binds"];
    assert_eq!(x(&b["/data/why"]["rel"]), json!([">", ["p", "/", ["c", "data"], ["c", "age"]], 17.0]));
    assert_eq!(x(&b["/data/age"]["con"]), json!([">=", ["p", ".", ["s", "node()"]], 0.0]));
    assert_eq!(x(&b["/data/age"]["req"]), json!(["f", "true"]));
    assert_eq!(b["/data/age"]["cm"], json!({"": "Not negative"}));
    assert_eq!(b["/data/age"]["rm"], json!({"": "Please say"}));
    assert_eq!(x(&b["/data/double"]["calc"]), json!(["*", ["p", "/", ["c", "data"], ["c", "age"]], 2.0]));
    assert_eq!(x(&b["/data/when"]["def"]), json!(["f", "today"]));
    // Inside a repeat a sibling is reached relatively, as pyxform writes it.
    assert_eq!(
        x(&b["/data/kid/tag"]["calc"]),
        json!([
            "f",
            "concat",
            ["p", ".", ["p", "node()"], ["c", "kname"]],
            "/",
            ["p", "/", ["c", "data"], ["c", "age"]]
        ])
    );
    // The instance: static defaults in place, the repeat marked for the engine.
    let inst = &d["inst"];
    assert_eq!(inst["n"], "data");
    let fixed = inst["c"].as_array().unwrap().iter().find(|c| c["n"] == "fixed").unwrap();
    assert_eq!(fixed["v"], "hello");
    let kid = inst["c"].as_array().unwrap().iter().find(|c| c["n"] == "kid").unwrap();
    assert_eq!(kid["r"], 1);
    assert_eq!(kid["c"][0]["n"], "kname");
    let when = inst["c"].as_array().unwrap().iter().find(|c| c["n"] == "when").unwrap();
    assert!(when.get("v").is_none(), "a dynamic default is not a literal value");
}

#[test]
fn repeats_are_templates_with_instance_markers_and_counts() {
    let r = render(
        r#"
| survey |
| | type | name | label | repeat_count |
| | integer | n | How many? | |
| | begin repeat | p | Person | ${n} |
| | text | pname | Name | |
| | end repeat | | | |
| | begin repeat | free | Free | |
| | text | fname | Name | |
| | end repeat | | | |
"#,
    );
    let h = &r.html;
    let counted =
        &h[h.find("data-repeat=\"/data/p\"").unwrap()..h.find("data-repeat=\"/data/free\"").unwrap()];
    assert!(counted.contains("<template><fieldset class=\"repeat-instance\">"));
    assert!(counted.contains("<label for=\"ws3~\""), "{counted}");
    assert!(counted.contains("<input type=\"text\" id=\"ws3~\""));
    assert!(!counted.contains("repeat-add"), "a counted repeat has an add button");
    let free = &h[h.find("data-repeat=\"/data/free\"").unwrap()..];
    assert!(free.contains("<button type=\"button\" class=\"repeat-add\">Add another</button>"));
    let d = definition(&r);
    let cnt = d["binds"]["/data/p"]["cnt"].as_u64().unwrap() as usize;
    assert_eq!(d["x"][cnt], json!(["p", "/", ["c", "data"], ["c", "n"]]));
}

#[test]
fn translated_texts_get_a_span_per_language_and_the_chosen_one_shows() {
    let s = survey(
        r#"
| survey |
| | type | name | label::English (en) | label::Español (es) | hint::English (en) | hint::Español (es) |
| | select_one yn | q | Are you well? | ¿Está bien? | Say yes | Diga sí |
| choices |
| | list_name | name | label::English (en) | label::Español (es) |
| | yn | yes | Yes | Sí |
| | yn | no | No | No |
"#,
    );
    let r = render_with(&s, Some("Español (es)"), None);
    assert_eq!(r.languages, ["English (en)", "Español (es)"]);
    let h = &r.html;
    assert!(
        h.contains("<span class=\"tr\" data-lang=\"English (en)\" lang=\"en\" hidden>Are you well?</span>")
    );
    assert!(h.contains("<span class=\"tr\" data-lang=\"Español (es)\" lang=\"es\">¿Está bien?</span>"));
    assert!(h.contains("data-lang=\"Español (es)\" lang=\"es\">Sí</span>"));
    assert!(h.contains("<option value=\"Español (es)\" selected>Español (es)</option>"));
    assert!(h.contains("<label for=\"wf-language\">Form language</label>"));
    let d = definition(&r);
    assert_eq!(d["lang"], "Español (es)");
    assert_eq!(d["lists"]["yn"][0], json!(["yes", {"English (en)": "Yes", "Español (es)": "Sí"}, {}]));
    // An unknown language falls back to the form's first.
    assert_eq!(definition(&render_with(&s, Some("Klingon"), None))["lang"], "English (en)");
}

#[test]
fn what_the_browser_cannot_run_is_a_warning_and_stays_permissive() {
    let r = render(
        r#"
| survey |
| | type | name | label | constraint | relevant |
| | geotrace | g | Walk | distance(.) > 10 | |
| | text | t | T | | digest(${g}, 'SHA-256') != '' |
"#,
    );
    assert_eq!(r.warnings.len(), 2, "{:?}", r.warnings);
    assert!(r.warnings[0].contains("distance()"), "{}", r.warnings[0]);
    assert!(r.warnings[0].contains("/data/g"));
    let d = definition(&r);
    assert!(d["binds"]["/data/g"].get("con").is_none());
    assert!(d["binds"]["/data/t"].get("rel").is_none());
}

#[test]
fn the_definition_carries_the_root_urls_edit_and_translated_ui() {
    let s = survey(
        r#"
| survey |
| | type | name | label |
| | text | a | A |
| settings |
| | form_id | version | form_title |
| | hh | 2024-1 | Households |
"#,
    );
    let edit = "<data id=\"hh\"><a>x</a><meta><instanceID>uuid:1</instanceID></meta></data>";
    let r = render_with(&s, None, Some(edit));
    let d = definition(&r);
    assert_eq!(d["form"]["attrs"], json!([["id", "hh"], ["version", "2024-1"]]));
    assert_eq!(d["urls"], json!({"submit": "/submission", "sw": "/sw.js", "media": "/media"}));
    assert_eq!(d["edit"], edit);
    assert_eq!(d["ui"]["webform-waiting-other"], "{ $count } submissions waiting to be sent");
    assert_eq!(r.title, "Households");
    assert!(r.languages.is_empty());
    for key in webform::ui::KEYS {
        assert!(!d["ui"][key].as_str().unwrap().starts_with("MISSING"), "{key} is not in locales/en");
    }
}

#[test]
fn every_interface_string_is_translated_in_every_locale_with_the_same_variables() {
    use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
    fn variables(p: &Pattern<&str>, out: &mut Vec<String>) {
        for e in &p.elements {
            if let PatternElement::Placeable { expression } = e {
                match expression {
                    Expression::Inline(InlineExpression::VariableReference { id }) => {
                        out.push(id.name.to_string())
                    }
                    Expression::Select { selector, variants } => {
                        if let InlineExpression::VariableReference { id } = selector {
                            out.push(id.name.to_string());
                        }
                        variants.iter().for_each(|v| variables(&v.value, out));
                    }
                    _ => {}
                }
            }
        }
        out.sort();
        out.dedup();
    }
    let messages = |locale: &str| -> Vec<(String, Vec<String>)> {
        let path = format!("{}/../../locales/{locale}/webform.ftl", env!("CARGO_MANIFEST_DIR"));
        let text = std::fs::read_to_string(path).unwrap();
        let resource =
            fluent_syntax::parser::parse(text.as_str()).unwrap_or_else(|(_, e)| panic!("{locale}: {e:?}"));
        let mut out: Vec<(String, Vec<String>)> = resource
            .body
            .iter()
            .filter_map(|entry| match entry {
                Entry::Message(m) => {
                    let mut vars = vec![];
                    if let Some(v) = &m.value {
                        variables(v, &mut vars);
                    }
                    Some((m.id.name.to_string(), vars))
                }
                _ => None,
            })
            .collect();
        out.sort();
        out
    };
    let english = messages("en");
    for key in webform::ui::KEYS {
        assert!(english.iter().any(|(k, _)| k == key), "locales/en lacks {key}");
    }
    for locale in ["es", "sw", "ne"] {
        assert_eq!(messages(locale), english, "{locale} differs from English in keys or variables");
    }
}

#[test]
fn the_scripts_need_no_eval_so_a_strict_csp_holds() {
    for (name, js) in [("engine", webform::ENGINE_JS), ("service worker", webform::SERVICE_WORKER_JS)] {
        for banned in ["eval(", "new Function", "innerHTML", "document.write"] {
            assert!(!js.contains(banned), "{name} uses {banned}");
        }
    }
    assert!(!webform::STYLE_CSS.contains("@import") && !webform::STYLE_CSS.contains("url("));
}
