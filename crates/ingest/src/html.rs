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
pub fn decode<'a>(
    bytes: &'a [u8],
    declared: Option<&str>,
) -> (Cow<'a, str>, &'static encoding_rs::Encoding, CharsetSource) {
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
    mark_table_cells(&doc);
    let cfg = dom_smoothie::Config {
        text_mode: dom_smoothie::TextMode::Formatted,
        ..Default::default()
    };
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
    page.author = page.author.take().or(meta
        .byline
        .map(|b| clean_line(&b))
        .filter(|b| !b.is_empty()));
    page.site_name = meta
        .site_name
        .map(|s| clean_line(&s))
        .filter(|s| !s.is_empty());
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
            "article:published_time"
            | "datepublished"
            | "date"
            | "pubdate"
            | "publish-date"
            | "publishdate"
            | "parsely-pub-date"
            | "dc.date"
            | "dc.date.issued"
            | "dcterms.created"
            | "sailthru.date"
            | "article.published"
            | "og:published_time"
            | "cxenseparse:recs:publishtime"
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
        let t = if t.exists() {
            t
        } else {
            doc.select("time[datetime]")
        };
        page.published = t.attr("datetime").and_then(|d| parse_date(&d));
    }
}

static ISO_DAY: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\s*(\d{4})-(\d{2})-(\d{2})").unwrap());
static ISO_COMPACT: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\s*(\d{4})(\d{2})(\d{2})(?:T|\b)").unwrap());

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
        r"(?i)^\s*(?:you (?:may|might) (?:also )?(?:like|enjoy)|related(?: stories| articles| posts| content| coverage| news)?|more (?:stories|news|articles|videos?|from [\w .&'-]+|on this story|to read)(?: from [\w .&'-]+)?|want more stories like this\??|tags|topics|comments|join the conversation\.*|latest news|popular (?:stories|posts|articles)|editor'?s picks|read (?:more|next)|recommended(?: for you| stories| reading)?|trending(?: now| stories)?|most (?:popular|read)|up next|further reading|don'?t miss|also read|sign up for (?:our|the) [\w ]*newsletters?|subscribe to (?:our|the) [\w ]*newsletters?|get (?:our|the) [\w ]*newsletter)\s*[:.!…]*\s*$",
    )
    .unwrap()
});

const KEEP_TAGS: [&str; 3] = ["html", "body", "main"];

/// Marks each table cell after a row's first with "| ", so that a scorecard table's row
/// reads "Harbor Lights | NBC | Renewed" in the text rather than running its cells together.
fn mark_table_cells(doc: &Document) {
    for row in doc.select("tr").nodes().iter() {
        let cells: Vec<NodeRef> = row
            .children_it(false)
            .filter(|c| {
                c.node_name()
                    .is_some_and(|n| n.eq_ignore_ascii_case("td") || n.eq_ignore_ascii_case("th"))
            })
            .collect();
        if cells.len() < 2 {
            continue;
        }
        for c in &cells[1..] {
            c.prepend_html("| ");
        }
    }
}

