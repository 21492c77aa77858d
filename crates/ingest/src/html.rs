//! HTML pages: main-body text and metadata.
//!
//! The body comes from [`dom_smoothie`] (a port of Mozilla's Readability), run on a
//! document we first strip of the blocks news sites wrap around a story: related-story
//! teasers, "You May Also Like" rails, newsletter prompts and share bars. The text is
//! one paragraph per block, separated by blank lines, headed by the page's title.
//! Metadata (title, publication date, canonical URL, site name, author) is read from
//! meta tags, JSON-LD and `<time>` elements. Bytes in any charset are decoded first
//! ([`decode`]).
//!
//! ```
//! let page = greenlight_ingest::html::extract(
//!     "<html><head><title>Renewed</title></head><body><article>\
//!      <p>HBO has renewed The Glass Harbor for a second season.</p></article></body></html>",
//! );
//! assert_eq!(page.title.as_deref(), Some("Renewed"));
//! assert!(page.text.ends_with("HBO has renewed The Glass Harbor for a second season."));
//! ```

use dom_query::{Document, NodeRef};
use greenlight_core::PartialDate;
use regex::Regex;
use std::borrow::Cow;
use std::sync::LazyLock;

/// What a page yields.
#[derive(Debug, Default, Clone)]
pub struct Page {
    pub title: Option<String>,
    /// The canonical URL (`<link rel=canonical>`, else `og:url`, else JSON-LD).
    pub url: Option<String>,
    pub published: Option<PartialDate>,
    pub site_name: Option<String>,
    pub author: Option<String>,
    /// The title, then the main body, one paragraph per block, separated by blank lines.
    pub text: String,
    /// The main body alone (what [`Page::text`] holds after the title paragraph).
    pub body: String,
}

/// Which charset the bytes were read as, and why.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CharsetSource {
    /// A byte-order mark.
    Bom,
    /// The bytes are valid UTF-8.
    Utf8,
    /// The charset the transport or the page declared, and the bytes decode cleanly in it.
    Declared,
    /// Guessed from the bytes (no declaration, or a declaration the bytes contradict).
    Detected,
}

/// Decodes a page's bytes. Order: a byte-order mark; valid UTF-8; the declared charset
/// (`declared`, e.g. from an HTTP `Content-Type`, else `<meta charset>` in the first
/// 4 KB) when the bytes decode in it without error; else a guess by `chardetng`.
pub fn decode<'a>(bytes: &'a [u8], declared: Option<&str>) -> (Cow<'a, str>, &'static encoding_rs::Encoding, CharsetSource) {
    if let Some((enc, bom_len)) = encoding_rs::Encoding::for_bom(bytes) {
        let (s, _) = enc.decode_without_bom_handling(&bytes[bom_len..]);
        return (s, enc, CharsetSource::Bom);
    }
    if let Ok(s) = std::str::from_utf8(bytes) {
        return (Cow::Borrowed(s), encoding_rs::UTF_8, CharsetSource::Utf8);
    }
    let named = declared
        .and_then(|d| encoding_rs::Encoding::for_label(d.trim().as_bytes()))
        .or_else(|| meta_charset(&bytes[..bytes.len().min(4096)]));
    if let Some(enc) = named.filter(|e| *e != encoding_rs::UTF_8) {
        if let Some(s) = enc.decode_without_bom_handling_and_without_replacement(bytes) {
            return (s, enc, CharsetSource::Declared);
        }
    }
    let mut det = chardetng::EncodingDetector::new();
    det.feed(bytes, true);
    let enc = det.guess(None, true);
    let (s, _) = enc.decode_without_bom_handling(bytes);
    (s, enc, CharsetSource::Detected)
}

static META_CHARSET: LazyLock<regex::bytes::Regex> = LazyLock::new(|| {
    regex::bytes::Regex::new(r#"(?i)<meta[^>]+charset\s*=\s*["']?\s*([a-z0-9_:.\-]+)"#).unwrap()
});

fn meta_charset(head: &[u8]) -> Option<&'static encoding_rs::Encoding> {
    let c = META_CHARSET.captures(head)?;
    encoding_rs::Encoding::for_label(c.get(1)?.as_bytes())
}

