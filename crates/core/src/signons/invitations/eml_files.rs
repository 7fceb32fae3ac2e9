//! Invitations written as .eml files, one per invitation, for any mail app.

use super::*;

/// Writes one `.eml` per invitation into `folder`, each in the language
/// version [`message`] picks, from `from` (may be empty) under the sender's
/// name from Settings; returns the files.
pub fn write_eml_files(
    conn: &Connection,
    ids: &[String],
    purpose: Purpose,
    from: &str,
    language: Option<&str>,
    folder: &Path,
) -> Result<Vec<PathBuf>> {
    let mut written = Vec::new();
    let mut used = std::collections::HashSet::new();
    let sender = sender::sender(conn)?;
    for id in ids {
        // Only those still to answer are written to: one who has signed,
        // declined or is marked as not answering gets no invitation to sign.
        if !matches!(
            get(conn, id)?.status,
            InvitationStatus::Invited | InvitationStatus::Reminded
        ) {
            continue;
        }
        let message = message(conn, id, purpose, language)?;
        let stem = safe_file_stem(&message.to_name);
        let mut name = format!("{stem}.eml");
        let mut n = 2;
        while !used.insert(name.clone()) || folder.join(&name).exists() {
            name = format!("{stem}-{n}.eml");
            n += 1;
        }
        let path = folder.join(&name);
        crate::files::write_whole(&path, eml(&message, from, sender.display_name()).as_bytes())
            .map_err(|reason| EndorsementError::Invitation {
                reason: format!("cannot write {}: {reason}", path.display()),
            })?;
        written.push(path);
    }
    Ok(written)
}
