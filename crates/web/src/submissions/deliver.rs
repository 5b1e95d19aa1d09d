//! The webhook deliverer: a background task on every server that leases due deliveries from
//! the store (so servers never send one at the same time), POSTs each payload signed with its
//! webhook's secret, and records the outcome; the store schedules the retries.
//!
//! Receivers check `X-DataShift-Signature: sha256=<hex HMAC-SHA256 of the body>` with the
//! secret shown when the webhook was added. Delivery is at least once: a receiver that answers
//! after the timeout may get the same delivery again, with the same `X-DataShift-Delivery`.

use std::time::Duration;

use hmac::{Hmac, Mac};
use sha2::Sha256;
use store::Store;
use store::collection::DueDelivery;
use tokio::task::JoinSet;

/// How long one delivery may take.
const TIMEOUT: Duration = Duration::from_secs(15);
/// How long a claimed delivery is kept from other servers: well over the timeout.
const LEASE_SECS: i64 = 120;
/// Deliveries one server sends at the same time.
const PARALLEL: usize = 8;
/// The wait between looks for due deliveries when there were none.
const POLL: Duration = Duration::from_secs(2);
/// Characters of a failing receiver's answer kept with the error.
const BODY_CHARS: usize = 200;

/// The hex HMAC-SHA256 of `body` keyed with `secret`.
pub fn signature(secret: &str, body: &[u8]) -> String {
    let mut mac = Hmac::<Sha256>::new_from_slice(secret.as_bytes()).expect("HMAC takes keys of any length");
    mac.update(body);
    hex::encode(mac.finalize().into_bytes())
}

/// The client deliveries are sent with; unless `to_private` it connects to public addresses
/// only (see [`super::destinations`]).
fn client(to_private: bool) -> reqwest::Result<reqwest::Client> {
    let builder = reqwest::Client::builder();
    let builder = if to_private { builder } else { builder.dns_resolver(super::destinations::PublicOnly) };
    builder
        .timeout(TIMEOUT)
        .connect_timeout(Duration::from_secs(10))
        // A redirect is for the receiver to fix, not to follow with the payload.
        .redirect(reqwest::redirect::Policy::none())
        .user_agent(concat!("DataShift-Webhooks/", env!("CARGO_PKG_VERSION")))
        .build()
}

/// Delivers due webhook deliveries until the task is aborted.
pub async fn run_deliverer(store: Store, to_private: bool) {
    let client = match client(to_private) {
        Ok(client) => client,
        Err(err) => {
            tracing::error!(error = %err, "webhooks cannot be delivered: no HTTP client");
            return;
        }
    };
    let lease = chrono::Duration::seconds(LEASE_SECS);
    loop {
        let mut sending = JoinSet::new();
        while sending.len() < PARALLEL {
            match store.claim_due_delivery(lease).await {
                Ok(Some(delivery)) => {
                    sending.spawn(deliver(store.clone(), client.clone(), delivery, to_private));
                }
                Ok(None) => break,
                Err(err) => {
                    tracing::warn!(error = %err, "claiming webhook deliveries");
                    break;
                }
            }
        }
        let idle = sending.is_empty();
        sending.join_all().await;
        if idle {
            tokio::time::sleep(POLL).await;
        }
    }
}

#[tracing::instrument(skip_all, fields(delivery = delivery.id, attempt = delivery.attempts))]
async fn deliver(store: Store, client: reqwest::Client, delivery: DueDelivery, to_private: bool) {
    // A literal address is connected to without the resolver: it is checked here.
    let outcome = if !super::destinations::allowed(&delivery.url, to_private) {
        Err("refused: webhooks are sent to public addresses only".to_owned())
    } else {
        send(&client, &delivery).await
    };
    let recorded = match &outcome {
        Ok(()) => store.mark_delivery_done(&delivery.id).await.map(|()| None),
        Err(error) => store.mark_delivery_failed(&delivery.id, delivery.attempts, error).await,
    };
    match (outcome, recorded) {
        (Ok(()), Ok(_)) => tracing::info!("webhook delivered"),
        (Err(error), Ok(Some(next))) => tracing::warn!(error, %next, "webhook delivery failed; will retry"),
        (Err(error), Ok(None)) => tracing::warn!(error, "webhook delivery failed; given up"),
        (_, Err(err)) => tracing::error!(error = %err, "recording a webhook delivery"),
    }
}

async fn send(client: &reqwest::Client, delivery: &DueDelivery) -> Result<(), String> {
    let signed = signature(delivery.secret.expose(), delivery.payload.as_bytes());
    let response = client
        .post(&delivery.url)
        .header(reqwest::header::CONTENT_TYPE, "application/json")
        .header("X-DataShift-Event", &delivery.event)
        .header("X-DataShift-Delivery", &delivery.id)
        .header("X-DataShift-Signature", format!("sha256={signed}"))
        .body(delivery.payload.clone())
        .send()
        .await
        .map_err(|err| error_chain(&err))?;
    let status = response.status();
    if status.is_success() {
        return Ok(());
    }
    let body = response.text().await.unwrap_or_default();
    let body: String = body.chars().filter(|c| !c.is_control()).take(BODY_CHARS).collect();
    let body = body.trim();
    Err(if body.is_empty() { format!("HTTP {status}") } else { format!("HTTP {status}: {body}") })
}

/// An error with its causes, which say what actually went wrong (refused, timed out, TLS).
fn error_chain(err: &dyn std::error::Error) -> String {
    let mut text = err.to_string();
    let mut source = err.source();
    while let Some(cause) = source {
        text.push_str(": ");
        text.push_str(&cause.to_string());
        source = cause.source();
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn signatures_are_hmac_sha256_in_hex() {
        // RFC 4231, test case 2.
        assert_eq!(
            signature("Jefe", b"what do ya want for nothing?"),
            "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"
        );
    }
}
