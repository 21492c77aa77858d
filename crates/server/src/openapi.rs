//! The OpenAPI 3.1 document, written by hand.

use crate::escape::json_response;
use axum::http::StatusCode;
use axum::response::Response;
use serde_json::{json, Value};

/// `GET /api/openapi.json`.
pub async fn document() -> Response {
    json_response(StatusCode::OK, &spec())
}

fn query(name: &str, description: &str, schema: Value, required: bool) -> Value {
    json!({"name": name, "in": "query", "required": required, "description": description, "schema": schema})
}

fn date_param(name: &str, description: &str) -> Value {
    query(
        name,
        description,
        json!({"type": "string", "format": "date", "example": "2022-11-30"}),
        false,
    )
}

fn slug_param() -> Value {
    json!({"name": "slug", "in": "path", "required": true,
           "description": "The show's slug: its title lowercased, punctuation and a leading \"The\" dropped, words joined by '-'.",
           "schema": {"type": "string", "example": "partner-track"}})
}

fn ok(description: &str, schema: Value) -> Value {
    json!({"description": description, "content": {"application/json": {"schema": schema}}})
}

fn err(description: &str) -> Value {
    json!({"description": description, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}})
}

fn schema(name: &str) -> Value {
    json!({"$ref": format!("#/components/schemas/{name}")})
}

/// The document.
pub fn spec() -> Value {
    let mut doc = base();
    let (paths, schemas) = (watch_paths(), watch_schemas());
    for (k, v) in paths.as_object().expect("an object") {
        doc["paths"][k] = v.clone();
    }
    for (k, v) in schemas.as_object().expect("an object") {
        doc["components"]["schemas"][k] = v.clone();
    }
    doc
}

