use tauri::State;
use undersigned_core::actions;
use undersigned_core::statements::{
    self, NewStatement, Statement, StatementPatch, StatementSummary,
};

use crate::error::ApiError;
use crate::state::Database;

#[tauri::command]
pub async fn statements_list(db: State<'_, Database>) -> Result<Vec<StatementSummary>, ApiError> {
    db.read(statements::list).await
}

#[tauri::command]
pub async fn statements_list_trash(
    db: State<'_, Database>,
) -> Result<Vec<StatementSummary>, ApiError> {
    db.read(statements::list_trash).await
}

#[tauri::command]
pub async fn statements_get(db: State<'_, Database>, id: String) -> Result<Statement, ApiError> {
    db.read(move |conn| statements::get(conn, &id)).await
}

#[tauri::command]
pub async fn statements_create(
    db: State<'_, Database>,
    statement: NewStatement,
) -> Result<Statement, ApiError> {
    db.write(move |store| actions::statements::create(store, &statement))
        .await
}

#[tauri::command]
pub async fn statements_update(
    db: State<'_, Database>,
    id: String,
    patch: StatementPatch,
) -> Result<Statement, ApiError> {
    db.write(move |store| actions::statements::update(store, &id, &patch))
        .await
}

#[tauri::command]
pub async fn statements_delete(db: State<'_, Database>, id: String) -> Result<Statement, ApiError> {
    db.write(move |store| actions::statements::delete(store, &id))
        .await
}

#[tauri::command]
pub async fn statements_restore(
    db: State<'_, Database>,
    id: String,
) -> Result<Statement, ApiError> {
    db.write(move |store| actions::statements::restore(store, &id))
        .await
}

/// Empties one statement from the trash, for good.
#[tauri::command]
pub async fn statements_purge(db: State<'_, Database>, id: String) -> Result<(), ApiError> {
    db.write(move |store| actions::statements::purge(store, &id))
        .await
}
