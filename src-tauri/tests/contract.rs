#![allow(clippy::unwrap_used, clippy::expect_used)]
//! The shared contract (contract/*.json) run against the real commands,
//! through Tauri's mock runtime on a real file. The UI runs the same cases
//! through `lib/api` against the test host (ui/src/test/contract.test.ts), so
//! the window's calls and the commands agree.

mod common;

use std::collections::HashMap;
use std::path::Path;

use serde_json::{Map, Value, json};
use tauri::WebviewWindowBuilder;
use tauri::test::{mock_builder, mock_context, noop_assets};
use undersigned_app::run_app;
use undersigned_app::state::Database;

fn load(name: &str) -> Value {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../contract")
        .join(name);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// `<300 × 🌍>` stands for 300 globes; `$a` for the id saved as `a`.
fn expand(value: &Value, saved: &HashMap<String, String>) -> Value {
    match value {
        Value::String(s) => {
            if let Some(name) = s.strip_prefix('$') {
                return json!(
                    saved
                        .get(name)
                        .unwrap_or_else(|| panic!("nothing saved as {name}"))
                );
            }
            if let Some(inner) = s.strip_prefix('<').and_then(|r| r.strip_suffix('>'))
                && let Some((count, unit)) = inner.split_once(" × ")
                && let Ok(count) = count.parse::<usize>()
            {
                return json!(unit.repeat(count));
            }
            value.clone()
        }
        Value::Array(items) => Value::Array(items.iter().map(|v| expand(v, saved)).collect()),
        Value::Object(map) => Value::Object(
            map.iter()
                .map(|(k, v)| (k.clone(), expand(v, saved)))
                .collect::<Map<_, _>>(),
        ),
        other => other.clone(),
    }
}

fn check_ok(case: &str, step: usize, expected: &Map<String, Value>, got: &Value) {
    for (key, want) in expected {
        let have = &got[key];
        match want.as_str() {
            Some("<set>") => assert!(
                !have.is_null(),
                "{case}, step {step}: {key} should be set in {got}"
            ),
            _ => assert_eq!(have, want, "{case}, step {step}: {key} in {got}"),
        }
    }
}

#[test]
fn the_real_commands_keep_the_shared_contract() {
    let contract = load("statements.json");
    let cases = contract["cases"].as_array().expect("cases");
    assert!(!cases.is_empty());
    for case in cases {
        let name = case["name"].as_str().expect("name");
        let dir = tempfile::tempdir().expect("tempdir");
        let database = Database::open_at(Some(dir.path().join("contract.sqlite3")));
        let app = run_app(mock_builder(), database)
            .build(mock_context(noop_assets()))
            .expect("build mock app");
        let webview = WebviewWindowBuilder::new(&app, "main", Default::default())
            .build()
            .expect("mock webview");
        let mut saved = HashMap::new();

        for (i, step) in case["steps"].as_array().expect("steps").iter().enumerate() {
            let cmd = step["call"].as_str().expect("call");
            let args = expand(&step["args"], &saved);
            let answer = common::invoke(&webview, cmd, args);
            let expect = &step["expect"];
            if let Some(code) = expect.get("error") {
                let err = answer.expect_err(&format!("{name}, step {i}: {cmd} should fail"));
                assert_eq!(&err["code"], code, "{name}, step {i}: {err}");
                assert!(err["message"].as_str().is_some_and(|m| !m.is_empty()));
                continue;
            }
            let got = answer.unwrap_or_else(|e| panic!("{name}, step {i}: {cmd} failed: {e}"));
            if let Some(ok) = expect.get("ok").and_then(Value::as_object) {
                check_ok(name, i, ok, &got);
            }
            if let Some(titles) = expect.get("titles") {
                let have: Vec<Value> = got
                    .as_array()
                    .expect("a list")
                    .iter()
                    .map(|s| s["title"].clone())
                    .collect();
                assert_eq!(&Value::Array(have), titles, "{name}, step {i}");
            }
            if let Some(key) = expect.get("noKey").and_then(Value::as_str) {
                for item in got.as_array().expect("a list") {
                    assert!(item.get(key).is_none(), "{name}, step {i}: {key} in {item}");
                }
            }
            if let Some(var) = step.get("save").and_then(Value::as_str) {
                saved.insert(var.to_string(), got["id"].as_str().expect("id").to_string());
            }
        }
    }
}
