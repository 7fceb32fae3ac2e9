fn main() -> std::process::ExitCode {
    undersigned_cli::main()
}
