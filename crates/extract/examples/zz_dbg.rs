fn main() {
    let t = "Intro line.\n\nEverything I Know About Love has not been renewed yet.";
    let p = t.find(" has not").unwrap();
    let f = t.find("Everything").unwrap();
    println!(
        "{:?}",
        greenlight_extract::mentions::backward_span(t, f, p).map(|r| &t[r])
    );
    println!(
        "{}",
        greenlight_extract::mentions::plausible_title("Everything I Know About Love")
    );
}
