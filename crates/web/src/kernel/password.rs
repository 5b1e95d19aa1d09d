use argon2::Argon2;
use argon2::password_hash::phc::PasswordHash;
use argon2::password_hash::{PasswordHasher, PasswordVerifier};

/// A password as typed by its owner: 10 to 128 characters. Never printed.
#[derive(Clone)]
pub struct Password(String);

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PasswordProblem {
    TooShort,
    TooLong,
}

impl Password {
    pub const MIN_CHARS: usize = 10;
    pub const MAX_CHARS: usize = 128;

    pub fn parse(raw: &str) -> Result<Self, PasswordProblem> {
        let chars = raw.chars().count();
        if chars < Self::MIN_CHARS {
            Err(PasswordProblem::TooShort)
        } else if chars > Self::MAX_CHARS {
            Err(PasswordProblem::TooLong)
        } else {
            Ok(Self(raw.to_owned()))
        }
    }
}

impl std::fmt::Debug for Password {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Password(****)")
    }
}

/// Hashes with Argon2id (default parameters) off the async threads.
pub async fn hash_password(password: &Password) -> anyhow::Result<String> {
    let password = password.0.clone();
    tokio::task::spawn_blocking(move || {
        Argon2::default()
            .hash_password(password.as_bytes())
            .map(|hash| hash.to_string())
            .map_err(|e| anyhow::anyhow!("hashing a password: {e}"))
    })
    .await?
}

/// Checks a typed password against a stored hash; a malformed hash simply does not match.
/// With no stored hash (unknown email) it checks against a throwaway hash, so that a login
/// takes as long whether or not the account exists.
pub async fn verify_password(typed: &str, stored_hash: Option<&str>) -> bool {
    let typed = typed.to_owned();
    let stored = stored_hash.map(str::to_owned);
    tokio::task::spawn_blocking(move || {
        let stored = stored.unwrap_or_else(|| DUMMY_HASH.clone());
        PasswordHash::new(&stored)
            .map(|hash| Argon2::default().verify_password(typed.as_bytes(), &hash).is_ok())
            .unwrap_or(false)
    })
    .await
    .unwrap_or(false)
}

static DUMMY_HASH: std::sync::LazyLock<String> = std::sync::LazyLock::new(|| {
    Argon2::default()
        .hash_password(store::types::Secret::generate().expose().as_bytes())
        .map(|h| h.to_string())
        .unwrap_or_default()
});

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn passwords_have_bounds() {
        assert_eq!(Password::parse("short").err(), Some(PasswordProblem::TooShort));
        assert!(Password::parse("long enough pass").is_ok());
        assert_eq!(Password::parse(&"x".repeat(129)).err(), Some(PasswordProblem::TooLong));
        assert_eq!(format!("{:?}", Password::parse("long enough pass").unwrap()), "Password(****)");
    }

    #[tokio::test]
    async fn a_hash_verifies_only_its_password() {
        let hash = hash_password(&Password::parse("correct horse battery").unwrap()).await.unwrap();
        assert!(hash.starts_with("$argon2id$"));
        assert!(verify_password("correct horse battery", Some(&hash)).await);
        assert!(!verify_password("wrong horse battery", Some(&hash)).await);
        assert!(!verify_password("anything", None).await);
        assert!(!verify_password("anything", Some("not a hash")).await);
    }
}
