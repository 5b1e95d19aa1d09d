//! Admin commands that work beside a running server (they share only the database).

use anyhow::{Context, bail};
use clap::Subcommand;
use store::accounts::NewUser;
use store::types::{CountryCode, Email, Name, Role, Secret};
use web::{Config, Locale, Password, hash_password};

#[derive(Debug, Subcommand)]
pub enum UserCommand {
    /// Create an account. Without --password, prints a link where the person chooses one.
    Create {
        #[arg(long)]
        email: String,
        #[arg(long)]
        name: String,
        /// admin, builder, cso-lead or cso-staff.
        #[arg(long)]
        role: String,
        /// The organisation's slug, for CSO roles.
        #[arg(long)]
        org: Option<String>,
        #[arg(long, env = "DATASHIFT_USER_PASSWORD", hide_env_values = true)]
        password: Option<String>,
    },
    /// Change a person's role.
    SetRole {
        #[arg(long)]
        email: String,
        #[arg(long)]
        role: String,
        #[arg(long)]
        org: Option<String>,
    },
    /// Set a new password, or (without --password) print and email a reset link.
    ResetPassword {
        #[arg(long)]
        email: String,
        #[arg(long, env = "DATASHIFT_USER_PASSWORD", hide_env_values = true)]
        password: Option<String>,
    },
}

#[derive(Debug, Subcommand)]
pub enum OrgCommand {
    /// Create an organisation and print its slug.
    Create {
        #[arg(long)]
        name: String,
        /// ISO 3166-1 alpha-2 country code, e.g. KE.
        #[arg(long)]
        country: String,
    },
}

fn parse_password(raw: &str) -> anyhow::Result<Password> {
    Password::parse(raw).map_err(|_| {
        anyhow::anyhow!(
            "the password must have {} to {} characters",
            Password::MIN_CHARS,
            Password::MAX_CHARS
        )
    })
}

async fn organisation_for(
    state: &web::AppState,
    role: Role,
    org: Option<&str>,
) -> anyhow::Result<Option<String>> {
    match (role.is_cso(), org) {
        (true, Some(slug)) => Ok(Some(
            state
                .store
                .organisation_by_slug(slug)
                .await
                .with_context(|| format!("no organisation has the slug {slug:?}"))?
                .id,
        )),
        (true, None) => bail!("CSO roles need --org SLUG"),
        (false, Some(_)) => bail!("only CSO roles belong to an organisation; leave out --org"),
        (false, None) => Ok(None),
    }
}

async fn reset_link(state: &web::AppState, user: &store::accounts::User) -> anyhow::Result<String> {
    let locale = user.locale.as_deref().and_then(Locale::parse).unwrap_or_default();
    let config = state.config.clone();
    let mut link = String::new();
    let secret: Secret = state
        .store
        .create_password_reset(&user.id, chrono::Duration::hours(24), |secret| {
            link = config.link(&format!("/password/reset/{}", secret.expose()));
            web::kernel::mail::compose(
                locale,
                &user.email,
                "password-reset",
                &[("name", user.name.clone()), ("link", link.clone())],
            )
        })
        .await?;
    drop(secret);
    Ok(link)
}

pub async fn user(config: Config, command: UserCommand) -> anyhow::Result<()> {
    let state = web::build_state(config).await?;
    match command {
        UserCommand::Create { email, name, role, org, password } => {
            let email = Email::parse(&email).map_err(|e| anyhow::anyhow!("{e}: {email:?}"))?;
            let name = Name::parse(&name).map_err(|e| anyhow::anyhow!("{e}"))?;
            let role: Role = role.parse().map_err(|_| {
                anyhow::anyhow!("unknown role {role:?}: use admin, builder, cso-lead or cso-staff")
            })?;
            let organisation_id = organisation_for(&state, role, org.as_deref()).await?;
            let typed = password.as_deref().map(parse_password).transpose()?;
            let unusable =
                Password::parse(Secret::generate().expose()).expect("a generated secret is long enough");
            let hash = hash_password(typed.as_ref().unwrap_or(&unusable)).await?;
            let user = state
                .store
                .create_user(NewUser {
                    email,
                    name,
                    password_hash: hash,
                    role,
                    organisation_id,
                    locale: None,
                })
                .await
                .map_err(|e| match e {
                    store::Error::Conflict(_) => {
                        anyhow::anyhow!("an account with this email address already exists")
                    }
                    other => other.into(),
                })?;
            println!("created {} ({})", user.email, user.role);
            if typed.is_none() {
                println!("they choose a password at: {}", reset_link(&state, &user).await?);
            }
        }
        UserCommand::SetRole { email, role, org } => {
            let email = Email::parse(&email).map_err(|e| anyhow::anyhow!("{e}: {email:?}"))?;
            let role: Role = role.parse().map_err(|_| {
                anyhow::anyhow!("unknown role {role:?}: use admin, builder, cso-lead or cso-staff")
            })?;
            let user =
                state.store.user_by_email(&email).await.context("no account has this email address")?;
            let organisation_id = match (&org, role.is_cso(), &user.organisation_id) {
                (None, true, Some(current)) => Some(current.clone()),
                _ => organisation_for(&state, role, org.as_deref()).await?,
            };
            state.store.set_role(&user.id, role, organisation_id.as_deref()).await?;
            println!("{} is now {}", user.email, role);
        }
        UserCommand::ResetPassword { email, password } => {
            let email = Email::parse(&email).map_err(|e| anyhow::anyhow!("{e}: {email:?}"))?;
            let user =
                state.store.user_by_email(&email).await.context("no account has this email address")?;
            match password {
                Some(raw) => {
                    let hash = hash_password(&parse_password(&raw)?).await?;
                    state.store.set_password(&user.id, &hash).await?;
                    println!("password changed for {}; their sessions are closed", user.email);
                }
                None => println!(
                    "reset link for {} (also emailed): {}",
                    user.email,
                    reset_link(&state, &user).await?
                ),
            }
        }
    }
    Ok(())
}

pub async fn org(config: Config, command: OrgCommand) -> anyhow::Result<()> {
    let state = web::build_state(config).await?;
    match command {
        OrgCommand::Create { name, country } => {
            let name = Name::parse(&name).map_err(|e| anyhow::anyhow!("{e}"))?;
            let country = CountryCode::parse(&country).map_err(|e| anyhow::anyhow!("{e}: {country:?}"))?;
            let organisation = state.store.create_organisation(&name, country).await?;
            println!("{}", organisation.slug);
        }
    }
    Ok(())
}
