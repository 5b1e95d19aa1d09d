//! Calls: the video calls of an engagement (any HTTPS meeting link, by default a new Jitsi
//! Meet room), their agenda, notes and attendance; the reminders emailed before each; and each
//! person's calendar feed token.
//!
//! Times are stored in UTC. People enter and read them in the time zone of the CSO's country
//! ([`time_zone`]); the rules here (inside the two weeks, no overlap, not in the past, which
//! reminder is due) take the current time from the caller, so tests can move the clock.

use chrono::{Duration, NaiveDate, NaiveDateTime, NaiveTime, TimeZone, Utc};
pub use chrono_tz::Tz;
use rand::Rng;
use sqlx::Row;
use sqlx::any::AnyRow;

use super::{DeliverableKind, Engagement};
use crate::accounts::User;
use crate::clock::{Timestamp, date, from_text, opt_from_text, to_text};
use crate::outbox::{OutgoingEmail, insert_email};
use crate::types::{Secret, new_id};
use crate::{Error, Result, Store};

/// Shortest and longest call, in minutes (the table checks the same bounds).
pub const MIN_MINUTES: i64 = 10;
pub const MAX_MINUTES: i64 = 240;
pub const MAX_AGENDA: usize = 4000;
pub const MAX_NOTES: usize = 20_000;
const MAX_URL: usize = 500;
/// Where default meeting rooms are made: Jitsi Meet needs no account to join.
pub const JITSI_BASE: &str = "https://meet.jit.si/";

/// The broken rules, as [`Error::Rule`] texts.
pub const CALL_IN_PAST: &str = "the call would start in the past";
pub const CALL_OUTSIDE: &str = "the call is outside the engagement's two weeks";
pub const CALL_OVERLAPS: &str = "the call overlaps another call of the engagement";
pub const CALL_STARTED: &str = "the call has already started";
pub const CALL_NOT_STARTED: &str = "the call has not started yet";
pub const CALL_CANCELLED: &str = "the call is cancelled";
pub const CALL_ATTENDEE_UNKNOWN: &str = "the person is not in the CSO's team";

/// The time zone people of a programme country read times in: the zone of the capital, which
/// is also where most people live (Brazil: São Paulo; Mexico: Mexico City; Indonesia:
/// Jakarta; Argentina: Buenos Aires; Ecuador: the mainland). Unknown countries read UTC.
pub fn time_zone(country: &str) -> Tz {
    match country {
        "AR" => Tz::America__Argentina__Buenos_Aires,
        "BD" => Tz::Asia__Dhaka,
        "BO" => Tz::America__La_Paz,
        "BR" => Tz::America__Sao_Paulo,
        "CO" => Tz::America__Bogota,
        "EC" => Tz::America__Guayaquil,
        "ET" => Tz::Africa__Addis_Ababa,
        "GH" => Tz::Africa__Accra,
        "GT" => Tz::America__Guatemala,
        "ID" => Tz::Asia__Jakarta,
        "IN" => Tz::Asia__Kolkata,
        "KE" => Tz::Africa__Nairobi,
        "LK" => Tz::Asia__Colombo,
        "MW" => Tz::Africa__Blantyre,
        "MX" => Tz::America__Mexico_City,
        "NG" => Tz::Africa__Lagos,
        "NP" => Tz::Asia__Kathmandu,
        "PE" => Tz::America__Lima,
        "PH" => Tz::Asia__Manila,
        "PK" => Tz::Asia__Karachi,
        "RW" => Tz::Africa__Kigali,
        "TZ" => Tz::Africa__Dar_es_Salaam,
        "UG" => Tz::Africa__Kampala,
        "ZA" => Tz::Africa__Johannesburg,
        _ => Tz::UTC,
    }
}

/// The UTC instant of a wall-clock time in `zone`; `None` when the clock skips it (a
/// daylight-saving jump). A time that happens twice is taken the first time.
pub fn local_to_utc(day: NaiveDate, time: NaiveTime, zone: Tz) -> Option<Timestamp> {
    zone.from_local_datetime(&NaiveDateTime::new(day, time)).earliest().map(|t| t.with_timezone(&Utc))
}

/// The first instant of `day` in `zone`.
fn start_of_day(day: NaiveDate, zone: Tz) -> Timestamp {
    let midnight = NaiveDateTime::new(day, NaiveTime::MIN);
    local_to_utc(day, NaiveTime::MIN, zone).unwrap_or_else(|| Utc.from_utc_datetime(&midnight))
}

impl Engagement {
    /// The zone its calls are entered and shown in (the CSO's country).
    pub fn time_zone(&self) -> Tz {
        time_zone(&self.country)
    }

    /// The date where the CSO works at the instant `at`: the days of the two weeks are theirs.
    pub fn local_date(&self, at: Timestamp) -> NaiveDate {
        at.with_timezone(&self.time_zone()).date_naive()
    }

    /// The two weeks as UTC instants: from the first day's midnight to the midnight after the
    /// last day, in the CSO's zone.
    pub fn span(&self) -> (Timestamp, Timestamp) {
        let zone = self.time_zone();
        (start_of_day(self.starts_on, zone), start_of_day(self.ends_on + Duration::days(1), zone))
    }
}

