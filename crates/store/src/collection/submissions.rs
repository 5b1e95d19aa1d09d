//! Reading and reviewing submissions: a form's table with filters, sorting and pages, one
//! submission with its attachments and history, the versions of an edited submission,
//! review states with comments, and soft delete with restore.
//!
//! A logical submission is an edit chain: rows sharing `root_instance_id`, the newest marked
//! `is_current`. Tables show current rows; deleting and restoring act on the whole chain, and
//! the history of a submission is the history of its chain.

use std::borrow::Cow;
use std::fmt;
use std::str::FromStr;

use chrono::NaiveDate;
use sqlx::Row;
use sqlx::any::AnyRow;

use crate::blobs::BlobKey;
use crate::clock::{from_text, opt_from_text, to_text};
use crate::collection::BUMP_DATA_GENERATION;
use crate::types::new_id;
use crate::{Error, Result, Store, Timestamp, now};

/// Rows in one page of a form's table.
pub const PAGE_SIZE: i64 = 50;

/// The rule a review breaks when the submission is deleted.
pub const SUBMISSION_DELETED: &str = "the submission is deleted";
/// The rule a review breaks when a newer version of the submission exists.
pub const SUBMISSION_SUPERSEDED: &str = "a newer version of the submission exists";

/// The longest review comment, in characters.
pub const MAX_COMMENT_CHARS: usize = 2000;

/// Where a submission stands in review.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ReviewState {
    /// Not reviewed yet.
    Received,
    Approved,
    /// Looked at and found to need attention (a follow-up, a correction).
    HasIssues,
    Rejected,
}

impl ReviewState {
    /// In the order reviews are worked through.
    pub const ALL: [ReviewState; 4] =
        [ReviewState::Received, ReviewState::HasIssues, ReviewState::Approved, ReviewState::Rejected];

    pub fn as_str(self) -> &'static str {
        match self {
            ReviewState::Received => "received",
            ReviewState::Approved => "approved",
            ReviewState::HasIssues => "has_issues",
            ReviewState::Rejected => "rejected",
        }
    }

    pub(crate) fn from_db(text: &str) -> Result<Self> {
        text.parse().map_err(|_| Error::Corrupt(format!("review state {text:?}")))
    }
}

impl FromStr for ReviewState {
    type Err = UnknownReviewState;
    fn from_str(s: &str) -> Result<Self, UnknownReviewState> {
        ReviewState::ALL.into_iter().find(|r| r.as_str() == s.trim()).ok_or(UnknownReviewState)
    }
}

impl fmt::Display for ReviewState {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A review state name that is none of the four.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("the review state is unknown")]
pub struct UnknownReviewState;

/// A reviewer's comment on a submission: trimmed, 1 to [`MAX_COMMENT_CHARS`] characters.
pub type ReviewComment = crate::types::Comment<MAX_COMMENT_CHARS>;

/// What happened to a submission, as its history shows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EventKind {
    /// A new version replaced an earlier one (the event's comment holds the earlier `instanceID`).
    Edited,
    /// The review state was set (perhaps with a comment).
    Reviewed,
    Commented,
    Deleted,
    Restored,
}

impl EventKind {
    pub fn as_str(self) -> &'static str {
        match self {
            EventKind::Edited => "edited",
            EventKind::Reviewed => "review_state",
            EventKind::Commented => "comment",
            EventKind::Deleted => "deleted",
            EventKind::Restored => "restored",
        }
    }

    fn from_db(text: &str) -> Result<Self> {
        [
            EventKind::Edited,
            EventKind::Reviewed,
            EventKind::Commented,
            EventKind::Deleted,
            EventKind::Restored,
        ]
        .into_iter()
        .find(|k| k.as_str() == text)
        .ok_or_else(|| Error::Corrupt(format!("submission event kind {text:?}")))
    }
}

/// Which submissions a table shows (pilot, live or both).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum PilotFilter {
    #[default]
    All,
    Pilot,
    Live,
}

/// How a table is ordered. Ties are broken by the newest first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SubmissionSort {
    #[default]
    NewestFirst,
    OldestFirst,
    /// Unreviewed first, then has issues, approved, rejected.
    ReviewState,
    /// Most problems first.
    Problems,
}

