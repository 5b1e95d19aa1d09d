//! Functions that read the form or the node being calculated: `once()`, `version()`, `jr:itext()`.

use super::{Call, Res};
use crate::document::Document;
use crate::environment::Environment;
use crate::value::Value;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum FormFn {
    Once,
    Version,
    Itext,
}

pub(super) fn call<D: Document, E: Environment>(f: FormFn, c: &Call<'_, '_, D, E>) -> Res<D::Node> {
    Ok(match f {
        // The node's value if it has one, so a calculation such as once(random()) keeps its
        // first result; the argument is evaluated only for an empty node.
        FormFn::Once => {
            let existing = c.ev.node_string(c.ctx.current);
            if existing.is_empty() { c.value(0)? } else { Value::String(existing) }
        }
        FormFn::Version => Value::String(c.ev.env.form_version()),
        FormFn::Itext => Value::String(c.ev.env.itext(&c.string(0)?).unwrap_or_default()),
    })
}

#[cfg(test)]
mod tests {
    use crate::testing::check;

    #[test]
    fn form_functions() {
        check(
            "<data><set>7</set><empty/></data>",
            "/data/set",
            &[
                ("once(42)", "7"),
                ("version()", "2024031501"),
                ("jr:itext('/data/q:label')", "How old are you?"),
                ("jr:itext('nope')", ""),
            ],
        );
        check("<data><set>7</set><empty/></data>", "/data/empty", &[("once(42)", "42")]);
    }
}
