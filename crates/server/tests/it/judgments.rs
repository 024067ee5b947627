//! Judgments over HTTP: made with `POST /api/judgments` (the author from the
//! `X-Dossier-User` header), listed with `GET /api/judgments`, and applied to what
//! the API shows: a rejected event leaves the timeline and is listed apart with
//! its author; a merge makes one entity of two spellings.

use super::*;
use serde_json::json;

const TEXT: &str = "Police arrested the journalist Amina Dorr in Tarsk on 3 May 2012.\n\n\
Two prisoners were hanged in Tarsk prison on 9 June 2013.\n\n\
Amina Dorrova told reporters in Tarsk on 1 July 2014 that her trial was unfair.\n";

async fn judge(app: &Router, author: Option<&str>, body: Value) -> Reply {
    let mut request =
        Request::post("/api/judgments").header(header::CONTENT_TYPE, "application/json");
    if let Some(author) = author {
        request = request.header("x-dossier-user", author);
    }
    send(
        app,
        request.body(Body::from(body.to_string())).expect("request"),
    )
    .await
}

fn quotes(timeline: &Value, key: &str) -> Vec<String> {
    timeline[key]
        .as_array()
        .map(|events| {
            events
                .iter()
                .map(|e| {
                    e["citations"][0]["quote"]
                        .as_str()
                        .unwrap_or("")
                        .to_string()
                })
                .collect()
        })
        .unwrap_or_default()
}

#[tokio::test]
async fn a_judgment_made_over_http_changes_the_timeline_and_the_entity_page() {
    let corpus = tempfile::tempdir().unwrap();
    std::fs::write(corpus.path().join("tarsk.txt"), TEXT).unwrap();
    let f = fixture_with(Some(corpus.path()), |_| {});

    let timeline = get(&f.app, "/api/timeline").await.json();
    let arrest = timeline["events"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| {
            e["citations"][0]["quote"]
                .as_str()
                .unwrap()
                .contains("arrested")
        })
        .expect("the arrest is on the timeline")
        .clone();
    let citation = &arrest["citations"][0];

    // No evidence for an event: 400, nothing recorded.
    let refused = judge(
        &f.app,
        Some("ana"),
        json!({"kind": "reject-event", "target": "x"}),
    )
    .await;
    assert_eq!(
        refused.status,
        StatusCode::BAD_REQUEST,
        "{}",
        String::from_utf8_lossy(&refused.body)
    );
    let refused = judge(
        &f.app,
        Some("ana"),
        json!({"kind": "overrule", "target": "x"}),
    )
    .await;
    assert_eq!(refused.status, StatusCode::BAD_REQUEST);

    let made = judge(
        &f.app,
        Some("ana"),
        json!({
            "kind": "reject_event",
            "target": "arrest",
            "note": "no arrest: he reported himself",
            "evidence": {
                "document": citation["document"],
                "start": citation["start"],
                "end": citation["end"],
            },
        }),
    )
    .await;
    assert_eq!(
        made.status,
        StatusCode::CREATED,
        "{}",
        String::from_utf8_lossy(&made.body)
    );
    let made = made.json();
    assert_eq!(made["judgment"]["author"], "ana");
    assert_eq!(made["judgment"]["state"], "applied");

    let timeline = get(&f.app, "/api/timeline").await.json();
    assert!(
        !quotes(&timeline, "events")
            .iter()
            .any(|q| q.contains("arrested")),
        "{timeline}"
    );
    assert!(
        quotes(&timeline, "rejected")[0].contains("arrested"),
        "{timeline}"
    );
    assert_eq!(timeline["rejected"][0]["judgments"][0]["author"], "ana");
    assert_eq!(
        timeline["rejected"][0]["judgments"][0]["note"],
        "no arrest: he reported himself"
    );

    // Two spellings made one entity; the page lists both, with who merged them.
    let merged = judge(
        &f.app,
        Some("ben"),
        json!({"kind": "merge_entities", "target": "Amina Dorr", "value": "Amina Dorrova"}),
    )
    .await;
    assert_eq!(
        merged.status,
        StatusCode::CREATED,
        "{}",
        String::from_utf8_lossy(&merged.body)
    );
    let page = get(&f.app, "/api/entities/Amina%20Dorrova").await.json();
    let aliases: Vec<&str> = page["entity"]["aliases"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(Value::as_str)
        .collect();
    assert!(
        aliases.contains(&"Amina Dorr") && aliases.contains(&"Amina Dorrova"),
        "{page}"
    );
    assert_eq!(page["entity"]["judgments"][0]["author"], "ben");

    let listed = get(&f.app, "/api/judgments").await.json();
    let listed = listed["judgments"].as_array().unwrap();
    assert_eq!(listed.len(), 2);
    assert_eq!(listed[0]["evidence"]["quote"], citation["quote"]);
    assert!(listed.iter().all(|j| j["state"] == "applied"));

    // Withdrawn: the arrest is back.
    let id = made["id"].as_i64().unwrap();
    let withdrawn = send(
        &f.app,
        Request::post(format!("/api/judgments/{id}/withdraw"))
            .header("x-dossier-user", "ben")
            .body(Body::empty())
            .unwrap(),
    )
    .await;
    assert_eq!(
        withdrawn.status,
        StatusCode::OK,
        "{}",
        String::from_utf8_lossy(&withdrawn.body)
    );
    let timeline = get(&f.app, "/api/timeline").await.json();
    assert!(quotes(&timeline, "events")
        .iter()
        .any(|q| q.contains("arrested")));
    assert!(timeline.get("rejected").is_none());
}

#[tokio::test]
async fn a_read_only_server_refuses_judgments() {
    let f = fixture_with(None, |config| config.read_only = true);
    let refused = judge(
        &f.app,
        Some("ana"),
        json!({"kind": "tag_document", "target": "x", "value": "y"}),
    )
    .await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);
}
