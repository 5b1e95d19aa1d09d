//! Demonstration data: a programme manager, two capacity builders and six CSOs from
//! Argentina, Kenya, Tanzania and Nepal at different stages of intake. Loading twice changes
//! nothing.

use chrono::{Datelike, Duration, NaiveDate, Utc};
use store::accounts::{NewUser, User};
use store::intake::{Decision, NewRound};
use store::types::{CountryCode, Email, Name, Role};
use web::kernel::mail::compose;
use web::{AppState, Locale, Password, hash_password};

pub const PASSWORD: &str = "datashift-demo";

pub struct Login {
    pub email: String,
    pub role: Role,
    pub who: String,
}

struct Cso {
    name: &'static str,
    country: &'static str,
    lead: (&'static str, &'static str),
    locale: Locale,
    stage: Stage,
}

#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Stage {
    SignedUp,
    FitDone,
    WaitingForJuniors,
    Submitted,
    Accepted,
    Declined,
}

const CSOS: [Cso; 6] = [
    Cso {
        name: "Red Ciudadana de Datos",
        country: "AR",
        lead: ("Valeria Gómez", "valeria@redciudadana.demo.datashift.org"),
        locale: Locale::Es,
        stage: Stage::SignedUp,
    },
    Cso {
        name: "Maji Safi Kibera",
        country: "KE",
        lead: ("Wanjiru Kamau", "wanjiru@majisafi.demo.datashift.org"),
        locale: Locale::En,
        stage: Stage::FitDone,
    },
    Cso {
        name: "Sauti ya Wananchi",
        country: "TZ",
        lead: ("Neema Mushi", "neema@sauti.demo.datashift.org"),
        locale: Locale::Sw,
        stage: Stage::WaitingForJuniors,
    },
    Cso {
        name: "Nagarik Awaz Nepal",
        country: "NP",
        lead: ("Sita Shrestha", "sita@nagarik.demo.datashift.org"),
        locale: Locale::Ne,
        stage: Stage::Submitted,
    },
    Cso {
        name: "Fundación Agua Clara",
        country: "AR",
        lead: ("Martín Ruiz", "martin@aguaclara.demo.datashift.org"),
        locale: Locale::Es,
        stage: Stage::Accepted,
    },
    Cso {
        name: "Elimu Sasa Tanzania",
        country: "TZ",
        lead: ("Baraka Mollel", "baraka@elimusasa.demo.datashift.org"),
        locale: Locale::Sw,
        stage: Stage::Declined,
    },
];

const ADMIN: (&str, &str) = ("Amina Yusuf", "manager@demo.datashift.org");
const BUILDERS: [(&str, &str); 2] =
    [("Lucía Fernández", "lucia@demo.datashift.org"), ("Joseph Otieno", "joseph@demo.datashift.org")];

fn email(raw: &str) -> Email {
    Email::parse(raw).expect("demo addresses are valid")
}

fn name(raw: &str) -> Name {
    Name::parse(raw).expect("demo names are valid")
}

fn next_monday_after(day: NaiveDate) -> NaiveDate {
    let mut d = day + Duration::days(1);
    while d.weekday() != chrono::Weekday::Mon {
        d += Duration::days(1);
    }
    d
}

async fn person(
    state: &AppState,
    hash: &str,
    who: (&str, &str),
    role: Role,
    org: Option<String>,
    locale: Locale,
) -> anyhow::Result<User> {
    match state.store.user_by_email(&email(who.1)).await {
        Ok(user) => Ok(user),
        Err(store::Error::NotFound) => Ok(state
            .store
            .create_user(NewUser {
                email: email(who.1),
                name: name(who.0),
                password_hash: hash.to_owned(),
                role,
                organisation_id: org,
                locale: Some(locale.code().to_owned()),
            })
            .await?),
        Err(err) => Err(err.into()),
    }
}

