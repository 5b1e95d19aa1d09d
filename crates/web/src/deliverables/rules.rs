//! What stops a deliverable from being submitted, as pure rules over its content and what
//! the engagement already holds: required parts left empty, then the kind's own rules (the
//! plan's end date, the SMART checks, a survey's objective, a pilot that has run). Each
//! problem stands beside its field, in plain words.

use chrono::NaiveDate;

use super::content::{CampaignPlan, Content, REQUIRED};
use super::smart::{self, Arg, Period, PlanLink};

/// A problem beside a field: a message key with its values.
#[derive(Debug, Clone, PartialEq)]
pub struct FieldProblem {
    pub field: &'static str,
    pub key: &'static str,
    pub args: Vec<(&'static str, Arg)>,
}

impl FieldProblem {
    pub fn new(field: &'static str, key: &'static str) -> Self {
        Self { field, key, args: Vec::new() }
    }
}

/// The field the pilot count box stands for (a pilot report's problems with its count).
pub const PILOT_FIELD: &str = "pilot";

pub const ENDS_BEFORE_START: &str = "deliverables-error-ends-before-start";
pub const FORM_UNKNOWN: &str = "deliverables-error-form-unknown";
pub const OBJECTIVE_FIRST: &str = "deliverables-error-objective-first";
pub const PILOT_NO_FORM: &str = "deliverables-error-pilot-no-form";
pub const PILOT_NONE: &str = "deliverables-error-pilot-none";

/// What the rules read besides the content itself.
#[derive(Debug, Clone, Copy)]
pub struct Situation<'a> {
    pub today: NaiveDate,
    pub training_starts_on: NaiveDate,
    /// The engagement's campaign plan as it stands (the SMART objective links to it).
    pub plan: &'a CampaignPlan,
    /// Whether the SMART objective has been submitted at least once (a survey measures it).
    pub objective_submitted: bool,
    /// Whether the survey's chosen form is one of the organisation's.
    pub form_known: bool,
    /// The pilot submissions of the survey's form, when the survey names one.
    pub pilot_submissions: Option<i64>,
}

/// The SMART checks' period for this engagement.
pub fn period(situation: &Situation<'_>) -> Period {
    Period::new(situation.today, situation.training_starts_on, situation.plan.ends_on)
}

