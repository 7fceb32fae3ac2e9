//! How a command is declared. Each command is one line of `table.rs`:
//!
//! ```text
//! statements::statements_get(id: String) -> Statement;
//! ```
//!
//! naming the function that handles it (`commands::statements::statements_get`),
//! the arguments the window sends, with their Rust types, and the answer.
//! From that line come its registration with Tauri ([`handler`]
//! in `table.rs`), its entry in [`COMMANDS`](super::table::COMMANDS) with the
//! TypeScript types of its arguments and answer (derived from the Rust types,
//! so `bindings.ts` types `lib/api` by them), and, through `build.rs`, which
//! reads the same lines, its declaration to Tauri and its permission in
//! `capabilities/main.json`. The tests in `tests/commands.rs` and
//! `tests/security.rs` call every line through the real handler and check
//! the capability grants exactly these commands.

use tauri::ipc::Channel;
use ts_rs::Config;

use crate::file_body::FileBody;

/// One command as the window sees it.
#[derive(Debug)]
pub struct CommandSpec {
    pub name: &'static str,
    /// The module of `commands` that handles it.
    pub module: &'static str,
    /// Argument keys as the window sends them (camelCase), with TypeScript types.
    pub args: Vec<(String, String)>,
    /// The TypeScript type of the answer.
    pub returns: String,
}

impl CommandSpec {
    /// Whether the command takes an argument of this key and TypeScript type.
    pub fn takes(&self, key: &str, ty: &str) -> bool {
        self.args.iter().any(|(k, t)| k == key && t == ty)
    }
}

/// How the generated bindings write numbers (never `bigint`).
pub fn config() -> Config {
    Config::new().with_large_int("number")
}

/// A type's name in TypeScript.
pub trait Ts {
    fn ts(cfg: &Config) -> String;
}

/// The argument keys one Rust argument becomes in the window's call.
pub trait Arg {
    fn keys(name: &str, cfg: &Config) -> Vec<(String, String)>;
}

impl<T: Ts> Arg for T {
    fn keys(name: &str, cfg: &Config) -> Vec<(String, String)> {
        vec![(camel(name), T::ts(cfg))]
    }
}

/// A file the page hands over travels as the raw body of the call, with its
/// name in a header (see `file_body`); `lib/api` takes it as these two keys.
impl Arg for FileBody {
    fn keys(_: &str, _: &Config) -> Vec<(String, String)> {
        vec![
            ("bytes".into(), "Uint8Array".into()),
            ("fileName".into(), "string".into()),
        ]
    }
}

impl<T: Ts> Ts for Vec<T> {
    fn ts(cfg: &Config) -> String {
        let inner = T::ts(cfg);
        if inner.contains(' ') {
            format!("({inner})[]")
        } else {
            format!("{inner}[]")
        }
    }
}

impl<T: Ts> Ts for Option<T> {
    fn ts(cfg: &Config) -> String {
        format!("{} | null", T::ts(cfg))
    }
}

impl<T: Ts + tauri::ipc::IpcResponse> Ts for Channel<T> {
    fn ts(cfg: &Config) -> String {
        format!("Channel<{}>", T::ts(cfg))
    }
}

macro_rules! ts_named {
    ($($t:ty => $name:literal),* $(,)?) => {
        $(impl Ts for $t {
            fn ts(_: &Config) -> String {
                $name.into()
            }
        })*
    };
}

ts_named! {
    () => "null",
    String => "string",
    bool => "boolean",
    u32 => "number",
    u64 => "number",
    i64 => "number",
}

/// `file_name` → `fileName`, as Tauri maps a command's argument names.
pub fn camel(snake: &str) -> String {
    let mut out = String::with_capacity(snake.len());
    let mut upper = false;
    for c in snake.chars() {
        if c == '_' {
            upper = true;
        } else if upper {
            out.extend(c.to_uppercase());
            upper = false;
        } else {
            out.push(c);
        }
    }
    out
}

/// The types the window sees, declared to TypeScript: each gets [`Ts`] by
/// its `ts-rs` name, and [`declarations`](super::types::declarations) lists
/// their TypeScript declarations for `bindings.ts`, in this order.
macro_rules! typescript_types {
    ($($t:ty),* $(,)?) => {
        $(impl $crate::commands::declare::Ts for $t {
            fn ts(cfg: &ts_rs::Config) -> String {
                <$t as ts_rs::TS>::name(cfg)
            }
        })*

        /// The TypeScript declaration of every type the window sees.
        pub fn declarations(cfg: &ts_rs::Config) -> Vec<String> {
            vec![$(<$t as ts_rs::TS>::decl(cfg)),*]
        }
    };
}

/// The command table: see the module's documentation.
macro_rules! commands {
    ($($module:ident :: $name:ident ( $($arg:ident : $ty:ty),* $(,)? ) -> $ret:ty ;)*) => {
        /// Every command the window may call, in the table's order.
        pub static COMMANDS: std::sync::LazyLock<Vec<$crate::commands::declare::CommandSpec>> =
            std::sync::LazyLock::new(|| {
                let cfg = $crate::commands::declare::config();
                vec![$($crate::commands::declare::CommandSpec {
                    name: stringify!($name),
                    module: stringify!($module),
                    args: {
                        #[allow(unused_mut)]
                        let mut args = Vec::new();
                        $(args.extend(
                            <$ty as $crate::commands::declare::Arg>::keys(stringify!($arg), &cfg),
                        );)*
                        args
                    },
                    returns: <$ret as $crate::commands::declare::Ts>::ts(&cfg),
                }),*]
            });

        /// Tauri's handler for every command of the table.
        pub fn handler<R: tauri::Runtime>() -> impl Fn(tauri::ipc::Invoke<R>) -> bool + Send + Sync + 'static {
            tauri::generate_handler![$(crate::commands::$module::$name),*]
        }
    };
}