const FIT_GOOD: &str = r#"{"campaign":"We campaign for safe drinking water in our settlement, asking the local government to repair the broken public taps and publish a repair schedule before the dry season","campaign_stage":"running","decision_makers":"The county water officer and the ward representative","long_term_goals":"Every household has safe water within two hundred metres of home and residents monitor the service themselves","data_use":"A survey of every public tap would show exactly which ones are broken and how many families depend on them","data_experience":"some","commitment":"two_staff_three_quarters"}"#;
const FIT_NO_CAMPAIGN: &str = r#"{"campaign":"We would like to work on education one day","campaign_stage":"no_campaign","decision_makers":"Not decided","long_term_goals":"Better schools","data_use":"Maybe statistics","data_experience":"none","commitment":"less_time"}"#;

/// Loads the demo; returns the logins to print.
pub async fn load(state: &AppState) -> anyhow::Result<Vec<Login>> {
    let password = Password::parse(PASSWORD).expect("the demo password is long enough");
    let hash = hash_password(&password).await?;
    let mut logins = Vec::new();
    let admin = person(state, &hash, ADMIN, Role::Admin, None, Locale::En).await?;
    logins.push(Login { email: admin.email.clone(), role: Role::Admin, who: admin.name.clone() });
    let mut builders = Vec::new();
    for who in BUILDERS {
        let builder = person(state, &hash, who, Role::Builder, None, Locale::En).await?;
        logins.push(Login { email: builder.email.clone(), role: Role::Builder, who: builder.name.clone() });
        builders.push(builder);
    }

    let today = Utc::now().date_naive();
    let rounds = state.store.rounds().await?;
    let round = match rounds.into_iter().find(|r| r.name == "Demo round") {
        Some(round) => round,
        None => {
            let closes = today + Duration::days(21);
            let countries = ["AR", "KE", "TZ", "NP"].map(|c| CountryCode::parse(c).expect("valid"));
            let new = NewRound::new(
                name("Demo round"),
                today - Duration::days(7),
                closes,
                next_monday_after(closes),
                countries.to_vec(),
                8,
            )
            .map_err(|e| anyhow::anyhow!("{e}"))?;
            state.store.create_round(&new).await?
        }
    };

    for cso in &CSOS {
        let lead_email = email(cso.lead.1);
        let lead = match state.store.user_by_email(&lead_email).await {
            Ok(lead) => lead,
            Err(store::Error::NotFound) => {
                let country = CountryCode::parse(cso.country).expect("valid");
                let lead = NewUser {
                    email: lead_email,
                    name: name(cso.lead.0),
                    password_hash: hash.clone(),
                    role: Role::CsoLead,
                    organisation_id: None,
                    locale: Some(cso.locale.code().to_owned()),
                };
                let (organisation, lead) =
                    state.store.sign_up_organisation(&name(cso.name), country, lead).await?;
                build_application(
                    state,
                    cso,
                    &organisation.id,
                    &lead,
                    &round.id,
                    &round,
                    &admin,
                    &builders,
                    today,
                )
                .await?;
                lead
            }
            Err(err) => return Err(err.into()),
        };
        if let Some(organisation_id) = &lead.organisation_id {
            publish_demo_form(state, organisation_id).await?;
        }
        logins.push(Login {
            email: lead.email,
            role: Role::CsoLead,
            who: format!("{} ({})", lead.name, cso.name),
        });
    }
    logins.extend(crate::demo_training::load(state, &hash, &round, &admin, &builders, today).await?);
    web::curriculum::attach_demo_video(state, "welcome", include_bytes!("../demo/welcome-sample.webm"))
        .await?;
    Ok(logins)
}

/// The demo survey (English and Swahili), published once for each demo CSO.
const DEMO_FORM: &str = include_str!("../demo/water-points.md");

async fn publish_demo_form(state: &AppState, organisation_id: &str) -> anyhow::Result<()> {
    if state.store.form_by_xml_id(organisation_id, "demo_water_points").await.is_ok() {
        return Ok(());
    }
    let bytes = xlsform::testing::csv_from_table(DEMO_FORM);
    web::forms::publish::publish_xlsform(
        &state.store,
        &state.blobs,
        organisation_id,
        None,
        "water-points.csv",
        bytes,
    )
    .await
    .map_err(|e| anyhow::anyhow!("publishing the demo form: {e:?}"))?;
    state
        .store
        .web_link(&state.store.form_by_xml_id(organisation_id, "demo_water_points").await?.id, None)
        .await?;
    Ok(())
}