impl SubmissionSort {
    fn order_by(self) -> &'static str {
        match self {
            SubmissionSort::NewestFirst => "s.received_at DESC, s.id DESC",
            SubmissionSort::OldestFirst => "s.received_at ASC, s.id ASC",
            SubmissionSort::ReviewState => {
                "CASE s.review_state WHEN 'received' THEN 0 WHEN 'has_issues' THEN 1 \
                 WHEN 'approved' THEN 2 ELSE 3 END, s.received_at DESC, s.id DESC"
            }
            SubmissionSort::Problems => "s.problem_count DESC, s.received_at DESC, s.id DESC",
        }
    }
}

/// "This field has exactly this value". A path without repeat positions
/// (`/data/household/age`) matches the field in any repeat instance.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldEquals {
    pub path: String,
    pub value: String,
}

impl FieldEquals {
    /// Whether one of a submission's `(path, value)` answers is this one.
    pub fn matches<P: AsRef<str>, V: AsRef<str>>(&self, values: &[(P, V)]) -> bool {
        let any_instance = !self.path.contains('[');
        values.iter().any(|(path, value)| {
            let (path, value) = (path.as_ref(), value.as_ref());
            value == self.value
                && (path == self.path || (any_instance && without_positions(path) == self.path))
        })
    }
}

/// A field path with its repeat positions removed: `/data/hh[2]/age` -> `/data/hh/age`.
pub fn without_positions(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    let mut skipping = false;
    for ch in path.chars() {
        match ch {
            '[' => skipping = true,
            ']' => skipping = false,
            _ if !skipping => out.push(ch),
            _ => {}
        }
    }
    out
}

/// What a table of a form's current submissions shows.
#[derive(Debug, Clone, Default)]
pub struct SubmissionFilter {
    /// Received on or after this day (UTC).
    pub received_from: Option<NaiveDate>,
    /// Received on or before this day (UTC).
    pub received_to: Option<NaiveDate>,
    pub review_state: Option<ReviewState>,
    pub collector_id: Option<String>,
    pub pilot: PilotFilter,
    /// Show soft-deleted submissions too.
    pub include_deleted: bool,
    pub field: Option<FieldEquals>,
    /// Only submissions whose id (time-ordered) comes after this one.
    pub after_id: Option<String>,
    /// Only submissions whose id is this one or comes before it.
    pub through_id: Option<String>,
    pub sort: SubmissionSort,
    /// 1-based; 0 is read as 1.
    pub page: i64,
}

/// One batch of [`Store::submission_rows_after`].
#[derive(Debug, Clone)]
pub struct RowBatch {
    /// The rows the filter keeps.
    pub rows: Vec<SubmissionRow>,
    /// The last id read, to read on after it; `None` when there is nothing more.
    pub last_id: Option<String>,
}

/// One line of a form's table (or one version of an edit chain).
#[derive(Debug, Clone)]
pub struct SubmissionRow {
    pub id: String,
    pub form_id: String,
    pub version_id: String,
    pub instance_id: String,
    pub root_instance_id: String,
    pub deprecated_id: Option<String>,
    pub is_current: bool,
    /// `(path, value)` of every answered field, in document order.
    pub field_values: Vec<(String, String)>,
    pub problem_count: i64,
    pub pilot: bool,
    pub collector_id: Option<String>,
    pub collector_name: Option<String>,
    pub submitter_id: Option<String>,
    pub submitter_name: Option<String>,
    pub review_state: ReviewState,
    pub received_at: Timestamp,
    pub deleted_at: Option<Timestamp>,
}

impl SubmissionRow {
    /// The value of the field at `path` (exact path, repeat positions included).
    pub fn value(&self, path: &str) -> Option<&str> {
        self.field_values.iter().find(|(p, _)| p == path).map(|(_, v)| v.as_str())
    }

    /// Whether this version replaced an earlier one.
    pub fn is_edit(&self) -> bool {
        self.deprecated_id.is_some()
    }
}

/// One page of a form's table.
#[derive(Debug, Clone)]
pub struct SubmissionPage {
    pub rows: Vec<SubmissionRow>,
    /// Submissions matching the filter, on every page.
    pub total: i64,
    /// 1-based.
    pub page: i64,
    pub page_size: i64,
}

