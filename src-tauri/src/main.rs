// Keeps a console window from opening next to the app on Windows release builds.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

use std::path::Path;
use std::process::ExitCode;

/// The name under which this program is the command line instead of the
/// window: the Linux package installs `undersigned-cli` as a script that
/// starts it so, sharing one copy of the core.
const CLI_NAME: &str = "undersigned-cli";

fn main() -> ExitCode {
    let started_as = std::env::args_os().next();
    let name = started_as
        .as_deref()
        .map(Path::new)
        .and_then(Path::file_stem)
        .and_then(|stem| stem.to_str());
    if name == Some(CLI_NAME) {
        return undersigned_cli::main();
    }
    undersigned_app::run();
    ExitCode::SUCCESS
}
