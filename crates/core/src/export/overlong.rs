//! Runs of text with nowhere to break a line, for the PDF.
//!
//! Typst breaks lines where Unicode's line-breaking rules allow: at spaces,
//! after hyphens, between Chinese characters, between Thai, Lao, Khmer and
//! Burmese words (found by its own segmenter); never inside a grapheme
//! cluster. A run with no such place (a 60-letter word, an e-mail address in
//! a name) would run off the page. Such a run goes to the template apart
//! from the text around it; when the run is wider than its line, the
//! template lays an empty box between each two of its grapheme clusters and
//! the line may break there. Nothing is added to the text, so the PDF's
//! text layer holds the text as stored.

use std::sync::LazyLock;

use icu_segmenter::options::LineBreakOptions;
use icu_segmenter::{LineSegmenter, LineSegmenterBorrowed};
use serde_json::{Value, json};
use unicode_script::{Script, UnicodeScript};
use unicode_segmentation::UnicodeSegmentation;

/// The narrowest line the template prints holds about 22 em (a signatory's
/// in a two-column list, or the title's), and no cluster of the scripts cut
/// here is much wider than 1 em: a run of fewer clusters than this always
/// fits, and only longer ones are measured.
const LONG: usize = 16;

/// Unicode's line-breaking rules, with the model for Thai, Lao, Khmer and
/// Burmese words: the segmenter Typst lays lines out with.
static SEGMENTER: LazyLock<LineSegmenterBorrowed<'static>> =
    LazyLock::new(|| LineSegmenter::new_lstm(LineBreakOptions::default()));

/// Whether a line may break on either side of this cluster without changing
/// how the letters around it are drawn. Letters that join their neighbours
/// (Arabic, Syriac, Mongolian…) change shape when cut apart, and scripts
/// whose grapheme clusters do not hold a whole conjunct (Tamil, Khmer…)
/// would be cut inside one; Chinese, Japanese and Thai have their own
/// places to break. Devanagari, Bengali, Gujarati, Oriya, Telugu and
/// Malayalam clusters hold their conjuncts whole (Unicode's rule GB9c).
fn separable(cluster: &str) -> bool {
    cluster.chars().next().is_some_and(|c| {
        matches!(
            c.script(),
            Script::Latin
                | Script::Greek
                | Script::Cyrillic
                | Script::Armenian
                | Script::Georgian
                | Script::Hebrew
                | Script::Devanagari
                | Script::Bengali
                | Script::Gujarati
                | Script::Oriya
                | Script::Telugu
                | Script::Malayalam
                | Script::Common
                | Script::Inherited
        )
    })
}

/// A space a line may break at: not a no-break space, which names pasted
/// from a web page often have between every two words.
fn breaks(c: char) -> bool {
    c.is_whitespace() && !matches!(c, '\u{A0}' | '\u{2007}' | '\u{202F}')
}

/// Where a run may be cut.
#[derive(Debug, PartialEq)]
enum Cut<'a> {
    /// Nowhere: it is short, or its clusters may not be separated.
    Nowhere,
    /// Between any two of its grapheme clusters.
    Clusters,
    /// Between these pieces only.
    Pieces(Vec<&'a str>),
}

fn cut(run: &str) -> Cut<'_> {
    let clusters: Vec<(usize, &str)> = run.grapheme_indices(true).collect();
    if clusters.len() < LONG {
        return Cut::Nowhere;
    }
    let mut pieces = Vec::new();
    let mut start = 0;
    for pair in clusters.windows(2) {
        let ((_, before), (at, after)) = (pair[0], pair[1]);
        if separable(before) && separable(after) {
            pieces.push(&run[start..at]);
            start = at;
        }
    }
    pieces.push(&run[start..]);
    if pieces.len() == clusters.len() {
        Cut::Clusters
    } else if pieces.len() > 1 {
        Cut::Pieces(pieces)
    } else {
        Cut::Nowhere
    }
}

