//! The `caseforms` command-line tool: thin glue over the library.
//!
//! ```text
//! caseforms check [--deny-warnings] FILE...   report every problem in form definitions
//! caseforms schema                            print the JSON Schema of the format
//! caseforms synthetic --fields N [--layout paged|single_page] [--open]
//!                                             print a generated benchmark definition
//! ```
//!
//! Exit status: 0 when no file has an error (warnings alone pass unless `--deny-warnings`),
//! 1 when some file has a problem that fails, 2 for a usage error or an unreadable file.

#![allow(clippy::print_stdout, reason = "a command-line tool prints its report")]

#[cfg(not(target_arch = "wasm32"))]
mod cli {
    use std::process::ExitCode;

    use caseforms::check;
    use caseforms::definition::Layout;
    use caseforms::engine::synthetic::{Shape, benchmark_definition};

    const USAGE: &str = "usage:
  caseforms check [--deny-warnings] FILE...   report every problem in form definitions
  caseforms schema                            print the JSON Schema of the format
  caseforms synthetic --fields N [--layout paged|single_page] [--open]
                                              print a generated benchmark definition: sections
                                              of 25 fields (N rounded up), one page unless
                                              --layout paged, gates closed unless --open";

    /// Runs the command named by the arguments.
    pub fn main() -> ExitCode {
        let args: Vec<String> = std::env::args().skip(1).collect();
        match args.first().map(String::as_str) {
            Some("check") => check_files(&args[1..]),
            Some("schema") if args.len() == 1 => {
                println!("{}", check::json_schema());
                ExitCode::SUCCESS
            }
            Some("synthetic") => synthetic(&args[1..]),
            Some("help" | "--help" | "-h") => {
                println!("{USAGE}");
                ExitCode::SUCCESS
            }
            Some(other) => usage_error(&format!("unknown command '{other}'")),
            None => usage_error("no command given"),
        }
    }

    fn usage_error(message: &str) -> ExitCode {
        eprintln!("caseforms: {message}\n{USAGE}");
        ExitCode::from(2)
    }

    /// Prints the benchmark definition that the flags describe (see `engine::synthetic`).
    fn synthetic(args: &[String]) -> ExitCode {
        match synthetic_shape(args) {
            Ok(shape) => {
                println!("{:#}", benchmark_definition(shape));
                ExitCode::SUCCESS
            }
            Err(message) => usage_error(&message),
        }
    }

    /// The shape asked for by `synthetic`'s flags, or what is wrong with them.
    fn synthetic_shape(args: &[String]) -> Result<Shape, String> {
        let mut shape = None;
        let mut layout = Layout::SinglePage;
        let mut gates_open = false;
        let mut args = args.iter().map(String::as_str);
        while let Some(arg) = args.next() {
            if arg == "--open" {
                gates_open = true;
                continue;
            }
            let value = args
                .next()
                .filter(|_| matches!(arg, "--fields" | "--layout"));
            match (arg, value) {
                ("--fields", Some(value)) => {
                    let fields = value.parse::<usize>().ok().filter(|fields| *fields > 0);
                    let fields = fields.ok_or_else(|| {
                        format!("--fields wants a positive whole number, not '{value}'")
                    })?;
                    shape = Some(Shape::with_fields(fields));
                }
                ("--layout", Some("paged")) => layout = Layout::Paged,
                ("--layout", Some("single_page")) => layout = Layout::SinglePage,
                ("--layout", Some(other)) => {
                    return Err(format!(
                        "--layout is 'paged' or 'single_page', not '{other}'"
                    ));
                }
                ("--fields" | "--layout", None) => return Err(format!("{arg} needs a value")),
                (other, _) => return Err(format!("unexpected argument '{other}' for 'synthetic'")),
            }
        }
        let shape = shape.ok_or_else(|| "'synthetic' needs --fields N".to_string())?;
        Ok(Shape {
            layout,
            gates_open,
            ..shape
        })
    }

    fn check_files(args: &[String]) -> ExitCode {
        let mut deny_warnings = false;
        let mut files = Vec::new();
        for arg in args {
            match arg.as_str() {
                "--deny-warnings" => deny_warnings = true,
                flag if flag.starts_with("--") => {
                    return usage_error(&format!("unknown option '{flag}'"));
                }
                file => files.push(file),
            }
        }
        if files.is_empty() {
            return usage_error("'check' needs at least one file");
        }
        let (mut errors, mut warnings, mut unreadable) = (0, 0, false);
        for file in &files {
            let source = match std::fs::read_to_string(file) {
                Ok(source) => source,
                Err(error) => {
                    eprintln!("{file}: cannot read the file: {error}");
                    unreadable = true;
                    continue;
                }
            };
            let checked = check::check_source(&source);
            print!("{}", check::render(file, &source, &checked.problems));
            errors += checked.error_count();
            warnings += checked.warning_count();
        }
        let noun = if files.len() == 1 { "file" } else { "files" };
        println!(
            "{} in {} {noun}",
            check::count_in_words(errors, warnings),
            files.len()
        );
        if unreadable {
            ExitCode::from(2)
        } else if errors > 0 || (deny_warnings && warnings > 0) {
            ExitCode::from(1)
        } else {
            ExitCode::SUCCESS
        }
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    cli::main()
}

/// The tool is native only; the wasm build of this binary does nothing.
#[cfg(target_arch = "wasm32")]
fn main() {}
