//! Writing to stdout without panicking on a closed pipe.

use std::io::{IsTerminal, Write};

/// Print `text` (plus a newline) to stdout; a closed pipe becomes an error that
/// `main` turns into a quiet exit 0.
pub fn line(text: impl AsRef<str>) -> anyhow::Result<()> {
    let mut out = std::io::stdout().lock();
    out.write_all(text.as_ref().as_bytes())?;
    out.write_all(b"\n")?;
    Ok(())
}

pub fn json<T: serde::Serialize>(value: &T) -> anyhow::Result<()> {
    let mut out = std::io::stdout().lock();
    serde_json::to_writer_pretty(&mut out, value)?;
    out.write_all(b"\n")?;
    Ok(())
}

pub fn raw(bytes: &[u8]) -> anyhow::Result<()> {
    let mut out = std::io::stdout().lock();
    out.write_all(bytes)?;
    Ok(())
}

/// `text` safe to print to a terminal: control characters (escape sequences in a
/// file name) are shown escaped, never sent raw.
pub fn printable(text: &str) -> std::borrow::Cow<'_, str> {
    if !text.chars().any(char::is_control) {
        return text.into();
    }
    text.chars()
        .map(|c| {
            if c.is_control() {
                c.escape_default().to_string()
            } else {
                c.to_string()
            }
        })
        .collect::<String>()
        .into()
}

pub fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|cause| {
        cause
            .downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
            || cause
                .downcast_ref::<serde_json::Error>()
                .and_then(|j| j.io_error_kind())
                .is_some_and(|k| k == std::io::ErrorKind::BrokenPipe)
    })
}

/// Terminal styling, off when stdout is not a terminal or NO_COLOR is set.
pub struct Style {
    on: bool,
}

impl Style {
    pub fn detect() -> Style {
        Style {
            on: std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none(),
        }
    }
    pub fn bold(&self, s: &str) -> String {
        if self.on {
            format!("\x1b[1m{s}\x1b[0m")
        } else {
            s.to_string()
        }
    }
    pub fn dim(&self, s: &str) -> String {
        if self.on {
            format!("\x1b[2m{s}\x1b[0m")
        } else {
            s.to_string()
        }
    }
    /// Render a fragment with highlighted byte ranges.
    pub fn highlight(&self, fragment: &str, ranges: &[std::ops::Range<usize>]) -> String {
        let (open, close) = if self.on {
            ("\x1b[1;33m", "\x1b[0m")
        } else {
            ("[", "]")
        };
        let mut out = String::new();
        let mut pos = 0;
        for range in ranges {
            let (Some(before), Some(inner)) =
                (fragment.get(pos..range.start), fragment.get(range.clone()))
            else {
                continue;
            };
            out.push_str(before);
            out.push_str(open);
            out.push_str(inner);
            out.push_str(close);
            pos = range.end;
        }
        out.push_str(fragment.get(pos..).unwrap_or(""));
        out.split_whitespace().collect::<Vec<_>>().join(" ")
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn escape_codes_in_names_never_reach_the_terminal_raw() {
        assert_eq!(super::printable("report.txt"), "report.txt");
        let name = "evil\u{1b}[2J\u{1b}]0;owned\u{7}.txt";
        let shown = super::printable(name);
        assert!(!shown.chars().any(char::is_control), "{shown:?}");
        assert_eq!(shown, "evil\\u{1b}[2J\\u{1b}]0;owned\\u{7}.txt");
    }
}
