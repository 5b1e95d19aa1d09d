//! Engagements: an accepted CSO, its team and its capacity builder over ten working days.
//!
//! Accepting an application opens the engagement in the same transaction ([`open`]): the plan
//! (one watch, read and answer task per module, and a produce task where a module leads to a
//! deliverable, on the module's day) and the deliverables, as drafts due on their day.
//! [`plan`] holds the tasks and the builder's tailoring, [`calendar`] the working days.

pub mod calendar;
pub mod calls;
pub mod challenges;
pub mod commitment;
pub mod deliverables;
pub mod discussion;
pub mod plan;
pub mod relationship;
pub mod summary;

use chrono::NaiveDate;
use sqlx::any::AnyRow;
use sqlx::{AnyConnection, Row};

use crate::accounts::User;
use crate::clock::{Timestamp, date, date_text, from_text};
use crate::types::new_id;
use crate::{Error, Result, Store};

/// What a deliverable is. The challenges log is a list of its own (see `challenges`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DeliverableKind {
    CampaignPlan,
    SmartObjective,
    Survey,
    PilotReport,
    ChallengesLog,
}

impl DeliverableKind {
    pub const ALL: [DeliverableKind; 5] = [
        DeliverableKind::CampaignPlan,
        DeliverableKind::SmartObjective,
        DeliverableKind::Survey,
        DeliverableKind::PilotReport,
        DeliverableKind::ChallengesLog,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            DeliverableKind::CampaignPlan => "campaign_plan",
            DeliverableKind::SmartObjective => "smart_objective",
            DeliverableKind::Survey => "survey",
            DeliverableKind::PilotReport => "pilot_report",
            DeliverableKind::ChallengesLog => "challenges_log",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.as_str() == text)
    }

    /// The working day it is due (the challenges log is kept to the end).
    pub fn due_day(self) -> u8 {
        match self {
            DeliverableKind::SmartObjective => 2,
            DeliverableKind::CampaignPlan => 3,
            DeliverableKind::Survey => 6,
            DeliverableKind::PilotReport => 7,
            DeliverableKind::ChallengesLog => calendar::DAYS,
        }
    }

    /// Whether it goes through review rounds (the challenges log is a running list).
    pub fn is_reviewed(self) -> bool {
        self != DeliverableKind::ChallengesLog
    }
}

/// An engagement with the names its pages show.
#[derive(Debug, Clone)]
pub struct Engagement {
    pub id: String,
    pub application_id: String,
    pub organisation_id: String,
    pub organisation_name: String,
    pub country: String,
    pub builder_id: String,
    pub builder_name: String,
    pub starts_on: NaiveDate,
    pub ends_on: NaiveDate,
    pub created_at: Timestamp,
}

impl Engagement {
    /// Whether `user` takes part: the builder, or a member of the CSO.
    pub fn is_participant(&self, user: &User) -> bool {
        user.id == self.builder_id || user.organisation_id.as_deref() == Some(self.organisation_id.as_str())
    }

    /// Whether `user` may see it: participants and programme managers.
    pub fn is_visible_to(&self, user: &User) -> bool {
        self.is_participant(user) || user.role == crate::types::Role::Admin
    }

    /// Whether `user` guides it (the builder, or a programme manager standing in).
    pub fn is_guided_by(&self, user: &User) -> bool {
        user.id == self.builder_id || user.role == crate::types::Role::Admin
    }

    pub fn date_of_day(&self, day: u8) -> NaiveDate {
        calendar::date_of_day(self.starts_on, day)
    }

    pub fn plan_day(&self, today: NaiveDate) -> calendar::PlanDay {
        calendar::plan_day(self.starts_on, today)
    }
}

const ENGAGEMENT_SELECT: &str = "SELECT e.*, o.name AS organisation_name, o.country AS country, \
     u.name AS builder_name FROM engagements e \
     JOIN organisations o ON o.id = e.organisation_id JOIN users u ON u.id = e.builder_id";

fn engagement_from_row(row: &AnyRow) -> Result<Engagement> {
    Ok(Engagement {
        id: row.try_get("id")?,
        application_id: row.try_get("application_id")?,
        organisation_id: row.try_get("organisation_id")?,
        organisation_name: row.try_get("organisation_name")?,
        country: row.try_get("country")?,
        builder_id: row.try_get("builder_id")?,
        builder_name: row.try_get("builder_name")?,
        starts_on: date(&row.try_get::<String, _>("starts_on")?)?,
        ends_on: date(&row.try_get::<String, _>("ends_on")?)?,
        created_at: from_text(&row.try_get::<String, _>("created_at")?)?,
    })
}

