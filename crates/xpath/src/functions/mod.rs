//! The function library: XPath 1.0's core functions and ODK's additions.
//!
//! [`FUNCTIONS`] lists every function with the number of arguments it takes; each category
//! module implements its own functions. Arguments are converted as XPath 1.0 says (`string()`,
//! `number()`, `boolean()`); only node-set arguments can be wrong in type.

mod boolean;
mod datetime;
mod encoding;
mod form;
mod geo;
mod nodeset;
mod number;
mod random;
mod select;
mod string;

use std::fmt;

use crate::ast::{Expr, QName};
use crate::document::Document;
use crate::environment::Environment;
use crate::error::EvalError;
use crate::eval::{Context, Evaluator};
use crate::value::Value;

/// How many arguments a function takes: `min..=max`, in steps of `step` above `min`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Arity {
    /// Fewest arguments.
    pub min: usize,
    /// Most arguments, `None` for no limit.
    pub max: Option<usize>,
    /// 2 when arguments come in pairs after the first `min`, else 1.
    pub step: usize,
}

impl Arity {
    const fn exactly(n: usize) -> Self {
        Arity { min: n, max: Some(n), step: 1 }
    }

    const fn range(min: usize, max: usize) -> Self {
        Arity { min, max: Some(max), step: 1 }
    }

    const fn at_least(min: usize) -> Self {
        Arity { min, max: None, step: 1 }
    }

    /// True if a call with `n` arguments is allowed.
    pub fn accepts(self, n: usize) -> bool {
        n >= self.min && self.max.is_none_or(|m| n <= m) && (n - self.min).is_multiple_of(self.step.max(1))
    }
}

impl fmt::Display for Arity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let plural = |n: usize| if n == 1 { "argument" } else { "arguments" };
        match (self.min, self.max, self.step) {
            (0, Some(0), _) => write!(f, "no arguments"),
            (min, Some(max), 1) if min == max => write!(f, "exactly {min} {}", plural(min)),
            (min, Some(max), 1) if max == min + 1 => write!(f, "{min} or {max} arguments"),
            (min, Some(max), 1) => write!(f, "between {min} and {max} arguments"),
            (min, None, 1) => write!(f, "at least {min} {}", plural(min)),
            (min, Some(max), step) => {
                let counts: Vec<String> = (min..=max).step_by(step.max(1)).map(|n| n.to_string()).collect();
                match counts.split_last() {
                    Some((last, rest)) if !rest.is_empty() => {
                        write!(f, "{} or {last} arguments", rest.join(", "))
                    }
                    _ => write!(f, "exactly {min} {}", plural(min)),
                }
            }
            (min, None, _) => {
                let parity = if min % 2 == 0 { "an even" } else { "an odd" };
                write!(f, "{parity} number of arguments, at least {min}")
            }
        }
    }
}

/// Which implementation a function name leads to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Builtin {
    String(string::StringFn),
    Boolean(boolean::BooleanFn),
    Number(number::NumberFn),
    NodeSet(nodeset::NodeSetFn),
    Select(select::SelectFn),
    DateTime(datetime::DateTimeFn),
    Random(random::RandomFn),
    Geo(geo::GeoFn),
    Encoding(encoding::EncodingFn),
    Form(form::FormFn),
}

/// A function of the library: its name (with prefix, e.g. `jr:choice-name`) and arity.
#[derive(Debug, Clone, Copy)]
pub struct FunctionSpec {
    /// The name as called.
    pub name: &'static str,
    /// The argument counts it accepts.
    pub arity: Arity,
    pub(crate) builtin: Builtin,
}

const fn spec(name: &'static str, arity: Arity, builtin: Builtin) -> FunctionSpec {
    FunctionSpec { name, arity, builtin }
}

use Arity as A;
use Builtin as B;
use boolean::BooleanFn as Bo;
use datetime::DateTimeFn as Dt;
use encoding::EncodingFn as En;
use form::FormFn as Fo;
use geo::GeoFn as Ge;
use nodeset::NodeSetFn as Ns;
use number::NumberFn as Nu;
use random::RandomFn as Ra;
use select::SelectFn as Se;
use string::StringFn as St;

