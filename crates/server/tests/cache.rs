//! Answers follow writes made through another connection (another process), although the
//! server caches parsed claims.

use crate::util::*;
use greenlight_core::{Certainty, Status};
use greenlight_server::AppState;
use greenlight_store::suite::article;
use greenlight_store::{SqliteStore, Store};

#[tokio::test]
async fn status_follows_another_processs_writes() {
    let dir = std::env::temp_dir().join(format!("greenlight-cache-test-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let db = dir.join("g.db");
    let put = |key: &str, status: Status, date: &str| {
        let mut a = article(key, "Tin Crown");
        let c = &mut a.shows[0].claims[0];
        (c.status, c.certainty, c.date) = (status, Certainty::Confirmed, Some(date.parse().unwrap()));
        SqliteStore::open(&db).unwrap().put(&a).unwrap();
    };
    put("t1", Status::Renewed, "2023-04-05");
    let st = AppState::new(SqliteStore::open(&db).unwrap()).with_today(TODAY);
    let r = get(st.clone(), "/api/status?title=tin%20crown").await;
    assert_eq!(r.json()["status"], "renewed", "{}", r.body);
    assert_eq!(
        get(st.clone(), "/api/status?title=tin%20crown").await.body,
        r.body,
        "cached answer is the same"
    );

    put("t2", Status::Cancelled, "2023-09-01");
    let r = get(st.clone(), "/api/status?title=tin%20crown").await;
    assert_eq!(r.json()["status"], "cancelled", "{}", r.body);
    assert_eq!(r.json()["since"], "2023-09-01");
    // A show that appears later is found too.
    get(st.clone(), "/api/status?title=glass%20harbor").await;
    SqliteStore::open(&db)
        .unwrap()
        .put(&article("g1", "Glass Harbor"))
        .unwrap();
    assert_eq!(
        get(st, "/api/status?title=glass%20harbor").await.json()["status"],
        "renewed"
    );
    let _ = std::fs::remove_dir_all(&dir);
}
