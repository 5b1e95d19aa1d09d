//! Commitment and confidence: the hours each of the CSO's people logs per working day, read
//! against the share of their time agreed at intake, and the self-assessment of confidence in
//! using data for campaigns, taken at the start and again at the end of the two weeks.
//!
//! The rules are pure functions ([`standing`], [`loggable_day`], [`confidence_moment`]) so
//! they are tested without a database; the `Store` methods apply them before writing.

use std::collections::HashMap;

use chrono::NaiveDate;
use sqlx::Row;
use sqlx::any::AnyRow;

use super::Engagement;
use super::calendar::{DAYS, PlanDay, date_of_day};
use crate::clock::{Timestamp, from_text, to_text};
use crate::types::Role;
use crate::{Error, Result, Store};

// --- Hours -----------------------------------------------------------------------------------

/// A working day, in minutes.
pub const WORKING_DAY_MINUTES: i64 = 8 * 60;

/// The share of their time someone is expected to give when the intake recorded none for them
/// (the programme's rule: three quarters of their working time).
pub const DEFAULT_COMMITMENT_PERCENT: i64 = 75;

/// The rule broken when hours are logged for a day that has not come yet.
pub const HOURS_FUTURE_DAY: &str = "hours cannot be logged for a day that has not come yet";
/// The rule broken when hours are logged for a day outside the ten working days.
pub const HOURS_NOT_A_DAY: &str = "the day is not one of the ten working days";

/// Time worked on one day, as typed: whole or decimal hours ("6", "5.5", "5,5") or hours and
/// minutes ("5:30"), from 0 to 24 hours, kept to the minute.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hours(i64);

/// Why typed hours were refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HoursError {
    Empty,
    NotANumber,
    TooMany,
}

impl Hours {
    pub const MAX_MINUTES: i64 = 24 * 60;

    pub fn parse(raw: &str) -> std::result::Result<Self, HoursError> {
        let text = raw.trim().trim_end_matches(['h', 'H']).trim().replace(',', ".");
        if text.is_empty() {
            return Err(HoursError::Empty);
        }
        let minutes = if let Some((hours, minutes)) = text.split_once(':') {
            let digits = |s: &str| !s.is_empty() && s.len() <= 2 && s.bytes().all(|b| b.is_ascii_digit());
            if !digits(hours) || minutes.len() != 2 || !digits(minutes) {
                return Err(HoursError::NotANumber);
            }
            let (hours, minutes): (i64, i64) = (
                hours.parse().map_err(|_| HoursError::NotANumber)?,
                minutes.parse().map_err(|_| HoursError::NotANumber)?,
            );
            if minutes >= 60 {
                return Err(HoursError::NotANumber);
            }
            hours * 60 + minutes
        } else {
            // Digits and at most one point: no signs, exponents, "inf" or "NaN".
            let points = text.bytes().filter(|b| *b == b'.').count();
            if points > 1
                || text == "."
                || !text.bytes().all(|b| b.is_ascii_digit() || b == b'.')
                || text.len() > 8
            {
                return Err(HoursError::NotANumber);
            }
            let hours: f64 = text.parse().map_err(|_| HoursError::NotANumber)?;
            (hours * 60.0).round() as i64
        };
        if minutes > Self::MAX_MINUTES {
            return Err(HoursError::TooMany);
        }
        Ok(Self(minutes))
    }

    pub fn from_minutes(minutes: i64) -> Option<Self> {
        (0..=Self::MAX_MINUTES).contains(&minutes).then_some(Self(minutes))
    }

    pub fn minutes(self) -> i64 {
        self.0
    }
}

/// A short note on what the time went to: trimmed, optional, up to 500 characters.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HoursNote(Option<String>);

/// The note is longer than [`HoursNote::MAX`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NoteTooLong;

impl HoursNote {
    pub const MAX: usize = 500;

    pub fn parse(raw: &str) -> std::result::Result<Self, NoteTooLong> {
        let text = raw.trim();
        if text.chars().count() > Self::MAX {
            return Err(NoteTooLong);
        }
        Ok(Self((!text.is_empty()).then(|| text.to_owned())))
    }

    pub fn as_deref(&self) -> Option<&str> {
        self.0.as_deref()
    }
}

