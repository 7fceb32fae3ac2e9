//! Search as you type among the bench's contacts: every query typed one
//! character at a time (lengths 1 to 12), each through the search the
//! window calls, beside its floor: the same words as a bare FTS5 `MATCH`
//! with `LIMIT 50` on the same index, which finds rows and nothing more.

use std::time::{Duration, Instant};

use undersigned_core::Store;
use undersigned_core::contacts::{self, ContactQuery};

use crate::{ms, pct, row};

/// What organizers type: words in several scripts, a name cut short, an
/// acronym, an e-mail's start, a country.
const TYPED: &[&str] = &[
    "asociacion mujeres",
    "sao paulo justica",
    "osterreich netz",
    "mission migrant",
    "solidarite travail",
    "移民工人协会",
    "جمعية حقوق",
    "союз мигрантов",
    "nguoi lao dong",
    "kenya",
    "org42",
    "mfm",
    "प्रवासी मजदूर",
    "kalayaan domestic",
];

const LONGEST: usize = 12;
const ROUNDS: usize = 5;

/// The words as the search sends them to the index: each a quoted prefix.
fn bare_match(typed: &str) -> Option<String> {
    let words: Vec<String> = typed
        .split_whitespace()
        .map(|w| w.replace('"', ""))
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .map(|w| format!("\"{w}\"*"))
        .collect();
    (!words.is_empty()).then(|| words.join(" AND "))
}

pub fn as_you_type(store: &Store, contacts: usize) -> Result<(), Box<dyn std::error::Error>> {
    let conn = store.conn();
    let mut by_length: Vec<Vec<Duration>> = vec![Vec::new(); LONGEST + 1];
    let mut floors: Vec<Duration> = Vec::new();
    let mut all: Vec<Duration> = Vec::new();
    let mut capped = 0;
    for typed in TYPED {
        let chars: Vec<char> = typed.chars().collect();
        for length in 1..=LONGEST.min(chars.len()) {
            let prefix: String = chars[..length].iter().collect();
            for _ in 0..ROUNDS {
                let started = Instant::now();
                let page = contacts::list(
                    conn,
                    &ContactQuery {
                        text: prefix.clone(),
                        limit: 50,
                        ..ContactQuery::default()
                    },
                )?;
                let took = started.elapsed();
                by_length[length].push(took);
                all.push(took);
                capped += usize::from(page.more);
                std::hint::black_box(page);
                if let Some(matching) = bare_match(&prefix) {
                    let started = Instant::now();
                    let found = conn
                        .prepare_cached(
                            "SELECT rowid FROM contact_search WHERE contact_search MATCH ?1 LIMIT 50",
                        )?
                        .query_map([&matching], |r| r.get::<_, i64>(0))?
                        .count();
                    floors.push(started.elapsed());
                    std::hint::black_box(found);
                }
            }
        }
    }
    let n = all.len();
    row(
        &format!("search {contacts} contacts as you type"),
        format!(
            "{:>9.2} ms p50 {:>9.2} ms p95  ({n} searches, {} stopped at 1,000+)",
            ms(pct(&mut all, 50)),
            ms(pct(&mut all, 95)),
            capped
        ),
    );
    let (worst_length, worst) = by_length
        .iter_mut()
        .enumerate()
        .filter(|(_, samples)| !samples.is_empty())
        .map(|(l, samples)| (l, pct(samples, 95)))
        .max_by_key(|&(_, d)| d)
        .unwrap_or((0, Duration::ZERO));
    row(
        "  slowest length typed, p95",
        format!(
            "{:>9.2} ms  ({worst_length} characters; must stay ≤ 10 ms)",
            ms(worst)
        ),
    );
    row(
        "  floor: bare FTS5 MATCH … LIMIT 50",
        format!(
            "{:>9.2} ms p50 {:>9.2} ms p95",
            ms(pct(&mut floors, 50)),
            ms(pct(&mut floors, 95))
        ),
    );
    if std::env::var("BENCH_DETAIL").is_ok() {
        for (length, samples) in by_length.iter_mut().enumerate().skip(1) {
            if !samples.is_empty() {
                eprintln!(
                    "{length:>3} characters: p50 {:.2} ms, p95 {:.2} ms",
                    ms(pct(samples, 50)),
                    ms(pct(samples, 95))
                );
            }
        }
    }
    Ok(())
}