impl SubmissionPage {
    /// How many pages the filter fills (at least one).
    pub fn pages(&self) -> i64 {
        ((self.total + self.page_size - 1) / self.page_size).max(1)
    }
}

/// A problem the form's rules found in a submission (stored, never refused).
#[derive(Debug, Clone, PartialEq, Eq, serde::Deserialize)]
pub struct SubmissionProblem {
    pub path: String,
    /// `wrong_type`, `not_a_choice`, `required`, `constraint`, `unexpected` or `expression`.
    pub kind: String,
    pub detail: Option<String>,
}

/// A file a submission names: received (with its blob) or still expected.
#[derive(Debug, Clone)]
pub struct Attachment {
    pub name: String,
    /// `None` while the file has not been received.
    pub blob_key: Option<BlobKey>,
    pub size: Option<i64>,
    pub content_type: Option<String>,
    pub received_at: Option<Timestamp>,
}

impl Attachment {
    pub fn is_received(&self) -> bool {
        self.blob_key.is_some()
    }
}

/// One entry of a submission's history.
#[derive(Debug, Clone)]
pub struct SubmissionEvent {
    pub id: String,
    /// The version of the submission the event concerns.
    pub submission_id: String,
    pub kind: EventKind,
    pub review_state: Option<ReviewState>,
    pub comment: Option<String>,
    pub actor_id: Option<String>,
    pub actor_name: Option<String>,
    pub at: Timestamp,
}

/// One submission (a version of an edit chain) with everything its page shows.
#[derive(Debug, Clone)]
pub struct StoredSubmission {
    pub row: SubmissionRow,
    /// The document exactly as received.
    pub xml: String,
    pub problems: Vec<SubmissionProblem>,
    pub attachments: Vec<Attachment>,
    /// The history of the whole edit chain, oldest first.
    pub events: Vec<SubmissionEvent>,
}

pub(crate) const ROW_COLUMNS: &str = "s.id, s.form_id, s.version_id, s.instance_id, s.root_instance_id, \
     s.deprecated_id, s.is_current, s.field_values, s.problem_count, s.pilot, s.collector_id, \
     c.name AS collector_name, s.submitter_id, u.name AS submitter_name, s.review_state, \
     s.received_at, s.deleted_at";
pub(crate) const ROW_FROM: &str = " FROM submissions s LEFT JOIN collectors c ON c.id = s.collector_id \
     LEFT JOIN users u ON u.id = s.submitter_id";

/// One `[path, value]` pair of the stored answers, borrowed from the text when it needs no
/// unescaping (almost always).
#[derive(serde::Deserialize)]
struct BorrowedPair<'a>(#[serde(borrow)] Cow<'a, str>, #[serde(borrow)] Cow<'a, str>);

/// A submission's stored answers (`field_values`), read without copying them.
pub fn values_borrowed(text: &str) -> Result<Vec<(Cow<'_, str>, Cow<'_, str>)>> {
    let pairs: Vec<BorrowedPair<'_>> =
        serde_json::from_str(text).map_err(|e| Error::Corrupt(format!("field values: {e}")))?;
    Ok(pairs.into_iter().map(|BorrowedPair(path, value)| (path, value)).collect())
}

pub(crate) fn values_from_json(text: &str) -> Result<Vec<(String, String)>> {
    serde_json::from_str(text).map_err(|e| Error::Corrupt(format!("field values: {e}")))
}

fn row_from(row: &AnyRow) -> Result<SubmissionRow> {
    Ok(SubmissionRow {
        id: row.try_get("id")?,
        form_id: row.try_get("form_id")?,
        version_id: row.try_get("version_id")?,
        instance_id: row.try_get("instance_id")?,
        root_instance_id: row.try_get("root_instance_id")?,
        deprecated_id: row.try_get("deprecated_id")?,
        is_current: row.try_get::<i64, _>("is_current")? == 1,
        field_values: values_from_json(&row.try_get::<String, _>("field_values")?)?,
        problem_count: row.try_get("problem_count")?,
        pilot: row.try_get::<i64, _>("pilot")? == 1,
        collector_id: row.try_get("collector_id")?,
        collector_name: row.try_get("collector_name")?,
        submitter_id: row.try_get("submitter_id")?,
        submitter_name: row.try_get("submitter_name")?,
        review_state: ReviewState::from_db(&row.try_get::<String, _>("review_state")?)?,
        received_at: from_text(&row.try_get::<String, _>("received_at")?)?,
        deleted_at: opt_from_text(row.try_get("deleted_at")?)?,
    })
}

