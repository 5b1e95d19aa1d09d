//! Boolean and conditional functions.

use super::{Call, Res};
use crate::document::{Document, NodeKind};
use crate::environment::Environment;
use crate::value::Value;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum BooleanFn {
    Boolean,
    Not,
    True,
    False,
    Lang,
    If,
    Coalesce,
    BooleanFromString,
    Checklist,
    WeightedChecklist,
}

pub(super) fn call<D: Document, E: Environment>(f: BooleanFn, c: &Call<'_, '_, D, E>) -> Res<D::Node> {
    use BooleanFn as F;
    Ok(match f {
        F::Boolean => Value::Boolean(c.boolean(0)?),
        F::Not => Value::Boolean(!c.boolean(0)?),
        F::True => Value::Boolean(true),
        F::False => Value::Boolean(false),
        F::Lang => Value::Boolean(lang(c)?),
        // Only the branch taken is evaluated.
        F::If => {
            if c.boolean(0)? {
                c.value(1)?
            } else {
                c.value(2)?
            }
        }
        F::Coalesce => {
            let first = c.value(0)?;
            if c.ev.string(&first).is_empty() { c.value(1)? } else { first }
        }
        F::BooleanFromString => {
            let s = c.string(0)?;
            Value::Boolean(s.eq_ignore_ascii_case("true") || s == "1")
        }
        F::Checklist => {
            let min = c.number(0)?.trunc();
            let max = c.number(1)?.trunc();
            let mut count = 0usize;
            for i in 2..c.args.len() {
                let v = c.value(i)?;
                count += c.strings_of_numbers(&v).iter().filter(|&&n| n > 0.0).count();
            }
            let count = count as f64;
            // -1 (any negative) means "no limit".
            Value::Boolean((min < 0.0 || count >= min) && (max < 0.0 || count <= max))
        }
        F::WeightedChecklist => {
            let min = c.number(0)?;
            let max = c.number(1)?;
            let mut total = 0.0;
            for i in (2..c.args.len()).step_by(2) {
                let flags = c.strings_of_numbers(&c.value(i)?);
                let weights = c.strings_of_numbers(&c.value(i + 1)?);
                if flags.len() != weights.len() {
                    return Err(c.invalid(format!(
                        "arguments {} and {} hold {} values and {} weights; they must match",
                        i + 1,
                        i + 2,
                        flags.len(),
                        weights.len()
                    )));
                }
                total += flags.iter().zip(&weights).filter(|(f, _)| **f > 0.0).map(|(_, w)| *w).sum::<f64>();
            }
            Value::Boolean(total >= min && total <= max)
        }
    })
}

impl<D: Document, E: Environment> Call<'_, '_, D, E> {
    /// The numbers a value stands for: each node's value of a node-set, or the value itself.
    fn strings_of_numbers(&self, v: &Value<D::Node>) -> Vec<f64> {
        match v {
            Value::NodeSet(nodes) => {
                nodes.iter().map(|&n| self.ev.string_to_number(&self.ev.node_string(n))).collect()
            }
            other => vec![self.ev.number(other)],
        }
    }
}

/// XPath `lang()`: the nearest `xml:lang` on the context node or its ancestors is the
/// language asked for or one of its sub-languages (`en` matches `en-GB`), ignoring case.
fn lang<D: Document, E: Environment>(c: &Call<'_, '_, D, E>) -> Result<bool, crate::EvalError> {
    let wanted = c.string(0)?.to_lowercase();
    let doc = c.ev.doc;
    let mut node = Some(c.ctx.node);
    while let Some(n) = node {
        if doc.kind(n) == NodeKind::Element
            && let Some(attr) = doc.attributes(n).find(|&a| doc.name(a) == "xml:lang")
        {
            let lang = doc.text(attr).to_lowercase();
            return Ok(lang == wanted || lang.strip_prefix(&wanted).is_some_and(|rest| rest.starts_with('-')));
        }
        node = doc.parent(n);
    }
    Ok(false)
}

#[cfg(test)]
mod tests {
    use crate::testing::{check, err};

    #[test]
    fn xpath_boolean_functions() {
        check(
            r#"<data xml:lang="en-GB"><a/><b>x</b><q/></data>"#,
            "/data/q",
            &[
                ("boolean(1)", "true"),
                ("boolean(0)", "false"),
                ("boolean(0 div 0)", "false"),
                ("boolean('')", "false"),
                ("boolean('false')", "true"),
                ("boolean(../a)", "true"),
                ("boolean(../zz)", "false"),
                ("not(1 = 1)", "false"),
                ("true()", "true"),
                ("false()", "false"),
                ("lang('en')", "true"),
                ("lang('EN-gb')", "true"),
                ("lang('fr')", "false"),
            ],
        );
    }

    #[test]
    fn odk_boolean_functions() {
        check(
            "<data><a/><b>x</b><f>1</f><f>0</f><f>3</f><w>2</w><w>5</w><w>7</w></data>",
            "/data",
            &[
                ("if(1 = 1, 'yes', 'no')", "yes"),
                ("if(b = 'y', 'yes', 'no')", "no"),
                ("if(true(), b, a)", "x"),
                ("if(false(), 1 div unknown-fn(), 2)", "2"),
                ("coalesce(a, b)", "x"),
                ("coalesce(b, 'z')", "x"),
                ("coalesce(a, a)", ""),
                ("boolean-from-string('true')", "true"),
                ("boolean-from-string('TRUE')", "true"),
                ("boolean-from-string('1')", "true"),
                ("boolean-from-string('yes')", "false"),
                ("boolean-from-string(b)", "false"),
                ("checklist(1, 2, f)", "true"),
                ("checklist(3, -1, f)", "false"),
                ("checklist(-1, 1, 1 = 1, 2 = 2)", "false"),
                ("checklist(2, 2, 1 = 1, 2 = 2, 'x' = 'y')", "true"),
                ("weighted-checklist(9, 9, f, w)", "true"),
                ("weighted-checklist(0, 5, 1 = 1, 2, 1 = 0, 10)", "true"),
                ("weighted-checklist(3, 5, 1 = 1, 2, 1 = 0, 10)", "false"),
            ],
        );
        assert!(
            err("<data><f>1</f><w>1</w><w>2</w></data>", "/data", "weighted-checklist(0, 1, f, w)")
                .contains("must match")
        );
    }
}