/// Opens the engagement of an application being accepted, inside the caller's transaction:
/// the engagement, its plan from the curriculum, and its deliverables as drafts.
pub(crate) async fn open(
    conn: &mut AnyConnection,
    application_id: &str,
    builder_id: &str,
    training_starts_on: NaiveDate,
    at: &str,
) -> Result<String> {
    let organisation_id: String =
        sqlx::query_scalar("SELECT organisation_id FROM applications WHERE id = $1")
            .bind(application_id)
            .fetch_optional(&mut *conn)
            .await?
            .ok_or(Error::NotFound)?;
    let starts_on = calendar::first_working_day(training_starts_on);
    let ends_on = calendar::date_of_day(starts_on, calendar::DAYS);
    let id = new_id();
    sqlx::query(
        "INSERT INTO engagements (id, application_id, organisation_id, builder_id, starts_on, ends_on, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7)",
    )
    .bind(&id)
    .bind(application_id)
    .bind(&organisation_id)
    .bind(builder_id)
    .bind(date_text(starts_on))
    .bind(date_text(ends_on))
    .bind(at)
    .execute(&mut *conn)
    .await?;
    plan::create(conn, &id, at).await?;
    for kind in DeliverableKind::ALL.into_iter().filter(|k| k.is_reviewed()) {
        sqlx::query(
            "INSERT INTO deliverables (id, engagement_id, kind, state, content, due_on, updated_at) \
             VALUES ($1, $2, $3, 'draft', '{}', $4, $5)",
        )
        .bind(new_id())
        .bind(&id)
        .bind(kind.as_str())
        .bind(date_text(calendar::date_of_day(starts_on, kind.due_day())))
        .bind(at)
        .execute(&mut *conn)
        .await?;
    }
    Ok(id)
}

impl Store {
    pub async fn engagement(&self, id: &str) -> Result<Engagement> {
        let sql = format!("{ENGAGEMENT_SELECT} WHERE e.id = $1");
        let row = sqlx::query(sqlx::AssertSqlSafe(sql)).bind(id).fetch_optional(self.pool()).await?;
        engagement_from_row(&row.ok_or(Error::NotFound)?)
    }

    /// The engagement opened when `application_id` was accepted.
    pub async fn engagement_of_application(&self, application_id: &str) -> Result<Engagement> {
        let sql = format!("{ENGAGEMENT_SELECT} WHERE e.application_id = $1");
        let row =
            sqlx::query(sqlx::AssertSqlSafe(sql)).bind(application_id).fetch_optional(self.pool()).await?;
        engagement_from_row(&row.ok_or(Error::NotFound)?)
    }

    /// A builder's engagements, latest start first.
    pub async fn engagements_of_builder(&self, builder_id: &str) -> Result<Vec<Engagement>> {
        self.engagements_where("e.builder_id = $1", Some(builder_id)).await
    }

    /// An organisation's engagements, latest start first.
    pub async fn engagements_of_organisation(&self, organisation_id: &str) -> Result<Vec<Engagement>> {
        self.engagements_where("e.organisation_id = $1", Some(organisation_id)).await
    }

    /// Every engagement, latest start first (programme managers).
    pub async fn all_engagements(&self) -> Result<Vec<Engagement>> {
        self.engagements_where("1 = 1", None).await
    }

    async fn engagements_where(
        &self,
        condition: &'static str,
        value: Option<&str>,
    ) -> Result<Vec<Engagement>> {
        let sql = format!("{ENGAGEMENT_SELECT} WHERE {condition} ORDER BY e.starts_on DESC, o.name");
        let mut query = sqlx::query(sqlx::AssertSqlSafe(sql));
        if let Some(value) = value {
            query = query.bind(value);
        }
        query.fetch_all(self.pool()).await?.iter().map(engagement_from_row).collect()
    }

    /// The CSO's people taking part (lead and staff), by name.
    pub async fn engagement_team(&self, engagement: &Engagement) -> Result<Vec<User>> {
        let mut team = self.organisation_members(&engagement.organisation_id).await?;
        team.sort_by(|a, b| a.name.cmp(&b.name));
        Ok(team)
    }
}
