//! PDF text layer: poppler's `pdftotext` in a child process, or the built-in
//! `pdf-extract` (on top of `lopdf`) when poppler is not installed.
//!
//! **Offsets for PDF:** a PDF has no byte range that spells its words, so the "original"
//! of a PDF document is its cleaned text layer: kept-text spans map into that string,
//! not into the file bytes. A warning on every PDF document says so.
//!
//! **Which extractor.** `pdftotext` (Debian `poppler-utils`) is used when it can be
//! started ([`poppler`]): it reads damaged cross-reference tables and fonts with odd
//! glyph names that the built-in extractor cannot, and as a separate process it can
//! never panic or exhaust this one (timeout, memory and output bounds). Without it the
//! built-in extractor runs under `catch_unwind` on a thread that is given up after a
//! timeout, and a warning on the document says that the text may be worse. A file that
//! `pdftotext` refuses is tried with the built-in extractor too; one that hits a bound
//! is not (it would not be safer in-process). `dossier-bench pdf` measures the choice
//! (README, "PDF text layer").
//!
//! **Concurrency.** Documents are parsed in parallel by the caller; each runs its own
//! child process, so several `pdftotext` may run at once, each within its bounds.
//!
//! **Scans.** A page that `pdftotext` finds no letter or digit on is rendered with
//! `pdftoppm` and read by `tesseract` when it is installed ([`ocr`]); a warning says how
//! many pages were OCR'd (or that they could not be).
//!
//! **Cleaning** ([`layout`]): running headers/footers, page numbers and thumb tabs are
//! removed; lines are joined into paragraphs; a running title such as "Amnesty
//! International Report 2011" is kept once, as the first line, and gives the title,
//! the publisher and the period covered (the year before the title year, or the first
//! year of a split one: "Report 2016/17" covers 2016; a front-matter
//! sentence "covers the period January to December 2010" wins over that).
//!
//! Refusals: an encrypted file that the empty user password does not open is refused
//! as "encrypted"; a file whose pages have no text as "no text layer (scanned?)". The
//! Info dictionary's `Title`, `Author` and `CreationDate` fill what the text did not
//! give (title, publisher, published), with no span, since they are not in the text;
//! the `CreationDate` only when the text names its year (else it is the day a file was
//! made, a chapter cut out or a report exported again, not the day of publication).

pub mod bbox;
pub mod layout;
pub mod ocr;
pub mod poppler;

use crate::meta::{parse_date, parse_period, Finds, Found, Loc};
use dossier_model::Period;
use regex::Regex;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::LazyLock;

/// The text layer and what the PDF says about itself.
#[derive(Debug, Default)]
pub struct PdfText {
    pub text: String,
    /// Where each page begins in `text` (byte offset; page `n` at `pages[n - 1]`).
    pub pages: Vec<usize>,
    pub finds: Finds,
    pub warnings: Vec<String>,
}

/// Which extractor to use.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Extractor {
    /// `pdftotext` when it can be started, else the built-in one.
    Auto,
    /// Only `pdftotext`; an error when it is missing.
    Poppler,
    /// Only the built-in `pdf-extract`.
    Builtin,
}

const OFFSETS_WARNING: &str =
    "PDF: offsets refer to the extracted text layer, not to the file bytes";
const BUILTIN_WARNING: &str = "PDF: pdftotext (poppler-utils) is not installed; the built-in extractor was used, and its text may be incomplete or garbled";

/// Extract and clean the text layer of a PDF; `Err` carries the reason.
pub fn extract(bytes: &[u8]) -> Result<PdfText, String> {
    extract_with(bytes, Extractor::Auto)
}

