//! Intake rounds and the applications CSOs make to them, with the three readiness
//! assessments' raw material: the campaign self-assessment, the staff commitments and the
//! connection measurements.

use chrono::NaiveDate;
use sqlx::Row;
use sqlx::any::AnyRow;

use crate::clock::{from_text, opt_from_text, to_text};
use crate::outbox::{OutgoingEmail, insert_email};
use crate::types::{CountryCode, Email, Name, Secret, new_id};
use crate::{Error, Result, Store, Timestamp, now};

/// The rule a change to a submitted application breaks (callers may match on it).
pub const SUBMITTED_IS_FINAL: &str = "the application has been submitted and can no longer change";
/// The rule an acceptance into a full round breaks (callers may match on it).
pub const ROUND_FULL: &str = "the round has no places left";

/// Why a round could not be opened.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum RoundProblem {
    #[error("applications must close on or after the day they open")]
    ClosesBeforeOpening,
    #[error("training must start after applications close")]
    TrainingBeforeClosing,
    #[error("a round needs at least one country")]
    NoCountries,
    #[error("a round has between 1 and 500 places")]
    Places,
}

/// An intake round that is known to be coherent: dates in order, countries, places.
#[derive(Debug, Clone)]
pub struct NewRound {
    name: Name,
    opens_on: NaiveDate,
    closes_on: NaiveDate,
    training_starts_on: NaiveDate,
    countries: Vec<CountryCode>,
    places: i64,
}

impl NewRound {
    pub fn new(
        name: Name,
        opens_on: NaiveDate,
        closes_on: NaiveDate,
        training_starts_on: NaiveDate,
        mut countries: Vec<CountryCode>,
        places: i64,
    ) -> Result<Self, RoundProblem> {
        if closes_on < opens_on {
            return Err(RoundProblem::ClosesBeforeOpening);
        }
        if training_starts_on <= closes_on {
            return Err(RoundProblem::TrainingBeforeClosing);
        }
        countries.sort_by(|a, b| a.as_str().cmp(b.as_str()));
        countries.dedup();
        if countries.is_empty() {
            return Err(RoundProblem::NoCountries);
        }
        if !(1..=500).contains(&places) {
            return Err(RoundProblem::Places);
        }
        Ok(Self { name, opens_on, closes_on, training_starts_on, countries, places })
    }
}

#[derive(Debug, Clone)]
pub struct Round {
    pub id: String,
    pub name: String,
    pub opens_on: NaiveDate,
    pub closes_on: NaiveDate,
    pub training_starts_on: NaiveDate,
    pub countries: Vec<String>,
    pub places: i64,
    /// Applications accepted so far.
    pub accepted: i64,
    /// Applications waiting for a decision.
    pub submitted: i64,
}

impl Round {
    pub fn is_open_on(&self, day: NaiveDate) -> bool {
        self.opens_on <= day && day <= self.closes_on
    }

    pub fn accepts_country(&self, country: &str) -> bool {
        self.countries.iter().any(|c| c == country)
    }

    pub fn places_left(&self) -> i64 {
        (self.places - self.accepted).max(0)
    }

    /// The last day of the two training weeks (ten working days from a Monday).
    pub fn training_ends_on(&self) -> NaiveDate {
        self.training_starts_on + chrono::Duration::days(11)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ApplicationStatus {
    Draft,
    Submitted,
    Accepted,
    Declined,
}

impl ApplicationStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Draft => "draft",
            Self::Submitted => "submitted",
            Self::Accepted => "accepted",
            Self::Declined => "declined",
        }
    }

    fn parse(s: &str) -> Result<Self> {
        Ok(match s {
            "draft" => Self::Draft,
            "submitted" => Self::Submitted,
            "accepted" => Self::Accepted,
            "declined" => Self::Declined,
            other => return Err(Error::Corrupt(format!("application status {other:?}"))),
        })
    }
}

