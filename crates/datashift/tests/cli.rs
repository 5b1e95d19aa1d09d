//! The binary as an admin uses it: configuration, admin commands, demo data, backup, serve.

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

fn datashift<S: AsRef<std::ffi::OsStr>>(data_dir: &Path, args: &[S]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_datashift"))
        .args(args)
        .arg("--data-dir")
        .arg(data_dir)
        .env_remove("DATASHIFT_DATABASE_URL")
        .env("DATASHIFT_LOG", "warn")
        .output()
        .expect("the binary runs")
}

fn stdout(output: &Output) -> String {
    assert!(
        output.status.success(),
        "failed: {}\n{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn stderr(output: &Output) -> String {
    assert!(!output.status.success(), "should have failed: {}", String::from_utf8_lossy(&output.stdout));
    String::from_utf8_lossy(&output.stderr).into_owned()
}

#[test]
fn help_documents_every_setting_and_its_environment_variable() {
    let output = Command::new(env!("CARGO_BIN_EXE_datashift")).arg("--help").output().unwrap();
    let help = String::from_utf8_lossy(&output.stdout);
    for needle in [
        "--bind",
        "DATASHIFT_BIND",
        "--data-dir",
        "DATASHIFT_DATA_DIR",
        "--database-url",
        "DATASHIFT_DATABASE_URL",
        "--base-url",
        "DATASHIFT_BASE_URL",
        "DATASHIFT_SMTP_URL",
        "DATASHIFT_CONFIG",
        "serve",
        "demo",
        "backup",
        "user",
    ] {
        assert!(help.contains(needle), "--help lacks {needle}:\n{help}");
    }
}

#[test]
fn admins_create_organisations_and_people_from_the_command_line() {
    let dir = tempfile::tempdir().unwrap();
    let run =
        |args: &str| datashift(dir.path(), &args.split(' ').map(|a| a.replace('_', " ")).collect::<Vec<_>>());
    assert_eq!(stdout(&run("org create --name Maji_Safi_Kibera --country KE")).trim(), "maji-safi-kibera");
    assert_eq!(stdout(&run("org create --name Maji_Safi_Kibera --country KE")).trim(), "maji-safi-kibera-2");
    let created = stdout(&run(
        "user create --email wanjiru@example.org --name Wanjiru --role cso-lead --org maji-safi-kibera \
         --password a_long_enough_password",
    ));
    assert!(created.contains("created wanjiru@example.org (cso_lead)"), "{created}");

    let refusals = [
        ("org create --name X --country FR", "country"),
        ("user create --email wanjiru@example.org --name W --role admin", "already exists"),
        ("user create --email x@example.org --name X --role owner", "unknown role"),
        ("user create --email x@example.org --name X --role cso-staff", "--org"),
        ("user create --email x@example.org --name X --role admin --org maji-safi-kibera", "leave out --org"),
        ("user reset-password --email wanjiru@example.org --password short", "10"),
        ("user set-role --email nobody@example.org --role admin", "no account"),
    ];
    for (args, message) in refusals {
        let error = stderr(&run(args));
        assert!(error.contains(message), "{args}: {error}");
    }

    let invited = stdout(&run("user create --email amina@example.org --name Amina --role admin"));
    assert!(invited.contains("/password/reset/"), "{invited}");
    assert!(
        stdout(&run("user set-role --email amina@example.org --role builder")).contains("is now builder")
    );
    let link = stdout(&run("user reset-password --email wanjiru@example.org"));
    assert!(link.contains("http://127.0.0.1:8080/password/reset/"), "{link}");
    let set =
        stdout(&run("user reset-password --email wanjiru@example.org --password another_long_password"));
    assert!(set.contains("password changed"));
}

#[test]
fn demo_data_loads_once_and_a_backup_is_a_working_copy() {
    let dir = tempfile::tempdir().unwrap();
    let first = stdout(&datashift(dir.path(), &["demo"]));
    assert!(first.contains("manager@demo.datashift.org") && first.contains("datashift-demo"), "{first}");
    assert_eq!(first.lines().filter(|l| l.contains("cso_lead")).count(), 9);
    // The three CSOs in training each have a junior staff member too.
    assert_eq!(first.lines().filter(|l| l.contains("cso_staff")).count(), 3);
    let second = stdout(&datashift(dir.path(), &["demo"]));
    assert_eq!(first, second, "loading twice changes nothing");

    let target = dir.path().join("backup");
    let done = stdout(&datashift(dir.path(), &["backup", target.to_str().unwrap()]));
    assert!(done.contains("backup written"), "{done}");
    assert!(stderr(&datashift(dir.path(), &["backup", target.to_str().unwrap()])).contains("not empty"));
    // The copy is a database the platform opens, with the demo in it.
    let copy = stdout(&datashift(&target, &["demo"]));
    assert_eq!(copy, first);
}

#[test]
fn serve_answers_and_stops_gracefully_on_sigterm() {
    let dir = tempfile::tempdir().unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_datashift"))
        .args(["serve", "--bind", "127.0.0.1:0", "--data-dir"])
        .arg(dir.path())
        .env("DATASHIFT_LOG", "warn")
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
    let address = loop {
        let line = lines.next().expect("the server prints its address").unwrap();
        if let Some(address) = line.strip_prefix("listening on ") {
            break address.to_owned();
        }
    };
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let health =
        runtime.block_on(async { reqwest::get(format!("{address}/healthz")).await.unwrap().status() });
    assert_eq!(health, reqwest::StatusCode::OK);
    assert!(dir.path().join("datashift.sqlite3").exists(), "the database lives in the data directory");
    Command::new("kill").args(["-TERM", &child.id().to_string()]).status().unwrap();
    let started = Instant::now();
    loop {
        if let Some(status) = child.try_wait().unwrap() {
            assert!(status.success(), "exited with {status}");
            break;
        }
        assert!(started.elapsed() < Duration::from_secs(20), "the server did not stop on SIGTERM");
        std::thread::sleep(Duration::from_millis(50));
    }
}

#[test]
fn data_summary_prints_every_question_of_a_form() {
    let dir = tempfile::tempdir().unwrap();
    datashift(dir.path(), &["org", "create", "--name", "Maji Watch", "--country", "KE"]);
    let form = dir.path().join("tap_check.csv");
    std::fs::write(
        &form,
        "survey,,,\n,type,name,label\n,select_one yes_no,working,Is the tap working?\n,integer,queue,People waiting\n\
         choices,,,\n,list_name,name,label\n,yes_no,yes,Yes\n,yes_no,no,No\n",
    )
    .unwrap();
    let published =
        stdout(&datashift(dir.path(), &["form", "publish", "--org", "maji-watch", form.to_str().unwrap()]));
    let id = published.rsplit_once('(').and_then(|(_, rest)| rest.split_once(')')).map(|(id, _)| id).unwrap();
    let summary = stdout(&datashift(dir.path(), &["data", "summary", "--form", id]));
    assert!(
        summary.starts_with("tap_check: 0 submissions") || summary.contains(": 0 submissions"),
        "{summary}"
    );
    assert!(summary.contains("Is the tap working? (/data/working)"), "{summary}");
    assert!(summary.contains("0.0%  Yes") && summary.contains("People waiting"), "{summary}");
    let afresh = stdout(&datashift(dir.path(), &["data", "summary", "--form", id, "--afresh"]));
    assert_eq!(afresh, summary, "read again, the same summary");
    let unknown = datashift(dir.path(), &["data", "summary", "--form", "no-such-form"]);
    assert!(!unknown.status.success());
    assert!(stderr(&unknown).contains("no form with the id \"no-such-form\""), "{}", stderr(&unknown));

    // The retention purge: a form without a period needs --days; a dry run changes nothing.
    let no_period = datashift(dir.path(), &["data", "purge", "--form", id, "--dry-run"]);
    assert!(!no_period.status.success());
    assert!(stderr(&no_period).contains("has no retention period"), "{}", stderr(&no_period));
    let bad_days = datashift(dir.path(), &["data", "purge", "--form", id, "--days", "0"]);
    assert!(stderr(&bad_days).contains("--days takes 1 to 3653 days, not 0"), "{}", stderr(&bad_days));
    let dry_run =
        stdout(&datashift(dir.path(), &["data", "purge", "--form", id, "--days", "30", "--dry-run"]));
    assert!(dry_run.contains("would purge 0 submissions received before"), "{dry_run}");
}

#[test]
fn data_export_writes_csv_to_stdout_and_other_formats_to_a_file_and_is_audited() {
    let dir = tempfile::tempdir().unwrap();
    datashift(dir.path(), &["org", "create", "--name", "Maji Watch", "--country", "KE"]);
    let form = dir.path().join("tap_check.csv");
    std::fs::write(
        &form,
        "survey,,,\n,type,name,label\n,text,respondent_name,Name\n,integer,queue,People waiting\n",
    )
    .unwrap();
    let published =
        stdout(&datashift(dir.path(), &["form", "publish", "--org", "maji-watch", form.to_str().unwrap()]));
    let id = published.rsplit_once('(').and_then(|(_, rest)| rest.split_once(')')).map(|(id, _)| id).unwrap();

    // No submissions yet: the headers only, with the byte-order mark Excel needs.
    let csv = datashift(dir.path(), &["data", "export", "--form", id, "--format", "csv"]);
    assert_eq!(
        stdout(&csv),
        "\u{feff}_submission_id,instanceID,_received_at,_collector,_submitter,_review_state,_index,respondent_name,queue\n"
    );
    // A workbook is not written to a terminal.
    let refused = datashift(dir.path(), &["data", "export", "--form", id, "--format", "xlsx"]);
    assert!(stderr(&refused).contains("-o FILE"), "{}", stderr(&refused));
    let file = dir.path().join("out.xlsx");
    let args = [
        "data",
        "export",
        "--form",
        id,
        "--format",
        "xlsx",
        "--labels",
        "--anonymise",
        "-o",
        file.to_str().unwrap(),
    ];
    stdout(&datashift(dir.path(), &args));
    assert!(std::fs::read(&file).unwrap().starts_with(b"PK"), "an XLSX is a ZIP");
    let unknown = datashift(dir.path(), &["data", "export", "--form", "no-such-form", "--format", "csv"]);
    assert!(stderr(&unknown).contains("no form with the id"), "{}", stderr(&unknown));

    // Two exports, audited with no user.
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let entries = runtime.block_on(async {
        let store = store::Store::connect(&store::Store::sqlite_url_in(dir.path())).await.unwrap();
        store.audit_log(Some(id), 1).await.unwrap().0
    });
    assert_eq!(entries.len(), 2, "{entries:?}");
    assert!(entries.iter().all(|e| e.user_id.is_none() && e.detail.contains("command line")), "{entries:?}");
    assert!(
        entries.iter().any(|e| e.detail.contains("xlsx, labels") && e.detail.contains("anonymised")),
        "{entries:?}"
    );
}
