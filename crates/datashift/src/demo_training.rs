//! Demo engagements on different days of the two weeks, with deliverables in each state, so a
//! newcomer sees the whole training: one on day 2 (drafts: the SMART objective is today's
//! work), one on day 8 (work accepted, one awaiting review, changes requested on another,
//! challenges open and answered), one finished (everything accepted, one late).

use chrono::{Datelike, Duration, NaiveDate, TimeZone, Utc, Weekday};
use store::accounts::{NewUser, User};
use store::engagements::calendar::date_of_day;
use store::engagements::calls::{CallInput, CallPlan};
use store::engagements::challenges::{ChallengeCategory, ChallengeText};
use store::engagements::commitment::{ConfidenceAnswers, DayLog, Hours, HoursNote};
use store::engagements::deliverables::{Act, DeliverableComment, NewContent};
use store::engagements::{DeliverableKind, Engagement};
use store::intake::{Decision, Round};
use store::types::{CountryCode, Email, Name, Role};
use web::{AppState, Locale};

use crate::demo::Login;

struct TrainingCso {
    name: &'static str,
    country: &'static str,
    lead: (&'static str, &'static str),
    junior: (&'static str, &'static str),
    locale: Locale,
    /// The working day it is today (11 = finished).
    day: u8,
    /// Which of the demo's capacity builders guides it (0 = Lucía, 1 = Joseph).
    builder: usize,
    /// What its team and builder wrote, in the CSO's working language.
    texts: &'static Texts,
}

/// A CSO's campaign as its deliverables, comments and challenges say it.
struct Texts {
    plan: &'static str,
    smart: &'static str,
    survey: &'static str,
    pilot: &'static str,
    plan_changes: &'static str,
    plan_accepted: &'static str,
    pilot_changes: &'static str,
    devices: &'static str,
    devices_guidance: &'static str,
    respondents: &'static str,
    respondents_guidance: &'static str,
}

const TRAINING: [TrainingCso; 3] = [
    TrainingCso {
        name: "Haki Data Mombasa",
        country: "KE",
        lead: ("Halima Said", "halima@hakidata.demo.datashift.org"),
        junior: ("Kevin Njoroge", "kevin@hakidata.demo.datashift.org"),
        locale: Locale::En,
        day: 2,
        builder: 0,
        texts: &ENGLISH,
    },
    TrainingCso {
        name: "Ciudad Abierta Córdoba",
        country: "AR",
        lead: ("Carla Ortiz", "carla@ciudadabierta.demo.datashift.org"),
        junior: ("Diego Paz", "diego@ciudadabierta.demo.datashift.org"),
        locale: Locale::Es,
        day: 8,
        builder: 0,
        texts: &SPANISH,
    },
    TrainingCso {
        name: "Sahayatri Lalitpur",
        country: "NP",
        lead: ("Anita Gurung", "anita@sahayatri.demo.datashift.org"),
        junior: ("Ramesh Thapa", "ramesh@sahayatri.demo.datashift.org"),
        locale: Locale::Ne,
        day: 11,
        builder: 1,
        texts: &ENGLISH,
    },
];

const ENGLISH: Texts = Texts {
    plan: r#"{"problem":"Half of the public taps in the ward are broken for weeks at a time","goal":"The county repairs every broken tap and publishes a repair schedule","decision_makers":"The county water officer","allies":"Ward health committee, local radio","audiences":"Residents, the county assembly","tactics":"Survey every tap, publish a tap map, meet the water officer","timeline":"Survey in week 2, meeting within a month, repairs within three months","ends_on":"END","risks":"Officials dispute the data; enumerators' safety at night","data_needed":"Which taps work, how many households use each, how long repairs take"}"#,
    smart: r#"{"specific":"The county water officer repairs broken public taps in the ward","measurable":"Working taps rise from 12 of 30 to 27 of 30","achievable":"The county has a repair budget line; we bring the list","relevant":"It is the goal of our campaign plan","time_bound":"By the deadline below","target":27,"unit":"working taps","baseline":12,"deadline":"DEADLINE","who":"The county water officer"}"#,
    survey: r#"{"form_id":null,"measures":"How many taps work (the measurable part of the objective)"}"#,
    pilot: r#"{"went_wrong":"The GPS question took too long indoors; two enumerators skipped the photo","changed":"GPS is taken outside before the interview; the photo is now required"}"#,
    plan_changes: "Name the allies you will ask for help, and what you ask each of them.",
    plan_accepted: "A clear plan.",
    pilot_changes: "Say how many pilot interviews you did and how long each took.",
    devices: "Two enumerators share one phone; one collects in the morning, one after school.",
    devices_guidance: "Send from each phone every evening so nothing waits on one device.",
    respondents: "Some households refuse to answer while the landlord is present.",
    respondents_guidance: "Come back at another time of day, and never insist: a refusal is an answer to record.",
};

