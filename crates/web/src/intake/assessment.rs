//! The three readiness assessments of the programme, as pure rules over what a CSO answered
//! and what was measured. Every verdict carries its reasons as message keys, so the CSO reads
//! in plain words why, and what it can do.

use serde::{Deserialize, Serialize};
use store::intake::{Application, CapacityMeasurement};

use crate::kernel::config::ConnectionThresholds;

/// Where one assessment stands on the readiness summary.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Readiness {
    NotStarted,
    /// Started and waiting for something (a junior's answer, a measurement).
    InProgress,
    Passed,
    NeedsAttention,
}

impl Readiness {
    pub fn key(self) -> &'static str {
        match self {
            Readiness::NotStarted => "not-started",
            Readiness::InProgress => "in-progress",
            Readiness::Passed => "passed",
            Readiness::NeedsAttention => "attention",
        }
    }
}

/// A reason in plain words: a message key with the values it needs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reason {
    pub key: &'static str,
    pub args: Vec<(&'static str, String)>,
    /// Whether the reason counts for (true) or against (false) the CSO.
    pub good: bool,
}

impl Reason {
    fn good(key: &'static str) -> Self {
        Self { key, args: Vec::new(), good: true }
    }
    fn concern(key: &'static str) -> Self {
        Self { key, args: Vec::new(), good: false }
    }
    fn with(mut self, name: &'static str, value: impl ToString) -> Self {
        self.args.push((name, value.to_string()));
        self
    }
}

/// The result of one assessment: where it stands, why, and what the CSO can do next.
#[derive(Debug, Clone)]
pub struct AssessmentResult {
    pub readiness: Readiness,
    pub reasons: Vec<Reason>,
    pub next_steps: Vec<&'static str>,
}

// --- 1. Training fit: the one-page campaign self-assessment --------------------------------

/// How far the CSO's current campaign is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CampaignStage {
    Running,
    StartingSoon,
    Idea,
    NoCampaign,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DataExperience {
    None,
    Some,
    Regular,
}

/// What the CSO can commit to the two weeks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Commitment {
    TwoStaffThreeQuarters,
    LessTime,
    CannotCommit,
}

/// A complete campaign self-assessment, as stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FitAnswers {
    pub campaign: String,
    pub campaign_stage: CampaignStage,
    pub decision_makers: String,
    pub long_term_goals: String,
    pub data_use: String,
    pub data_experience: DataExperience,
    pub commitment: Commitment,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FitVerdict {
    GoodFit,
    NeedsDiscussion,
    NotAFitNow,
}

impl FitVerdict {
    pub fn key(self) -> &'static str {
        match self {
            FitVerdict::GoodFit => "fit-verdict-good",
            FitVerdict::NeedsDiscussion => "fit-verdict-discuss",
            FitVerdict::NotAFitNow => "fit-verdict-not-now",
        }
    }
}

/// Fewest words for an answer to say enough to work with.
pub const MIN_CAMPAIGN_WORDS: usize = 15;
pub const MIN_EXPLANATION_WORDS: usize = 10;
pub const MIN_DECISION_MAKER_WORDS: usize = 2;

fn words(text: &str) -> usize {
    text.split_whitespace().count()
}