fn attachment_from(row: &AnyRow) -> Result<Attachment> {
    let key: Option<String> = row.try_get("blob_key")?;
    Ok(Attachment {
        name: row.try_get("name")?,
        blob_key: key
            .map(|k| BlobKey::parse(&k).ok_or_else(|| Error::Corrupt(format!("blob key {k:?}"))))
            .transpose()?,
        size: row.try_get("size")?,
        content_type: row.try_get("content_type")?,
        received_at: opt_from_text(row.try_get("received_at")?)?,
    })
}

fn event_from(row: &AnyRow) -> Result<SubmissionEvent> {
    let state: Option<String> = row.try_get("review_state")?;
    Ok(SubmissionEvent {
        id: row.try_get("id")?,
        submission_id: row.try_get("submission_id")?,
        kind: EventKind::from_db(&row.try_get::<String, _>("kind")?)?,
        review_state: state.as_deref().map(ReviewState::from_db).transpose()?,
        comment: row.try_get("comment")?,
        actor_id: row.try_get("actor_id")?,
        actor_name: row.try_get("actor_name")?,
        at: from_text(&row.try_get::<String, _>("at")?)?,
    })
}

fn day_start(day: NaiveDate) -> String {
    to_text(day.and_hms_opt(0, 0, 0).expect("midnight exists").and_utc())
}

/// A `LIKE` pattern that every stored JSON holding the string `value` matches, or `None`
/// when `value` has characters a JSON writer may escape (then only the exact check runs).
fn json_string_pattern(value: &str) -> Option<String> {
    let plain = value.chars().all(|c| c.is_ascii_graphic() || c == ' ') && !value.contains(['"', '\\', '/']);
    if !plain {
        return None;
    }
    let mut pattern = String::from("%\"");
    for ch in value.chars() {
        if matches!(ch, '%' | '_' | '\\') {
            pattern.push('\\');
        }
        pattern.push(ch);
    }
    pattern.push_str("\"%");
    Some(pattern)
}

/// The WHERE clause of a table query and its values, in placeholder order. Only fixed
/// fragments go into the SQL; every value is bound.
pub(crate) fn conditions(form_id: &str, filter: &SubmissionFilter) -> (String, Vec<String>) {
    let mut binds = vec![form_id.to_owned()];
    let mut sql = String::from(" WHERE s.form_id = $1 AND s.is_current = 1");
    let mut push = |sql: &mut String, clause: &str, value: String| {
        binds.push(value);
        sql.push_str(&clause.replace("{}", &format!("${}", binds.len())));
    };
    if let Some(from) = filter.received_from {
        push(&mut sql, " AND s.received_at >= {}", day_start(from));
    }
    if let Some(to) = filter.received_to.and_then(|d| d.succ_opt()) {
        push(&mut sql, " AND s.received_at < {}", day_start(to));
    }
    if let Some(state) = filter.review_state {
        push(&mut sql, " AND s.review_state = {}", state.as_str().to_owned());
    }
    if let Some(collector) = &filter.collector_id {
        push(&mut sql, " AND s.collector_id = {}", collector.clone());
    }
    match filter.pilot {
        PilotFilter::All => {}
        PilotFilter::Pilot => sql.push_str(" AND s.pilot = 1"),
        PilotFilter::Live => sql.push_str(" AND s.pilot = 0"),
    }
    if !filter.include_deleted {
        sql.push_str(" AND s.deleted_at IS NULL");
    }
    if let Some(after) = &filter.after_id {
        push(&mut sql, " AND s.id > {}", after.clone());
    }
    if let Some(through) = &filter.through_id {
        push(&mut sql, " AND s.id <= {}", through.clone());
    }
    // Only narrows the rows read; the exact comparison is made on the decoded values.
    if let Some(pattern) = filter.field.as_ref().and_then(|f| json_string_pattern(&f.value)) {
        push(&mut sql, " AND s.field_values LIKE {} ESCAPE '\\'", pattern);
    }
    (sql, binds)
}

