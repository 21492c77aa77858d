use std::io::BufRead;
fn main() {
    let rules = greenlight_extract::rules::RuleSet::builtin();
    for l in std::io::stdin().lock().lines() {
        let v: serde_json::Value = serde_json::from_str(&l.unwrap()).unwrap();
        let t = v["text"].as_str().unwrap_or("");
        let a = greenlight_core::Article {
            text: t.to_string(),
            source: "x".into(),
            ..Default::default()
        };
        let out = greenlight_extract::extract_with(&rules, &a, &[]);
        for s in &out.shows {
            println!("{} {:?}", s.title, s.status);
            for c in &s.claims {
                println!("   {:?} {}", c.status, c.rule);
            }
        }
    }
}