/// Why a field of a call was refused. The web layer shows each beside its field.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum CallProblem {
    #[error("the date is not a date")]
    Date,
    #[error("the time is not a time of day")]
    Time,
    #[error("the clock skips this time in the zone (daylight saving)")]
    TimeSkipped,
    #[error("the length is not between 10 and 240 minutes")]
    Minutes,
    #[error("the meeting link is not an https:// address")]
    MeetingUrl,
    #[error("the agenda is empty")]
    AgendaEmpty,
    #[error("the agenda is too long")]
    AgendaTooLong,
    #[error("the notes are too long")]
    NotesTooLong,
}

/// A meeting link: an absolute `https://` URL with a dotted host and no credentials in it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MeetingUrl(String);

impl MeetingUrl {
    pub fn parse(raw: &str) -> std::result::Result<Self, CallProblem> {
        let raw = raw.trim();
        if raw.len() > MAX_URL || raw.chars().any(char::is_whitespace) {
            return Err(CallProblem::MeetingUrl);
        }
        let url = url::Url::parse(raw).map_err(|_| CallProblem::MeetingUrl)?;
        // A meeting is on a named server (`meet.jit.si`), never on a bare word such as `zoom`.
        let has_host = url.host_str().is_some_and(|h| h.contains('.'));
        if url.scheme() != "https" || !has_host || !url.username().is_empty() || url.password().is_some() {
            return Err(CallProblem::MeetingUrl);
        }
        Ok(Self(url.to_string()))
    }

    /// A new Jitsi Meet room whose name cannot be guessed (about 119 random bits).
    pub fn new_jitsi() -> Self {
        let room: String =
            rand::rng().sample_iter(rand::distr::Alphanumeric).take(20).map(char::from).collect();
        Self(format!("{JITSI_BASE}DataShift-{room}"))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// What a call form says, as typed: a local date and time in the CSO's zone, a length, a
/// meeting link (empty: a new Jitsi room) and an agenda.
#[derive(Debug, Clone, Copy)]
pub struct CallInput<'a> {
    pub date: &'a str,
    pub time: &'a str,
    pub minutes: &'a str,
    pub meeting_url: &'a str,
    pub agenda: &'a str,
}

/// A call's time, length, link and agenda, each checked.
#[derive(Debug, Clone)]
pub struct CallPlan {
    starts_at: Timestamp,
    minutes: i64,
    meeting_url: MeetingUrl,
    agenda: String,
}

impl CallPlan {
    /// Reads a call form; every field's problem is reported, not only the first.
    pub fn parse(input: CallInput<'_>, zone: Tz) -> std::result::Result<Self, Vec<CallProblem>> {
        let mut problems = Vec::new();
        let day = parse_date(input.date);
        let time = parse_time(input.time);
        if day.is_none() {
            problems.push(CallProblem::Date);
        }
        if time.is_none() {
            problems.push(CallProblem::Time);
        }
        let starts_at = match (day, time) {
            (Some(day), Some(time)) => {
                let at = local_to_utc(day, time, zone);
                if at.is_none() {
                    problems.push(CallProblem::TimeSkipped);
                }
                at
            }
            _ => None,
        };
        let minutes =
            input.minutes.trim().parse::<i64>().ok().filter(|m| (MIN_MINUTES..=MAX_MINUTES).contains(m));
        if minutes.is_none() {
            problems.push(CallProblem::Minutes);
        }
        let meeting_url = if input.meeting_url.trim().is_empty() {
            Ok(MeetingUrl::new_jitsi())
        } else {
            MeetingUrl::parse(input.meeting_url)
        };
        if let Err(problem) = &meeting_url {
            problems.push(*problem);
        }
        let agenda = input.agenda.trim();
        if agenda.is_empty() {
            problems.push(CallProblem::AgendaEmpty);
        } else if agenda.chars().count() > MAX_AGENDA {
            problems.push(CallProblem::AgendaTooLong);
        }
        match (starts_at, minutes, meeting_url) {
            (Some(starts_at), Some(minutes), Ok(meeting_url)) if problems.is_empty() => {
                Ok(Self { starts_at, minutes, meeting_url, agenda: agenda.to_owned() })
            }
            _ => Err(problems),
        }
    }

    pub fn starts_at(&self) -> Timestamp {
        self.starts_at
    }

    pub fn ends_at(&self) -> Timestamp {
        self.starts_at + Duration::minutes(self.minutes)
    }

    pub fn minutes(&self) -> i64 {
        self.minutes
    }

    pub fn meeting_url(&self) -> &MeetingUrl {
        &self.meeting_url
    }