/// `filter`'s conditions for the page of submissions after the id `after` (keyset paging):
/// the later of `after` and the filter's own `after_id`.
pub(crate) fn conditions_after(
    form_id: &str,
    filter: &SubmissionFilter,
    after: Option<&str>,
) -> (String, Vec<String>) {
    match after {
        Some(after) if filter.after_id.as_deref().is_none_or(|own| own < after) => {
            conditions(form_id, &SubmissionFilter { after_id: Some(after.to_owned()), ..filter.clone() })
        }
        _ => conditions(form_id, filter),
    }
}

fn bind_all<'q>(
    mut query: sqlx::query::Query<'q, sqlx::Any, sqlx::any::AnyArguments>,
    binds: &'q [String],
) -> sqlx::query::Query<'q, sqlx::Any, sqlx::any::AnyArguments> {
    for value in binds {
        query = query.bind(value.as_str());
    }
    query
}

/// Rows read per query while filtering by a field's value.
const SCAN_BATCH: i64 = 500;

impl Store {
    /// One page of a form's current submissions.
    pub async fn submissions_page(&self, form_id: &str, filter: &SubmissionFilter) -> Result<SubmissionPage> {
        let page = filter.page.max(1);
        let offset = (page - 1) * PAGE_SIZE;
        let (where_sql, binds) = conditions(form_id, filter);
        let order = filter.sort.order_by();
        let n = binds.len();
        let Some(field) = &filter.field else {
            let count_sql = format!("SELECT COUNT(*) FROM submissions s{where_sql}");
            let total: i64 = bind_all(sqlx::query(sqlx::AssertSqlSafe(count_sql)), &binds)
                .fetch_one(self.pool())
                .await?
                .try_get(0)?;
            let sql = format!(
                "SELECT {ROW_COLUMNS}{ROW_FROM}{where_sql} ORDER BY {order} LIMIT ${} OFFSET ${}",
                n + 1,
                n + 2
            );
            let rows = bind_all(sqlx::query(sqlx::AssertSqlSafe(sql)), &binds)
                .bind(PAGE_SIZE)
                .bind(offset)
                .fetch_all(self.pool())
                .await?;
            let rows = rows.iter().map(row_from).collect::<Result<_>>()?;
            return Ok(SubmissionPage { rows, total, page, page_size: PAGE_SIZE });
        };
        // Values are JSON text, which the two backends cannot compare portably: read the
        // candidates in table order, compare in Rust, count them all, and keep the ids of the
        // wanted page.
        let scan_sql = format!(
            "SELECT s.id, s.field_values FROM submissions s{where_sql} ORDER BY {order} LIMIT ${} OFFSET ${}",
            n + 1,
            n + 2
        );
        let mut total = 0i64;
        let mut wanted = Vec::new();
        let mut scanned = 0i64;
        loop {
            let batch = bind_all(sqlx::query(sqlx::AssertSqlSafe(scan_sql.as_str())), &binds)
                .bind(SCAN_BATCH)
                .bind(scanned)
                .fetch_all(self.pool())
                .await?;
            for row in &batch {
                let values = values_from_json(&row.try_get::<String, _>("field_values")?)?;
                if field.matches(&values) {
                    if total >= offset && total < offset + PAGE_SIZE {
                        wanted.push(row.try_get::<String, _>("id")?);
                    }
                    total += 1;
                }
            }
            scanned += batch.len() as i64;
            if (batch.len() as i64) < SCAN_BATCH {
                break;
            }
        }
        let mut rows = Vec::with_capacity(wanted.len());
        if !wanted.is_empty() {
            let placeholders: Vec<String> = (1..=wanted.len()).map(|i| format!("${i}")).collect();
            let sql = format!("SELECT {ROW_COLUMNS}{ROW_FROM} WHERE s.id IN ({})", placeholders.join(", "));
            let found =
                bind_all(sqlx::query(sqlx::AssertSqlSafe(sql)), &wanted).fetch_all(self.pool()).await?;
            let mut found = found.iter().map(row_from).collect::<Result<Vec<_>>>()?;
            // Back into table order.
            for id in &wanted {
                if let Some(at) = found.iter().position(|r| &r.id == id) {
                    rows.push(found.swap_remove(at));
                }
            }
        }
        Ok(SubmissionPage { rows, total, page, page_size: PAGE_SIZE })
    }

