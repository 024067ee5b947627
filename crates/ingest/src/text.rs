//! Decoding bytes to text, and building kept text with its offset map.
//!
//! [`decode`] turns the original bytes into a `String` plus a *base map* from positions
//! in that string to original byte offsets:
//! - valid UTF-8 maps exactly (a UTF-8 byte-order mark is skipped, offsets shift by 3);
//! - anything else (UTF-16 with a BOM, or legacy encodings guessed with `chardetng`) is
//!   re-encoded, and the map is **approximate at line granularity**: each line of the
//!   decoded text maps to the start of the same line in the original, and positions
//!   inside a line map linearly from there (exact for ASCII-only lines; off by the extra
//!   UTF-8 bytes of earlier non-ASCII characters otherwise). A warning says so.
//!
//! [`Builder`] accumulates kept text. Text copied verbatim from the source is recorded
//! as [`Segment`]s through the base map; synthesised text (a separator, a decoded
//! entity) gets no segment and maps to the start of the next one.
//!
//! [`assemble`] is the plain-text path: given the source lines and which ones were
//! dropped as chrome, it copies the kept lines verbatim (with their own line breaks)
//! and puts a synthesised blank line where a dropped block separated two kept ones.

use dossier_model::Segment;

/// Text decoded from the original bytes, with its map back to them.
#[derive(Debug, Clone)]
pub struct Decoded {
    pub text: String,
    /// Map from positions in `text` to original byte offsets.
    pub base: Vec<Segment>,
    pub warnings: Vec<String>,
}

/// Decode `bytes` to text. Never fails: undecodable bytes become U+FFFD.
pub fn decode(bytes: &[u8]) -> Decoded {
    if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        if let Ok(text) = std::str::from_utf8(rest) {
            return Decoded {
                text: text.to_string(),
                base: vec![seg(0, 3, text.len())],
                warnings: vec![],
            };
        }
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        return Decoded {
            text: text.to_string(),
            base: vec![seg(0, 0, text.len())],
            warnings: vec![],
        };
    }
    if let Some(decoded) = mostly_utf8(bytes) {
        return decoded;
    }
    let (encoding, bom_len) = if let Some((enc, len)) = encoding_rs::Encoding::for_bom(bytes) {
        (enc, len)
    } else {
        let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
        detector.feed(bytes, true);
        (detector.guess(None, chardetng::Utf8Detection::Deny), 0)
    };
    let body = bytes.get(bom_len..).unwrap_or(&[]);
    let (text, had_errors) = encoding.decode_without_bom_handling(body);
    let text = text.into_owned();
    let mut warnings = vec![format!(
        "not valid UTF-8: decoded as {}; offsets map to the original approximately, line by line",
        encoding.name()
    )];
    if had_errors {
        warnings.push(format!(
            "some bytes are invalid in {} and were replaced",
            encoding.name()
        ));
    }
    let unit = if encoding == encoding_rs::UTF_16LE || encoding == encoding_rs::UTF_16BE {
        2
    } else {
        1
    };
    let base = line_map(
        &text,
        body,
        bom_len,
        unit,
        encoding == encoding_rs::UTF_16BE,
    );
    Decoded {
        text,
        base,
        warnings,
    }
}

/// UTF-8 with a few bad bytes (a truncated copy, one corrupted byte) is UTF-8: a
/// guess at a legacy encoding would garble every other character of it (Russian
/// read as GBK). Taken as UTF-8 when its valid multi-byte characters outnumber its
/// invalid sequences ten to one; each invalid sequence becomes U+FFFD, which maps
/// to no original byte, and the rest maps exactly.
fn mostly_utf8(bytes: &[u8]) -> Option<Decoded> {
    let (bom, body) = match bytes.strip_prefix(b"\xEF\xBB\xBF") {
        Some(rest) => (3, rest),
        None => (0, bytes),
    };
    let mut multibyte = 0usize;
    let mut invalid = 0usize;
    for chunk in body.utf8_chunks() {
        multibyte += chunk.valid().chars().filter(|c| !c.is_ascii()).count();
        invalid += usize::from(!chunk.invalid().is_empty());
    }
    if multibyte == 0 || multibyte < 10 * invalid {
        return None;
    }
    let mut text = String::with_capacity(body.len() + 2 * invalid);
    let mut base = Vec::new();
    let mut original = bom;
    for chunk in body.utf8_chunks() {
        let valid = chunk.valid();
        if !valid.is_empty() {
            base.push(seg(text.len(), original, valid.len()));
            text.push_str(valid);
        }
        original += valid.len();
        if !chunk.invalid().is_empty() {
            text.push('\u{FFFD}');
            original += chunk.invalid().len();
        }
    }
    Some(Decoded {
        text,
        base,
        warnings: vec![format!(
            "not valid UTF-8: {invalid} invalid byte sequence(s) replaced with U+FFFD; the rest read as UTF-8"
        )],
    })
}

