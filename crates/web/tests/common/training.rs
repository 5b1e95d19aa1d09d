//! A CSO taken into the two weeks: an intake round for Kenya, its application, and the
//! programme manager's acceptance, which opens the engagement.

use chrono::{Duration, NaiveDate};
use store::engagements::Engagement;
use store::intake::{Decision, NewRound};
use store::types::{CountryCode, Name};

use super::TestApp;

/// Opens a round for Kenya whose training starts on `starts_on` and starts the application of
/// `organisation_id` in it (ten days before); returns the application's id. Submit it, or name
/// its staff first, then [`accept`] it.
pub async fn apply(app: &TestApp, organisation_id: &str, starts_on: NaiveDate) -> String {
    let store = &app.state.store;
    let round = NewRound::new(
        Name::parse("Round for the tests").unwrap(),
        starts_on - Duration::days(60),
        starts_on - Duration::days(3),
        starts_on,
        vec![CountryCode::parse("KE").unwrap()],
        5,
    )
    .unwrap();
    let round = store.create_round(&round).await.unwrap();
    let applied_on = starts_on - Duration::days(10);
    store.start_application(organisation_id, &round.id, applied_on).await.unwrap().id
}

/// Accepts the submitted application with `builder_id` as capacity builder; returns the
/// engagement its acceptance opened.
pub async fn accept(
    app: &TestApp,
    application_id: &str,
    builder_id: &str,
    admin_id: &str,
    starts_on: NaiveDate,
) -> Engagement {
    let store = &app.state.store;
    let accept = Decision::Accept { builder_id: builder_id.to_owned(), training_starts_on: starts_on };
    store.decide_application(application_id, admin_id, &accept, &[]).await.unwrap();
    store.engagement_of_application(application_id).await.unwrap()
}

/// Applies, submits and accepts in one go (see [`apply`] and [`accept`]).
pub async fn accepted(
    app: &TestApp,
    organisation_id: &str,
    builder_id: &str,
    admin_id: &str,
    starts_on: NaiveDate,
) -> Engagement {
    let application_id = apply(app, organisation_id, starts_on).await;
    app.state.store.submit_application(&application_id).await.unwrap();
    accept(app, &application_id, builder_id, admin_id, starts_on).await
}