    /// The rows (with who sent them and their review state) of a form's current submissions
    /// that `filter` keeps, in a stable order (by id), `limit` at a time:
    /// for exports, which write every column of every matching submission without holding
    /// them all. `last_id` is where the next batch starts; `None` is the end.
    pub async fn submission_rows_after(
        &self,
        form_id: &str,
        filter: &SubmissionFilter,
        after: Option<&str>,
        limit: i64,
    ) -> Result<RowBatch> {
        let (where_sql, binds) = conditions_after(form_id, filter, after);
        let sql =
            format!("SELECT {ROW_COLUMNS}{ROW_FROM}{where_sql} ORDER BY s.id LIMIT ${}", binds.len() + 1);
        let found = bind_all(sqlx::query(sqlx::AssertSqlSafe(sql)), &binds)
            .bind(limit)
            .fetch_all(self.pool())
            .await?;
        let last_id = if (found.len() as i64) < limit {
            None
        } else {
            found.last().map(|r| r.try_get::<String, _>("id")).transpose()?
        };
        let mut rows = Vec::with_capacity(found.len());
        for row in &found {
            let row = row_from(row)?;
            if filter.field.as_ref().is_none_or(|field| field.matches(&row.field_values)) {
                rows.push(row);
            }
        }
        Ok(RowBatch { rows, last_id })
    }

    /// How many current submissions of a form `filter` keeps.
    pub async fn count_submissions(&self, form_id: &str, filter: &SubmissionFilter) -> Result<i64> {
        if filter.field.is_some() {
            return Ok(self.submissions_page(form_id, filter).await?.total);
        }
        let (where_sql, binds) = conditions(form_id, filter);
        let sql = format!("SELECT COUNT(*) FROM submissions s{where_sql}");
        Ok(bind_all(sqlx::query(sqlx::AssertSqlSafe(sql)), &binds)
            .fetch_one(self.pool())
            .await?
            .try_get(0)?)
    }

    /// One submission (any version, deleted or not) with its attachments and the history of
    /// its edit chain.
    pub async fn submission(&self, id: &str) -> Result<StoredSubmission> {
        let found = sqlx::query(sqlx::AssertSqlSafe(format!(
            "SELECT {ROW_COLUMNS}, s.xml, s.problems{ROW_FROM} WHERE s.id = $1"
        )))
        .bind(id)
        .fetch_optional(self.pool())
        .await?
        .ok_or(Error::NotFound)?;
        let row = row_from(&found)?;
        let problems: Vec<SubmissionProblem> = serde_json::from_str(&found.try_get::<String, _>("problems")?)
            .map_err(|e| Error::Corrupt(format!("problems: {e}")))?;
        let attachments =
            sqlx::query("SELECT * FROM submission_attachments WHERE submission_id = $1 ORDER BY name")
                .bind(id)
                .fetch_all(self.pool())
                .await?
                .iter()
                .map(attachment_from)
                .collect::<Result<_>>()?;
        let events = sqlx::query(
            "SELECT e.*, u.name AS actor_name FROM submission_events e LEFT JOIN users u ON u.id = e.actor_id \
             WHERE e.submission_id IN (SELECT id FROM submissions WHERE form_id = $1 AND root_instance_id = $2) \
             ORDER BY e.at, e.id",
        )
        .bind(&row.form_id)
        .bind(&row.root_instance_id)
        .fetch_all(self.pool())
        .await?
        .iter()
        .map(event_from)
        .collect::<Result<_>>()?;
        Ok(StoredSubmission { xml: found.try_get("xml")?, problems, attachments, events, row })
    }