    pub fn agenda(&self) -> &str {
        &self.agenda
    }
}

/// A date as a date input sends it (`YYYY-MM-DD`).
pub fn parse_date(raw: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(raw.trim(), "%Y-%m-%d").ok()
}

/// A time of day as a time input sends it (`HH:MM`, sometimes with seconds).
pub fn parse_time(raw: &str) -> Option<NaiveTime> {
    let raw = raw.trim();
    NaiveTime::parse_from_str(raw, "%H:%M").or_else(|_| NaiveTime::parse_from_str(raw, "%H:%M:%S")).ok()
}

/// The notes written after a call (empty: none).
pub fn parse_notes(raw: &str) -> std::result::Result<Option<String>, CallProblem> {
    let notes = raw.trim();
    if notes.chars().count() > MAX_NOTES {
        return Err(CallProblem::NotesTooLong);
    }
    Ok((!notes.is_empty()).then(|| notes.to_owned()))
}

/// A scheduled call.
#[derive(Debug, Clone)]
pub struct Call {
    pub id: String,
    pub engagement_id: String,
    pub starts_at: Timestamp,
    pub minutes: i64,
    pub meeting_url: String,
    pub agenda: String,
    pub notes: Option<String>,
    pub created_by: String,
    pub created_by_name: String,
    pub created_at: Timestamp,
    pub cancelled_at: Option<Timestamp>,
    /// When the last reminder went out (see [`Call::reminder_due`]).
    pub reminded_at: Option<Timestamp>,
    /// Bumped on every change calendars must see (time, link, agenda, cancellation).
    pub sequence: i64,
}

/// Which reminder is due.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reminder {
    /// A day ahead: time to plan the connection (data bundle, a quiet place) and read the agenda.
    DayBefore,
    /// An hour ahead: the link to join.
    HourBefore,
}

impl Reminder {
    /// How long before the start it goes out.
    pub fn lead(self) -> Duration {
        match self {
            Reminder::DayBefore => Duration::hours(24),
            Reminder::HourBefore => Duration::hours(1),
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Reminder::DayBefore => "day",
            Reminder::HourBefore => "hour",
        }
    }
}

impl Call {
    pub fn ends_at(&self) -> Timestamp {
        self.starts_at + Duration::minutes(self.minutes)
    }

    pub fn is_cancelled(&self) -> bool {
        self.cancelled_at.is_some()
    }

    pub fn has_started(&self, now: Timestamp) -> bool {
        self.starts_at <= now
    }

    pub fn is_over(&self, now: Timestamp) -> bool {
        self.ends_at() <= now
    }

    /// Whether it shares any minute with `[starts_at, ends_at)`.
    pub fn overlaps(&self, starts_at: Timestamp, ends_at: Timestamp) -> bool {
        self.starts_at < ends_at && starts_at < self.ends_at()
    }

    /// The reminder due at `now`, if any. One column, `reminded_at`, keeps both: none sent
    /// yet (NULL), the day-before one sent (a time before the hour mark), or the hour-before
    /// one sent (a time after it). A call scheduled less than a day ahead starts as if the
    /// day-before reminder were sent (its announcement came just now), and one scheduled less
    /// than an hour ahead gets no reminder at all. Nothing is sent once the call has started.
    pub fn reminder_due(&self, now: Timestamp) -> Option<Reminder> {
        if self.is_cancelled() || self.has_started(now) {
            return None;
        }
        let hour_mark = self.starts_at - Reminder::HourBefore.lead();
        let day_mark = self.starts_at - Reminder::DayBefore.lead();
        if now >= hour_mark {
            return self.reminded_at.is_none_or(|sent| sent < hour_mark).then_some(Reminder::HourBefore);
        }
        (now >= day_mark && self.reminded_at.is_none()).then_some(Reminder::DayBefore)
    }
}

/// `reminded_at` for a call (re)scheduled at `now`: the announcement stands for the
/// day-before reminder when the call is less than a day away.
fn reminded_at_when_scheduled(starts_at: Timestamp, now: Timestamp) -> Option<String> {
    (starts_at - Reminder::DayBefore.lead() <= now).then(|| to_text(now))
}

/// Why a call cannot be at the time planned.
#[derive(Debug, Clone)]
pub enum CallRefusal {
    InPast,
    OutsideEngagement,
    /// The first call of the engagement it overlaps.
    Overlaps(Box<Call>),
}

impl CallRefusal {
    pub fn rule(&self) -> &'static str {
        match self {
            CallRefusal::InPast => CALL_IN_PAST,
            CallRefusal::OutsideEngagement => CALL_OUTSIDE,
            CallRefusal::Overlaps(_) => CALL_OVERLAPS,
        }
    }
}

/// Whether a call may take place as planned: in the future, inside the engagement's two weeks
/// (in the CSO's zone), and overlapping no other call of the engagement that is not cancelled
/// (`replacing` is the call being moved, which may overlap its old self).
pub fn check_plan(
    engagement: &Engagement,
    plan: &CallPlan,
    existing: &[Call],
    replacing: Option<&str>,
    now: Timestamp,
) -> std::result::Result<(), CallRefusal> {
    if plan.starts_at() <= now {
        return Err(CallRefusal::InPast);
    }
    let (first, last) = engagement.span();
    if plan.starts_at() < first || plan.ends_at() > last {
        return Err(CallRefusal::OutsideEngagement);
    }
    if let Some(other) = existing.iter().find(|c| {
        !c.is_cancelled() && Some(c.id.as_str()) != replacing && c.overlaps(plan.starts_at(), plan.ends_at())
    }) {
        return Err(CallRefusal::Overlaps(Box::new(other.clone())));
    }
    Ok(())
}

