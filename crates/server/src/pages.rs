//! Server-rendered HTML: the scorecard, search results and a show's page. No JavaScript;
//! every piece of text from the store or the request goes through [`esc`].

use crate::escape::{html as esc, query_value, safe_href};
use crate::lookup::{self, SearchHit};
use crate::params::Params;
use crate::{ApiError, AppState};
use axum::extract::{Path, State};
use axum::http::{StatusCode, Uri};
use axum::response::{Html, IntoResponse, Response};
use greenlight_core::resolve::{Cited, Contradiction};
use greenlight_core::title::title_key;
use greenlight_core::{Certainty, PartialDate, Status};
use greenlight_store::query::{self, FactSource, Profile, ScoreRow, TimelineEntry};
use jiff::civil::Date;
use std::fmt::Write;

/// An error shown as an HTML page with the error's status code.
pub struct PageError(ApiError);

impl From<ApiError> for PageError {
    fn from(e: ApiError) -> Self {
        PageError(e)
    }
}

impl IntoResponse for PageError {
    fn into_response(self) -> Response {
        let e = self.0;
        if let ApiError::Internal(detail) = &e {
            tracing::error!(%detail, "page failed");
        }
        let status = e.status();
        let heading = match status {
            StatusCode::NOT_FOUND => "Not found",
            StatusCode::BAD_REQUEST => "Bad request",
            _ => "Something went wrong",
        };
        let mut body = format!("<h1>{heading}</h1>\n<p class=\"error\">{}</p>\n", esc(&e.message()));
        if let Some(s) = e.suggestions().filter(|s| !s.is_empty()) {
            body.push_str("<p>Did you mean:</p><ul>");
            for t in s {
                let _ = write!(
                    body,
                    "<li><a href=\"/shows/{}\">{}</a></li>",
                    esc(&greenlight_core::title::slug(t)),
                    esc(t)
                );
            }
            body.push_str("</ul>");
        }
        body.push_str("<p><a href=\"/\">Back to the scorecard</a></p>");
        (status, Html(layout(heading, &body))).into_response()
    }
}

/// The page for a path that does not exist.
pub fn not_found_page() -> Response {
    PageError(ApiError::NoRoute).into_response()
}