    /// Every version of the submission's edit chain, newest first.
    pub async fn submission_versions(&self, id: &str) -> Result<Vec<SubmissionRow>> {
        let sql = format!(
            "SELECT {ROW_COLUMNS}{ROW_FROM} WHERE s.form_id = (SELECT form_id FROM submissions WHERE id = $1) \
             AND s.root_instance_id = (SELECT root_instance_id FROM submissions WHERE id = $1) \
             ORDER BY s.received_at DESC, s.id DESC"
        );
        let rows = sqlx::query(sqlx::AssertSqlSafe(sql)).bind(id).fetch_all(self.pool()).await?;
        if rows.is_empty() {
            return Err(Error::NotFound);
        }
        rows.iter().map(row_from).collect()
    }

    /// The collectors that sent submissions of a form, as `(id, name)` by name.
    pub async fn submission_collectors(&self, form_id: &str) -> Result<Vec<(String, String)>> {
        let rows = sqlx::query(
            "SELECT c.id, c.name FROM collectors c WHERE c.id IN \
             (SELECT DISTINCT collector_id FROM submissions WHERE form_id = $1 AND collector_id IS NOT NULL) \
             ORDER BY c.name, c.id",
        )
        .bind(form_id)
        .fetch_all(self.pool())
        .await?;
        rows.iter().map(|r| Ok((r.try_get("id")?, r.try_get("name")?))).collect()
    }

    /// Sets the review state of the current version of a submission, with an optional
    /// comment, and records it in the history (one transaction).
    pub async fn set_review_state(
        &self,
        id: &str,
        state: ReviewState,
        comment: Option<&ReviewComment>,
        actor_id: Option<&str>,
    ) -> Result<()> {
        let at = to_text(now());
        let mut tx = self.begin().await?;
        let done = sqlx::query(
            "UPDATE submissions SET review_state = $1 WHERE id = $2 AND is_current = 1 AND deleted_at IS NULL",
        )
        .bind(state.as_str())
        .bind(id)
        .execute(&mut *tx)
        .await?;
        if done.rows_affected() == 0 {
            let found = sqlx::query("SELECT deleted_at FROM submissions WHERE id = $1")
                .bind(id)
                .fetch_optional(&mut *tx)
                .await?
                .ok_or(Error::NotFound)?;
            let deleted: Option<String> = found.try_get("deleted_at")?;
            return Err(Error::Rule(if deleted.is_some() {
                SUBMISSION_DELETED
            } else {
                SUBMISSION_SUPERSEDED
            }));
        }
        let comment = comment.map(ReviewComment::as_str);
        insert_event(&mut tx, id, EventKind::Reviewed, Some(state), comment, actor_id, &at).await?;
        tx.commit().await?;
        Ok(())
    }

    /// Adds a comment to a submission's history.
    pub async fn add_submission_comment(
        &self,
        id: &str,
        comment: &ReviewComment,
        actor_id: Option<&str>,
    ) -> Result<()> {
        let at = to_text(now());
        let mut tx = self.begin().await?;
        let exists: Option<String> = sqlx::query_scalar("SELECT id FROM submissions WHERE id = $1")
            .bind(id)
            .fetch_optional(&mut *tx)
            .await?;
        if exists.is_none() {
            return Err(Error::NotFound);
        }
        insert_event(&mut tx, id, EventKind::Commented, None, Some(comment.as_str()), actor_id, &at).await?;
        tx.commit().await?;
        Ok(())
    }

    /// Soft-deletes a submission with every version of its edit chain; it leaves the tables
    /// and can be restored. Deleting a deleted submission changes nothing.
    pub async fn delete_submission(&self, id: &str, actor_id: Option<&str>) -> Result<()> {
        self.set_deleted(id, true, actor_id).await
    }

    /// Brings a soft-deleted submission (and its edit chain) back.
    pub async fn restore_submission(&self, id: &str, actor_id: Option<&str>) -> Result<()> {
        self.set_deleted(id, false, actor_id).await
    }

