//! A story read from an HTML page, with the chrome news sites wrap around it, gives the
//! same shows and statuses as the same story read as plain text.

use greenlight_extract::Extractor;
use greenlight_ingest::{read_html, read_text, ReadOptions};
use std::path::{Path, PathBuf};

fn esc(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// Wraps a plain-text article (` date ...` token, title line, paragraphs) in a page.
fn as_page(text: &str) -> String {
    let a = read_text(text, "t", &ReadOptions::default()).unwrap();
    let title = a.title.clone().unwrap_or_default();
    let mut paras = a
        .text
        .split("\n\n")
        .map(str::trim)
        .filter(|p| !p.is_empty());
    if paras.clone().next() == Some(title.as_str()) {
        paras.next();
    }
    let body: String = paras
        .map(|p| format!("<p>{}</p>\n", esc(p).replace('\n', "<br>\n")))
        .collect();
    let date = a
        .published
        .map(|d| format!("<meta property=\"article:published_time\" content=\"{d}\">"))
        .unwrap_or_default();
    format!(
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>{t} | The Daily Reel</title>{date}\
         <meta property=\"og:title\" content=\"{t}\"><meta property=\"og:site_name\" content=\"The Daily Reel\"></head><body>\
         <header><nav><a href=\"/\">Home</a> <a href=\"/tv\">TV</a> <a href=\"/film\">Film</a> <a href=\"/awards\">Awards</a></nav></header>\
         <main><article><h1>{t}</h1><div class=\"byline\">By Staff Writer</div>\n{body}\
         <div class=\"newsletter-signup\"><p>Sign up for our TV newsletter to get every renewal and cancellation first.</p></div>\
         </article><aside class=\"related-stories\"><h3>You May Also Like</h3><ul>\
         <li><a href=\"/a\">Ten shows that were cancelled too soon</a></li><li><a href=\"/b\">Every renewal so far this year</a></li></ul></aside>\
         </main><footer><p>Copyright The Daily Reel. All rights reserved.</p></footer></body></html>",
        t = esc(&title)
    )
}

type Verdicts = Vec<(String, Option<String>, Option<u16>)>;

fn verdicts(ex: &mut Extractor, a: &greenlight_core::Article) -> Verdicts {
    let x = ex.extract(a);
    let mut v: Verdicts = x
        .shows
        .iter()
        .filter(|s| s.status.is_some())
        .map(|s| (s.title.clone(), s.status.map(|s| s.to_string()), s.season))
        .collect();
    v.sort();
    v
}

fn articles_in(dir: &Path) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|rd| {
            rd.filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|e| e == "txt"))
                .collect()
        })
        .unwrap_or_default();
    v.sort();
    v
}

#[test]
fn html_versions_of_the_examples_and_seeds_reach_the_same_claims() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let mut files = articles_in(&root.join("examples/articles"));
    // The shared seeds sit beside the repository when they are there.
    files.extend(articles_in(&root.join("../shared/seeds")));
    assert!(files.len() >= 4, "{files:?}");
    let mut ex = Extractor::new();
    let (mut checked, mut with_status) = (0, 0);
    for f in files {
        let text = std::fs::read_to_string(&f).unwrap();
        let plain = read_text(&text, "t", &ReadOptions::default()).unwrap();
        let want = verdicts(&mut ex, &plain);
        let page = as_page(&text);
        let html = read_html(page.as_bytes(), None, "h", &ReadOptions::default()).unwrap();
        assert_eq!(html.published, plain.published, "{}", f.display());
        let got = verdicts(&mut ex, &html);
        assert_eq!(
            got,
            want,
            "{}\n--- text read from the page:\n{}",
            f.display(),
            html.text
        );
        checked += 1;
        with_status += usize::from(!want.is_empty());
    }
    assert!(
        checked >= 4 && with_status >= 4,
        "{checked} articles, {with_status} with a status"
    );
}
