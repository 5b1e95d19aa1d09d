//! `GET /forms/{id}/data/crosstab?rows=PATH&columns=PATH&<filters>`: two select questions
//! against each other: counts with row and column percentages and totals, Pearson's
//! chi-square test in plain words, and the table as stacked bars.
//!
//! Answers are paired within a submission: questions outside repeats once per submission,
//! questions in one repeat once per instance (an answer outside the repeat pairs with each
//! instance). Multi-select answers count once per chosen option.

use analysis::{ChiSquareTest, CrossTab, selected};
use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde::Deserialize;
use store::collection::submissions::without_positions;
use store::collection::{Form, ReviewState, SubmissionFilter};
use store::personal_data::AuditAction;

use super::chart::crosstab_chart;
use super::lines::percent;
use super::personal;
use super::read::{FormQuestions, Reader};
use super::selection::{Refusal, filters_query, pair, select_questions};
use super::summary::Kind;
use crate::kernel::context::RequestContext;
use crate::kernel::error::{AppResult, urlencode};
use crate::kernel::state::AppState;
use crate::submissions::fields::Question;
use crate::submissions::table::{TableQuery, pilot_choice};

/// Below this p-value the answers are read as related.
pub const SIGNIFICANCE: f64 = 0.05;

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct PairQuery {
    pub rows: String,
    pub columns: String,
}

/// The pairs of answers of one submission to `rows` and `columns`: one pair per chosen
/// option of each, for every two answers from the same repeat instance (or from outside
/// the repeat). An unanswered question outside repeats gives one empty (skipped) pair.
pub fn pairs_of<P: AsRef<str>, V: AsRef<str>>(
    values: &[(P, V)],
    rows: &Question,
    columns: &Question,
    out: &mut Vec<(String, String)>,
) {
    let answers = |question: &Question| -> Vec<(String, String)> {
        let found: Vec<(String, String)> = values
            .iter()
            .filter(|(path, _)| without_positions(path.as_ref()) == question.path)
            .map(|(path, value)| (instance(path.as_ref()).to_owned(), value.as_ref().trim().to_owned()))
            .collect();
        if found.is_empty() && !question.in_repeat { vec![(String::new(), String::new())] } else { found }
    };
    let (row_answers, column_answers) = (answers(rows), answers(columns));
    for (row_instance, row) in &row_answers {
        for (column_instance, column) in &column_answers {
            if !(row_instance.starts_with(column_instance.as_str())
                || column_instance.starts_with(row_instance.as_str()))
            {
                continue;
            }
            let (row_options, column_options) = (selected(row), selected(column));
            if row_options.is_empty() || column_options.is_empty() {
                out.push((String::new(), String::new()));
                continue;
            }
            for r in &row_options {
                for c in &column_options {
                    out.push(((*r).to_owned(), (*c).to_owned()));
                }
            }
        }
    }
}

/// The repeat instance a value's path is in (`/d/hh[2]/age` → `/d/hh[2]`), `""` outside.
fn instance(path: &str) -> &str {
    path.rfind(']').map(|end| &path[..=end]).unwrap_or("")
}

/// Tabulates the two questions over the submissions `filter` keeps.
pub async fn tabulate(
    state: &AppState,
    reader: &Reader,
    filter: &SubmissionFilter,
    rows: &Question,
    columns: &Question,
) -> AppResult<CrossTab> {
    let mut pairs = Vec::new();
    reader.each(state, filter, |values| pairs_of(values, rows, columns, &mut pairs)).await?;
    let (row_names, column_names) =
        (reader.questions.choice_names(rows), reader.questions.choice_names(columns));
    Ok(CrossTab::of(row_names, column_names, pairs))
}

/// One row of the table as the page shows it.
pub struct RowView {
    label: String,
    unlisted: bool,
    /// Count, share of the row, share of the column.
    cells: Vec<(usize, String, String)>,
    total: usize,
}

/// A cross-tabulation as the page shows it.
pub struct Table {
    pub rows: Question,
    pub columns: Question,
    pub table: CrossTab,
    pub chart: String,
    /// Either question allows several answers.
    pub multiple: bool,
}

#[derive(Template, WebTemplate)]
#[template(path = "data/templates/crosstab.html")]
pub struct CrosstabPage {
    ctx: RequestContext,
    form: Form,
    query: TableQuery,
    pair: PairQuery,
    filters: String,
    pilot: &'static str,
    problems: Vec<&'static str>,
    collectors: Vec<(String, String)>,
    states: [ReviewState; 4],
    /// Every select question: `(path, label)`.
    selects: Vec<(String, String)>,
    questions: FormQuestions,
    result: Option<Table>,
}

impl CrosstabPage {
    fn state_label(&self, state: &ReviewState) -> String {
        self.ctx.t(crate::submissions::state_key(*state))
    }

    fn is_state(&self, state: &ReviewState) -> bool {
        self.query.state == state.as_str()
    }

    fn label(&self, question: &Question, name: &str) -> String {
        self.questions.choice_label(question, name)
    }

