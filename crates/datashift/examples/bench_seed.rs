//! Seeds a database with generated submissions of the benchmark form
//! (scripts/bench/collect-form.md) for scripts/bench-analysis: varied answers from a fixed
//! seed, written through the real submission writer (group commit), many at a time.
//!
//!   cargo run --release -p datashift --example bench_seed -- DATABASE_URL DATA_DIR FORM_ID COUNT [FIRST]

use std::sync::Arc;

use anyhow::Context;
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use sha2::{Digest, Sha256};
use store::Store;
use store::blobs::BlobStore;
use store::collection::{Incoming, SubmissionWriter};

const MONITORS: &[&str] =
    &["Amina Yusuf", "Baraka Otieno", "Neema Mushi", "Juma Ali", "Rehema Said", "Sefu Kato"];
const NAMES: &[&str] =
    &["Baraka", "Neema", "Zawadi", "Imani", "Upendo", "Faraji", "Asha", "Tumaini", "Halima"];
const COMMENTS: &[&str] = &[
    "Long queue in the morning",
    "Tap leaking at the base",
    "Water brown after rain",
    "Attendant absent",
    "Price higher than posted",
    "All fine",
];

/// Writes in flight at once (the writer commits whatever has arrived as one transaction).
const IN_FLIGHT: usize = 512;

fn document(n: u64, rng: &mut StdRng) -> (String, Vec<(String, String)>) {
    let working = rng.random_bool(0.7);
    let pick = |rng: &mut StdRng, list: &[&'static str]| list[rng.random_range(0..list.len())];
    let day = chrono::NaiveDate::from_ymd_opt(2026, 9, 1).unwrap()
        + chrono::Duration::days(rng.random_range(0..90));
    let looks = match rng.random_range(0..4) {
        0 => "clear",
        1 => "brown",
        2 => "clear brown",
        _ => "",
    };
    let mut fields: Vec<(&str, String)> = vec![
        ("start", format!("{day}T08:00:00.000+03:00")),
        ("end", format!("{day}T08:09:00.000+03:00")),
        ("today", day.to_string()),
        ("deviceid", format!("collect:bench{}", n % 40)),
        ("monitor", pick(rng, MONITORS).to_owned()),
        ("visited", day.to_string()),
        ("place", if rng.random_bool(0.5) { "lindi" } else { "makina" }.to_owned()),
        ("point", format!("Kiosk {}", rng.random_range(1..500))),
        (
            "location",
            format!(
                "{:.5} {:.5} 1650 4.5",
                -1.3 + rng.random_range(-0.2..0.2),
                36.8 + rng.random_range(-0.2..0.2)
            ),
        ),
        ("working", if working { "yes" } else { "no" }.to_owned()),
        ("queue", rng.random_range(0..60).to_string()),
        ("looks", looks.to_owned()),
        ("chlorine", format!("{:.2}", rng.random_range(0.0..2.0))),
        ("drainage", if rng.random_bool(0.4) { "yes" } else { "no" }.to_owned()),
        ("users", rng.random_range(0..3).to_string()),
        ("name1", pick(rng, NAMES).to_owned()),
        ("name2", pick(rng, NAMES).to_owned()),
        ("trips1", rng.random_range(0..8).to_string()),
        ("trips2", rng.random_range(0..8).to_string()),
        ("safe", if rng.random_bool(0.8) { "yes" } else { "no" }.to_owned()),
        ("lit", if rng.random_bool(0.3) { "yes" } else { "no" }.to_owned()),
        ("comments", format!("{} ({})", pick(rng, COMMENTS), n % 1000)),
        ("joined", "08:01:00.000+03:00".to_owned()),
        ("served", "08:20:00.000+03:00".to_owned()),
    ];
    if working {
        fields.push(("price", rng.random_range(10..40).to_string()));
        fields.push(("usual", rng.random_range(10..30).to_string()));
        fields.push(("over", if rng.random_bool(0.2) { "yes" } else { "no" }.to_owned()));
    } else {
        fields.push(("days_dry", rng.random_range(0..60).to_string()));
    }
    let instance = format!("uuid:seed-{n}");
    let mut xml = String::from("<?xml version=\"1.0\"?><data id=\"bench_water\" version=\"1\">");
    let mut values = Vec::with_capacity(fields.len() + 1);
    for (name, value) in &fields {
        xml.push_str(&format!("<{name}>{value}</{name}>"));
        if !value.is_empty() {
            values.push((format!("/data/{name}"), value.clone()));
        }
    }
    xml.push_str(&format!("<meta><instanceID>{instance}</instanceID></meta></data>"));
    values.push(("/data/meta/instanceID".to_owned(), instance));
    (xml, values)
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (database_url, data_dir, form_id, count, first) = match args.as_slice() {
        [url, dir, form, count] => (url, dir, form, count, "0"),
        [url, dir, form, count, first] => (url, dir, form, count, first.as_str()),
        _ => anyhow::bail!("usage: bench_seed DATABASE_URL DATA_DIR FORM_ID COUNT [FIRST]"),
    };
    let count: u64 = count.parse().context("COUNT is a number")?;
    // Submissions are numbered from FIRST (0): a later run adds to an earlier one's.
    let first: u64 = first.parse().context("FIRST is a number")?;
    let store = Store::connect(database_url).await?;
    let blobs = BlobStore::open(std::path::Path::new(data_dir).join("blobs"))?;
    let version = store.latest_version(form_id).await?;
    let writer = Arc::new(SubmissionWriter::start(store.clone(), blobs));
    let mut rng = StdRng::seed_from_u64(2026 + first);
    let mut tasks = tokio::task::JoinSet::new();
    let started = std::time::Instant::now();
    for n in first..first + count {
        let (xml, values) = document(n, &mut rng);
        let pairs: Vec<[&str; 2]> = values.iter().map(|(p, v)| [p.as_str(), v.as_str()]).collect();
        let incoming = Incoming {
            form_id: form_id.clone(),
            version_id: version.id.clone(),
            instance_id: format!("uuid:seed-{n}"),
            deprecated_id: None,
            xml_sha256: hex::encode(Sha256::digest(xml.as_bytes())),
            xml,
            field_values: serde_json::to_string(&pairs)?,
            problems: "[]".to_owned(),
            problem_count: 0,
            collector_id: None,
            submitter_id: None,
            expected_attachments: vec![],
            attachments: vec![],
        };
        if tasks.len() >= IN_FLIGHT {
            tasks.join_next().await.context("a write")???;
        }
        let writer = writer.clone();
        tasks.spawn(async move { writer.write(incoming).await.map(|_| ()) });
        if (n + 1 - first).is_multiple_of(100_000) {
            eprintln!("{} submissions written ({:.0} s)", n + 1 - first, started.elapsed().as_secs_f64());
        }
    }
    while let Some(done) = tasks.join_next().await {
        done??;
    }
    eprintln!("{count} submissions written in {:.1} s", started.elapsed().as_secs_f64());
    Ok(())
}
