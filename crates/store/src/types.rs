//! Domain values that are checked once, where they enter the system, and cannot hold
//! anything invalid afterwards.

use std::fmt;
use std::str::FromStr;

use rand::RngCore;
use sha2::{Digest, Sha256};

/// Why a value was refused. The web layer turns each into a translated field message.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum Invalid {
    #[error("the address is not a valid email address")]
    Email,
    #[error("the role is unknown")]
    Role,
    #[error("the country is not one the programme works in")]
    Country,
    #[error("the name is empty or too long")]
    Name,
    #[error("the password is too short or too long")]
    Password,
}

/// A normalised (trimmed, lower-case) email address.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Email(String);

impl Email {
    pub fn parse(raw: &str) -> Result<Self, Invalid> {
        let normalised = raw.trim().to_lowercase();
        if normalised.len() > 254 || !email_address::EmailAddress::is_valid(&normalised) {
            return Err(Invalid::Email);
        }
        // A domain without a dot (user@localhost) is valid by RFC but never reaches anyone here.
        let domain = normalised.rsplit('@').next().unwrap_or_default();
        if !domain.contains('.') || domain.starts_with('.') || domain.ends_with('.') {
            return Err(Invalid::Email);
        }
        Ok(Self(normalised))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Email {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// What a person may do on the platform.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Role {
    /// Programme manager: opens intake rounds, accepts CSOs, reads the outbox.
    Admin,
    /// DataShift capacity builder: guides the CSOs assigned to them.
    Builder,
    /// The CSO's senior staff member: applies and approves on the CSO's behalf.
    CsoLead,
    /// A CSO staff member.
    CsoStaff,
}

impl Role {
    pub const ALL: [Role; 4] = [Role::Admin, Role::Builder, Role::CsoLead, Role::CsoStaff];

    pub fn as_str(self) -> &'static str {
        match self {
            Role::Admin => "admin",
            Role::Builder => "builder",
            Role::CsoLead => "cso_lead",
            Role::CsoStaff => "cso_staff",
        }
    }

    /// Whether the role belongs to a CSO (and so to exactly one organisation).
    pub fn is_cso(self) -> bool {
        matches!(self, Role::CsoLead | Role::CsoStaff)
    }
}

impl FromStr for Role {
    type Err = Invalid;
    fn from_str(s: &str) -> Result<Self, Invalid> {
        Role::ALL.into_iter().find(|r| r.as_str() == s.trim().replace('-', "_")).ok_or(Invalid::Role)
    }
}

impl fmt::Display for Role {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Countries the programme works in, as ISO 3166-1 alpha-2 codes. Each has a translated name
/// (`country-XX`) in every locale.
pub const PROGRAMME_COUNTRIES: [&str; 24] = [
    "AR", "BD", "BO", "BR", "CO", "EC", "ET", "GH", "GT", "ID", "IN", "KE", "LK", "MW", "MX", "NG", "NP",
    "PE", "PH", "PK", "RW", "TZ", "UG", "ZA",
];

/// An ISO 3166-1 alpha-2 code of a country the programme works in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct CountryCode([u8; 2]);

impl CountryCode {
    pub fn parse(raw: &str) -> Result<Self, Invalid> {
        let upper = raw.trim().to_ascii_uppercase();
        if !PROGRAMME_COUNTRIES.contains(&upper.as_str()) {
            return Err(Invalid::Country);
        }
        let b = upper.as_bytes();
        Ok(Self([b[0], b[1]]))
    }

    pub fn as_str(&self) -> &str {
        // Only ASCII letters are ever stored.
        std::str::from_utf8(&self.0).unwrap_or("??")
    }