/// Scores a self-assessment against the published criteria.
pub fn score_fit(answers: &FitAnswers) -> (FitVerdict, Vec<Reason>) {
    let mut reasons = Vec::new();
    let mut verdict = FitVerdict::GoodFit;
    let discuss = |reasons: &mut Vec<Reason>, reason: Reason, verdict: &mut FitVerdict| {
        if *verdict == FitVerdict::GoodFit {
            *verdict = FitVerdict::NeedsDiscussion;
        }
        reasons.push(reason);
    };

    match answers.campaign_stage {
        CampaignStage::Running | CampaignStage::StartingSoon => {
            reasons.push(Reason::good("fit-reason-campaign-current"))
        }
        CampaignStage::Idea => {
            discuss(&mut reasons, Reason::concern("fit-reason-campaign-idea"), &mut verdict)
        }
        CampaignStage::NoCampaign => {
            verdict = FitVerdict::NotAFitNow;
            reasons.push(Reason::concern("fit-reason-no-campaign"));
        }
    }
    if words(&answers.campaign) >= MIN_CAMPAIGN_WORDS {
        reasons.push(Reason::good("fit-reason-campaign-clear"));
    } else {
        discuss(
            &mut reasons,
            Reason::concern("fit-reason-campaign-vague").with("words", MIN_CAMPAIGN_WORDS),
            &mut verdict,
        );
    }
    if words(&answers.decision_makers) >= MIN_DECISION_MAKER_WORDS {
        reasons.push(Reason::good("fit-reason-decision-makers"));
    } else {
        discuss(&mut reasons, Reason::concern("fit-reason-no-decision-makers"), &mut verdict);
    }
    if words(&answers.long_term_goals) >= MIN_EXPLANATION_WORDS {
        reasons.push(Reason::good("fit-reason-long-term"));
    } else {
        discuss(
            &mut reasons,
            Reason::concern("fit-reason-long-term-vague").with("words", MIN_EXPLANATION_WORDS),
            &mut verdict,
        );
    }
    if words(&answers.data_use) >= MIN_EXPLANATION_WORDS {
        reasons.push(Reason::good("fit-reason-data-use"));
    } else {
        discuss(
            &mut reasons,
            Reason::concern("fit-reason-data-use-vague").with("words", MIN_EXPLANATION_WORDS),
            &mut verdict,
        );
    }
    match answers.data_experience {
        DataExperience::None => reasons.push(Reason::good("fit-reason-new-to-data")),
        DataExperience::Some | DataExperience::Regular => {
            reasons.push(Reason::good("fit-reason-has-experience"))
        }
    }
    match answers.commitment {
        Commitment::TwoStaffThreeQuarters => reasons.push(Reason::good("fit-reason-commitment")),
        Commitment::LessTime => discuss(&mut reasons, Reason::concern("fit-reason-less-time"), &mut verdict),
        Commitment::CannotCommit => {
            verdict = FitVerdict::NotAFitNow;
            reasons.push(Reason::concern("fit-reason-cannot-commit"));
        }
    }
    (verdict, reasons)
}

pub fn fit_result(application: &Application) -> (AssessmentResult, Option<FitVerdict>) {
    let Some(answers) =
        application.fit_answers.as_deref().and_then(|json| serde_json::from_str::<FitAnswers>(json).ok())
    else {
        return (
            AssessmentResult {
                readiness: Readiness::NotStarted,
                reasons: Vec::new(),
                next_steps: vec!["fit-next-start"],
            },
            None,
        );
    };
    let (verdict, reasons) = score_fit(&answers);
    let (readiness, next_steps) = match verdict {
        FitVerdict::GoodFit => (Readiness::Passed, vec![]),
        FitVerdict::NeedsDiscussion => (Readiness::NeedsAttention, vec!["fit-next-discuss"]),
        FitVerdict::NotAFitNow => (Readiness::NeedsAttention, vec!["fit-next-not-now"]),
    };
    (AssessmentResult { readiness, reasons, next_steps }, Some(verdict))
}

// --- 2. Staff availability ------------------------------------------------------------------

/// The share of their time each junior staff member must give during the two weeks.
pub const MIN_COMMITMENT_PERCENT: i64 = 75;

/// Whether a junior staff member's commitment meets the rule.
pub fn enough_time(percent: impl crate::kernel::layout::Plain<i64>) -> bool {
    percent.plain() >= MIN_COMMITMENT_PERCENT
}

