//! Show identity: forgiving title keys and closest-title suggestions.

/// A forgiving key for a title: case, punctuation, "&"/"and" and a leading "The" do not matter.
///
/// ```
/// use greenlight_core::title::title_key;
/// assert_eq!(title_key("The Partner Track"), title_key("partner track"));
/// assert_eq!(title_key("Magnum, P.I."), title_key("Magnum P.I."));
/// assert_ne!(title_key("The Office (UK)"), title_key("The Office"));
/// ```
pub fn title_key(title: &str) -> String {
    let mut out = String::with_capacity(title.len());
    let mut last_space = true;
    for ch in title.chars() {
        let ch = match ch {
            '’' | '\'' | '‘' => continue,
            '&' => {
                if !last_space {
                    out.push(' ');
                }
                out.push_str("and ");
                last_space = true;
                continue;
            }
            c => c,
        };
        if ch.is_alphanumeric() {
            for l in ch.to_lowercase() {
                out.push(fold_accent(l));
            }
            last_space = false;
        } else if !last_space {
            out.push(' ');
            last_space = true;
        }
    }
    let t = out.trim_end();
    let t = t.strip_prefix("the ").unwrap_or(t);
    t.to_string()
}

fn fold_accent(c: char) -> char {
    match c {
        'á' | 'à' | 'â' | 'ä' | 'ã' | 'å' => 'a',
        'é' | 'è' | 'ê' | 'ë' => 'e',
        'í' | 'ì' | 'î' | 'ï' => 'i',
        'ó' | 'ò' | 'ô' | 'ö' | 'õ' => 'o',
        'ú' | 'ù' | 'û' | 'ü' => 'u',
        'ñ' => 'n',
        'ç' => 'c',
        c => c,
    }
}

/// A URL-safe slug for a title.
pub fn slug(title: &str) -> String {
    title_key(title).replace(' ', "-")
}

/// Similarity of two titles in 0..=1, on their keys.
pub fn title_similarity(a: &str, b: &str) -> f64 {
    let (a, b) = (title_key(a), title_key(b));
    strsim::normalized_damerau_levenshtein(&a, &b).max(strsim::jaro_winkler(&a, &b) - 0.1)
}

/// The known titles closest to `query`, best first, at most `n`.
pub fn suggest<'a>(query: &str, known: impl IntoIterator<Item = &'a str>, n: usize) -> Vec<String> {
    let mut scored: Vec<(f64, &str)> = known
        .into_iter()
        .map(|t| (title_similarity(query, t), t))
        .filter(|(s, _)| *s >= 0.5)
        .collect();
    scored.sort_by(|a, b| b.0.total_cmp(&a.0).then_with(|| a.1.cmp(b.1)));
    scored.dedup_by(|a, b| a.1 == b.1);
    scored
        .into_iter()
        .take(n)
        .map(|(_, t)| t.to_string())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_forgive_case_punctuation_and_leading_the() {
        assert_eq!(title_key("“Partner Track”"), "partner track");
        assert_eq!(title_key("Grey's Anatomy"), title_key("Greys Anatomy"));
        assert_eq!(title_key("Law & Order"), title_key("Law and Order"));
        assert_eq!(title_key("Pokémon"), "pokemon");
        assert_eq!(slug("The Office (UK)"), "office-uk");
    }

    #[test]
    fn suggests_closest_titles_for_typos() {
        let known = ["Partner Track", "Pachinko", "The Bear"];
        assert_eq!(suggest("Partnr Trak", known, 3)[0], "Partner Track");
        assert!(suggest("zzzz qqqq", known, 3).is_empty());
    }

    #[test]
    fn keeps_near_miss_titles_apart() {
        assert_ne!(title_key("Lucifer"), title_key("Lucifer Rising"));
    }
}