/// Everything that stops `content` from being submitted (empty when it may go).
pub fn submission_problems(content: &Content, situation: &Situation<'_>) -> Vec<FieldProblem> {
    let mut problems: Vec<FieldProblem> =
        content.missing().into_iter().map(|field| FieldProblem::new(field, REQUIRED)).collect();
    match content {
        Content::CampaignPlan(plan) => {
            if plan.ends_on.is_some_and(|d| d <= situation.training_starts_on) {
                problems.push(FieldProblem {
                    field: "ends_on",
                    key: ENDS_BEFORE_START,
                    args: vec![("start", Arg::Date(situation.training_starts_on))],
                });
            }
        }
        Content::SmartObjective(objective) => {
            let outcomes =
                smart::check(objective, &period(situation), PlanLink { goal: &situation.plan.goal });
            problems.extend(outcomes.into_iter().filter(|o| !o.passed).map(|o| FieldProblem {
                field: o.check.field(),
                key: o.key,
                args: o.args,
            }));
        }
        Content::Survey(survey) => {
            if survey.form_id.is_some() && !situation.form_known {
                problems.push(FieldProblem::new("form_id", FORM_UNKNOWN));
            }
            if !situation.objective_submitted {
                problems.push(FieldProblem::new("measures", OBJECTIVE_FIRST));
            }
        }
        Content::PilotReport(_) => match situation.pilot_submissions {
            None => problems.push(FieldProblem::new(PILOT_FIELD, PILOT_NO_FORM)),
            Some(0) => problems.push(FieldProblem::new(PILOT_FIELD, PILOT_NONE)),
            Some(_) => {}
        },
    }
    // One message per field, the first found (an empty part before a rule about it).
    let mut seen = Vec::new();
    problems.retain(|p| {
        let first = !seen.contains(&p.field);
        seen.push(p.field);
        first
    });
    problems
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::deliverables::content::{PilotReport, SmartObjective, Survey};

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn plan() -> CampaignPlan {
        CampaignPlan {
            problem: "Broken taps".into(),
            goal: "Safe water for every home in Kibera".into(),
            decision_makers: "County water officer".into(),
            allies: String::new(),
            audiences: "Residents".into(),
            tactics: "Public meetings".into(),
            timeline: "March to June".into(),
            ends_on: Some(d(2030, 12, 31)),
            risks: "Elections".into(),
            data_needed: "Which taps work".into(),
        }
    }

    fn situation(plan: &CampaignPlan) -> Situation<'_> {
        Situation {
            today: d(2030, 1, 8),
            training_starts_on: d(2030, 1, 7),
            plan,
            objective_submitted: true,
            form_known: true,
            pilot_submissions: Some(3),
        }
    }

    fn fields(problems: &[FieldProblem]) -> Vec<(&'static str, &'static str)> {
        problems.iter().map(|p| (p.field, p.key)).collect()
    }

    #[test]
    fn a_complete_plan_may_be_submitted_unless_it_ends_before_the_training() {
        let plan = plan();
        assert!(submission_problems(&Content::CampaignPlan(plan.clone()), &situation(&plan)).is_empty());
        let early = CampaignPlan { ends_on: Some(d(2030, 1, 7)), ..plan.clone() };
        assert_eq!(
            fields(&submission_problems(&Content::CampaignPlan(early), &situation(&plan))),
            vec![("ends_on", ENDS_BEFORE_START)]
        );
        let empty = CampaignPlan { goal: " ".into(), ends_on: None, ..plan.clone() };
        assert_eq!(
            fields(&submission_problems(&Content::CampaignPlan(empty), &situation(&plan))),
            vec![("goal", REQUIRED), ("ends_on", REQUIRED)]
        );
    }

    #[test]
    fn an_empty_objective_gets_one_message_per_field() {
        let plan = plan();
        let problems =
            submission_problems(&Content::SmartObjective(SmartObjective::default()), &situation(&plan));
        let shown = fields(&problems);
        assert!(shown.contains(&("specific", REQUIRED)));
        // 'relevant' is empty: the required message comes first, the plan check is not repeated.
        assert!(shown.contains(&("relevant", REQUIRED)));
        assert!(shown.contains(&("target", "deliverables-smart-target-missing")));
        assert!(shown.contains(&("deadline", "deliverables-smart-deadline-missing")));
        assert_eq!(shown.iter().filter(|(f, _)| *f == "relevant").count(), 1);
    }

    #[test]
    fn a_survey_needs_a_known_form_and_a_submitted_objective() {
        let plan = plan();
        let survey = Content::Survey(Survey {
            form_id: Some("f".into()),
            measures: "taps".into(),
            ..Survey::default()
        });
        assert!(submission_problems(&survey, &situation(&plan)).is_empty());
        let unknown = Situation { form_known: false, objective_submitted: false, ..situation(&plan) };
        assert_eq!(
            fields(&submission_problems(&survey, &unknown)),
            vec![("form_id", FORM_UNKNOWN), ("measures", OBJECTIVE_FIRST)]
        );
    }

    #[test]
    fn a_pilot_report_needs_pilot_submissions_from_the_survey_form() {
        let plan = plan();
        let report = Content::PilotReport(PilotReport {
            went_wrong: "Skips".into(),
            changed: "Fixed".into(),
            pilot_submissions: None,
        });
        assert!(submission_problems(&report, &situation(&plan)).is_empty());
        let none = Situation { pilot_submissions: Some(0), ..situation(&plan) };
        assert_eq!(fields(&submission_problems(&report, &none)), vec![(PILOT_FIELD, PILOT_NONE)]);
        let no_form = Situation { pilot_submissions: None, ..situation(&plan) };
        assert_eq!(fields(&submission_problems(&report, &no_form)), vec![(PILOT_FIELD, PILOT_NO_FORM)]);
    }
}