/// Every function the evaluator knows.
pub static FUNCTIONS: &[FunctionSpec] = &[
    // XPath 1.0 node-set functions
    spec("last", A::exactly(0), B::NodeSet(Ns::Last)),
    spec("position", A::range(0, 1), B::NodeSet(Ns::Position)),
    spec("count", A::exactly(1), B::NodeSet(Ns::Count)),
    spec("name", A::range(0, 1), B::NodeSet(Ns::Name)),
    spec("local-name", A::range(0, 1), B::NodeSet(Ns::LocalName)),
    spec("namespace-uri", A::range(0, 1), B::NodeSet(Ns::NamespaceUri)),
    // XPath 1.0 string functions
    spec("string", A::range(0, 1), B::String(St::String)),
    spec("concat", A::at_least(0), B::String(St::Concat)),
    spec("starts-with", A::exactly(2), B::String(St::StartsWith)),
    spec("contains", A::exactly(2), B::String(St::Contains)),
    spec("substring-before", A::exactly(2), B::String(St::SubstringBefore)),
    spec("substring-after", A::exactly(2), B::String(St::SubstringAfter)),
    spec("substring", A::range(2, 3), B::String(St::Substring)),
    spec("string-length", A::range(0, 1), B::String(St::StringLength)),
    spec("normalize-space", A::range(0, 1), B::String(St::NormalizeSpace)),
    spec("translate", A::exactly(3), B::String(St::Translate)),
    // XPath 1.0 boolean functions
    spec("boolean", A::exactly(1), B::Boolean(Bo::Boolean)),
    spec("not", A::exactly(1), B::Boolean(Bo::Not)),
    spec("true", A::exactly(0), B::Boolean(Bo::True)),
    spec("false", A::exactly(0), B::Boolean(Bo::False)),
    spec("lang", A::exactly(1), B::Boolean(Bo::Lang)),
    // XPath 1.0 number functions
    spec("number", A::range(0, 1), B::Number(Nu::Number)),
    spec("sum", A::exactly(1), B::Number(Nu::Sum)),
    spec("floor", A::exactly(1), B::Number(Nu::Floor)),
    spec("ceiling", A::exactly(1), B::Number(Nu::Ceiling)),
    spec("round", A::range(1, 2), B::Number(Nu::Round)),
    // ODK strings
    spec("join", A::at_least(1), B::String(St::Join)),
    spec("substr", A::range(2, 3), B::String(St::Substr)),
    spec("ends-with", A::exactly(2), B::String(St::EndsWith)),
    spec("regex", A::exactly(2), B::String(St::Regex)),
    spec("digest", A::range(2, 3), B::Encoding(En::Digest)),
    spec("base64-decode", A::exactly(1), B::Encoding(En::Base64Decode)),
    spec("pulldata", A::exactly(4), B::NodeSet(Ns::Pulldata)),
    // ODK booleans and choices
    spec("if", A::exactly(3), B::Boolean(Bo::If)),
    spec("coalesce", A::exactly(2), B::Boolean(Bo::Coalesce)),
    spec("boolean-from-string", A::exactly(1), B::Boolean(Bo::BooleanFromString)),
    spec("checklist", A::at_least(2), B::Boolean(Bo::Checklist)),
    spec("weighted-checklist", Arity { min: 2, max: None, step: 2 }, B::Boolean(Bo::WeightedChecklist)),
    spec("once", A::exactly(1), B::Form(Fo::Once)),
    // ODK numbers
    spec("int", A::exactly(1), B::Number(Nu::Int)),
    spec("pow", A::exactly(2), B::Number(Nu::Pow)),
    spec("abs", A::exactly(1), B::Number(Nu::Abs)),
    spec("min", A::at_least(1), B::Number(Nu::Min)),
    spec("max", A::at_least(1), B::Number(Nu::Max)),
    spec("log", A::exactly(1), B::Number(Nu::Log)),
    spec("log10", A::exactly(1), B::Number(Nu::Log10)),
    spec("exp", A::exactly(1), B::Number(Nu::Exp)),
    spec("exp10", A::exactly(1), B::Number(Nu::Exp10)),
    spec("sqrt", A::exactly(1), B::Number(Nu::Sqrt)),
    spec("sin", A::exactly(1), B::Number(Nu::Sin)),
    spec("cos", A::exactly(1), B::Number(Nu::Cos)),
    spec("tan", A::exactly(1), B::Number(Nu::Tan)),
    spec("asin", A::exactly(1), B::Number(Nu::Asin)),
    spec("acos", A::exactly(1), B::Number(Nu::Acos)),
    spec("atan", A::exactly(1), B::Number(Nu::Atan)),
    spec("atan2", A::exactly(2), B::Number(Nu::Atan2)),
    spec("pi", A::exactly(0), B::Number(Nu::Pi)),
    spec("random", A::exactly(0), B::Random(Ra::Random)),
    // ODK node-sets and repeats
    spec("count-non-empty", A::exactly(1), B::NodeSet(Ns::CountNonEmpty)),
    spec("instance", A::exactly(1), B::NodeSet(Ns::Instance)),
    spec("current", A::exactly(0), B::NodeSet(Ns::Current)),
    spec("indexed-repeat", Arity { min: 3, max: Some(11), step: 2 }, B::NodeSet(Ns::IndexedRepeat)),
    spec("randomize", A::range(1, 2), B::Random(Ra::Randomize)),
    spec("uuid", A::range(0, 1), B::Random(Ra::Uuid)),
    // ODK selects
    spec("selected", A::exactly(2), B::Select(Se::Selected)),
    spec("count-selected", A::exactly(1), B::Select(Se::CountSelected)),
    spec("selected-at", A::exactly(2), B::Select(Se::SelectedAt)),
    spec("jr:choice-name", A::exactly(2), B::Select(Se::ChoiceName)),
    // ODK dates and times
    spec("today", A::exactly(0), B::DateTime(Dt::Today)),
    spec("now", A::exactly(0), B::DateTime(Dt::Now)),
    spec("date", A::exactly(1), B::DateTime(Dt::Date)),
    spec("date-time", A::exactly(1), B::DateTime(Dt::DateTime)),
    spec("decimal-date", A::exactly(1), B::DateTime(Dt::DecimalDate)),
    spec("decimal-date-time", A::exactly(1), B::DateTime(Dt::DecimalDateTime)),
    spec("decimal-time", A::exactly(1), B::DateTime(Dt::DecimalTime)),
    spec("format-date", A::exactly(2), B::DateTime(Dt::FormatDate)),
    spec("format-date-time", A::exactly(2), B::DateTime(Dt::FormatDateTime)),
    // ODK geography
    spec("distance", A::at_least(1), B::Geo(Ge::Distance)),
    spec("area", A::exactly(1), B::Geo(Ge::Area)),
    // ODK form facts
    spec("version", A::exactly(0), B::Form(Fo::Version)),
    spec("jr:itext", A::exactly(1), B::Form(Fo::Itext)),
];

