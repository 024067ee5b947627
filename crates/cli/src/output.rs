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

/// Text from the engine as a reader says it: identifiers (`abolitionist_for_all_crimes`)
/// in words, ISO intervals (`2021/`, `/2016`, `2003/2004`) as "from 2021 on",
/// "until 2016", "2003 to 2004" (as the web UI's `humanText`).
pub fn human(text: &str) -> String {
    use regex::Regex;
    use std::sync::LazyLock;
    const DAY: &str = r"\d{4}(?:-\d{2}(?:-\d{2})?)?";
    static RULES: LazyLock<Vec<(Regex, &'static str)>> = LazyLock::new(|| {
        [
            (format!(r"\b({DAY})/({DAY})\b"), "$1 to $2"),
            (format!(r"\b(as of|since) ({DAY})/([^\d/]|$)"), "from $2$3"),
            (format!(r"\bin ({DAY})/([^\d/]|$)"), "from $1 on$2"),
            (format!(r"\b({DAY})/([^\d/]|$)"), "from $1$2"),
            (format!(r"(^|[\s(])/({DAY})\b"), "${1}until $2"),
        ]
        .into_iter()
        .map(|(pattern, with)| (Regex::new(&pattern).expect("valid pattern"), with))
        .collect()
    });
    static IDENTIFIER: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"\b[a-z]+(?:_[a-z]+)+\b").expect("valid pattern"));
    let mut out = IDENTIFIER
        .replace_all(text, |c: &regex::Captures<'_>| c[0].replace('_', " "))
        .into_owned();
    for (pattern, with) in RULES.iter() {
        out = pattern.replace_all(&out, *with).into_owned();
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn engine_text_reads_as_words() {
        use super::human;
        assert_eq!(
            human("stated to be abolitionist_for_all_crimes in 2021/)"),
            "stated to be abolitionist for all crimes from 2021 on)"
        );
        assert_eq!(human("retentionist since 2003/"), "retentionist from 2003");
        assert_eq!(human("in force 2003/2004-06"), "in force 2003 to 2004-06");
        assert_eq!(human("the law (/2016) says"), "the law (until 2016) says");
        assert_eq!(human("No.139/2014 and 10/12"), "No.139/2014 and 10/12");
    }

    #[test]
    fn escape_codes_in_names_never_reach_the_terminal_raw() {
        assert_eq!(super::printable("report.txt"), "report.txt");
        let name = "evil\u{1b}[2J\u{1b}]0;owned\u{7}.txt";
        let shown = super::printable(name);
        assert!(!shown.chars().any(char::is_control), "{shown:?}");
        assert_eq!(shown, "evil\\u{1b}[2J\\u{1b}]0;owned\\u{7}.txt");
    }
}
