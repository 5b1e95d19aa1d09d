//! Node-set functions: positions, counts, names, instances and repeats.

use super::{Call, Res};
use crate::document::Document;
use crate::environment::Environment;
use crate::error::EvalError;
use crate::value::Value;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum NodeSetFn {
    Last,
    Position,
    Count,
    Name,
    LocalName,
    NamespaceUri,
    CountNonEmpty,
    Instance,
    Current,
    IndexedRepeat,
    Pulldata,
}

pub(super) fn call<D: Document, E: Environment>(f: NodeSetFn, c: &Call<'_, '_, D, E>) -> Res<D::Node> {
    use NodeSetFn as F;
    let doc = c.ev.doc;
    Ok(match f {
        F::Last => Value::Number(c.ctx.size.unwrap_or(1) as f64),
        F::Position => {
            if c.args.is_empty()
                && let Some(p) = c.ctx.position
            {
                Value::Number(p as f64)
            } else {
                // ODK: a node's position among its siblings of the same name (a repeat's index).
                match c.nodes(0)?.first() {
                    Some(&n) => Value::Number(sibling_position(doc, n) as f64),
                    None => Value::Number(f64::NAN),
                }
            }
        }
        F::Count => Value::Number(c.nodes(0)?.len() as f64),
        F::CountNonEmpty => {
            Value::Number(c.nodes(0)?.iter().filter(|&&n| !doc.string_value(n).is_empty()).count() as f64)
        }
        F::Name | F::LocalName | F::NamespaceUri => {
            let name = c.nodes(0)?.first().map(|&n| doc.name(n).to_string()).unwrap_or_default();
            Value::String(match f {
                F::Name => name,
                F::LocalName => name.rsplit(':').next().unwrap_or_default().to_string(),
                // The data model keeps qualified names but not namespace URIs.
                _ => String::new(),
            })
        }
        F::Instance => {
            let id = c.string(0)?;
            match doc.instance(&id) {
                Some(root) => Value::NodeSet(vec![root]),
                None => return Err(EvalError::UnknownInstance { id }),
            }
        }
        F::Current => Value::NodeSet(vec![c.ctx.current]),
        F::IndexedRepeat => indexed_repeat(c)?,
        F::Pulldata => Value::String(pulldata(c)?),
    })
}

/// 1-based position of `node` among the children of its parent that have its name.
fn sibling_position<D: Document>(doc: &D, node: D::Node) -> usize {
    let Some(parent) = doc.parent(node) else { return 1 };
    let name = doc.name(node);
    doc.children(parent).filter(|&c| doc.name(c) == name).position(|c| c == node).map_or(1, |i| i + 1)
}

fn is_within<D: Document>(doc: &D, node: D::Node, ancestor: D::Node) -> bool {
    let mut n = Some(node);
    while let Some(x) = n {
        if x == ancestor {
            return true;
        }
        n = doc.parent(x);
    }
    false
}

/// `indexed-repeat(target, repeat1, index1, [repeat2, index2, ...])`: the target node inside
/// the `index1`-th instance of `repeat1` (and within it the `index2`-th of `repeat2`...).
fn indexed_repeat<D: Document, E: Environment>(c: &Call<'_, '_, D, E>) -> Res<D::Node> {
    let doc = c.ev.doc;
    let targets = c.nodes(0)?;
    let mut scope: Option<D::Node> = None;
    for i in (1..c.args.len()).step_by(2) {
        let repeats: Vec<D::Node> = c
            .nodes(i)?
            .into_iter()
            .filter(|&r| scope.is_none_or(|s| r != s && is_within(doc, r, s)))
            .collect();
        let index = c.number(i + 1)?;
        let chosen =
            if index.fract() == 0.0 && index >= 1.0 { repeats.get(index as usize - 1) } else { None };
        match chosen {
            Some(&r) => scope = Some(r),
            None => return Ok(Value::NodeSet(vec![])),
        }
    }
    let found = targets.into_iter().find(|&t| scope.is_some_and(|s| is_within(doc, t, s)));
    Ok(Value::NodeSet(found.into_iter().collect()))
}

/// `pulldata(instance, wanted, key, value)`: `instance(instance)/root/item[key = value]/wanted`.
fn pulldata<D: Document, E: Environment>(c: &Call<'_, '_, D, E>) -> Result<String, EvalError> {
    let doc = c.ev.doc;
    let id = c.string(0)?;
    let wanted = c.string(1)?;
    let key = c.string(2)?;
    let value = c.string(3)?;
    let root = doc.instance(&id).ok_or(EvalError::UnknownInstance { id })?;
    let named = |parent: D::Node, name: &str| -> Vec<D::Node> {
        doc.children(parent).filter(|&n| doc.name(n) == name).collect()
    };
    for top in named(root, "root") {
        for item in named(top, "item") {
            if named(item, &key).iter().any(|&k| doc.string_value(k) == value) {
                return Ok(named(item, &wanted)
                    .first()
                    .map(|&n| doc.string_value(n).into_owned())
                    .unwrap_or_default());
            }
        }
    }
    Ok(String::new())
}

