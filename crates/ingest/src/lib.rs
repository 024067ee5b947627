//! dossier-ingest: bytes to [`Document`].
//!
//! **Invariant:** the only crate that links HTML and PDF parsers. Pure apart from
//! [`read_path`], which reads one file; it never touches the store.
//!
//! Pipeline of [`parse`]:
//! 1. [`format::detect`]: format by content, then by name; refuse empty and binary input.
//! 2. Decode ([`text::decode`]), or read the page ([`html::parse`]) or the PDF text layer
//!    ([`pdf::extract`]). Each yields a *source* text and a map from it to the original.
//! 3. Split the source into lines; [`meta::from_lines`] reads metadata from the head,
//!    then [`chrome::classify`] marks site chrome, and [`text::assemble`] copies the kept
//!    lines verbatim into [`Document::text`], recording every copy in the offset map and
//!    every dropped block in [`Document::dropped`].
//! 4. Passages ([`passage::passages`]) and language ([`meta::detect_language`]).
//!
//! Near-duplicate fingerprints are separate: [`fingerprint`] and [`similarity`].

pub mod chrome;
pub mod dedup;
pub mod format;
pub mod html;
pub mod meta;
pub mod passage;
pub mod pdf;
pub mod text;

pub use dedup::{fingerprint, similarity, Fingerprint};

use dossier_model::{DocId, Document, Dropped, Format, Layer, OffsetMap, Segment, Span};
use meta::{Finds, Found, Loc};
use sha2::{Digest, Sha256};
use std::path::{Path, PathBuf};

/// Why a file could not be ingested. Every message names the file and the problem.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("{path}: cannot read: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{path}: {reason}")]
    Invalid { path: PathBuf, reason: String },
    #[error("{path}: empty file (no text to ingest)")]
    Empty { path: PathBuf },
    #[error("{path}: file is {size} bytes, over the limit of {limit} bytes")]
    TooLarge {
        path: PathBuf,
        size: u64,
        limit: u64,
    },
    #[error("{path}: not a text document: {what}")]
    Binary { path: PathBuf, what: String },
    #[error("{path}: {reason}")]
    Pdf { path: PathBuf, reason: String },
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Limits and switches for reading one file.
#[derive(Clone, Debug)]
pub struct Config {
    /// Files larger than this are refused with a clear error.
    pub max_file_bytes: u64,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            max_file_bytes: 100 * 1024 * 1024,
        }
    }
}

/// Lowercase hex SHA-256 of `bytes`.
pub fn sha256_hex(bytes: &[u8]) -> String {
    let digest = Sha256::digest(bytes);
    digest.iter().map(|b| format!("{b:02x}")).collect()
}

/// Read and parse one file. The size is checked before the file is read.
pub fn read_path(path: &Path, config: &Config) -> Result<Document> {
    let io = |source| Error::Io {
        path: path.to_path_buf(),
        source,
    };
    let metadata = std::fs::metadata(path).map_err(io)?;
    if metadata.is_dir() {
        return Err(Error::Invalid {
            path: path.to_path_buf(),
            reason: "is a directory, not a file".to_string(),
        });
    }
    if metadata.len() > config.max_file_bytes {
        return Err(Error::TooLarge {
            path: path.to_path_buf(),
            size: metadata.len(),
            limit: config.max_file_bytes,
        });
    }
    let bytes = std::fs::read(path).map_err(io)?;
    parse(path, &bytes, config)
}

