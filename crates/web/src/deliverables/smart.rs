//! The automatic checks of a SMART objective, as pure rules. Each check says in plain words
//! what it found and, when it fails, how to fix it; a draft may fail them, a submission may
//! not.
//!
//! The campaign period a deadline must fall in: after today, and on or before the end date
//! of the campaign plan; while the plan has no end date, on or before 12 months after the
//! training starts (a campaign the two weeks prepare should show results within a year).

use chrono::{Months, NaiveDate};

use super::content::{SmartObjective, format_number};

/// Fewest words that name a decision-maker or a population ("the county water officer",
/// "women traders"): one word ("officials") does not say who.
pub const MIN_WHO_WORDS: usize = 2;

/// How long a campaign runs, at most, when its plan gives no end date.
pub const DEFAULT_CAMPAIGN_MONTHS: u32 = 12;

/// The five automatic checks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Check {
    /// A number to reach.
    Target,
    /// Where things stand now.
    Baseline,
    /// A deadline inside the campaign period.
    Deadline,
    /// A named decision-maker or population.
    Who,
    /// A link to the campaign plan's goal.
    Plan,
}

impl Check {
    #[cfg(test)]
    pub const ALL: [Check; 5] = [Check::Target, Check::Baseline, Check::Deadline, Check::Who, Check::Plan];

    /// The field its message stands beside.
    pub fn field(self) -> &'static str {
        match self {
            Check::Target => "target",
            Check::Baseline => "baseline",
            Check::Deadline => "deadline",
            Check::Who => "who",
            Check::Plan => "relevant",
        }
    }

    /// The message key naming the check.
    pub fn title_key(self) -> &'static str {
        match self {
            Check::Target => "deliverables-smart-check-target",
            Check::Baseline => "deliverables-smart-check-baseline",
            Check::Deadline => "deliverables-smart-check-deadline",
            Check::Who => "deliverables-smart-check-who",
            Check::Plan => "deliverables-smart-check-plan",
        }
    }
}

/// A value a message shows, formatted in the reader's language when it is shown.
#[derive(Debug, Clone, PartialEq)]
pub enum Arg {
    Text(String),
    Date(NaiveDate),
}

/// What one check found, in plain words: a message key with its values.
#[derive(Debug, Clone, PartialEq)]
pub struct Outcome {
    pub check: Check,
    pub passed: bool,
    pub key: &'static str,
    pub args: Vec<(&'static str, Arg)>,
}

impl Outcome {
    fn pass(check: Check, key: &'static str) -> Self {
        Self { check, passed: true, key, args: Vec::new() }
    }
    fn fail(check: Check, key: &'static str) -> Self {
        Self { check, passed: false, key, args: Vec::new() }
    }
    fn with(mut self, name: &'static str, value: Arg) -> Self {
        self.args.push((name, value));
        self
    }
}

/// The period a deadline must fall in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Period {
    pub today: NaiveDate,
    /// The last day a deadline may fall on.
    pub ends_on: NaiveDate,
    /// Whether `ends_on` is the plan's own end date (or the default year).
    pub from_plan: bool,
}

impl Period {
    pub fn new(today: NaiveDate, training_starts_on: NaiveDate, plan_ends_on: Option<NaiveDate>) -> Self {
        match plan_ends_on {
            Some(ends_on) => Self { today, ends_on, from_plan: true },
            None => Self {
                today,
                ends_on: training_starts_on
                    .checked_add_months(Months::new(DEFAULT_CAMPAIGN_MONTHS))
                    .unwrap_or(NaiveDate::MAX),
                from_plan: false,
            },
        }
    }
}

/// What the checks read of the campaign plan.
#[derive(Debug, Clone, Copy, Default)]
pub struct PlanLink<'a> {
    /// The plan's goal (empty when not written yet).
    pub goal: &'a str,
}

fn words(text: &str) -> usize {
    text.split_whitespace().count()
}

