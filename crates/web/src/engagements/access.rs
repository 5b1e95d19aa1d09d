//! Who may see and do what in an engagement: its CSO's people and its capacity builder take
//! part; programme managers may look in (and stand in for the builder). Anyone else gets 404,
//! so an engagement's existence is not revealed to another CSO.

use store::accounts::User;
use store::engagements::Engagement;

use crate::kernel::context::RequestContext;
use crate::kernel::error::{AppError, AppResult};
use crate::kernel::state::AppState;

/// The engagement `id` and the signed-in person, who may see it.
pub async fn engagement_for<'c>(
    state: &AppState,
    ctx: &'c RequestContext,
    id: &str,
) -> AppResult<(Engagement, &'c User)> {
    let user = ctx.require_user()?;
    let engagement = state.store.engagement(id).await?;
    if !engagement.is_visible_to(user) {
        return Err(AppError::NotFound);
    }
    Ok((engagement, user))
}

/// As [`engagement_for`], for what only its builder (or a programme manager) may do.
pub async fn guided_engagement<'c>(
    state: &AppState,
    ctx: &'c RequestContext,
    id: &str,
) -> AppResult<(Engagement, &'c User)> {
    let (engagement, user) = engagement_for(state, ctx, id).await?;
    if !engagement.is_guided_by(user) {
        return Err(AppError::Forbidden);
    }
    Ok((engagement, user))
}

/// As [`engagement_for`], for what only the CSO's own people may do (their deliverables,
/// hours, answers).
pub async fn own_engagement<'c>(
    state: &AppState,
    ctx: &'c RequestContext,
    id: &str,
) -> AppResult<(Engagement, &'c User)> {
    let (engagement, user) = engagement_for(state, ctx, id).await?;
    if user.organisation_id.as_deref() != Some(engagement.organisation_id.as_str()) {
        return Err(AppError::Forbidden);
    }
    Ok((engagement, user))
}
