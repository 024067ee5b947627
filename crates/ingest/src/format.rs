//! Format detection from content first, then from the file name.
//!
//! Order of checks: empty (or whitespace-only) input; `%PDF-` magic within the first
//! KiB; known binary magics (PNG, JPEG, GIF, ZIP/Office, gzip, ELF, ...); NUL bytes or
//! too many control characters in the first 8 KiB (a UTF-16 byte-order mark exempts the
//! file); HTML sniffing (`<!doctype html`, `<html`, or a leading comment / XML
//! declaration followed by `<html`); and only then the extension (`.html`, `.htm`,
//! `.xhtml`, `.md`, `.markdown`). Everything else is plain text.

use dossier_model::Format;
use std::path::Path;

/// Why the bytes cannot be ingested as a document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    Empty,
    Binary(String),
}

/// Known binary signatures: (magic bytes, description).
const BINARY_MAGIC: &[(&[u8], &str)] = &[
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xFF\xD8\xFF", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"PK\x03\x04", "ZIP archive (or Office document)"),
    (b"PK\x05\x06", "ZIP archive"),
    (b"\x1F\x8B", "gzip archive"),
    (b"\x7FELF", "ELF executable"),
    (b"BZh", "bzip2 archive"),
    (b"\xFD7zXZ\x00", "xz archive"),
    (b"7z\xBC\xAF\x27\x1C", "7-zip archive"),
    (b"Rar!\x1A\x07", "RAR archive"),
    (
        b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1",
        "OLE2 (legacy Office) document",
    ),
    (b"RIFF", "RIFF media file"),
    (b"\x00\x00\x01\x00", "icon image"),
    (b"SQLite format 3\x00", "SQLite database"),
    (b"\xCA\xFE\xBA\xBE", "Mach-O or Java class file"),
    (b"\x28\xB5\x2F\xFD", "zstd archive"),
    (b"wOFF", "web font"),
    (b"\x00asm", "WebAssembly module"),
];

/// The extensions ingest reads (files without one are tried too): plain text, Markdown,
/// HTML, PDF, and Org-mode and AsciiDoc files, read as plain text with their
/// keyword and title lines ("#+TITLE:", "= Title") as a head's.
pub const EXTENSIONS: &[&str] = &[
    "txt", "text", "md", "markdown", "mdown", "html", "htm", "xhtml", "pdf", "org", "adoc",
    "asciidoc",
];

/// Detect the format of `bytes`, named `path`.
pub fn detect(path: &Path, bytes: &[u8]) -> Result<Format, Refusal> {
    let body = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    if body.iter().all(|b| b.is_ascii_whitespace()) {
        return Err(Refusal::Empty);
    }
    let head = &bytes[..bytes.len().min(1024)];
    if memchr::memmem::find(head, b"%PDF-").is_some() {
        return Ok(Format::Pdf);
    }
    for (magic, what) in BINARY_MAGIC {
        if bytes.starts_with(magic) {
            return Err(Refusal::Binary(format!("binary file ({what})")));
        }
    }
    let utf16 = bytes.starts_with(b"\xFF\xFE") || bytes.starts_with(b"\xFE\xFF");
    if !utf16 {
        let sample = &bytes[..bytes.len().min(8192)];
        if memchr::memchr(0, sample).is_some() {
            return Err(Refusal::Binary(
                "binary file (contains NUL bytes)".to_string(),
            ));
        }
        let control = sample
            .iter()
            .filter(|&&b| b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0C | 0x1B))
            .count();
        if control * 10 > sample.len() {
            return Err(Refusal::Binary(format!(
                "binary file ({control} control characters in the first {} bytes)",
                sample.len()
            )));
        }
    }
    if looks_like_html(body) {
        return Ok(Format::Html);
    }
    let ext = path
        .extension()
        .and_then(|e| e.to_str())
        .map(|e| e.to_ascii_lowercase())
        .unwrap_or_default();
    Ok(match ext.as_str() {
        "html" | "htm" | "xhtml" => Format::Html,
        "md" | "markdown" | "mdown" => Format::Markdown,
        _ => Format::Txt,
    })
}

fn looks_like_html(body: &[u8]) -> bool {
    let start = body
        .iter()
        .position(|b| !b.is_ascii_whitespace())
        .unwrap_or(body.len());
    let head = &body[start..body.len().min(start + 1024)];
    let lower: Vec<u8> = head.iter().map(|b| b.to_ascii_lowercase()).collect();
    if lower.starts_with(b"<!doctype html") || lower.starts_with(b"<html") {
        return true;
    }
    (lower.starts_with(b"<!--") || lower.starts_with(b"<?xml") || lower.starts_with(b"<!doctype"))
        && memchr::memmem::find(&lower, b"<html").is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(name: &str, bytes: &[u8], expect: Result<Format, &str>) {
        let got = detect(Path::new(name), bytes);
        match (got, expect) {
            (Ok(g), Ok(e)) => assert_eq!(g, e, "{name}"),
            (Err(Refusal::Empty), Err(e)) => assert_eq!("empty", e, "{name}"),
            (Err(Refusal::Binary(msg)), Err(e)) => {
                assert!(msg.contains(e), "{name}: {msg} lacks {e}")
            }
            (g, e) => panic!("{name}: got {g:?}, expected {e:?}"),
        }
    }

    #[test]
    fn detects_by_content_then_name() {
        check("a.txt", b"plain words", Ok(Format::Txt));
        check("a.md", b"# Heading", Ok(Format::Markdown));
        check("a.htm", b"<p>fragment</p>", Ok(Format::Html));
        check("noext", b"  <!DOCTYPE html><html></html>", Ok(Format::Html));
        check(
            "wrong.txt",
            b"<html lang=en><body>x</body></html>",
            Ok(Format::Html),
        );
        check("x.bin", b"<!-- saved --><html>", Ok(Format::Html));
        check("report.txt", b"%PDF-1.4\n...", Ok(Format::Pdf));
        check("e.txt", b"", Err("empty"));
        check("e.txt", b" \n\t\r\n", Err("empty"));
        check("e.txt", b"\xEF\xBB\xBF\n", Err("empty"));
        check("p.txt", b"\x89PNG\r\n\x1a\nrest", Err("PNG"));
        check("z.html", b"PK\x03\x04rest", Err("ZIP"));
        check("n.txt", b"abc\x00def", Err("NUL"));
        check("c.txt", b"\x01\x02\x03\x04abc", Err("control"));
    }
}
