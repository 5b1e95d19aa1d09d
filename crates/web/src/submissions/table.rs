//! `GET /forms/{id}/submissions`: a form's current submissions as a table, with filters in a
//! GET form (so a filtered view is a link to share), sorting links and pages.

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Path, Query, State};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use store::collection::{
    FieldEquals, Form, FormMode, PilotFilter, ReviewState, SubmissionFilter, SubmissionPage, SubmissionRow,
    SubmissionSort,
};
use store::personal_data::AuditAction;

use store::collection::submissions::without_positions;

use super::fields::{Question, questions};
use super::{state_class, state_key};
use crate::data::personal;
use crate::forms::access::{Reach, form_for};
use crate::kernel::context::RequestContext;
use crate::kernel::error::AppResult;
use crate::kernel::layout::short_time;
use crate::kernel::state::AppState;

/// Question columns the table shows before the fixed ones.
const QUESTION_COLUMNS: usize = 6;
/// Longest value shown in a cell, in characters.
const CELL_CHARS: usize = 40;

/// The table's query string, kept as typed so the form shows it back; read by [`parse`].
#[derive(Deserialize, Serialize, Default, Clone, Debug)]
#[serde(default)]
pub struct TableQuery {
    pub from: String,
    pub to: String,
    pub state: String,
    pub collector: String,
    pub pilot: String,
    pub deleted: String,
    pub field: String,
    pub value: String,
    pub sort: String,
    pub page: String,
}

fn date(raw: &str, problems: &mut Vec<&'static str>) -> Option<NaiveDate> {
    let raw = raw.trim();
    if raw.is_empty() {
        return None;
    }
    let parsed = NaiveDate::parse_from_str(raw, "%Y-%m-%d").ok();
    if parsed.is_none() && !problems.contains(&"submissions-filter-bad-date") {
        problems.push("submissions-filter-bad-date");
    }
    parsed
}

/// The export page of a form, with the filters of `q` (empty ones left out, sort and page
/// too: an export has every matching submission).
pub(crate) fn export_link(form_id: &str, q: &TableQuery) -> String {
    let pairs = [
        ("from", &q.from),
        ("to", &q.to),
        ("state", &q.state),
        ("collector", &q.collector),
        ("pilot", &q.pilot),
        ("deleted", &q.deleted),
        ("field", &q.field),
        ("value", &q.value),
    ];
    let kept: Vec<(&str, &String)> = pairs.into_iter().filter(|(_, v)| !v.is_empty()).collect();
    let query = serde_urlencoded::to_string(kept).unwrap_or_default();
    if query.is_empty() {
        format!("/forms/{form_id}/data/export")
    } else {
        format!("/forms/{form_id}/data/export?{query}")
    }
}

/// The pilot/live choice in effect: as asked, or live only once the form is live.
pub(crate) fn pilot_choice(q: &TableQuery, mode: FormMode) -> &'static str {
    match q.pilot.as_str() {
        "all" => "all",
        "pilot" => "pilot",
        "live" => "live",
        _ if mode == FormMode::Live => "live",
        _ => "all",
    }
}

/// The exact-answer filter, when it names one of the form's `fields` and its value suits the
/// field's type; otherwise none, and the problem named.
fn field_equals(
    q: &TableQuery,
    fields: &[Question],
    problems: &mut Vec<&'static str>,
) -> Option<FieldEquals> {
    let (path, value) = (q.field.trim(), q.value.trim());
    if path.is_empty() || value.is_empty() {
        return None;
    }
    let Some(question) = fields.iter().find(|f| f.path == without_positions(path)) else {
        problems.push("submissions-filter-unknown-field");
        return None;
    };
    let suits = match question.qtype.trim() {
        "integer" | "int" => value.parse::<i64>().is_ok(),
        "decimal" => value.parse::<f64>().is_ok_and(f64::is_finite),
        "date" => NaiveDate::parse_from_str(value, "%Y-%m-%d").is_ok(),
        _ => true,
    };
    if !suits {
        problems.push("submissions-filter-bad-value");
        return None;
    }
    Some(FieldEquals { path: path.to_owned(), value: value.to_owned() })
}

