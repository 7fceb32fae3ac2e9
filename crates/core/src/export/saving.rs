//! Writing an export to disk and recording it: staged, signed when asked,
//! published, and listed in the statement's history.

use super::*;

/// One export, as the log keeps it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ExportRecord {
    pub id: String,
    pub statement_id: String,
    pub revision_number: Option<u32>,
    pub format: String,
    pub file_name: String,
    pub sha256: String,
    pub signatory_count: u32,
    pub signed_key_id: Option<String>,
    /// The database it was made from was encrypted at rest.
    pub source_encrypted: bool,
    pub created_at: String,
}

/// A key to sign an export with, unlocked.
pub struct Signer<'a> {
    pub key: &'a minisign::SecretKey,
    /// Who signs, for the trusted comment ("Coalition for Migrants' Rights").
    pub signer: &'a str,
}

/// Renders, writes `path` whole, signs it beside (`path.minisig`) when
/// asked, and logs the export with its revision and SHA-256. The files are
/// written under temporary names and put in place only once the log has
/// committed: an export that fails (a read-only database, a full disk, a
/// key that cannot sign) leaves no file behind.
pub fn write(
    store: &mut Store,
    statement_id: &str,
    format: ExportFormat,
    options: &ExportOptions,
    path: &Path,
    signer: Option<&Signer<'_>>,
) -> Result<ExportRecord> {
    // Rendered from one state of the database: the count logged is the
    // count printed.
    let staged = snapshot(store.conn(), |conn| {
        stage(conn, statement_id, format, options, path, signer)
    })?;
    let mut records = log_and_publish(store, vec![staged])?;
    records
        .pop()
        .map(|(_, record)| record)
        .ok_or_else(|| ExportError::Store(rusqlite::Error::QueryReturnedNoRows.into()))
}

/// One export written but not yet in place or logged.
pub(super) struct StagedExport {
    pub(super) statement_id: String,
    pub(super) format: ExportFormat,
    pub(super) file: Staged,
    pub(super) signature: Option<Staged>,
    pub(super) sha256: String,
    pub(super) signatory_count: u32,
    /// The signing key's id and its public key, to log.
    pub(super) key: Option<(String, String, String)>,
}

pub(super) fn stage(
    conn: &Connection,
    statement_id: &str,
    format: ExportFormat,
    options: &ExportOptions,
    path: &Path,
    signer: Option<&Signer<'_>>,
) -> Result<StagedExport> {
    let doc = document(conn, statement_id, options.group_by)?;
    let bytes = render(&doc, format, options)?;
    let file = Staged::write(path, &bytes, Access::Shared).map_err(|e| cannot_write(path, e))?;
    let sha256: String = Sha256::digest(&bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    let mut signature = None;
    let mut key = None;
    if let Some(s) = signer {
        let at = now(conn)?;
        let comment = format!(
            "{} \u{2014} {} \u{2014} {} \u{2014} sha256:{}",
            s.signer.trim(),
            doc.title,
            &at[..10],
            sha256
        );
        let text = signing::sign(s.key, &bytes, &comment)?;
        let mut sig_path = path.as_os_str().to_owned();
        sig_path.push(".minisig");
        let sig_path = std::path::PathBuf::from(sig_path);
        signature = Some(
            Staged::write(&sig_path, text.as_bytes(), Access::Shared)
                .map_err(|e| cannot_write(&sig_path, e))?,
        );
        let public = minisign::PublicKey::from_secret_key(s.key)
            .and_then(|pk| pk.to_box())
            .map(|b| b.to_string())
            .map_err(|e| SigningError::Key(e.to_string()))?;
        key = Some((signing::secret_key_id(s.key), public, s.signer.to_string()));
    }
    Ok(StagedExport {
        statement_id: statement_id.to_string(),
        format,
        file,
        signature,
        sha256,
        signatory_count: doc.signatory_count,
        key,
    })
}

pub(super) fn cannot_write(file: &Path, e: std::io::Error) -> ExportError {
    ExportError::Write {
        file: file.display().to_string(),
        reason: e.to_string(),
    }
}

/// Logs every staged export in one transaction, then puts the files in
/// place. Should a file fail to go in place after all, its log entries are
/// taken back and what was already put in place is removed.
pub(super) fn log_and_publish(
    store: &mut Store,
    staged: Vec<StagedExport>,
) -> Result<Vec<(std::path::PathBuf, ExportRecord)>> {
    let records = store.with_tx(|tx| {
        staged
            .iter()
            .map(|export| log(tx, export))
            .collect::<Result<Vec<_>>>()
    })?;
    let mut placed: Vec<std::path::PathBuf> = Vec::new();
    let mut written = Vec::new();
    for (export, record) in staged.into_iter().zip(records) {
        let target = export.file.target().to_path_buf();
        let mut files = vec![export.file];
        files.extend(export.signature);
        for file in files {
            let at = file.target().to_path_buf();
            if let Err(e) = file.publish() {
                for done in &placed {
                    let _ = std::fs::remove_file(done);
                }
                let ids: Vec<String> = written
                    .iter()
                    .map(|(_, r): &(std::path::PathBuf, ExportRecord)| r.id.clone())
                    .chain(std::iter::once(record.id.clone()))
                    .collect();
                let _ = store.with_tx(|tx| {
                    for id in &ids {
                        tx.execute("DELETE FROM exports WHERE id = ?1", [id])?;
                    }
                    Ok::<(), ExportError>(())
                });
                return Err(cannot_write(&at, e));
            }
            placed.push(at);
        }
        written.push((target, record));
    }
    Ok(written)
}

pub(super) fn log(conn: &Connection, export: &StagedExport) -> Result<ExportRecord> {
    let at = now(conn)?;
    let key_id = match &export.key {
        Some((id, public, label)) => {
            conn.execute(
                "INSERT INTO signing_keys (id, key_id, public_key, label, created_at, updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?5) ON CONFLICT (key_id) DO NOTHING",
                (new_id(), id, public, label, &at),
            )?;
            Some(id.clone())
        }
        None => None,
    };
    let file_name = export
        .file
        .target()
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let revision = signons::current_revision(conn, &export.statement_id)?;
    let id = new_id();
    conn.execute(
        "INSERT INTO exports (id, statement_id, revision_id, format, file_name, sha256, signatory_count,
                              signed_key_id, source_encrypted, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?10, ?9, ?9)",
        rusqlite::params![
            id,
            export.statement_id,
            revision,
            export.format.logged(),
            file_name,
            export.sha256,
            export.signatory_count,
            key_id,
            at,
            conn.path()
                .is_some_and(|p| crate::store::key::is_encrypted(std::path::Path::new(p)))
        ],
    )?;
    list(conn, &export.statement_id)?
        .into_iter()
        .find(|r| r.id == id)
        .ok_or_else(|| ExportError::Store(rusqlite::Error::QueryReturnedNoRows.into()))
}

