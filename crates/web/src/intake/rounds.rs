use askama::Template;
use askama_web::WebTemplate;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum_extra::extract::Form;
use chrono::NaiveDate;
use serde::Deserialize;
use store::intake::{NewRound, Round, RoundProblem};
use store::types::{CountryCode, Name, Role};

use crate::kernel::context::RequestContext;
use crate::kernel::error::AppResult;
use crate::kernel::forms::FieldErrors;
use crate::kernel::layout::{Plain, long_date};
use crate::kernel::state::AppState;

/// The form as typed; `countries` comes once per ticked box, so it is read with axum-extra's
/// `Form`, which gathers repeated fields.
#[derive(Debug, Default, Clone, Deserialize)]
#[serde(default)]
pub struct RoundForm {
    name: String,
    opens_on: String,
    closes_on: String,
    training_starts_on: String,
    countries: Vec<String>,
    places: String,
}

impl RoundForm {
    fn parse(&self) -> Result<NewRound, FieldErrors> {
        let mut errors = FieldErrors::default();
        let name = Name::parse(&self.name).map_err(|_| errors.add("name", "field-required")).ok();
        let mut date = |field: &'static str, raw: &str| {
            NaiveDate::parse_from_str(raw.trim(), "%Y-%m-%d")
                .map_err(|_| errors.add(field, "field-date"))
                .ok()
        };
        let opens = date("opens_on", &self.opens_on);
        let closes = date("closes_on", &self.closes_on);
        let training = date("training_starts_on", &self.training_starts_on);
        let countries: Vec<CountryCode> =
            self.countries.iter().filter_map(|c| CountryCode::parse(c).ok()).collect();
        if countries.is_empty() || countries.len() != self.countries.len() {
            errors.add("countries", "round-countries-required");
        }
        let places =
            self.places.trim().parse::<i64>().map_err(|_| errors.add("places", "round-places-invalid")).ok();
        let (Some(name), Some(opens), Some(closes), Some(training), Some(places)) =
            (name, opens, closes, training, places)
        else {
            return Err(errors);
        };
        if !errors.is_empty() {
            return Err(errors);
        }
        NewRound::new(name, opens, closes, training, countries, places).map_err(|problem| {
            let (field, key) = match problem {
                RoundProblem::ClosesBeforeOpening => ("closes_on", "round-closes-before-opening"),
                RoundProblem::TrainingBeforeClosing => {
                    ("training_starts_on", "round-training-before-closing")
                }
                RoundProblem::NoCountries => ("countries", "round-countries-required"),
                RoundProblem::Places => ("places", "round-places-invalid"),
            };
            errors.add(field, key);
            errors
        })
    }
}

#[derive(Template, WebTemplate)]
#[template(path = "intake/templates/rounds.html")]
pub struct RoundsPage {
    ctx: RequestContext,
    rounds: Vec<Round>,
    form: RoundForm,
    errors: FieldErrors,
    countries: Vec<(String, String)>,
}

impl RoundsPage {
    fn date(&self, day: impl Plain<NaiveDate>) -> String {
        long_date(self.ctx.locale, day.plain())
    }

    fn country_names(&self, round: &Round) -> String {
        round.countries.iter().map(|c| self.ctx.country(c)).collect::<Vec<_>>().join(", ")
    }

    fn ticked(&self, code: &str) -> bool {
        self.form.countries.iter().any(|c| c == code)
    }
}

async fn rounds_page(
    state: &AppState,
    ctx: RequestContext,
    form: RoundForm,
    errors: FieldErrors,
) -> AppResult<RoundsPage> {
    ctx.require_role(&[Role::Admin])?;
    let rounds = state.store.rounds().await?;
    let mut countries: Vec<(String, String)> =
        CountryCode::all().map(|c| (c.as_str().to_owned(), ctx.country(c.as_str()))).collect();
    countries.sort_by(|a, b| a.1.cmp(&b.1));
    Ok(RoundsPage { ctx, rounds, form, errors, countries })
}

pub async fn page(State(state): State<AppState>, ctx: RequestContext) -> AppResult<RoundsPage> {
    rounds_page(&state, ctx, RoundForm::default(), FieldErrors::default()).await
}

/// An admin opens an intake round.
pub async fn create(
    State(state): State<AppState>,
    ctx: RequestContext,
    Form(form): Form<RoundForm>,
) -> AppResult<Response> {
    ctx.require_role(&[Role::Admin])?;
    match form.parse() {
        Ok(round) => {
            let round = state.store.create_round(&round).await?;
            tracing::info!(round = round.id, "intake round opened");
            Ok(Redirect::to("/admin/rounds").into_response())
        }
        Err(errors) => {
            let page = rounds_page(&state, ctx, form, errors).await?;
            Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response())
        }
    }
}