const SPANISH: Texts = Texts {
    plan: r#"{"problem":"En el barrio, una de cada tres luminarias de la calle está apagada y las vecinas evitan volver de noche","goal":"La municipalidad repara las luminarias apagadas y publica un calendario de reparaciones","decision_makers":"La Secretaría de Servicios Públicos de la municipalidad","allies":"El centro vecinal, la radio comunitaria","audiences":"Vecinas y vecinos, el Concejo Deliberante","tactics":"Relevar cada luminaria, publicar un mapa, pedir una reunión con la Secretaría","timeline":"Relevamiento en la semana 2, reunión en un mes, reparaciones en tres meses","ends_on":"END","risks":"Que la municipalidad discuta los datos; la seguridad de quienes relevan de noche","data_needed":"Qué luminarias funcionan, en qué cuadras, desde cuándo están apagadas"}"#,
    smart: r#"{"specific":"La Secretaría de Servicios Públicos repara las luminarias apagadas del barrio","measurable":"Las luminarias encendidas pasan de 80 de 120 a 114 de 120","achievable":"Hay una partida de mantenimiento en el presupuesto; llevamos la lista","relevant":"Es la meta de nuestro plan de campaña","time_bound":"Antes de la fecha límite","target":114,"unit":"luminarias encendidas","baseline":80,"deadline":"DEADLINE","who":"La Secretaría de Servicios Públicos"}"#,
    survey: r#"{"form_id":null,"measures":"Cuántas luminarias funcionan (la parte medible del objetivo)"}"#,
    pilot: r#"{"went_wrong":"De día no se puede saber si una luminaria enciende; la pregunta de la foto confundía","changed":"El relevamiento se hace al anochecer, en parejas; la foto es opcional"}"#,
    plan_changes: "Nombren a los aliados a los que van a pedir ayuda y qué le piden a cada uno.",
    plan_accepted: "Un plan claro.",
    pilot_changes: "Cuenten cuántas entrevistas piloto hicieron y cuánto duró cada una.",
    devices: "Dos personas comparten un teléfono; una releva temprano y la otra más tarde.",
    devices_guidance: "Envíen desde cada teléfono todas las noches, así nada queda esperando en un solo aparato.",
    respondents: "Algunos vecinos no quieren responder delante de desconocidos.",
    respondents_guidance: "Preséntense con alguien del centro vecinal y nunca insistan: una negativa también se registra.",
};

/// Where a working day falls: `day` working days into a training whose day `today_is` is today.
fn start_for(today: NaiveDate, today_is: u8) -> NaiveDate {
    let mut date = today;
    while matches!(date.weekday(), Weekday::Sat | Weekday::Sun) {
        date -= Duration::days(1);
    }
    let mut back = today_is.saturating_sub(1);
    while back > 0 {
        date -= Duration::days(1);
        if !matches!(date.weekday(), Weekday::Sat | Weekday::Sun) {
            back -= 1;
        }
    }
    date
}

fn content(json: &str) -> NewContent<'_> {
    NewContent { json, form_id: None }
}

fn at(date: NaiveDate, hour: u32) -> store::Timestamp {
    Utc.from_utc_datetime(&date.and_hms_opt(hour, 0, 0).expect("a valid hour"))
}

/// Demo data that breaks a rule is a bug in the demo: said plainly.
fn problem(e: impl std::fmt::Debug) -> anyhow::Error {
    anyhow::anyhow!("demo data refused: {e:?}")
}