/// Removes teaser rails, newsletter prompts and share bars before Readability sees them.
fn strip_boilerplate(doc: &Document) {
    let mut doomed: Vec<NodeRef> = Vec::new();
    for n in doc.select("[class], [id]").nodes().iter().copied() {
        let name = n
            .node_name()
            .map(|s| s.to_ascii_lowercase())
            .unwrap_or_default();
        if KEEP_TAGS.contains(&name.as_str()) || name == "article" {
            continue;
        }
        let attrs = format!(
            "{} {}",
            n.attr("class").unwrap_or_default(),
            n.attr("id").unwrap_or_default()
        );
        if BOILERPLATE_ATTR.is_match(&attrs) && !holds_story(&n) {
            doomed.push(n);
        }
    }
    for n in doc
        .select("h2, h3, h4, h5, h6, strong, p, span, div")
        .nodes()
        .iter()
        .copied()
    {
        // A heading is a leaf-ish element: skip containers without reading their text.
        let container = n.children_it(false).filter(|c| c.is_element()).any(|c| {
            let name = c
                .node_name()
                .map(|s| s.to_ascii_lowercase())
                .unwrap_or_default();
            !matches!(
                name.as_str(),
                "a" | "b"
                    | "strong"
                    | "em"
                    | "i"
                    | "u"
                    | "span"
                    | "br"
                    | "small"
                    | "img"
                    | "svg"
                    | "picture"
                    | "time"
                    | "label"
                    | "font"
            )
        });
        if container {
            continue;
        }
        let text = n.text();
        if text.len() > 80 || !BOILERPLATE_HEADING.is_match(&text) {
            continue;
        }
        // The heading's enclosing block, when it is small and link-heavy, is the teaser rail;
        // else the heading and the list right after it.
        let mut target = n;
        if let Some(p) = n.parent() {
            let pname = p
                .node_name()
                .map(|s| s.to_ascii_lowercase())
                .unwrap_or_default();
            if !KEEP_TAGS.contains(&pname.as_str()) && pname != "article" && !holds_story(&p) {
                target = p;
            }
        }
        if target.id == n.id {
            if let Some(next) = n.next_element_sibling() {
                let nn = next
                    .node_name()
                    .map(|s| s.to_ascii_lowercase())
                    .unwrap_or_default();
                if matches!(nn.as_str(), "ul" | "ol")
                    || (link_density(&next) > 0.5 && !holds_story(&next))
                {
                    doomed.push(next);
                }
            }
        }
        doomed.push(target);
    }
    // Captions and photo credits are not the story.
    for n in doc
        .select("figcaption, figure, [class*=caption], [class*=Caption], [class*=credit]")
        .nodes()
        .iter()
        .copied()
    {
        if !holds_story(&n)
            && !KEEP_TAGS.contains(
                &n.node_name()
                    .map(|s| s.to_ascii_lowercase())
                    .unwrap_or_default()
                    .as_str(),
            )
        {
            doomed.push(n);
        }
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
        r"(?i)^(?:advertisement|story continues below(?: advertisement)?|continue reading(?: below)?|scroll to continue(?: with content)?|(?:related|read more|see also|also read|more|recommended|watch)\s*[:|]\s.*|sign up for .*newsletter.*|subscribe to .*newsletter.*|click here to .*|.*by clicking here|follow us on .*|share (?:this|on) .*|(?:photo|image|picture|photograph|credit|source|caption|video)s?\s*(?:credit)?\s*[:|].*|image \d+ of.*|(?:caption|close|false|true|tags|topics|home|news|share|comments?|print|email|loading\.*|report (?:an )?error|top videos?)|(?:by|posted by|written by)\s+\p{Lu}.{0,80}|(?:published|updated|posted|last updated|first published)\b.{0,100}|©.*|copyright\b.*|.*all rights reserved\.?|.*\b\d{1,2}:\d{2}\s*(?:a\.?m\.?|p\.?m\.?)?\s*(?:[ECMP][SD]T|GMT|UTC|HST)?\.?|(?:whatsapp|facebook|twitter|pinterest|pint|linkedin|reddit|email|e-mail|share|tweet|print|copy link|baixar|flipboard|messenger|sms)(?:[\s|,·•]+(?:whatsapp|facebook|twitter|pinterest|pint|linkedin|reddit|email|e-mail|share|tweet|print|copy link|baixar|flipboard|messenger|sms))*)$",
    )
    .unwrap()
});

/// The most label-like lines trimmed from either edge of the body.
const EDGE_LABELS: usize = 4;

/// Whether a paragraph reads as running prose rather than a label, kicker or teaser title.
fn is_prose(p: &str) -> bool {
    let words = p.split_whitespace().count();
    words >= 15
        || (words >= 2
            && p.trim_end_matches(['"', '\'', '”', '’', ')'])
                .ends_with(['.', '!', '?', ':', '…']))
}