/// A team member's attendance at a call (`None`: not recorded yet).
#[derive(Debug, Clone)]
pub struct Attendance {
    pub user_id: String,
    pub name: String,
    pub attended: Option<bool>,
}

/// A deliverable's deadline, for the calendar feed.
#[derive(Debug, Clone)]
pub struct Deadline {
    pub deliverable_id: String,
    pub engagement_id: String,
    pub kind: DeliverableKind,
    pub due_on: NaiveDate,
    pub accepted: bool,
}

const CALL_SELECT: &str =
    "SELECT c.*, u.name AS created_by_name FROM calls c JOIN users u ON u.id = c.created_by";

fn call_from_row(row: &AnyRow) -> Result<Call> {
    Ok(Call {
        id: row.try_get("id")?,
        engagement_id: row.try_get("engagement_id")?,
        starts_at: from_text(&row.try_get::<String, _>("starts_at")?)?,
        minutes: row.try_get("minutes")?,
        meeting_url: row.try_get("meeting_url")?,
        agenda: row.try_get("agenda")?,
        notes: row.try_get("notes")?,
        created_by: row.try_get("created_by")?,
        created_by_name: row.try_get("created_by_name")?,
        created_at: from_text(&row.try_get::<String, _>("created_at")?)?,
        cancelled_at: opt_from_text(row.try_get("cancelled_at")?)?,
        reminded_at: opt_from_text(row.try_get("reminded_at")?)?,
        sequence: row.try_get("sequence")?,
    })
}

/// Takes the engagement's row lock, so two calls scheduled at once are checked one after the
/// other (SQLite's write transaction already serialises them; on PostgreSQL the no-op UPDATE
/// holds the row until commit, where `FOR UPDATE` would not be portable).
async fn lock_engagement(conn: &mut sqlx::AnyConnection, engagement_id: &str) -> Result<()> {
    let done = sqlx::query("UPDATE engagements SET starts_on = starts_on WHERE id = $1")
        .bind(engagement_id)
        .execute(&mut *conn)
        .await?;
    if done.rows_affected() == 0 {
        return Err(Error::NotFound);
    }
    Ok(())
}

async fn calls_in(conn: &mut sqlx::AnyConnection, engagement_id: &str) -> Result<Vec<Call>> {
    let sql = format!("{CALL_SELECT} WHERE c.engagement_id = $1 ORDER BY c.starts_at, c.id");
    let rows = sqlx::query(sqlx::AssertSqlSafe(sql)).bind(engagement_id).fetch_all(&mut *conn).await?;
    rows.iter().map(call_from_row).collect()
}

impl Store {
    /// Every call of the engagement (cancelled ones too), earliest first.
    pub async fn calls(&self, engagement_id: &str) -> Result<Vec<Call>> {
        let mut conn = self.pool().acquire().await?;
        calls_in(&mut conn, engagement_id).await
    }

    /// The call going on at `now`, or else the next one; cancelled calls are skipped.
    pub async fn next_call(&self, engagement_id: &str, now: Timestamp) -> Result<Option<Call>> {
        // Only a call that started within the longest length can still be going on.
        let sql = format!(
            "{CALL_SELECT} WHERE c.engagement_id = $1 AND c.cancelled_at IS NULL AND c.starts_at > $2 \
             ORDER BY c.starts_at, c.id"
        );
        let rows = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(engagement_id)
            .bind(to_text(now - Duration::minutes(MAX_MINUTES)))
            .fetch_all(self.pool())
            .await?;
        for row in &rows {
            let call = call_from_row(row)?;
            if !call.is_over(now) {
                return Ok(Some(call));
            }
        }
        Ok(None)
    }

    /// A call of the engagement (`NotFound` when it belongs to another).
    pub async fn call(&self, engagement_id: &str, call_id: &str) -> Result<Call> {
        let sql = format!("{CALL_SELECT} WHERE c.id = $1 AND c.engagement_id = $2");
        let row = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(call_id)
            .bind(engagement_id)
            .fetch_optional(self.pool())
            .await?
            .ok_or(Error::NotFound)?;
        call_from_row(&row)
    }