/// One of the two junior staff named for the training, and their answer.
#[derive(Debug, Clone)]
pub struct JuniorStaff {
    pub id: String,
    pub position: i64,
    pub name: String,
    pub email: String,
    pub commitment_percent: Option<i64>,
    pub responded_at: Option<Timestamp>,
}

/// What the in-browser connection check measured (medians over several samples).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CapacityMeasurement {
    pub latency_ms: i64,
    pub download_kbps: i64,
    pub upload_kbps: i64,
    /// Every raw sample, as JSON, for the record.
    pub samples: String,
    pub measured_at: Timestamp,
}

#[derive(Debug, Clone)]
pub struct Application {
    pub id: String,
    pub organisation_id: String,
    pub organisation_name: String,
    pub organisation_country: String,
    pub round_id: String,
    pub round_name: String,
    pub status: ApplicationStatus,
    /// The campaign self-assessment, as JSON owned by the web layer.
    pub fit_answers: Option<String>,
    pub fit_saved_at: Option<Timestamp>,
    pub senior_approved_by: Option<String>,
    pub senior_approved_at: Option<Timestamp>,
    pub capacity: Option<CapacityMeasurement>,
    /// The basic-skills checklist, as JSON owned by the web layer.
    pub capacity_skills: Option<String>,
    pub submitted_at: Option<Timestamp>,
    pub decided_at: Option<Timestamp>,
    pub decision_message: Option<String>,
    pub builder_id: Option<String>,
    pub training_starts_on: Option<NaiveDate>,
    pub created_at: Timestamp,
    pub updated_at: Timestamp,
    pub juniors: Vec<JuniorStaff>,
}

/// How an admin decides a submitted application.
#[derive(Debug, Clone)]
pub enum Decision {
    Accept { builder_id: String, training_starts_on: NaiveDate },
    Decline { message: String },
}

/// What a junior staff member's confirmation link leads to.
#[derive(Debug, Clone)]
pub struct JuniorInvitation {
    pub junior: JuniorStaff,
    pub application: Application,
    pub round: Round,
}

use crate::clock::{date, date_text};

const ROUND_SELECT: &str = "SELECT r.*, \
    (SELECT COUNT(*) FROM applications a WHERE a.round_id = r.id AND a.status = 'accepted') AS accepted_count, \
    (SELECT COUNT(*) FROM applications a WHERE a.round_id = r.id AND a.status = 'submitted') AS submitted_count \
    FROM intake_rounds r";

fn round_from_row(row: &AnyRow) -> Result<Round> {
    let countries: String = row.try_get("countries")?;
    Ok(Round {
        id: row.try_get("id")?,
        name: row.try_get("name")?,
        opens_on: date(&row.try_get::<String, _>("opens_on")?)?,
        closes_on: date(&row.try_get::<String, _>("closes_on")?)?,
        training_starts_on: date(&row.try_get::<String, _>("training_starts_on")?)?,
        countries: countries.split(',').filter(|c| !c.is_empty()).map(str::to_owned).collect(),
        places: row.try_get("places")?,
        accepted: row.try_get("accepted_count")?,
        submitted: row.try_get("submitted_count")?,
    })
}

const APPLICATION_SELECT: &str = "SELECT a.*, o.name AS organisation_name, o.country AS organisation_country, \
    r.name AS round_name FROM applications a \
    JOIN organisations o ON o.id = a.organisation_id JOIN intake_rounds r ON r.id = a.round_id";

