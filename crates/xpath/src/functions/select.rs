//! Functions on select answers: space-separated lists of choice values.

use super::{Call, Res};
use crate::ast::Expr;
use crate::document::{Document, NodeKind};
use crate::environment::Environment;
use crate::value::Value;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum SelectFn {
    Selected,
    CountSelected,
    SelectedAt,
    ChoiceName,
}

pub(super) fn call<D: Document, E: Environment>(f: SelectFn, c: &Call<'_, '_, D, E>) -> Res<D::Node> {
    use SelectFn as F;
    Ok(match f {
        F::Selected => {
            let answer = c.string(0)?;
            let wanted = c.string(1)?;
            let wanted = wanted.trim();
            Value::Boolean(answer.split_whitespace().any(|v| v == wanted))
        }
        F::CountSelected => Value::Number(c.string(0)?.split_whitespace().count() as f64),
        F::SelectedAt => {
            let answer = c.string(0)?;
            let index = c.number(1)?.trunc();
            let item = if index >= 0.0 { answer.split_whitespace().nth(index as usize) } else { None };
            Value::String(item.unwrap_or_default().to_string())
        }
        F::ChoiceName => {
            let value = c.string(0)?;
            let question = question_path(c, c.string(1)?.trim())?;
            Value::String(c.ev.env.choice_label(&question, &value).unwrap_or_default())
        }
    })
}

/// The question a `jr:choice-name()` path names, as an absolute path without positions:
/// relative paths (`../crop`) are resolved from the context node when they find one.
fn question_path<D: Document, E: Environment>(
    c: &Call<'_, '_, D, E>,
    written: &str,
) -> Result<String, crate::EvalError> {
    let Ok(expr @ Expr::Path(_)) = Expr::parse(written) else { return Ok(written.to_string()) };
    let node = match c.ev.eval(&expr, c.ctx) {
        Ok(Value::NodeSet(nodes)) => nodes.first().copied(),
        _ => None,
    };
    Ok(node.map_or_else(|| written.to_string(), |n| absolute_path(c.ev.doc, n)))
}

/// `/data/group/question` for a node (attributes as `/@name`).
pub(crate) fn absolute_path<D: Document>(doc: &D, node: D::Node) -> String {
    let mut parts = vec![];
    let mut n = Some(node);
    while let Some(x) = n {
        match doc.kind(x) {
            NodeKind::Element => parts.push(doc.name(x).to_string()),
            NodeKind::Attribute => parts.push(format!("@{}", doc.name(x))),
            NodeKind::Root | NodeKind::Text => {}
        }
        n = doc.parent(x);
    }
    parts.reverse();
    format!("/{}", parts.join("/"))
}

#[cfg(test)]
mod tests {
    use crate::testing::check;

    #[test]
    fn select_functions() {
        check(
            "<data><crop>maize</crop><crops>maize  beans rice</crops><none/><g><q/></g></data>",
            "/data/g/q",
            &[
                ("selected(/data/crops, 'beans')", "true"),
                ("selected(/data/crops, ' rice ')", "true"),
                ("selected(/data/crops, 'bean')", "false"),
                ("selected(/data/none, '')", "false"),
                ("count-selected(/data/crops)", "3"),
                ("count-selected(/data/none)", "0"),
                ("selected-at(/data/crops, 0)", "maize"),
                ("selected-at(/data/crops, 2)", "rice"),
                ("selected-at(/data/crops, 3)", ""),
                ("selected-at(/data/crops, -1)", ""),
                ("selected-at(/data/crops, 1.7)", "beans"),
                ("jr:choice-name(/data/crop, '/data/crop')", "Maize (corn)"),
                ("jr:choice-name(/data/crop, ' ../../crop ')", "Maize (corn)"),
                ("jr:choice-name('rice', '/data/crop')", ""),
                ("jr:choice-name('maize', '/data/other')", ""),
            ],
        );
    }
}