/// Runs the five checks, in order.
pub fn check(objective: &SmartObjective, period: &Period, plan: PlanLink<'_>) -> Vec<Outcome> {
    // A number with what it counts: "80 % of taps working" (or just "80").
    let amount =
        |n: f64| Arg::Text(format!("{} {}", format_number(n), objective.unit.trim()).trim_end().to_owned());
    let target = match (objective.target, objective.baseline) {
        (None, _) => Outcome::fail(Check::Target, "deliverables-smart-target-missing"),
        (Some(t), Some(b)) if t == b => {
            Outcome::fail(Check::Target, "deliverables-smart-target-same").with("target", amount(t))
        }
        (Some(t), _) => {
            Outcome::pass(Check::Target, "deliverables-smart-target-ok").with("target", amount(t))
        }
    };
    let baseline = match objective.baseline {
        None => Outcome::fail(Check::Baseline, "deliverables-smart-baseline-missing"),
        Some(b) => {
            Outcome::pass(Check::Baseline, "deliverables-smart-baseline-ok").with("baseline", amount(b))
        }
    };
    let end = Arg::Date(period.ends_on);
    let deadline = match objective.deadline {
        None => Outcome::fail(Check::Deadline, "deliverables-smart-deadline-missing").with("end", end),
        Some(d) if d <= period.today => Outcome::fail(Check::Deadline, "deliverables-smart-deadline-past")
            .with("today", Arg::Date(period.today)),
        Some(_) if !period.from_plan && period.today >= period.ends_on => {
            Outcome::fail(Check::Deadline, "deliverables-smart-deadline-year-over").with("end", end)
        }
        Some(d) if d > period.ends_on && period.from_plan => {
            Outcome::fail(Check::Deadline, "deliverables-smart-deadline-after-plan").with("end", end)
        }
        Some(d) if d > period.ends_on => {
            Outcome::fail(Check::Deadline, "deliverables-smart-deadline-after-year").with("end", end)
        }
        Some(d) => Outcome::pass(Check::Deadline, "deliverables-smart-deadline-ok")
            .with("deadline", Arg::Date(d))
            .with("end", end),
    };
    let who = objective.who.trim();
    let who = match words(who) {
        0 => Outcome::fail(Check::Who, "deliverables-smart-who-missing"),
        n if n < MIN_WHO_WORDS => {
            Outcome::fail(Check::Who, "deliverables-smart-who-vague").with("who", Arg::Text(who.to_owned()))
        }
        _ => Outcome::pass(Check::Who, "deliverables-smart-who-ok").with("who", Arg::Text(who.to_owned())),
    };
    let goal = plan.goal.trim();
    let plan = if goal.is_empty() {
        Outcome::fail(Check::Plan, "deliverables-smart-plan-no-goal")
    } else if objective.relevant.trim().is_empty() {
        Outcome::fail(Check::Plan, "deliverables-smart-plan-relevant-missing")
            .with("goal", Arg::Text(goal.to_owned()))
    } else {
        Outcome::pass(Check::Plan, "deliverables-smart-plan-ok").with("goal", Arg::Text(goal.to_owned()))
    };
    vec![target, baseline, deadline, who, plan]
}

/// Whether every check passed.
pub fn all_pass(outcomes: &[Outcome]) -> bool {
    outcomes.iter().all(|o| o.passed)
}

