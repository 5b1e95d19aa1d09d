//! The catalogue of XLSForm problems: stable codes, and messages that say where, what
//! rule, and how to fix.

use std::fmt;

/// How serious a problem is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Severity {
    /// The form cannot be converted.
    Error,
    /// The form converts, but something is probably wrong.
    Warning,
}

/// Stable codes. Tests assert on these, never on wording.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Code {
    /// The file could not be read as a workbook.
    Read001,
    /// No survey sheet.
    Sheet001,
    /// A required column is missing.
    Header001,
    /// Two headers mean the same column.
    Header002,
    /// A row has no type.
    Type001,
    /// An unknown question type.
    Type002,
    /// A question has no name.
    Name001,
    /// A name is not a valid XML name.
    Name002,
    /// A name is used twice in one group.
    Name003,
    /// A repeat's name is used twice or equals the root.
    Name004,
    /// The name `meta` is reserved for form metadata.
    Name005,
    /// A sheet the form needs is missing or misspelt (e.g. `external_choices`).
    Sheet002,
    /// Two external instances (`xml-external`, `csv-external`) share a name.
    Instance001,
    /// An audit, metadata or question parameter has a value pyxform refuses.
    Param002,
    /// `end group`/`end repeat` without matching `begin`.
    Survey001,
    /// `begin` without matching `end`.
    Survey002,
    /// A select's list is not in the choices sheet.
    Choice001,
    /// Duplicate choice names in a list.
    Choice002,
    /// Choice without a name.
    Choice003,
    /// No choices sheet while selects need one.
    Choice004,
    /// Choice names with spaces in a select_multiple.
    Choice005,
    /// A `${name}` reference to an unknown or ambiguous element.
    Ref001,
    /// A `${` that does not close as `${name}`.
    Ref002,
    /// A calculate without calculation.
    Calc001,
    /// A bad parameter value.
    Param001,
    /// A structural rule from the XForm writer.
    Form001,
    /// Label or hint missing.
    Label001,
    /// Settings problem.
    Settings001,
    /// Unused or odd column, empty row, etc. (warning).
    Warn001,
    /// An expression that will not parse or calls an unknown function (warning).
    Expr001,
    /// An entity declaration on the entities sheet is invalid.
    Entity001,
    /// A `save_to` value on the survey sheet is invalid.
    Entity002,
    /// Entity references or containers conflict.
    Entity003,
    /// A `pii` (personal data) value that is neither yes nor no.
    Pii001,
}

impl Code {
    /// Every code, for catalogues that must cover them all (translations, docs).
    pub const ALL: [Code; 34] = [
        Code::Read001,
        Code::Sheet001,
        Code::Header001,
        Code::Header002,
        Code::Type001,
        Code::Type002,
        Code::Name001,
        Code::Name002,
        Code::Name003,
        Code::Name004,
        Code::Name005,
        Code::Sheet002,
        Code::Instance001,
        Code::Param002,
        Code::Survey001,
        Code::Survey002,
        Code::Choice001,
        Code::Choice002,
        Code::Choice003,
        Code::Choice004,
        Code::Choice005,
        Code::Ref001,
        Code::Ref002,
        Code::Calc001,
        Code::Param001,
        Code::Form001,
        Code::Label001,
        Code::Settings001,
        Code::Warn001,
        Code::Expr001,
        Code::Entity001,
        Code::Entity002,
        Code::Entity003,
        Code::Pii001,
    ];

    /// The code as printed, e.g. `XLS-REF-001`.
    pub fn as_str(self) -> &'static str {
        match self {
            Code::Read001 => "read-001",
            Code::Sheet001 => "sheet-001",
            Code::Header001 => "header-001",
            Code::Header002 => "header-002",
            Code::Type001 => "type-001",
            Code::Type002 => "type-002",
            Code::Name001 => "name-001",
            Code::Name002 => "name-002",
            Code::Name003 => "name-003",
            Code::Name004 => "name-004",
            Code::Name005 => "name-005",
            Code::Sheet002 => "sheet-002",
            Code::Instance001 => "instance-001",
            Code::Param002 => "param-002",
            Code::Survey001 => "survey-001",
            Code::Survey002 => "survey-002",
            Code::Choice001 => "choice-001",
            Code::Choice002 => "choice-002",
            Code::Choice003 => "choice-003",
            Code::Choice004 => "choice-004",
            Code::Choice005 => "choice-005",
            Code::Ref001 => "ref-001",
            Code::Ref002 => "ref-002",
            Code::Calc001 => "calc-001",
            Code::Param001 => "param-001",
            Code::Form001 => "form-001",
            Code::Label001 => "label-001",
            Code::Settings001 => "settings-001",
            Code::Warn001 => "warn-001",
            Code::Expr001 => "expr-001",
            Code::Entity001 => "entity-001",
            Code::Entity002 => "entity-002",
            Code::Entity003 => "entity-003",
            Code::Pii001 => "pii-001",
        }
    }
}

/// One problem found in a form.
#[derive(Debug, Clone, PartialEq)]
pub struct Diagnostic {
    /// Stable code.
    pub code: Code,
    /// Error or warning.
    pub severity: Severity,
    /// Sheet name, when known.
    pub sheet: Option<String>,
    /// 1-based row number, when known.
    pub row: Option<usize>,
    /// Column header, when known.
    pub column: Option<String>,
    /// What rule was broken and how to fix it.
    pub message: String,
}

impl Diagnostic {
    /// A new error.
    pub fn error(code: Code, message: impl Into<String>) -> Self {
        Diagnostic {
            code,
            severity: Severity::Error,
            sheet: None,
            row: None,
            column: None,
            message: message.into(),
        }
    }
    /// A new warning.
    pub fn warning(code: Code, message: impl Into<String>) -> Self {
        Diagnostic { severity: Severity::Warning, ..Diagnostic::error(code, message) }
    }
    /// Where: sheet and row.
    pub fn at(mut self, sheet: &str, row: usize) -> Self {
        self.sheet = Some(sheet.to_string());
        self.row = Some(row);
        self
    }
    /// Where: column.
    pub fn column(mut self, column: &str) -> Self {
        self.column = Some(column.to_string());
        self
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (&self.sheet, self.row, &self.column) {
            (Some(s), Some(r), Some(c)) => write!(f, "[row : {r}] On the '{s}' sheet, column '{c}': ")?,
            (Some(s), Some(r), None) => write!(f, "[row : {r}] On the '{s}' sheet: ")?,
            (Some(s), None, _) => write!(f, "On the '{s}' sheet: ")?,
            _ => {}
        }
        write!(f, "{} [{}]", self.message, self.code.as_str())
    }
}

/// Edit distance between two strings, for "did you mean" suggestions.
pub fn levenshtein(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut cur = vec![i + 1];
        for (j, cb) in b.iter().enumerate() {
            let cost = usize::from(ca != *cb);
            cur.push((prev[j] + cost).min(prev[j + 1] + 1).min(cur[j] + 1));
        }
        prev = cur;
    }
    prev[b.len()]
}

/// " Did you mean 'x'?" for the closest candidate within a small distance, else "".
pub fn did_you_mean<'a>(word: &str, candidates: impl IntoIterator<Item = &'a str>) -> String {
    let best = candidates
        .into_iter()
        .map(|c| (levenshtein(&word.to_lowercase(), &c.to_lowercase()), c))
        .filter(|(d, _)| *d <= 2 || *d * 3 <= word.len())
        .min_by_key(|(d, _)| *d);
    match best {
        Some((_, c)) => format!(" Did you mean '{c}'?"),
        None => String::new(),
    }
}
