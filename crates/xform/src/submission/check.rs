//! Checking a submission's answers against the form's rules: relevance first (an element is
//! irrelevant when it, or any ancestor, has a false `relevant`), then for each relevant
//! question its required answer, type, choices, choice filter and constraint.

use xpath::{Document, Environment, Evaluator, NodeId, Tree, Value};

use super::rules::{Compiled, Rules};
use super::{EnvRef, PreparedForm, Problem, ProblemKind, Submission};

/// One check of one submission.
struct Checker<'c> {
    form: &'c PreparedForm,
    submission: &'c Submission,
    evaluator: Evaluator<'c, Tree, EnvRef<'c>>,
    problems: Vec<Problem>,
    /// The value of each shared (context-free) `relevant`, once worked out.
    shared: Vec<Option<bool>>,
}

impl PreparedForm {
    /// Checks every answer of `submission`; an empty list means it is valid.
    pub fn check(&self, submission: &Submission, env: &dyn Environment) -> Vec<Problem> {
        let env = EnvRef(env);
        let evaluator = Evaluator::new(&submission.tree, &env);
        let shared = vec![None; self.shared_relevants];
        let mut checker = Checker { form: self, submission, evaluator, problems: Vec::new(), shared };
        // Irrelevance per answer, each worked out once, after its parent's (document order).
        let mut irrelevant = Vec::with_capacity(submission.answers.len());
        for (i, answer) in submission.answers.iter().enumerate() {
            let parent_irrelevant = answer.parent.is_some_and(|p| irrelevant[p]);
            irrelevant.push(checker.answer(i, answer.entry, answer.node, parent_irrelevant));
        }
        checker.problems
    }
}

impl Checker<'_> {
    /// Checks answer `i` (element `node`, form entry `entry`); true when it is irrelevant.
    fn answer(&mut self, i: usize, entry: Option<usize>, node: NodeId, parent_irrelevant: bool) -> bool {
        let Some(id) = entry else {
            if !parent_irrelevant && !self.added_by_clients(i) {
                self.report(i, ProblemKind::Unexpected);
            }
            return false;
        };
        let Some(rules) = &self.form.entries[id].rules else { return false };
        if parent_irrelevant || !self.relevant(i, rules, node) {
            return true;
        }
        if rules.question {
            self.value(i, rules, node);
        }
        false
    }

    /// Whether the element's own `relevant` holds (true without one, or when it cannot be
    /// evaluated). A context-free one shared by several elements is evaluated once.
    fn relevant(&mut self, i: usize, rules: &Rules, node: NodeId) -> bool {
        if let Some(slot) = rules.relevant_slot
            && let Some(known) = self.shared[slot]
        {
            return known;
        }
        match &rules.relevant {
            None => true,
            Some(Ok(expr)) => {
                let relevant = self.evaluator.evaluate_boolean(expr, node).unwrap_or(true);
                if let Some(slot) = rules.relevant_slot {
                    self.shared[slot] = Some(relevant);
                }
                relevant
            }
            Some(Err(detail)) => {
                self.report(i, ProblemKind::Expression { detail: detail.clone() });
                true
            }
        }
    }

    /// Checks a relevant question's value; at most one problem per question.
    fn value(&mut self, i: usize, rules: &Rules, node: NodeId) {
        let submission = self.submission;
        let value = submission.tree.text(node);
        let value = value.trim();
        if value.is_empty() {
            if rules.required {
                self.report(i, ProblemKind::Required { message: rules.required_message.clone() });
            }
            return;
        }
        if let Some(expected) = rules.value_type.and_then(|t| t.problem(value)) {
            return self.report(i, ProblemKind::WrongType { expected });
        }
        let choices = rules.choices.as_ref();
        if let Some(bad) = choices.and_then(|c| c.problem(&self.form.survey, value)) {
            return self.report(i, ProblemKind::NotAChoice { value: bad });
        }
        if let Some(compiled) = &rules.filter
            && let Some(kind) = self.filter_problem(compiled, node, value)
        {
            return self.report(i, kind);
        }
        if let Some(compiled) = &rules.constraint {
            self.constraint(i, rules, compiled, node);
        }
    }

    /// Only the choices the filter leaves (cascading selects) may be chosen.
    fn filter_problem(&self, compiled: &Compiled, node: NodeId, value: &str) -> Option<ProblemKind> {
        let allowed = compiled
            .as_ref()
            .map_err(Clone::clone)
            .and_then(|expr| self.evaluator.evaluate(expr, node).map_err(|e| e.to_string()));
        match allowed {
            Ok(Value::NodeSet(nodes)) => {
                let tree = &self.submission.tree;
                let bad = value.split_whitespace().find(|v| !nodes.iter().any(|&n| tree.text(n) == *v))?;
                Some(ProblemKind::NotAChoice { value: bad.to_owned() })
            }
            Ok(_) => None,
            Err(detail) => Some(ProblemKind::Expression { detail }),
        }
    }

    /// The constraint must be true.
    fn constraint(&mut self, i: usize, rules: &Rules, compiled: &Compiled, node: NodeId) {
        let kind = match compiled {
            Ok(expr) => match self.evaluator.evaluate_boolean(expr, node) {
                Ok(true) => return,
                Ok(false) => ProblemKind::Constraint { message: rules.constraint_message.clone() },
                Err(e) => ProblemKind::Expression { detail: e.to_string() },
            },
            Err(detail) => ProblemKind::Expression { detail: detail.clone() },
        };
        self.report(i, kind);
    }

    /// Elements clients add that forms do not declare: `meta/deprecatedID` on an edit (ODK
    /// Collect, Enketo and our web forms write it).
    fn added_by_clients(&self, i: usize) -> bool {
        let node = self.submission.answers[i].node;
        // The name first: most unexpected elements are not it, and need no path built.
        self.submission.tree.name(node) == "deprecatedID"
            && self.submission.path_of(i).ends_with("/meta/deprecatedID")
    }

    /// A problem with answer `i`, at its path.
    fn report(&mut self, i: usize, kind: ProblemKind) {
        let path = self.submission.path_of(i);
        self.problems.push(Problem { path, kind });
    }
}