/// Every message key the checks can give (for the translation test).
#[cfg(test)]
pub const KEYS: &[&str] = &[
    "deliverables-smart-target-missing",
    "deliverables-smart-target-same",
    "deliverables-smart-target-ok",
    "deliverables-smart-baseline-missing",
    "deliverables-smart-baseline-ok",
    "deliverables-smart-deadline-missing",
    "deliverables-smart-deadline-past",
    "deliverables-smart-deadline-year-over",
    "deliverables-smart-deadline-after-plan",
    "deliverables-smart-deadline-after-year",
    "deliverables-smart-deadline-ok",
    "deliverables-smart-who-missing",
    "deliverables-smart-who-vague",
    "deliverables-smart-who-ok",
    "deliverables-smart-plan-no-goal",
    "deliverables-smart-plan-relevant-missing",
    "deliverables-smart-plan-ok",
];

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn objective() -> SmartObjective {
        SmartObjective {
            specific: "Public taps in Kibera repaired".into(),
            measurable: "Share of public taps that work".into(),
            achievable: "The county has a repair budget".into(),
            relevant: "Working taps are our campaign goal".into(),
            time_bound: "Before the dry season".into(),
            target: Some(80.0),
            unit: "% of taps working".into(),
            baseline: Some(35.0),
            deadline: Some(d(2030, 6, 30)),
            who: "Nairobi County water officer".into(),
        }
    }

    const GOAL: PlanLink<'static> = PlanLink { goal: "Safe water within 200 metres of every home in Kibera" };

    fn today() -> NaiveDate {
        d(2030, 1, 8)
    }

    fn period() -> Period {
        Period::new(today(), d(2030, 1, 7), Some(d(2030, 12, 31)))
    }

    fn failed(outcomes: &[Outcome]) -> Vec<(Check, &'static str)> {
        outcomes.iter().filter(|o| !o.passed).map(|o| (o.check, o.key)).collect()
    }

    #[test]
    fn a_complete_objective_passes_every_check() {
        let outcomes = check(&objective(), &period(), GOAL);
        assert!(all_pass(&outcomes), "{outcomes:?}");
        assert_eq!(outcomes.iter().map(|o| o.check).collect::<Vec<_>>(), Check::ALL);
        assert_eq!(outcomes[0].args, vec![("target", Arg::Text("80 % of taps working".into()))]);
        assert_eq!(outcomes[1].args, vec![("baseline", Arg::Text("35 % of taps working".into()))]);
        let bare = check(&SmartObjective { unit: " ".into(), ..objective() }, &period(), GOAL);
        assert_eq!(bare[0].args, vec![("target", Arg::Text("80".into()))]);
    }

    #[test]
    fn an_objective_without_numbers_fails_target_and_baseline() {
        let objective = SmartObjective { target: None, baseline: None, ..objective() };
        assert_eq!(
            failed(&check(&objective, &period(), GOAL)),
            vec![
                (Check::Target, "deliverables-smart-target-missing"),
                (Check::Baseline, "deliverables-smart-baseline-missing")
            ]
        );
    }

    #[test]
    fn a_target_equal_to_the_baseline_changes_nothing() {
        let objective = SmartObjective { target: Some(35.0), ..objective() };
        assert_eq!(
            failed(&check(&objective, &period(), GOAL)),
            vec![(Check::Target, "deliverables-smart-target-same")]
        );
    }

    #[test]
    fn the_deadline_must_fall_after_today_and_within_the_plans_campaign() {
        let at = |deadline| check(&SmartObjective { deadline, ..objective() }, &period(), GOAL);
        assert_eq!(failed(&at(None)), vec![(Check::Deadline, "deliverables-smart-deadline-missing")]);
        assert_eq!(failed(&at(Some(today()))), vec![(Check::Deadline, "deliverables-smart-deadline-past")]);
        assert_eq!(
            failed(&at(Some(d(2029, 12, 1)))),
            vec![(Check::Deadline, "deliverables-smart-deadline-past")]
        );
        assert!(failed(&at(Some(d(2030, 1, 9)))).is_empty(), "tomorrow is inside");
        assert!(failed(&at(Some(d(2030, 12, 31)))).is_empty(), "the plan's last day is inside");
        let after = at(Some(d(2031, 1, 1)));
        assert_eq!(failed(&after), vec![(Check::Deadline, "deliverables-smart-deadline-after-plan")]);
        assert_eq!(after[2].args, vec![("end", Arg::Date(d(2030, 12, 31)))]);
    }

    #[test]
    fn without_a_plan_end_date_the_campaign_is_twelve_months_from_the_start() {
        let period = Period::new(today(), d(2030, 1, 7), None);
        assert_eq!(period.ends_on, d(2031, 1, 7));
        assert!(!period.from_plan);
        let at = |deadline| check(&SmartObjective { deadline: Some(deadline), ..objective() }, &period, GOAL);
        assert!(failed(&at(d(2031, 1, 7))).is_empty());
        assert_eq!(
            failed(&at(d(2031, 1, 8))),
            vec![(Check::Deadline, "deliverables-smart-deadline-after-year")]
        );
        // Once the year is over, no deadline fits until the plan gives an end date.
        let late = Period::new(d(2031, 2, 1), d(2030, 1, 7), None);
        let outcomes = check(&SmartObjective { deadline: Some(d(2031, 3, 1)), ..objective() }, &late, GOAL);
        assert_eq!(failed(&outcomes), vec![(Check::Deadline, "deliverables-smart-deadline-year-over")]);
    }

    #[test]
    fn who_must_be_named_in_more_than_one_word() {
        let with = |who: &str| check(&SmartObjective { who: who.into(), ..objective() }, &period(), GOAL);
        assert_eq!(failed(&with("  ")), vec![(Check::Who, "deliverables-smart-who-missing")]);
        assert_eq!(failed(&with("officials")), vec![(Check::Who, "deliverables-smart-who-vague")]);
        assert!(failed(&with("ward administrator")).is_empty());
        assert!(failed(&with("वडा अध्यक्ष")).is_empty(), "words in any script count");
    }

    #[test]
    fn the_objective_links_to_a_plan_with_a_goal() {
        let no_goal = check(&objective(), &period(), PlanLink::default());
        assert_eq!(failed(&no_goal), vec![(Check::Plan, "deliverables-smart-plan-no-goal")]);
        let unlinked = check(&SmartObjective { relevant: String::new(), ..objective() }, &period(), GOAL);
        assert_eq!(failed(&unlinked), vec![(Check::Plan, "deliverables-smart-plan-relevant-missing")]);
        assert_eq!(unlinked[4].args, vec![("goal", Arg::Text(GOAL.goal.into()))]);
    }

    #[test]
    fn each_check_stands_beside_its_field() {
        let fields: Vec<_> = Check::ALL.iter().map(|c| c.field()).collect();
        assert_eq!(fields, ["target", "baseline", "deadline", "who", "relevant"]);
        let outcomes = check(&SmartObjective::default(), &period(), PlanLink::default());
        assert!(outcomes.iter().all(|o| !o.passed && KEYS.contains(&o.key)));
    }
}