    /// Schedules a call and queues the emails announcing it (composed for the new call's id),
    /// in one transaction. The rules of [`check_plan`] are checked again under the
    /// engagement's lock.
    pub async fn schedule_call(
        &self,
        engagement: &Engagement,
        plan: &CallPlan,
        created_by: &str,
        now: Timestamp,
        compose: impl FnOnce(&str) -> Vec<OutgoingEmail>,
    ) -> Result<Call> {
        let mut tx = self.begin().await?;
        lock_engagement(&mut tx, &engagement.id).await?;
        let existing = calls_in(&mut tx, &engagement.id).await?;
        check_plan(engagement, plan, &existing, None, now).map_err(|refusal| Error::Rule(refusal.rule()))?;
        let id = new_id();
        sqlx::query(
            "INSERT INTO calls (id, engagement_id, starts_at, minutes, meeting_url, agenda, created_by, created_at, \
             reminded_at, sequence) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 0)",
        )
        .bind(&id)
        .bind(&engagement.id)
        .bind(to_text(plan.starts_at()))
        .bind(plan.minutes())
        .bind(plan.meeting_url().as_str())
        .bind(plan.agenda())
        .bind(created_by)
        .bind(to_text(now))
        .bind(reminded_at_when_scheduled(plan.starts_at(), now))
        .execute(&mut *tx)
        .await?;
        for email in &compose(&id) {
            insert_email(&mut *tx, email).await?;
        }
        tx.commit().await?;
        self.call(&engagement.id, &id).await
    }

    /// Moves a call or changes its link or agenda, before it starts; calendars see a new
    /// sequence number and reminders follow the new time.
    pub async fn change_call(
        &self,
        engagement: &Engagement,
        call_id: &str,
        plan: &CallPlan,
        now: Timestamp,
        emails: &[OutgoingEmail],
    ) -> Result<Call> {
        let mut tx = self.begin().await?;
        lock_engagement(&mut tx, &engagement.id).await?;
        let existing = calls_in(&mut tx, &engagement.id).await?;
        let call = existing.iter().find(|c| c.id == call_id).ok_or(Error::NotFound)?;
        if call.is_cancelled() {
            return Err(Error::Rule(CALL_CANCELLED));
        }
        if call.has_started(now) {
            return Err(Error::Rule(CALL_STARTED));
        }
        check_plan(engagement, plan, &existing, Some(call_id), now)
            .map_err(|refusal| Error::Rule(refusal.rule()))?;
        let moved = call.starts_at != plan.starts_at();
        let reminded_at = if moved {
            reminded_at_when_scheduled(plan.starts_at(), now)
        } else {
            call.reminded_at.map(to_text)
        };
        sqlx::query(
            "UPDATE calls SET starts_at = $1, minutes = $2, meeting_url = $3, agenda = $4, reminded_at = $5, \
             sequence = sequence + 1 WHERE id = $6",
        )
        .bind(to_text(plan.starts_at()))
        .bind(plan.minutes())
        .bind(plan.meeting_url().as_str())
        .bind(plan.agenda())
        .bind(reminded_at)
        .bind(call_id)
        .execute(&mut *tx)
        .await?;
        for email in emails {
            insert_email(&mut *tx, email).await?;
        }
        tx.commit().await?;
        self.call(&engagement.id, call_id).await
    }

    /// Cancels a call that has not started, with the emails announcing it.
    pub async fn cancel_call(
        &self,
        engagement_id: &str,
        call_id: &str,
        now: Timestamp,
        emails: &[OutgoingEmail],
    ) -> Result<()> {
        let mut tx = self.begin().await?;
        let done = sqlx::query(
            "UPDATE calls SET cancelled_at = $1, sequence = sequence + 1 \
             WHERE id = $2 AND engagement_id = $3 AND cancelled_at IS NULL AND starts_at > $1",
        )
        .bind(to_text(now))
        .bind(call_id)
        .bind(engagement_id)
        .execute(&mut *tx)
        .await?;
        if done.rows_affected() == 0 {
            let call = self.call(engagement_id, call_id).await?;
            return Err(Error::Rule(if call.is_cancelled() { CALL_CANCELLED } else { CALL_STARTED }));
        }
        for email in emails {
            insert_email(&mut *tx, email).await?;
        }
        tx.commit().await?;
        Ok(())
    }

    /// The CSO team's attendance at a call, by name (`None` where not recorded).
    pub async fn call_attendance(&self, engagement: &Engagement, call_id: &str) -> Result<Vec<Attendance>> {
        let rows = sqlx::query(
            "SELECT u.id, u.name, a.attended FROM users u \
             LEFT JOIN call_attendance a ON a.user_id = u.id AND a.call_id = $1 \
             WHERE u.organisation_id = $2 ORDER BY u.name, u.id",
        )
        .bind(call_id)
        .bind(&engagement.organisation_id)
        .fetch_all(self.pool())
        .await?;
        rows.iter()
            .map(|row| {
                Ok(Attendance {
                    user_id: row.try_get("id")?,
                    name: row.try_get("name")?,
                    attended: row.try_get::<Option<i64>, _>("attended")?.map(|a| a != 0),
                })
            })
            .collect()
    }