pub fn staff_result(application: &Application) -> AssessmentResult {
    let mut reasons = Vec::new();
    let mut next_steps = Vec::new();
    let approved = application.senior_approved_at.is_some();
    if approved {
        reasons.push(Reason::good("staff-reason-approved"));
    } else {
        reasons.push(Reason::concern("staff-reason-not-approved"));
        next_steps.push("staff-next-approve");
    }
    let mut confirmed = 0;
    let mut below = false;
    for junior in &application.juniors {
        match junior.commitment_percent {
            Some(p) if enough_time(p) => {
                confirmed += 1;
                reasons.push(
                    Reason::good("staff-reason-junior-confirmed")
                        .with("name", &junior.name)
                        .with("percent", p),
                );
            }
            Some(p) => {
                below = true;
                reasons.push(
                    Reason::concern("staff-reason-junior-below")
                        .with("name", &junior.name)
                        .with("percent", p)
                        .with("required", MIN_COMMITMENT_PERCENT),
                );
            }
            None => reasons.push(Reason::concern("staff-reason-junior-waiting").with("name", &junior.name)),
        }
    }
    let named = application.juniors.len();
    if named < 2 {
        reasons.push(Reason::concern("staff-reason-name-juniors").with("count", 2 - named));
        next_steps.push("staff-next-name");
    }
    if below {
        next_steps.push("staff-next-below");
    } else if named == 2 && confirmed < 2 {
        next_steps.push("staff-next-wait");
    }
    let readiness = if approved && confirmed == 2 {
        Readiness::Passed
    } else if below {
        Readiness::NeedsAttention
    } else if !approved && named == 0 {
        Readiness::NotStarted
    } else {
        Readiness::InProgress
    };
    AssessmentResult { readiness, reasons, next_steps }
}

// --- 3. Virtual training capacity -------------------------------------------------------------

/// The basic skills each CSO confirms its team has.
pub const SKILLS: [&str; 4] = ["video_calls", "email", "spreadsheets", "smartphone"];

pub fn parse_skills(json: Option<&str>) -> Option<Vec<String>> {
    json.and_then(|j| serde_json::from_str::<Vec<String>>(j).ok())
}

pub fn capacity_result(application: &Application, limits: &ConnectionThresholds) -> AssessmentResult {
    let mut reasons = Vec::new();
    let mut next_steps = Vec::new();
    let skills = parse_skills(application.capacity_skills.as_deref());
    let mut ok = true;
    match &application.capacity {
        None => {
            ok = false;
            next_steps.push("capacity-next-measure");
        }
        Some(m) => {
            ok &= connection_reasons(m, limits, &mut reasons);
            if !ok {
                next_steps.push("capacity-next-connection");
            }
        }
    }
    match &skills {
        None => {
            ok = false;
            next_steps.push("capacity-next-skills");
        }
        Some(have) => {
            let missing: Vec<&str> =
                SKILLS.iter().copied().filter(|s| !have.iter().any(|h| h == s)).collect();
            if missing.is_empty() {
                reasons.push(Reason::good("capacity-reason-skills"));
            } else {
                ok = false;
                for skill in missing {
                    reasons.push(Reason::concern("capacity-reason-skill-missing").with("skill", skill));
                }
                next_steps.push("capacity-next-skills-help");
            }
        }
    }
    let readiness = if ok {
        Readiness::Passed
    } else if application.capacity.is_none() && skills.is_none() {
        Readiness::NotStarted
    } else if application.capacity.is_none() || skills.is_none() {
        Readiness::InProgress
    } else {
        Readiness::NeedsAttention
    };
    AssessmentResult { readiness, reasons, next_steps }
}

fn connection_reasons(
    m: &CapacityMeasurement,
    limits: &ConnectionThresholds,
    reasons: &mut Vec<Reason>,
) -> bool {
    let mut ok = true;
    let checks = [
        (
            m.latency_ms <= limits.max_latency_ms,
            "capacity-reason-latency",
            m.latency_ms,
            limits.max_latency_ms,
        ),
        (
            m.download_kbps >= limits.min_download_kbps,
            "capacity-reason-download",
            m.download_kbps,
            limits.min_download_kbps,
        ),
        (
            m.upload_kbps >= limits.min_upload_kbps,
            "capacity-reason-upload",
            m.upload_kbps,
            limits.min_upload_kbps,
        ),
    ];
    for (passed, key, measured, limit) in checks {
        ok &= passed;
        reasons.push(Reason {
            key,
            args: vec![("measured", measured.to_string()), ("limit", limit.to_string())],
            good: passed,
        });
    }
    ok
}