/// [`extract`] with a chosen extractor.
pub fn extract_with(bytes: &[u8], extractor: Extractor) -> Result<PdfText, String> {
    let has_encrypt = memchr::memmem::find(bytes, b"/Encrypt").is_some();
    let mut warnings = vec![OFFSETS_WARNING.to_string()];
    let mut from_poppler = false;
    let pages = match extractor {
        Extractor::Builtin => {
            let (pages, mut w) = builtin(bytes, has_encrypt)?;
            warnings.append(&mut w);
            pages
        }
        Extractor::Poppler | Extractor::Auto => match poppler_pages(bytes) {
            Ok(mut pages) => {
                from_poppler = true;
                ocr_blank_pages(bytes, &mut pages, &mut warnings);
                pages
            }
            Err(poppler::Failure::Missing) if extractor == Extractor::Auto => {
                warnings.push(BUILTIN_WARNING.to_string());
                let (pages, mut w) = builtin(bytes, has_encrypt).map_err(|reason| {
                    format!("{reason}; pdftotext (poppler-utils) may read it: it is not installed")
                })?;
                warnings.append(&mut w);
                pages
            }
            Err(poppler::Failure::Missing) => {
                return Err("pdftotext (poppler-utils) is not installed".to_string())
            }
            Err(poppler::Failure::Killed(reason)) => return Err(format!("PDF not read: {reason}")),
            Err(poppler::Failure::Refused(reason)) => {
                if reason.to_lowercase().contains("password") {
                    return Err("encrypted PDF: a password is required".to_string());
                }
                if extractor == Extractor::Poppler {
                    return Err(format!("corrupt PDF: {reason}"));
                }
                match builtin(bytes, has_encrypt) {
                    Ok((pages, mut w)) => {
                        warnings.push(format!(
                            "PDF: {reason}; the built-in extractor read it instead"
                        ));
                        warnings.append(&mut w);
                        pages
                    }
                    Err(builtin_reason) => {
                        return Err(format!("corrupt PDF: {reason}; {builtin_reason}"))
                    }
                }
            }
        },
    };
    // Cleaning is plain string work, but a PDF's text is arbitrary: a bug there must
    // fail this file, not the run.
    let cleaned = catch_unwind(AssertUnwindSafe(|| {
        layout::clean_with(&pages, from_poppler)
    }))
    .map_err(|_| "PDF text could not be cleaned (internal error in the layout step)")?;
    if !cleaned.text.chars().any(char::is_alphanumeric) {
        return Err(if has_encrypt {
            "encrypted PDF: no readable text".to_string()
        } else {
            "no text layer (scanned?): the pages hold no extractable text".to_string()
        });
    }
    let mut finds = text_finds(&cleaned);
    finds = finds.or(info(bytes));
    // The Info dictionary's CreationDate is the day the file was made: a chapter cut out
    // of a report, a report exported again years on. It stands for the day of
    // publication only when the text names that year itself.
    if finds
        .published
        .as_ref()
        .is_some_and(|p| p.rule == "pdf_info_creation_date" && !names_year(&cleaned.text, &p.value))
    {
        finds.published = None;
    }
    // An Info author of one word in capitals that the text never writes ("JSMITH") is the
    // account of whoever saved the file, not the body that published it.
    if finds
        .publisher
        .as_ref()
        .is_some_and(|p| p.rule == "pdf_info_author" && login_in_capitals(&p.value, &cleaned.text))
    {
        finds.publisher = None;
    }
    Ok(PdfText {
        text: cleaned.text,
        pages: cleaned.pages,
        finds,
        warnings,
    })
}

/// The raw text of each page from one extractor, before cleaning (for measurements).
/// [`Extractor::Auto`] is [`Extractor::Poppler`] here.
pub fn raw_pages(bytes: &[u8], extractor: Extractor) -> Result<Vec<String>, String> {
    match extractor {
        Extractor::Builtin => builtin(bytes, memchr::memmem::find(bytes, b"/Encrypt").is_some())
            .map(|(pages, _)| pages),
        Extractor::Poppler | Extractor::Auto => poppler_pages(bytes).map_err(|f| match f {
            poppler::Failure::Missing => "pdftotext (poppler-utils) is not installed".to_string(),
            poppler::Failure::Refused(r) | poppler::Failure::Killed(r) => r,
        }),
    }
}

/// Read pages without a letter or digit by OCR, when `tesseract` is installed.
fn ocr_blank_pages(bytes: &[u8], pages: &mut [String], warnings: &mut Vec<String>) {
    let blank: Vec<usize> = (0..pages.len())
        .filter(|&i| !pages[i].chars().any(char::is_alphanumeric))
        .collect();
    if blank.is_empty() {
        return;
    }
    if !ocr::available() {
        warnings.push(format!(
            "PDF: {} page(s) have no text layer (scanned?); install tesseract-ocr to read them by OCR",
            blank.len()
        ));
        return;
    }
    let (mut read, mut failed) = (0, Vec::new());
    for &i in blank.iter().take(ocr::MAX_PAGES) {
        match ocr::page(bytes, i + 1) {
            Ok(text) if text.chars().any(char::is_alphanumeric) => {
                pages[i] = text;
                read += 1;
            }
            Ok(_) => {}
            Err(ocr_failure) => failed.push(format!("page {}: {ocr_failure:?}", i + 1)),
        }
    }
    if read > 0 {
        warnings.push(format!(
            "PDF: {read} page(s) without a text layer were read by OCR (tesseract); expect recognition errors"
        ));
    }
    if blank.len() > ocr::MAX_PAGES {
        warnings.push(format!(
            "PDF: only the first {} of {} pages without a text layer were read by OCR",
            ocr::MAX_PAGES,
            blank.len()
        ));
    }
    if let Some(first) = failed.first() {
        warnings.push(format!(
            "PDF: OCR failed on {} page(s), e.g. {first}",
            failed.len()
        ));
    }
}

