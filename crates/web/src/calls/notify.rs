//! The emails about a call, each in its recipient's language: announced, changed, cancelled,
//! and the two reminders. They are queued in the transaction of the change they announce.

use store::accounts::User;
use store::engagements::Engagement;
use store::engagements::calls::Call;
use store::outbox::OutgoingEmail;

use super::times::shown;
use crate::kernel::i18n::Locale;
use crate::kernel::mail;
use crate::kernel::state::AppState;

/// Everyone taking part: the capacity builder, then the CSO's team.
pub async fn participants(state: &AppState, engagement: &Engagement) -> store::Result<Vec<User>> {
    let mut people = vec![state.store.user(&engagement.builder_id).await?];
    people.extend(state.store.engagement_team(engagement).await?);
    Ok(people)
}

/// What an email says about a call.
pub struct CallFacts<'a> {
    pub engagement: &'a Engagement,
    pub call_id: &'a str,
    pub starts_at: store::Timestamp,
    pub ends_at: store::Timestamp,
    pub meeting_url: &'a str,
    pub agenda: &'a str,
}

impl<'a> CallFacts<'a> {
    pub fn of(engagement: &'a Engagement, call: &'a Call) -> Self {
        Self {
            engagement,
            call_id: &call.id,
            starts_at: call.starts_at,
            ends_at: call.ends_at(),
            meeting_url: &call.meeting_url,
            agenda: &call.agenda,
        }
    }
}

pub fn call_path(engagement_id: &str, call_id: &str) -> String {
    format!("/engagements/{engagement_id}/calls/{call_id}")
}

fn locale_of(user: &User) -> Locale {
    user.locale.as_deref().and_then(Locale::parse).unwrap_or_default()
}

/// The email `key` (`email-<key>-subject`/`-body`) about a call to each of `people` but the one
/// who made the change (`by`).
pub fn about_call(
    state: &AppState,
    key: &str,
    facts: &CallFacts<'_>,
    people: &[User],
    by: Option<&User>,
) -> Vec<OutgoingEmail> {
    let zone = facts.engagement.time_zone();
    let page = state.config.link(&call_path(&facts.engagement.id, facts.call_id));
    people
        .iter()
        .filter(|person| by.is_none_or(|by| by.id != person.id))
        .map(|person| {
            let locale = locale_of(person);
            let when = shown(locale, zone, facts.starts_at, facts.ends_at);
            mail::compose(
                locale,
                &person.email,
                key,
                &[
                    ("name", person.name.clone()),
                    ("organisation", facts.engagement.organisation_name.clone()),
                    ("by", by.map(|b| b.name.clone()).unwrap_or_default()),
                    ("when", when.local),
                    ("utc", when.utc),
                    ("join", facts.meeting_url.to_owned()),
                    ("agenda", facts.agenda.to_owned()),
                    ("link", page.clone()),
                ],
            )
        })
        .collect()
}
