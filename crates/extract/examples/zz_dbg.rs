fn main() {
    let t = "Intro.\n\nWhile Community sadly got the ax from NBC this past week, the network renewed other veteran series.";
    let f = t.find("While").unwrap();
    let p = t.find(" got the ax").unwrap();
    println!(
        "{:?}",
        greenlight_extract::mentions::backward_span(t, f, p).map(|r| &t[r])
    );
    println!(
        "{:?}",
        greenlight_extract::mentions::cue_titles(t, f..t.len())
            .iter()
            .map(|(r, c)| (&t[r.clone()], format!("{c:?}")))
            .collect::<Vec<_>>()
    );
}