/// Pages from `pdftotext` (plain output: it joins line-end hyphens, see
/// [`layout::rehyphenate`]; `-bbox-layout` keeps them but takes twice as long, see
/// [`bbox`]).
///
/// A long document is read in page ranges by two or more `pdftotext` at once, one per
/// core ([`page_ranges`]): poppler reads each page on its own, so the ranges' outputs
/// joined are its output of the whole file byte for byte, in about half the wall time
/// on two cores (`examples/pdf_phases.rs`; README, "PDF text layer"). If a range fails
/// (a damaged file whose page count was misread, say), the whole file is read in one run,
/// so the error is the one run's.
fn poppler_pages(bytes: &[u8]) -> Result<Vec<String>, poppler::Failure> {
    let mut pages = poppler_pages_plain(bytes)?;
    justified_cover(bytes, &mut pages);
    Ok(pages)
}

/// The first page read again with the words' boxes: where a title set justified in a
/// large size had its spread words read as flows of their own ("Freedom of Expression" /
/// "Journalists in Aranthe" / "and" / "the" / "Safety of"), the page as
/// [`bbox::rejoined_pages`] puts them back. One page only (the cover, where titles
/// stand), read again only when its plain text shows the symptom ([`split_cover`]),
/// with a short time limit, and replaced only where a line was rejoined; any failure
/// keeps the plain page.
fn justified_cover(bytes: &[u8], pages: &mut [String]) {
    let Some(first) = pages.first_mut() else {
        return;
    };
    if !split_cover(first) {
        return;
    }
    let mut limits = poppler::Limits::for_input(bytes.len());
    limits.timeout = limits.timeout.min(std::time::Duration::from_secs(10));
    let Ok(xhtml) = poppler::run(bytes, &["-f", "1", "-l", "1", "-bbox-layout"], limits) else {
        return;
    };
    if let Some(Some(page)) = bbox::rejoined_pages(&xhtml).into_iter().next() {
        *first = page;
    }
}

/// Whether a cover page's plain text looks like a justified title read apart: two or
/// more lines of at most three words, each standing between blank lines (or the page's
/// edge), among its first forty lines.
fn split_cover(page: &str) -> bool {
    let lines: Vec<&str> = page.lines().take(40).map(str::trim).collect();
    let blank = |i: Option<usize>| i.and_then(|i| lines.get(i)).is_none_or(|l| l.is_empty());
    lines
        .iter()
        .enumerate()
        .filter(|(i, l)| {
            let words = l.split_whitespace().count();
            (1..=3).contains(&words) && blank(i.checked_sub(1)) && blank(Some(i + 1))
        })
        .count()
        >= 2
}

fn poppler_pages_plain(bytes: &[u8]) -> Result<Vec<String>, poppler::Failure> {
    let limits = poppler::Limits::for_input(bytes.len());
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    let ranges = page_ranges(page_count(bytes), cores);
    if ranges.len() > 1 {
        let parts: Vec<Result<String, poppler::Failure>> = std::thread::scope(|scope| {
            let running: Vec<_> = ranges
                .iter()
                .map(|&(first, last)| {
                    scope.spawn(move || {
                        let first = first.to_string();
                        // The last range runs to the end, whatever the count said.
                        let last = last.map(|l| l.to_string());
                        let mut args = vec!["-f", first.as_str()];
                        if let Some(last) = &last {
                            args.extend(["-l", last.as_str()]);
                        }
                        poppler::run(bytes, &args, limits)
                    })
                })
                .collect();
            running
                .into_iter()
                .map(|h| {
                    h.join().unwrap_or_else(|_| {
                        Err(poppler::Failure::Refused("reader thread failed".into()))
                    })
                })
                .collect()
        });
        match parts.into_iter().collect::<Result<Vec<String>, _>>() {
            Ok(parts) => return Ok(split_pages(&parts.concat())),
            Err(poppler::Failure::Missing) => return Err(poppler::Failure::Missing),
            Err(_) => {} // read it whole below
        }
    }
    let raw = poppler::run(bytes, &[], limits)?;
    Ok(split_pages(&raw))
}

