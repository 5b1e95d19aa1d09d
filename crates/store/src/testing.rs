//! Disposable databases for test suites (this crate's and the web application's), so every
//! test runs on both backends with the same helper.

/// Which backend a test runs on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TestBackend {
    Sqlite,
    Postgres,
}

/// A URL for a new, empty database: a SQLite file in `dir`, or a new database on the
/// PostgreSQL server named by `DATASHIFT_TEST_POSTGRES_URL` (the URL of a role that may
/// create databases). Without that variable the PostgreSQL variant is skipped with a loud
/// notice, except under `CI=true`, where skipping is not allowed and this panics.
pub async fn fresh_database_url(backend: TestBackend, dir: &std::path::Path) -> Option<String> {
    match backend {
        TestBackend::Sqlite => Some(crate::Store::sqlite_url_in(dir)),
        TestBackend::Postgres => {
            let Ok(admin) = std::env::var("DATASHIFT_TEST_POSTGRES_URL") else {
                if std::env::var("CI").is_ok_and(|v| v == "true") {
                    panic!(
                        "CI=true but DATASHIFT_TEST_POSTGRES_URL is not set: PostgreSQL tests may not be skipped"
                    );
                }
                eprintln!(
                    "\n*** SKIPPED: PostgreSQL variant (set DATASHIFT_TEST_POSTGRES_URL, or run ./scripts/test) ***\n"
                );
                return None;
            };
            let name = format!("datashift_test_{}", uuid::Uuid::new_v4().simple());
            sqlx::any::install_default_drivers();
            let mut conn = <sqlx::AnyConnection as sqlx::Connection>::connect(&admin)
                .await
                .expect("connecting to the test PostgreSQL server");
            sqlx::raw_sql(sqlx::AssertSqlSafe(format!("CREATE DATABASE {name}")))
                .execute(&mut conn)
                .await
                .expect("creating a test database");
            let (base, _) = admin.rsplit_once('/').expect("a database URL has a path");
            Some(format!("{base}/{name}"))
        }
    }
}