    /// Records the notes and who of the team attended, once the call has started; one
    /// transaction, so a page never shows half of it.
    pub async fn record_call(
        &self,
        engagement: &Engagement,
        call_id: &str,
        notes: Option<&str>,
        attended: &[(String, bool)],
        now: Timestamp,
    ) -> Result<()> {
        let mut tx = self.begin().await?;
        let sql = format!("{CALL_SELECT} WHERE c.id = $1 AND c.engagement_id = $2");
        let row = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(call_id)
            .bind(&engagement.id)
            .fetch_optional(&mut *tx)
            .await?
            .ok_or(Error::NotFound)?;
        let call = call_from_row(&row)?;
        if call.is_cancelled() {
            return Err(Error::Rule(CALL_CANCELLED));
        }
        if !call.has_started(now) {
            return Err(Error::Rule(CALL_NOT_STARTED));
        }
        let team: Vec<String> = sqlx::query_scalar("SELECT id FROM users WHERE organisation_id = $1")
            .bind(&engagement.organisation_id)
            .fetch_all(&mut *tx)
            .await?;
        sqlx::query("UPDATE calls SET notes = $1 WHERE id = $2")
            .bind(notes)
            .bind(call_id)
            .execute(&mut *tx)
            .await?;
        for (user_id, was_there) in attended {
            if !team.contains(user_id) {
                return Err(Error::Rule(CALL_ATTENDEE_UNKNOWN));
            }
            sqlx::query(
                "INSERT INTO call_attendance (call_id, user_id, attended) VALUES ($1, $2, $3) \
                 ON CONFLICT (call_id, user_id) DO UPDATE SET attended = excluded.attended",
            )
            .bind(call_id)
            .bind(user_id)
            .bind(i64::from(*was_there))
            .execute(&mut *tx)
            .await?;
        }
        tx.commit().await?;
        Ok(())
    }

    /// Calls with a reminder due at `now`, earliest first.
    pub async fn calls_due_for_reminders(&self, now: Timestamp) -> Result<Vec<(Call, Reminder)>> {
        let sql = format!(
            "{CALL_SELECT} WHERE c.cancelled_at IS NULL AND c.starts_at > $1 AND c.starts_at <= $2 \
             ORDER BY c.starts_at, c.id"
        );
        let rows = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(to_text(now))
            .bind(to_text(now + Reminder::DayBefore.lead()))
            .fetch_all(self.pool())
            .await?;
        let mut due = Vec::new();
        for row in &rows {
            let call = call_from_row(row)?;
            if let Some(reminder) = call.reminder_due(now) {
                due.push((call, reminder));
            }
        }
        Ok(due)
    }

    /// Records that `reminder` of `call` went out at `now` and queues its emails, in one
    /// transaction; `false` (and nothing queued) when another server sent it first, or the
    /// call was moved or cancelled since it was read.
    pub async fn record_reminder(
        &self,
        call: &Call,
        reminder: Reminder,
        now: Timestamp,
        emails: &[OutgoingEmail],
    ) -> Result<bool> {
        let mut tx = self.begin().await?;
        // Not yet sent for this mark: NULL, or (for the hour-before one) sent before the mark.
        let mark = call.starts_at - reminder.lead();
        let done = sqlx::query(
            "UPDATE calls SET reminded_at = $1 WHERE id = $2 AND cancelled_at IS NULL AND starts_at = $3 \
             AND (reminded_at IS NULL OR reminded_at < $4)",
        )
        .bind(to_text(now))
        .bind(&call.id)
        .bind(to_text(call.starts_at))
        .bind(to_text(mark))
        .execute(&mut *tx)
        .await?;
        if done.rows_affected() == 0 {
            return Ok(false);
        }
        for email in emails {
            insert_email(&mut *tx, email).await?;
        }
        tx.commit().await?;
        Ok(true)
    }

    /// The deliverables' deadlines of an engagement, earliest first.
    pub async fn feed_deadlines(&self, engagement_id: &str) -> Result<Vec<Deadline>> {
        let rows = sqlx::query(
            "SELECT id, engagement_id, kind, due_on, state FROM deliverables WHERE engagement_id = $1 \
             ORDER BY due_on, kind",
        )
        .bind(engagement_id)
        .fetch_all(self.pool())
        .await?;
        let mut deadlines = Vec::new();
        for row in &rows {
            let kind: String = row.try_get("kind")?;
            let Some(kind) = DeliverableKind::parse(&kind) else {
                return Err(Error::Corrupt(format!("deliverable kind {kind:?}")));
            };
            deadlines.push(Deadline {
                deliverable_id: row.try_get("id")?,
                engagement_id: row.try_get("engagement_id")?,
                kind,
                due_on: date(&row.try_get::<String, _>("due_on")?)?,
                accepted: row.try_get::<String, _>("state")? == "accepted",
            });
        }
        Ok(deadlines)
    }

    /// The person's calendar feed token, made on first use.
    pub async fn calendar_feed_token(&self, user_id: &str, now: Timestamp) -> Result<String> {
        sqlx::query(
            "INSERT INTO calendar_feeds (user_id, token, created_at) VALUES ($1, $2, $3) \
             ON CONFLICT (user_id) DO NOTHING",
        )
        .bind(user_id)
        .bind(Secret::generate().expose())
        .bind(to_text(now))
        .execute(self.pool())
        .await?;
        Ok(sqlx::query_scalar("SELECT token FROM calendar_feeds WHERE user_id = $1")
            .bind(user_id)
            .fetch_one(self.pool())
            .await?)
    }

