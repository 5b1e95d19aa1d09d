//! One story through every store operation, run on SQLite and on PostgreSQL.

use chrono::{Duration, Utc};
use store::accounts::NewUser;
use store::intake::{ApplicationStatus, Decision, NewRound};
use store::outbox::OutgoingEmail;
use store::testing::{TestBackend, fresh_database_url};
use store::types::{CountryCode, Email, Name, Role, Secret};
use store::{Error, Store};

fn email(raw: &str) -> Email {
    Email::parse(raw).unwrap()
}

fn name(raw: &str) -> Name {
    Name::parse(raw).unwrap()
}

fn person(address: &str, role: Role, organisation_id: Option<String>) -> NewUser {
    NewUser {
        email: email(address),
        name: name("Someone"),
        password_hash: "hash".into(),
        role,
        organisation_id,
        locale: None,
    }
}

fn mail(to: &str) -> OutgoingEmail {
    OutgoingEmail { recipient: to.into(), subject: "Subject".into(), body: "Body".into() }
}

async fn story(backend: TestBackend) {
    let dir = tempfile::tempdir().unwrap();
    let Some(url) = fresh_database_url(backend, dir.path()).await else {
        return;
    };
    let store = Store::connect(&url).await.unwrap();
    store.migrate().await.unwrap();
    store.migrate().await.unwrap();
    store.ping().await.unwrap();

    // Organisations and people.
    let kenya = CountryCode::parse("KE").unwrap();
    let (org, lead) = store
        .sign_up_organisation(&name("Maji Safi"), kenya, person("lead@example.org", Role::CsoLead, None))
        .await
        .unwrap();
    assert_eq!(org.slug, "maji-safi");
    assert_eq!(lead.organisation_id.as_deref(), Some(org.id.as_str()));
    let clash = store
        .sign_up_organisation(&name("Maji Safi"), kenya, person("lead@example.org", Role::CsoLead, None))
        .await;
    assert!(matches!(clash, Err(Error::Conflict("email"))));
    assert!(
        store.organisation_by_slug("maji-safi-2").await.is_err(),
        "the failed sign-up left no organisation"
    );
    assert!(matches!(
        store.create_user(person("x@example.org", Role::CsoStaff, None)).await,
        Err(Error::Rule(_))
    ));
    let admin = store.create_user(person("admin@example.org", Role::Admin, None)).await.unwrap();
    let builder = store.create_user(person("builder@example.org", Role::Builder, None)).await.unwrap();
    assert_eq!(store.users_with_role(Role::Builder).await.unwrap().len(), 1);
    store.set_role(&builder.id, Role::Admin, None).await.unwrap();
    store.set_role(&builder.id, Role::Builder, None).await.unwrap();
    store.set_locale(&lead.id, "sw").await.unwrap();
    assert_eq!(store.user(&lead.id).await.unwrap().locale.as_deref(), Some("sw"));

    // Sessions.
    let session = store.create_session(&lead.id, Duration::days(1)).await.unwrap();
    assert_eq!(store.session_user(&session).await.unwrap().unwrap().id, lead.id);
    let expired = store.create_session(&lead.id, Duration::seconds(-1)).await.unwrap();
    assert!(store.session_user(&expired).await.unwrap().is_none());
    assert_eq!(store.purge_expired().await.unwrap(), 1);
    store.set_password(&lead.id, "new hash").await.unwrap();
    assert!(store.session_user(&session).await.unwrap().is_none(), "a new password closes sessions");

    // Invitations and password resets, each with its email in the same transaction.
    let invitation = store
        .create_invitation(&org.id, &email("staff@example.org"), &lead.id, Duration::days(1), |_| {
            mail("staff@example.org")
        })
        .await
        .unwrap();
    assert!(store.invitation(&invitation).await.unwrap().is_usable());
    let staff = store
        .accept_invitation(&invitation, person("staff@example.org", Role::CsoStaff, None))
        .await
        .unwrap();
    assert_eq!(staff.organisation_id.as_deref(), Some(org.id.as_str()));
    assert!(matches!(
        store.accept_invitation(&invitation, person("again@example.org", Role::CsoStaff, None)).await,
        Err(Error::NotFound)
    ));
    assert_eq!(store.organisation_members(&org.id).await.unwrap().len(), 2);
    let reset = store
        .create_password_reset(&lead.id, Duration::hours(1), |_| mail("lead@example.org"))
        .await
        .unwrap();
    assert_eq!(store.password_reset_user(&reset).await.unwrap().id, lead.id);
    store.reset_password(&reset, "reset hash").await.unwrap();
    assert!(matches!(store.reset_password(&reset, "again").await, Err(Error::NotFound)));
    assert!(matches!(store.password_reset_user(&Secret::generate()).await, Err(Error::NotFound)));

    // Login throttling.
    for expected in 1..=3 {
        assert_eq!(store.record_login_failure("email:lead", 900).await.unwrap(), expected);
    }
    assert_eq!(store.login_failures("email:lead", 900).await.unwrap(), 3);
    assert_eq!(store.login_failures("email:lead", -1).await.unwrap(), 0, "an old window no longer counts");
    assert_eq!(store.record_login_failure("email:lead", -1).await.unwrap(), 1, "a new window starts");
    store.clear_login_failures("email:lead").await.unwrap();
    assert_eq!(store.login_failures("email:lead", 900).await.unwrap(), 0);

    // The outbox: two senders never claim the same email.
    assert_eq!(store.outbox_count().await.unwrap(), 2);
    let first = store.claim_unsent_email(Duration::minutes(5)).await.unwrap().unwrap();
    let second = store.claim_unsent_email(Duration::minutes(5)).await.unwrap().unwrap();
    assert_ne!(first.id, second.id);
    assert!(store.claim_unsent_email(Duration::minutes(5)).await.unwrap().is_none());
    store.mark_email_sent(&first.id).await.unwrap();
    store.mark_email_failed(&second.id, "connection refused").await.unwrap();
    let listed = store.outbox(10, 0).await.unwrap();
    assert!(listed.iter().any(|e| e.sent_at.is_some()));
    assert!(listed.iter().any(|e| e.last_error.as_deref() == Some("connection refused")));

    // Intake.
    let today = Utc::now().date_naive();
    let round = NewRound::new(
        name("Round"),
        today,
        today + Duration::days(5),
        today + Duration::days(10),
        vec![kenya],
        1,
    )
    .unwrap();
    let round = store.create_round(&round).await.unwrap();
    assert_eq!(round.countries, vec!["KE"]);
    assert!(store.start_application(&org.id, &round.id, today + Duration::days(6)).await.is_err(), "closed");
    let application = store.start_application(&org.id, &round.id, today).await.unwrap();
    assert!(matches!(store.start_application(&org.id, &round.id, today).await, Err(Error::Conflict(_))));
    let id = application.id.as_str();
    store.save_fit_answers(id, r#"{"any":"json"}"#).await.unwrap();
    store.approve_as_senior(id, &lead.id).await.unwrap();
    let one = store
        .name_junior_staff(id, 1, &name("One"), &email("one@example.org"), |_| mail("one@example.org"))
        .await
        .unwrap();
    let same = store
        .name_junior_staff(id, 2, &name("Two"), &email("one@example.org"), |_| mail("one@example.org"))
        .await;
    assert!(matches!(same, Err(Error::Conflict(_))));
    let two = store
        .name_junior_staff(id, 2, &name("Two"), &email("two@example.org"), |_| mail("two@example.org"))
        .await
        .unwrap();
    assert!(matches!(store.record_commitment(&one, 101).await, Err(Error::Rule(_))));
    store.record_commitment(&one, 80).await.unwrap();
    store.record_commitment(&two, 75).await.unwrap();
    assert_eq!(store.junior_invitation(&two).await.unwrap().junior.commitment_percent, Some(75));
    store.save_capacity_measurement(id, 90, 8000, 2000, "{}").await.unwrap();
    store.save_capacity_skills(id, "[]").await.unwrap();
    let loaded = store.application(id).await.unwrap();
    assert_eq!(loaded.juniors.len(), 2);
    assert_eq!(loaded.capacity.as_ref().unwrap().download_kbps, 8000);
    store.submit_application(id).await.unwrap();
    assert!(matches!(store.save_fit_answers(id, "{}").await, Err(Error::Rule(_))), "submitted is final");
    assert_eq!(store.applications_with_status(ApplicationStatus::Submitted).await.unwrap().len(), 1);
    assert!(
        matches!(
            store
                .decide_application(
                    id,
                    &admin.id,
                    &Decision::Accept { builder_id: admin.id.clone(), training_starts_on: today },
                    &[]
                )
                .await,
            Err(Error::Rule(_))
        ),
        "only a builder can be assigned"
    );
    let accept =
        Decision::Accept { builder_id: builder.id.clone(), training_starts_on: today + Duration::days(10) };
    store.decide_application(id, &admin.id, &accept, &[mail("lead@example.org")]).await.unwrap();
    assert_eq!(store.applications_of_builder(&builder.id).await.unwrap().len(), 1);
    assert_eq!(store.round(&round.id).await.unwrap().places_left(), 0);
    assert_eq!(store.outbox_count().await.unwrap(), 5);
    store.close().await;
}

#[tokio::test]
async fn every_store_operation_works_on_sqlite() {
    story(TestBackend::Sqlite).await;
}

#[tokio::test]
async fn every_store_operation_works_on_postgres() {
    story(TestBackend::Postgres).await;
}

#[tokio::test]
async fn a_sqlite_database_is_backed_up_while_open() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::connect(&Store::sqlite_url_in(dir.path())).await.unwrap();
    store.migrate().await.unwrap();
    store.create_user(person("admin@example.org", Role::Admin, None)).await.unwrap();
    let copy = dir.path().join("copy.sqlite3");
    store.backup_sqlite_to(&copy).await.unwrap();
    let restored = Store::connect(&format!("sqlite://{}", copy.display())).await.unwrap();
    assert!(restored.user_by_email(&email("admin@example.org")).await.is_ok());
}
