//! The TypeScript types the UI uses, generated from the Rust types.
//! `ui/src/lib/api/bindings.ts` is committed; this test fails when it no longer
//! matches, and `make types` (UPDATE_BINDINGS=1) rewrites it.

use undersigned_core::text::LIMITS;

use crate::commands::declare::config;
use crate::commands::table::COMMANDS;

fn render() -> String {
    let cfg = config();
    let decls = crate::commands::types::declarations(&cfg);
    let mut out = String::from(
        "// Generated from the Rust types by `make types`; do not edit by hand.\n\nimport type { Channel } from '@tauri-apps/api/core';\n\n",
    );
    for decl in decls {
        out.push_str("export ");
        out.push_str(decl.trim());
        out.push_str("\n\n");
    }
    out.push_str(&render_commands());
    // The limits themselves, so the UI counts against the same numbers as core.
    let limits = serde_json::to_string(&LIMITS).unwrap_or_default();
    out.push_str("/** Length limits of text fields, in characters (Unicode code points), as core enforces them. */\n");
    out.push_str(&format!(
        "export const TEXT_LIMITS: TextLimits = {limits};\n"
    ));
    out.truncate(out.trim_end().len());
    out.push('\n');
    out
}

/// The command table as TypeScript: `lib/api` and the UI's tests are typed
/// by it, so a renamed command or argument key fails the UI's type check.
fn render_commands() -> String {
    let mut out = String::from(
        "/** Every command the window may call: its argument keys and types, and its answer. */\nexport type Commands = {\n",
    );
    for command in COMMANDS.iter() {
        let args: Vec<String> = command
            .args
            .iter()
            .map(|(key, ty)| format!("{key}: {ty}"))
            .collect();
        let args = if args.is_empty() {
            "Record<never, never>".to_string()
        } else {
            format!("{{ {} }}", args.join(", "))
        };
        out.push_str(&format!(
            "  {}: {{ args: {args}; returns: {} }};\n",
            command.name, command.returns
        ));
    }
    out.push_str("};\n\nexport type CommandName = keyof Commands;\n\n");
    out.push_str("export const COMMAND_NAMES: readonly CommandName[] = [\n");
    for command in COMMANDS.iter() {
        out.push_str(&format!("  '{}',\n", command.name));
    }
    out.push_str("];\n\n");
    out
}

#[test]
fn typescript_bindings_are_up_to_date() {
    let path =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../ui/src/lib/api/bindings.ts");
    let generated = render();
    if std::env::var_os("UPDATE_BINDINGS").is_some() {
        std::fs::write(&path, &generated)
            .unwrap_or_else(|e| panic!("write {}: {e}", path.display()));
        return;
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == generated,
        "{} is out of date with the Rust types; run `make types` and commit the result.\n--- generated ---\n{generated}",
        path.display()
    );
}
