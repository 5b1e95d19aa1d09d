//! Rebuilds the crate when a migration is added or changed: `sqlx::migrate!` embeds the
//! migrations at compile time but does not tell cargo to watch their folder (sqlx's
//! documented remedy).
fn main() {
    println!("cargo:rerun-if-changed=migrations");
}