/// Extracts the main text and metadata of a page given as bytes in any charset.
pub fn extract_bytes(bytes: &[u8], declared_charset: Option<&str>) -> Page {
    let (s, _, _) = decode(bytes, declared_charset);
    extract(&s)
}

/// Extracts the main text and metadata of an HTML page.
pub fn extract(html: &str) -> Page {
    let doc = Document::from(html);
    let mut page = Page::default();
    read_own_metadata(&doc, &mut page);
    strip_boilerplate(&doc);
    let cfg = dom_smoothie::Config { text_mode: dom_smoothie::TextMode::Formatted, ..Default::default() };
    let mut r = match dom_smoothie::Readability::with_document(doc, None, Some(cfg)) {
        Ok(r) => r,
        Err(_) => return crude(html, page),
    };
    let (meta, body) = match r.parse() {
        Ok(a) => {
            let meta = dom_smoothie::Metadata {
                title: a.title.clone(),
                byline: a.byline.clone(),
                site_name: a.site_name.clone(),
                published_time: a.published_time.clone(),
                url: a.url.clone(),
                ..Default::default()
            };
            (meta, Some(a.text_content.to_string()))
        }
        Err(_) => {
            let ld = r.parse_json_ld();
            (r.get_article_metadata(ld), None)
        }
    };
    let title = clean_line(&meta.title);
    if !title.is_empty() {
        page.title = Some(title);
    }
    page.author = page.author.take().or(meta.byline.map(|b| clean_line(&b)).filter(|b| !b.is_empty()));
    page.site_name = meta.site_name.map(|s| clean_line(&s)).filter(|s| !s.is_empty());
    if page.url.is_none() {
        page.url = meta.url;
    }
    if let Some(p) = meta.published_time.as_deref().and_then(parse_date) {
        page.published = Some(p);
    }
    match body {
        Some(b) => {
            let paras = tidy_paragraphs(&b);
            if paras.is_empty() {
                return crude(html, page);
            }
            finish(page, paras)
        }
        None => crude(html, page),
    }
}

/// Metadata dom_smoothie does not read (or reads after it has changed the document):
/// the canonical link, `<time>` elements and the less common date meta names.
fn read_own_metadata(doc: &Document, page: &mut Page) {
    if let Some(h) = doc.select("link[rel~=canonical][href]").attr("href") {
        let h = h.trim();
        if h.starts_with("http") {
            page.url = Some(h.to_string());
        }
    }
    let mut og_url = None;
    for m in doc.select("meta[content]").nodes().iter() {
        let key = m
            .attr("property")
            .or_else(|| m.attr("name"))
            .or_else(|| m.attr("itemprop"))
            .map(|k| k.to_ascii_lowercase())
            .unwrap_or_default();
        let content = m.attr("content").unwrap_or_default();
        match key.as_str() {
            "og:url" => og_url = Some(content.trim().to_string()),
            "article:published_time" | "datepublished" | "date" | "pubdate" | "publish-date" | "publishdate"
            | "parsely-pub-date" | "dc.date" | "dc.date.issued" | "dcterms.created" | "sailthru.date"
            | "article.published" | "og:published_time" | "cxenseparse:recs:publishtime"
                if page.published.is_none() =>
            {
                page.published = parse_date(&content);
            }
            "author" | "article:author" | "parsely-author" | "sailthru.author"
                if page.author.is_none() && !content.starts_with("http") =>
            {
                let a = clean_line(&content);
                if !a.is_empty() {
                    page.author = Some(a);
                }
            }
            _ => {}
        }
    }
    if page.url.is_none() {
        page.url = og_url.filter(|u| u.starts_with("http"));
    }
    if page.published.is_none() {
        // A <time> marked as the publication date, else the first one with a datetime.
        let t = doc.select("time[pubdate][datetime], time[itemprop=datePublished][datetime]");
        let t = if t.exists() { t } else { doc.select("time[datetime]") };
        page.published = t.attr("datetime").and_then(|d| parse_date(&d));
    }
}