#[cfg(test)]
mod tests {
    use crate::testing::{check, check_tree, err, strings, tree};

    const REPEATS: &str = "<data><r><q>a</q><s><t>a1</t></s><s><t>a2</t></s></r>\
        <r><q>b</q><s><t>b1</t></s><s><t>b2</t></s></r><r><q/></r><n>2</n></data>";

    #[test]
    fn xpath_node_set_functions() {
        check(
            REPEATS,
            "/data/r[2]/q",
            &[
                ("count(/data/r)", "3"),
                ("count(/data/r/s)", "4"),
                ("count(/data/zz)", "0"),
                ("count-non-empty(/data/r/q)", "2"),
                ("position(..)", "2"),
                ("position()", "1"),
                ("position(/data/n)", "1"),
                ("/data/r[position() = last()]/q = ''", "true"),
                ("count(/data/r[position() < 3])", "2"),
                ("/data/r[last()]/q", ""),
                ("name(..)", "r"),
                ("name()", "q"),
                ("local-name(/data)", "data"),
                ("name(/data/zz)", ""),
                ("namespace-uri(/data)", ""),
            ],
        );
        let t = tree(
            r#"<data xmlns:orx="x"><orx:meta><orx:instanceID>uuid:1</orx:instanceID></orx:meta></data>"#,
            &[],
        );
        check_tree(
            &t,
            "/data",
            &[
                ("name(orx:meta)", "orx:meta"),
                ("local-name(orx:meta)", "meta"),
                ("orx:meta/orx:instanceID", "uuid:1"),
                ("count(orx:*)", "1"),
                ("count(meta)", "0"),
            ],
        );
        assert!(
            err(REPEATS, "/data", "count('x')")
                .contains("count() needs a node-set as argument 1, but got a string")
        );
    }

    #[test]
    fn positions_inside_a_repeat_come_from_the_repeat_instance() {
        check(REPEATS, "/data/r[2]", &[("position(.)", "2"), ("position()", "2")]);
    }

    #[test]
    fn indexed_repeat_picks_the_instance() {
        check(
            REPEATS,
            "/data",
            &[
                ("indexed-repeat(/data/r/q, /data/r, 2)", "b"),
                ("indexed-repeat(/data/r/q, /data/r, n)", "b"),
                ("indexed-repeat(/data/r/s/t, /data/r, 2, /data/r/s, 1)", "b1"),
                ("indexed-repeat(/data/r/s/t, /data/r, 1, /data/r/s, 2)", "a2"),
                ("indexed-repeat(/data/r/q, /data/r, 9)", ""),
                ("indexed-repeat(/data/r/q, /data/r, 0)", ""),
            ],
        );
    }

    #[test]
    fn instances_and_current() {
        let t = tree(
            "<data><country>ke</country><city/></data>",
            &[(
                "cities",
                "<root><item><name>nbo</name><label>Nairobi</label><country>ke</country></item>\
              <item><name>kla</name><label>Kampala</label><country>ug</country></item>\
              <item><name>msa</name><label>Mombasa</label><country>ke</country></item></root>",
            )],
        );
        assert_eq!(
            strings(&t, "/data/city", "instance('cities')/root/item[country = current()/../country]/name"),
            vec!["nbo", "msa"]
        );
        assert_eq!(
            strings(&t, "/data/city", "instance('cities')/root/item[country = /data/country]/label"),
            vec!["Nairobi", "Mombasa"]
        );
        check_tree(
            &t,
            "/data/city",
            &[
                ("count(instance('cities')/root/item)", "3"),
                ("instance('cities')/root/item[2]/label", "Kampala"),
                ("instance('cities')//item[last()]/name", "msa"),
                ("(instance('cities')//name)[1]", "nbo"),
                ("pulldata('cities', 'label', 'name', 'msa')", "Mombasa"),
                ("pulldata('cities', 'label', 'name', 'zzz')", ""),
                ("name(current())", "city"),
            ],
        );
        let e = crate::testing::eval_in(&t, &crate::testing::env(), "/data", "instance('towns')/root")
            .unwrap_err();
        assert_eq!(e.to_string(), "there is no secondary instance with id 'towns'");
    }
}
