fn main() {
    let t = "Word is out that Netflix has cancelled Everything Now after one season.";
    let p = t.find("cancelled").unwrap() + 9;
    println!(
        "{:?}",
        greenlight_extract::mentions::forward_span(t, p, t.len()).map(|r| &t[r])
    );
    println!(
        "{}",
        greenlight_extract::mentions::plausible_title("Everything Now")
    );
}
