//! What each change announces, and to whom, in each recipient's language: the builder hears
//! of submissions and new challenges; the CSO's team of reviews and guidance. The emails are
//! queued in the same transaction as the change (the store's functions take them).

use store::accounts::User;
use store::engagements::Engagement;
use store::outbox::OutgoingEmail;

use crate::kernel::context::RequestContext;
use crate::kernel::i18n::Locale;
use crate::kernel::mail;
use crate::kernel::state::AppState;

/// The email keys (`email-<key>-subject`, `email-<key>-body`).
pub const SUBMITTED: &str = "deliverable-submitted";
pub const CHANGES_REQUESTED: &str = "deliverable-changes-requested";
pub const ACCEPTED: &str = "deliverable-accepted";
pub const CHALLENGE_LOGGED: &str = "challenge-logged";
pub const CHALLENGE_GUIDANCE: &str = "challenge-guidance";

#[cfg(test)]
pub const KEYS: [&str; 5] = [SUBMITTED, CHANGES_REQUESTED, ACCEPTED, CHALLENGE_LOGGED, CHALLENGE_GUIDANCE];

/// The recipient's own language, else the language of the person acting.
fn locale_of(ctx: &RequestContext, user: &User) -> Locale {
    user.locale.as_deref().and_then(Locale::parse).unwrap_or(ctx.locale)
}

/// Values that need the recipient's language (a deliverable's name, a date, a category).
pub type Localised<'a> = &'a dyn Fn(Locale) -> Vec<(&'static str, String)>;

/// One email to each of `people` but the one acting; `args` are filled in per recipient.
pub fn to_each(
    ctx: &RequestContext,
    people: &[User],
    key: &str,
    actor_id: &str,
    args: Localised<'_>,
) -> Vec<OutgoingEmail> {
    people
        .iter()
        .filter(|person| person.id != actor_id)
        .map(|person| {
            let locale = locale_of(ctx, person);
            let mut all = vec![("name", person.name.clone())];
            all.extend(args(locale));
            mail::compose(locale, &person.email, key, &all)
        })
        .collect()
}

/// The engagement's builder, as a list of one.
pub async fn builder(state: &AppState, engagement: &Engagement) -> Result<Vec<User>, store::Error> {
    Ok(vec![state.store.user(&engagement.builder_id).await?])
}

/// The CSO's team.
pub async fn team(state: &AppState, engagement: &Engagement) -> Result<Vec<User>, store::Error> {
    state.store.engagement_team(engagement).await
}