fn seg(text: usize, original: usize, len: usize) -> Segment {
    Segment {
        text: text as u32,
        original: original as u32,
        len: len as u32,
    }
}

/// Line-granular map between decoded `text` and the original `body` (which starts at
/// `offset` in the file). `unit` is the code-unit width of the original encoding.
fn line_map(text: &str, body: &[u8], offset: usize, unit: usize, big_endian: bool) -> Vec<Segment> {
    // Start offsets of original lines (after each newline code unit).
    let mut original_starts = vec![0usize];
    if unit == 1 {
        original_starts.extend(memchr::memchr_iter(b'\n', body).map(|i| i + 1));
    } else {
        let newline: [u8; 2] = if big_endian { [0, b'\n'] } else { [b'\n', 0] };
        let mut i = 0;
        while i + 1 < body.len() {
            if body[i..i + 2] == newline {
                original_starts.push(i + 2);
            }
            i += 2;
        }
    }
    let mut segments = Vec::new();
    let mut text_start = 0usize;
    for (line_idx, original_start) in original_starts.iter().enumerate() {
        if text_start > text.len() {
            break;
        }
        let text_end = memchr::memchr(b'\n', &text.as_bytes()[text_start..])
            .map(|i| text_start + i + 1)
            .unwrap_or(text.len());
        let original_end = original_starts
            .get(line_idx + 1)
            .copied()
            .unwrap_or(body.len());
        let mut len = (text_end - text_start).min(original_end.saturating_sub(*original_start));
        while !text.is_char_boundary(text_start + len) {
            len -= 1;
        }
        if len > 0 {
            segments.push(seg(text_start, offset + original_start, len));
        }
        if text_end == text.len() {
            break;
        }
        text_start = text_end;
    }
    segments
}

/// Kept text under construction, with its offset map.
#[derive(Debug, Default, Clone)]
pub struct Builder {
    pub text: String,
    pub segments: Vec<Segment>,
}

impl Builder {
    /// Append `source[range]` verbatim; `base` maps source positions to the original.
    /// Parts of the range that `base` does not cover count as synthesised.
    pub fn push_source(&mut self, source: &str, start: usize, end: usize, base: &[Segment]) {
        let Some(piece) = source.get(start..end) else {
            return;
        };
        if piece.is_empty() {
            return;
        }
        let out_start = self.text.len();
        self.text.push_str(piece);
        // First base segment that ends after `start`.
        let mut idx = base.partition_point(|s| (s.text + s.len) as usize <= start);
        while let Some(b) = base.get(idx) {
            let b_start = b.text as usize;
            let b_end = b_start + b.len as usize;
            if b_start >= end {
                break;
            }
            let lo = start.max(b_start);
            let hi = end.min(b_end);
            if lo < hi {
                let original = b.original as usize + (lo - b_start);
                self.add_segment(out_start + (lo - start), original, hi - lo);
            }
            idx += 1;
        }
    }

    /// Append text that is not a verbatim copy of the source.
    pub fn push_synth(&mut self, s: &str) {
        self.text.push_str(s);
    }

    fn add_segment(&mut self, text: usize, original: usize, len: usize) {
        if let Some(last) = self.segments.last_mut() {
            if (last.text + last.len) as usize == text
                && (last.original + last.len) as usize == original
            {
                last.len += len as u32;
                return;
            }
        }
        self.segments.push(seg(text, original, len));
    }

    /// Cut the text back to `len` bytes (must be a char boundary), trimming segments.
    pub fn truncate(&mut self, len: usize) {
        if len >= self.text.len() || !self.text.is_char_boundary(len) {
            return;
        }
        self.text.truncate(len);
        while let Some(last) = self.segments.last_mut() {
            let start = last.text as usize;
            if start >= len {
                self.segments.pop();
            } else {
                let end = start + last.len as usize;
                if end > len {
                    last.len = (len - start) as u32;
                }
                break;
            }
        }
    }