    /// Gives the person a new feed token: the old address stops working at once.
    pub async fn replace_calendar_feed_token(&self, user_id: &str, now: Timestamp) -> Result<String> {
        let token = Secret::generate().expose().to_owned();
        sqlx::query(
            "INSERT INTO calendar_feeds (user_id, token, created_at) VALUES ($1, $2, $3) \
             ON CONFLICT (user_id) DO UPDATE SET token = excluded.token, created_at = excluded.created_at",
        )
        .bind(user_id)
        .bind(&token)
        .bind(to_text(now))
        .execute(self.pool())
        .await?;
        Ok(token)
    }

    /// Whose feed `token` opens.
    pub async fn calendar_feed_owner(&self, token: &str) -> Result<User> {
        let user_id: String = sqlx::query_scalar("SELECT user_id FROM calendar_feeds WHERE token = $1")
            .bind(token)
            .fetch_optional(self.pool())
            .await?
            .ok_or(Error::NotFound)?;
        self.user(&user_id).await
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str) -> Timestamp {
        from_text(text).unwrap()
    }

    fn engagement(country: &str) -> Engagement {
        Engagement {
            id: "e".into(),
            application_id: "a".into(),
            organisation_id: "o".into(),
            organisation_name: "Maji Safi".into(),
            country: country.into(),
            builder_id: "b".into(),
            builder_name: "Lucía".into(),
            starts_on: NaiveDate::from_ymd_opt(2026, 11, 2).unwrap(),
            ends_on: NaiveDate::from_ymd_opt(2026, 11, 13).unwrap(),
            created_at: at("2026-10-01T00:00:00Z"),
        }
    }

    fn input<'a>(date: &'a str, time: &'a str) -> CallInput<'a> {
        CallInput { date, time, minutes: "60", meeting_url: "", agenda: "Campaign plan" }
    }

    fn call(id: &str, starts_at: &str, minutes: i64) -> Call {
        Call {
            id: id.into(),
            engagement_id: "e".into(),
            starts_at: at(starts_at),
            minutes,
            meeting_url: "https://meet.jit.si/x".into(),
            agenda: "a".into(),
            notes: None,
            created_by: "b".into(),
            created_by_name: "Lucía".into(),
            created_at: at("2026-10-01T00:00:00Z"),
            cancelled_at: None,
            reminded_at: None,
            sequence: 0,
        }
    }

    #[test]
    fn every_programme_country_has_its_own_zone() {
        for code in crate::types::PROGRAMME_COUNTRIES {
            assert_ne!(time_zone(code), Tz::UTC, "{code}");
        }
        assert_eq!(time_zone("KE"), Tz::Africa__Nairobi);
        assert_eq!(time_zone("NP"), Tz::Asia__Kathmandu);
        assert_eq!(time_zone("XX"), Tz::UTC);
    }

    #[test]
    fn local_times_are_stored_in_utc() {
        let plan = CallPlan::parse(input("2026-11-03", "14:00"), time_zone("KE")).unwrap();
        assert_eq!(plan.starts_at(), at("2026-11-03T11:00:00Z"));
        // Kathmandu is UTC+05:45.
        let plan = CallPlan::parse(input("2026-11-03", "14:00"), time_zone("NP")).unwrap();
        assert_eq!(plan.starts_at(), at("2026-11-03T08:15:00Z"));
        // Buenos Aires is UTC-3.
        let plan = CallPlan::parse(input("2026-11-03", "09:30:00"), time_zone("AR")).unwrap();
        assert_eq!(plan.starts_at(), at("2026-11-03T12:30:00Z"));
    }

    #[test]
    fn each_bad_field_is_reported() {
        let problems = CallPlan::parse(
            CallInput {
                date: "3/11/2026",
                time: "25:00",
                minutes: "5",
                meeting_url: "http://x.org",
                agenda: " ",
            },
            Tz::UTC,
        )
        .unwrap_err();
        assert_eq!(
            problems,
            [
                CallProblem::Date,
                CallProblem::Time,
                CallProblem::Minutes,
                CallProblem::MeetingUrl,
                CallProblem::AgendaEmpty
            ]
        );
    }

    #[test]
    fn meeting_links_must_be_https_without_credentials() {
        assert!(MeetingUrl::parse("https://zoom.us/j/123?pwd=abc").is_ok());
        assert_eq!(
            MeetingUrl::parse(" https://meet.google.com/abc-defg-hij ").unwrap().as_str(),
            "https://meet.google.com/abc-defg-hij"
        );
        for bad in [
            "http://meet.jit.si/x",
            "meet.jit.si/x",
            "javascript:alert(1)",
            "https://user:pw@example.org/",
            "https:///nohost",
            "https://exa mple.org",
            "ftp://example.org",
        ] {
            assert_eq!(MeetingUrl::parse(bad), Err(CallProblem::MeetingUrl), "{bad}");
        }
        let a = MeetingUrl::new_jitsi();
        let b = MeetingUrl::new_jitsi();
        assert!(a.as_str().starts_with("https://meet.jit.si/DataShift-"));
        assert_eq!(a.as_str().len(), JITSI_BASE.len() + "DataShift-".len() + 20);
        assert_ne!(a, b);
        assert!(MeetingUrl::parse(a.as_str()).is_ok());
    }