fn application_from_row(row: &AnyRow) -> Result<Application> {
    let capacity = match row.try_get::<Option<String>, _>("capacity_measured_at")? {
        Some(at) => Some(CapacityMeasurement {
            latency_ms: row.try_get("capacity_latency_ms")?,
            download_kbps: row.try_get("capacity_download_kbps")?,
            upload_kbps: row.try_get("capacity_upload_kbps")?,
            samples: row.try_get("capacity_samples")?,
            measured_at: from_text(&at)?,
        }),
        None => None,
    };
    Ok(Application {
        id: row.try_get("id")?,
        organisation_id: row.try_get("organisation_id")?,
        organisation_name: row.try_get("organisation_name")?,
        organisation_country: row.try_get("organisation_country")?,
        round_id: row.try_get("round_id")?,
        round_name: row.try_get("round_name")?,
        status: ApplicationStatus::parse(&row.try_get::<String, _>("status")?)?,
        fit_answers: row.try_get("fit_answers")?,
        fit_saved_at: opt_from_text(row.try_get("fit_saved_at")?)?,
        senior_approved_by: row.try_get("senior_approved_by")?,
        senior_approved_at: opt_from_text(row.try_get("senior_approved_at")?)?,
        capacity,
        capacity_skills: row.try_get("capacity_skills")?,
        submitted_at: opt_from_text(row.try_get("submitted_at")?)?,
        decided_at: opt_from_text(row.try_get("decided_at")?)?,
        decision_message: row.try_get("decision_message")?,
        builder_id: row.try_get("builder_id")?,
        training_starts_on: row
            .try_get::<Option<String>, _>("training_starts_on")?
            .as_deref()
            .map(date)
            .transpose()?,
        created_at: from_text(&row.try_get::<String, _>("created_at")?)?,
        updated_at: from_text(&row.try_get::<String, _>("updated_at")?)?,
        juniors: Vec::new(),
    })
}

fn junior_from_row(row: &AnyRow) -> Result<JuniorStaff> {
    Ok(JuniorStaff {
        id: row.try_get("id")?,
        position: row.try_get("position")?,
        name: row.try_get("name")?,
        email: row.try_get("email")?,
        commitment_percent: row.try_get("commitment_percent")?,
        responded_at: opt_from_text(row.try_get("responded_at")?)?,
    })
}

impl Store {
    pub async fn create_round(&self, round: &NewRound) -> Result<Round> {
        let id = new_id();
        let countries: Vec<&str> = round.countries.iter().map(CountryCode::as_str).collect();
        sqlx::query(
            "INSERT INTO intake_rounds (id, name, opens_on, closes_on, training_starts_on, countries, places, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
        )
        .bind(&id)
        .bind(round.name.as_str())
        .bind(date_text(round.opens_on))
        .bind(date_text(round.closes_on))
        .bind(date_text(round.training_starts_on))
        .bind(countries.join(","))
        .bind(round.places)
        .bind(to_text(now()))
        .execute(self.pool())
        .await?;
        self.round(&id).await
    }

    pub async fn round(&self, id: &str) -> Result<Round> {
        let sql = format!("{ROUND_SELECT} WHERE r.id = $1");
        let row = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(id)
            .fetch_optional(self.pool())
            .await?
            .ok_or(Error::NotFound)?;
        round_from_row(&row)
    }

    /// Every round, the newest training first.
    pub async fn rounds(&self) -> Result<Vec<Round>> {
        let sql = format!("{ROUND_SELECT} ORDER BY r.training_starts_on DESC, r.name");
        let rows = sqlx::query(sqlx::AssertSqlSafe(sql)).fetch_all(self.pool()).await?;
        rows.iter().map(round_from_row).collect()
    }

    async fn load_juniors(&self, application: &mut Application) -> Result<()> {
        let rows = sqlx::query("SELECT * FROM junior_staff WHERE application_id = $1 ORDER BY position")
            .bind(&application.id)
            .fetch_all(self.pool())
            .await?;
        application.juniors = rows.iter().map(junior_from_row).collect::<Result<_>>()?;
        Ok(())
    }

