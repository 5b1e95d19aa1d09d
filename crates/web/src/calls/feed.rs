//! Each person's calendar feed: every call of their engagements and every deliverable's
//! deadline, as an iCalendar (RFC 5545) file behind a secret address that phone calendars
//! subscribe to. The token in the address is the only credential; replacing it closes the old
//! address at once.
//!
//! Calls are timed in UTC (`…Z`), so every calendar shows them in its own zone; a call keeps
//! its UID for life, its SEQUENCE grows with each change, and a cancelled call stays in the
//! feed as `STATUS:CANCELLED` so calendars remove it. Deadlines are all-day events. The feed
//! is published (`METHOD:PUBLISH`), so each event's DTSTAMP is when this copy was made.

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Path, State};
use axum::http::header::{CACHE_CONTROL, CONTENT_DISPOSITION, CONTENT_TYPE};
use axum::http::{HeaderName, HeaderValue};
use axum::response::{IntoResponse, Redirect, Response};
use chrono::Duration;
use icalendar::{Alarm, Calendar, Component, Event, EventLike, EventStatus, Trigger};
use store::Timestamp;
use store::accounts::User;
use store::engagements::Engagement;
use store::engagements::calls::{Call, Deadline};
use store::types::Role;

use super::notify::call_path;
use crate::kernel::context::RequestContext;
use crate::kernel::error::{AppError, AppResult, urlencode};
use crate::kernel::i18n::Locale;
use crate::kernel::state::AppState;

/// How often calendars are asked to fetch the feed again.
const REFRESH: Duration = Duration::hours(1);

#[derive(Template, WebTemplate)]
#[template(path = "calls/templates/calendar.html")]
pub struct CalendarPage {
    ctx: RequestContext,
    /// `https://…/calendar/TOKEN.ics`
    feed_url: String,
    /// The same as `webcal://`, which phones open in their calendar app.
    webcal_url: String,
    /// Google Calendar's page to add a calendar by address.
    google_url: String,
}

fn feed_path(token: &str) -> String {
    format!("/calendar/{token}.ics")
}

/// The signed-in person's feed address, with ways to subscribe.
pub async fn page(State(state): State<AppState>, ctx: RequestContext) -> AppResult<CalendarPage> {
    let user = ctx.require_user()?.clone();
    let token = state.store.calendar_feed_token(&user.id, state.config.clock.now()).await?;
    let feed_url = state.config.link(&feed_path(&token));
    let webcal_url = match feed_url.split_once("://") {
        Some((_, rest)) => format!("webcal://{rest}"),
        None => feed_url.clone(),
    };
    let google_url = format!("https://calendar.google.com/calendar/render?cid={}", urlencode(&webcal_url));
    Ok(CalendarPage { ctx, feed_url, webcal_url, google_url })
}

/// Replaces the feed's token: calendars subscribed to the old address get nothing more.
pub async fn replace(State(state): State<AppState>, ctx: RequestContext) -> AppResult<Response> {
    let user = ctx.require_user()?;
    state.store.replace_calendar_feed_token(&user.id, state.config.clock.now()).await?;
    tracing::info!(user = user.id, "calendar feed address replaced");
    Ok(Redirect::to("/calendar").into_response())
}

/// A token as handed out: 64 lower-case hex digits.
fn looks_like_token(token: &str) -> bool {
    token.len() == 64 && token.bytes().all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
}