    /// Remove trailing whitespace.
    pub fn trim_end(&mut self) {
        let len = self.text.trim_end().len();
        self.truncate(len);
    }

    /// Make the text end with `n` newlines (after trimming trailing blanks), unless empty.
    pub fn break_lines(&mut self, n: usize) {
        let trimmed = self.text.trim_end_matches([' ', '\t']).len();
        self.truncate(trimmed);
        if self.text.is_empty() {
            return;
        }
        let have = self.text.len() - self.text.trim_end_matches('\n').len();
        for _ in have..n {
            self.text.push('\n');
        }
    }
}

/// One line of the source: `[start, end)` is its content without the line break,
/// `next` the start of the following line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Line {
    pub start: usize,
    pub end: usize,
    pub next: usize,
}

impl Line {
    pub fn text<'a>(&self, source: &'a str) -> &'a str {
        source.get(self.start..self.end).unwrap_or("")
    }
}

/// Split `source` into lines (`\n`, `\r\n` or lone `\r` terminated).
pub fn split_lines(source: &str) -> Vec<Line> {
    let bytes = source.as_bytes();
    let mut lines = Vec::with_capacity(bytes.len() / 60 + 1);
    let mut start = 0;
    for i in memchr::memchr2_iter(b'\n', b'\r', bytes) {
        if i < start {
            continue; // the '\n' of a "\r\n" already consumed
        }
        let next = if bytes[i] == b'\r' && bytes.get(i + 1) == Some(&b'\n') {
            i + 2
        } else {
            i + 1
        };
        lines.push(Line {
            start,
            end: i,
            next,
        });
        start = next;
    }
    if start < bytes.len() {
        lines.push(Line {
            start,
            end: bytes.len(),
            next: bytes.len(),
        });
    }
    lines
}

/// Kept text built from source lines.
#[derive(Debug, Default)]
pub struct Assembled {
    pub builder: Builder,
    /// For each source line, where it starts in the kept text (`None` when dropped).
    pub kept_start: Vec<Option<usize>>,
}