/// What the team did besides deliverables: the junior logged six hours on each day gone by
/// (the senior lead logs none and owes none), both took the confidence self-assessment on day
/// 1 (and the junior again at the end when it is over), and the builder scheduled the next
/// call for the next working day at 14:00 where the CSO works.
async fn team_activity(
    state: &AppState,
    engagement: &Engagement,
    junior: &User,
    builder: &User,
    day: u8,
    today: NaiveDate,
) -> anyhow::Result<()> {
    let store = &state.store;
    for gone in 1..day.min(11) {
        let log = DayLog {
            day: gone,
            hours: Hours::parse("6").map_err(problem)?,
            note: HoursNote::parse("Training tasks and deliverables").map_err(problem)?,
        };
        let at = Utc.from_utc_datetime(
            &date_of_day(engagement.starts_on, gone).and_hms_opt(15, 0, 0).expect("valid"),
        );
        store.log_hours(engagement, &junior.id, &log, today, at).await?;
    }
    let rated = |rating: &'static str| ConfidenceAnswers::parse(|_| Some(rating)).map_err(problem);
    let first_day = date_of_day(engagement.starts_on, 1);
    let first_at = Utc.from_utc_datetime(&first_day.and_hms_opt(8, 0, 0).expect("valid"));
    store.take_confidence(engagement, &junior.id, &rated("2")?, first_day, first_at).await?;
    if day > 10 {
        let last_day = date_of_day(engagement.starts_on, 10);
        let last_at = Utc.from_utc_datetime(&last_day.and_hms_opt(12, 0, 0).expect("valid"));
        store.take_confidence(engagement, &junior.id, &rated("4")?, last_day, last_at).await?;
        return Ok(());
    }
    let next = date_of_day(engagement.starts_on, day.clamp(1, 9) + 1).to_string();
    let input = CallInput {
        date: &next,
        time: "14:00",
        minutes: "45",
        meeting_url: "",
        agenda: "How the work goes; what waits for review; the next two days.",
    };
    let plan = CallPlan::parse(input, engagement.time_zone()).map_err(problem)?;
    store.schedule_call(engagement, &plan, &builder.id, Utc::now(), |_| Vec::new()).await?;
    Ok(())
}