fn base() -> Value {
    let as_of = date_param("as_of", "Answer as of this day (YYYY-MM-DD); default today.");
    let status_enum = json!(["renewed", "cancelled", "ending", "undecided", "limited", "revived"]);
    let partial_date =
        json!({"type": ["string", "null"], "description": "YYYY, YYYY-MM or YYYY-MM-DD", "example": "2022-11"});
    json!({
        "openapi": "3.1.0",
        "info": {
            "title": "greenlight",
            "version": env!("CARGO_PKG_VERSION"),
            "description": "TV renewal status read from entertainment news: what is this show's status, who said so, and since when. Every answer is computed from stored claims, each traceable to the sentence it was read from. Errors are JSON: {\"error\": {\"code\", \"message\"}}."
        },
        "paths": {
            "/api/status": {"get": {
                "operationId": "status",
                "summary": "A show's resolved status as of a date (the same JSON as `greenlight status --json`).",
                "parameters": [
                    query("title", "The show's title, matched forgivingly (case, punctuation, a leading \"The\").", json!({"type": "string"}), true),
                    as_of.clone()
                ],
                "responses": {
                    "200": ok("The status.", schema("StatusAnswer")),
                    "400": err("Missing title (missing_parameter) or bad date (bad_date)."),
                    "404": err("Unknown title (unknown_title, with suggestions) or no status known as of the date (no_status_yet).")
                }
            }},
            "/api/shows": {"get": {
                "operationId": "scorecard",
                "summary": "Every tracked show's status: the scorecard, newest change first.",
                "parameters": [
                    query("status", "Only shows with this status.", json!({"type": "string", "enum": status_enum}), false),
                    query("network", "Only shows on this network (matched forgivingly).", json!({"type": "string"}), false),
                    as_of.clone(),
                    date_param("changed_since", "Only shows whose standing status began on or after this day (a month-precise `since` counts if any day of it does).")
                ],
                "responses": {
                    "200": ok("Scorecard rows.", json!({"type": "array", "items": schema("ScoreRow")})),
                    "400": err("Bad status (bad_status) or bad date (bad_date).")
                }
            }},
            "/api/shows/{slug}": {"get": {
                "operationId": "profile",
                "summary": "Everything known about a show, merged across articles (the same JSON as `greenlight show --json`).",
                "parameters": [slug_param(), as_of.clone()],
                "responses": {
                    "200": ok("The profile.", schema("Profile")),
                    "400": err("Bad date (bad_date)."),
                    "404": err("Unknown show (unknown_show).")
                }
            }},
            "/api/shows/{slug}/timeline": {"get": {
                "operationId": "timeline",
                "summary": "Every stored status claim about a show, oldest first.",
                "parameters": [slug_param()],
                "responses": {
                    "200": ok("Timeline rows.", json!({"type": "array", "items": schema("TimelineEntry")})),
                    "404": err("Unknown show (unknown_show).")
                }
            }},
            "/api/search": {"get": {
                "operationId": "search",
                "summary": "Shows whose title contains the query (exact match first), then the closest other titles.",
                "parameters": [query("q", "Words of a title.", json!({"type": "string"}), true)],
                "responses": {
                    "200": ok("Matches.", json!({"type": "array", "items": schema("SearchHit")})),
                    "400": err("Missing q (missing_parameter).")
                }
            }},
            "/api/contradictions": {"get": {
                "operationId": "contradictions",
                "summary": "Every show whose standing status some claims disagree with, with the reason each does not stand.",
                "parameters": [as_of.clone()],
                "responses": {
                    "200": ok("Contradicted shows.", json!({"type": "array", "items": schema("Contradicted")})),
                    "400": err("Bad date (bad_date).")
                }
            }},
            "/api/articles": {"post": {
                "operationId": "postArticle",
                "summary": "Extract one article and store it with its claims (idempotent by URL, else by text). Enabled only when the server was started with GREENLIGHT_TOKEN.",
                "security": [{"bearer": []}],
                "requestBody": {"required": true, "content": {"application/json": {"schema": schema("ArticleIn")}}},
                "responses": {
                    "201": ok("Stored.", schema("Posted")),
                    "200": ok("Already stored (stored: false).", schema("Posted")),
                    "400": err("Malformed article (bad_article)."),
                    "401": err("Missing or wrong bearer token (unauthorized)."),
                    "403": err("The server is read-only (read_only)."),
                    "413": err("Body over 2 MiB (too_large).")
                }
            }},
            "/api/openapi.json": {"get": {
                "operationId": "openapi",
                "summary": "This document.",
                "responses": {"200": {"description": "OpenAPI 3.1 document.", "content": {"application/json": {}}}}
            }},
            "/feed.atom": {"get": {
                "operationId": "feed",
                "summary": "Atom feed of status changes: one entry each time a show's resolved status changes, newest first.",
                "parameters": [
                    query("network", "Only changes on this network.", json!({"type": "string"}), false),
                    query("show", "Only this show (a slug).", json!({"type": "string"}), false)
                ],
                "responses": {
                    "200": {"description": "Atom 1.0 feed.", "content": {"application/atom+xml": {}}},
                    "404": err("Unknown show (unknown_show).")
                }
            }},
            "/": {"get": {
                "operationId": "scorecardPage",
                "summary": "The scorecard page (HTML).",
                "parameters": [
                    query("status", "Only shows with this status.", json!({"type": "string", "enum": status_enum}), false),
                    query("network", "Only shows on this network.", json!({"type": "string"}), false),
                    query("sort", "Row order.", json!({"type": "string", "enum": ["since", "title", "status"], "default": "since"}), false),
                    as_of.clone()
                ],
                "responses": {"200": {"description": "HTML page.", "content": {"text/html": {}}}, "400": {"description": "Bad parameter (HTML page)."}}
            }},
            "/search": {"get": {
                "operationId": "searchPage",
                "summary": "Search results page (HTML).",
                "parameters": [query("q", "Words of a title.", json!({"type": "string"}), false)],
                "responses": {"200": {"description": "HTML page.", "content": {"text/html": {}}}}
            }},
            "/shows/{slug}": {"get": {
                "operationId": "showPage",
                "summary": "A show's page (HTML): status, timeline chart, evidence, contradictions, profile.",
                "parameters": [slug_param(), as_of],
                "responses": {"200": {"description": "HTML page.", "content": {"text/html": {}}}, "404": {"description": "Unknown show (HTML page)."}}
            }}
        },
        "components": {
            "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"}},
            "schemas": {
                "Error": {"type": "object", "required": ["error"], "properties": {"error": {
                    "type": "object", "required": ["code", "message"],
                    "properties": {
                        "code": {"type": "string", "enum": ["missing_parameter", "bad_date", "bad_status", "bad_sort", "bad_query", "unknown_title", "unknown_show", "no_status_yet", "not_found", "method_not_allowed", "read_only", "unauthorized", "bad_article", "unknown_watch", "bad_watch", "too_large", "timeout", "internal"]},
                        "message": {"type": "string"},
                        "suggestions": {"type": "array", "items": {"type": "string"}, "description": "Closest known titles (unknown_title only)."}
                    }}}},
                "Status": {"type": "string", "enum": status_enum},
                "Certainty": {"type": "string", "enum": ["confirmed", "reported", "expected", "hoped"]},
                "PartialDate": partial_date,
                "Cited": {"type": "object", "properties": {
                    "url": {"type": ["string", "null"]}, "published": schema("PartialDate"), "source": {"type": "string"},
                    "date": schema("PartialDate"), "status": schema("Status"), "certainty": schema("Certainty"),
                    "said_by": {"type": ["string", "null"]}, "text": {"type": "string", "description": "The evidence sentence."},
                    "rule": {"type": "string"}}},
                "Contradiction": {"type": "object", "properties": {"claim": schema("Cited"), "reason": {"type": "string"}}},
                "StatusAnswer": {"type": "object", "required": ["title", "status", "as_of", "evidence"], "properties": {
                    "title": {"type": "string"}, "network": {"type": ["string", "null"]}, "status": schema("Status"),
                    "season": {"type": ["integer", "null"]}, "since": schema("PartialDate"),
                    "as_of": {"type": "string", "format": "date"}, "certainty": schema("Certainty"),
                    "evidence": {"type": "array", "items": schema("Cited")},
                    "contradictions": {"type": "array", "items": schema("Contradiction")}}},
                "ScoreRow": {"type": "object", "properties": {
                    "title": {"type": "string"}, "slug": {"type": "string"}, "status": schema("Status"),
                    "season": {"type": ["integer", "null"]}, "network": {"type": ["string", "null"]},
                    "since": schema("PartialDate"), "certainty": schema("Certainty"), "said_by": {"type": ["string", "null"]},
                    "url": {"type": ["string", "null"]}, "evidence": {"type": "string"}, "contradictions": {"type": "integer"}}},
                "TimelineEntry": {"type": "object", "properties": {
                    "date": schema("PartialDate"), "date_basis": {"type": "string", "enum": ["text", "published", "unknown"]},
                    "status": schema("Status"), "season": {"type": ["integer", "null"]}, "network": {"type": ["string", "null"]},
                    "certainty": schema("Certainty"), "said_by": {"type": ["string", "null"]}, "url": {"type": ["string", "null"]},
                    "published": schema("PartialDate"), "source": {"type": "string"}, "text": {"type": "string"}, "rule": {"type": "string"}}},
                "Profile": {"type": "object", "description": "Merged profile; fields may be empty while facts are not yet merged.", "properties": {
                    "title": {"type": "string"}, "slug": {"type": "string"}, "network": {"type": ["string", "null"]},
                    "status": {"oneOf": [schema("Status"), {"type": "null"}]}, "season": {"type": ["integer", "null"]},
                    "since": schema("PartialDate"), "as_of": {"type": "string", "format": "date"},
                    "based_on": {"type": ["object", "null"]}, "creators": {"type": "array", "items": {"type": "string"}},
                    "cast": {"type": "array", "items": {"type": "object"}}, "people": {"type": "array", "items": {"type": "object"}},
                    "genres": {"type": "array", "items": {"type": "string"}}, "seasons": {"type": "array", "items": {"type": "object"}},
                    "projected_premiere": {"type": ["object", "null"]}, "signals": {"type": "array", "items": {"type": "object"}},
                    "comparisons": {"type": "array", "items": {"type": "string"}},
                    "evidence": {"type": "array", "items": schema("Cited")},
                    "contradictions": {"type": "array", "items": schema("Contradiction")}}},
                "SearchHit": {"type": "object", "properties": {
                    "title": {"type": "string"}, "slug": {"type": "string"}, "claims": {"type": "integer"},
                    "matched": {"type": "string", "enum": ["title", "suggestion"]}}},
                "Contradicted": {"type": "object", "properties": {
                    "title": {"type": "string"}, "slug": {"type": "string"}, "status": schema("Status"),
                    "since": schema("PartialDate"), "contradictions": {"type": "array", "items": schema("Contradiction")}}},
                "ArticleIn": {"type": "object", "properties": {
                    "url": {"type": ["string", "null"]}, "title": {"type": ["string", "null"]},
                    "published": {"type": ["string", "null"], "description": "YYYY-MM-DD or YYYY-MM"},
                    "text": {"type": "string"}, "html": {"type": "string"}},
                    "description": "One article; give `text` or `html`."},
                "Posted": {"type": "object", "properties": {
                    "stored": {"type": "boolean", "description": "false when the article was already stored, or is a near-duplicate copy of a stored one"},
                    "copy_of": {"type": ["string", "null"], "description": "the key of the stored article this one is a near-duplicate copy of (kept linked to it, without claims of its own)"},
                    "key": {"type": "string"}, "claims": {"type": "integer"},
                    "shows": {"type": "array", "items": {"type": "object", "properties": {
                        "title": {"type": "string"}, "slug": {"type": "string"}, "network": {"type": ["string", "null"]},
                        "status": {"oneOf": [schema("Status"), {"type": "null"}]}, "season": {"type": ["integer", "null"]},
                        "claims": {"type": "integer"}}}}}}
            }
        }
    })
}