/// Fewest pages worth a `pdftotext` of their own (each run parses the file's structure
/// again, a few milliseconds).
const PAGES_PER_RUN: u32 = 24;

/// Page ranges to read at once on `cores` cores: `(first, Some(last))`, the last one
/// `(first, None)` (to the end). One range for a short document or one core.
pub fn page_ranges(pages: Option<u32>, cores: usize) -> Vec<(u32, Option<u32>)> {
    let Some(pages) = pages else {
        return vec![(1, None)];
    };
    let runs = (cores.min(4) as u32).min(pages / PAGES_PER_RUN).max(1);
    let per = pages.div_ceil(runs);
    (0..runs)
        .map(|i| {
            let first = 1 + i * per;
            let last = (i + 1 < runs).then(|| ((i + 1) * per).min(pages));
            (first, last)
        })
        .collect()
}

/// The page count the file's page tree states (read without loading the document).
fn page_count(bytes: &[u8]) -> Option<u32> {
    match catch_unwind(AssertUnwindSafe(|| {
        lopdf::Document::load_metadata_mem(bytes)
    })) {
        Ok(Ok(meta)) if meta.page_count > 0 => Some(meta.page_count),
        _ => None,
    }
}

/// Split `pdftotext` output at form feeds (it ends every page with one).
pub fn split_pages(raw: &str) -> Vec<String> {
    let mut pages: Vec<String> = raw.split('\u{c}').map(str::to_string).collect();
    if pages.last().is_some_and(|p| p.trim().is_empty()) {
        pages.pop();
    }
    pages
}

/// Pages from the built-in extractor on a thread of its own, given up after 30 s plus
/// 1 s per MB. A thread cannot be killed: a runaway one keeps its CPU until it ends or
/// the process exits, but the run goes on (poppler's child process has no such cost).
fn builtin(bytes: &[u8], has_encrypt: bool) -> Result<(Vec<String>, Vec<String>), String> {
    let limit = poppler::Limits::for_input(bytes.len()).timeout;
    let owned = bytes.to_vec();
    let (send, receive) = std::sync::mpsc::channel();
    let spawned = std::thread::Builder::new()
        .name("pdf-extract".to_string())
        .spawn(move || {
            let _ = send.send(builtin_inline(&owned, has_encrypt));
        });
    if spawned.is_err() {
        return builtin_inline(bytes, has_encrypt);
    }
    match receive.recv_timeout(limit) {
        Ok(result) => result,
        Err(std::sync::mpsc::RecvTimeoutError::Timeout) => Err(format!(
            "the built-in PDF extractor took longer than {} s; gave up",
            limit.as_secs()
        )),
        Err(std::sync::mpsc::RecvTimeoutError::Disconnected) => {
            Err("corrupt PDF (the built-in extractor stopped)".to_string())
        }
    }
}

/// Pages from the built-in extractor (`lopdf` + `pdf-extract`), panics caught.
fn builtin_inline(bytes: &[u8], has_encrypt: bool) -> Result<(Vec<String>, Vec<String>), String> {
    let mut warnings = Vec::new();
    let loaded = catch_unwind(AssertUnwindSafe(|| lopdf::Document::load_mem(bytes)));
    let mut doc = match loaded {
        Err(_) => return Err("corrupt PDF (the parser panicked)".to_string()),
        Ok(Err(e)) if has_encrypt => return Err(format!("encrypted PDF: cannot open it ({e})")),
        Ok(Err(e)) => return Err(format!("corrupt PDF: {e}")),
        Ok(Ok(doc)) => doc,
    };
    if doc.is_encrypted() {
        match catch_unwind(AssertUnwindSafe(|| doc.decrypt(""))) {
            Ok(Ok(())) => {
                warnings.push("PDF was encrypted with an empty password; decrypted".to_string())
            }
            _ => return Err("encrypted PDF: a password is required".to_string()),
        }
    }
    let page_numbers: Vec<u32> = doc.get_pages().keys().copied().collect();
    let extracted = catch_unwind(AssertUnwindSafe(|| {
        let mut pages = Vec::with_capacity(page_numbers.len());
        for n in page_numbers {
            let mut text = String::new();
            let mut output = pdf_extract::PlainTextOutput::new(&mut text);
            pdf_extract::output_doc_page(&doc, &mut output, n)?;
            pages.push(text);
        }
        Ok::<_, pdf_extract::OutputError>(pages)
    }));
    match extracted {
        Err(_) => Err("corrupt PDF (the text extractor panicked)".to_string()),
        Ok(Err(e)) if has_encrypt => Err(format!("encrypted PDF: cannot read its text ({e})")),
        Ok(Err(e)) => Err(format!("corrupt PDF: {e}")),
        Ok(Ok(pages)) => Ok((pages, warnings)),
    }
}