/// One day's time, as a person logs it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DayLog {
    /// The working day (1 to 10).
    pub day: u8,
    pub hours: Hours,
    pub note: HoursNote,
}

/// Why hours cannot be logged for a day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DayProblem {
    /// Not one of the ten working days.
    NotADay,
    /// The day has not come yet.
    Future,
}

/// Whether hours may be logged for working `day` of a training that starts on `starts_on`,
/// when it is `today`: any of the ten days that has come (today included), never a later one.
pub fn loggable_day(starts_on: NaiveDate, day: u8, today: NaiveDate) -> std::result::Result<(), DayProblem> {
    if !(1..=DAYS).contains(&day) {
        return Err(DayProblem::NotADay);
    }
    if date_of_day(starts_on, day) > today {
        return Err(DayProblem::Future);
    }
    Ok(())
}

/// The working days whose hours are expected by now: those that have ended. Today is not
/// counted until it is over, so nobody is warned in the morning for a day not yet worked.
pub fn days_elapsed(plan_day: PlanDay) -> u8 {
    match plan_day {
        PlanDay::Before { .. } => 0,
        PlanDay::Day(day) => day - 1,
        PlanDay::Weekend { next } => next - 1,
        PlanDay::After => DAYS,
    }
}

/// The minutes expected after `days` working days from someone who agreed to give `percent`
/// of an 8-hour working day: 75% is 6 hours a day.
pub fn expected_minutes(percent: i64, days: u8) -> i64 {
    i64::from(days) * WORKING_DAY_MINUTES * percent.clamp(0, 100) / 100
}

/// What someone owes the two weeks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Commitment {
    /// A share of their working day recorded at intake, in percent.
    Agreed(i64),
    /// A junior staff member with no share recorded: the programme's 75%.
    Programme,
    /// The senior lead with no share recorded: their hours count, none are expected.
    NotExpected,
}

impl Commitment {
    /// What `percent` (recorded at intake, if at all) means for someone who is, or is not,
    /// one of the CSO's junior staff.
    pub fn of(percent: Option<i64>, junior_staff: bool) -> Self {
        match (percent, junior_staff) {
            (Some(percent), _) => Commitment::Agreed(percent),
            (None, true) => Commitment::Programme,
            (None, false) => Commitment::NotExpected,
        }
    }

    /// The share of the working day expected.
    pub fn percent(self) -> i64 {
        match self {
            Commitment::Agreed(percent) => percent,
            Commitment::Programme => DEFAULT_COMMITMENT_PERCENT,
            Commitment::NotExpected => 0,
        }
    }
}

/// Someone's time so far against what they agreed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Standing {
    pub commitment: Commitment,
    /// The share of their working day expected (see [`Commitment::percent`]).
    pub percent: i64,
    pub days_elapsed: u8,
    pub logged_minutes: i64,
    pub expected_minutes: i64,
}

impl Standing {
    /// Below the agreed commitment: less time logged than expected for the days that ended.
    pub fn is_below(&self) -> bool {
        self.logged_minutes < self.expected_minutes
    }

    /// The minutes missing to reach what is expected (0 when none are).
    pub fn shortfall_minutes(&self) -> i64 {
        (self.expected_minutes - self.logged_minutes).max(0)
    }

    /// Minutes expected per working day.
    pub fn daily_minutes(&self) -> i64 {
        expected_minutes(self.percent, 1)
    }
}

/// Where someone stands: `logged_minutes` (every day logged so far, today's included) against
/// their commitment's share of 8 hours for each working day that has ended.
pub fn standing(commitment: Commitment, logged_minutes: i64, plan_day: PlanDay) -> Standing {
    let days = days_elapsed(plan_day);
    let agreed = commitment.percent();
    Standing {
        commitment,
        percent: agreed,
        days_elapsed: days,
        logged_minutes,
        expected_minutes: expected_minutes(agreed, days),
    }
}

/// One day's hours of one person.
#[derive(Debug, Clone)]
pub struct HoursEntry {
    pub user_id: String,
    pub day: u8,
    pub minutes: i64,
    pub note: Option<String>,
    pub logged_at: Timestamp,
}