    async fn set_deleted(&self, id: &str, deleted: bool, actor_id: Option<&str>) -> Result<()> {
        let at = to_text(now());
        let mut tx = self.begin().await?;
        let found = sqlx::query("SELECT form_id, root_instance_id FROM submissions WHERE id = $1")
            .bind(id)
            .fetch_optional(&mut *tx)
            .await?
            .ok_or(Error::NotFound)?;
        let form_id: String = found.try_get("form_id")?;
        let root: String = found.try_get("root_instance_id")?;
        let done = if deleted {
            sqlx::query(
                "UPDATE submissions SET deleted_at = $1 WHERE form_id = $2 AND root_instance_id = $3 \
                 AND deleted_at IS NULL",
            )
            .bind(&at)
            .bind(&form_id)
            .bind(&root)
            .execute(&mut *tx)
            .await?
        } else {
            sqlx::query(
                "UPDATE submissions SET deleted_at = NULL WHERE form_id = $1 AND root_instance_id = $2 \
                 AND deleted_at IS NOT NULL",
            )
            .bind(&form_id)
            .bind(&root)
            .execute(&mut *tx)
            .await?
        };
        if done.rows_affected() > 0 {
            let kind = if deleted { EventKind::Deleted } else { EventKind::Restored };
            insert_event(&mut tx, id, kind, None, None, actor_id, &at).await?;
            sqlx::query(BUMP_DATA_GENERATION).bind(&form_id).execute(&mut *tx).await?;
        }
        tx.commit().await?;
        Ok(())
    }

    /// The attachment `name` of a submission (received or still expected).
    pub async fn submission_attachment(&self, submission_id: &str, name: &str) -> Result<Attachment> {
        let row = sqlx::query("SELECT * FROM submission_attachments WHERE submission_id = $1 AND name = $2")
            .bind(submission_id)
            .bind(name)
            .fetch_optional(self.pool())
            .await?
            .ok_or(Error::NotFound)?;
        attachment_from(&row)
    }
}

async fn insert_event(
    conn: &mut sqlx::AnyConnection,
    submission_id: &str,
    kind: EventKind,
    state: Option<ReviewState>,
    comment: Option<&str>,
    actor_id: Option<&str>,
    at: &str,
) -> Result<()> {
    sqlx::query(
        "INSERT INTO submission_events (id, submission_id, kind, review_state, comment, actor_id, at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7)",
    )
    .bind(new_id())
    .bind(submission_id)
    .bind(kind.as_str())
    .bind(state.map(ReviewState::as_str))
    .bind(comment)
    .bind(actor_id)
    .bind(at)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn review_states_round_trip_through_text() {
        for state in ReviewState::ALL {
            assert_eq!(state.as_str().parse::<ReviewState>(), Ok(state));
        }
        assert!("approved ".parse::<ReviewState>().is_ok());
        assert_eq!("accepted".parse::<ReviewState>(), Err(UnknownReviewState));
    }

    #[test]
    fn comments_are_trimmed_and_bounded() {
        assert_eq!(ReviewComment::parse("  ok  ").unwrap().as_str(), "ok");
        assert!(ReviewComment::parse("   ").is_none());
        assert!(ReviewComment::parse(&"x".repeat(MAX_COMMENT_CHARS + 1)).is_none());
        assert!(ReviewComment::parse(&"é".repeat(MAX_COMMENT_CHARS)).is_some());
    }

    #[test]
    fn a_path_without_positions_matches_every_repeat_instance() {
        let values = vec![
            ("/data/hh[1]/age".to_owned(), "3".to_owned()),
            ("/data/hh[2]/age".to_owned(), "40".to_owned()),
        ];
        let any = FieldEquals { path: "/data/hh/age".into(), value: "40".into() };
        assert!(any.matches(&values));
        let first = FieldEquals { path: "/data/hh[1]/age".into(), value: "40".into() };
        assert!(!first.matches(&values));
        let part = FieldEquals { path: "/data/hh/age".into(), value: "4".into() };
        assert!(!part.matches(&values), "values are compared whole");
        assert_eq!(without_positions("/data/a[10]/b[2]/c"), "/data/a/b/c");
    }

    #[test]
    fn like_patterns_only_narrow_plain_values() {
        assert_eq!(json_string_pattern("yes").as_deref(), Some("%\"yes\"%"));
        assert_eq!(json_string_pattern("50%_off").as_deref(), Some("%\"50\\%\\_off\"%"));
        assert_eq!(json_string_pattern("a\"b"), None);
        assert_eq!(json_string_pattern("Nyeri/Othaya"), None);
        assert_eq!(json_string_pattern("Ñandú"), None);
    }
}
