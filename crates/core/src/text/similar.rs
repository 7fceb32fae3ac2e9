//! When two names are worth offering as "maybe the same": a typo apart,
//! or written together and apart ("Green Peace"), but not when a word tells
//! them apart ("Attac Hungary", "Attac Germany"; "Attac Paris", "Attac
//! Lyon") or when only a common word is shared ("Green Space Friends",
//! "Greenpeace").

use crate::text::names::SMALL_WORDS;

fn tokens(key: &str) -> Vec<&str> {
    key.split(' ')
        .filter(|w| !w.is_empty() && !SMALL_WORDS.contains(w))
        .collect()
}

/// The most letters a word may be off by and still be a typo of another.
fn typo_allowance(word: &str) -> usize {
    match word.chars().count() {
        0..=3 => 0,
        4..=6 => 1,
        _ => 2,
    }
}

fn is_typo_of(a: &str, b: &str) -> bool {
    let allowed = typo_allowance(a).min(typo_allowance(b));
    allowed > 0 && strsim::osa_distance(a, b) <= allowed
}

/// Are two name keys (see `crate::text::names::name_key`) close enough to offer one
/// as a possible match of the other?
pub fn worth_suggesting(a: &str, b: &str) -> bool {
    if a == b {
        return true;
    }
    let (compact_a, compact_b) = (a.replace(' ', ""), b.replace(' ', ""));
    if compact_a == compact_b {
        return true;
    }
    let (ta, tb) = (tokens(a), tokens(b));
    let only_a: Vec<&str> = ta.iter().filter(|w| !tb.contains(w)).copied().collect();
    let only_b: Vec<&str> = tb.iter().filter(|w| !ta.contains(w)).copied().collect();
    let shared = ta.len() - only_a.len();
    // Every word of one that the other lacks must be a typo of one of its
    // words: a different word ("hungary", "paris") tells them apart.
    let mut unpaired_b = only_b.clone();
    for word in &only_a {
        match unpaired_b.iter().position(|w| is_typo_of(word, w)) {
            Some(at) => {
                unpaired_b.remove(at);
            }
            None => {
                // One word more on one side, with two or more shared, is a
                // longer form of the same name ("Red Mujeres Peruanas").
                return only_b.is_empty() && only_a.len() == 1 && shared >= 2 && !is_place(word);
            }
        }
    }
    if unpaired_b.is_empty() {
        return shared + only_a.len() > 0;
    }
    unpaired_b.len() == 1 && only_a.is_empty() && shared >= 2 && !is_place(unpaired_b[0])
}

fn is_place(word: &str) -> bool {
    crate::countries::resolve(word).is_ok() || crate::text::words::is_region(word)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::names::name_key;

    fn similar(a: &str, b: &str) -> bool {
        worth_suggesting(&name_key(a), &name_key(b))
    }

    #[test]
    fn typos_and_spacing_are_offered() {
        assert!(similar("Kalayaan", "Kalayan"));
        assert!(similar("Migrante Internacional", "Migrante International"));
        assert!(similar("Green Peace", "Greenpeace"));
        assert!(similar("Red de Mujeres", "Red de Mujeres Peruanas"));
    }

    #[test]
    fn a_word_that_tells_them_apart_is_not_a_typo() {
        assert!(!similar("Attac Hungary", "Attac Germany"));
        assert!(!similar("Attac Paris", "Attac Lyon"));
        assert!(!similar("Green Space Friends", "Greenpeace"));
        assert!(!similar("Migrant Forum", "Migrant Voice"));
        assert!(!similar(
            "Amnesty International Kenya",
            "Amnesty International"
        ));
    }
}