/// The function called `name` (with its prefix, e.g. `jr:choice-name`), if there is one.
pub fn lookup(name: &str) -> Option<&'static FunctionSpec> {
    FUNCTIONS.iter().find(|f| f.name == name)
}

/// The known function closest to `name` in spelling, if one is close enough to be a typo.
pub fn suggest(name: &str) -> Option<&'static str> {
    let lower = name.to_lowercase();
    let limit = (name.chars().count() / 3).max(1);
    FUNCTIONS
        .iter()
        .map(|f| (edit_distance(&lower, f.name), f.name))
        .filter(|&(d, _)| d <= limit)
        .min_by_key(|&(d, _)| d)
        .map(|(_, n)| n)
}

/// Finds the function for a call with `argc` arguments, or says why there is none.
pub(crate) fn resolve(name: &QName, argc: usize) -> Result<&'static FunctionSpec, EvalError> {
    let Some(spec) = FUNCTIONS.iter().find(|f| name.is(f.name)) else {
        let full = name.to_string();
        return Err(EvalError::UnknownFunction { suggestion: suggest(&full), name: full });
    };
    if !spec.arity.accepts(argc) {
        let function = name.to_string();
        return Err(EvalError::WrongArgumentCount { function, expected: spec.arity, found: argc });
    }
    Ok(spec)
}

/// Levenshtein distance, by characters.
fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut previous = row[0];
        row[0] = i + 1;
        for (j, &cb) in b.iter().enumerate() {
            let substitute = previous + usize::from(ca != cb);
            previous = row[j + 1];
            row[j + 1] = substitute.min(row[j] + 1).min(previous + 1);
        }
    }
    row[b.len()]
}

/// Evaluates a call: resolves the name, checks the argument count, runs the function.
pub(crate) fn call<D: Document, E: Environment>(
    ev: &Evaluator<'_, D, E>,
    ctx: &Context<D::Node>,
    name: &QName,
    args: &[Expr],
) -> Result<Value<D::Node>, EvalError> {
    let spec = resolve(name, args.len())?;
    let call = Call { ev, ctx, args, name: spec.name };
    match spec.builtin {
        B::String(f) => string::call(f, &call),
        B::Boolean(f) => boolean::call(f, &call),
        B::Number(f) => number::call(f, &call),
        B::NodeSet(f) => nodeset::call(f, &call),
        B::Select(f) => select::call(f, &call),
        B::DateTime(f) => datetime::call(f, &call),
        B::Random(f) => random::call(f, &call),
        B::Geo(f) => geo::call(f, &call),
        B::Encoding(f) => encoding::call(f, &call),
        B::Form(f) => form::call(f, &call),
    }
}