/// One of the CSO's people: their days and where they stand.
#[derive(Debug, Clone)]
pub struct PersonHours {
    pub user_id: String,
    pub name: String,
    pub days: Vec<HoursEntry>,
    pub standing: Standing,
}

impl PersonHours {
    pub fn minutes_on(&self, day: u8) -> Option<i64> {
        self.days.iter().find(|e| e.day == day).map(|e| e.minutes)
    }
}

fn hours_from_row(row: &AnyRow) -> Result<HoursEntry> {
    let day: i64 = row.try_get("day")?;
    Ok(HoursEntry {
        user_id: row.try_get("user_id")?,
        day: u8::try_from(day).map_err(|_| Error::Corrupt(format!("hours day {day}")))?,
        minutes: row.try_get("minutes")?,
        note: row.try_get("note")?,
        logged_at: from_text(&row.try_get::<String, _>("logged_at")?)?,
    })
}

// --- Confidence -------------------------------------------------------------------------------

/// The statements of the confidence self-assessment, by stable id (their texts are translated
/// by the web layer as `confidence-statement-ID`). Answers are stored keyed by these ids.
pub const CONFIDENCE_STATEMENTS: [&str; 7] =
    ["goal", "smart", "evidence", "survey", "responsible", "analyse", "explain"];

/// The lowest and highest score: every statement rated 1, or every one rated 5.
pub const CONFIDENCE_MIN_SCORE: i64 = CONFIDENCE_STATEMENTS.len() as i64;
pub const CONFIDENCE_MAX_SCORE: i64 = 5 * CONFIDENCE_STATEMENTS.len() as i64;

/// The last working day on which the start assessment is taken.
pub const CONFIDENCE_START_UNTIL_DAY: u8 = 3;
/// The working day from which the end assessment is taken.
pub const CONFIDENCE_END_FROM_DAY: u8 = 9;

/// The rule broken when the self-assessment is taken outside its two windows.
pub const CONFIDENCE_CLOSED: &str = "the confidence self-assessment is taken up to day 3 and from day 9";

/// When a self-assessment is taken.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Moment {
    /// At the start: from when the engagement opens until day 3.
    Start,
    /// At the end: from day 9 onward.
    End,
}

impl Moment {
    pub const ALL: [Moment; 2] = [Moment::Start, Moment::End];

    pub fn as_str(self) -> &'static str {
        match self {
            Moment::Start => "start",
            Moment::End => "end",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|m| m.as_str() == text)
    }
}

/// Which self-assessment is open on `today`, if any: the start one until day 3 (the
/// engagement exists from its acceptance, so earlier days are in), the end one from day 9.
pub fn confidence_moment(starts_on: NaiveDate, today: NaiveDate) -> Option<Moment> {
    if today <= date_of_day(starts_on, CONFIDENCE_START_UNTIL_DAY) {
        Some(Moment::Start)
    } else if today >= date_of_day(starts_on, CONFIDENCE_END_FROM_DAY) {
        Some(Moment::End)
    } else {
        None
    }
}

/// A complete set of answers: each statement of [`CONFIDENCE_STATEMENTS`] rated 1 to 5.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConfidenceAnswers([u8; CONFIDENCE_STATEMENTS.len()]);

impl ConfidenceAnswers {
    /// Reads each statement's rating through `answer` (by statement id). The error lists the
    /// ids left unanswered or answered with anything but 1 to 5.
    pub fn parse<'a>(
        answer: impl Fn(&str) -> Option<&'a str>,
    ) -> std::result::Result<Self, Vec<&'static str>> {
        let mut ratings = [0u8; CONFIDENCE_STATEMENTS.len()];
        let mut missing = Vec::new();
        for (slot, id) in ratings.iter_mut().zip(CONFIDENCE_STATEMENTS) {
            match answer(id).map(str::trim).and_then(|a| a.parse::<u8>().ok()).filter(|r| (1..=5).contains(r))
            {
                Some(rating) => *slot = rating,
                None => missing.push(id),
            }
        }
        if missing.is_empty() { Ok(Self(ratings)) } else { Err(missing) }
    }

    /// The ratings in the order of [`CONFIDENCE_STATEMENTS`].
    pub fn ratings(&self) -> &[u8] {
        &self.0
    }

    /// The sum of the ratings, from [`CONFIDENCE_MIN_SCORE`] to [`CONFIDENCE_MAX_SCORE`].
    pub fn score(&self) -> i64 {
        self.0.iter().map(|r| i64::from(*r)).sum()
    }

    /// The answers as stored: a JSON object from statement id to rating.
    fn to_json(&self) -> String {
        let map: serde_json::Map<String, serde_json::Value> =
            CONFIDENCE_STATEMENTS.iter().zip(self.0).map(|(id, r)| ((*id).to_owned(), r.into())).collect();
        serde_json::Value::Object(map).to_string()
    }
}

