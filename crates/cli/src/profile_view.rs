//! `greenlight show`: a show's profile (filled in by the profile stage).

use anyhow::Result;
use greenlight_store::query;
use greenlight_store::Store;

pub fn show(store: &dyn Store, title: &str, as_of: jiff::civil::Date, today: jiff::civil::Date, json: bool) -> Result<i32> {
    let ans = query::status(store, title, as_of, today).map_err(|e| anyhow::anyhow!("{e}"))?;
    if json {
        println!("{}", serde_json::to_string(&ans)?);
    } else {
        println!("{}: {}", ans.title, ans.status);
    }
    Ok(0)
}