/// A statement's exports, newest first.
pub fn list(conn: &Connection, statement_id: &str) -> Result<Vec<ExportRecord>> {
    statements::get(conn, statement_id)?;
    let mut stmt = conn.prepare(
        "SELECT x.id, x.statement_id,
                (SELECT count(*) FROM statement_revisions r2 JOIN statement_revisions r ON r.id = x.revision_id
                  WHERE r2.statement_id = r.statement_id AND (r2.created_at, r2.id) <= (r.created_at, r.id)),
                x.format, x.file_name, x.sha256, x.signatory_count, x.signed_key_id, x.created_at,
                x.source_encrypted
           FROM exports x WHERE x.statement_id = ?1 ORDER BY x.created_at DESC, x.id DESC",
    )?;
    let rows = stmt.query_map([statement_id], |r| {
        let number: u32 = r.get(2)?;
        Ok(ExportRecord {
            id: r.get(0)?,
            statement_id: r.get(1)?,
            revision_number: (number > 0).then_some(number),
            format: r.get(3)?,
            file_name: r.get(4)?,
            sha256: r.get(5)?,
            signatory_count: r.get(6)?,
            signed_key_id: r.get(7)?,
            created_at: r.get(8)?,
            source_encrypted: r.get(9)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
}

/// A file name made safe from any statement title, with the format's extension.
pub fn file_name(statement: &Statement, format: ExportFormat) -> String {
    format!(
        "{}.{}",
        crate::files::safe_file_stem(&statement.title),
        format.extension()
    )
}

pub(super) fn original_of(conn: &Connection, statement: &Statement) -> Result<String> {
    Ok(statements::sign_on_home(conn, &statement.id)?)
}

/// The statement and every translation of it, and of those (whichever of
/// them is given): the original first, then by language.
pub fn language_versions(conn: &Connection, statement_id: &str) -> Result<Vec<Statement>> {
    Ok(statements::language_versions(conn, statement_id)?)
}

/// Writes every language version of a statement into `folder`, one file
/// each, named "title.language.ext" from its own title, made safe; each is
/// signed as [`write`] does. All or nothing: the files are put in place and
/// logged together, and a failure in any language leaves no file of this
/// export behind and nothing in the log.
pub fn write_all_languages(
    store: &mut Store,
    statement_id: &str,
    format: ExportFormat,
    options: &ExportOptions,
    folder: &Path,
    signer: Option<&Signer<'_>>,
    mut progress: impl FnMut(usize, usize),
) -> Result<Vec<(std::path::PathBuf, ExportRecord)>> {
    // Every language from one state of the database.
    let (versions, staged) = snapshot(store.conn(), |conn| {
        stage_languages(
            conn,
            statement_id,
            format,
            options,
            folder,
            signer,
            &mut progress,
        )
    })?;
    let written = log_and_publish(store, staged)?;
    progress(versions, versions);
    Ok(written)
}

fn stage_languages(
    conn: &Connection,
    statement_id: &str,
    format: ExportFormat,
    options: &ExportOptions,
    folder: &Path,
    signer: Option<&Signer<'_>>,
    progress: &mut impl FnMut(usize, usize),
) -> Result<(usize, Vec<StagedExport>)> {
    let versions = language_versions(conn, statement_id)?;
    let mut taken = std::collections::HashSet::new();
    let mut staged = Vec::new();
    for (i, statement) in versions.iter().enumerate() {
        progress(i, versions.len());
        let stem = crate::files::safe_file_stem(&statement.title);
        let language = crate::files::safe_file_stem(&statement.language);
        let mut name = format!("{stem}.{language}.{}", format.extension());
        let mut n = 2;
        while !taken.insert(name.to_lowercase()) {
            name = format!("{stem}.{language}-{n}.{}", format.extension());
            n += 1;
        }
        let path = folder.join(name);
        staged.push(stage(conn, &statement.id, format, options, &path, signer)?);
    }
    Ok((versions.len(), staged))
}
