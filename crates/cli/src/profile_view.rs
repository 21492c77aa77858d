//! `greenlight show`: a show's merged profile, as JSON or as a compact card.

use anyhow::Result;
use greenlight_store::query::{self, Profile};
use greenlight_store::Store;

pub fn show(
    store: &dyn Store,
    title: &str,
    as_of: jiff::civil::Date,
    today: jiff::civil::Date,
    json: bool,
) -> Result<i32> {
    let p = query::profile(store, title, as_of, today).map_err(|e| anyhow::anyhow!("{e}"))?;
    if json {
        println!("{}", serde_json::to_string(&p)?);
    } else {
        print!("{}", card(&p));
    }
    Ok(0)
}

fn card(p: &Profile) -> String {
    let mut out = String::new();
    let mut line = |s: String| {
        out.push_str(&s);
        out.push('\n');
    };
    let status = p
        .status
        .map(|s| s.to_string().to_uppercase())
        .unwrap_or_else(|| "NO STATUS YET".into());
    let season = p
        .season
        .map(|s| format!(" (season {s})"))
        .unwrap_or_default();
    let since = p.since.map(|s| format!(" since {s}")).unwrap_or_default();
    line(format!("{} — {}{}{}", p.title, status, season, since));
    if let Some(n) = &p.network {
        line(format!("  on {n}"));
    }
    if !p.genres.is_empty() {
        line(format!("  {}", p.genres.join(", ")));
    }
    if !p.creators.is_empty() {
        line(format!("  created by {}", p.creators.join(" and ")));
    }
    if let Some(b) = &p.based_on {
        let mut s = String::from("  based on");
        if let Some(a) = &b.author {
            s.push_str(&format!(" {a}'s"));
        }
        if let Some(y) = b.year {
            s.push_str(&format!(" {y}"));
        }
        s.push_str(&format!(" {}", b.kind.as_deref().unwrap_or("source")));
        if let Some(t) = &b.title {
            s.push_str(&format!(" \"{t}\""));
        }
        line(s);
    }
    if !p.cast.is_empty() {
        line("  cast:".into());
        for c in &p.cast {
            let ch = c.character.as_deref().unwrap_or("?");
            let also: Vec<String> = c
                .variants
                .iter()
                .filter(|(v, _)| Some(v.as_str()) != c.character.as_deref())
                .map(|(v, n)| format!("\"{v}\" in {n}"))
                .collect();
            let also = if also.is_empty() {
                String::new()
            } else {
                format!("  (also written {})", also.join(", "))
            };
            line(format!("    {} as {}{}", c.actor, ch, also));
        }
    }
    for person in &p.people {
        line(format!("  {} — {}", person.name, person.role));
    }
    for s in &p.seasons {
        let film = match (s.filming_start, s.filming_end) {
            (Some(a), Some(b)) => format!("filmed {a} to {b}"),
            (Some(a), None) => format!("filming from {a}"),
            (None, Some(b)) => format!("wrapped {b}"),
            _ => String::new(),
        };
        let prem = s
            .premiere
            .map(|d| format!(" premiered {d}"))
            .unwrap_or_default();
        line(format!("  season {}: {film}{prem}", s.number));
    }
    if let Some(pp) = &p.projected_premiere {
        line(format!(
            "  next: season {} around {} ({})",
            pp.season, pp.date, pp.basis
        ));
    }
    for s in &p.signals {
        let tag = s
            .hashtag
            .as_deref()
            .map(|h| format!(" {h}"))
            .unwrap_or_default();
        let detail = if s.detail.is_empty() {
            String::new()
        } else {
            format!(" — {}", s.detail)
        };
        line(format!(
            "  signal: {}{tag}{detail} ({} source(s))",
            s.kind,
            s.sources.len()
        ));
    }
    if !p.comparisons.is_empty() {
        line(format!("  compared to {}", p.comparisons.join(", ")));
    }
    for e in p.evidence.iter().take(3) {
        line(format!(
            "  \"{}\" — {}",
            e.text.trim(),
            e.said_by
                .as_deref()
                .unwrap_or(e.url.as_deref().unwrap_or(&e.source))
        ));
    }
    out
}