/// A self-assessment as stored.
#[derive(Debug, Clone)]
pub struct Assessment {
    pub user_id: String,
    pub moment: Moment,
    /// The rating of each statement of [`CONFIDENCE_STATEMENTS`] (`None` if a later version of
    /// the questionnaire added it).
    pub ratings: Vec<Option<u8>>,
    pub score: i64,
    pub taken_at: Timestamp,
}

fn assessment_from_row(row: &AnyRow) -> Result<Assessment> {
    let moment: String = row.try_get("moment")?;
    let answers: String = row.try_get("answers")?;
    let answers: serde_json::Map<String, serde_json::Value> =
        serde_json::from_str(&answers).map_err(|e| Error::Corrupt(format!("confidence answers: {e}")))?;
    Ok(Assessment {
        user_id: row.try_get("user_id")?,
        moment: Moment::parse(&moment)
            .ok_or_else(|| Error::Corrupt(format!("confidence moment {moment:?}")))?,
        ratings: CONFIDENCE_STATEMENTS
            .iter()
            .map(|id| answers.get(*id).and_then(|v| v.as_u64()).and_then(|r| u8::try_from(r).ok()))
            .collect(),
        score: row.try_get("score")?,
        taken_at: from_text(&row.try_get::<String, _>("taken_at")?)?,
    })
}

/// A count of scores and their mean.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct ScoreAverage {
    pub count: i64,
    pub sum: i64,
}

impl ScoreAverage {
    pub fn mean(&self) -> Option<f64> {
        (self.count > 0).then(|| self.sum as f64 / self.count as f64)
    }

    fn add(&mut self, other: ScoreAverage) {
        self.count += other.count;
        self.sum += other.sum;
    }
}

/// One engagement's start and end scores, for the programme's reports.
#[derive(Debug, Clone)]
pub struct EngagementConfidence {
    pub engagement_id: String,
    pub organisation_name: String,
    pub builder_name: String,
    pub starts_on: NaiveDate,
    pub start: ScoreAverage,
    pub end: ScoreAverage,
}

/// Every engagement with an assessment, and all of them together.
#[derive(Debug, Clone, Default)]
pub struct ConfidenceReport {
    pub engagements: Vec<EngagementConfidence>,
    pub start: ScoreAverage,
    pub end: ScoreAverage,
}

impl Store {
    // --- Hours ---

    /// Logs (or corrects) the minutes `user_id` worked on working `day`, refusing a day that
    /// has not come by `today`. One row per person per day: logging again replaces it.
    pub async fn log_hours(
        &self,
        engagement: &Engagement,
        user_id: &str,
        logged: &DayLog,
        today: NaiveDate,
        at: Timestamp,
    ) -> Result<()> {
        let DayLog { day, hours, note } = logged;
        match loggable_day(engagement.starts_on, *day, today) {
            Err(DayProblem::NotADay) => return Err(Error::Rule(HOURS_NOT_A_DAY)),
            Err(DayProblem::Future) => return Err(Error::Rule(HOURS_FUTURE_DAY)),
            Ok(()) => {}
        }
        sqlx::query(
            "INSERT INTO hours_logs (engagement_id, user_id, day, minutes, note, logged_at) \
             VALUES ($1, $2, $3, $4, $5, $6) \
             ON CONFLICT (engagement_id, user_id, day) \
             DO UPDATE SET minutes = excluded.minutes, note = excluded.note, logged_at = excluded.logged_at",
        )
        .bind(&engagement.id)
        .bind(user_id)
        .bind(i64::from(*day))
        .bind(hours.minutes())
        .bind(note.as_deref())
        .bind(to_text(at))
        .execute(self.pool())
        .await?;
        Ok(())
    }