/// Splits formatted text into paragraphs: one per line, whitespace collapsed, furniture
/// (captions, bylines, timestamps, share bars, repeated lines) dropped, the list after a
/// "You May Also Like" heading cut, and label-like lines before the story's first and
/// after its last prose paragraph trimmed.
fn tidy_paragraphs(text: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut seen = std::collections::HashSet::new();
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
        if !seen.insert(p.clone()) {
            continue;
        }
        out.push(p);
    }
    let first = out.iter().position(|p| is_prose(p));
    let last = out.iter().rposition(|p| is_prose(p));
    // A few stray labels at either edge are chrome (kickers, datelines, sign-offs); a
    // longer run of short lines is a list that belongs to the story.
    if let (Some(f), Some(l)) = (first, last) {
        if out.len() - 1 - l <= EDGE_LABELS {
            out.truncate(l + 1);
        }
        if f <= EDGE_LABELS {
            out.drain(..f);
        }
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
        "head", "title", "script", "style", "noscript", "nav", "header", "footer", "aside", "form",
        "svg", "iframe", "template", "figure",
    ]
    .iter()
    .map(|t| Regex::new(&format!(r"(?is)<{t}\b.*?(?:</{t}\s*>|$)")).unwrap())
    .collect();
    v.push(Regex::new(r"(?s)<!--.*?(?:-->|$)").unwrap());
    v
});
static BLOCK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)</?(?:p|div|br|h[1-6]|li|ul|ol|article|section|blockquote|tr|table|main)\b[^>]*>",
    )
    .unwrap()
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
    let body = BODY
        .captures(&cleaned)
        .map(|c| c.get(1).unwrap().as_str().to_string())
        .unwrap_or(cleaned);
    let blocks = BLOCK.replace_all(&body, "\n");
    let text = unescape(&TAG.replace_all(&blocks, ""));
    finish(page, tidy_paragraphs(&text))
}

