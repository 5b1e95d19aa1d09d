//! Who sees and manages an organisation's forms: its own team manages them; its capacity
//! builder and programme managers may look.

use store::Store;
use store::accounts::{Organisation, User};
use store::collection::Form;
use store::types::Role;

use crate::kernel::error::{AppError, AppResult};

/// What the person may do with an organisation's forms.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reach {
    Manage,
    Look,
}

/// The person's reach over the organisation, if any.
pub async fn reach(store: &Store, user: &User, organisation_id: &str) -> AppResult<Option<Reach>> {
    Ok(match user.role {
        Role::CsoLead | Role::CsoStaff => {
            (user.organisation_id.as_deref() == Some(organisation_id)).then_some(Reach::Manage)
        }
        Role::Admin => Some(Reach::Look),
        Role::Builder => {
            let guided = store
                .applications_of_organisation(organisation_id)
                .await?
                .iter()
                .any(|a| a.builder_id.as_deref() == Some(user.id.as_str()));
            guided.then_some(Reach::Look)
        }
    })
}

/// The form and the person's reach over it; 404 when they have none.
pub async fn form_for(store: &Store, user: &User, form_id: &str) -> AppResult<(Form, Reach)> {
    let form = store.form(form_id).await?;
    match reach(store, user, &form.organisation_id).await? {
        Some(reach) => Ok((form, reach)),
        None => Err(AppError::NotFound),
    }
}

/// The signed-in person's own organisation, when they may publish its forms (403 otherwise).
pub async fn publishing_organisation(store: &Store, user: &User) -> AppResult<Organisation> {
    match organisation_for(store, user, None).await? {
        (organisation, Reach::Manage) => Ok(organisation),
        _ => Err(AppError::Forbidden),
    }
}

/// The organisation whose forms a page shows: the person's own, or `slug` for those who
/// guide or manage the programme.
pub async fn organisation_for(
    store: &Store,
    user: &User,
    slug: Option<&str>,
) -> AppResult<(Organisation, Reach)> {
    let organisation = match (slug, user.organisation_id.as_deref()) {
        (Some(slug), _) => store.organisation_by_slug(slug).await?,
        (None, Some(own)) => store.organisation(own).await?,
        (None, None) => return Err(AppError::NotFound),
    };
    match reach(store, user, &organisation.id).await? {
        Some(reach) => Ok((organisation, reach)),
        None => Err(AppError::NotFound),
    }
}