/// Loads the demo engagements (once); returns their logins.
pub async fn load(
    state: &AppState,
    hash: &str,
    round: &Round,
    admin: &User,
    builders: &[User],
    today: NaiveDate,
) -> anyhow::Result<Vec<Login>> {
    let store = &state.store;
    let mut logins = Vec::new();
    for cso in &TRAINING {
        let lead_email = Email::parse(cso.lead.1).expect("valid");
        let junior_email = Email::parse(cso.junior.1).expect("valid");
        logins.push(Login {
            email: cso.lead.1.into(),
            role: Role::CsoLead,
            who: format!("{} ({})", cso.lead.0, cso.name),
        });
        logins.push(Login {
            email: cso.junior.1.into(),
            role: Role::CsoStaff,
            who: format!("{} ({})", cso.junior.0, cso.name),
        });
        if store.user_by_email(&lead_email).await.is_ok() {
            continue;
        }
        let new_user = |who: (&str, &str), email: Email, role, organisation_id| NewUser {
            email,
            name: Name::parse(who.0).expect("valid"),
            password_hash: hash.to_owned(),
            role,
            organisation_id,
            locale: Some(cso.locale.code().to_owned()),
        };
        let country = CountryCode::parse(cso.country).expect("valid");
        let (organisation, _lead) = store
            .sign_up_organisation(
                &Name::parse(cso.name).expect("valid"),
                country,
                new_user(cso.lead, lead_email, Role::CsoLead, None),
            )
            .await?;
        let junior = store
            .create_user(new_user(cso.junior, junior_email, Role::CsoStaff, Some(organisation.id.clone())))
            .await?;
        let application = store.start_application(&organisation.id, &round.id, today).await?;
        store.submit_application(&application.id).await?;
        let builder = &builders[cso.builder % builders.len()];
        // The days of the two weeks are the CSO's: "day 2" is day 2 where it works.
        let zone = store::engagements::calls::time_zone(cso.country);
        let local_today = state.config.clock.now().with_timezone(&zone).date_naive();
        let starts_on = start_for(local_today, cso.day.min(10))
            - if cso.day > 10 { Duration::days(14) } else { Duration::zero() };
        let decision = Decision::Accept { builder_id: builder.id.clone(), training_starts_on: starts_on };
        store.decide_application(&application.id, &admin.id, &decision, &[]).await?;
        let engagement = store.engagement_of_application(&application.id).await?;
        let day_at = |day: u8, hour: u32| at(date_of_day(engagement.starts_on, day), hour);
        // Tasks of the days gone by are done.
        let plan = store.plan(&engagement.id, "en").await?;
        for task in plan.iter().filter(|t| t.day < cso.day) {
            store.set_task_done(&engagement.id, &task.id, &junior.id, true, day_at(task.day, 16)).await?;
        }
        let by_team = |day: u8| Act { user_id: junior.id.as_str(), at: day_at(day, 15) };
        let by_builder = |day: u8| Act { user_id: builder.id.as_str(), at: day_at(day, 17) };
        let end = date_of_day(engagement.starts_on, 10) + Duration::days(90);
        let texts = cso.texts;
        let plan_json = texts.plan.replace("END", &end.to_string());
        let smart_json = texts.smart.replace("DEADLINE", &(end - Duration::days(30)).to_string());
        let comment = |text: &str| DeliverableComment::parse(text).expect("a valid comment");
        team_activity(state, &engagement, &junior, builder, cso.day, local_today).await?;
        if cso.day == 2 {
            store
                .save_deliverable(
                    &engagement.id,
                    DeliverableKind::CampaignPlan,
                    content(&plan_json),
                    by_team(1),
                )
                .await?;
            continue;
        }
        // Days 1-3: plan and objective, with one round of changes on the plan.
        store
            .submit_deliverable(
                &engagement.id,
                DeliverableKind::SmartObjective,
                content(&smart_json),
                by_team(2),
                &[],
            )
            .await?;
        store
            .accept_deliverable(&engagement.id, DeliverableKind::SmartObjective, None, by_builder(2), &[])
            .await?;
        store
            .submit_deliverable(
                &engagement.id,
                DeliverableKind::CampaignPlan,
                content(&plan_json),
                by_team(3),
                &[],
            )
            .await?;
        store
            .request_deliverable_changes(
                &engagement.id,
                DeliverableKind::CampaignPlan,
                &comment(texts.plan_changes),
                by_builder(3),
                &[],
            )
            .await?;
        store
            .submit_deliverable(
                &engagement.id,
                DeliverableKind::CampaignPlan,
                content(&plan_json),
                by_team(4),
                &[],
            )
            .await?;
        store
            .accept_deliverable(
                &engagement.id,
                DeliverableKind::CampaignPlan,
                Some(&comment(texts.plan_accepted)),
                by_builder(4),
                &[],
            )
            .await?;
        store
            .submit_deliverable(
                &engagement.id,
                DeliverableKind::Survey,
                content(texts.survey),
                by_team(6),
                &[],
            )
            .await?;
        // The finished CSO sent its pilot report a day late (marked, not refused).
        let pilot_day = if cso.day > 10 { 8 } else { 7 };
        store
            .submit_deliverable(
                &engagement.id,
                DeliverableKind::PilotReport,
                content(texts.pilot),
                by_team(pilot_day),
                &[],
            )
            .await?;
        let sharing = ChallengeText::parse(texts.devices, ChallengeText::MAX_DESCRIPTION).map_err(problem)?;
        let id = store
            .add_challenge(
                &engagement.id,
                ChallengeCategory::Devices,
                &sharing,
                &junior.id,
                day_at(7, 11),
                &[],
            )
            .await?;
        let guidance =
            ChallengeText::parse(texts.devices_guidance, ChallengeText::MAX_GUIDANCE).map_err(problem)?;
        store
            .give_challenge_guidance(&engagement.id, &id, &guidance, &builder.id, day_at(7, 17), &[])
            .await?;
        store.set_challenge_resolved(&engagement.id, &id, true, day_at(8, 9)).await?;
        let refusals =
            ChallengeText::parse(texts.respondents, ChallengeText::MAX_DESCRIPTION).map_err(problem)?;
        let refusals_id = store
            .add_challenge(
                &engagement.id,
                ChallengeCategory::Respondents,
                &refusals,
                &junior.id,
                day_at(8, 10),
                &[],
            )
            .await?;
        if cso.day <= 10 {
            // Day 8: the survey waits for review; the pilot report needs changes.
            store
                .request_deliverable_changes(
                    &engagement.id,
                    DeliverableKind::PilotReport,
                    &comment(texts.pilot_changes),
                    by_builder(7),
                    &[],
                )
                .await?;
            continue;
        }
        // The finished CSO had guidance on its second challenge too, and resolved it.
        let guidance =
            ChallengeText::parse(texts.respondents_guidance, ChallengeText::MAX_GUIDANCE).map_err(problem)?;
        store
            .give_challenge_guidance(&engagement.id, &refusals_id, &guidance, &builder.id, day_at(8, 17), &[])
            .await?;
        store.set_challenge_resolved(&engagement.id, &refusals_id, true, day_at(9, 9)).await?;
        store.accept_deliverable(&engagement.id, DeliverableKind::Survey, None, by_builder(7), &[]).await?;
        store
            .accept_deliverable(&engagement.id, DeliverableKind::PilotReport, None, by_builder(9), &[])
            .await?;
    }
    Ok(logins)
}
