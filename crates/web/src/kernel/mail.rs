//! Emails: composed in the recipient's language, written to the outbox in the same
//! transaction as the change they announce, and delivered by a background sender over SMTP
//! when `DATASHIFT_SMTP_URL` is set. Without SMTP they stay in the outbox for admins to read.

use std::time::Duration;

use lettre::message::Mailbox;
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use store::Store;
use store::outbox::OutgoingEmail;

use super::i18n::Locale;

/// Writes an email from the message `key` (`email-<key>-subject`, `email-<key>-body`).
pub fn compose(locale: Locale, recipient: &str, key: &str, args: &[(&'static str, String)]) -> OutgoingEmail {
    let subject = locale.t_args(&format!("email-{key}-subject"), args);
    let body = format!(
        "{}\n\n-- \n{}",
        locale.t_args(&format!("email-{key}-body"), args),
        locale.t("email-signature")
    );
    OutgoingEmail { recipient: recipient.to_owned(), subject, body }
}

/// Delivers queued emails until the process stops. Any number of servers may run one: each
/// email is leased before it is sent.
pub async fn run_sender(store: Store, smtp_url: String, from: String) {
    let transport = match AsyncSmtpTransport::<Tokio1Executor>::from_url(&smtp_url) {
        Ok(builder) => builder.build(),
        Err(err) => {
            tracing::error!(error = %err, "DATASHIFT_SMTP_URL is not a usable SMTP URL; emails stay in the outbox");
            return;
        }
    };
    let from: Mailbox = match from.parse() {
        Ok(from) => from,
        Err(err) => {
            tracing::error!(error = %err, "the sender address is not valid; emails stay in the outbox");
            return;
        }
    };
    loop {
        match store.claim_unsent_email(chrono::Duration::minutes(5)).await {
            Ok(Some(email)) => {
                let result = deliver(&transport, &from, &email.recipient, &email.subject, &email.body).await;
                let recorded = match result {
                    Ok(()) => store.mark_email_sent(&email.id).await,
                    Err(err) => {
                        tracing::warn!(error = %err, id = email.id, "email delivery failed; will retry");
                        store.mark_email_failed(&email.id, &err.to_string()).await
                    }
                };
                if let Err(err) = recorded {
                    tracing::error!(error = %err, "recording an email delivery");
                }
            }
            Ok(None) => tokio::time::sleep(Duration::from_secs(5)).await,
            Err(err) => {
                tracing::error!(error = %err, "reading the outbox");
                tokio::time::sleep(Duration::from_secs(15)).await;
            }
        }
    }
}

async fn deliver(
    transport: &AsyncSmtpTransport<Tokio1Executor>,
    from: &Mailbox,
    to: &str,
    subject: &str,
    body: &str,
) -> anyhow::Result<()> {
    let message =
        Message::builder().from(from.clone()).to(to.parse()?).subject(subject).body(body.to_owned())?;
    transport.send(message).await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn smtp_urls_and_senders_are_understood() {
        assert!(AsyncSmtpTransport::<Tokio1Executor>::from_url("smtp://127.0.0.1:2525").is_ok());
        assert!("DataShift <noreply@datashift.test>".parse::<Mailbox>().is_ok());
    }

    #[test]
    fn emails_are_composed_in_the_recipients_language() {
        let email = compose(
            Locale::Es,
            "ana@example.org",
            "password-reset",
            &[("name", "Ana".into()), ("link", "http://x/y".into())],
        );
        assert_eq!(email.recipient, "ana@example.org");
        assert!(email.body.contains("Ana") && email.body.contains("http://x/y"));
        assert_ne!(email.subject, Locale::En.t_args("email-password-reset-subject", &[]));
    }
}