    pub fn all() -> impl Iterator<Item = CountryCode> {
        PROGRAMME_COUNTRIES.iter().map(|c| CountryCode::parse(c).expect("listed countries are valid"))
    }
}

impl fmt::Display for CountryCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A person's or organisation's display name: trimmed, 1 to 120 characters.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Name(String);

impl Name {
    pub fn parse(raw: &str) -> Result<Self, Invalid> {
        let trimmed = raw.trim();
        let chars = trimmed.chars().count();
        if chars == 0 || chars > 120 || trimmed.chars().any(char::is_control) {
            return Err(Invalid::Name);
        }
        Ok(Self(trimmed.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Name {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// A URL-safe organisation identifier derived from its name, such as `red-de-datos-1`.
pub fn slugify(name: &str) -> String {
    let mut slug = String::new();
    for ch in name.chars() {
        if ch.is_ascii_alphanumeric() {
            slug.push(ch.to_ascii_lowercase());
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
        if slug.len() >= 48 {
            break;
        }
    }
    let slug = slug.trim_end_matches('-').to_owned();
    if slug.is_empty() { "cso".to_owned() } else { slug }
}

/// A secret handed out once (in an emailed link or a cookie); only its hash is stored.
#[derive(Clone, PartialEq, Eq)]
pub struct Secret(String);

impl Secret {
    pub fn generate() -> Self {
        let mut bytes = [0u8; 32];
        rand::rng().fill_bytes(&mut bytes);
        Self(hex::encode(bytes))
    }

    /// Wraps a secret that came back from a user (a link or a cookie).
    pub fn from_user(raw: &str) -> Self {
        Self(raw.trim().to_owned())
    }

    pub fn expose(&self) -> &str {
        &self.0
    }

    /// The SHA-256 of the secret: what the database keeps.
    pub fn hash(&self) -> String {
        hex::encode(Sha256::digest(self.0.as_bytes()))
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Secret(****)")
    }
}

pub(crate) fn new_id() -> String {
    uuid::Uuid::now_v7().to_string()
}

/// A comment people write (a review note, a reply): trimmed, 1 to `MAX` characters.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Comment<const MAX: usize>(String);

impl<const MAX: usize> Comment<MAX> {
    /// `None` when the text is empty (after trimming) or longer than `MAX` characters.
    pub fn parse(raw: &str) -> Option<Self> {
        let text = raw.trim();
        let chars = text.chars().count();
        (chars > 0 && chars <= MAX).then(|| Self(text.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn emails_are_normalised_and_checked() {
        assert_eq!(Email::parse("  Ana@Example.ORG ").unwrap().as_str(), "ana@example.org");
        for bad in ["", "ana", "ana@", "@example.org", "ana@localhost", "a b@example.org", "ana@.org"] {
            assert_eq!(Email::parse(bad), Err(Invalid::Email), "{bad:?}");
        }
    }

    #[test]
    fn roles_round_trip_through_text() {
        for role in Role::ALL {
            assert_eq!(role.as_str().parse::<Role>(), Ok(role));
        }
        assert_eq!("cso-lead".parse::<Role>(), Ok(Role::CsoLead));
        assert!("owner".parse::<Role>().is_err());
    }

    #[test]
    fn only_programme_countries_are_accepted() {
        assert_eq!(CountryCode::parse("ke").unwrap().as_str(), "KE");
        assert!(CountryCode::parse("XX").is_err());
        assert!(CountryCode::parse("KEN").is_err());
        assert_eq!(CountryCode::all().count(), PROGRAMME_COUNTRIES.len());
    }

    #[test]
    fn names_are_trimmed_and_bounded() {
        assert_eq!(Name::parse("  Red de Datos ").unwrap().as_str(), "Red de Datos");
        assert!(Name::parse("   ").is_err());
        assert!(Name::parse(&"x".repeat(121)).is_err());
        assert!(Name::parse("a\u{0}b").is_err());
    }

    #[test]
    fn slugs_are_url_safe() {
        assert_eq!(slugify("Red de Datos Ñandú!"), "red-de-datos-and");
        assert_eq!(slugify("नेपाल"), "cso");
    }

    #[test]
    fn secrets_are_stored_as_hashes() {
        let s = Secret::generate();
        assert_eq!(s.expose().len(), 64);
        assert_ne!(s.hash(), s.expose());
        assert_eq!(Secret::from_user(s.expose()).hash(), s.hash());
        assert_eq!(format!("{s:?}"), "Secret(****)");
    }
}