    #[test]
    fn calls_keep_inside_the_two_weeks_in_the_csos_zone() {
        let e = engagement("KE");
        let now = at("2026-10-30T09:00:00Z");
        let plan = |date: &str, time: &str| CallPlan::parse(input(date, time), e.time_zone()).unwrap();
        assert!(check_plan(&e, &plan("2026-11-02", "00:00"), &[], None, now).is_ok());
        assert!(check_plan(&e, &plan("2026-11-13", "22:00"), &[], None, now).is_ok());
        // Ends after midnight of the last day, Nairobi time.
        assert!(matches!(
            check_plan(&e, &plan("2026-11-13", "23:30"), &[], None, now),
            Err(CallRefusal::OutsideEngagement)
        ));
        assert!(matches!(
            check_plan(&e, &plan("2026-11-01", "23:30"), &[], None, now),
            Err(CallRefusal::OutsideEngagement)
        ));
        assert!(matches!(
            check_plan(&e, &plan("2026-11-16", "10:00"), &[], None, now),
            Err(CallRefusal::OutsideEngagement)
        ));
        let late = at("2026-11-05T09:00:00Z");
        assert!(matches!(
            check_plan(&e, &plan("2026-11-04", "10:00"), &[], None, late),
            Err(CallRefusal::InPast)
        ));
    }

    #[test]
    fn overlapping_calls_are_refused_but_back_to_back_is_fine() {
        let e = engagement("KE");
        let now = at("2026-10-30T09:00:00Z");
        let existing = [call("one", "2026-11-03T11:00:00Z", 60)];
        let plan = |time: &str| CallPlan::parse(input("2026-11-03", time), e.time_zone()).unwrap();
        assert!(
            matches!(check_plan(&e, &plan("14:30"), &existing, None, now), Err(CallRefusal::Overlaps(c)) if c.id == "one")
        );
        assert!(matches!(
            check_plan(&e, &plan("13:30"), &existing, None, now),
            Err(CallRefusal::Overlaps(_))
        ));
        assert!(check_plan(&e, &plan("15:00"), &existing, None, now).is_ok());
        assert!(check_plan(&e, &plan("13:00"), &existing, None, now).is_ok());
        // A call may move over its own old time; a cancelled call is no obstacle.
        assert!(check_plan(&e, &plan("14:30"), &existing, Some("one"), now).is_ok());
        let mut cancelled = existing[0].clone();
        cancelled.cancelled_at = Some(now);
        assert!(check_plan(&e, &plan("14:30"), &[cancelled], None, now).is_ok());
    }

    #[test]
    fn reminders_go_a_day_and_an_hour_ahead_once_each() {
        let mut c = call("one", "2026-11-03T11:00:00Z", 60);
        assert_eq!(c.reminder_due(at("2026-11-02T10:00:00Z")), None);
        assert_eq!(c.reminder_due(at("2026-11-02T11:00:00Z")), Some(Reminder::DayBefore));
        c.reminded_at = Some(at("2026-11-02T11:00:05Z"));
        assert_eq!(c.reminder_due(at("2026-11-02T12:00:00Z")), None);
        assert_eq!(c.reminder_due(at("2026-11-03T10:00:00Z")), Some(Reminder::HourBefore));
        c.reminded_at = Some(at("2026-11-03T10:00:05Z"));
        assert_eq!(c.reminder_due(at("2026-11-03T10:30:00Z")), None);
        assert_eq!(c.reminder_due(at("2026-11-03T11:00:00Z")), None);
        // A server down all day sends only the hour-before reminder.
        c.reminded_at = None;
        assert_eq!(c.reminder_due(at("2026-11-03T10:40:00Z")), Some(Reminder::HourBefore));
        // Nothing for a cancelled call.
        c.cancelled_at = Some(at("2026-11-01T00:00:00Z"));
        assert_eq!(c.reminder_due(at("2026-11-03T10:40:00Z")), None);
    }

    #[test]
    fn a_call_scheduled_within_a_day_skips_the_day_before_reminder() {
        let starts = at("2026-11-03T11:00:00Z");
        assert_eq!(reminded_at_when_scheduled(starts, at("2026-11-01T11:00:00Z")), None);
        let now = at("2026-11-03T05:00:00Z");
        let mut c = call("one", "2026-11-03T11:00:00Z", 60);
        c.reminded_at = reminded_at_when_scheduled(starts, now).map(|t| at(&t));
        assert_eq!(c.reminder_due(now), None);
        assert_eq!(c.reminder_due(at("2026-11-03T10:00:00Z")), Some(Reminder::HourBefore));
        // Scheduled 30 minutes ahead: the announcement is the only email.
        let now = at("2026-11-03T10:30:00Z");
        c.reminded_at = reminded_at_when_scheduled(starts, now).map(|t| at(&t));
        assert_eq!(c.reminder_due(at("2026-11-03T10:45:00Z")), None);
    }
}