/// `/calendar/{token}.ics`: no session, the token is the credential.
pub async fn ics(State(state): State<AppState>, Path(file): Path<String>) -> AppResult<Response> {
    let token = file.strip_suffix(".ics").filter(|t| looks_like_token(t)).ok_or(AppError::NotFound)?;
    let user = state.store.calendar_feed_owner(token).await?;
    let engagements = match user.role {
        Role::Builder => state.store.engagements_of_builder(&user.id).await?,
        Role::CsoLead | Role::CsoStaff => match &user.organisation_id {
            Some(organisation) => state.store.engagements_of_organisation(organisation).await?,
            None => Vec::new(),
        },
        // Programme managers take part in no engagement of their own.
        Role::Admin => Vec::new(),
    };
    let mut entries = Vec::new();
    for engagement in engagements {
        let calls = state.store.calls(&engagement.id).await?;
        let deadlines = state.store.feed_deadlines(&engagement.id).await?;
        entries.push((engagement, calls, deadlines));
    }
    let link = |path: &str| state.config.link(path);
    let body = calendar(&link, &user, &entries, state.config.clock.now()).to_string();
    let headers = [
        (CONTENT_TYPE, HeaderValue::from_static("text/calendar; charset=utf-8")),
        (CONTENT_DISPOSITION, HeaderValue::from_static("inline; filename=\"datashift.ics\"")),
        // A replaced token must stop working at once, also behind a cache.
        (CACHE_CONTROL, HeaderValue::from_static("private, no-cache")),
        (HeaderName::from_static("x-robots-tag"), HeaderValue::from_static("noindex")),
    ];
    Ok((headers, body).into_response())
}

fn locale_of(user: &User) -> Locale {
    user.locale.as_deref().and_then(Locale::parse).unwrap_or_default()
}

/// The feed of `user` as a calendar, written at `now`; `link` makes a path an address.
fn calendar(
    link: &dyn Fn(&str) -> String,
    user: &User,
    entries: &[(Engagement, Vec<Call>, Vec<Deadline>)],
    now: Timestamp,
) -> Calendar {
    let locale = locale_of(user);
    let mut calendar = Calendar::empty();
    calendar
        .append_property(("VERSION", "2.0"))
        .append_property(("PRODID", "-//DataShift//Calls and deadlines//EN"))
        .append_property(("CALSCALE", "GREGORIAN"))
        .append_property(("METHOD", "PUBLISH"))
        .name(&locale.t_args("calls-feed-name", &[("name", user.name.clone())]))
        .ttl(&REFRESH);
    for (engagement, calls, deadlines) in entries {
        for call in calls {
            calendar.push(call_event(link, locale, engagement, call, now));
        }
        for deadline in deadlines {
            calendar.push(deadline_event(link, locale, engagement, deadline, now));
        }
    }
    calendar.done()
}

fn call_event(
    link: &dyn Fn(&str) -> String,
    locale: Locale,
    engagement: &Engagement,
    call: &Call,
    now: Timestamp,
) -> Event {
    let page = link(&call_path(&engagement.id, &call.id));
    let description = locale.t_args(
        "calls-feed-call-description",
        &[("agenda", call.agenda.clone()), ("join", call.meeting_url.clone()), ("link", page)],
    );
    let mut event = Event::new();
    event
        .uid(&format!("call-{}@datashift", call.id))
        .timestamp(now)
        .created(call.created_at)
        .sequence(u32::try_from(call.sequence).unwrap_or(0))
        .summary(&locale.t_args("calls-feed-call", &[("organisation", engagement.organisation_name.clone())]))
        .description(&description)
        .location(&call.meeting_url)
        .url(&call.meeting_url)
        .starts(call.starts_at)
        .ends(call.ends_at())
        .status(if call.is_cancelled() { EventStatus::Cancelled } else { EventStatus::Confirmed });
    if !call.is_cancelled() {
        event.alarm(Alarm::display(
            &locale.t("calls-feed-alarm"),
            Trigger::before_start(Duration::minutes(15)),
        ));
    }
    event.done()
}