/// `/api/watches` and `/api/watches/{id}`.
fn watch_paths() -> Value {
    let watch_id = json!({"name": "id", "in": "path", "required": true, "description": "The watch's id.",
                          "schema": {"type": "integer", "minimum": 1}});
    json!({
            "/api/watches": {
                "get": {
                    "operationId": "listWatches",
                    "summary": "The watchlist, oldest first. A webhook URL is shown in full only to a client bearing the write token; others see its origin.",
                    "responses": {"200": ok("Watches.", json!({"type": "array", "items": schema("Watch")}))}
                },
                "post": {
                    "operationId": "addWatch",
                    "summary": "Watch a show: when its resolved status (or the date it began) changes, a JSON `WatchEvent` is POSTed to the webhook with an `Idempotency-Key` header (show|status|since), retried with doubling delays until accepted with a 2xx, and never enqueued twice. The status standing now is the baseline: the first event is the next change.",
                    "security": [{"bearer": []}],
                    "requestBody": {"required": true, "content": {"application/json": {"schema": schema("WatchIn")}}},
                    "responses": {
                        "201": ok("Added.", schema("Watch")),
                        "200": ok("This show and webhook were already watched.", schema("Watch")),
                        "400": err("Malformed body or webhook (bad_watch)."),
                        "401": err("Missing or wrong bearer token (unauthorized)."),
                        "403": err("The server is read-only (read_only)."),
                        "404": err("Unknown title, with suggestions (unknown_title).")
                    }
                }
            },
            "/api/watches/{id}": {
                "get": {
                    "operationId": "watch",
                    "summary": "One watch with its delivery log: every event enqueued and every attempt to post it.",
                    "parameters": [watch_id.clone()],
                    "responses": {
                        "200": ok("The watch and its log.", schema("WatchWithLog")),
                        "404": err("Unknown watch (unknown_watch).")
                    }
                },
                "delete": {
                    "operationId": "removeWatch",
                    "summary": "Stop watching; the watch's delivery log goes with it.",
                    "security": [{"bearer": []}],
                    "parameters": [watch_id],
                    "responses": {
                        "204": {"description": "Removed."},
                        "401": err("Missing or wrong bearer token (unauthorized)."),
                        "403": err("The server is read-only (read_only)."),
                        "404": err("Unknown watch (unknown_watch).")
                    }
                }
            }
    })
}