const STYLE: &str = r#"
body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;margin:0;color:#1c1c1c;background:#fafafa}
header{background:#16324f;color:#fff;padding:.6em 1.2em;display:flex;gap:1.5em;align-items:center;flex-wrap:wrap}
header a{color:#fff;text-decoration:none}header .brand{font-weight:700;font-size:1.15em}
header form{margin-left:auto}
main{max-width:1180px;margin:0 auto;padding:1em 1.2em 3em}
a{color:#0b5cad}
table{border-collapse:collapse;width:100%;background:#fff}
th,td{text-align:left;vertical-align:top;padding:.35em .5em;border-bottom:1px solid #e3e3e3}
th{background:#f0f2f5;font-weight:600;white-space:nowrap}
td.ev{font-size:.88em;color:#444;max-width:34em}
.badge{display:inline-block;padding:.05em .55em;border-radius:1em;color:#fff;font-size:.85em;font-weight:600;white-space:nowrap}
.st-renewed{background:#2e7d32}.st-cancelled{background:#c62828}.st-ending{background:#6a1b9a}
.st-undecided{background:#a86b00}.st-limited{background:#1565c0}.st-revived{background:#00838f}.st-none{background:#777}
.cert{font-size:.8em;color:#666}
.warn{color:#b45309;font-size:.85em;text-decoration:none}
form.filters{display:flex;gap:.8em;flex-wrap:wrap;align-items:end;margin:.5em 0 1em}
form.filters label{display:flex;flex-direction:column;font-size:.85em;color:#444}
blockquote{margin:.3em 0 .2em;padding:.2em .8em;border-left:3px solid #c9d3de;background:#fff}
.meta{font-size:.85em;color:#555}
.error{color:#a4161a}
section{margin-top:1.6em}
ul.evidence>li{margin-bottom:.9em}
dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:.3em 1em}
dl.facts dt{font-weight:600}
svg{background:#fff;border:1px solid #e3e3e3;max-width:100%;height:auto}
sup a{text-decoration:none;font-size:.8em}
footer{color:#777;font-size:.8em;margin-top:2em}
"#;

fn layout(title: &str, body: &str) -> String {
    format!(
        "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{} · greenlight</title>\n<link rel=\"alternate\" type=\"application/atom+xml\" title=\"Status changes\" href=\"/feed.atom\">\n\
         <style>{STYLE}</style>\n</head>\n<body>\n<header><a class=\"brand\" href=\"/\">greenlight</a>\
         <a href=\"/\">Scorecard</a><a href=\"/feed.atom\">Feed</a><a href=\"/api/openapi.json\">API</a>\
         <form action=\"/search\" method=\"get\" role=\"search\"><input type=\"search\" name=\"q\" placeholder=\"Find a show\" aria-label=\"Find a show\"> <button>Search</button></form>\
         </header>\n<main>\n{body}\n</main>\n</body>\n</html>\n",
        esc(title)
    )
}

fn badge(status: Option<Status>) -> String {
    match status {
        Some(s) => format!("<span class=\"badge st-{s}\">{s}</span>"),
        None => "<span class=\"badge st-none\">no status yet</span>".into(),
    }
}

fn date_text(d: Option<PartialDate>) -> String {
    d.map(|d| d.to_string()).unwrap_or_else(|| "undated".into())
}

/// A link to `url` with escaped `text` when the URL is a web link, else just the text.
fn link(url: Option<&str>, text: &str) -> String {
    match url.and_then(safe_href) {
        Some(u) => format!("<a href=\"{}\" rel=\"nofollow noopener\">{}</a>", esc(u), esc(text)),
        None => esc(text),
    }
}

/// The name of a source: who said it, else the URL's host, else the source file.
fn source_name(said_by: Option<&str>, url: Option<&str>, source: Option<&str>) -> String {
    if let Some(w) = said_by.filter(|w| !w.trim().is_empty()) {
        return w.to_string();
    }
    if let Some(host) = url
        .and_then(safe_href)
        .and_then(|u| u.split("://").nth(1))
        .and_then(|r| r.split('/').next())
    {
        return host.trim_start_matches("www.").to_string();
    }
    // A file path names the file only; the server's directories are nobody's business.
    source
        .map(|s| s.rsplit(['/', '\\']).next().unwrap_or(s))
        .filter(|s| !s.is_empty())
        .unwrap_or("source")
        .to_string()
}

fn clip(s: &str, n: usize) -> String {
    let s = s.trim();
    if s.chars().count() <= n {
        s.to_string()
    } else {
        let mut t: String = s.chars().take(n).collect();
        t.push('…');
        t
    }
}

/// Scorecard row order.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Sort {
    Since,
    Title,
    Status,
}

impl Sort {
    fn parse(v: Option<&str>) -> Result<Sort, ApiError> {
        match v.map(str::to_ascii_lowercase).as_deref() {
            None | Some("since") => Ok(Sort::Since),
            Some("title") => Ok(Sort::Title),
            Some("status") => Ok(Sort::Status),
            Some(_) => Err(ApiError::BadSort(v.unwrap_or_default().to_string())),
        }
    }
    fn name(self) -> &'static str {
        match self {
            Sort::Since => "since",
            Sort::Title => "title",
            Sort::Status => "status",
        }
    }
}

/// `GET /?status=&network=&sort=&as_of=`: every show's status.
pub async fn scorecard(State(st): State<AppState>, uri: Uri) -> Result<Html<String>, PageError> {
    let p = Params::from_uri(&uri)?;
    let status = p.status("status")?;
    let network = p.get("network").map(str::to_string);
    let sort = Sort::parse(p.get("sort"))?;
    let today = st.today();
    let as_of_param = p.date("as_of")?;
    let as_of = as_of_param.unwrap_or(today);
    let net = network.clone();
    let (all, mut rows) = st
        .read(move |s| {
            let all = query::scorecard(s, as_of, today, None, None)?;
            let rows = if status.is_none() && net.is_none() {
                all.clone()
            } else {
                query::scorecard(s, as_of, today, status, net.as_deref())?
            };
            Ok((all, rows))
        })
        .await?;
    match sort {
        Sort::Since => {} // the query's order: newest change first
        Sort::Title => rows.sort_by_key(|r| title_key(&r.title)),
        Sort::Status => rows.sort_by(|a, b| {
            a.status
                .cmp(&b.status)
                .then_with(|| title_key(&a.title).cmp(&title_key(&b.title)))
        }),
    }
    let mut networks: Vec<String> = all.iter().filter_map(|r| r.network.clone()).collect();
    networks.sort_by_key(|n| title_key(n));
    networks.dedup_by_key(|n| title_key(n));

    let mut b = String::with_capacity(4096 + rows.len() * 600);
    let _ = write!(
        b,
        "<h1>TV renewal scorecard</h1>\n<p class=\"meta\">{} of {} tracked shows, as of {as_of}.</p>\n",
        rows.len(),
        all.len()
    );
    b.push_str("<form class=\"filters\" method=\"get\" action=\"/\">\n<label>Status<select name=\"status\"><option value=\"\">any</option>");
    for s in Status::ALL {
        let sel = if status == Some(s) { " selected" } else { "" };
        let _ = write!(b, "<option value=\"{s}\"{sel}>{s}</option>");
    }
    b.push_str("</select></label>\n<label>Network<select name=\"network\"><option value=\"\">any</option>");
    let wanted = network.as_deref().map(title_key);
    if let Some(n) = network.as_deref() {
        if !networks.iter().any(|x| Some(title_key(x)) == wanted) {
            let _ = write!(b, "<option value=\"{0}\" selected>{0}</option>", esc(n));
        }
    }
    for n in &networks {
        let sel = if Some(title_key(n)) == wanted { " selected" } else { "" };
        let _ = write!(b, "<option value=\"{0}\"{sel}>{0}</option>", esc(n));
    }
    b.push_str("</select></label>\n<label>Sort by<select name=\"sort\">");
    for s in [Sort::Since, Sort::Title, Sort::Status] {
        let sel = if s == sort { " selected" } else { "" };
        let label = match s {
            Sort::Since => "latest change",
            Sort::Title => "title",
            Sort::Status => "status",
        };
        let _ = write!(b, "<option value=\"{}\"{sel}>{label}</option>", s.name());
    }
    let _ = write!(
        b,
        "</select></label>\n<label>As of<input type=\"date\" name=\"as_of\" value=\"{}\"></label>\n<button>Show</button> <a href=\"/\">reset</a>\n</form>\n",
        as_of_param.map(|d| d.to_string()).unwrap_or_default()
    );
    if rows.is_empty() {
        b.push_str("<p>No shows match.</p>\n");
    } else {
        b.push_str("<table>\n<thead><tr><th>Show</th><th>Status</th><th>Season</th><th>Network</th><th>Since</th><th>Source</th><th>Evidence</th></tr></thead>\n<tbody>\n");
        for r in &rows {
            scorecard_row(&mut b, r, as_of_param);
        }
        b.push_str("</tbody>\n</table>\n");
    }
    Ok(Html(layout("Scorecard", &b)))
}

fn scorecard_row(b: &mut String, r: &ScoreRow, as_of: Option<Date>) {
    let href = match as_of {
        Some(d) => format!("/shows/{}?as_of={d}", r.slug),
        None => format!("/shows/{}", r.slug),
    };
    let _ = write!(
        b,
        "<tr><td><a href=\"{}\">{}</a></td><td>{}",
        esc(&href),
        esc(&r.title),
        badge(Some(r.status))
    );
    if r.certainty != Certainty::Confirmed {
        let _ = write!(b, " <span class=\"cert\">{}</span>", r.certainty);
    }
    if r.contradictions > 0 {
        let _ = write!(
            b,
            " <a class=\"warn\" href=\"{}#contradictions\" title=\"claims that disagree\">⚠ {}</a>",
            esc(&href),
            r.contradictions
        );
    }
    let source = source_name(r.said_by.as_deref(), r.url.as_deref(), None);
    let _ = writeln!(
        b,
        "</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td class=\"ev\" title=\"{}\">{}</td></tr>",
        r.season.map(|s| s.to_string()).unwrap_or_default(),
        esc(r.network.as_deref().unwrap_or("")),
        r.since.map(|s| s.to_string()).unwrap_or_default(),
        link(r.url.as_deref(), &source),
        esc(r.evidence.trim()),
        esc(&clip(&r.evidence, 220)),
    );
}

/// `GET /search?q=`: shows matching a title.
pub async fn search(State(st): State<AppState>, uri: Uri) -> Result<Html<String>, PageError> {
    let p = Params::from_uri(&uri)?;
    let q = p.get("q").map(str::to_string);
    let mut b = String::from("<h1>Search</h1>\n");
    let _ = writeln!(
        b,
        "<form method=\"get\" action=\"/search\"><input type=\"search\" name=\"q\" value=\"{}\" aria-label=\"Title\" autofocus> <button>Search</button></form>",
        esc(q.as_deref().unwrap_or(""))
    );
    if let Some(q) = q {
        let qq = q.clone();
        let hits: Vec<SearchHit> = st.read(move |s| Ok(lookup::search(s, &qq)?)).await?;
        if hits.is_empty() {
            let _ = writeln!(b, "<p>No show matches “{}”.</p>", esc(&q));
        } else {
            let _ = write!(
                b,
                "<p class=\"meta\">{} result(s) for “{}”.</p>\n<ul>\n",
                hits.len(),
                esc(&q)
            );
            for h in &hits {
                let note = if h.matched == "suggestion" {
                    " <span class=\"meta\">(close title)</span>"
                } else {
                    ""
                };
                let _ = writeln!(
                    b,
                    "<li><a href=\"/shows/{}\">{}</a> <span class=\"meta\">{} claim(s)</span>{note}</li>",
                    esc(&h.slug),
                    esc(&h.title),
                    h.claims
                );
            }
            b.push_str("</ul>\n");
        }
    }
    Ok(Html(layout("Search", &b)))
}

/// `GET /shows/{slug}?as_of=`: a show's status, timeline, evidence and profile.
pub async fn show(State(st): State<AppState>, Path(wanted): Path<String>, uri: Uri) -> Result<Html<String>, PageError> {
    let p = Params::from_uri(&uri)?;
    let today = st.today();
    let as_of_param = p.date("as_of")?;
    let as_of = as_of_param.unwrap_or(today);
    let (profile, timeline) = st
        .read(move |s| {
            let row = lookup::show_by_slug(s, &wanted)?.ok_or_else(|| ApiError::UnknownShow(wanted.clone()))?;
            let profile = query::profile(s, &row.title, as_of, today)?;
            let (_, timeline) = query::timeline(s, &row.title)?;
            Ok((profile, timeline))
        })
        .await?;
    Ok(Html(layout(
        &profile.title,
        &show_body(&profile, &timeline, as_of_param),
    )))
}

fn show_body(p: &Profile, timeline: &[TimelineEntry], as_of_param: Option<Date>) -> String {
    let mut b = String::with_capacity(8192);
    let _ = write!(b, "<h1>{} {}</h1>\n<p class=\"meta\">", esc(&p.title), badge(p.status));
    let mut bits: Vec<String> = Vec::new();
    if let Some(n) = &p.network {
        bits.push(format!("on {}", esc(n)));
    }
    if let Some(s) = p.season {
        bits.push(format!("season {s}"));
    }
    if let Some(s) = p.since {
        bits.push(format!("since {s}"));
    }
    bits.push(format!("as of {}", p.as_of));
    b.push_str(&bits.join(" · "));
    b.push_str("</p>\n");
    let _ = writeln!(
        b,
        "<form class=\"filters\" method=\"get\" action=\"/shows/{}\"><label>As of<input type=\"date\" name=\"as_of\" value=\"{}\"></label><button>Show</button> <a href=\"/shows/{0}\">today</a></form>",
        esc(&p.slug),
        as_of_param.map(|d| d.to_string()).unwrap_or_default()
    );

    b.push_str("<section><h2>Timeline</h2>\n");
    b.push_str(&timeline_svg(timeline, p.as_of));
    b.push_str("</section>\n");

    b.push_str("<section><h2>Evidence</h2>\n");
    if p.evidence.is_empty() {
        b.push_str("<p>No claim about this show is known as of this date.</p>\n");
    } else {
        b.push_str("<ul class=\"evidence\">\n");
        for e in &p.evidence {
            cited(&mut b, e, None);
        }
        b.push_str("</ul>\n");
    }
    b.push_str("</section>\n");

    if !p.contradictions.is_empty() {
        b.push_str("<section id=\"contradictions\"><h2>Contradictions</h2>\n<ul class=\"evidence\">\n");
        for Contradiction { claim, reason } in &p.contradictions {
            cited(&mut b, claim, Some(reason));
        }
        b.push_str("</ul>\n</section>\n");
    }

    profile_facts(&mut b, p);

    b.push_str("<section><h2>Every claim</h2>\n");
    if timeline.is_empty() {
        b.push_str("<p>None stored.</p>\n");
    } else {
        b.push_str("<table>\n<thead><tr><th>Date</th><th>Status</th><th>Certainty</th><th>Season</th><th>Source</th><th>Sentence</th></tr></thead>\n<tbody>\n");
        for t in timeline {
            let who = source_name(t.said_by.as_deref(), t.url.as_deref(), Some(&t.source));
            let _ = writeln!(
                b,
                "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td class=\"ev\">{}</td></tr>",
                date_text(t.date),
                badge(Some(t.status)),
                t.certainty,
                t.season.map(|s| s.to_string()).unwrap_or_default(),
                link(t.url.as_deref(), &who),
                esc(t.text.trim())
            );
        }
        b.push_str("</tbody>\n</table>\n");
    }
    b.push_str("</section>\n");
    let _ = writeln!(
        b,
        "<footer>JSON: <a href=\"/api/shows/{0}\">profile</a> · <a href=\"/api/shows/{0}/timeline\">timeline</a> · <a href=\"/api/status?title={1}\">status</a> · <a href=\"/feed.atom?show={0}\">feed of changes</a></footer>",
        esc(&p.slug),
        esc(&query_value(&p.title))
    );
    b
}

/// One cited claim as a list item: the quote, then who, when, how firmly, and a link.
fn cited(b: &mut String, e: &Cited, reason: Option<&str>) {
    let who = source_name(e.said_by.as_deref(), e.url.as_deref(), Some(&e.source));
    let _ = write!(
        b,
        "<li>{} <span class=\"cert\">{}</span><blockquote>{}</blockquote><span class=\"meta\">{} · {}",
        badge(Some(e.status)),
        e.certainty,
        esc(e.text.trim()),
        date_text(e.date),
        link(e.url.as_deref(), &who),
    );
    if let Some(p) = e.published {
        let _ = write!(b, " · published {p}");
    }
    b.push_str("</span>");
    if let Some(r) = reason {
        let _ = write!(b, "<br><span class=\"meta\">Why it does not stand: {}</span>", esc(r));
    }
    b.push_str("</li>\n");
}

/// Source links for a profile fact: `[1]`, `[2]`, each titled with its sentence.
fn sources(srcs: &[FactSource]) -> String {
    let mut out = String::new();
    for (i, s) in srcs.iter().enumerate().take(5) {
        let label = format!("[{}]", i + 1);
        match s.url.as_deref().and_then(safe_href) {
            Some(u) => {
                let _ = write!(
                    out,
                    "<sup><a href=\"{}\" title=\"{}\" rel=\"nofollow noopener\">{label}</a></sup>",
                    esc(u),
                    esc(s.text.trim())
                );
            }
            None => {
                let _ = write!(out, "<sup title=\"{}\">{label}</sup>", esc(s.text.trim()));
            }
        }
    }
    out
}

/// Whatever the profile knows beyond the status; empty fields are left out.
fn profile_facts(b: &mut String, p: &Profile) {
    let mut d = String::new();
    if let Some(bo) = &p.based_on {
        let mut parts: Vec<String> = Vec::new();
        if let Some(k) = &bo.kind {
            parts.push(esc(k));
        }
        if let Some(t) = &bo.title {
            parts.push(format!("<cite>{}</cite>", esc(t)));
        }
        if let Some(a) = &bo.author {
            parts.push(format!("by {}", esc(a)));
        }
        if let Some(y) = bo.year {
            parts.push(format!("({y})"));
        }
        if !parts.is_empty() {
            let _ = writeln!(
                d,
                "<dt>Based on</dt><dd>{}{}</dd>",
                parts.join(" "),
                sources(&bo.sources)
            );
        }
    }
    if !p.creators.is_empty() {
        let list: Vec<String> = p.creators.iter().map(|c| esc(c)).collect();
        let _ = writeln!(d, "<dt>Created by</dt><dd>{}</dd>", list.join(", "));
    }
    if !p.genres.is_empty() {
        let list: Vec<String> = p.genres.iter().map(|c| esc(c)).collect();
        let _ = writeln!(d, "<dt>Genre</dt><dd>{}</dd>", list.join(", "));
    }
    if let Some(pp) = &p.projected_premiere {
        let _ = writeln!(
            d,
            "<dt>Projected premiere</dt><dd>season {}: {} <span class=\"meta\">({})</span></dd>",
            pp.season,
            pp.date,
            esc(&pp.basis)
        );
    }
    if !p.comparisons.is_empty() {
        let list: Vec<String> = p.comparisons.iter().map(|c| esc(c)).collect();
        let _ = writeln!(d, "<dt>Compared with</dt><dd>{}</dd>", list.join(", "));
    }
    let mut s = String::new();
    if !d.is_empty() {
        let _ = write!(s, "<dl class=\"facts\">\n{d}</dl>\n");
    }
    if !p.cast.is_empty() {
        s.push_str("<h3>Cast</h3>\n<ul>\n");
        for c in &p.cast {
            let _ = write!(s, "<li>{}", esc(&c.actor));
            if let Some(ch) = &c.character {
                let _ = write!(s, " as {}", esc(ch));
            }
            let others: Vec<String> = c
                .variants
                .iter()
                .filter(|(v, _)| Some(v) != c.character.as_ref())
                .map(|(v, n)| format!("{} ×{n}", esc(v)))
                .collect();
            if !others.is_empty() {
                let _ = write!(s, " <span class=\"meta\">(also written {})</span>", others.join(", "));
            }
            let _ = writeln!(s, "{}</li>", sources(&c.sources));
        }
        s.push_str("</ul>\n");
    }
    if !p.people.is_empty() {
        s.push_str("<h3>People</h3>\n<ul>\n");
        for x in &p.people {
            let _ = writeln!(s, "<li>{}, {}{}</li>", esc(&x.name), esc(&x.role), sources(&x.sources));
        }
        s.push_str("</ul>\n");
    }
    if !p.seasons.is_empty() {
        s.push_str("<h3>Seasons</h3>\n<table>\n<thead><tr><th>Season</th><th>Filming</th><th>Premiere</th><th>Sources</th></tr></thead>\n<tbody>\n");
        for x in &p.seasons {
            let filming = match (x.filming_start, x.filming_end) {
                (None, None) => String::new(),
                (a, b) => format!(
                    "{} – {}",
                    a.map(|d| d.to_string()).unwrap_or_else(|| "?".into()),
                    b.map(|d| d.to_string()).unwrap_or_else(|| "?".into())
                ),
            };
            let _ = writeln!(
                s,
                "<tr><td>{}</td><td>{filming}</td><td>{}</td><td>{}</td></tr>",
                x.number,
                x.premiere.map(|d| d.to_string()).unwrap_or_default(),
                sources(&x.sources)
            );
        }
        s.push_str("</tbody>\n</table>\n");
    }
    if !p.signals.is_empty() {
        s.push_str("<h3>Signals</h3>\n<ul>\n");
        for x in &p.signals {
            let kind = x.kind.replace('_', " ");
            let _ = write!(s, "<li><strong>{}</strong>", esc(&kind));
            if let Some(h) = &x.hashtag {
                let _ = write!(s, " {}", esc(h));
            }
            if !x.detail.trim().is_empty() {
                let _ = write!(s, ": {}", esc(x.detail.trim()));
            }
            let _ = writeln!(s, "{}</li>", sources(&x.sources));
        }
        s.push_str("</ul>\n");
    }
    if !s.is_empty() {
        let _ = write!(b, "<section><h2>About the show</h2>\n{s}</section>\n");
    }
}

/// Axis ticks: years, else months, else the first and last days; never closer than
/// [`TICK_GAP`] pixels.
fn ticks(lo: Date, hi: Date, x: &dyn Fn(Date) -> f64) -> Vec<(f64, String)> {
    const TICK_GAP: f64 = 64.0;
    let thin = |all: Vec<(f64, String)>| {
        let mut out: Vec<(f64, String)> = Vec::new();
        for t in all {
            if out.last().is_none_or(|l| t.0 - l.0 >= TICK_GAP) {
                out.push(t);
            }
        }
        out
    };
    let years: Vec<(f64, String)> = (lo.year()..=hi.year())
        .filter_map(|y| Date::new(y, 1, 1).ok())
        .filter(|d| *d >= lo && *d <= hi)
        .map(|d| (x(d), d.year().to_string()))
        .collect();
    if years.len() >= 2 {
        return thin(years);
    }
    let mut months = Vec::new();
    let mut d = lo.first_of_month();
    while d <= hi {
        if d >= lo {
            months.push((x(d), format!("{:04}-{:02}", d.year(), d.month())));
        }
        match d.checked_add(jiff::Span::new().months(1)) {
            Ok(n) => d = n,
            Err(_) => break,
        }
    }
    if months.len() >= 2 {
        return thin(months);
    }
    thin(vec![(x(lo), lo.to_string()), (x(hi), hi.to_string())])
}

fn status_colour(s: Status) -> &'static str {
    match s {
        Status::Renewed => "#2e7d32",
        Status::Cancelled => "#c62828",
        Status::Ending => "#6a1b9a",
        Status::Undecided => "#a86b00",
        Status::Limited => "#1565c0",
        Status::Revived => "#00838f",
    }
}

const CERTAINTIES: [Certainty; 4] = [
    Certainty::Confirmed,
    Certainty::Reported,
    Certainty::Expected,
    Certainty::Hoped,
];

fn days_between(a: Date, b: Date) -> f64 {
    a.until(b).map(|s| s.get_days() as f64).unwrap_or(0.0)
}

/// An inline SVG chart: x is the claim's date, one row per certainty, one dot per claim
/// coloured by status, a dashed line at `as_of`. Undated claims are counted below it.
pub fn timeline_svg(rows: &[TimelineEntry], as_of: Date) -> String {
    const W: f64 = 760.0;
    const LEFT: f64 = 92.0;
    const RIGHT: f64 = 24.0;
    const TOP: f64 = 14.0;
    const ROW: f64 = 26.0;
    let dated: Vec<(&TimelineEntry, Date)> = rows.iter().filter_map(|r| r.date.map(|d| (r, d.start()))).collect();
    let undated = rows.len() - dated.len();
    let mut s = String::new();
    if dated.is_empty() {
        s.push_str("<p>No dated claims to chart.</p>\n");
    } else {
        let first = dated.iter().map(|x| x.1).min().expect("non-empty");
        let last = dated.iter().map(|x| x.1).max().expect("non-empty");
        let pad = if first == last {
            90
        } else {
            (days_between(first, last) / 20.0).clamp(10.0, 120.0) as i64
        };
        let lo = first.checked_sub(jiff::Span::new().days(pad)).unwrap_or(first);
        let hi = last.checked_add(jiff::Span::new().days(pad)).unwrap_or(last);
        let span = days_between(lo, hi).max(1.0);
        let plot_w = W - LEFT - RIGHT;
        let x = |d: Date| LEFT + plot_w * (days_between(lo, d) / span).clamp(0.0, 1.0);
        let bottom = TOP + ROW * CERTAINTIES.len() as f64;
        let h = bottom + 44.0;
        let _ = writeln!(
            s,
            "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {W} {h}\" width=\"{W}\" height=\"{h}\" role=\"img\" aria-label=\"Status claims over time\" font-family=\"system-ui,sans-serif\" font-size=\"11\">"
        );
        for (i, c) in CERTAINTIES.iter().enumerate() {
            let y = TOP + ROW * (i as f64 + 0.5);
            let _ = writeln!(
                s,
                "<line x1=\"{LEFT}\" x2=\"{:.1}\" y1=\"{y:.1}\" y2=\"{y:.1}\" stroke=\"#eee\"/><text x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"end\" fill=\"#555\">{c}</text>",
                W - RIGHT,
                LEFT - 8.0,
                y + 4.0
            );
        }
        let _ = writeln!(
            s,
            "<line x1=\"{LEFT}\" x2=\"{:.1}\" y1=\"{bottom:.1}\" y2=\"{bottom:.1}\" stroke=\"#999\"/>",
            W - RIGHT
        );
        let labels = ticks(lo, hi, &x);
        for (lx, text) in &labels {
            let _ = writeln!(
                s,
                "<line x1=\"{lx:.1}\" x2=\"{lx:.1}\" y1=\"{TOP:.1}\" y2=\"{:.1}\" stroke=\"#ddd\"/><text x=\"{lx:.1}\" y=\"{:.1}\" text-anchor=\"middle\" fill=\"#555\">{}</text>",
                bottom + 4.0,
                bottom + 18.0,
                esc(text)
            );
        }
        if as_of >= lo && as_of <= hi {
            let ax = x(as_of);
            let _ = writeln!(
                s,
                "<line x1=\"{ax:.1}\" x2=\"{ax:.1}\" y1=\"{:.1}\" y2=\"{bottom:.1}\" stroke=\"#16324f\" stroke-dasharray=\"4 3\"><title>as of {as_of}</title></line>",
                TOP - 6.0
            );
        }
        for (r, d) in &dated {
            let row = CERTAINTIES.iter().position(|c| *c == r.certainty).unwrap_or(0);
            let cy = TOP + ROW * (row as f64 + 0.5);
            let who = source_name(r.said_by.as_deref(), r.url.as_deref(), Some(&r.source));
            let tip = format!(
                "{}: {} ({}), {} — {}",
                date_text(r.date),
                r.status,
                r.certainty,
                who,
                clip(&r.text, 200)
            );
            let _ = writeln!(
                s,
                "<circle cx=\"{:.1}\" cy=\"{cy:.1}\" r=\"6\" fill=\"{}\" fill-opacity=\"0.85\" stroke=\"#fff\"><title>{}</title></circle>",
                x(*d),
                status_colour(r.status),
                esc(&tip)
            );
        }
        // Legend.
        let mut lx = LEFT;
        let ly = h - 6.0;
        for st in Status::ALL {
            let _ = write!(
                s,
                "<circle cx=\"{:.1}\" cy=\"{:.1}\" r=\"5\" fill=\"{}\"/><text x=\"{:.1}\" y=\"{ly:.1}\" fill=\"#333\">{st}</text>",
                lx,
                ly - 4.0,
                status_colour(st),
                lx + 8.0
            );
            lx += 92.0;
        }
        s.push_str("\n</svg>\n");
    }
    if undated > 0 {
        let _ = writeln!(
            s,
            "<p class=\"meta\">{undated} undated claim(s) are not charted; they count only for today.</p>"
        );
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn ticks_are_years_else_months_and_never_crowded() {
        let (lo, hi) = (date(2019, 11, 1), date(2023, 2, 1));
        let x = |d: Date| 100.0 + 600.0 * days_between(lo, d) / days_between(lo, hi);
        let t = ticks(lo, hi, &x);
        assert_eq!(
            t.iter().map(|t| t.1.as_str()).collect::<Vec<_>>(),
            ["2020", "2021", "2022", "2023"]
        );
        let (lo, hi) = (date(2022, 1, 1), date(2022, 11, 20));
        let x = |d: Date| 100.0 + 600.0 * days_between(lo, d) / days_between(lo, hi);
        let t = ticks(lo, hi, &x);
        assert!(t.len() >= 4 && t[0].1 == "2022-01", "{t:?}");
        assert!(t.windows(2).all(|w| w[1].0 - w[0].0 >= 64.0), "{t:?}");
    }

    #[test]
    fn sources_never_show_server_paths() {
        assert_eq!(source_name(None, None, Some("/srv/data/seeds/001.txt")), "001.txt");
        assert_eq!(
            source_name(None, Some("https://www.variety.com/2022/x"), None),
            "variety.com"
        );
        assert_eq!(source_name(Some("Deadline"), Some("https://x.com"), None), "Deadline");
        assert_eq!(source_name(None, Some("javascript:alert(1)"), None), "source");
    }

    #[test]
    fn no_dated_claims_means_no_chart() {
        assert!(timeline_svg(&[], date(2024, 1, 1)).contains("No dated claims"));
    }
}