static ISO_DAY: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^\s*(\d{4})-(\d{2})-(\d{2})").unwrap());
static ISO_COMPACT: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^\s*(\d{4})(\d{2})(\d{2})(?:T|\b)").unwrap());

/// Reads the day of an ISO 8601, compact (`20230501`) or RFC 2822 date; else None.
pub fn parse_date(s: &str) -> Option<PartialDate> {
    let s = s.trim();
    if let Some(c) = ISO_DAY.captures(s).or_else(|| ISO_COMPACT.captures(s)) {
        return format!("{}-{}-{}", &c[1], &c[2], &c[3]).parse().ok();
    }
    if let Ok(z) = jiff::fmt::rfc2822::parse(s) {
        return z.date().to_string().parse().ok();
    }
    if let Ok(d) = jiff::civil::Date::strptime("%B %d, %Y", s) {
        return d.to_string().parse().ok();
    }
    None
}

/// Class and id words of the blocks news sites put around a story.
static BOILERPLATE_ATTR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)(?:^|[^a-z])(?:related(?:[-_]?(?:stories|articles|posts|content|links|news|coverage))?|you[-_]?may[-_]?(?:also[-_]?)?like|more[-_]?(?:stories|from|on)|recommended|recommendations|newsletter|newsletter[-_]?signup|subscribe[-_]?(?:box|form|widget)|signup[-_]?(?:box|form)|outbrain|taboola|read[-_]?next|up[-_]?next|trending|most[-_]?(?:popular|read)|share[-_]?(?:bar|buttons|tools|links)|social[-_]?(?:share|links|buttons)|sharing|inline[-_]?promo|promo[-_]?box|article[-_]?promo)(?:$|[^a-z])",
    )
    .unwrap()
});

/// Headings that introduce teaser lists or prompts rather than the story.
static BOILERPLATE_HEADING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^\s*(?:you (?:may|might) (?:also )?(?:like|enjoy)|related(?: stories| articles| posts| content| coverage| news)?|more (?:stories|news|from [\w .&']+|on this story|to read)|read (?:more|next)|recommended(?: for you| stories| reading)?|trending(?: now| stories)?|most (?:popular|read)|up next|further reading|don'?t miss|also read|sign up for (?:our|the) [\w ]*newsletters?|subscribe to (?:our|the) [\w ]*newsletters?|get (?:our|the) [\w ]*newsletter)\s*[:.!]?\s*$",
    )
    .unwrap()
});

const KEEP_TAGS: [&str; 3] = ["html", "body", "main"];

/// Removes teaser rails, newsletter prompts and share bars before Readability sees them.
fn strip_boilerplate(doc: &Document) {
    let mut doomed: Vec<NodeRef> = Vec::new();
    for n in doc.select("[class], [id]").nodes().iter().cloned() {
        let name = n.node_name().map(|s| s.to_ascii_lowercase()).unwrap_or_default();
        if KEEP_TAGS.contains(&name.as_str()) || name == "article" {
            continue;
        }
        let attrs = format!("{} {}", n.attr("class").unwrap_or_default(), n.attr("id").unwrap_or_default());
        if BOILERPLATE_ATTR.is_match(&attrs) && !holds_story(&n) {
            doomed.push(n);
        }
    }
    for n in doc.select("h2, h3, h4, h5, h6, strong, p, span, div").nodes().iter().cloned() {
        let text = n.text();
        if text.len() > 80 || !BOILERPLATE_HEADING.is_match(&text) {
            continue;
        }
        // The heading's enclosing block, when it is small and link-heavy, is the teaser rail;
        // else the heading and the list right after it.
        let mut target = n.clone();
        if let Some(p) = n.parent() {
            let pname = p.node_name().map(|s| s.to_ascii_lowercase()).unwrap_or_default();
            if !KEEP_TAGS.contains(&pname.as_str()) && pname != "article" && !holds_story(&p) {
                target = p;
            }
        }
        if target.id == n.id {
            if let Some(next) = n.next_element_sibling() {
                let nn = next.node_name().map(|s| s.to_ascii_lowercase()).unwrap_or_default();
                if matches!(nn.as_str(), "ul" | "ol") || (link_density(&next) > 0.5 && !holds_story(&next)) {
                    doomed.push(next);
                }
            }
        }
        doomed.push(target);
    }
    for n in doomed {
        n.remove_from_parent();
    }
}