/// Parse the bytes of one file (named by `path`) into a document.
pub fn parse(path: &Path, bytes: &[u8], config: &Config) -> Result<Document> {
    let err_path = || path.to_path_buf();
    if bytes.len() as u64 > config.max_file_bytes {
        return Err(Error::TooLarge {
            path: err_path(),
            size: bytes.len() as u64,
            limit: config.max_file_bytes,
        });
    }
    if bytes.len() > u32::MAX as usize {
        return Err(Error::TooLarge {
            path: err_path(),
            size: bytes.len() as u64,
            limit: u32::MAX as u64,
        });
    }
    let format = format::detect(path, bytes).map_err(|refusal| match refusal {
        format::Refusal::Empty => Error::Empty { path: err_path() },
        format::Refusal::Binary(what) => Error::Binary {
            path: err_path(),
            what,
        },
    })?;

    let mut warnings = Vec::new();
    let mut dropped: Vec<Dropped> = Vec::new();
    // The source text to clean, its map to the original, and format-specific metadata.
    // Where each page begins in the source text (PDF only).
    let mut source_pages: Vec<usize> = Vec::new();
    let mut page_title: Option<Found<String>> = None;
    let (source, base, before, mut after) = match format {
        Format::Pdf => {
            let pdf = pdf::extract(bytes).map_err(|reason| Error::Pdf {
                path: err_path(),
                reason,
            })?;
            warnings.extend(pdf.warnings);
            source_pages = pdf.pages;
            let len = pdf.text.len();
            (
                pdf.text,
                vec![Segment {
                    text: 0,
                    original: 0,
                    len: len as u32,
                }],
                Finds::default(),
                pdf.finds,
            )
        }
        Format::Html => {
            let decoded = text::decode(bytes);
            warnings.extend(decoded.warnings);
            let page = html::parse(&decoded.text, &decoded.base);
            let footer = html::footer_publisher(&decoded.text, &page.dropped);
            let decoded_map = OffsetMap {
                segments: decoded.base,
            };
            let mut after = Finds::default();
            if let Some((name, range)) = footer {
                let loc = decoded_map
                    .span_to_original(Span::new(range.start, range.end))
                    .map_or(Loc::None, |s| {
                        Loc::Original(s.start as usize..s.end as usize)
                    });
                after.publisher = Some(Found::new(name, loc, "html_footer"));
            }
            for (range, rule) in page.dropped {
                if let Some(span) = decoded_map.span_to_original(Span::new(range.start, range.end))
                {
                    dropped.push(Dropped { span, rule });
                }
            }
            if after.publisher.is_none() {
                after.publisher = page.logo_publisher;
            }
            if let Some(day) = page.class_date.or(page.time_date).or(page.graph_date) {
                after.published = Some(day);
            }
            let mut finds = page.finds;
            if finds.title.is_none() {
                finds.title = page.h1.and_then(|r| {
                    let value = page.builder.text.get(r.clone())?;
                    // A heading broken over lines (`<br>`) reads as one line.
                    let value = if value.contains('\n') {
                        value.split_whitespace().collect::<Vec<_>>().join(" ")
                    } else {
                        value.to_string()
                    };
                    Some(Found::new(value, Loc::Source(r), "html_h1"))
                });
            }
            // The `<title>` a headline or a `<meta>` title took the place of: a report
            // series may be named only there.
            match finds.title {
                None if !page.title_is_site => finds.title = page.title_tag,
                _ => page_title = page.title_tag,
            }
            (page.builder.text, page.builder.segments, finds, after)
        }
        Format::Txt | Format::Markdown => {
            let decoded = text::decode(bytes);
            warnings.extend(decoded.warnings);
            (
                decoded.text,
                decoded.base,
                Finds::default(),
                Finds::default(),
            )
        }
    };

    let lines = text::split_lines(&source);
    let drop = chrome::classify(&source, &lines);
    let found = meta::from_lines(&source, &lines, &drop, &mut warnings);
    let mut drop = drop;
    if matches!(format, Format::Txt | Format::Markdown) {
        chrome::hidden_source_lines(&source, &lines, format == Format::Markdown, &mut drop);
    }
    // Markdown's markup (`## `, `**`) is no part of what a document says.
    let markup = (format == Format::Markdown).then_some(text::markdown_markup as text::Markup);
    let assembled = text::assemble_with(&source, &lines, &drop, &base, markup);
    let base_map = OffsetMap { segments: base };

    // Dropped lines, one entry per run with the same rule.
    let mut idx = 0;
    while idx < lines.len() {
        let Some(rule) = drop[idx] else {
            idx += 1;
            continue;
        };
        let first = idx;
        while idx + 1 < lines.len() && drop[idx + 1] == Some(rule) {
            idx += 1;
        }
        let span = Span::new(lines[first].start, lines[idx].end);
        if let Some(span) = base_map.span_to_original(span) {
            dropped.push(Dropped {
                span,
                rule: rule.to_string(),
            });
        }
        idx += 1;
    }

    let kept = assembled.builder.text;
    if !kept.chars().any(char::is_alphanumeric) {
        return Err(Error::Invalid {
            path: err_path(),
            reason: "no text left after removing site chrome".to_string(),
        });
    }
    // A page's `<title>` that joins the site's name to the headline the text opens
    // with ("Daily Courier - Court commutes ..."): the headline, located in the text.
    let mut before = before;
    let mut found = found;
    if let (Some(tag), Some(first)) = (before.title.as_ref(), found.title.as_ref()) {
        if tag.rule == "html_title" && html::is_title_segment(&tag.value, &first.value) {
            page_title = before.title.take();
            before.title = found.title.take();
        }
    }
    // A judgment's page under a site's `<title>` ("HUDOC - European Court of Human
    // Rights"): the caption the text opens with is its title, the court that decided its
    // publisher, not the site.
    if found
        .title
        .as_ref()
        .is_some_and(|t| t.rule == "judgment_caption")
    {
        if before
            .title
            .as_ref()
            .is_some_and(|t| t.rule == "html_title")
        {
            page_title = before.title.take();
        }
        if found.publisher.as_ref().is_some_and(|p| p.rule == "court")
            && before
                .publisher
                .as_ref()
                .is_some_and(|p| p.rule.starts_with("html_title") || p.rule == "html_home_link")
        {
            before.publisher = None;
        }
    }
    // The text's first line read as the title is the site's masthead ("Daily Mirror"
    // under the `<title>` "Daily Mirror Online - Sri Lanka"): no headline, abstain.
    if let (Some(site), Some(first)) = (before.publisher.as_ref(), found.title.as_ref()) {
        let fold = |s: &str| {
            s.to_lowercase()
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
        };
        let (site, first) = (fold(&site.value), fold(&first.value));
        if before.title.is_none()
            && site.len() > first.len()
            && site.starts_with(&first)
            && site[first.len()..].trim() == "online"
        {
            found.title = None;
        }
    }
    // A page that wraps another body's document under its own name ("Refworld | ...",
    // a home link to the portal) and says whose it is in a labelled line ("Publisher:
    // Example Centre"), or whose name heads the text over the document's type ("Home
    // Office" / "Guidance", a department's name over "Press release"): the body the
    // text names is the publisher, not the portal.
    if found
        .publisher
        .as_ref()
        .is_some_and(|p| matches!(p.rule, "publisher_line" | "masthead" | "from_line"))
        && before
            .publisher
            .as_ref()
            .is_some_and(|p| p.rule == "html_title_site" || p.rule == "html_home_link")
    {
        before.publisher = None;
    }
    // A site named as a body's press office in its `og:site_name` ("ECOWAS Press Centre")
    // whose copyright footer names the body in full ("(c) 2024 ECOWAS Commission"): the
    // body publishes, not its press office.
    if let (Some(site), Some(foot)) = (before.publisher.as_ref(), after.publisher.as_ref()) {
        let stem = (site.rule == "html_meta")
            .then(|| meta::site_section_stem(&site.value))
            .flatten();
        if stem.is_some_and(|stem| {
            foot.value.len() > stem.len() + 1
                && foot
                    .value
                    .get(..stem.len())
                    .is_some_and(|head| head.eq_ignore_ascii_case(stem))
                && foot
                    .value
                    .get(stem.len()..)
                    .is_some_and(|t| t.starts_with(' '))
        }) {
            before.publisher = after.publisher.clone();
        }
    }
    // An old page's first large type that is the body's letterhead (a `<FONT SIZE=4>`
    // name over "PRESS STATEMENT" and the headline): the text's masthead, not the title.
    if let (Some(h1), Some(mast)) = (before.title.as_ref(), found.publisher.as_ref()) {
        if h1.rule == "html_h1"
            && matches!(mast.rule, "masthead" | "cover_masthead")
            && found.title.is_some()
            && h1
                .value
                .to_lowercase()
                .split_whitespace()
                .eq(mast.value.to_lowercase().split_whitespace())
        {
            before.title = None;
        }
    }
    // A platform that hosts the page ("LinkedIn", "GitHub", a web archive) publishes
    // nothing of its own there: whoever the text names next is the publisher, or none.
    for f in [&mut before, &mut found, &mut after] {
        f.publisher.take_if(|p| meta::heads::is_platform(&p.value));
    }
    let mut finds = before.or(found).or(after);
    if let Some(tag) = finds.title.as_ref().filter(|t| t.rule == "html_title") {
        if let Some(headline) =
            html::title_segment_line(&tag.value, &source, &lines).or_else(|| {
                let site = finds.publisher.as_ref().map(|p| p.value.as_str());
                html::headline_holding_title(&tag.value, site, &source, &lines)
            })
        {
            page_title = finds.title.replace(headline);
        }
    }
    meta::report_series(&source, &lines, &mut finds, page_title.as_ref());
    meta::expand_acronym(&source, &mut finds);
    meta::late_reads(
        &source,
        &String::from_utf8_lossy(bytes),
        &lines,
        &drop,
        &mut finds,
    );
    meta::printed_heads(&source, &lines, &mut finds);
    meta::hearing_print(&source, &lines, &mut finds);
    meta::committee_hansard(&source, &lines, &mut finds);
    meta::cause_list(&source, &lines, &mut finds);
    meta::question_paper(&source, &lines, &mut finds);
    meta::browser_print(&source, &lines, &mut finds);
    // A live blog gives only its last update's day ("Updated 18:05, Wed 13 September
    // 2023"): it is written on that day, its day of publication.
    if finds.published.is_none() {
        if let Some(updated) = finds.updated.as_ref().filter(|u| u.value.len() == 10) {
            let titles = [finds.title.as_ref(), page_title.as_ref()];
            if meta::live_page(&source, &lines, &titles) {
                finds.published = Some(Found::new(
                    updated.value.clone(),
                    updated.loc.clone(),
                    "live_updated",
                ));
            }
        }
    }
    if finds.period.is_none() {
        finds.period = meta::year_ended(&source);
    }
    if finds.period.is_none() {
        finds.period = finds.title.as_ref().and_then(meta::title_years);
    }
    // A PDF cover whose first line is the body its running footer names.
    if format == Format::Pdf && finds.publisher.is_none() {
        if let Some(t) = finds
            .title
            .take_if(|t| meta::title_is_footer_body(&source, &t.value))
        {
            finds.publisher = Some(Found::new(t.value, t.loc, "footer_body"));
        }
    }
    // A PDF cover that names its publisher only at its foot.
    if format == Format::Pdf && finds.publisher.is_none() {
        let first_page_end = source_pages.get(1).copied().unwrap_or(source.len());
        finds.publisher = meta::cover_foot_publisher(&source, &lines, first_page_end);
    }
    if finds.language.is_none() {
        finds.language = meta::detect_language(&kept)
            .map(|lang| Found::new(lang.to_string(), Loc::None, "stopwords"));
    }
    let locate = |loc: &Loc| -> (Option<Span>, Layer) {
        match loc {
            Loc::None => (None, Layer::Original),
            Loc::Original(r) => (Some(Span::new(r.start, r.end)), Layer::Original),
            Loc::Source(r) => {
                let line_idx = lines
                    .partition_point(|l| l.start <= r.start)
                    .saturating_sub(1);
                if let (Some(line), Some(Some(kept_start))) =
                    (lines.get(line_idx), assembled.kept_start.get(line_idx))
                {
                    if r.end <= line.end {
                        let span = Span::new(
                            kept_start + (r.start - line.start),
                            kept_start + (r.end - line.start),
                        );
                        if kept.get(span.range()).is_some() {
                            return (Some(span), Layer::Text);
                        }
                    }
                }
                (
                    base_map.span_to_original(Span::new(r.start, r.end)),
                    Layer::Original,
                )
            }
        }
    };
    let meta = finds.resolve(locate);

    let passages = passage::passages(&kept);
    let pages = pages_in_kept(&source_pages, &lines, &assembled.kept_start, kept.len());
    Ok(Document {
        id: DocId(sha256_hex(bytes)),
        name: path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default(),
        path: path.to_string_lossy().into_owned(),
        format,
        bytes: bytes.len() as u64,
        passages,
        offsets: OffsetMap {
            segments: assembled.builder.segments,
        },
        text: kept,
        meta,
        dropped,
        warnings,
        pages,
    })
}

/// Page starts in the source carried into the kept text: a page that begins inside a
/// kept line begins at the same place in its copy, one that begins in a dropped line
/// (a running header) where the next kept line does. The first page begins at 0.
fn pages_in_kept(
    source_pages: &[usize],
    lines: &[text::Line],
    kept_start: &[Option<usize>],
    kept_len: usize,
) -> Vec<u32> {
    let mut out: Vec<u32> = Vec::with_capacity(source_pages.len());
    for &page in source_pages {
        let mut i = lines.partition_point(|l| l.start <= page).saturating_sub(1);
        let mut at = None;
        if let (Some(line), Some(Some(kept))) = (lines.get(i), kept_start.get(i)) {
            if page >= line.start && page < line.end {
                at = Some(kept + (page - line.start));
            }
        }
        if at.is_none() {
            i += usize::from(lines.get(i).is_some_and(|l| l.start < page));
            at = kept_start
                .get(i..)
                .and_then(|rest| rest.iter().flatten().next().copied());
        }
        let at = at.unwrap_or(kept_len).min(kept_len) as u32;
        let floor = out.last().copied().unwrap_or(0);
        out.push(if out.is_empty() { 0 } else { at.max(floor) });
    }
    out
}