    /// Every day logged in an engagement, by person and day.
    pub async fn hours_logged(&self, engagement_id: &str) -> Result<Vec<HoursEntry>> {
        let rows = sqlx::query("SELECT * FROM hours_logs WHERE engagement_id = $1 ORDER BY user_id, day")
            .bind(engagement_id)
            .fetch_all(self.pool())
            .await?;
        rows.iter().map(hours_from_row).collect()
    }

    /// The share of their time each of the CSO's people agreed at intake, by user id: the
    /// junior staff named on the engagement's application, matched to accounts by email.
    pub async fn agreed_commitments(&self, engagement: &Engagement) -> Result<HashMap<String, i64>> {
        let rows = sqlx::query(
            "SELECT u.id AS user_id, j.commitment_percent FROM junior_staff j \
             JOIN users u ON LOWER(u.email) = LOWER(j.email) \
             WHERE j.application_id = $1 AND u.organisation_id = $2 AND j.commitment_percent IS NOT NULL",
        )
        .bind(&engagement.application_id)
        .bind(&engagement.organisation_id)
        .fetch_all(self.pool())
        .await?;
        rows.iter().map(|row| Ok((row.try_get("user_id")?, row.try_get("commitment_percent")?))).collect()
    }

    /// Each of the CSO's people, by name, with their days and where they stand on `today`.
    pub async fn team_hours(&self, engagement: &Engagement, today: NaiveDate) -> Result<Vec<PersonHours>> {
        let team = self.engagement_team(engagement).await?;
        let agreed = self.agreed_commitments(engagement).await?;
        let logged = self.hours_logged(&engagement.id).await?;
        let plan_day = engagement.plan_day(today);
        Ok(team
            .into_iter()
            .map(|user| {
                let days: Vec<HoursEntry> = logged.iter().filter(|e| e.user_id == user.id).cloned().collect();
                let total = days.iter().map(|e| e.minutes).sum();
                let commitment = Commitment::of(agreed.get(&user.id).copied(), user.role == Role::CsoStaff);
                let standing = standing(commitment, total, plan_day);
                PersonHours { user_id: user.id, name: user.name, days, standing }
            })
            .collect())
    }

    // --- Confidence ---

    /// Records `user_id`'s self-assessment for whichever moment is open on `today` (taking it
    /// again in the same window replaces the answers). Returns the moment.
    pub async fn take_confidence(
        &self,
        engagement: &Engagement,
        user_id: &str,
        answers: &ConfidenceAnswers,
        today: NaiveDate,
        at: Timestamp,
    ) -> Result<Moment> {
        let moment = confidence_moment(engagement.starts_on, today).ok_or(Error::Rule(CONFIDENCE_CLOSED))?;
        sqlx::query(
            "INSERT INTO confidence_assessments (engagement_id, user_id, moment, answers, score, taken_at) \
             VALUES ($1, $2, $3, $4, $5, $6) \
             ON CONFLICT (engagement_id, user_id, moment) \
             DO UPDATE SET answers = excluded.answers, score = excluded.score, taken_at = excluded.taken_at",
        )
        .bind(&engagement.id)
        .bind(user_id)
        .bind(moment.as_str())
        .bind(answers.to_json())
        .bind(answers.score())
        .bind(to_text(at))
        .execute(self.pool())
        .await?;
        Ok(moment)
    }

    /// An engagement's self-assessments.
    pub async fn confidence_assessments(&self, engagement_id: &str) -> Result<Vec<Assessment>> {
        let rows = sqlx::query(
            "SELECT * FROM confidence_assessments WHERE engagement_id = $1 ORDER BY user_id, moment DESC",
        )
        .bind(engagement_id)
        .fetch_all(self.pool())
        .await?;
        rows.iter().map(assessment_from_row).collect()
    }