/// Whether an element holds running prose (several sentences outside links), which a
/// teaser block does not.
fn holds_story(n: &NodeRef) -> bool {
    let text_len = n.text().len();
    let link_len: usize = n.find(&["a"]).iter().map(|a| a.text().len()).sum();
    let prose = text_len.saturating_sub(link_len);
    prose > 1500 || (prose > 600 && n.find(&["p"]).len() >= 4)
}

fn link_density(n: &NodeRef) -> f64 {
    let text_len = n.text().len().max(1);
    let link_len: usize = n.find(&["a"]).iter().map(|a| a.text().len()).sum();
    link_len as f64 / text_len as f64
}

/// Short paragraphs that are site furniture, not story.
static FURNITURE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^(?:advertisement|story continues below(?: advertisement)?|continue reading(?: below)?|scroll to continue(?: with content)?|(?:related|read more|see also|also read|more|recommended|watch)\s*[:|]\s.*|sign up for .*newsletter.*|subscribe to .*newsletter.*|click here to .*|follow us on .*|share (?:this|on) .*)$",
    )
    .unwrap()
});

/// Splits formatted text into paragraphs: one per line, whitespace collapsed, furniture
/// dropped, and the list after a "You May Also Like" heading cut.
fn tidy_paragraphs(text: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut in_teasers = false;
    for line in text.lines() {
        let p = line.split_whitespace().collect::<Vec<_>>().join(" ");
        if p.is_empty() {
            continue;
        }
        if p.len() <= 80 && BOILERPLATE_HEADING.is_match(&p) {
            in_teasers = true;
            continue;
        }
        if in_teasers {
            // Teasers are headline-length lines; the story resumes at the next long paragraph.
            if p.len() < 120 && !p.ends_with('.') {
                continue;
            }
            in_teasers = false;
        }
        if p.len() <= 200 && FURNITURE.is_match(&p) {
            continue;
        }
        out.push(p);
    }
    out
}

fn clean_line(s: &str) -> String {
    unescape(&s.split_whitespace().collect::<Vec<_>>().join(" "))
}

fn finish(mut page: Page, paras: Vec<String>) -> Page {
    page.body = paras.join("\n\n");
    let mut all = paras;
    if let Some(t) = &page.title {
        if all.first().is_none_or(|p| p != t) {
            all.insert(0, t.clone());
        }
    }
    page.text = all.join("\n\n");
    page
}

// ---- The fallback for pages Readability gives up on (tiny or truncated pages). ----

static DROP: LazyLock<Vec<Regex>> = LazyLock::new(|| {
    let mut v: Vec<Regex> = [
        "script", "style", "noscript", "nav", "header", "footer", "aside", "form", "svg", "iframe", "template", "figure",
    ]
    .iter()
    .map(|t| Regex::new(&format!(r"(?is)<{t}\b.*?(?:</{t}\s*>|$)")).unwrap())
    .collect();
    v.push(Regex::new(r"(?s)<!--.*?(?:-->|$)").unwrap());
    v
});
static BLOCK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)</?(?:p|div|br|h[1-6]|li|ul|ol|article|section|blockquote|tr|table|main)\b[^>]*>").unwrap()
});
static TAG: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?s)<[^>]*>").unwrap());
static BODY: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?is)<(?:article|main)\b[^>]*>(.*)</(?:article|main)>").unwrap());

/// Block-structured text of the whole page, chrome elements removed.
fn crude(html: &str, page: Page) -> Page {
    let mut cleaned = html.to_string();
    for re in DROP.iter() {
        cleaned = re.replace_all(&cleaned, " ").into_owned();
    }
    let body = BODY.captures(&cleaned).map(|c| c.get(1).unwrap().as_str().to_string()).unwrap_or(cleaned);
    let blocks = BLOCK.replace_all(&body, "\n");
    let text = unescape(&TAG.replace_all(&blocks, ""));
    finish(page, tidy_paragraphs(&text))
}

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
