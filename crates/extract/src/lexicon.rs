//! Word lists: networks, outlets, words that end a title, season numbers.

/// Networks and streamers, longest first where one is a prefix of another.
pub const NETWORKS: &[&str] = &[
    "Amazon Prime Video", "Prime Video", "Pop TV", "Amazon Freevee", "Freevee", "Amazon", "HBO Max", "HBO", "Max",
    "Apple TV+", "Apple TV Plus", "Apple TV", "Netflix", "Hulu", "Peacock", "Paramount+", "Paramount Plus",
    "Paramount Network", "Disney+", "Disney Plus", "Disney Channel", "Disney XD", "ABC", "CBS", "NBC", "Fox", "FOX",
    "The CW", "CW", "AMC+", "AMC", "FXX", "FX", "Showtime", "Starz", "BBC One", "BBC Two", "BBC Three", "BBC iPlayer",
    "BBC America", "BBC", "ITVX", "ITV", "Channel 4", "Channel Four", "Channel 5", "Channel Five", "Sky Atlantic", "Sky One", "Sky", "USA Network",
    "TNT", "TBS", "Syfy", "SyFy", "Freeform", "Bravo", "Lifetime", "Hallmark Channel", "Hallmark", "History Channel",
    "Adult Swim", "Comedy Central", "MTV", "Nickelodeon", "Cartoon Network", "Crunchyroll", "BritBox", "Acorn TV",
    "Shudder", "Epix", "MGM+", "BET+", "BET", "OWN", "Tubi", "The Roku Channel", "Roku", "Quibi", "YouTube Premium",
    "YouTube", "Stan", "Crave", "CBC", "Global", "Citytv", "Facebook Watch", "IFC", "Sundance TV", "SundanceTV",
    "Spectrum Originals", "Audience Network", "Pop TV", "Oxygen", "A&E", "TLC", "HGTV", "Food Network", "Discovery+",
    "Discovery", "National Geographic", "Nat Geo", "Telemundo", "Univision", "PBS", "UKTV", "Dave", "Alibi", "E4",
    "RTE", "ZDF", "Canal+",
];

/// News outlets that report decisions.
pub const OUTLETS: &[&str] = &[
    "The Hollywood Reporter", "Hollywood Reporter", "THR", "Variety", "Deadline Hollywood", "Deadline", "TVLine",
    "TV Line", "Entertainment Weekly", "EW", "Vulture", "IndieWire", "Indiewire", "Collider", "TODAY", "Today",
    "People", "Vanity Fair", "Rolling Stone", "Screen Rant", "ScreenRant", "TV Guide", "TheWrap", "The Wrap",
    "Decider", "Bloomberg", "The New York Times", "New York Times", "Los Angeles Times", "LA Times", "Radio Times",
    "Digital Spy", "Den of Geek", "Bustle", "E! News", "E! Online", "Us Weekly", "Entertainment Tonight", "ET",
    "Page Six", "The Ankler", "Puck", "Business Insider", "Insider", "Newsweek", "Forbes", "The Guardian",
    "BBC News", "Cinemablend", "CinemaBlend", "Gizmodo", "io9", "IGN", "Polygon", "The AV Club", "AV Club",
    "Showbiz411", "TVInsider", "TV Insider", "The Cut", "Elle", "Glamour", "Cosmopolitan", "Esquire", "GQ",
    "Slate", "Salon", "Time", "USA Today", "The Times", "The Independent", "Metro", "Daily Mail", "The Sun",
    "Mirror", "Express", "Tudum", "Good Morning America", "GMA", "The Tonight Show", "Jimmy Kimmel Live",
    "The Late Show", "SiriusXM", "Instagram", "Twitter", "X", "TikTok", "Threads", "Facebook",
];

/// Capitalised words that end a title span (auxiliaries, status verbs, question words).
pub const TITLE_STOPS: &[&str] = &[
    "Is", "Are", "Was", "Were", "Has", "Have", "Had", "Will", "Would", "Could", "Should", "Can", "May", "Might",
    "Gets", "Get", "Got", "Getting", "Renewed", "Renews", "Renewal", "Renewing", "Cancelled", "Canceled",
    "Cancels", "Cancellation", "Ends", "Ending", "Ended", "Axed", "Axes", "Season", "Seasons", "Why", "How", "What",
    "When", "Where", "Who", "Likely", "Officially", "Confirmed", "Confirms", "Announces", "Announced", "Picked",
    "Picks", "Revived", "Revives", "Returns", "Returning", "Return", "Won't", "Isn't", "Doesn't", "Didn't",
    "Wasn't", "Hasn't", "Set", "Lands", "Scores", "Earns", "Nabs", "Officially", "Headed", "Heading", "Final",
    "Renew", "Cancel", "Axe", "Scrapped", "Ordered", "Orders", "Greenlit", "Greenlights", "Concludes", "Wraps",
    "Saved", "Rescued", "Reportedly", "Report", "Reports", "Reveals", "Revealed", "Says", "Said", "Explains",
    "Teases", "Creator", "Showrunner", "Cast", "Plot", "Release", "Date", "Trailer", "News",
    "Update", "Updates", "Everything", "Know", "We", "You", "Our", "Your", "Its", "It", "Their", "They", "This",
    "That", "These", "Those", "Not", "No", "Yes", "As", "Premiere", "Premieres", "Sets", "Moves", "Shifts",
    "After", "Before", "Following", "Despite", "Amid", "Over", "Ahead", "Exclusive", "Watch", "Photos", "Video",
    "Review", "Recap", "Explained", "Details", "Fans", "Viewers", "Netflix's", "Episode", "Episodes", "Finale",
];