    /// The table's rows as shown: label, unlisted, cells (count, row %, column %), total.
    fn lines(&self, r: &Table) -> Vec<RowView> {
        let t = &r.table;
        t.rows
            .iter()
            .enumerate()
            .map(|(i, row)| RowView {
                label: self.label(&r.rows, &row.name),
                unlisted: row.unlisted,
                cells: (0..t.columns.len())
                    .map(|j| {
                        (t.counts[i][j], percent(t.row_percents[i][j]), percent(t.column_percents[i][j]))
                    })
                    .collect(),
                total: t.row_totals[i],
            })
            .collect()
    }

    fn statistic(&self, test: &ChiSquareTest) -> String {
        format!("{:.2}", test.statistic)
    }

    fn p_value(&self, test: &ChiSquareTest) -> String {
        p_value(test.p_value)
    }

    /// The test in plain words.
    fn reading(&self, test: &ChiSquareTest) -> String {
        let p = p_value(test.p_value);
        if test.unreliable {
            self.ctx.t2("data-chi-unreliable", "small", test.small_expected_cells, "cells", test.cells)
        } else if test.p_value < SIGNIFICANCE {
            self.ctx.t1("data-chi-related", "p", p)
        } else {
            self.ctx.t1("data-chi-unrelated", "p", p)
        }
    }

    fn download(&self, table: &Table, format: &str) -> String {
        let tail = if self.filters.is_empty() { String::new() } else { format!("&{}", self.filters) };
        format!(
            "/forms/{}/data/charts/stacked.{format}?rows={}&columns={}{tail}",
            self.form.id,
            urlencode(&table.rows.path),
            urlencode(&table.columns.path)
        )
    }
}

/// A p-value as people read it: three decimals, or "< 0.001".
pub fn p_value(p: f64) -> String {
    if p < 0.001 { "< 0.001".to_owned() } else { format!("{p:.3}") }
}

pub async fn page(
    State(state): State<AppState>,
    ctx: RequestContext,
    Path(id): Path<String>,
    Query(query): Query<TableQuery>,
    Query(pair_query): Query<PairQuery>,
) -> AppResult<Response> {
    let (reader, filter, mut problems) = Reader::open(&state, &ctx, &id, &query).await?;
    let user = ctx.require_user()?.clone();
    let asked = !pair_query.rows.trim().is_empty() || !pair_query.columns.trim().is_empty();
    let mut status = StatusCode::OK;
    let mut result = None;
    match pair(&reader.questions, &pair_query.rows, &pair_query.columns) {
        Ok((rows, columns)) => {
            let table = tabulate(&state, &reader, &filter, rows, columns).await?;
            let chart = crosstab_chart(ctx.locale, &table, rows, columns, &reader.questions);
            let multiple = [rows, columns].iter().any(|q| Kind::of(&q.qtype) == Kind::SelectMultiple);
            result = Some(Table { rows: rows.clone(), columns: columns.clone(), table, chart, multiple });
            personal::audit(
                &state,
                Some(&user),
                &reader.form,
                &reader.disclosure,
                AuditAction::View,
                "cross-tabulation".into(),
            )
            .await?;
        }
        Err(Refusal::Missing) if !asked => {}
        Err(refusal) => {
            problems.push(refusal.key());
            status = StatusCode::BAD_REQUEST;
        }
    }
    let collectors = state.store.submission_collectors(&reader.form.id).await?;
    let Reader { form, questions, .. } = reader;
    let page = CrosstabPage {
        filters: filters_query(&query),
        pilot: pilot_choice(&query, form.mode),
        selects: select_questions(&questions, true),
        ctx,
        form,
        query,
        pair: pair_query,
        problems,
        collectors,
        states: ReviewState::ALL,
        questions,
        result,
    };
    Ok((status, page).into_response())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn q(path: &str, qtype: &str, in_repeat: bool) -> Question {
        Question::for_tests(path, qtype, in_repeat)
    }

    fn values(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
        pairs.iter().map(|(p, v)| ((*p).to_owned(), (*v).to_owned())).collect()
    }

    #[test]
    fn answers_pair_within_a_submission_and_a_repeat_instance() {
        let district = q("/d/district", "select_one d", false);
        let working = q("/d/tap/working", "select_one yn", true);
        let problems = q("/d/problems", "select_multiple p", false);
        let submission = values(&[
            ("/d/district", "nyeri"),
            ("/d/problems", "leak dry"),
            ("/d/tap[1]/working", "yes"),
            ("/d/tap[2]/working", "no"),
        ]);
        let mut out = vec![];
        pairs_of(&submission, &district, &working, &mut out);
        assert_eq!(out, [("nyeri".into(), "yes".into()), ("nyeri".into(), "no".into())]);
        let mut out = vec![];
        pairs_of(&submission, &problems, &district, &mut out);
        assert_eq!(out, [("dry".into(), "nyeri".into()), ("leak".into(), "nyeri".into())], "per option");
        let mut out = vec![];
        pairs_of(&values(&[("/d/problems", "leak")]), &district, &problems, &mut out);
        assert_eq!(out, [(String::new(), String::new())], "a missing answer is one skipped pair");
        assert_eq!(instance("/d/tap[12]/working"), "/d/tap[12]");
        assert_eq!(p_value(0.0004), "< 0.001");
        assert_eq!(p_value(0.2945073936801102), "0.295");
    }
}
