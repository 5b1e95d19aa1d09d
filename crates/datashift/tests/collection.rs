//! Data collection from the command line and under a crash: an organisation, a form and a
//! device made with the admin commands (while the server runs), then submissions under load
//! with the server killed by SIGKILL mid-way. After a restart every submission that got a 201
//! is there, once.

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Child, Command, Output, Stdio};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

const FORM: &str = "\
| survey |
| | type    | name   | label       | required |
| | text    | point  | Water point | yes      |
| | integer | queue  | Queue       |          |
| settings |
| | form_id  | version | form_title     |
| | crashing | 7       | Crash survey   |
";

fn datashift(data_dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_datashift"))
        .args(args)
        .arg("--data-dir")
        .arg(data_dir)
        .env_remove("DATASHIFT_DATABASE_URL")
        .env("DATASHIFT_LOG", "warn")
        .output()
        .expect("the binary runs")
}

fn ok(output: Output) -> String {
    assert!(
        output.status.success(),
        "failed: {}\n{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8_lossy(&output.stdout).into_owned()
}

/// Starts `serve` on a free port; returns the process and its address.
fn serve(data_dir: &Path) -> (Child, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_datashift"))
        .args(["serve", "--bind", "127.0.0.1:0", "--data-dir"])
        .arg(data_dir)
        .env_remove("DATASHIFT_DATABASE_URL")
        .env("DATASHIFT_LOG", "warn")
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("the server starts");
    let mut line = String::new();
    BufReader::new(child.stdout.take().unwrap()).read_line(&mut line).unwrap();
    let address = line.trim().strip_prefix("listening on http://").expect("the listening line").to_owned();
    (child, address)
}

fn document(instance: &str) -> String {
    format!(
        "<data id=\"crashing\" version=\"7\"><point>Tap {instance}</point><queue>3</queue>\
         <meta><instanceID>uuid:{instance}</instanceID></meta></data>"
    )
}

async fn submit(
    client: &reqwest::Client,
    url: &str,
    instance: &str,
) -> Result<(u16, String), reqwest::Error> {
    let form = reqwest::multipart::Form::new().part(
        "xml_submission_file",
        reqwest::multipart::Part::bytes(document(instance).into_bytes()).file_name("submission.xml"),
    );
    let response = client.post(url).header("X-OpenRosa-Version", "1.0").multipart(form).send().await?;
    let status = response.status().as_u16();
    Ok((status, response.text().await?))
}

fn stored_count(dir: &Path, slug: &str) -> i64 {
    let list = ok(datashift(dir, &["form", "list", "--org", slug]));
    let row = list.lines().find(|l| l.starts_with("crashing\t")).expect("the form is listed");
    row.split('\t').nth(4).unwrap().parse().unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_acknowledged_submission_survives_a_kill() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path();
    let (mut server, address) = serve(data);

    // The admin commands work beside the running server.
    let slug =
        ok(datashift(data, &["org", "create", "--name", "Haki Data", "--country", "TZ"])).trim().to_owned();
    assert_eq!(slug, "haki-data");
    let form_path = data.join("crash.csv");
    std::fs::write(&form_path, xlsform::testing::csv_from_table(FORM)).unwrap();
    let published = ok(datashift(data, &["form", "publish", "--org", &slug, form_path.to_str().unwrap()]));
    assert!(published.contains("crashing version 7"), "{published}");
    let url_line = ok(datashift(data, &["collector", "create", "--org", &slug, "--name", "Phone 1"]));
    let server_url = url_line.lines().last().unwrap().trim().to_owned();
    let token = server_url.rsplit("/key/").next().unwrap().to_owned();
    assert_eq!(token.len(), 64, "{server_url}");
    let list = ok(datashift(data, &["form", "list", "--org", &slug]));
    assert!(list.contains("crashing\t7\tpilot\t0\t0\tCrash survey"), "{list}");

    // Submissions from 8 devices at once; the server is killed while they are in flight.
    let submission_url = format!("http://{address}/key/{token}/submission");
    let acknowledged = Arc::new(std::sync::Mutex::new(Vec::<String>::new()));
    let stop = Arc::new(AtomicBool::new(false));
    let client = reqwest::Client::builder().timeout(Duration::from_secs(10)).build().unwrap();
    let mut devices = vec![];
    for device in 0..8 {
        let (client, url, acknowledged, stop) =
            (client.clone(), submission_url.clone(), acknowledged.clone(), stop.clone());
        devices.push(tokio::spawn(async move {
            let mut n = 0;
            while !stop.load(Ordering::Relaxed) {
                let instance = format!("d{device}-{n}");
                n += 1;
                match submit(&client, &url, &instance).await {
                    Ok((201, _)) => acknowledged.lock().unwrap().push(instance),
                    Ok((status, body)) => panic!("unexpected {status}: {body}"),
                    Err(err) => {
                        eprintln!("device {device}: {err:?}");
                        break; // the server is gone
                    }
                }
            }
        }));
    }
    tokio::time::sleep(Duration::from_millis(1500)).await;
    server.kill().expect("SIGKILL");
    server.wait().unwrap();
    stop.store(true, Ordering::Relaxed);
    for device in devices {
        device.await.unwrap();
    }
    let acknowledged = acknowledged.lock().unwrap().clone();
    assert!(acknowledged.len() > 20, "too few submissions before the kill: {}", acknowledged.len());

    // After a restart: each acknowledged one is there (resending it is recognised), once.
    let stored = stored_count(data, &slug);
    assert!(stored >= acknowledged.len() as i64, "{stored} stored < {} acknowledged", acknowledged.len());
    let (mut server, address) = serve(data);
    let url = format!("http://{address}/key/{token}/submission");
    for instance in &acknowledged {
        let (status, body) = submit(&client, &url, instance).await.unwrap();
        assert_eq!(status, 201, "{instance}: {body}");
        assert!(body.contains("already been received"), "{instance} was lost: {body}");
    }
    assert_eq!(stored_count(data, &slug), stored, "resending stored nothing twice");
    server.kill().unwrap();
    server.wait().unwrap();
}