    async fn applications_where(&self, condition: &'static str, value: &str) -> Result<Vec<Application>> {
        let sql = format!("{APPLICATION_SELECT} WHERE {condition} ORDER BY a.created_at");
        let rows = sqlx::query(sqlx::AssertSqlSafe(sql)).bind(value).fetch_all(self.pool()).await?;
        let mut applications = rows.iter().map(application_from_row).collect::<Result<Vec<_>>>()?;
        for application in &mut applications {
            self.load_juniors(application).await?;
        }
        Ok(applications)
    }

    pub async fn application(&self, id: &str) -> Result<Application> {
        self.applications_where("a.id = $1", id).await?.pop().ok_or(Error::NotFound)
    }

    pub async fn applications_of_organisation(&self, organisation_id: &str) -> Result<Vec<Application>> {
        self.applications_where("a.organisation_id = $1", organisation_id).await
    }

    pub async fn applications_with_status(&self, status: ApplicationStatus) -> Result<Vec<Application>> {
        self.applications_where("a.status = $1", status.as_str()).await
    }

    pub async fn applications_of_builder(&self, builder_id: &str) -> Result<Vec<Application>> {
        self.applications_where("a.builder_id = $1", builder_id).await
    }

    /// Opens an application of `organisation_id` to a round that is open to its country.
    pub async fn start_application(
        &self,
        organisation_id: &str,
        round_id: &str,
        today: NaiveDate,
    ) -> Result<Application> {
        let round = self.round(round_id).await?;
        let organisation = self.organisation(organisation_id).await?;
        if !round.is_open_on(today) {
            return Err(Error::Rule("the round is not open for applications"));
        }
        if !round.accepts_country(&organisation.country) {
            return Err(Error::Rule("the round is not open to the organisation's country"));
        }
        let id = new_id();
        let at = to_text(now());
        sqlx::query(
            "INSERT INTO applications (id, organisation_id, round_id, status, created_at, updated_at) \
             VALUES ($1, $2, $3, 'draft', $4, $4)",
        )
        .bind(&id)
        .bind(organisation_id)
        .bind(round_id)
        .bind(&at)
        .execute(self.pool())
        .await
        .map_err(Error::unique_as("application to this round"))?;
        self.application(&id).await
    }

    /// After an UPDATE guarded by `status = 'draft'`: no row changed means the application is
    /// missing (NotFound) or no longer a draft.
    async fn draft_updated(&self, id: &str, rows: u64) -> Result<()> {
        if rows == 0 {
            self.application(id).await?;
            return Err(Error::Rule(SUBMITTED_IS_FINAL));
        }
        Ok(())
    }

    /// Runs one update on a draft application; refuses once it has been submitted.
    async fn update_draft(&self, id: &str, sql: &'static str, binds: Vec<Option<String>>) -> Result<()> {
        let mut query = sqlx::query(sql);
        for value in binds {
            query = query.bind(value);
        }
        let done = query.bind(to_text(now())).bind(id).execute(self.pool()).await?;
        self.draft_updated(id, done.rows_affected()).await
    }

    /// Saves the campaign self-assessment (JSON), as often as the CSO likes while a draft.
    pub async fn save_fit_answers(&self, id: &str, answers_json: &str) -> Result<()> {
        self.update_draft(
            id,
            "UPDATE applications SET fit_answers = $1, fit_saved_at = $2, updated_at = $2 \
             WHERE id = $3 AND status = 'draft'",
            vec![Some(answers_json.to_owned())],
        )
        .await
    }

    /// The senior staff member approves and supports the application.
    pub async fn approve_as_senior(&self, id: &str, user_id: &str) -> Result<()> {
        self.update_draft(
            id,
            "UPDATE applications SET senior_approved_by = $1, senior_approved_at = $2, updated_at = $2 \
             WHERE id = $3 AND status = 'draft'",
            vec![Some(user_id.to_owned())],
        )
        .await
    }

    pub async fn save_capacity_skills(&self, id: &str, skills_json: &str) -> Result<()> {
        self.update_draft(
            id,
            "UPDATE applications SET capacity_skills = $1, updated_at = $2 WHERE id = $3 AND status = 'draft'",
            vec![Some(skills_json.to_owned())],
        )
        .await
    }

