#![allow(clippy::unwrap_used, clippy::expect_used)]
//! The manual pages and shell completions the Linux package installs are
//! written from the command line's own definition and kept in
//! `crates/cli/package/`; this test fails when they no longer match it.
//! `UPDATE_PACKAGE_FILES=1 cargo test -p undersigned-cli --test package`
//! writes them again.

use std::collections::BTreeMap;
use std::path::Path;

use clap_complete::Shell;

const UPDATE: &str = "UPDATE_PACKAGE_FILES";

/// Where each kind of file stands in `package/`, and the shells completed.
const MANUALS: &str = "man";
const COMPLETIONS: &str = "completions";
const SHELLS: [(Shell, &str); 3] = [
    (Shell::Bash, "undersigned-cli.bash"),
    (Shell::Zsh, "_undersigned-cli"),
    (Shell::Fish, "undersigned-cli.fish"),
];

/// Every file as the definition writes it, by its path in `package/`.
fn from_definition() -> BTreeMap<String, Vec<u8>> {
    let dir = tempfile::tempdir().unwrap();
    clap_mangen::generate_to(undersigned_cli::command(), dir.path()).unwrap();
    let mut files = read_dir(dir.path(), MANUALS);
    for (shell, name) in SHELLS {
        let mut text = Vec::new();
        clap_complete::generate(
            shell,
            &mut undersigned_cli::command(),
            "undersigned-cli",
            &mut text,
        );
        if shell == Shell::Bash {
            // clap_complete names the bash script's cases after the program
            // with its hyphen read as a subcommand's separator
            // (`undersigned__subcmd__cli__subcmd__statements`) but looks them
            // up without it (`undersigned__cli__subcmd__statements`), so
            // nothing past the first word completes. The cases take the
            // name that is looked up.
            text = String::from_utf8(text)
                .unwrap()
                .replace("undersigned__subcmd__cli", "undersigned__cli")
                .into_bytes();
        }
        files.insert(format!("{COMPLETIONS}/{name}"), text);
    }
    files
}

fn read_dir(dir: &Path, under: &str) -> BTreeMap<String, Vec<u8>> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return BTreeMap::new();
    };
    entries
        .map(|entry| {
            let entry = entry.unwrap();
            (
                format!("{under}/{}", entry.file_name().to_string_lossy()),
                std::fs::read(entry.path()).unwrap(),
            )
        })
        .collect()
}

fn in_package(package: &Path) -> BTreeMap<String, Vec<u8>> {
    let mut files = read_dir(&package.join(MANUALS), MANUALS);
    files.extend(read_dir(&package.join(COMPLETIONS), COMPLETIONS));
    files
}

#[test]
fn the_packaged_manuals_and_completions_follow_the_command_line() {
    let package = Path::new(env!("CARGO_MANIFEST_DIR")).join("package");
    let wanted = from_definition();
    if std::env::var_os(UPDATE).is_some() {
        for dir in [MANUALS, COMPLETIONS] {
            let _ = std::fs::remove_dir_all(package.join(dir));
            std::fs::create_dir_all(package.join(dir)).unwrap();
        }
        for (name, text) in &wanted {
            std::fs::write(package.join(name), text).unwrap();
        }
    }
    let have = in_package(&package);
    let mut stale: Vec<&str> = wanted
        .iter()
        .filter(|(name, text)| have.get(*name) != Some(text))
        .map(|(name, _)| name.as_str())
        .collect();
    stale.extend(
        have.keys()
            .filter(|name| !wanted.contains_key(*name))
            .map(String::as_str),
    );
    assert!(
        stale.is_empty(),
        "{stale:?} in crates/cli/package/ do not match the command line's definition; \
         write them again with {UPDATE}=1 cargo test -p undersigned-cli --test package"
    );
}

#[test]
fn every_command_has_a_manual_page_that_names_the_database_variable() {
    let files = from_definition();
    for page in [
        "undersigned-cli.1",
        "undersigned-cli-statements-create.1",
        "undersigned-cli-endorsements-import.1",
        "undersigned-cli-export.1",
        "undersigned-cli-verify.1",
        "undersigned-cli-backup-restore.1",
    ] {
        let text = String::from_utf8(files[&format!("{MANUALS}/{page}")].clone()).unwrap();
        assert!(text.starts_with(".ie \\n(.g .ds Aq"), "{page} is roff");
        // The database option and the variable that sets it, on every page.
        assert!(text.contains("UNDERSIGNED_DB"), "{page}: {text}");
    }
    let top = String::from_utf8(files[&format!("{MANUALS}/undersigned-cli.1")].clone()).unwrap();
    for command in [
        "statements",
        "contacts",
        "endorsements",
        "invitations",
        "export",
        "backup",
    ] {
        assert!(
            top.contains(&format!("undersigned\\-cli\\-{command}(1)")),
            "{command}: {top}"
        );
    }
}

#[test]
fn bash_completes_subcommands_and_options() {
    let package = Path::new(env!("CARGO_MANIFEST_DIR")).join("package");
    let script = package.join(COMPLETIONS).join("undersigned-cli.bash");
    // Completion as bash asks for it: the words typed so far, then the
    // function the script registered for `undersigned-cli`.
    let complete = |words: &str| {
        let out = std::process::Command::new("bash")
            .arg("-c")
            .arg(format!(
                "source \"$1\"; COMP_WORDS=({words}); COMP_CWORD=$((${{#COMP_WORDS[@]}} - 1)); \
                 COMP_LINE=\"${{COMP_WORDS[*]}}\"; COMP_POINT=${{#COMP_LINE}}; \
                 f=$(complete -p undersigned-cli | sed -E 's/.* -F ([^ ]+) .*/\\1/'); \
                 \"$f\" undersigned-cli \"${{COMP_WORDS[COMP_CWORD]}}\" \"${{COMP_WORDS[COMP_CWORD-1]}}\"; \
                 printf '%s\\n' \"${{COMPREPLY[@]}}\""
            ))
            .arg("bash")
            .arg(&script)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap()
    };
    let words = complete("undersigned-cli statements se");
    assert!(words.lines().any(|w| w == "set-status"), "{words}");
    let words = complete("undersigned-cli endorsements import ID FILE --con");
    assert!(words.lines().any(|w| w == "--confirm"), "{words}");
}