static COVERS_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\bcover(?:s|ing)\s+(?:the\s+)?(?:period\s+)?(?:from\s+)?(?P<v>(?:january|february|march|april|may|june|july|august|september|october|november|december)\s+(?:\d{4}\s+)?(?:to|until|through|-|–)\s+(?:january|february|march|april|may|june|july|august|september|october|november|december)\s+\d{4}|\d{4}\s*(?:to|until|through|-|–)\s*\d{4}|(?:the\s+year\s+)?\d{4})\b",
    )
    .expect("covers regex compiles")
});

/// Bytes of the text searched for a "covers the period ..." sentence.
const FRONT_MATTER: usize = 20_000;

/// Title, publisher and period from the running title and the front matter.
fn text_finds(cleaned: &layout::Layout) -> Finds {
    let mut finds = Finds::default();
    if let Some((running, range)) = &cleaned.running {
        finds.title = Some(Found::new(
            running.title.clone(),
            Loc::Source(range.clone()),
            "pdf_running_title",
        ));
        let publisher = range.start..range.start + running.publisher.len();
        finds.publisher = Some(Found::new(
            running.publisher.clone(),
            Loc::Source(publisher),
            "pdf_running_title",
        ));
        let year = running.covers;
        finds.period = Some(Found::new(
            Period {
                start: format!("{year:04}-01-01"),
                end: format!("{year:04}-12-31"),
            },
            Loc::Source(range.clone()),
            "pdf_running_title_year_before",
        ));
    }
    furniture_finds(&cleaned.furniture, &mut finds);
    let mut head_end = cleaned.text.len().min(FRONT_MATTER);
    while !cleaned.text.is_char_boundary(head_end) {
        head_end -= 1;
    }
    let head = &cleaned.text[..head_end];
    if let Some(caps) = COVERS_RE.captures(head) {
        if let Some(v) = caps.name("v") {
            let value = v.as_str().trim_start_matches("the year ");
            if let Some((period, _)) = parse_period(value) {
                finds.period = Some(Found::new(
                    period,
                    Loc::Source(v.range()),
                    "pdf_covers_the_period",
                ));
            }
        }
    }
    // "covers developments from January 2019 onwards and is based on information up to
    // 30 June 2021": the scope and its cut-off, more precise than either alone.
    if let Some((period, range)) = crate::meta::cut_off_period(head) {
        finds.period = Some(Found::new(period, Loc::Source(range), "pdf_cut_off_period"));
    }
    finds
}

