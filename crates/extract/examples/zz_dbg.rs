fn main() {
    for t in ["PUSHING DAISIES", "Pushing Daisies", "ELI STONE"] {
        println!(
            "{t}: plausible={} clean={:?}",
            greenlight_extract::mentions::plausible_title(t),
            greenlight_extract::mentions::clean_title(t, false)
        );
    }
}