/// One call being evaluated: the evaluator, the context and the unevaluated arguments.
pub(crate) struct Call<'c, 'a, D: Document, E: Environment> {
    pub ev: &'c Evaluator<'a, D, E>,
    pub ctx: &'c Context<D::Node>,
    pub args: &'c [Expr],
    pub name: &'static str,
}

type Res<N> = Result<Value<N>, EvalError>;

impl<D: Document, E: Environment> Call<'_, '_, D, E> {
    /// Argument `i` evaluated, as is.
    pub fn value(&self, i: usize) -> Res<D::Node> {
        match self.args.get(i) {
            Some(e) => self.ev.eval(e, self.ctx),
            None => Ok(Value::String(String::new())),
        }
    }

    /// Every argument evaluated.
    pub fn values(&self) -> Result<Vec<Value<D::Node>>, EvalError> {
        self.args.iter().map(|a| self.ev.eval(a, self.ctx)).collect()
    }

    /// Argument `i` as a string; absent arguments give the context node's string-value.
    pub fn string(&self, i: usize) -> Result<String, EvalError> {
        match self.args.get(i) {
            Some(e) => self.ev.eval_string(e, self.ctx),
            None => Ok(self.ev.node_string(self.ctx.node)),
        }
    }

    /// Argument `i` as a number; absent arguments read the context node.
    pub fn number(&self, i: usize) -> Result<f64, EvalError> {
        match self.args.get(i) {
            Some(e) => self.ev.eval_number(e, self.ctx),
            None => Ok(self.ev.string_to_number(&self.ev.node_string(self.ctx.node))),
        }
    }

    /// Argument `i` as a boolean.
    pub fn boolean(&self, i: usize) -> Result<bool, EvalError> {
        match self.args.get(i) {
            Some(e) => self.ev.eval_boolean(e, self.ctx),
            None => Ok(false),
        }
    }

    /// Argument `i`, which must be a node-set; absent arguments give the context node.
    pub fn nodes(&self, i: usize) -> Result<Vec<D::Node>, EvalError> {
        match self.args.get(i) {
            Some(e) => match self.ev.eval(e, self.ctx)? {
                Value::NodeSet(nodes) => Ok(nodes),
                other => Err(self.wrong_type(i, "a node-set", &other)),
            },
            None => Ok(vec![self.ctx.node]),
        }
    }

    /// The error for argument `i` having the wrong type.
    pub fn wrong_type(&self, i: usize, expected: &'static str, found: &Value<D::Node>) -> EvalError {
        EvalError::WrongArgumentType {
            function: self.name.to_string(),
            position: i + 1,
            expected,
            found: found.type_name(),
        }
    }

    /// The error for an argument whose value is not acceptable.
    pub fn invalid(&self, message: impl Into<String>) -> EvalError {
        EvalError::InvalidArgument { function: self.name.to_string(), message: message.into() }
    }

    /// The string-values a value stands for: each node of a node-set, or the value itself.
    pub fn strings_of(&self, v: &Value<D::Node>) -> Vec<String> {
        match v {
            Value::NodeSet(nodes) => nodes.iter().map(|&n| self.ev.node_string(n)).collect(),
            other => vec![self.ev.string(other)],
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_function_name_is_listed_once() {
        let mut names: Vec<&str> = FUNCTIONS.iter().map(|f| f.name).collect();
        names.sort_unstable();
        let before = names.len();
        names.dedup();
        assert_eq!(before, names.len());
    }

    #[test]
    fn arity_reads_as_words() {
        assert_eq!(Arity::exactly(0).to_string(), "no arguments");
        assert_eq!(Arity::exactly(1).to_string(), "exactly 1 argument");
        assert_eq!(Arity::range(1, 2).to_string(), "1 or 2 arguments");
        assert_eq!(Arity::range(2, 5).to_string(), "between 2 and 5 arguments");
        assert_eq!(Arity::at_least(1).to_string(), "at least 1 argument");
        assert_eq!(lookup("indexed-repeat").unwrap().arity.to_string(), "3, 5, 7, 9 or 11 arguments");
        assert_eq!(
            lookup("weighted-checklist").unwrap().arity.to_string(),
            "an even number of arguments, at least 2"
        );
        assert!(!lookup("indexed-repeat").unwrap().arity.accepts(4));
        assert!(lookup("weighted-checklist").unwrap().arity.accepts(6));
    }

    #[test]
    fn misspelt_functions_get_a_suggestion() {
        assert_eq!(suggest("selected_at"), Some("selected-at"));
        assert_eq!(suggest("concatt"), Some("concat"));
        assert_eq!(suggest("Today"), Some("today"));
        assert_eq!(suggest("choice-name"), Some("jr:choice-name"));
        assert_eq!(suggest("frobnicate"), None);
    }
}
