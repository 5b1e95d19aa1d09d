//! Email delivery over SMTP when it is configured, and translated failure pages.

mod common;

use std::time::Duration;

use common::{Backend, spawn_app, spawn_app_with};
use reqwest::StatusCode;
use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use tokio::net::TcpListener;

/// A minimal SMTP receiver on loopback: it speaks the protocol to the end and hands over
/// each message it receives.
async fn smtp_receiver() -> (u16, tokio::sync::mpsc::Receiver<String>) {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = listener.local_addr().unwrap().port();
    let (sender, receiver) = tokio::sync::mpsc::channel(8);
    tokio::spawn(async move {
        while let Ok((socket, _)) = listener.accept().await {
            let sender = sender.clone();
            tokio::spawn(async move {
                let (read, mut write) = socket.into_split();
                let mut lines = BufReader::new(read).lines();
                write.write_all(b"220 test ESMTP\r\n").await.unwrap();
                let mut message = String::new();
                let mut in_data = false;
                while let Ok(Some(line)) = lines.next_line().await {
                    if in_data {
                        if line == "." {
                            in_data = false;
                            sender.send(std::mem::take(&mut message)).await.unwrap();
                            write.write_all(b"250 queued\r\n").await.unwrap();
                        } else {
                            message.push_str(&line);
                            message.push('\n');
                        }
                        continue;
                    }
                    let verb = line.split_whitespace().next().unwrap_or_default().to_ascii_uppercase();
                    let reply: &[u8] = match verb.as_str() {
                        "EHLO" | "HELO" => b"250 test\r\n",
                        "DATA" => {
                            in_data = true;
                            b"354 go on\r\n"
                        }
                        "QUIT" => {
                            write.write_all(b"221 bye\r\n").await.unwrap();
                            break;
                        }
                        _ => b"250 ok\r\n",
                    };
                    write.write_all(reply).await.unwrap();
                }
            });
        }
    });
    (port, receiver)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn emails_go_out_over_smtp_when_it_is_configured_and_stay_recorded() {
    let (port, mut received) = smtp_receiver().await;
    let app =
        spawn_app_with(Backend::Sqlite, |config| config.smtp_url = Some(format!("smtp://127.0.0.1:{port}")))
            .await
            .unwrap();
    app.create_user("neema@example.org", "Neema", store::types::Role::Admin, None).await;
    app.browser().post("/password/forgot", &[("email", "neema@example.org")]).await;
    let Ok(Some(message)) = tokio::time::timeout(Duration::from_secs(20), received.recv()).await else {
        panic!("no email arrived; outbox: {:?}", app.emails().await);
    };
    assert!(message.contains("To: neema@example.org"), "{message}");
    assert!(message.contains("Reset your DataShift password"), "{message}");
    // The outbox records the delivery (the sender marks it just after the server's reply).
    let mut sent = false;
    for _ in 0..100 {
        if app.emails().await.iter().all(|e| e.sent_at.is_some()) {
            sent = true;
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    assert!(sent, "the outbox marks the email sent");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_failure_shows_a_translated_500_page_with_its_request_id() {
    let app = spawn_app(Backend::Sqlite).await.unwrap();
    let mut browser = app.browser();
    browser.language = Some("sw");
    app.state.store.close().await;
    let page = browser.get("/intake").await;
    assert_eq!(page.status, StatusCode::INTERNAL_SERVER_ERROR);
    page.assert_contains("<html lang=\"sw\">");
    let request_id = page.headers["x-request-id"].to_str().unwrap().to_owned();
    page.assert_contains(&request_id);
    let health = app.browser().get("/healthz").await;
    assert_eq!(health.status, StatusCode::SERVICE_UNAVAILABLE);
}