/// What running headers and footers say of the document, when no running title did: a
/// month and year in the last cell of a header ("Briefing Paper No. 12 | September 2020")
/// dates it; a body's name in a footer, alone or in a copyright notice ("Office of the
/// Inspector of Custodial Services", "(c) Penal Reform Watch 2020 | www.example.org")
/// names its publisher. They are read from the removed lines, so they carry no span.
fn furniture_finds(furniture: &[String], finds: &mut Finds) {
    // A newspaper page's running header: "4 THE PORTMERE TIMES Thursday, April 6, 2023
    // www.example.com", the paper's name before the day (on one line, or the name and
    // the day on lines of their own, as a header set in columns is read).
    if finds.published.is_none() && finds.publisher.is_none() {
        let header = furniture.iter().enumerate().find_map(|(i, line)| {
            paper_header(line).or_else(|| {
                let next = furniture.get(i + 1)?;
                paper_header(&format!("{line} {next}"))
            })
        });
        if let Some((paper, day)) = header {
            finds.publisher = Some(Found::new(paper, Loc::None, "pdf_paper_header"));
            finds.published = Some(Found::new(day, Loc::None, "pdf_paper_header"));
        }
    }
    for line in furniture {
        let cells: Vec<&str> = line
            .split(['|', '\u{2022}', '\u{b7}'])
            .map(str::trim)
            .filter(|c| !c.is_empty())
            .collect();
        if finds.published.is_none() && cells.len() >= 2 {
            let last = cells[cells.len() - 1];
            if let Some(hit) = parse_date(last)
                .filter(|h| h.range.start == 0 && h.range.end == last.len() && h.iso.len() >= 7)
            {
                finds.published = Some(Found::new(hit.iso, Loc::None, "pdf_running_date"));
            }
        }
        if finds.publisher.is_none() {
            if let Some(name) = crate::meta::issuer_mark(line.trim()) {
                finds.publisher = Some(Found::new(name, Loc::None, "pdf_running_mark"));
                continue;
            }
        }
        if finds.publisher.is_none() {
            let first = cells.first().copied().unwrap_or("");
            let lower = first.to_lowercase();
            let name = ["(c)", "\u{a9}", "copyright"]
                .iter()
                .find_map(|m| lower.starts_with(m).then(|| first[m.len()..].trim()))
                .unwrap_or(first);
            let name = name
                .trim_end_matches(|c: char| c.is_ascii_digit() || c == ' ' || c == ',')
                .trim_start_matches(|c: char| c.is_ascii_digit() || c == ' ');
            if crate::meta::names_a_body(name) {
                finds.publisher = Some(Found::new(
                    name.to_string(),
                    Loc::None,
                    "pdf_running_publisher",
                ));
            }
        }
    }
}

/// A newspaper's name before a full day in a running header (a page number before it,
/// cells or the site's address after): the name (tidied) and the day.
fn paper_header(line: &str) -> Option<(String, String)> {
    static PAPER_RE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(concat!(
            r"(?i)^(?:(?:page\s+)?\d{1,3}\s*[|·•-]?\s+)?(?P<p>(?:the\s+)?(?:[\p{L}'’.-]+\s+){0,3}",
            r"(?:times|herald|post|tribune|chronicle|observer|gazette|standard|guardian|telegraph|courier|",
            r"monitor|nation|mail|journal|express|independent|mirror|news|star|sun|record|sentinel|",
            r"dispatch|gleaner|inquirer|citizen|mercury|argus|daily|weekly|leader|voice|reporter))",
            r"\s*[|·•,–—-]?\s*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day\s*,?\s*)?$"
        ))
        .expect("paper header regex compiles")
    });
    let hit = parse_date(line)?;
    if hit.iso.len() != 10 {
        return None;
    }
    let before = line.get(..hit.range.start)?;
    let p = PAPER_RE.captures(before)?.name("p")?.as_str().trim();
    let words = p.split_whitespace().count();
    if words < 2
        || !p
            .split_whitespace()
            .all(|w| w.starts_with(char::is_uppercase))
    {
        return None;
    }
    Some((crate::meta::tidy_name(p), hit.iso))
}

/// Whether `text` names the year of the ISO day `iso` as a number of its own.
fn names_year(text: &str, iso: &str) -> bool {
    let Some(year) = iso.get(..4) else {
        return false;
    };
    let bytes = text.as_bytes();
    text.match_indices(year).any(|(at, _)| {
        let before = at.checked_sub(1).map(|i| bytes[i]);
        let after = bytes.get(at + 4).copied();
        !before.is_some_and(|b| b.is_ascii_digit()) && !after.is_some_and(|b| b.is_ascii_digit())
    })
}

/// Whether `author` is one word in capitals (an account's name) that `text` never writes
/// as a word of its own.
fn login_in_capitals(author: &str, text: &str) -> bool {
    let author = author.trim();
    if author.is_empty()
        || !author
            .chars()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
        || !author.starts_with(|c: char| c.is_ascii_uppercase())
    {
        return false;
    }
    let bytes = text.as_bytes();
    !text.match_indices(author).any(|(at, _)| {
        let before = at.checked_sub(1).map(|i| bytes[i]);
        let after = bytes.get(at + author.len()).copied();
        !before.is_some_and(|b| b.is_ascii_alphanumeric())
            && !after.is_some_and(|b| b.is_ascii_alphanumeric())
    })
}