/// The watchlist's schemas.
fn watch_schemas() -> Value {
    json!({
                "Baseline": {"type": ["object", "null"], "properties": {"status": schema("Status"), "since": schema("PartialDate")}},
                "WatchIn": {"type": "object", "required": ["title", "webhook"], "additionalProperties": false, "properties": {
                    "title": {"type": "string", "description": "A known show's title, matched forgivingly."},
                    "webhook": {"type": "string", "format": "uri", "description": "An http:// URL (https is not supported yet).", "example": "http://127.0.0.1:9000/hooks/greenlight"}}},
                "Watch": {"type": "object", "properties": {
                    "id": {"type": "integer"}, "title": {"type": "string"}, "slug": {"type": "string"},
                    "webhook": {"type": "string"}, "created": {"type": "string", "format": "date-time"},
                    "baseline": schema("Baseline"),
                    "deliveries": {"type": "object", "properties": {
                        "pending": {"type": "integer"}, "delivered": {"type": "integer"}, "failed": {"type": "integer"}}}}},
                "WatchWithLog": {"allOf": [schema("Watch"), {"type": "object", "properties": {"log": {"type": "array", "items": {
                    "type": "object", "properties": {
                        "id": {"type": "integer"}, "idempotency_key": {"type": "string"},
                        "state": {"type": "string", "enum": ["pending", "delivered", "failed"]},
                        "created": {"type": "string", "format": "date-time"},
                        "next_attempt": {"type": ["string", "null"], "format": "date-time"},
                        "delivered": {"type": ["string", "null"], "format": "date-time"},
                        "attempts": {"type": "array", "items": {"type": "object", "properties": {
                            "at": {"type": "string", "format": "date-time"}, "http_status": {"type": ["integer", "null"]},
                            "error": {"type": ["string", "null"]}}}},
                        "event": schema("WatchEvent")}}}}}]},
                "WatchEvent": {"type": "object", "description": "The JSON body POSTed to a webhook when a watched show's status changes.", "properties": {
                    "event": {"type": "string", "enum": ["status_changed"]},
                    "idempotency_key": {"type": "string", "description": "show key|status|since; also sent as the Idempotency-Key header"},
                    "watch_id": {"type": "integer"},
                    "show": {"type": "object", "properties": {"title": {"type": "string"}, "slug": {"type": "string"}, "page": {"type": "string"}}},
                    "status": schema("Status"), "season": {"type": ["integer", "null"]}, "network": {"type": ["string", "null"]},
                    "since": schema("PartialDate"), "certainty": schema("Certainty"), "previous": schema("Baseline"),
                    "evidence": {"type": "array", "items": schema("Cited")},
                    "as_of": {"type": "string", "format": "date"}, "detected_at": {"type": "string", "format": "date-time"}}}
    })
}