/// Whether a CSO may send its application for review, and if not, the message saying why.
pub fn submission_blocker(
    fit: Option<FitVerdict>,
    staff: &AssessmentResult,
    capacity: &AssessmentResult,
) -> Option<&'static str> {
    match fit {
        None => return Some("submit-blocked-fit"),
        Some(FitVerdict::NotAFitNow) => return Some("submit-blocked-not-fit"),
        Some(_) => {}
    }
    if staff.readiness != Readiness::Passed {
        return Some("submit-blocked-staff");
    }
    if matches!(capacity.readiness, Readiness::NotStarted | Readiness::InProgress) {
        return Some("submit-blocked-capacity");
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use store::intake::{ApplicationStatus, JuniorStaff};

    fn answers() -> FitAnswers {
        FitAnswers {
            campaign: "We campaign for safe drinking water in the informal settlements of Kibera, \
                       asking the county to repair broken public taps before the next dry season"
                .into(),
            campaign_stage: CampaignStage::Running,
            decision_makers: "Nairobi County water officer".into(),
            long_term_goals: "Every household in Kibera has safe water within two hundred metres of home"
                .into(),
            data_use: "A survey of working taps would show the county exactly where repairs are needed most"
                .into(),
            data_experience: DataExperience::None,
            commitment: Commitment::TwoStaffThreeQuarters,
        }
    }

    fn application() -> Application {
        let now = store::now();
        Application {
            id: "a".into(),
            organisation_id: "o".into(),
            organisation_name: "Maji Safi".into(),
            organisation_country: "KE".into(),
            round_id: "r".into(),
            round_name: "Round".into(),
            status: ApplicationStatus::Draft,
            fit_answers: None,
            fit_saved_at: None,
            senior_approved_by: None,
            senior_approved_at: None,
            capacity: None,
            capacity_skills: None,
            submitted_at: None,
            decided_at: None,
            decision_message: None,
            builder_id: None,
            training_starts_on: None,
            created_at: now,
            updated_at: now,
            juniors: Vec::new(),
        }
    }

    fn junior(position: i64, percent: Option<i64>) -> JuniorStaff {
        JuniorStaff {
            id: position.to_string(),
            position,
            name: format!("Junior {position}"),
            email: format!("j{position}@example.org"),
            commitment_percent: percent,
            responded_at: percent.map(|_| store::now()),
        }
    }

    #[test]
    fn a_running_campaign_with_clear_answers_is_a_good_fit() {
        let (verdict, reasons) = score_fit(&answers());
        assert_eq!(verdict, FitVerdict::GoodFit);
        assert!(reasons.iter().all(|r| r.good), "{reasons:?}");
    }

    #[test]
    fn a_campaign_idea_or_vague_answers_need_discussion() {
        let (verdict, reasons) = score_fit(&FitAnswers { campaign_stage: CampaignStage::Idea, ..answers() });
        assert_eq!(verdict, FitVerdict::NeedsDiscussion);
        assert!(reasons.iter().any(|r| r.key == "fit-reason-campaign-idea"));
        let (verdict, reasons) = score_fit(&FitAnswers { data_use: "maps".into(), ..answers() });
        assert_eq!(verdict, FitVerdict::NeedsDiscussion);
        let concern = reasons.iter().find(|r| !r.good).unwrap();
        assert_eq!(concern.key, "fit-reason-data-use-vague");
        assert_eq!(concern.args, vec![("words", "10".to_owned())]);
    }

    #[test]
    fn no_campaign_or_no_time_is_not_a_fit_now_whatever_else_is_said() {
        let (verdict, _) = score_fit(&FitAnswers { campaign_stage: CampaignStage::NoCampaign, ..answers() });
        assert_eq!(verdict, FitVerdict::NotAFitNow);
        let (verdict, _) = score_fit(&FitAnswers {
            commitment: Commitment::CannotCommit,
            data_use: "x".into(),
            ..answers()
        });
        assert_eq!(verdict, FitVerdict::NotAFitNow);
    }

    #[test]
    fn an_application_without_senior_approval_is_not_ready() {
        let mut app = application();
        app.juniors = vec![junior(1, Some(80)), junior(2, Some(100))];
        assert_eq!(staff_result(&app).readiness, Readiness::InProgress);
        app.senior_approved_at = Some(store::now());
        assert_eq!(staff_result(&app).readiness, Readiness::Passed);
    }

    #[test]
    fn a_junior_below_three_quarters_time_needs_attention() {
        let mut app = application();
        app.senior_approved_at = Some(store::now());
        app.juniors = vec![junior(1, Some(74)), junior(2, Some(75))];
        let result = staff_result(&app);
        assert_eq!(result.readiness, Readiness::NeedsAttention);
        let below = result.reasons.iter().find(|r| r.key == "staff-reason-junior-below").unwrap();
        assert!(below.args.contains(&("percent", "74".to_owned())));
        assert!(result.next_steps.contains(&"staff-next-below"));
    }

    #[test]
    fn juniors_who_have_not_answered_keep_staff_in_progress() {
        let mut app = application();
        app.senior_approved_at = Some(store::now());
        app.juniors = vec![junior(1, Some(90)), junior(2, None)];
        let result = staff_result(&app);
        assert_eq!(result.readiness, Readiness::InProgress);
        assert!(result.next_steps.contains(&"staff-next-wait"));
        assert_eq!(staff_result(&application()).readiness, Readiness::NotStarted);
    }

    #[test]
    fn capacity_needs_the_connection_and_every_skill() {
        let limits = ConnectionThresholds::default();
        let mut app = application();
        assert_eq!(capacity_result(&app, &limits).readiness, Readiness::NotStarted);
        app.capacity = Some(CapacityMeasurement {
            latency_ms: 120,
            download_kbps: 8000,
            upload_kbps: 2000,
            samples: "[]".into(),
            measured_at: store::now(),
        });
        assert_eq!(capacity_result(&app, &limits).readiness, Readiness::InProgress);
        app.capacity_skills = Some(r#"["video_calls","email","spreadsheets","smartphone"]"#.into());
        assert_eq!(capacity_result(&app, &limits).readiness, Readiness::Passed);
        app.capacity.as_mut().unwrap().upload_kbps = 100;
        let result = capacity_result(&app, &limits);
        assert_eq!(result.readiness, Readiness::NeedsAttention);
        assert!(result.reasons.iter().any(|r| r.key == "capacity-reason-upload" && !r.good));
        app.capacity.as_mut().unwrap().upload_kbps = 2000;
        app.capacity_skills = Some(r#"["email"]"#.into());
        let result = capacity_result(&app, &limits);
        assert_eq!(result.readiness, Readiness::NeedsAttention);
        assert_eq!(result.reasons.iter().filter(|r| r.key == "capacity-reason-skill-missing").count(), 3);
    }

    #[test]
    fn submission_waits_for_fit_staff_and_capacity() {
        let passed = AssessmentResult { readiness: Readiness::Passed, reasons: vec![], next_steps: vec![] };
        let waiting =
            AssessmentResult { readiness: Readiness::InProgress, reasons: vec![], next_steps: vec![] };
        let attention =
            AssessmentResult { readiness: Readiness::NeedsAttention, reasons: vec![], next_steps: vec![] };
        assert_eq!(submission_blocker(None, &passed, &passed), Some("submit-blocked-fit"));
        assert_eq!(
            submission_blocker(Some(FitVerdict::NotAFitNow), &passed, &passed),
            Some("submit-blocked-not-fit")
        );
        assert_eq!(
            submission_blocker(Some(FitVerdict::GoodFit), &waiting, &passed),
            Some("submit-blocked-staff")
        );
        assert_eq!(
            submission_blocker(Some(FitVerdict::GoodFit), &passed, &waiting),
            Some("submit-blocked-capacity")
        );
        assert_eq!(submission_blocker(Some(FitVerdict::NeedsDiscussion), &passed, &attention), None);
    }
}