#[allow(clippy::too_many_arguments)]
async fn build_application(
    state: &AppState,
    cso: &Cso,
    organisation_id: &str,
    lead: &User,
    round_id: &str,
    round: &store::intake::Round,
    admin: &User,
    builders: &[User],
    today: NaiveDate,
) -> anyhow::Result<()> {
    if cso.stage == Stage::SignedUp {
        return Ok(());
    }
    let store = &state.store;
    let application = store.start_application(organisation_id, round_id, today).await?;
    let id = application.id.as_str();
    let fit = if cso.stage == Stage::Declined { FIT_NO_CAMPAIGN } else { FIT_GOOD };
    store.save_fit_answers(id, fit).await?;
    if cso.stage == Stage::FitDone {
        return Ok(());
    }
    store.approve_as_senior(id, &lead.id).await?;
    let slug = cso.lead.1.split('@').nth(1).unwrap_or("demo.datashift.org");
    let juniors = [("Junior One", format!("junior1@{slug}")), ("Junior Two", format!("junior2@{slug}"))];
    let mut secrets = Vec::new();
    for (position, (junior, address)) in (1i64..).zip(juniors.iter()) {
        let address = email(address);
        let link_base = state.config.link("/confirm/");
        let secret = store
            .name_junior_staff(id, position, &name(&format!("{junior} ({})", cso.name)), &address, |secret| {
                compose(
                    cso.locale,
                    address.as_str(),
                    "junior-confirm",
                    &[
                        ("name", junior.to_string()),
                        ("organisation", cso.name.to_owned()),
                        ("start", round.training_starts_on.to_string()),
                        ("end", round.training_ends_on().to_string()),
                        ("percent", "75".to_owned()),
                        ("link", format!("{link_base}{}", secret.expose())),
                    ],
                )
            })
            .await?;
        secrets.push(secret);
    }
    // The Tanzanian CSO still waits for its second junior's answer.
    store.record_commitment(&secrets[0], 80).await?;
    if cso.stage == Stage::WaitingForJuniors {
        return Ok(());
    }
    store.record_commitment(&secrets[1], 100).await?;
    let (latency, download, upload) = if cso.country == "NP" { (620, 900, 300) } else { (85, 12_000, 3_500) };
    store.save_capacity_measurement(id, latency, download, upload, r#"{"source":"demo data"}"#).await?;
    store.save_capacity_skills(id, r#"["email","smartphone","spreadsheets","video_calls"]"#).await?;
    store.submit_application(id).await?;
    match cso.stage {
        Stage::Accepted => {
            let builder = &builders[0];
            let decision = Decision::Accept {
                builder_id: builder.id.clone(),
                training_starts_on: round.training_starts_on,
            };
            let email = compose(
                cso.locale,
                &lead.email,
                "accepted",
                &[
                    ("name", lead.name.clone()),
                    ("organisation", cso.name.to_owned()),
                    ("builder", builder.name.clone()),
                    ("start", round.training_starts_on.to_string()),
                    ("link", state.config.link(&format!("/applications/{id}"))),
                ],
            );
            store.decide_application(id, &admin.id, &decision, &[email]).await?;
        }
        Stage::Declined => {
            let message = "Thank you for applying. The training is built around a current campaign; please apply again when your education campaign has started.".to_owned();
            let email = compose(
                cso.locale,
                &lead.email,
                "declined",
                &[
                    ("name", lead.name.clone()),
                    ("organisation", cso.name.to_owned()),
                    ("message", message.clone()),
                    ("link", state.config.link(&format!("/applications/{id}"))),
                ],
            );
            store.decide_application(id, &admin.id, &Decision::Decline { message }, &[email]).await?;
        }
        _ => {}
    }
    Ok(())
}

pub fn print_logins(logins: &[Login]) {
    println!("Demo logins (password for all: {PASSWORD}):");
    for login in logins {
        println!("  {:<10} {:<42} {}", login.role.as_str(), login.email, login.who);
    }
}
