use tauri::State;
use undersigned_core::statements::{self, NewStatement, Statement, StatementPatch};

use crate::error::ApiError;
use crate::state::Database;

#[tauri::command]
pub async fn statements_list(db: State<'_, Database>) -> Result<Vec<Statement>, ApiError> {
    db.run(|store| statements::list(store.conn())).await
}

#[tauri::command]
pub async fn statements_list_trash(db: State<'_, Database>) -> Result<Vec<Statement>, ApiError> {
    db.run(|store| statements::list_trash(store.conn())).await
}

#[tauri::command]
pub async fn statements_get(db: State<'_, Database>, id: String) -> Result<Statement, ApiError> {
    db.run(move |store| statements::get(store.conn(), &id))
        .await
}

#[tauri::command]
pub async fn statements_create(
    db: State<'_, Database>,
    statement: NewStatement,
) -> Result<Statement, ApiError> {
    db.run(move |store| statements::create(store.conn(), &statement))
        .await
}

#[tauri::command]
pub async fn statements_update(
    db: State<'_, Database>,
    id: String,
    patch: StatementPatch,
) -> Result<Statement, ApiError> {
    db.run(move |store| statements::update(store.conn(), &id, &patch))
        .await
}

#[tauri::command]
pub async fn statements_delete(db: State<'_, Database>, id: String) -> Result<Statement, ApiError> {
    db.run(move |store| statements::delete(store.conn(), &id))
        .await
}

#[tauri::command]
pub async fn statements_restore(
    db: State<'_, Database>,
    id: String,
) -> Result<Statement, ApiError> {
    db.run(move |store| statements::restore(store.conn(), &id))
        .await
}