/// Copy the lines not marked in `drop` verbatim (line breaks included), skipping leading
/// blank lines; a dropped block between kept text becomes a synthesised paragraph break.
pub fn assemble(
    source: &str,
    lines: &[Line],
    drop: &[Option<&'static str>],
    base: &[Segment],
) -> Assembled {
    assemble_with(source, lines, drop, base, None)
}

/// Markup found on a line: the byte ranges of the line to leave out.
pub type Markup = fn(&str) -> Vec<std::ops::Range<usize>>;

/// Markdown markup on one line: an ATX heading's `#`s with the space after them
/// (and closing `#`s), and the `**` / `__` around strong emphasis. What is left
/// is copied verbatim, so a quote still reads as the file does without its markup.
pub fn markdown_markup(line: &str) -> Vec<std::ops::Range<usize>> {
    let bytes = line.as_bytes();
    let mut out = Vec::new();
    let indent = bytes.iter().take_while(|b| **b == b' ').count();
    let hashes = bytes[indent..].iter().take_while(|b| **b == b'#').count();
    let after = indent + hashes;
    if indent <= 3
        && (1..=6).contains(&hashes)
        && (after == bytes.len() || bytes[after] == b' ' || bytes[after] == b'\t')
    {
        let text_start = after
            + bytes[after..]
                .iter()
                .take_while(|b| b.is_ascii_whitespace())
                .count();
        out.push(indent..text_start);
        // Closing hashes: " ##" at the end.
        let trimmed = line.trim_end().len();
        let closing = bytes[..trimmed]
            .iter()
            .rev()
            .take_while(|b| **b == b'#')
            .count();
        let before = trimmed - closing;
        if closing > 0 && before > text_start && bytes[before - 1] == b' ' {
            let spaces = bytes[text_start..before]
                .iter()
                .rev()
                .take_while(|b| **b == b' ')
                .count();
            out.push(before - spaces..trimmed);
        }
    }
    for marker in ["**", "__"] {
        let found: Vec<usize> = line.match_indices(marker).map(|(i, _)| i).collect();
        let mut pairs = found.chunks_exact(2);
        for pair in pairs.by_ref() {
            let (open, close) = (pair[0], pair[1]);
            let inner = &line[open + 2..close];
            let word = |b: Option<&u8>| b.is_some_and(|b| b.is_ascii_alphanumeric());
            let flanked = !inner.is_empty()
                && !inner.starts_with(char::is_whitespace)
                && !inner.ends_with(char::is_whitespace)
                && (marker == "**"
                    || (!word(open.checked_sub(1).and_then(|i| bytes.get(i)))
                        && !word(bytes.get(close + 2))));
            if flanked
                && out
                    .iter()
                    .all(|r: &std::ops::Range<usize>| r.end <= open || r.start >= close + 2)
            {
                out.push(open..open + 2);
                out.push(close..close + 2);
            }
        }
    }
    out.sort_by_key(|r| r.start);
    out
}

/// [`assemble`], leaving out of each kept line what `markup` finds on it. A line
/// that lost markup has no `kept_start` (its words no longer sit at one offset
/// from its start).
pub fn assemble_with(
    source: &str,
    lines: &[Line],
    drop: &[Option<&'static str>],
    base: &[Segment],
    markup: Option<Markup>,
) -> Assembled {
    let mut builder = Builder {
        text: String::with_capacity(source.len()),
        segments: Vec::new(),
    };
    let mut kept_start = vec![None; lines.len()];
    let mut gap = false;
    let mut idx = 0;
    while idx < lines.len() {
        if drop.get(idx).copied().flatten().is_some() {
            gap = true;
            idx += 1;
            continue;
        }
        if builder.text.is_empty() && lines[idx].text(source).trim().is_empty() {
            idx += 1;
            continue;
        }
        // A run of consecutive kept lines is copied in one piece.
        let run_start = idx;
        while idx < lines.len() && drop.get(idx).copied().flatten().is_none() {
            idx += 1;
        }
        if gap && !builder.text.is_empty() {
            builder.break_lines(2);
        }
        gap = false;
        if let Some(markup) = markup {
            for (line_idx, line) in lines.iter().enumerate().take(idx).skip(run_start) {
                let ranges = markup(line.text(source));
                if ranges.is_empty() {
                    kept_start[line_idx] = Some(builder.text.len());
                    builder.push_source(source, line.start, line.next, base);
                    continue;
                }
                let mut at = line.start;
                for range in ranges {
                    builder.push_source(source, at, line.start + range.start, base);
                    at = at.max(line.start + range.end);
                }
                builder.push_source(source, at, line.next, base);
            }
            continue;
        }
        let offset = builder.text.len();
        for (line_idx, line) in lines.iter().enumerate().take(idx).skip(run_start) {
            kept_start[line_idx] = Some(offset + (line.start - lines[run_start].start));
        }
        builder.push_source(source, lines[run_start].start, lines[idx - 1].next, base);
    }
    builder.trim_end();
    for start in kept_start.iter_mut() {
        if matches!(start, Some(s) if *s > builder.text.len()) {
            *start = None;
        }
    }
    Assembled {
        builder,
        kept_start,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markdown_markup_is_headings_and_strong_emphasis() {
        let strip = |line: &str| {
            let mut out = String::new();
            let mut at = 0;
            for r in markdown_markup(line) {
                out.push_str(&line[at..r.start]);
                at = at.max(r.end);
            }
            out.push_str(&line[at..]);
            out
        };
        assert_eq!(
            strip("## Executions and the 2003 moratorium"),
            "Executions and the 2003 moratorium"
        );
        assert_eq!(strip("# Title #"), "Title");
        assert_eq!(strip("   ### Deep"), "   Deep");
        assert_eq!(strip("#hashtag is no heading"), "#hashtag is no heading");
        assert_eq!(strip("####### seven is none"), "####### seven is none");
        assert_eq!(
            strip("It was **not** carried out."),
            "It was not carried out."
        );
        assert_eq!(
            strip("__Published:__ 12 May 2019"),
            "Published: 12 May 2019"
        );
        assert_eq!(
            strip("a snake__case__name stays"),
            "a snake__case__name stays"
        );
        assert_eq!(strip("a lone ** stays"), "a lone ** stays");
        assert_eq!(strip("** spaced ** stays"), "** spaced ** stays");
        assert_eq!(strip("## A **bold** heading"), "A bold heading");
    }

    fn check_lines(input: &str, expect: &[&str]) {
        let lines = split_lines(input);
        let got: Vec<&str> = lines.iter().map(|l| l.text(input)).collect();
        assert_eq!(got, expect, "input {input:?}");
    }

    #[test]
    fn lines_split_on_all_breaks() {
        check_lines("a\nb", &["a", "b"]);
        check_lines("a\r\nb\r\n", &["a", "b"]);
        check_lines("a\rb\n\nc", &["a", "b", "", "c"]);
        check_lines("", &[]);
    }

    fn check_assemble(input: &str, drop_idx: &[usize], expect: &str) {
        let lines = split_lines(input);
        let mut drop = vec![None; lines.len()];
        for &i in drop_idx {
            drop[i] = Some("test");
        }
        let base = vec![seg(0, 0, input.len())];
        let out = assemble(input, &lines, &drop, &base);
        assert_eq!(out.builder.text, expect);
        // Every segment is a verbatim copy.
        for s in &out.builder.segments {
            let kept = &out.builder.text[s.text as usize..(s.text + s.len) as usize];
            let orig = &input[s.original as usize..(s.original + s.len) as usize];
            assert_eq!(kept, orig);
        }
    }

    #[test]
    fn assemble_keeps_runs_verbatim() {
        check_assemble(
            "Menu line\n\nFirst para  with  spaces.\nwrapped on.\n",
            &[0],
            "First para  with  spaces.\nwrapped on.",
        );
        check_assemble("One.\nNoise\nTwo.\n", &[1], "One.\n\nTwo.");
        check_assemble("One.\n\nNoise\n\nTwo.", &[2], "One.\n\n\nTwo.");
        check_assemble("Only noise", &[0], "");
    }

    #[test]
    fn builder_maps_through_base() {
        let source = "abcdef";
        let base = vec![seg(0, 10, 3), seg(3, 20, 3)];
        let mut b = Builder::default();
        b.push_source(source, 1, 5, &base);
        assert_eq!(b.text, "bcde");
        assert_eq!(b.segments, vec![seg(0, 11, 2), seg(2, 20, 2)]);
        b.truncate(3);
        assert_eq!(b.segments, vec![seg(0, 11, 2), seg(2, 20, 1)]);
    }

    #[test]
    fn one_bad_byte_does_not_garble_a_utf8_document() {
        let russian = "Верховный суд Казахстана рассмотрел апелляцию журналиста. ".repeat(20);
        let mut bytes = russian.as_bytes().to_vec();
        let at = russian.find(' ').unwrap_or(0);
        bytes.insert(at, 0xFF);
        let d = decode(&bytes);
        assert!(
            d.text.contains("Верховный суд Казахстана"),
            "{}",
            &d.text[..200]
        );
        assert_eq!(d.text.matches('\u{FFFD}').count(), 1);
        assert!(d.warnings[0].contains("1 invalid byte sequence"));
        // Every segment maps its text back to the same original bytes.
        for segment in &d.base {
            let text = &d.text.as_bytes()[segment.text as usize..][..segment.len as usize];
            let original = &bytes[segment.original as usize..][..segment.len as usize];
            assert_eq!(text, original);
        }
        // Latin-1 text is still read as Latin-1.
        let latin1 = b"Caf\xe9 cr\xe8me, d\xe9j\xe0 vu: le d\xe9cret du 3 mai.".to_vec();
        assert!(decode(&latin1).text.contains("Café crème"));
    }

    #[test]
    fn decode_utf8_bom_and_latin1() {
        let d = decode(b"\xEF\xBB\xBFhello");
        assert_eq!(d.text, "hello");
        assert_eq!(d.base, vec![seg(0, 3, 5)]);
        let d = decode(b"caf\xe9 cr\xe8me\nsecond line");
        assert!(d.text.starts_with("café crème"), "{}", d.text);
        assert!(!d.warnings.is_empty());
        // The second line maps exactly to its start in the original.
        let second = d.text.find("second").unwrap();
        let seg2 = d.base.iter().find(|s| s.text as usize == second).unwrap();
        assert_eq!(seg2.original, 11);
    }

    #[test]
    fn decode_utf16_with_bom() {
        let mut bytes = vec![0xFF, 0xFE];
        for unit in "hi\nyo".encode_utf16() {
            bytes.extend_from_slice(&unit.to_le_bytes());
        }
        let d = decode(&bytes);
        assert_eq!(d.text, "hi\nyo");
        assert_eq!(d.base.last().map(|s| s.original), Some(8));
    }
}