/// The store's filter for a query over a form with these `fields` (its latest version's
/// questions); unreadable values are ignored and named in the problems.
pub fn parse(q: &TableQuery, mode: FormMode, fields: &[Question]) -> (SubmissionFilter, Vec<&'static str>) {
    let mut problems = vec![];
    let received_from = date(&q.from, &mut problems);
    let received_to = date(&q.to, &mut problems);
    let field = field_equals(q, fields, &mut problems);
    let filter = SubmissionFilter {
        received_from,
        received_to,
        review_state: q.state.parse::<ReviewState>().ok(),
        collector_id: Some(q.collector.trim().to_owned()).filter(|c| !c.is_empty()),
        pilot: match pilot_choice(q, mode) {
            "pilot" => PilotFilter::Pilot,
            "live" => PilotFilter::Live,
            _ => PilotFilter::All,
        },
        include_deleted: !q.deleted.is_empty(),
        field,
        after_id: None,
        through_id: None,
        sort: match q.sort.as_str() {
            "oldest" => SubmissionSort::OldestFirst,
            "state" => SubmissionSort::ReviewState,
            "problems" => SubmissionSort::Problems,
            _ => SubmissionSort::NewestFirst,
        },
        page: q.page.parse().unwrap_or(1),
    };
    (filter, problems)
}

#[derive(Template, WebTemplate)]
#[template(path = "submissions/templates/table.html")]
pub struct TablePage {
    ctx: RequestContext,
    form: Form,
    query: TableQuery,
    pilot: &'static str,
    columns: Vec<Question>,
    /// Every question, for the "exact answer" filter.
    fields: Vec<Question>,
    collectors: Vec<(String, String)>,
    page: SubmissionPage,
    problems: Vec<&'static str>,
    states: [ReviewState; 4],
}

impl TablePage {
    fn cell(&self, row: &SubmissionRow, path: &str) -> String {
        let value = row.value(path).unwrap_or_default();
        if value.chars().count() > CELL_CHARS {
            let short: String = value.chars().take(CELL_CHARS - 1).collect();
            format!("{short}…")
        } else {
            value.to_owned()
        }
    }

    fn received(&self, row: &SubmissionRow) -> String {
        short_time(&row.received_at)
    }

    fn state_label(&self, state: &ReviewState) -> String {
        self.ctx.t(state_key(*state))
    }

    fn state_class(&self, state: &ReviewState) -> &'static str {
        state_class(*state)
    }

    fn is_state(&self, state: &ReviewState) -> bool {
        self.query.state == state.as_str()
    }

    fn collector(&self, row: &SubmissionRow) -> String {
        row.collector_name.clone().or_else(|| row.submitter_name.clone()).unwrap_or_else(|| "—".to_owned())
    }

    fn is_live(&self) -> bool {
        self.form.mode == FormMode::Live
    }

    fn filtered(&self) -> bool {
        let q = &self.query;
        [&q.from, &q.to, &q.state, &q.collector, &q.deleted, &q.field].iter().any(|v| !v.is_empty())
    }

    /// This view's link with some parameters changed (empty ones left out).
    fn link_with(&self, changes: &[(&str, String)]) -> String {
        let q = &self.query;
        let mut pairs: Vec<(&str, String)> = vec![
            ("from", q.from.clone()),
            ("to", q.to.clone()),
            ("state", q.state.clone()),
            ("collector", q.collector.clone()),
            ("pilot", q.pilot.clone()),
            ("deleted", q.deleted.clone()),
            ("field", q.field.clone()),
            ("value", q.value.clone()),
            ("sort", q.sort.clone()),
            ("page", q.page.clone()),
        ];
        for (name, value) in changes {
            if let Some(pair) = pairs.iter_mut().find(|(n, _)| n == name) {
                pair.1 = value.clone();
            }
        }
        pairs.retain(|(_, v)| !v.is_empty());
        let query = serde_urlencoded::to_string(&pairs).unwrap_or_default();
        if query.is_empty() {
            format!("/forms/{}/submissions", self.form.id)
        } else {
            format!("/forms/{}/submissions?{query}", self.form.id)
        }
    }

    fn export_link(&self) -> String {
        export_link(&self.form.id, &self.query)
    }

    fn sort_link(&self, sort: &str) -> String {
        self.link_with(&[("sort", sort.to_owned()), ("page", String::new())])
    }

    /// Received time sorts newest first, and the other way round when it already does.
    fn received_sort_link(&self) -> String {
        let next =
            if self.query.sort.is_empty() || self.query.sort == "newest" { "oldest" } else { "newest" };
        self.sort_link(next)
    }

    fn page_link(&self, page: i64) -> String {
        self.link_with(&[("page", page.to_string())])
    }

    fn has_previous(&self) -> bool {
        self.page.page > 1
    }

    fn has_next(&self) -> bool {
        self.page.page < self.page.pages()
    }

    fn previous(&self) -> i64 {
        (self.page.page - 1).min(self.page.pages())
    }

    fn next(&self) -> i64 {
        self.page.page + 1
    }

    fn field_option(&self, question: &Question) -> String {
        if question.in_repeat {
            self.ctx.t1("submissions-field-in-repeat", "label", &question.label)
        } else {
            question.label.clone()
        }
    }
}