    /// Average start and end scores per engagement (latest start first) and overall.
    pub async fn confidence_report(&self) -> Result<ConfidenceReport> {
        let rows = sqlx::query(
            "SELECT e.id, e.starts_on, o.name AS organisation_name, u.name AS builder_name, c.moment, \
               COUNT(*) AS answers, CAST(SUM(c.score) AS BIGINT) AS total \
             FROM confidence_assessments c JOIN engagements e ON e.id = c.engagement_id \
             JOIN organisations o ON o.id = e.organisation_id JOIN users u ON u.id = e.builder_id \
             GROUP BY e.id, e.starts_on, o.name, u.name, c.moment \
             ORDER BY e.starts_on DESC, o.name, e.id",
        )
        .fetch_all(self.pool())
        .await?;
        let mut report = ConfidenceReport::default();
        for row in &rows {
            let id: String = row.try_get("id")?;
            let moment: String = row.try_get("moment")?;
            let scores = ScoreAverage { count: row.try_get("answers")?, sum: row.try_get("total")? };
            if report.engagements.last().is_none_or(|e| e.engagement_id != id) {
                report.engagements.push(EngagementConfidence {
                    engagement_id: id,
                    organisation_name: row.try_get("organisation_name")?,
                    builder_name: row.try_get("builder_name")?,
                    starts_on: crate::clock::date(&row.try_get::<String, _>("starts_on")?)?,
                    start: ScoreAverage::default(),
                    end: ScoreAverage::default(),
                });
            }
            let engagement = report.engagements.last_mut().expect("pushed above");
            match Moment::parse(&moment) {
                Some(Moment::Start) => {
                    engagement.start.add(scores);
                    report.start.add(scores);
                }
                Some(Moment::End) => {
                    engagement.end.add(scores);
                    report.end.add(scores);
                }
                None => return Err(Error::Corrupt(format!("confidence moment {moment:?}"))),
            }
        }
        Ok(report)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn hours_are_typed_as_people_say_them() {
        for (typed, minutes) in [
            ("6", 360),
            ("5.5", 330),
            ("5,5", 330),
            (" 7.25 ", 435),
            ("0", 0),
            ("4h", 240),
            ("5:30", 330),
            (".5", 30),
            ("24", 1440),
        ] {
            assert_eq!(Hours::parse(typed).map(Hours::minutes), Ok(minutes), "{typed:?}");
        }
        assert_eq!(Hours::parse("  "), Err(HoursError::Empty));
        for bad in ["-1", "six", "1e1", "inf", "NaN", "5.5.5", "5:3", "5:75", "."] {
            assert_eq!(Hours::parse(bad), Err(HoursError::NotANumber), "{bad:?}");
        }
        assert_eq!(Hours::parse("24.5"), Err(HoursError::TooMany));
        assert_eq!(Hours::parse("60"), Err(HoursError::TooMany));
    }

    #[test]
    fn notes_are_optional_and_bounded() {
        assert_eq!(HoursNote::parse("  ").unwrap().as_deref(), None);
        assert_eq!(HoursNote::parse(" survey ").unwrap().as_deref(), Some("survey"));
        assert_eq!(HoursNote::parse(&"x".repeat(501)), Err(NoteTooLong));
    }

    #[test]
    fn hours_are_logged_for_days_that_have_come() {
        // Monday 2 November 2026; day 6 is Monday 9 November.
        let start = d(2026, 11, 2);
        assert_eq!(loggable_day(start, 1, start), Ok(()));
        assert_eq!(loggable_day(start, 2, start), Err(DayProblem::Future));
        assert_eq!(loggable_day(start, 5, d(2026, 11, 8)), Ok(()));
        assert_eq!(loggable_day(start, 6, d(2026, 11, 8)), Err(DayProblem::Future));
        assert_eq!(loggable_day(start, 10, d(2026, 12, 1)), Ok(()));
        assert_eq!(loggable_day(start, 0, d(2026, 12, 1)), Err(DayProblem::NotADay));
        assert_eq!(loggable_day(start, 11, d(2026, 12, 1)), Err(DayProblem::NotADay));
    }

    #[test]
    fn only_days_that_have_ended_are_expected() {
        assert_eq!(days_elapsed(PlanDay::Before { days: 3 }), 0);
        assert_eq!(days_elapsed(PlanDay::Day(1)), 0);
        assert_eq!(days_elapsed(PlanDay::Day(4)), 3);
        assert_eq!(days_elapsed(PlanDay::Weekend { next: 6 }), 5);
        assert_eq!(days_elapsed(PlanDay::After), 10);
    }

    #[test]
    fn three_quarters_of_an_eight_hour_day_is_six_hours() {
        assert_eq!(expected_minutes(75, 1), 6 * 60);
        assert_eq!(expected_minutes(75, 10), 60 * 60);
        assert_eq!(expected_minutes(100, 2), 16 * 60);
        assert_eq!(expected_minutes(80, 3), 1152);
        assert_eq!(expected_minutes(75, 0), 0);
        assert_eq!(expected_minutes(150, 1), 8 * 60, "a percentage is at most 100");
    }

    #[test]
    fn someone_below_their_commitment_is_warned() {
        // Day 3: days 1 and 2 have ended, 12 hours expected at 75%.
        let below = standing(Commitment::Programme, 11 * 60, PlanDay::Day(3));
        assert_eq!(below.percent, 75);
        assert_eq!(below.expected_minutes, 12 * 60);
        assert!(below.is_below());
        assert_eq!(below.shortfall_minutes(), 60);
        let enough = standing(Commitment::Programme, 12 * 60, PlanDay::Day(3));
        assert!(!enough.is_below());
        assert_eq!(enough.shortfall_minutes(), 0);
        // Today's hours count before today is expected.
        assert!(!standing(Commitment::Programme, 13 * 60, PlanDay::Day(3)).is_below());
        // An agreed 100% expects the whole day.
        let full = standing(Commitment::Agreed(100), 12 * 60, PlanDay::Day(3));
        assert!(full.is_below());
        assert_eq!(full.daily_minutes(), 8 * 60);
        // Nobody is warned on the first morning.
        assert!(!standing(Commitment::Agreed(100), 0, PlanDay::Day(1)).is_below());
        assert!(!standing(Commitment::Programme, 0, PlanDay::Before { days: 2 }).is_below());
        // After the two weeks, all ten days count.
        assert!(standing(Commitment::Programme, 59 * 60, PlanDay::After).is_below());
        assert!(!standing(Commitment::Programme, 60 * 60, PlanDay::After).is_below());
        // A senior lead with no share recorded is never below; a junior without one owes 75%,
        // and a share recorded at intake counts whoever agreed it.
        let lead = standing(Commitment::of(None, false), 0, PlanDay::After);
        assert!(!lead.is_below() && lead.expected_minutes == 0);
        assert_eq!(Commitment::of(None, true), Commitment::Programme);
        assert_eq!(Commitment::of(Some(50), false), Commitment::Agreed(50));
    }

    #[test]
    fn the_confidence_windows() {
        let start = d(2026, 11, 2);
        assert_eq!(confidence_moment(start, d(2026, 10, 20)), Some(Moment::Start));
        assert_eq!(confidence_moment(start, start), Some(Moment::Start));
        assert_eq!(confidence_moment(start, d(2026, 11, 4)), Some(Moment::Start));
        assert_eq!(confidence_moment(start, d(2026, 11, 5)), None);
        assert_eq!(confidence_moment(start, d(2026, 11, 11)), None);
        assert_eq!(confidence_moment(start, d(2026, 11, 12)), Some(Moment::End));
        assert_eq!(confidence_moment(start, d(2026, 12, 12)), Some(Moment::End));
    }

    #[test]
    fn confidence_answers_are_complete_and_scored() {
        let all = |rating: &'static str| move |_: &str| Some(rating);
        let answers = ConfidenceAnswers::parse(all("4")).unwrap();
        assert_eq!(answers.score(), 28);
        assert_eq!(ConfidenceAnswers::parse(all("1")).unwrap().score(), CONFIDENCE_MIN_SCORE);
        assert_eq!(ConfidenceAnswers::parse(all("5")).unwrap().score(), CONFIDENCE_MAX_SCORE);
        assert_eq!(ConfidenceAnswers::parse(all("6")).unwrap_err().len(), CONFIDENCE_STATEMENTS.len());
        let missing = ConfidenceAnswers::parse(|id| (id != "smart").then_some("3")).unwrap_err();
        assert_eq!(missing, vec!["smart"]);
        let json: serde_json::Value = serde_json::from_str(&answers.to_json()).unwrap();
        assert_eq!(json["explain"], 4);
        assert_eq!(json.as_object().unwrap().len(), CONFIDENCE_STATEMENTS.len());
    }
}
