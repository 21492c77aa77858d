//! HTML pages: main-body text and metadata.
//!
//! A deliberately small extractor until the full one lands: it drops scripts,
//! styles, navigation, headers, footers and asides, keeps block structure as
//! paragraphs, and reads the title, canonical URL and publication date from meta tags.

use greenlight_core::PartialDate;
use regex::Regex;
use std::sync::LazyLock;

/// What a page yields.
#[derive(Debug, Default, Clone)]
pub struct Page {
    pub title: Option<String>,
    pub url: Option<String>,
    pub published: Option<PartialDate>,
    pub text: String,
}

static DROP: LazyLock<Vec<Regex>> = LazyLock::new(|| {
    let mut v: Vec<Regex> = ["script", "style", "noscript", "nav", "header", "footer", "aside", "form", "svg", "iframe", "template", "figure"]
        .iter()
        .map(|t| Regex::new(&format!(r"(?is)<{t}\b.*?(?:</{t}\s*>|$)")).unwrap())
        .collect();
    v.push(Regex::new(r"(?s)<!--.*?(?:-->|$)").unwrap());
    v
});
static BLOCK: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)</?(?:p|div|br|h[1-6]|li|ul|ol|article|section|blockquote|tr|table|main)\b[^>]*>").unwrap());
static TAG: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?s)<[^>]*>").unwrap());
static TITLE: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?is)<title[^>]*>(.*?)</title>").unwrap());
static META: LazyLock<Regex> = LazyLock::new(|| Regex::new(r#"(?is)<meta\s+[^>]*>"#).unwrap());
static ATTR: LazyLock<Regex> = LazyLock::new(|| Regex::new(r#"(?is)([a-z:_-]+)\s*=\s*["']([^"']*)["']"#).unwrap());
static CANONICAL: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r#"(?is)<link\s+[^>]*rel\s*=\s*["']canonical["'][^>]*>"#).unwrap());
static BODY: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?is)<(?:article|main)\b[^>]*>(.*)</(?:article|main)>").unwrap());

/// Decodes the common character entities.
pub fn unescape(s: &str) -> String {
    if !s.contains('&') {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find('&') {
        out.push_str(&rest[..i]);
        let tail = &rest[i..];
        let end = tail.find(';').filter(|&e| e <= 10);
        let decoded = end.and_then(|e| {
            let ent = &tail[1..e];
            match ent {
                "amp" => Some('&'),
                "lt" => Some('<'),
                "gt" => Some('>'),
                "quot" => Some('"'),
                "apos" | "#39" => Some('\''),
                "nbsp" => Some(' '),
                "rsquo" => Some('’'),
                "lsquo" => Some('‘'),
                "rdquo" => Some('”'),
                "ldquo" => Some('“'),
                "mdash" => Some('—'),
                "ndash" => Some('–'),
                "hellip" => Some('…'),
                _ if ent.starts_with("#x") => u32::from_str_radix(&ent[2..], 16).ok().and_then(char::from_u32),
                _ if ent.starts_with('#') => ent[1..].parse().ok().and_then(char::from_u32),
                _ => None,
            }
            .map(|c| (c, e))
        });
        match decoded {
            Some((c, e)) => {
                out.push(c);
                rest = &tail[e + 1..];
            }
            None => {
                out.push('&');
                rest = &tail[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// Extracts the main text and metadata of an HTML page.
pub fn extract(html: &str) -> Page {
    let mut page = Page::default();
    page.title = TITLE.captures(html).map(|c| unescape(TAG.replace_all(&c[1], "").trim())).filter(|t| !t.is_empty());
    for m in META.find_iter(html) {
        let attrs: Vec<(String, String)> =
            ATTR.captures_iter(m.as_str()).map(|c| (c[1].to_ascii_lowercase(), c[2].to_string())).collect();
        let get = |k: &str| attrs.iter().find(|(a, _)| a == k).map(|(_, v)| v.clone());
        let key = get("property").or_else(|| get("name")).or_else(|| get("itemprop")).unwrap_or_default().to_ascii_lowercase();
        let Some(content) = get("content") else { continue };
        match key.as_str() {
            "og:title" if page.title.is_none() => page.title = Some(unescape(&content)),
            "og:url" if page.url.is_none() => page.url = Some(content),
            "article:published_time" | "datepublished" | "date" | "pubdate" | "publish-date" | "parsely-pub-date"
                if page.published.is_none() =>
            {
                page.published = content.get(..10).and_then(|d| d.parse().ok());
            }
            _ => {}
        }
    }
    if let Some(c) = CANONICAL.find(html) {
        if let Some(h) = ATTR.captures_iter(c.as_str()).find(|a| a[1].eq_ignore_ascii_case("href")) {
            page.url = Some(h[2].to_string());
        }
    }
    let mut cleaned = html.to_string();
    for re in DROP.iter() {
        cleaned = re.replace_all(&cleaned, " ").into_owned();
    }
    let body = BODY.captures(&cleaned).map(|c| c.get(1).unwrap().as_str().to_string()).unwrap_or_else(|| cleaned.to_string());
    let blocks = BLOCK.replace_all(&body, "\n\n");
    let text = unescape(&TAG.replace_all(&blocks, ""));
    let mut paras: Vec<String> = Vec::new();
    for p in text.split("\n\n") {
        let p = p.split_whitespace().collect::<Vec<_>>().join(" ");
        if !p.is_empty() {
            paras.push(p);
        }
    }
    if let Some(t) = &page.title {
        if paras.first().is_none_or(|p| p != t) {
            paras.insert(0, t.clone());
        }
    }
    page.text = paras.join("\n\n");
    page
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_body_paragraphs_and_drops_chrome() {
        let html = r#"<html><head><title>Show Renewed &amp; More</title>
            <meta property="article:published_time" content="2023-05-01T10:00:00Z">
            <link rel="canonical" href="https://example.com/a"></head>
            <body><nav>Home | TV</nav><article><p>Netflix has renewed <em>The Glass Harbor</em>.</p>
            <script>var x = "<p>no</p>";</script><p>Second &ldquo;para&rdquo;.</p></article>
            <footer>Copyright</footer></body></html>"#;
        let p = extract(html);
        assert_eq!(p.title.as_deref(), Some("Show Renewed & More"));
        assert_eq!(p.published.unwrap().to_string(), "2023-05-01");
        assert_eq!(p.url.as_deref(), Some("https://example.com/a"));
        assert_eq!(p.text, "Show Renewed & More\n\nNetflix has renewed The Glass Harbor.\n\nSecond “para”.");
    }

    #[test]
    fn truncated_html_still_yields_text() {
        let p = extract("<html><body><p>Cut off here <b>mid");
        assert!(p.text.contains("Cut off here"));
    }
}