/// Title, Author and CreationDate from the Info dictionary (read without loading the
/// whole document).
fn info(bytes: &[u8]) -> Finds {
    let mut finds = Finds::default();
    let Ok(Ok(meta)) = catch_unwind(AssertUnwindSafe(|| {
        lopdf::Document::load_metadata_mem(bytes)
    })) else {
        return finds;
    };
    let clean = |s: Option<String>| {
        s.map(|s| s.trim().to_string())
            .filter(|s| !s.is_empty() && !s.chars().any(char::is_control))
    };
    let title = clean(meta.title);
    // A draft's file ("Country SitRep 2 2024 draft"): its dates are the draft's.
    let draft = title.as_deref().is_some_and(draft_title);
    if let Some(title) = title.filter(|t| !crate::meta::file_name_title(t) && !draft) {
        finds.title = Some(Found::new(title, Loc::None, "pdf_info_title"));
    }
    if let Some(author) =
        clean(meta.author).filter(|a| !crate::meta::heads::is_account(a) && !person_or_post(a))
    {
        finds.publisher = Some(Found::new(author, Loc::None, "pdf_info_author"));
    }
    if let Some(hit) = clean(meta.creation_date)
        .as_deref()
        .and_then(parse_date)
        .filter(|_| !draft)
    {
        finds.published = Some(Found::new(hit.iso, Loc::None, "pdf_info_creation_date"));
    }
    finds
}

/// Whether an Info title names the file a draft ("Country SitRep 2 2024 draft").
fn draft_title(title: &str) -> bool {
    title
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| w.eq_ignore_ascii_case("draft"))
}

/// An Info author that is whoever wrote or saved the file, never a publisher: a person's
/// initials and surname ("J. Whitaker", "A.B. Osei") or a staff post ("Reports Officer",
/// "Communications Assistant").
fn person_or_post(author: &str) -> bool {
    static INITIALS_RE: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(r"^(?:\p{Lu}\.\s*){1,3}\p{Lu}[\p{Ll}'’-]+(?:-\p{Lu}[\p{Ll}]+)?$")
            .expect("initials pattern")
    });
    const POSTS: &[&str] = &[
        "officer",
        "assistant",
        "coordinator",
        "co-ordinator",
        "manager",
        "editor",
        "administrator",
        "intern",
        "consultant",
        "researcher",
        "analyst",
        "specialist",
        "adviser",
        "advisor",
        "associate",
        "clerk",
    ];
    let author = author.trim();
    let words: Vec<&str> = author.split_whitespace().collect();
    INITIALS_RE.is_match(author)
        || (words.len() <= 4
            && words
                .last()
                .is_some_and(|w| POSTS.contains(&w.to_lowercase().as_str())))
}

#[cfg(test)]
mod tests {
    use super::{
        draft_title, furniture_finds, login_in_capitals, names_year, page_ranges, paper_header,
        person_or_post,
    };

    #[test]
    fn an_info_author_that_is_a_person_or_a_post_names_no_publisher() {
        assert!(person_or_post("K. Marlow"));
        assert!(person_or_post("A.B. Osei"));
        assert!(person_or_post("Field Reports Officer"));
        assert!(person_or_post("Communications Assistant"));
        assert!(!person_or_post("Westland Refugee Council"));
        assert!(!person_or_post("Office of the Ombudsman"));
        assert!(!person_or_post("UNHCR"));
    }

    #[test]
    fn a_drafts_info_title_marks_its_dates_as_the_drafts() {
        assert!(draft_title("Northland update 3 2021 draft"));
        assert!(draft_title("DRAFT_briefing_v2"));
        assert!(!draft_title("Northland update 3 2021"));
        assert!(!draft_title("Drafting a constitution"));
    }
    use crate::meta::Finds;

    #[test]
    fn a_newspaper_pages_running_header_names_the_paper_and_its_day() {
        assert_eq!(
            paper_header("THE PORTMERE TIMES Thursday, April 6, 2023 www.portmeretimes.com"),
            Some(("The Portmere Times".to_string(), "2023-04-06".to_string()))
        );
        assert_eq!(
            paper_header("Page 12 | The Lindau Herald | 8 March 2019"),
            Some(("The Lindau Herald".to_string(), "2019-03-08".to_string()))
        );
        let mut finds = Finds::default();
        furniture_finds(
            &[
                "THE PORTMERE TIMES".to_string(),
                "Thursday, April 6, 2023".to_string(),
                "www.portmeretimes.com".to_string(),
            ],
            &mut finds,
        );
        assert_eq!(
            finds.publisher.map(|f| f.value).as_deref(),
            Some("The Portmere Times")
        );
        assert_eq!(
            finds.published.map(|f| f.value).as_deref(),
            Some("2023-04-06")
        );
        // A report's running header names no paper; a month alone is no day.
        assert_eq!(
            paper_header("Briefing Paper No. 12 | 3 September 2020"),
            None
        );
        assert_eq!(paper_header("The Portmere Times | April 2023"), None);
    }