/// A string as the template reads it: as it is, or, when it holds a long run
/// with nowhere to break, as its parts in order: the text around each such
/// run as strings, each run as `{"run": text}` when it may be cut between
/// any two grapheme clusters, or `{"run": text, "pieces": […]}` when only
/// between those pieces.
pub(crate) fn printed(text: &str) -> Value {
    // Most text has no word that could be cut and is let through before the
    // line-breaking rules run (a cluster is at least one character).
    if !text
        .split(breaks)
        .any(|word| word.chars().count() >= LONG && cut(word) != Cut::Nowhere)
    {
        return Value::String(text.to_string());
    }
    let mut parts = Vec::new();
    // Where the text not yet in `parts` begins.
    let mut plain = 0;
    let mut last = 0;
    // Over the whole text: a run may hold a space where the rules allow no
    // break (before a closing parenthesis, say).
    for point in SEGMENTER.segment_str(text) {
        let Some(segment) = text.get(last..point).filter(|s| !s.is_empty()) else {
            continue;
        };
        let start = last;
        last = point;
        let run = segment.trim_end_matches(breaks);
        let part = match cut(run) {
            Cut::Nowhere => continue,
            Cut::Clusters => json!({ "run": run }),
            Cut::Pieces(pieces) => json!({ "run": run, "pieces": pieces }),
        };
        if plain < start {
            parts.push(Value::String(text[plain..start].to_string()));
        }
        parts.push(part);
        plain = start + run.len();
    }
    if parts.is_empty() {
        return Value::String(text.to_string());
    }
    if plain < text.len() {
        parts.push(Value::String(text[plain..].to_string()));
    }
    Value::Array(parts)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The parts joined back: what the PDF prints.
    fn joined(value: &Value) -> String {
        match value {
            Value::String(s) => s.clone(),
            Value::Array(parts) => parts.iter().map(joined).collect(),
            Value::Object(run) => joined(&run["run"]),
            _ => panic!("neither text nor parts: {value}"),
        }
    }

    #[test]
    fn ordinary_names_go_as_they_are() {
        for name in [
            "Red de Mujeres Migrantes",
            "Anti-Rassismus-Netzwerk-Nordrhein-Westfalen",
            "प्रवासी श्रमिक संघर्ष समिति",
            "มูลนิธิเพื่อสิทธิแรงงานข้ามชาติและการพัฒนาสังคมอย่างยั่งยืน",
            "移民工人权利联盟移民工人权利联盟移民工人权利联盟",
            "جمعيةحقوقالمهاجرينوالعمالالمهاجرينفيالمنطقة",
        ] {
            assert_eq!(printed(name), json!(name), "{name}");
        }
    }

    #[test]
    fn a_long_run_goes_apart_from_the_text_around_it_and_nothing_is_added() {
        let long = "W".repeat(40);
        let name = format!("Org {long} (Lima), Menschenrechtsorganisation");
        let parts = printed(&name);
        assert_eq!(
            parts,
            json!([
                "Org ",
                { "run": long },
                " (Lima), ",
                { "run": "Menschenrechtsorganisation" },
            ])
        );
        assert_eq!(joined(&parts), name);
        // No line may break before a closing parenthesis, even after a space.
        let spaced = format!("{long} )");
        assert_eq!(printed_runs(&spaced), [spaced]);
        // Words held together by no-break spaces are one run.
        let held = "Red\u{a0}de\u{a0}Mujeres\u{a0}Migrantes";
        assert_eq!(printed(held), json!([{ "run": held }]));
        // After a hyphen a line may break already: each side is a run.
        let hyphened = format!("{long}-{long}");
        assert_eq!(printed_runs(&hyphened), [format!("{long}-"), long.clone()]);
    }

    fn printed_runs(text: &str) -> Vec<String> {
        let printed = printed(text);
        let parts = printed.as_array().cloned().unwrap_or_default();
        parts
            .iter()
            .filter_map(|p| p.get("run").and_then(Value::as_str).map(String::from))
            .collect()
    }

    #[test]
    fn letters_that_join_are_never_cut_apart() {
        let run = "abcdefghijklmnopمرحباabc";
        let Value::Array(parts) = printed(run) else {
            panic!("a run")
        };
        let pieces = parts[0]["pieces"].as_array().expect("pieces");
        assert_eq!(pieces.len(), 18);
        assert_eq!(
            pieces[15],
            json!("pمرحباa"),
            "no cut beside an Arabic letter"
        );
        assert_eq!(pieces[16], json!("b"));
        assert_eq!(joined(&Value::Array(parts)), run);
    }

    #[test]
    fn clusters_hold_conjuncts_marks_and_joined_emoji_whole() {
        // Typst cuts a run between these clusters: the same segmentation
        // (Unicode's extended grapheme clusters, rule GB9c for conjuncts).
        let devanagari = "प्रवासीश्रमिकसंघर्षसमितिराष्ट्रीयमंच";
        assert_eq!(printed(devanagari), json!([{ "run": devanagari }]));
        let clusters: Vec<&str> = devanagari.graphemes(true).collect();
        assert_eq!(clusters[..4], ["प्र", "वा", "सी", "श्र"]);
        assert!(clusters.contains(&"र्ष") && clusters.contains(&"ष्ट्री"));

        // A joined emoji is a place to break already: it is left whole.
        let marked = format!("{}👩🏽\u{200d}🔬", "e\u{301}".repeat(20));
        assert_eq!(
            printed(&marked),
            json!([{ "run": "e\u{301}".repeat(20) }, "👩🏽\u{200d}🔬"])
        );
        assert_eq!(marked.graphemes(true).next(), Some("e\u{301}"));
    }

    #[test]
    fn any_text_is_printed_whole_in_order() {
        let pool: Vec<char> = "aZé\u{301}W-/.@ \u{a0}\u{200d}مرحباกขั้नक्ष्ि移😀\u{fe0f}\t"
            .chars()
            .collect();
        let mut seed = 7_u64;
        let mut with_runs = 0;
        for _ in 0..2000 {
            let text: String = (0..60)
                .map(|_| {
                    seed = seed
                        .wrapping_mul(6364136223846793005)
                        .wrapping_add(1442695040888963407);
                    // Mostly letters, so that long runs happen.
                    let i = (seed >> 33) as usize % (pool.len() * 3);
                    pool[if i < pool.len() { i } else { i % 2 }]
                })
                .collect();
            let printed = printed(&text);
            assert_eq!(joined(&printed), text, "{text:?}");
            with_runs += usize::from(printed.is_array());
        }
        assert!(with_runs > 200, "long runs were tried: {with_runs}");
    }
}