fn deadline_event(
    link: &dyn Fn(&str) -> String,
    locale: Locale,
    engagement: &Engagement,
    deadline: &Deadline,
    now: Timestamp,
) -> Event {
    let what = locale.t(&format!("calls-feed-deliverable-{}", deadline.kind.as_str()));
    let mut event = Event::new();
    event
        .uid(&format!("deliverable-{}@datashift", deadline.deliverable_id))
        .timestamp(now)
        .sequence(0)
        .summary(&locale.t_args(
            // An accepted deliverable stays in the calendar, marked done.
            if deadline.accepted { "calls-feed-accepted" } else { "calls-feed-due" },
            &[("what", what), ("organisation", engagement.organisation_name.clone())],
        ))
        .description(&link(&format!("/engagements/{}", engagement.id)))
        .starts(deadline.due_on)
        // An all-day event ends (exclusively) the next day.
        .ends(deadline.due_on + Duration::days(1))
        .add_property("TRANSP", "TRANSPARENT")
        .status(EventStatus::Confirmed);
    event.done()
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;
    use store::engagements::DeliverableKind;

    use super::*;

    fn at(text: &str) -> Timestamp {
        chrono::DateTime::parse_from_rfc3339(text).unwrap().to_utc()
    }

    #[test]
    fn the_feed_is_an_rfc_5545_calendar_in_utc() {
        let engagement = Engagement {
            id: "e1".into(),
            application_id: "a1".into(),
            organisation_id: "o1".into(),
            organisation_name: "Maji Safi".into(),
            country: "KE".into(),
            builder_id: "b1".into(),
            builder_name: "Lucía".into(),
            starts_on: NaiveDate::from_ymd_opt(2026, 11, 2).unwrap(),
            ends_on: NaiveDate::from_ymd_opt(2026, 11, 13).unwrap(),
            created_at: at("2026-10-01T00:00:00Z"),
        };
        let call = Call {
            id: "c1".into(),
            engagement_id: "e1".into(),
            starts_at: at("2026-11-03T11:00:00Z"),
            minutes: 60,
            meeting_url: "https://meet.jit.si/DataShift-abc".into(),
            agenda: "Plan; objective, and a rather long agenda line that calendars must fold at 75 octets"
                .into(),
            notes: None,
            created_by: "b1".into(),
            created_by_name: "Lucía".into(),
            created_at: at("2026-10-30T09:00:00Z"),
            cancelled_at: Some(at("2026-10-31T09:00:00Z")),
            reminded_at: None,
            sequence: 3,
        };
        let deadline = Deadline {
            deliverable_id: "d1".into(),
            engagement_id: "e1".into(),
            kind: DeliverableKind::SmartObjective,
            due_on: NaiveDate::from_ymd_opt(2026, 11, 3).unwrap(),
            accepted: false,
        };
        let user = User {
            id: "u1".into(),
            email: "a@example.org".into(),
            name: "Achieng".into(),
            role: Role::CsoStaff,
            organisation_id: Some("o1".into()),
            locale: None,
            password_hash: String::new(),
            created_at: at("2026-10-01T00:00:00Z"),
        };
        let link = |path: &str| format!("https://datashift.example{path}");
        let entries = [(engagement, vec![call], vec![deadline])];
        let text = calendar(&link, &user, &entries, at("2026-11-01T08:00:00Z")).to_string();
        for line in [
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "METHOD:PUBLISH",
            "X-WR-CALNAME:DataShift: Achieng",
            "UID:call-c1@datashift",
            "SEQUENCE:3",
            "STATUS:CANCELLED",
            "DTSTAMP:20261101T080000Z",
            "DTSTART:20261103T110000Z",
            "DTEND:20261103T120000Z",
            "UID:deliverable-d1@datashift",
            "DTSTART;VALUE=DATE:20261103",
            "DTEND;VALUE=DATE:20261104",
            "SUMMARY:Due: SMART objective (Maji Safi)",
            "END:VCALENDAR",
        ] {
            assert!(text.split("\r\n").any(|l| l == line), "{line:?} missing in\n{text}");
        }
        assert!(text.contains("Plan\\; objective\\,"), "text values are escaped:\n{text}");
        assert!(text.split("\r\n").all(|l| l.len() <= 75), "long lines are folded:\n{text}");
        assert!(!text.contains("VALARM"), "a cancelled call rings no alarm");
    }
}