/// Common words that open a sentence with a capital but do not start a title.
pub const SENTENCE_OPENERS: &[&str] = &[
    "Sadly", "Unfortunately", "However", "Now", "Meanwhile", "Also", "Finally", "Yes", "So", "But", "And", "Or",
    "Today", "Officially", "Fans", "Luckily", "Thankfully", "Surprisingly", "Indeed", "Still", "Plus", "Then",
    "Earlier", "Later", "Last", "Next", "Recently", "Previously", "Ultimately", "Eventually", "Instead", "Alas",
    "Well", "Oh", "Good", "Bad", "Great", "Big", "In", "On", "At", "For", "With", "From", "By", "Since", "While",
    "Although", "Though", "Because", "If", "Unless", "Until", "During", "Like", "Unlike", "Even", "Just",
    "Only", "Both", "Either", "Neither", "Every", "Each", "All", "Some", "Many", "Most", "Few", "Several",
    "Another", "Other", "Such", "According", "Per", "Here", "There", "Currently", "Initially", "Originally",
    "Apparently", "Reportedly", "Notably", "Interestingly", "Fortunately", "Naturally", "Obviously", "Clearly",
    "Hopefully", "Perhaps", "Maybe", "Of", "To", "A", "An", "Spoilers", "Spoiler", "Warning", "Update",
    "Editor's", "Photo", "Image", "Source", "Credit", "The", "This", "That", "These", "Those", "We're", "I'm",
    "It's", "They're", "She's", "He's", "You're", "We've", "I've", "I", "We", "She", "He", "They", "You", "Our",
    "My", "His", "Her", "Their", "Its", "More", "Less", "Fewer", "Network", "Networks", "Essentially", "Basically", "Officially", "Courtesy",
    "Saved", "Renewed", "Cancelled", "Canceled", "Additionally", "Furthermore", "Lastly", "Moreover", "Similarly",
    "Likewise", "Overall", "Meanwhile", "Elsewhere", "Besides", "Regardless", "Nevertheless", "Nonetheless", "Ending", "Undecided", "Limited", "Revived", "Verdict", "Status",
    "Any", "Anyone", "Anything", "Everyone", "Everything", "Nobody", "Nothing", "Somebody", "Someone", "Something",
    "Based", "Created", "Developed", "Written", "Directed", "Produced", "Inspired", "Adapted", "Starring", "Featuring",
];

/// Lower-case words allowed inside a title ("Emily in Paris", "Law & Order").
pub const TITLE_CONNECTORS: &[&str] = &[
    "of", "the", "and", "in", "on", "a", "an", "at", "for", "to", "&", "vs", "vs.", "with", "from", "de", "la", "le",
    "or", "del", "da", "du", "von", "van", "y", "el", "by", "is", "it", "my", "me", "we", "do", "not", "are", "our",
    "be", "i", "you",
];

/// Words after a title that mark it as something other than a series.
pub const NON_SERIES_AFTER: &[&str] = &[
    "movie", "movies", "film", "films", "feature", "novel", "novels", "book", "books", "documentary", "podcast",
    "game", "games", "video", "album", "musical", "play", "comic", "comics", "sequel", "prequel", "remake",
    "trilogy", "franchise", "tour", "soundtrack", "song", "single", "reboot movie", "star", "stars", "actor",
    "actress", "alum", "alums", "alumna", "alumnus", "veteran", "creator", "showrunner", "director", "writer",
    "producer", "author", "universe", "shows", "titles", "franchises", "spinoffs", "characters", "fans",
];

/// Words before a title that mark it as something other than a series.
pub const NON_SERIES_BEFORE: &[&str] = &[
    "film", "movie", "novel", "book", "documentary", "podcast", "game", "album", "musical", "play", "comic",
    "director of", "author of", "star of", "films like", "movies like", "films such as", "prequel to", "sequel to",
    "spinoff of", "spin-off of", "reboot of", "remake of", "prequel", "podcast", "spotify", "creator of",
    "creators of", "maker of", "makers of", "showrunner of", "producer of", "producers of", "writer of", "co-creator of",
];

/// Parses "2", "two", "second", "2nd" into a number.
pub fn number_word(w: &str) -> Option<u16> {
    let l = w.trim_matches(|c: char| !c.is_alphanumeric()).to_ascii_lowercase();
    if let Ok(n) = l.parse::<u16>() {
        return (1..=60).contains(&n).then_some(n);
    }
    let digits: String = l.chars().take_while(|c| c.is_ascii_digit()).collect();
    if !digits.is_empty() && matches!(&l[digits.len()..], "st" | "nd" | "rd" | "th") {
        return digits.parse().ok();
    }
    const CARD: [&str; 20] = [
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty",
    ];
    const ORD: [&str; 20] = [
        "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
        "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth",
        "twentieth",
    ];
    if l == "a" || l == "an" || l == "single" || l == "sole" || l == "lone" {
        return Some(1);
    }
    CARD.iter().position(|c| *c == l).or_else(|| ORD.iter().position(|c| *c == l)).map(|i| i as u16 + 1)
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn reads_season_numbers_in_every_form() {
        for (w, n) in [("2", 2), ("two", 2), ("second", 2), ("2nd", 2), ("Third", 3), ("11th", 11), ("one", 1)] {
            assert_eq!(number_word(w), Some(n), "{w}");
        }
        assert_eq!(number_word("many"), None);
        assert_eq!(number_word("2023"), None);
    }
}