    pub async fn save_capacity_measurement(
        &self,
        id: &str,
        latency_ms: i64,
        download_kbps: i64,
        upload_kbps: i64,
        samples_json: &str,
    ) -> Result<()> {
        let at = to_text(now());
        let done = sqlx::query(
            "UPDATE applications SET capacity_latency_ms = $1, capacity_download_kbps = $2, \
             capacity_upload_kbps = $3, capacity_samples = $4, capacity_measured_at = $5, updated_at = $5 \
             WHERE id = $6 AND status = 'draft'",
        )
        .bind(latency_ms)
        .bind(download_kbps)
        .bind(upload_kbps)
        .bind(samples_json)
        .bind(&at)
        .bind(id)
        .execute(self.pool())
        .await?;
        self.draft_updated(id, done.rows_affected()).await
    }

    /// Names (or renames) junior staff member 1 or 2 and emails them their confirmation link,
    /// in one transaction. A new name or address needs a new confirmation.
    pub async fn name_junior_staff(
        &self,
        application_id: &str,
        position: i64,
        name: &Name,
        email: &Email,
        compose: impl FnOnce(&Secret) -> OutgoingEmail,
    ) -> Result<Secret> {
        if !(1..=2).contains(&position) {
            return Err(Error::Rule("an application names two junior staff"));
        }
        let secret = Secret::generate();
        let mut tx = self.begin().await?;
        let status: Option<String> = sqlx::query_scalar("SELECT status FROM applications WHERE id = $1")
            .bind(application_id)
            .fetch_optional(&mut *tx)
            .await?;
        match status.as_deref() {
            None => return Err(Error::NotFound),
            Some("draft") => {}
            Some(_) => {
                return Err(Error::Rule(SUBMITTED_IS_FINAL));
            }
        }
        let other_email: Option<String> =
            sqlx::query_scalar("SELECT email FROM junior_staff WHERE application_id = $1 AND position <> $2")
                .bind(application_id)
                .bind(position)
                .fetch_optional(&mut *tx)
                .await?;
        if other_email.as_deref() == Some(email.as_str()) {
            return Err(Error::Conflict("junior staff email"));
        }
        sqlx::query("DELETE FROM junior_staff WHERE application_id = $1 AND position = $2")
            .bind(application_id)
            .bind(position)
            .execute(&mut *tx)
            .await?;
        sqlx::query(
            "INSERT INTO junior_staff (id, application_id, position, name, email, token_hash) \
             VALUES ($1, $2, $3, $4, $5, $6)",
        )
        .bind(new_id())
        .bind(application_id)
        .bind(position)
        .bind(name.as_str())
        .bind(email.as_str())
        .bind(secret.hash())
        .execute(&mut *tx)
        .await?;
        sqlx::query("UPDATE applications SET updated_at = $1 WHERE id = $2")
            .bind(to_text(now()))
            .bind(application_id)
            .execute(&mut *tx)
            .await?;
        insert_email(&mut *tx, &compose(&secret)).await?;
        tx.commit().await?;
        Ok(secret)
    }

    /// What a junior staff member's confirmation link refers to.
    pub async fn junior_invitation(&self, secret: &Secret) -> Result<JuniorInvitation> {
        let row = sqlx::query("SELECT * FROM junior_staff WHERE token_hash = $1")
            .bind(secret.hash())
            .fetch_optional(self.pool())
            .await?
            .ok_or(Error::NotFound)?;
        let junior = junior_from_row(&row)?;
        let application_id: String = row.try_get("application_id")?;
        let application = self.application(&application_id).await?;
        let round = self.round(&application.round_id).await?;
        Ok(JuniorInvitation { junior, application, round })
    }

