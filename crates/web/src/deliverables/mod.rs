//! Deliverables with review, and the challenges log.
//!
//! The CSO's people write each deliverable (campaign plan, SMART objective, survey, pilot
//! report), save drafts and submit; the capacity builder (or a programme manager standing in)
//! requests changes or accepts; everyone taking part comments. Each round is kept with a
//! snapshot of what was submitted. Accepted deliverables are final; late ones are marked,
//! never refused. The challenges log is a running list with the builder's guidance.
//!
//! `content` holds the typed parts, `smart` the SMART objective's automatic checks, `rules`
//! what must hold before submitting; `page` the deliverable's page and its actions, `list`
//! the engagement's deliverables, `challenges` the log, `emails` what each change announces.

mod challenges;
pub mod content;
mod emails;
mod list;
mod page;
pub mod rules;
pub mod smart;

use axum::Router;
use axum::routing::{get, post};
use store::engagements::DeliverableKind;
use store::engagements::challenges::ChallengeCategory;
use store::engagements::deliverables::DeliverableState;

use crate::kernel::state::AppState;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/engagements/{id}/deliverables", get(list::page))
        .route("/engagements/{id}/deliverables/{kind}", get(page::page))
        .route("/engagements/{id}/deliverables/{kind}/save", post(page::save))
        .route("/engagements/{id}/deliverables/{kind}/submit", post(page::submit))
        .route("/engagements/{id}/deliverables/{kind}/request-changes", post(page::request_changes))
        .route("/engagements/{id}/deliverables/{kind}/accept", post(page::accept))
        .route("/engagements/{id}/deliverables/{kind}/comment", post(page::comment))
        .route("/engagements/{id}/challenges", get(challenges::page).post(challenges::add))
        .route("/engagements/{id}/challenges/{challenge}/guidance", post(challenges::guidance))
        .route("/engagements/{id}/challenges/{challenge}/resolve", post(challenges::resolve))
}

/// The message key naming a deliverable.
pub fn kind_key(kind: DeliverableKind) -> &'static str {
    match kind {
        DeliverableKind::CampaignPlan => "deliverables-kind-campaign-plan",
        DeliverableKind::SmartObjective => "deliverables-kind-smart-objective",
        DeliverableKind::Survey => "deliverables-kind-survey",
        DeliverableKind::PilotReport => "deliverables-kind-pilot-report",
        DeliverableKind::ChallengesLog => "deliverables-kind-challenges-log",
    }
}

/// The message key naming a state.
pub fn state_key(state: DeliverableState) -> &'static str {
    match state {
        DeliverableState::Draft => "deliverables-state-draft",
        DeliverableState::Submitted => "deliverables-state-submitted",
        DeliverableState::ChangesRequested => "deliverables-state-changes-requested",
        DeliverableState::Accepted => "deliverables-state-accepted",
    }
}

/// The stylesheet's status class for a state.
pub fn state_class(state: DeliverableState) -> &'static str {
    match state {
        DeliverableState::Draft => "not-started",
        DeliverableState::Submitted | DeliverableState::ChangesRequested => "attention",
        DeliverableState::Accepted => "passed",
    }
}

/// The message key naming a challenge's category.
pub fn category_key(category: ChallengeCategory) -> &'static str {
    match category {
        ChallengeCategory::Connectivity => "challenges-category-connectivity",
        ChallengeCategory::Devices => "challenges-category-devices",
        ChallengeCategory::Survey => "challenges-category-survey",
        ChallengeCategory::Enumerators => "challenges-category-enumerators",
        ChallengeCategory::Respondents => "challenges-category-respondents",
        ChallengeCategory::Safety => "challenges-category-safety",
        ChallengeCategory::Time => "challenges-category-time",
        ChallengeCategory::Data => "challenges-category-data",
        ChallengeCategory::Other => "challenges-category-other",
    }
}

/// The page of a deliverable (the challenges log has a page of its own).
pub fn deliverable_path(engagement_id: &str, kind: DeliverableKind) -> String {
    match kind {
        DeliverableKind::ChallengesLog => format!("/engagements/{engagement_id}/challenges"),
        _ => format!("/engagements/{engagement_id}/deliverables/{}", kind.as_str()),
    }
}

#[cfg(test)]
mod tests {
    use super::content::Content;
    use super::*;
    use crate::kernel::i18n::Locale;

    /// Keys built at run time escape the workspace's literal-key test: look each one up.
    #[test]
    fn every_message_key_of_deliverables_exists_in_every_language() {
        let mut keys: Vec<String> = Vec::new();
        keys.extend(DeliverableKind::ALL.iter().map(|k| kind_key(*k).to_owned()));
        keys.extend(DeliverableState::ALL.iter().map(|s| state_key(*s).to_owned()));
        keys.extend(ChallengeCategory::ALL.iter().map(|c| category_key(*c).to_owned()));
        keys.extend(smart::KEYS.iter().map(|k| (*k).to_owned()));
        keys.extend(smart::Check::ALL.iter().map(|c| c.title_key().to_owned()));
        for kind in DeliverableKind::ALL {
            for part in Content::parts(kind) {
                keys.push(part.label_key());
                keys.push(part.hint_key());
            }
        }
        keys.extend(
            [
                content::REQUIRED,
                content::TOO_LONG,
                content::BAD_DATE,
                content::BAD_NUMBER,
                rules::ENDS_BEFORE_START,
                rules::FORM_UNKNOWN,
                rules::OBJECTIVE_FIRST,
                rules::PILOT_NO_FORM,
                rules::PILOT_NONE,
            ]
            .map(str::to_owned),
        );
        keys.extend(page::KEYS.iter().map(|k| (*k).to_owned()));
        keys.extend(challenges::KEYS.iter().map(|k| (*k).to_owned()));
        for key in emails::KEYS {
            keys.push(format!("email-{key}-subject"));
            keys.push(format!("email-{key}-body"));
        }
        // A message whose variables are not all given is not found: give every one.
        let args: Vec<(&'static str, String)> = [
            "baseline",
            "builder",
            "category",
            "comment",
            "count",
            "date",
            "deadline",
            "deliverable",
            "description",
            "due",
            "end",
            "form",
            "goal",
            "guidance",
            "late",
            "link",
            "name",
            "open",
            "organisation",
            "resolved",
            "round",
            "start",
            "target",
            "today",
            "who",
        ]
        .into_iter()
        .map(|name| (name, "1".to_owned()))
        .collect();
        for locale in Locale::ALL {
            for key in &keys {
                assert_ne!(&locale.t_args(key, &args), key, "{} lacks {key}", locale.code());
            }
        }
    }
}