pub async fn page(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<String>,
    Query(query): Query<TableQuery>,
) -> AppResult<TablePage> {
    let user = ctx.require_user()?.clone();
    // Looking is enough: reviewing happens on each submission's page.
    let (form, reach): (Form, Reach) = form_for(&state.store, &user, &id).await?;
    let all = latest_questions(&state, &form).await;
    let (mut filter, mut problems) = parse(&query, form.mode, &all);
    let disclosure = personal::disclosure(&state, &user, reach, &form, &all, false).await?;
    problems.extend(personal::guard_filter(&mut filter, &disclosure));
    let mut page = state.store.submissions_page(&form.id, &filter).await?;
    for row in &mut page.rows {
        row.field_values = disclosure.values(std::mem::take(&mut row.field_values));
    }
    if !page.rows.is_empty() {
        let detail = format!("submissions table, page {}", page.page);
        personal::audit(&state, Some(&user), &form, &disclosure, AuditAction::View, detail).await?;
    }
    let columns = all.iter().filter(|q| !q.hidden && !q.in_repeat).take(QUESTION_COLUMNS).cloned().collect();
    let collectors = state.store.submission_collectors(&form.id).await?;
    Ok(TablePage {
        pilot: pilot_choice(&query, form.mode),
        ctx,
        form,
        query,
        columns,
        fields: all,
        collectors,
        page,
        problems,
        states: ReviewState::ALL,
    })
}

/// The questions of the form's latest version; none when it cannot be read (logged).
pub(crate) async fn latest_questions(state: &AppState, form: &Form) -> Vec<Question> {
    let prepared = match state.store.latest_version(&form.id).await {
        Ok(version) => state.prepared.get(&state.blobs, form, &version).await.map_err(|e| e.to_string()),
        Err(err) => Err(err.to_string()),
    };
    match prepared {
        Ok(prepared) => questions(prepared.survey()),
        Err(err) => {
            tracing::error!(form = form.id, error = %err, "reading the form's questions");
            vec![]
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_query_becomes_a_filter_and_bad_values_are_named() {
        let q = TableQuery {
            from: "2026-01-31".into(),
            to: "31/01/2026".into(),
            state: "approved".into(),
            field: "/data/district".into(),
            value: " Nyeri ".into(),
            sort: "problems".into(),
            page: "3".into(),
            ..TableQuery::default()
        };
        let fields = [
            Question::for_tests("/data/district", "select_one district", false),
            Question::for_tests("/data/hh/age", "integer", true),
        ];
        let (filter, problems) = parse(&q, FormMode::Live, &fields);
        assert_eq!(filter.received_from, NaiveDate::from_ymd_opt(2026, 1, 31));
        assert_eq!(filter.received_to, None);
        assert_eq!(problems, ["submissions-filter-bad-date"]);
        assert_eq!(filter.review_state, Some(ReviewState::Approved));
        assert_eq!(filter.pilot, PilotFilter::Live, "a live form shows live data unless asked");
        assert_eq!(filter.field, Some(FieldEquals { path: "/data/district".into(), value: "Nyeri".into() }));
        assert_eq!(filter.sort, SubmissionSort::Problems);
        assert_eq!(filter.page, 3);
        let all = TableQuery { pilot: "all".into(), state: "bogus".into(), ..TableQuery::default() };
        let (filter, _) = parse(&all, FormMode::Live, &fields);
        assert_eq!(filter.pilot, PilotFilter::All);
        assert_eq!(filter.review_state, None);
        assert_eq!(parse(&TableQuery::default(), FormMode::Pilot, &fields).0.pilot, PilotFilter::All);
    }

    #[test]
    fn an_unknown_field_or_a_value_of_the_wrong_type_is_named_not_applied() {
        let fields = [Question::for_tests("/data/hh/age", "integer", true)];
        let ask = |field: &str, value: &str| {
            let q = TableQuery { field: field.into(), value: value.into(), ..TableQuery::default() };
            parse(&q, FormMode::Live, &fields)
        };
        let (filter, problems) = ask("/data/nowhere", "1");
        assert_eq!((filter.field, problems), (None, vec!["submissions-filter-unknown-field"]));
        let (filter, problems) = ask("/data/hh/age", "forty");
        assert_eq!((filter.field, problems), (None, vec!["submissions-filter-bad-value"]));
        let (filter, problems) = ask("/data/hh[2]/age", "40");
        assert!(problems.is_empty());
        assert_eq!(filter.field, Some(FieldEquals { path: "/data/hh[2]/age".into(), value: "40".into() }));
    }
}