    #[test]
    fn running_headers_and_footers_date_the_paper_and_name_its_publisher() {
        let mut finds = Finds::default();
        let furniture = [
            "Policy Note 4 | March 2011".to_string(),
            "(c) Harbour Legal Aid Society 2011 | www.example.org".to_string(),
        ];
        furniture_finds(&furniture, &mut finds);
        assert_eq!(finds.published.map(|f| f.value).as_deref(), Some("2011-03"));
        assert_eq!(
            finds.publisher.map(|f| f.value).as_deref(),
            Some("Harbour Legal Aid Society")
        );

        let mut finds = Finds::default();
        furniture_finds(&["Commission for Prison Oversight".to_string()], &mut finds);
        assert_eq!(
            finds.publisher.map(|f| f.value).as_deref(),
            Some("Commission for Prison Oversight")
        );

        // A chapter's heading or a sentence-like header names no one; a page count is
        // no date.
        let mut finds = Finds::default();
        let furniture = [
            "Death penalty in the region".to_string(),
            "Chapter 2 | Page 3 of 40".to_string(),
        ];
        furniture_finds(&furniture, &mut finds);
        assert!(finds.publisher.is_none() && finds.published.is_none());

        // A body's document number in the footer that `rules/issuers.json` knows.
        let mut finds = Finds::default();
        furniture_finds(&["CPT/Inf (2025) 3".to_string()], &mut finds);
        assert_eq!(
            finds.publisher.map(|f| f.value).as_deref(),
            Some("Council of Europe")
        );
    }

    #[test]
    fn an_info_author_that_is_an_account_names_no_publisher() {
        use crate::meta::heads::is_account;
        assert!(is_account("kpatel"));
        assert!(is_account("Admin"));
        assert!(is_account("Microsoft Office User"));
        assert!(!is_account("UNHCR"));
        assert!(!is_account("Reprieve"));
        assert!(!is_account("Harbour Legal Aid Society"));
    }

    #[test]
    fn an_info_author_in_a_script_without_case_is_no_account() {
        use crate::meta::heads::is_account;
        assert!(!is_account("\u{645}\u{62d}\u{645}\u{62f}"));
        assert!(!is_account("\u{738b}\u{4f1f}"));
        assert!(is_account("j.pell_01"));
    }

    #[test]
    fn an_info_author_in_capitals_the_text_never_writes_is_an_account() {
        let text = "WLAS\nThe Westland Legal Aid Society\nWLAS runs three clinics.";
        assert!(login_in_capitals("PETROVK", text));
        assert!(!login_in_capitals("WLAS", text));
        assert!(!login_in_capitals("Petrov", text));
        assert!(login_in_capitals("WLA", text));
    }

    #[test]
    fn a_file_date_counts_only_when_the_text_names_its_year() {
        let text = "Report of the year 2015. Printed in 2016.";
        assert!(names_year(text, "2015-03-01"));
        assert!(names_year(text, "2016"));
        assert!(!names_year(text, "2026-12-04"));
        assert!(!names_year("Case 120153 of 20151", "2015-01-01"));
    }

    #[test]
    fn long_documents_are_read_in_one_range_per_core() {
        assert_eq!(page_ranges(None, 8), vec![(1, None)]);
        assert_eq!(page_ranges(Some(30), 2), vec![(1, None)]);
        assert_eq!(page_ranges(Some(238), 1), vec![(1, None)]);
        assert_eq!(page_ranges(Some(238), 2), vec![(1, Some(119)), (120, None)]);
        assert_eq!(
            page_ranges(Some(100), 16),
            vec![(1, Some(25)), (26, Some(50)), (51, Some(75)), (76, None)]
        );
        assert_eq!(page_ranges(Some(50), 3), vec![(1, Some(25)), (26, None)]);
    }
}