/// The text of an HTML fragment (a feed item's content): one paragraph per block,
/// separated by blank lines, tags dropped and entities decoded.
pub fn fragment_text(html: &str) -> String {
    crude(html, Page::default()).body
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
                _ if ent.starts_with("#x") => u32::from_str_radix(&ent[2..], 16)
                    .ok()
                    .and_then(char::from_u32),
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
        assert_eq!(
            p.text,
            "Show Renewed & More\n\nNetflix has renewed The Glass Harbor.\n\nSecond “para”."
        );
    }

    #[test]
    fn truncated_html_still_yields_text() {
        let p = extract("<html><body><p>Cut off here <b>mid");
        assert!(p.text.contains("Cut off here"));
    }

    #[test]
    fn table_rows_keep_their_cells_apart() {
        let html = "<html><head><title>TV renewals 2024</title></head><body><article><h1>TV renewals 2024</h1>\
            <p>The upfronts are behind us, and the networks have made their calls on dozens of series. Here is where every scripted show on the big broadcast networks stands heading into the summer.</p>\
            <table><tr><th>Show</th><th>Network</th><th>Status</th></tr>\
            <tr><td>Marrow Lane</td><td>NBC</td><td>Renewed</td></tr>\
            <tr><td>Copper Bay</td><td>CBS</td><td>Cancelled</td></tr>\
            <tr><td>The Long Meadow</td><td>Netflix</td><td>Undecided</td></tr></table>\
            <p>We will update this list as more decisions come in over the coming weeks, so check back often for the latest news.</p>\
            </article></body></html>";
        let p = extract(html);
        assert!(p.text.contains("Show | Network | Status"), "{}", p.text);
        assert!(p.text.contains("Marrow Lane | NBC | Renewed"), "{}", p.text);
    }

    const STORY: &str = "<p>The streamer has renewed Marrow Lane for a third season, the company said on Tuesday, after the drama spent four weeks in its top ten.</p>\
        <p>The second season premiered in March and drew the largest audience the series has had, according to figures the company released.</p>\
        <p>Production on the new episodes begins in the spring in Vancouver, with the full cast returning.</p>";

    #[test]
    fn drops_teaser_rails_newsletter_prompts_and_captions() {
        let html = format!(
            r#"<html><head><title>Marrow Lane Renewed</title>
            <meta property="og:site_name" content="The Daily Reel"><meta name="author" content="Ada Quill">
            <script type="application/ld+json">{{"@context":"https://schema.org","@type":"NewsArticle","headline":"Marrow Lane Renewed","datePublished":"2024-02-06T09:00:00-05:00"}}</script>
            </head><body><article><figure><img src="x.jpg"><figcaption>Photo: A still from the show</figcaption></figure>{STORY}
            <div class="newsletter-signup"><p>Sign up for our TV newsletter to get the news first.</p></div>
            <h3>You May Also Like</h3><ul><li><a href="/a">Another Show Cancelled</a></li><li><a href="/b">Ten Shows to Watch</a></li></ul>
            <div class="related-stories"><a href="/c">Marrow Lane cast reacts</a></div></article></body></html>"#
        );
        let p = extract(&html);
        assert_eq!(p.published.unwrap().to_string(), "2024-02-06");
        assert_eq!(p.site_name.as_deref(), Some("The Daily Reel"));
        assert_eq!(p.author.as_deref(), Some("Ada Quill"));
        assert!(
            p.body.starts_with("The streamer has renewed Marrow Lane"),
            "{}",
            p.body
        );
        assert!(
            p.body.ends_with("with the full cast returning."),
            "{}",
            p.body
        );
        assert_eq!(p.body.matches("\n\n").count(), 2, "{}", p.body);
        assert!(p.text.starts_with("Marrow Lane Renewed\n\nThe streamer"));
    }

    #[test]
    fn time_element_gives_the_date_when_meta_tags_do_not() {
        let html = format!("<html><body><article><time datetime=\"2023-11-02T08:00:00Z\">Nov 2</time>{STORY}</article></body></html>");
        assert_eq!(extract(&html).published.unwrap().to_string(), "2023-11-02");
        assert_eq!(
            parse_date("Tue, 07 Nov 2023 10:00:00 +0000")
                .unwrap()
                .to_string(),
            "2023-11-07"
        );
        assert_eq!(parse_date("20231107").unwrap().to_string(), "2023-11-07");
        assert!(parse_date("soon").is_none());
    }

    #[test]
    fn decodes_declared_undeclared_and_mislabeled_charsets() {
        let body = "<p>Caf\u{e9} Society returns; the series\u{2019} fans rejoice.</p>";
        let cp1252 = encoding_rs::WINDOWS_1252.encode(body).0.into_owned();
        // Declared in a meta tag.
        let mut page = b"<html><head><meta charset=\"windows-1252\"></head><body>".to_vec();
        page.extend_from_slice(&cp1252);
        let (s, enc, how) = decode(&page, None);
        assert!(
            s.contains("Caf\u{e9} Society") && s.contains("series\u{2019}"),
            "{s}"
        );
        assert_eq!((enc.name(), how), ("windows-1252", CharsetSource::Declared));
        // Labelled UTF-8 but really windows-1252: the bytes win.
        let mut lie = b"<html><head><meta charset=\"utf-8\"></head><body>".to_vec();
        lie.extend_from_slice(&cp1252);
        let (s, _, how) = decode(&lie, None);
        assert!(s.contains("Caf\u{e9}"), "{s}");
        assert_eq!(how, CharsetSource::Detected);
        // A transport declaration and a BOM.
        let (s, _, how) = decode(&cp1252, Some("iso-8859-1"));
        assert!(s.contains("Caf\u{e9}") && how == CharsetSource::Declared);
        let mut bom = vec![0xef, 0xbb, 0xbf];
        bom.extend_from_slice(body.as_bytes());
        assert_eq!(decode(&bom, None).2, CharsetSource::Bom);
    }

    #[test]
    fn furniture_lines_and_repeats_are_dropped() {
        let paras = tidy_paragraphs(
            "By Ada Quill\nUpdated 4:00 PM EST, Nov 2, 2023\nThe network renewed the comedy for a fourth season on Thursday.\nAdvertisement\nFacebook Twitter Email\nThe network renewed the comedy for a fourth season on Thursday.\nIt returns next year.\nRelated: Five shows we lost this year",
        );
        assert_eq!(
            paras,
            vec![
                "The network renewed the comedy for a fourth season on Thursday.",
                "It returns next year."
            ]
        );
    }
}