    /// Records the share of their time a junior staff member can give (0 to 100).
    pub async fn record_commitment(&self, secret: &Secret, percent: i64) -> Result<()> {
        if !(0..=100).contains(&percent) {
            return Err(Error::Rule("a commitment is a percentage between 0 and 100"));
        }
        // The draft check is inside the UPDATE, so an answer cannot slip in after submission.
        let done = sqlx::query(
            "UPDATE junior_staff SET commitment_percent = $1, responded_at = $2 WHERE token_hash = $3 \
             AND (SELECT status FROM applications a WHERE a.id = junior_staff.application_id) = 'draft'",
        )
        .bind(percent)
        .bind(to_text(now()))
        .bind(secret.hash())
        .execute(self.pool())
        .await?;
        if done.rows_affected() == 0 {
            self.junior_invitation(secret).await?;
            return Err(Error::Rule(SUBMITTED_IS_FINAL));
        }
        Ok(())
    }

    /// Sends a draft for review. Whether it is complete is the caller's rule to check first.
    pub async fn submit_application(&self, id: &str) -> Result<()> {
        self.update_draft(
            id,
            "UPDATE applications SET status = 'submitted', submitted_at = $1, updated_at = $1 \
             WHERE id = $2 AND status = 'draft'",
            vec![],
        )
        .await
    }

    /// Accepts or declines a submitted application and queues the emails that announce it,
    /// in one transaction. Accepting beyond the round's places is refused.
    pub async fn decide_application(
        &self,
        id: &str,
        decided_by: &str,
        decision: &Decision,
        emails: &[OutgoingEmail],
    ) -> Result<()> {
        let mut tx = self.begin().await?;
        let row = sqlx::query("SELECT status, round_id FROM applications WHERE id = $1")
            .bind(id)
            .fetch_optional(&mut *tx)
            .await?
            .ok_or(Error::NotFound)?;
        if row.try_get::<String, _>("status")? != "submitted" {
            return Err(Error::Rule("only submitted applications can be decided"));
        }
        let round_id: String = row.try_get("round_id")?;
        let at = to_text(now());
        match decision {
            Decision::Accept { builder_id, training_starts_on } => {
                let role: Option<String> = sqlx::query_scalar("SELECT role FROM users WHERE id = $1")
                    .bind(builder_id)
                    .fetch_optional(&mut *tx)
                    .await?;
                if role.as_deref() != Some("builder") {
                    return Err(Error::Rule("the assigned person is not a capacity builder"));
                }
                // The place count is checked inside the UPDATE so two admins cannot overfill a round.
                let done = sqlx::query(
                    "UPDATE applications SET status = 'accepted', decided_at = $1, decided_by = $2, \
                     builder_id = $3, training_starts_on = $4, updated_at = $1 \
                     WHERE id = $5 AND status = 'submitted' AND \
                     (SELECT COUNT(*) FROM applications x WHERE x.round_id = $6 AND x.status = 'accepted') \
                       < (SELECT places FROM intake_rounds WHERE id = $6)",
                )
                .bind(&at)
                .bind(decided_by)
                .bind(builder_id)
                .bind(date_text(*training_starts_on))
                .bind(id)
                .bind(&round_id)
                .execute(&mut *tx)
                .await?;
                if done.rows_affected() == 0 {
                    return Err(Error::Rule(ROUND_FULL));
                }
                crate::engagements::open(&mut tx, id, builder_id, *training_starts_on, &at).await?;
            }
            Decision::Decline { message } => {
                sqlx::query(
                    "UPDATE applications SET status = 'declined', decided_at = $1, decided_by = $2, \
                     decision_message = $3, updated_at = $1 WHERE id = $4 AND status = 'submitted'",
                )
                .bind(&at)
                .bind(decided_by)
                .bind(message)
                .bind(id)
                .execute(&mut *tx)
                .await?;
            }
        }
        for email in emails {
            insert_email(&mut *tx, email).await?;
        }
        tx.commit().await?;
        Ok(())
    }
}
