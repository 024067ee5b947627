//! Named mentions: people, organisations (with acronyms), places and courts.
//!
//! People need evidence: a title or role before the name, a known given name, a
//! surname ending (-ov, -ev, -uly, -kyzy ...), or an upper-case-surname signatory
//! line ("SURNAME Given, Country"). Surname-only mentions resolve to the full name
//! seen elsewhere in the document; "the President" resolves to the one person the
//! document gives that role.

use crate::fx::FxHashMap;
use crate::rules::{on_word_boundaries, Rules};
use dossier_model::{Mention, MentionKind, Span};
use std::collections::HashMap;

#[derive(Clone, Copy, Debug)]
struct Token {
    start: usize,
    end: usize,
}

/// Word tokens: letters and digits, with inner hyphens. Bytewise: ASCII (most of a
/// text) is classed without decoding a char.
fn tokens(text: &str) -> Vec<Token> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len() / 8);
    let mut start: Option<usize> = None;
    let mut prev_alnum = false;
    let mut i = 0usize;
    while i < bytes.len() {
        let (alnum, len) = alnum_at(text, i);
        let is_part = alnum
            || (bytes[i] == b'-' && prev_alnum && i + 1 < bytes.len() && alnum_at(text, i + 1).0)
            || start.is_some_and(|s| elided_capital(text, s, i));
        match (is_part, start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                out.push(Token { start: s, end: i });
                start = None;
            }
            _ => {}
        }
        prev_alnum = alnum;
        i += len;
        if alnum {
            // The rest of an ASCII word: parts of the same token.
            i = ascii_alnum_end(bytes, i);
        }
    }
    if let Some(s) = start {
        out.push(Token {
            start: s,
            end: text.len(),
        });
    }
    out
}

/// An apostrophe after a lone capital and before another one is inside a name
/// ("O'Connor", "D'Souza", "N’Diaye"), not the end of a word: `start` is where the word
/// began, `i` where the apostrophe stands.
fn elided_capital(text: &str, start: usize, i: usize) -> bool {
    let bytes = text.as_bytes();
    let len = if bytes[i] == b'\'' {
        1
    } else if text[i..].starts_with('\u{2019}') {
        3
    } else {
        return false;
    };
    i == start + 1
        && bytes[start].is_ascii_uppercase()
        && bytes.get(i + len).is_some_and(|b| b.is_ascii_uppercase())
}

/// Where the run of ASCII letters and digits from `i` ends, eight bytes at a time
/// (see [`dossier_model::swar`]; past the end `load` reads zeros, which stop it).
#[inline(always)]
fn ascii_alnum_end(bytes: &[u8], mut i: usize) -> usize {
    use dossier_model::swar::{load, Classes, HIGH};
    loop {
        let stop = !Classes::of(load(bytes, i)).alphanumeric & HIGH;
        if stop != 0 {
            return (i + stop.trailing_zeros() as usize / 8).min(bytes.len());
        }
        i += 8;
    }
}

/// Whether the char at byte `i` (a char boundary) is alphanumeric, and its length.
#[inline(always)]
fn alnum_at(text: &str, i: usize) -> (bool, usize) {
    let b = text.as_bytes()[i];
    if b < 0x80 {
        (b.is_ascii_alphanumeric(), 1)
    } else {
        let c = text[i..].chars().next().unwrap_or(' ');
        (c.is_alphanumeric(), c.len_utf8())
    }
}

/// A newline before a token that begins a title ("...Nazarbayev\nHead of government:")
/// ends the name.
fn starts_line_with_title(
    text: &str,
    prev: &Token,
    next: &Token,
    c: &crate::rules::Compiled,
) -> bool {
    if !text[prev.end..next.start].contains('\n') {
        return false;
    }
    // A "Label: value" line ("Death penalty: retentionist") starts a new field.
    let line = text.get(next.start..).unwrap_or("");
    let line = line.split('\n').next().unwrap_or("");
    if line
        .find(':')
        .is_some_and(|at| at <= 40 && !line[..at].contains(['.', ',']))
    {
        return true;
    }
    let word = text[next.start..next.end].to_lowercase();
    let first_of_longer = format!("{word} ");
    // "Mrs. Justice X" on the next line of a bench list: a dotted title.
    let dotted = format!("{word}.");
    c.titles
        .iter()
        .any(|t| t == &word || t == &dotted || t.starts_with(&first_of_longer))
}

/// A run that fills its whole line ("Press Statement", a heading) does not go on
/// into the next line ("Morgan Ellis, Department Spokesperson"): a name wrapped at a
/// line's end follows other words on its line, and is wrapped once.
fn run_fills_its_line(text: &str, first: &Token, prev: &Token, next: &Token) -> bool {
    if !text[prev.end..next.start].contains('\n') {
        return false;
    }
    if text[first.start..prev.end].contains('\n') {
        return true;
    }
    let line_start = text[..first.start].rfind('\n').map_or(0, |k| k + 1);
    text[line_start..first.start].trim().is_empty()
}

/// The start of a place mention among the first `sorted` of `out` (sorted by span)
/// that ends one space before token `i` ("Minsk" in "Minsk Regional Court"), of one to
/// three words.
fn place_right_before(
    text: &str,
    toks: &[Token],
    i: usize,
    out: &[Mention],
    sorted: usize,
) -> Option<usize> {
    let prev = toks.get(i.checked_sub(1)?)?;
    if text.get(prev.end..toks[i].start) != Some(" ") {
        return None;
    }
    let sorted = &out[..sorted];
    (i.saturating_sub(3)..i).find_map(|k| {
        let span = Span::new(toks[k].start, prev.end);
        sorted
            .binary_search_by_key(&span, |m| m.span)
            .ok()
            .filter(|&at| sorted[at].kind == MentionKind::Place)
            .map(|_| toks[k].start)
    })
}

/// The acronyms a text can use: those it defines, then the gazetteer's.
struct Acronyms<'a> {
    defined: FxHashMap<String, (String, MentionKind)>,
    gazetteer: &'a FxHashMap<String, (String, MentionKind)>,
}

impl Acronyms<'_> {
    fn get(&self, acronym: &str) -> Option<&(String, MentionKind)> {
        self.defined
            .get(acronym)
            .or_else(|| self.gazetteer.get(acronym))
    }
}

fn is_capitalised(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

/// A lower-case particle joined by a hyphen to a capitalised surname ("al-Hudaifi"):
/// it continues a name.
fn is_particle_name(word: &str, particles: &[String]) -> bool {
    particles.iter().any(|p| {
        word.strip_prefix(p.as_str())
            .is_some_and(|rest| rest.chars().next().is_some_and(char::is_uppercase))
    })
}

fn is_all_caps(word: &str) -> bool {
    word.chars().filter(|c| c.is_alphabetic()).count() >= 2 && !word.chars().any(char::is_lowercase)
}

/// Whether token `j` is a surname in capitals that closes the capitalised run before
/// it on a bench or signature line ("Hon. Justice Fatou Binta CISSÉ - Member"): a
/// word of letters after one space, with the line ending or a dash or comma after it.
fn closing_caps_surname(text: &str, toks: &[Token], j: usize, lex: &crate::rules::Lexicon) -> bool {
    let Some(t) = toks.get(j) else {
        return false;
    };
    let word = &text[t.start..t.end];
    let rest = text[t.end..].split('\n').next().unwrap_or("").trim_start();
    j > 0
        && is_all_caps(word)
        // "Wole Olanipekun SAN, for the appellant": letters of an honour or office.
        && !lex
            .postnominals
            .iter()
            .chain(&lex.judge_postnominals)
            .any(|p| p == word)
        && word.chars().filter(|c| c.is_alphabetic()).count() >= 3
        && word.chars().all(|c| c.is_alphabetic() || c == '-')
        && text[toks[j - 1].end..t.start] == *" "
        && (rest.is_empty() || rest.starts_with(['-', '\u{2013}', ',']))
}

/// Whether the text between two tokens joins them in one name (spaces, one newline).
fn joins(gap: &str) -> bool {
    !gap.is_empty()
        && gap.chars().all(|c| c == ' ' || c == '\n' || c == '\u{a0}')
        && gap.matches('\n').count() <= 1
}

/// Whether token `j - 1` is a middle initial that joins the run to token `j`
/// ("William C. Holman Correctional Facility", "George W. Bush"): a single capital
/// letter with a full stop after a capitalised word of the run, and a capitalised
/// word after it that is no sentence opener ("Annex B. The ..." stays apart).
fn middle_initial(text: &str, toks: &[Token], i: usize, j: usize, stopwords: &[String]) -> bool {
    let initial = &text[toks[j - 1].start..toks[j - 1].end];
    let next = &text[toks[j].start..toks[j].end];
    j >= i + 2
        && initial.len() == 1
        && initial.bytes().all(|b| b.is_ascii_uppercase())
        && !is_all_caps(&text[toks[j - 2].start..toks[j - 2].end])
        && text[toks[j - 1].end..toks[j].start] == *". "
        && !stopwords.iter().any(|w| w == next)
}

/// Whether `span` overlaps any of the sorted, mostly disjoint `spans`.
pub(crate) fn overlaps_sorted(spans: &[Span], span: Span) -> bool {
    let idx = spans.partition_point(|s| s.end <= span.start);
    spans[idx..]
        .iter()
        .take_while(|s| s.start < span.end)
        .any(|s| s.overlaps(span))
        || {
            // Spans that start earlier but end later than a shorter neighbour.
            spans[..idx].iter().rev().take(4).any(|s| s.overlaps(span))
        }
}

/// Spans of mentions still in `out`, by start: what lies inside or around a span is
/// found without a scan of every mention.
#[derive(Default)]
struct LiveSpans {
    /// (start, index in `out`) -> end.
    by_start: std::collections::BTreeMap<(u32, usize), u32>,
    /// No span is longer (kept as the longest ever inserted: a bound is enough).
    max_len: u32,
}

impl LiveSpans {
    fn insert(&mut self, k: usize, span: Span) {
        self.max_len = self.max_len.max(span.end.saturating_sub(span.start));
        self.by_start.insert((span.start, k), span.end);
    }

    /// Remove and return (indices in `out`) the spans that overlap or touch `near`
    /// and for which `hit` holds.
    fn take(&mut self, hit: impl Fn(Span) -> bool, near: Span) -> Vec<usize> {
        let lo = near.start.saturating_sub(self.max_len);
        let found: Vec<(u32, usize)> = self
            .by_start
            .range((lo, 0)..=(near.end, usize::MAX))
            .filter(|(&(start, _), &end)| hit(Span { start, end }))
            .map(|(&key, _)| key)
            .collect();
        for key in &found {
            self.by_start.remove(key);
        }
        found.into_iter().map(|(_, k)| k).collect()
    }
}

/// Mentions struck from the sorted start of `out` (`out[..sorted]`, by span) by a
/// later, longer name, found by binary search rather than a scan per name.
struct Struck {
    sorted: usize,
    dead: Vec<bool>,
}

impl Struck {
    /// Strike the live mentions of the sorted part that `full` contains; how many.
    fn strike_inside(&mut self, out: &[Mention], full: Span) -> usize {
        let sorted = &out[..self.sorted];
        let from = sorted.partition_point(|m| m.span.start < full.start);
        let mut removed = 0;
        for (k, m) in sorted
            .iter()
            .enumerate()
            .skip(from)
            .take_while(|(_, m)| m.span.start <= full.end)
        {
            if full.contains(m.span) && !self.dead[k] {
                self.dead[k] = true;
                removed += 1;
            }
        }
        removed
    }
}

fn mention(kind: MentionKind, span: Span, name: String, name_span: Span, rule: &str) -> Mention {
    Mention {
        kind,
        span,
        name,
        name_span,
        role: None,
        acronym: None,
        value: None,
        approx: None,
        rule: rule.to_string(),
    }
}

/// The words of `s` joined by single spaces.
fn normalise(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for word in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// Whether `word` is a title in any ASCII case (`Compiled::titles` are lower-case):
/// one look-up of the word lower-cased on the stack, not a scan of every title.
fn is_title_ci(c: &crate::rules::Compiled, word: &str) -> bool {
    let mut buf = [0u8; 48];
    match buf.get_mut(..word.len()) {
        Some(lower) => {
            for (d, s) in lower.iter_mut().zip(word.as_bytes()) {
                *d = s.to_ascii_lowercase();
            }
            // ASCII case changes keep UTF-8 valid.
            std::str::from_utf8(lower).is_ok_and(|l| c.title_set.contains(l))
        }
        None => c.titles.iter().any(|t| t.eq_ignore_ascii_case(word)),
    }
}

/// Whether no title can end like `word` lower-cased (`Compiled::title_ends`).
fn ends_no_title(c: &crate::rules::Compiled, word: &str) -> bool {
    !c.title_ends.may_end_lowercased(word)
}

/// Find people, organisations, places and courts in `text`.
pub fn entities(text: &str, rules: &Rules) -> Vec<Mention> {
    entities_in(text, rules, &crate::text::sentences(text))
}

/// [`entities`] with the text's sentences (`crate::text::sentences`) already split.
pub fn entities_in(text: &str, rules: &Rules, sentences: &[Span]) -> Vec<Mention> {
    let c = rules.compiled();
    let toks = tokens(text);
    let mut out: Vec<Mention> = Vec::new();
    // Acronyms defined in this text, looked up before the gazetteer's.
    let mut acronyms = Acronyms {
        defined: FxHashMap::default(),
        gazetteer: &c.gazetteer_acronyms,
    };

    // 1. Gazetteer names, also where a sentence's line break wraps one ("the Central\n
    // African Republic"): searched in the text with those breaks as spaces.
    let flat = crate::text::flatten(text, sentences);
    for m in c.gazetteer.find_iter(&flat) {
        if !on_word_boundaries(text, m.start(), m.end()) {
            continue;
        }
        let entry = &c.gazetteer_entries[m.pattern().as_usize()];
        let span = Span::new(m.start(), m.end());
        let name = &flat[m.range()];
        let mut item = mention(entry.kind, span, name.to_string(), span, "gazetteer");
        if entry.derived || entry.canonical != name {
            item.value = Some(entry.canonical.clone());
            item.rule = if entry.derived {
                "gazetteer.demonym".into()
            } else {
                "gazetteer.variant".into()
            };
        }
        item.acronym = entry.acronym.clone();
        out.push(item);
    }

    // 2. Acronym definitions: "Name Of Body (NOB)". A definition drops the mentions
    // inside or around its name; they are found by span (`live`), not by a scan of
    // `out` per definition, and leave `out` after the loop.
    let mut live = LiveSpans::default();
    for (k, m) in out.iter().enumerate() {
        live.insert(k, m.span);
    }
    let mut dead = vec![false; out.len()];
    for (idx, _) in text.match_indices('(') {
        let rest = &text[idx + 1..];
        let Some(close) = rest.find(')') else {
            continue;
        };
        let acr = &rest[..close];
        let letters = acr.chars().filter(|c| c.is_uppercase()).count();
        if !(2..=8).contains(&acr.chars().count())
            || letters < 2
            || !acr.chars().all(char::is_alphanumeric)
        {
            continue;
        }
        if !acr.chars().next().is_some_and(char::is_uppercase) {
            continue;
        }
        let Some((name_start, name_end)) = name_before(text, &toks, idx, c) else {
            continue;
        };
        let name = normalise(&text[name_start..name_end]);
        let kind = if name.ends_with("Court") {
            MentionKind::Court
        } else {
            MentionKind::Organisation
        };
        let name_span = Span::new(name_start, name_end);
        for k in live.take(
            |s| name_span.contains(s) || s.contains(name_span),
            name_span,
        ) {
            dead[k] = true;
        }
        let mut item = mention(
            kind,
            Span::new(name_start, idx + close + 2),
            name.clone(),
            name_span,
            "org.acronym_defined",
        );
        item.acronym = Some(acr.to_string());
        live.insert(out.len(), item.span);
        out.push(item);
        dead.push(false);
        acronyms.defined.insert(acr.to_string(), (name, kind));
    }
    let mut k = 0;
    out.retain(|_| {
        k += 1;
        !dead[k - 1]
    });

    // 3. Signatory lines: "SURNAME Given, Country, Group".
    let mut line_start = 0usize;
    for line in text.split_inclusive('\n') {
        signatory(text, line_start, line, &mut out);
        line_start += line.len();
    }

    // 4. Runs of capitalised tokens not already covered.
    out.sort_by_key(|m| m.span);
    let covered_spans: Vec<Span> = out.iter().map(|m| m.span).collect();
    // A run may swallow earlier mentions ("Ministry of Justice of Kazakhstan"): they
    // are struck here and dropped after the loop; a scan of `out` per run would make
    // a long document quadratic.
    let mut struck = Struck {
        sorted: out.len(),
        dead: vec![false; out.len()],
    };
    let covered = |t: &Token| overlaps_sorted(&covered_spans, Span::new(t.start, t.end));
    let mut candidates: Vec<(Span, String)> = Vec::new();
    let mut skip_until = 0usize;
    let mut i = 0;
    while i < toks.len() {
        let t = toks[i];
        if t.start < skip_until || !is_capitalised(&text[t.start..t.end]) || covered(&t) {
            i += 1;
            continue;
        }
        let mut j = i + 1;
        let first_caps = is_all_caps(&text[t.start..t.end]);
        // "Hamad bin Isa Al Khalifa", "Ursula von der Leyen": a joining word between
        // two capitalised words stays inside the name.
        let joiner = |j: usize| {
            j + 1 < toks.len()
                && rules
                    .lexicon
                    .name_joiners
                    .iter()
                    .any(|p| *p == text[toks[j].start..toks[j].end])
                && joins(&text[toks[j - 1].end..toks[j].start])
                && joins(&text[toks[j].end..toks[j + 1].start])
        };
        loop {
            let mut k = j;
            while !first_caps && k < toks.len() && joiner(k) {
                k += 1;
            }
            if k > j
                && k < toks.len()
                && is_capitalised(&text[toks[k].start..toks[k].end])
                && !is_all_caps(&text[toks[k].start..toks[k].end])
                && !covered(&toks[k])
            {
                j = k;
            }
            if !(j < toks.len()
                && !first_caps
                && !starts_line_with_title(text, &toks[j - 1], &toks[j], c)
                && !run_fills_its_line(text, &toks[i], &toks[j - 1], &toks[j])
                && !is_all_caps(&text[toks[j].start..toks[j].end])
                && (is_capitalised(&text[toks[j].start..toks[j].end])
                    || is_particle_name(
                        &text[toks[j].start..toks[j].end],
                        &rules.lexicon.name_particles,
                    ))
                && (joins(&text[toks[j - 1].end..toks[j].start])
                    || middle_initial(text, &toks, i, j, &rules.lexicon.name_stopwords))
                && !covered(&toks[j]))
            {
                break;
            }
            j += 1;
        }
        if !first_caps && closing_caps_surname(text, &toks, j, &rules.lexicon) {
            j += 1;
        }
        let before = out.len();
        let removed = classify_run(
            text,
            &toks,
            i,
            j,
            rules,
            &acronyms,
            &mut out,
            &mut struck,
            &mut candidates,
        );
        // As when the struck mentions left `out` at once: the new ones were then
        // past `before` only if none was struck.
        if let Some(m) = out
            .get(before..)
            .filter(|_| removed == 0)
            .and_then(|new| new.iter().map(|m| m.span.end as usize).max())
        {
            skip_until = m;
        }
        i = j;
    }
    let mut k = 0;
    out.retain(|_| {
        k += 1;
        !struck.dead.get(k - 1).copied().unwrap_or(false)
    });

    // 5. Surnames and bare titles resolve within the document.
    resolve_persons(text, &mut out, &candidates, rules);
    out.sort_by_key(|m| (m.span, m.kind));
    out.dedup_by(|a, b| a.span == b.span);
    out
}

/// The capitalised name ending just before `paren` (with inner "of", "for", "and").
fn name_before(
    text: &str,
    toks: &[Token],
    paren: usize,
    c: &crate::rules::Compiled,
) -> Option<(usize, usize)> {
    let end_idx = toks.partition_point(|t| t.end <= paren);
    if end_idx == 0 {
        return None;
    }
    let last = toks[end_idx - 1];
    if !text[last.end..paren].chars().all(char::is_whitespace)
        || !is_capitalised(&text[last.start..last.end])
    {
        return None;
    }
    let mut first = end_idx - 1;
    let mut count = 1;
    while first > 0 && count < 10 {
        let prev = toks[first - 1];
        let word = &text[prev.start..prev.end];
        if !joins(&text[prev.end..toks[first].start]) {
            break;
        }
        let connector = matches!(
            word,
            "of" | "for" | "and" | "on" | "in" | "the" | "against" | "to"
        );
        if !(is_capitalised(word) || connector) || c.stopwords.contains(word) && word != "The" {
            break;
        }
        first -= 1;
        count += 1;
    }
    // Trim leading connectors.
    while first < end_idx - 1 {
        let w = &text[toks[first].start..toks[first].end];
        if is_capitalised(w) && !c.stopwords.contains(w) {
            break;
        }
        first += 1;
    }
    if end_idx - first < 2 {
        return None;
    }
    Some((toks[first].start, last.end))
}

fn signatory(text: &str, line_start: usize, line: &str, out: &mut Vec<Mention>) {
    let trimmed = line.trim_start();
    let lead = line.len() - trimmed.len();
    let Some(comma) = trimmed.find(',') else {
        return;
    };
    let name = &trimmed[..comma];
    // Most lines are prose with a comma far in: counted before anything is kept.
    if !(2..=4).contains(&name.split(' ').take(5).count()) {
        return;
    }
    let words: Vec<&str> = name.split(' ').collect();
    let caps = words.iter().take_while(|w| is_all_caps(w)).count();
    let rest_ok = words[caps..]
        .iter()
        .all(|w| is_capitalised(w) && !is_all_caps(w));
    if caps == 0 || caps == words.len() || !rest_ok {
        return;
    }
    let start = line_start + lead;
    let span = Span::new(start, start + name.len());
    if out.iter().any(|m| m.span.overlaps(span)) || span.slice(text).is_empty() {
        return;
    }
    out.push(mention(
        MentionKind::Person,
        span,
        name.to_string(),
        span,
        "person.signatory",
    ));
}

/// The longest title ending right before `pos`: (title start, title text).
fn title_before(text: &str, pos: usize, rules: &Rules) -> Option<(usize, String)> {
    let start = crate::quantity::floor_char_boundary(text, pos.saturating_sub(48));
    let window = &text[start..pos];
    let trimmed = window.trim_end_matches([' ', '\u{a0}']);
    if trimmed.len() == window.len() || ends_no_title(rules.compiled(), trimmed) {
        return None;
    }
    let lower = trimmed.to_lowercase();
    if lower.len() != trimmed.len() {
        return None;
    }
    for title in &rules.compiled().titles {
        if lower.ends_with(title.as_str()) {
            let at = trimmed.len() - title.len();
            let boundary = at == 0 || !trimmed.as_bytes()[at - 1].is_ascii_alphanumeric();
            if boundary {
                let role = trimmed[at..].trim_end_matches(':').to_string();
                return Some((start + at, role));
            }
        }
    }
    None
}

/// The prepositions that open a title's qualifier: "Minister of the Interior",
/// "rapporteur on Myanmar".
const APPOSITION_QUALIFIERS: [&str; 6] = ["of ", "on ", "for ", "in ", "at ", "to "];

/// A title set off by commas beside a two- or three-word name: before it ("The UN
/// Special Rapporteur on Myanmar, Tom Andrews, said") or after it ("Tom Andrews, the
/// UN special rapporteur on Myanmar, said"; "Jane Roe, a lawyer for the family,").
/// Returns the title as written.
/// First words of a phrase after "NAME, " that make it no apposition.
const NOT_APPOSITION_OPENERS: &[&str] = &[
    "by", "with", "from", "to", "in", "at", "for", "on", "after", "before", "against", "under",
    "and", "or", "but", "who", "which", "when", "where", "while",
];

fn title_in_apposition(text: &str, start: usize, end: usize, rules: &Rules) -> Option<String> {
    let c = rules.compiled();
    let word_bounded = |s: &str, at: usize, len: usize| {
        let before_ok = at == 0 || !s.as_bytes()[at - 1].is_ascii_alphanumeric();
        let after_ok = s
            .as_bytes()
            .get(at + len)
            .is_none_or(|b| !b.is_ascii_alphanumeric());
        before_ok && after_ok
    };
    let after = text.get(end..)?;
    // Before: "<clause ending in a title and its qualifier>, NAME,".
    if after.starts_with(',') {
        if let Some(head) = text.get(..start).and_then(|t| t.strip_suffix(", ")) {
            let from = crate::quantity::floor_char_boundary(head, head.len().saturating_sub(80));
            let clause_start = head[from..]
                .char_indices()
                .rev()
                .find(|(_, ch)| ['.', ',', ';', ':', '(', '\n', '"', '\u{201c}'].contains(ch))
                .map_or(from, |(k, ch)| from + k + ch.len_utf8());
            let clause = &head[clause_start..];
            let lower = clause.to_lowercase();
            // A qualifying title ends the clause or comes right before its qualifier's
            // preposition: when no such place can end a title, the titles are not tried.
            let may_hold = |e: usize| c.title_ends.may_end_lowercased(lower[..e].trim_end());
            let ends_here = may_hold(lower.len())
                || APPOSITION_QUALIFIERS.iter().any(|p| {
                    lower
                        .match_indices(p.trim_end())
                        .any(|(k, _)| k > 0 && lower.as_bytes()[k - 1] == b' ' && may_hold(k))
                });
            if lower.len() == clause.len() && ends_here {
                for title in &c.titles {
                    let Some(at) = lower.rfind(title.as_str()) else {
                        continue;
                    };
                    if title.ends_with(':') || !word_bounded(&lower, at, title.len()) {
                        continue;
                    }
                    // Only its qualifier may follow: "on Myanmar", "of the Interior".
                    let rest = lower[at + title.len()..].trim();
                    let qualified = rest.is_empty()
                        || (APPOSITION_QUALIFIERS.iter().any(|p| rest.starts_with(p))
                            && rest.split_whitespace().count() <= 6);
                    if qualified {
                        return clause.get(at..at + title.len()).map(str::to_string);
                    }
                }
            }
        }
    }
    // After: "NAME, the UN special rapporteur on Myanmar,".
    let rest = after.strip_prefix(", ")?;
    let stop = rest.find([',', '.', ';', '(', ')']).unwrap_or(rest.len());
    let phrase = &rest[..crate::quantity::floor_char_boundary(rest, stop.min(60))];
    let lower = phrase.to_lowercase();
    if lower.len() != phrase.len() {
        return None;
    }
    let words: Vec<&str> = lower.split(' ').collect();
    // "the shooting of Dil Limbu, by a police constable": a phrase that opens with a
    // preposition is not an apposition.
    if words
        .first()
        .is_some_and(|w| NOT_APPOSITION_OPENERS.contains(w))
    {
        return None;
    }
    let skip = usize::from(matches!(
        words.first(),
        Some(&("the" | "a" | "an" | "its" | "his" | "her"))
    ));
    for title in &c.titles {
        if title.ends_with(':') {
            continue;
        }
        // The title within the first few words after the determiner.
        let mut offset = 0;
        for (k, w) in words.iter().enumerate() {
            if k >= skip
                && k <= skip + 3
                && lower[offset..].starts_with(title.as_str())
                && word_bounded(&lower, offset, title.len())
            {
                return phrase.get(offset..offset + title.len()).map(str::to_string);
            }
            offset += w.len() + 1;
            if offset >= lower.len() {
                break;
            }
        }
    }
    None
}

#[allow(clippy::too_many_arguments)]
fn classify_run(
    text: &str,
    toks: &[Token],
    mut i: usize,
    j: usize,
    rules: &Rules,
    acronyms: &Acronyms<'_>,
    out: &mut Vec<Mention>,
    struck: &mut Struck,
    candidates: &mut Vec<(Span, String)>,
) -> usize {
    let c = rules.compiled();
    let lex = &rules.lexicon;
    let word = |k: usize| &text[toks[k].start..toks[k].end];
    // Leading stopwords and capitalised titles are not part of the name.
    while i < j {
        let w = word(i);
        if c.stopwords.contains(w) || (i + 1 < j && is_title_ci(c, w)) {
            i += 1;
        } else {
            break;
        }
    }
    // A capitalised title inside the run ("Yesterday President X", "Prime Minister X"):
    // the name starts after the last one.
    for k in (i..j.saturating_sub(1)).rev() {
        // Both the word and the pair end like the word.
        if ends_no_title(c, word(k)) {
            continue;
        }
        let one = word(k).to_lowercase();
        let two = if k > i {
            format!("{} {}", word(k - 1), word(k)).to_lowercase()
        } else {
            String::new()
        };
        if c.title_set.contains(&one) || c.title_set.contains(&two) {
            i = k + 1;
            break;
        }
    }
    if i >= j {
        return 0;
    }
    // "before Otieno J and a jury": a judge's title closes the run; the name is
    // before it.
    let j = if j - i >= 2 && lex.judge_postnominals.iter().any(|t| t == word(j - 1)) {
        j - 1
    } else {
        j
    };
    let (start, end) = (toks[i].start, toks[j - 1].end);
    let name = normalise(&text[start..end]);
    let last = word(j - 1);
    // Particles ("bin", "von") do not count as words of the name.
    let n = (i..j)
        .filter(|&k| !rules.lexicon.name_joiners.iter().any(|p| p == word(k)))
        .count();
    let span = Span::new(start, end);

    // "SMITH, Circuit Judge:": a surname in capitals before a judge's title is a
    // person, not an acronym.
    if n == 1 && is_all_caps(last) && !judge_postnominal(lex, last, &text[end..]) {
        if let Some((expansion, kind)) = acronyms.get(last) {
            let mut item = mention(*kind, span, expansion.clone(), span, "org.acronym");
            item.acronym = Some(last.to_string());
            out.push(item);
        }
        return 0;
    }
    if lex.court_heads.iter().any(|h| h == last) {
        // "High Court of Anambra State", "Supreme Court of India": the court's
        // place or kind after "of" is part of its name.
        let (_, named_end) = extend_over_connectors(text, toks, j, end, &["of"]);
        if n >= 2 || named_end > end {
            let full = Span::new(start, named_end);
            let removed = struck.strike_inside(out, full);
            // "the Minsk Regional Court": a place the gazetteer found right before the
            // run opens the court's name; it stays a place mention of its own.
            let named_start =
                place_right_before(text, toks, i, out, struck.sorted).unwrap_or(start);
            let name_span = Span::new(named_start, named_end);
            out.push(mention(
                MentionKind::Court,
                name_span,
                normalise(name_span.slice(text)),
                name_span,
                "court.named",
            ));
            return removed;
        }
    }
    let treaty_word = (i..j).any(|k| lex.treaty_words.iter().any(|t| t == word(k)));
    if c.org_suffixes.contains(last) && !treaty_word {
        // Extend over "of Internal Affairs", "for Refugees".
        let (_, org_end) = extend_over_connectors(text, toks, j, end, &["of", "for", "on", "and"]);
        if n >= 2 || org_end > end {
            let full = Span::new(start, org_end);
            let removed = struck.strike_inside(out, full);
            out.push(mention(
                MentionKind::Organisation,
                full,
                normalise(full.slice(text)),
                full,
                "org.suffix",
            ));
            return removed;
        }
        return 0;
    }
    // "Changi Prison", "Nakuru County": a run whose last word names a kind of place.
    let last_two = if n >= 3 {
        format!("{} {}", word(j - 2), last)
    } else {
        String::new()
    };
    if n >= 2
        && lex
            .place_heads
            .iter()
            .any(|h| h == last || (n >= 3 && *h == last_two))
    {
        out.push(mention(MentionKind::Place, span, name, span, "place.head"));
        return 0;
    }
    let after = &text[end..];
    for region in &lex.region_words {
        // " Region" right after the name.
        if after
            .strip_prefix(' ')
            .is_some_and(|a| a.starts_with(region.as_str()))
        {
            let full = Span::new(start, end + 1 + region.len());
            out.push(mention(
                MentionKind::Place,
                full,
                normalise(full.slice(text)),
                full,
                "place.region",
            ));
            return 0;
        }
    }
    let before = &text[crate::quantity::floor_char_boundary(text, start.saturating_sub(12))..start];
    if n <= 2
        && lex
            .settlement_before
            .iter()
            .any(|p| before.ends_with(p.as_str()))
    {
        out.push(mention(
            MentionKind::Place,
            span,
            name,
            span,
            "place.town_of",
        ));
        return 0;
    }
    // Arabic names run longer with their particles ("Salman bin Abdul Aziz Al Saud").
    if n > 4 && (n > 6 || n == j - i) {
        return 0;
    }
    let title = title_before(text, start, rules);
    let given = c.given_names.contains(word(i));
    // "27 Kenyan women": a word qualifying a group of people is a nationality.
    let next_word = text
        .get(end..)
        .and_then(|r| r.strip_prefix(' '))
        .and_then(|r| r.split(|c: char| !c.is_alphabetic()).next())
        .unwrap_or("");
    let qualifies_group = n == 1 && lex.group_nouns.iter().any(|g| g == next_word);
    let suffix = !qualifies_group
        && last.chars().count() >= 5
        && c.suffix_ends.may_end(last)
        && rules
            .lexicon
            .person_suffixes
            .iter()
            .any(|s| last.ends_with(s.as_str()))
        && !is_all_caps(last);
    // "Ali Reza Karimi was hanged", "the death sentence of Joseph Mensah": what is
    // done to a two- or three-word name only happens to people.
    let context = ((2..=3).contains(&n) && person_context(lex, text, start, end))
        || (n == 1 && judge_postnominal(lex, last, after));
    let apposed = if title.is_none() && !given && !suffix && !context && (2..=3).contains(&n) {
        title_in_apposition(text, start, end, rules)
    } else {
        None
    };
    // "a court in Konayev, Almaty Region": a lone word whose only evidence is a
    // surname ending, after a preposition of place, names a town (many towns
    // carry a person's name); "in Ivanov's case" stays a person.
    if n == 1 && suffix && title.is_none() && !given && after_place_preposition(lex, text, start) {
        let possessive = after.starts_with("'s") || after.starts_with("\u{2019}s");
        if !possessive {
            out.push(mention(
                MentionKind::Place,
                span,
                name,
                span,
                "place.after_preposition",
            ));
            return 0;
        }
    }
    if title.is_some() || given || suffix || context || apposed.is_some() {
        let (span_start, role) = match title {
            Some((s, r)) => (s, Some(r)),
            None => (start, apposed.clone()),
        };
        let mut item = mention(
            MentionKind::Person,
            Span::new(span_start, end),
            name,
            span,
            "person.evidence",
        );
        item.rule = if apposed.is_some() {
            "person.apposed_title".into()
        } else if role.is_some() {
            "person.title".into()
        } else if given {
            "person.given_name".into()
        } else if context {
            "person.context".into()
        } else {
            "person.surname_ending".into()
        };
        item.role = role;
        out.push(item);
    } else if n == 1 {
        candidates.push((span, name));
    }
    0
}

/// Whether `after`, the text right after a name, opens with a judge's title written
/// after the surname ("Mugabi, J., convicted", "before Otieno J and a jury",
/// "SMITH, Circuit Judge, dissenting"): the title, then a stop, a comma, a colon, a
/// bracket or the end of the line. A noun that labels things by letter (`letter_labels`:
/// "Exhibit J", "Annex J") takes no judge's title.
fn judge_postnominal(lex: &crate::rules::Lexicon, name: &str, after: &str) -> bool {
    if lex
        .letter_labels
        .iter()
        .any(|l| l.eq_ignore_ascii_case(name))
    {
        return false;
    }
    let rest = after.strip_prefix(',').unwrap_or(after);
    let Some(rest) = rest.strip_prefix(' ') else {
        return false;
    };
    lex.judge_postnominals.iter().any(|t| {
        rest.strip_prefix(t.as_str()).is_some_and(|tail| {
            tail.is_empty()
                || tail.starts_with(['.', ',', ':', ';', ')', '\n', '\r'])
                || (tail.starts_with(' ')
                    && !tail[1..].starts_with(|c: char| c.is_ascii_uppercase()))
        })
    })
}

/// A name's run extended over connectors and the capitalised words after each ("of
/// Internal Affairs", "for Refugees"): the token index after it and its end.
fn extend_over_connectors(
    text: &str,
    toks: &[Token],
    j: usize,
    end: usize,
    connectors: &[&str],
) -> (usize, usize) {
    let word = |k: usize| &text[toks[k].start..toks[k].end];
    let mut k = j;
    let mut name_end = end;
    while k > 0 && k + 1 < toks.len() {
        let gap_ok = joins(&text[toks[k - 1].end..toks[k].start])
            && joins(&text[toks[k].end..toks[k + 1].start]);
        // "Parliament on Tuesday passed": a day or month after the connector is a
        // date, not the rest of the name.
        let next = word(k + 1).to_ascii_lowercase();
        let date_word =
            dossier_model::is_weekday_name(&next) || dossier_model::is_month_name(&next);
        if !gap_ok || !connectors.contains(&word(k)) || !is_capitalised(word(k + 1)) || date_word {
            break;
        }
        k += 2;
        while k < toks.len()
            && is_capitalised(word(k))
            && joins(&text[toks[k - 1].end..toks[k].start])
        {
            k += 1;
        }
        name_end = toks[k - 1].end;
    }
    (k, name_end)
}

/// Whether the word before `start` is a preposition of place ("in", "near",
/// "outside"), itself not after "interest"/"trust" ("confidence in X").
fn after_place_preposition(lex: &crate::rules::Lexicon, text: &str, start: usize) -> bool {
    let before = &text[crate::quantity::floor_char_boundary(text, start.saturating_sub(24))..start];
    let mut words = before.split_whitespace().rev();
    let Some(prep) = words.next() else {
        return false;
    };
    if !lex.place_prepositions.iter().any(|p| p == prep) {
        return false;
    }
    !words.next().is_some_and(|w| {
        let w = w.to_lowercase();
        lex.trust_nouns.contains(&w)
    })
}

/// Whether what surrounds the name at `[start, end)` is done only to people: a
/// passive of the lexicon's `person_verbs` after it, or one of its `person_before`
/// / `person_after` phrases.
fn person_context(lex: &crate::rules::Lexicon, text: &str, start: usize, end: usize) -> bool {
    let after = text.get(end..).unwrap_or("");
    // "X, 23, was hanged": skip an age. An age in apposition ("Demetrius Frazier,
    // 52, was pronounced dead") is itself a person's mark.
    let aged = after
        .strip_prefix(", ")
        .and_then(|r| {
            let digits = r.bytes().take_while(u8::is_ascii_digit).count();
            (1..=3).contains(&digits).then(|| &r[digits..])
        })
        .and_then(|r| r.strip_prefix(','));
    if aged.is_some_and(|r| r.starts_with(" ") && r[1..].starts_with(|c: char| c.is_lowercase()))
        && text.get(start..end).is_some_and(|name| name.contains(' '))
    {
        return true;
    }
    let after = aged.unwrap_or(after);
    // "X and Y were executed": skip a coordinated name to reach the verb.
    let after = after
        .strip_prefix(" and ")
        .map(|rest| {
            let mut rest = rest;
            for _ in 0..3 {
                if !rest.starts_with(|c: char| c.is_uppercase()) {
                    break;
                }
                let word_end = rest.find([' ', ',', '.']).unwrap_or(rest.len());
                rest = &rest[word_end..];
                if !rest.starts_with(' ') {
                    break;
                }
                if rest[1..].starts_with(|c: char| c.is_uppercase()) {
                    rest = &rest[1..];
                }
            }
            rest
        })
        .unwrap_or(after);
    let passive_verb = |after: &str| {
        // "X and Y, who were hanged": the relative's verb is the name's.
        let after = after.strip_prefix(", who").unwrap_or(after);
        // "The appellants, X and Y, were convicted": the apposition's closing comma.
        let after = after
            .strip_prefix(',')
            .filter(|r| r.starts_with(" were ") || r.starts_with(" was "))
            .unwrap_or(after);
        let after = after
            .strip_prefix(" were ")
            .or_else(|| after.strip_prefix(" have been "))
            .or_else(|| after.strip_prefix(" was "))
            .or_else(|| after.strip_prefix(" has been "))
            .or_else(|| after.strip_prefix(" had been "))
            .or_else(|| after.strip_prefix(" is "))
            .or_else(|| after.strip_prefix(" are "));
        after.is_some_and(|rest| {
            // One adverb may stand before the verb ("was publicly executed").
            let first = rest.split(' ').next().unwrap_or("");
            let adverb = (first.len() > 3 && first.ends_with("ly")) || first == "also";
            let rest = if adverb {
                rest.get(first.len() + 1..).unwrap_or("")
            } else {
                rest
            };
            let word = rest
                .split(|c: char| !c.is_alphabetic())
                .next()
                .unwrap_or("");
            lex.person_verbs.iter().any(|v| v == word)
        })
    };
    // "X, a former boxer who spent 48 years on death row, was released": an
    // apposition or relative clause between commas leaves the verb to the name.
    let verb_after = passive_verb(after) || apposition_skipped(after).is_some_and(passive_verb);
    let from = crate::quantity::floor_char_boundary(text, start.saturating_sub(24));
    let before = text.get(from..start).unwrap_or("");
    let rest = text.get(end..).unwrap_or("");
    let phrase_after = lex
        .person_after
        .iter()
        .any(|p| rest.starts_with(p.as_str()));
    verb_after
        || phrase_after
        || lex
            .person_before
            .iter()
            .any(|p| before.ends_with(p.as_str()))
}

/// The text after a closed apposition (", a former boxer," or ", who ... ,") when a
/// passive auxiliary follows it; `None` otherwise.
fn apposition_skipped(after: &str) -> Option<&str> {
    let rest = after.strip_prefix(", ")?;
    let first = rest.split(' ').next()?;
    if !matches!(first, "a" | "an" | "the" | "his" | "her" | "their" | "who") {
        return None;
    }
    let window = &rest[..crate::quantity::floor_char_boundary(rest, 120)];
    let close = window.find(',')?;
    if window[..close].contains(['.', ';', ':', '(', '"']) {
        return None;
    }
    let tail = &rest[close + 1..];
    [" was ", " were ", " has been ", " had been "]
        .iter()
        .any(|aux| tail.starts_with(aux))
        .then_some(tail)
}

fn resolve_persons(
    text: &str,
    out: &mut Vec<Mention>,
    candidates: &[(Span, String)],
    rules: &Rules,
) {
    // Surname -> full names seen with it.
    let mut full: HashMap<String, Vec<String>> = HashMap::new();
    for m in out
        .iter()
        .filter(|m| m.kind == MentionKind::Person && m.name.contains(' '))
    {
        if m.rule == "person.signatory" {
            continue;
        }
        if let Some(last) = m.name.rsplit(' ').next() {
            let names = full.entry(last.to_string()).or_default();
            if !names.contains(&m.name) {
                names.push(m.name.clone());
            }
        }
    }
    let unique = |surname: &str| {
        full.get(surname)
            .filter(|v| v.len() == 1)
            .map(|v| v[0].clone())
    };
    for m in out
        .iter_mut()
        .filter(|m| m.kind == MentionKind::Person && !m.name.contains(' '))
    {
        if let Some(name) = unique(&m.name) {
            m.name = name;
            m.rule = "person.surname_coref".into();
        }
    }
    for (span, word) in candidates {
        if let Some(name) = unique(word) {
            let mut item = mention(
                MentionKind::Person,
                *span,
                name,
                *span,
                "person.surname_coref",
            );
            item.role = None;
            out.push(item);
        }
    }
    // "the President": the one person the document gives that role.
    let mut by_role: HashMap<String, Vec<String>> = HashMap::new();
    for m in out.iter().filter(|m| m.kind == MentionKind::Person) {
        if let Some(role) = &m.role {
            let mut key = role.to_lowercase();
            if key == "head of state" {
                key = "president".into();
            }
            let names = by_role.entry(key).or_default();
            if !names.contains(&m.name) {
                names.push(m.name.clone());
            }
        }
    }
    out.sort_by_key(|m| m.span);
    let mut taken: Vec<Span> = out.iter().map(|m| m.span).collect();
    for title in ["President", "Prime Minister"] {
        let Some(names) = by_role.get(&title.to_lowercase()).filter(|v| v.len() == 1) else {
            continue;
        };
        let pattern = format!("the {title}");
        for idx in memchr::memmem::find_iter(text.as_bytes(), pattern.as_bytes()) {
            let t_start = idx + 4;
            let t_end = idx + pattern.len();
            let next = text[t_end..].chars().next();
            if next.is_some_and(char::is_alphanumeric) || text[t_end..].starts_with(" of") {
                continue;
            }
            let next_word = text[t_end..].trim_start().chars().next();
            if next_word.is_some_and(char::is_uppercase) && text[t_end..].starts_with(' ') {
                continue;
            }
            let span = Span::new(t_start, t_end);
            if overlaps_sorted(&taken, span) {
                continue;
            }
            let mut item = mention(
                MentionKind::Person,
                span,
                names[0].clone(),
                span,
                "person.title_coref",
            );
            item.role = Some(title.to_string());
            out.push(item);
        }
    }
    party_coref(text, out, &mut taken, rules);
    // Lower-case court phrases ("the appeal court").
    for m in rules.compiled().courts.find_iter(text) {
        if !on_word_boundaries(text, m.start(), m.end()) {
            continue;
        }
        let span = Span::new(m.start(), m.end());
        if overlaps_sorted(&taken, span) {
            continue;
        }
        let at = taken.partition_point(|s| *s < span);
        taken.insert(at, span);
        out.push(mention(
            MentionKind::Court,
            span,
            text[m.range()].to_string(),
            span,
            "court.phrase",
        ));
    }
}

/// A judgment's party named by its role: "The appellant, X,", "X (\"the applicant\")",
/// "the appellant-accused X", or a caption line "X ... Appellant" names X; every other
/// "the appellant" (any singular role of `party_roles`) is then a mention of X, when
/// the document names one person so (a role named for no one borrows the document's
/// one party). `out` is sorted by span.
fn party_coref(text: &str, out: &mut Vec<Mention>, taken: &mut Vec<Span>, rules: &Rules) {
    let roles = &rules.lexicon.party_roles;
    if roles.is_empty() {
        return;
    }
    let bytes = text.as_bytes();
    let persons: Vec<(Span, String)> = out
        .iter()
        .filter(|m| m.kind == MentionKind::Person && m.name.contains(' '))
        .map(|m| (m.name_span, m.name.clone()))
        .collect();
    let starting = |at: usize| {
        persons
            .iter()
            .find(|(s, _)| s.start as usize == at)
            .map(|(_, n)| n.clone())
    };
    let ending = |at: usize| {
        persons
            .iter()
            .find(|(s, _)| s.end as usize == at)
            .map(|(_, n)| n.clone())
    };
    let letter = |b: u8| b.is_ascii_alphanumeric() || b == b'-';
    // (role index, span of the role word, preceded by "the ")
    let mut sites: Vec<(usize, Span, bool)> = Vec::new();
    let mut defined: Vec<Vec<String>> = vec![Vec::new(); roles.len()];
    let lower = text.to_ascii_lowercase();
    for (r, role) in roles.iter().enumerate() {
        for at in memchr::memmem::find_iter(lower.as_bytes(), role.as_bytes()) {
            let end = at + role.len();
            if (at > 0 && letter(bytes[at - 1])) || bytes.get(end).copied().is_some_and(letter) {
                continue;
            }
            let span = Span::new(at, end);
            let the = lower[..at].ends_with("the ");
            let after = &text[end..];
            let mut name = None;
            // "learned counsel for the appellant, Chief X," names counsel.
            let counsel = the && {
                let before = lower[..at - 4].trim_end();
                before.ends_with(" for") || before.ends_with(" behalf of")
            };
            if the && !counsel {
                // "The appellant, X," / "the appellant-accused X".
                if let Some(rest) = after.strip_prefix(", ") {
                    name = starting(end + 2).filter(|_| rest.starts_with(char::is_uppercase));
                } else if after.starts_with(' ') {
                    name = starting(end + 1);
                }
                // 'X ("the applicant")', 'X (hereinafter "the applicant")'.
                if name.is_none() {
                    let from = crate::quantity::floor_char_boundary(text, at.saturating_sub(20));
                    if let Some(open) = text[from..at].rfind('(') {
                        let open = from + open;
                        let inside = text[open + 1..at - 4]
                            .trim_matches(|c: char| {
                                c == '"' || c == '\u{201c}' || c.is_whitespace()
                            })
                            .to_ascii_lowercase();
                        let closes = after.trim_start_matches(['"', '\u{201d}']).starts_with(')');
                        if (inside.is_empty() || inside == "hereinafter") && closes {
                            name = ending(text[..open].trim_end().len());
                        }
                    }
                }
            } else if text[at..end].starts_with(char::is_uppercase)
                && after
                    .trim_start_matches([' ', '\t'])
                    .starts_with(['\n', '\r'])
            {
                // A caption line: "X .......... Appellant" (or X on the line before).
                let line_start = text[..at].rfind('\n').map_or(0, |i| i + 1);
                let lead = text[line_start..at]
                    .trim_end_matches(|c: char| c == '.' || c == '\u{2026}' || c.is_whitespace());
                name = if lead.is_empty() {
                    let prev = text[..line_start].trim_end();
                    ending(prev.len())
                } else {
                    ending(line_start + lead.len())
                };
            }
            if let Some(name) = name {
                if !defined[r].contains(&name) {
                    defined[r].push(name);
                }
            }
            sites.push((r, span, the));
        }
    }
    let mut all: Vec<&String> = defined.iter().flatten().collect();
    all.sort();
    all.dedup();
    for (r, span, the) in sites {
        let name = match (defined[r].as_slice(), all.as_slice()) {
            ([one], _) => one,
            ([], [one]) => *one,
            _ => continue,
        };
        if !the || overlaps_sorted(taken, span) {
            continue;
        }
        let mut item = mention(
            MentionKind::Person,
            span,
            name.clone(),
            span,
            "person.party_coref",
        );
        item.role = Some(roles[r].clone());
        let at = taken.partition_point(|s| *s < span);
        taken.insert(at, span);
        out.push(item);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    type Case = (
        &'static str,
        &'static [(&'static str, &'static str, &'static str, &'static str)],
    );

    /// Expect `(kind, name, role or acronym, text under span)` for each mention of the listed kinds.
    fn check(input: &str, expect: &[(&str, &str, &str, &str)]) {
        let got: Vec<(String, String, String, String)> = entities(input, Rules::builtin())
            .iter()
            .map(|m| {
                let extra = m.role.clone().or(m.acronym.clone()).unwrap_or_default();
                (
                    m.kind.as_str().to_string(),
                    m.name.clone(),
                    extra,
                    m.span.slice(input).to_string(),
                )
            })
            .collect();
        let expect: Vec<(String, String, String, String)> = expect
            .iter()
            .map(|(a, b, c, d)| (a.to_string(), b.to_string(), c.to_string(), d.to_string()))
            .collect();
        assert_eq!(got, expect, "input: {input:?}");
    }

    /// The names of the persons found in `input`.
    fn person_names(input: &str) -> Vec<String> {
        entities(input, Rules::builtin())
            .into_iter()
            .filter(|m| m.kind == MentionKind::Person)
            .map(|m| m.name)
            .collect()
    }

    /// "Korea" alone is the Republic of Korea; the list forms of the other Korea
    /// ("Korea (Democratic People's Republic of)", "Korea, North") stay North Korea.
    #[test]
    fn the_two_koreas_as_lists_write_them() {
        let places = |input: &str| -> Vec<String> {
            entities(input, Rules::builtin())
                .into_iter()
                .filter(|m| m.kind == MentionKind::Place)
                .filter_map(|m| m.value)
                .collect()
        };
        assert_eq!(
            places("Executions in Korea stopped in 1997."),
            ["South Korea"]
        );
        assert_eq!(
            places(
                "Retentionist: Korea (Democratic People's Republic of), Korea, North, DPR Korea."
            ),
            ["North Korea", "North Korea", "North Korea"]
        );
        assert_eq!(
            places("Abolitionist in practice: Korea (Republic of)."),
            ["South Korea"]
        );
    }

    /// A bench or signature line whose surname is in capitals keeps the surname; a
    /// capitalised word in running text does not join a name.
    #[test]
    fn a_closing_surname_in_capitals_on_a_bench_line() {
        assert_eq!(
            person_names("COMPOSITION\nHon. Justice Amara Kossi DIALLO - Presiding\nHon. Justice Ines Lobo TAVARES - Member\n"),
            vec!["Amara Kossi DIALLO", "Ines Lobo TAVARES"]
        );
        assert_eq!(
            person_names("Judge Amara Kossi met NATO officials in Brussels."),
            vec!["Amara Kossi"]
        );
        // Letters of an honour after the name are no surname.
        assert_eq!(
            person_names("COMPOSITION\nHon. Justice Wole Adeyemi SAN - Member\n"),
            vec!["Wole Adeyemi"]
        );
    }

    /// A passive after an apposition or a relative clause between commas is the
    /// name's own verb.
    #[test]
    fn persons_before_an_apposition_and_their_passive() {
        assert_eq!(
            person_names("Iwao Hakamada, a former boxer who spent 48 years on death row, was released in 2014."),
            vec!["Iwao Hakamada"]
        );
        assert_eq!(
            person_names("Arnold Brenner, who spent a decade in prison, was freed in 2001."),
            vec!["Arnold Brenner"]
        );
        assert!(person_names("Green Valley, a quiet town, was flooded in 2001.").is_empty());
    }

    /// An elided article or patronymic ("O'Connor", "D’Souza") is inside the name; a
    /// possessive ("Stitt's") is not.
    #[test]
    fn names_with_an_elided_capital() {
        let people = person_names;
        assert_eq!(
            people("\"It is done,\" Attorney General John O'Connor said in a statement."),
            vec!["John O'Connor"]
        );
        assert_eq!(
            people("The lawyer, Maria D\u{2019}Souza, filed the appeal on Monday."),
            vec!["Maria D\u{2019}Souza"]
        );
        assert_eq!(
            people("Attorney General John O'Connor's office rejected the plea."),
            vec!["John O'Connor"]
        );
    }

    /// Unknown names marked by an age in apposition, an honorific, or a verb of
    /// release before them ("acquitting X"), as news and press releases write them.
    #[test]
    fn persons_known_by_an_age_an_honorific_or_an_acquittal() {
        let people = person_names;
        assert_eq!(
            people("Tobias Renner, 52, was pronounced dead at 6:36 p.m."),
            ["Tobias Renner"]
        );
        assert_eq!(
            people("The Minister of Justice, Hon. Mwila Banda, said the reform was overdue."),
            ["Mwila Banda"]
        );
        assert_eq!(
            people("The court ordered his release after acquitting Imran Qadir of the murder."),
            ["Imran Qadir"]
        );
    }

    /// A title set off by commas beside an unknown name, before it or after it.
    #[test]
    fn persons_known_by_a_title_in_apposition() {
        let people = |input: &str| -> Vec<(String, Option<String>)> {
            entities(input, Rules::builtin())
                .into_iter()
                .filter(|m| m.kind == MentionKind::Person)
                .map(|m| (m.name, m.role))
                .collect()
        };
        let one = |name: &str, role: &str| vec![(name.to_string(), Some(role.to_string()))];
        assert_eq!(
            people("The UN Special Rapporteur on Ostland, Tam Brody, said he was appalled."),
            one("Tam Brody", "Special Rapporteur")
        );
        assert_eq!(
            people("\u{201c}It is a travesty,\u{201d} said Lena Varga, a lawyer for the family."),
            one("Lena Varga", "lawyer")
        );
        assert_eq!(
            people("Orin Kessel, the group's campaign director, resigned."),
            one("Orin Kessel", "director")
        );
        // No title beside the name: nothing is guessed.
        assert!(people("The Ostland Herald, a daily newspaper, closed.").is_empty());
        assert!(people("In Ostland, the Grand Vizier Road was renamed.").is_empty());
        // A phrase that opens with a preposition is no apposition.
        assert!(
            people("the shooting of Tal Borin Kesh, by a police constable on patrol.").is_empty()
        );
        // A police rank before a name is a title.
        assert_eq!(
            people("Judge Ada Moor found Inspector Carl Brandt guilty.")
                .into_iter()
                .map(|(name, _)| name)
                .collect::<Vec<_>>(),
            ["Ada Moor", "Carl Brandt"]
        );
    }

    /// A middle initial does not cut a name; a facility is a place by its two last words.
    #[test]
    fn places_written_in_capitals_in_captions() {
        let places = |input: &str| -> Vec<(String, Option<String>)> {
            entities(input, Rules::builtin())
                .into_iter()
                .filter(|m| m.kind == MentionKind::Place)
                .map(|m| (m.name, m.value))
                .collect()
        };
        assert_eq!(
            places("IN THE COURT OF APPEAL OF THE REPUBLIC OF ZAMBIA\nHOLDEN AT LUSAKA"),
            [("ZAMBIA".to_string(), Some("Zambia".to_string()))]
        );
        // A running head.
        assert_eq!(
            places("IRAN\nAmnesty International Report 2011"),
            [("IRAN".to_string(), Some("Iran".to_string()))]
        );
    }

    /// A country's name hard-wrapped inside a sentence is still the country.
    #[test]
    fn a_place_wrapped_over_two_lines_is_the_place() {
        let places: Vec<(String, Span)> = entities(
            "There was some movement that year. In March 2019 the Parliament of the Central\nAfrican Republic voted to end the practice, and the law was signed in June.",
            Rules::builtin(),
        )
        .into_iter()
        .filter(|m| m.kind == MentionKind::Place)
        .map(|m| (m.name, m.name_span))
        .collect();
        assert_eq!(
            places,
            [("Central African Republic".to_string(), Span::new(71, 95))]
        );
    }

    #[test]
    fn crown_dependencies_are_places_and_new_jersey_is_not_jersey() {
        let places = |input: &str| -> Vec<String> {
            entities(input, Rules::builtin())
                .into_iter()
                .filter(|m| m.kind == MentionKind::Place)
                .map(|m| m.name)
                .collect()
        };
        assert_eq!(
            places("In 1986 Jersey abolished the death penalty for murder."),
            ["Jersey"]
        );
        assert_eq!(
            places("Tynwald, the parliament of the Isle of Man, voted in 1993."),
            ["Isle of Man"]
        );
        assert_eq!(
            places("New Jersey repealed its death penalty statute in 2007."),
            ["New Jersey"]
        );
    }

    #[test]
    fn middle_initials_and_detention_facilities() {
        let found = |input: &str| -> Vec<(String, String)> {
            entities(input, Rules::builtin())
                .into_iter()
                .map(|m| (m.kind.as_str().to_string(), m.name))
                .collect()
        };
        assert_eq!(
            found("He was pronounced dead at Ruben K. Alder Correctional Facility on Thursday."),
            [(
                "place".to_string(),
                "Ruben K. Alder Correctional Facility".to_string()
            )]
        );
        assert_eq!(
            found("He was hanged at the Kessel Detention House at dawn."),
            [("place".to_string(), "Kessel Detention House".to_string())]
        );
        // A letter that ends a sentence stays apart from the next one's opener.
        assert!(!found("See Annex B. The report was published.")
            .iter()
            .any(|(_, name)| name.contains("B. The")));
    }

    #[test]
    fn courts_named_with_their_place_or_kind() {
        check(
            "The High Court of Kolvar State sentenced him; the Court of Appeal affirmed it.",
            &[
                (
                    "court",
                    "High Court of Kolvar State",
                    "",
                    "High Court of Kolvar State",
                ),
                ("court", "Court of Appeal", "", "Court of Appeal"),
            ],
        );
        // A known place right before the run opens the court's name, and stays a
        // place of its own.
        let found: Vec<(MentionKind, String)> = entities(
            "On 3 May the Minsk Regional Court convicted him.",
            Rules::builtin(),
        )
        .into_iter()
        .map(|m| (m.kind, m.name))
        .collect();
        assert!(
            found.contains(&(MentionKind::Court, "Minsk Regional Court".to_string())),
            "{found:?}"
        );
        assert!(
            found.contains(&(MentionKind::Place, "Minsk".to_string())),
            "{found:?}"
        );
    }

    #[test]
    fn a_bench_list_holds_one_judge_a_line() {
        let people: Vec<String> = entities(
            "PRESENT:\nMr. Justice Omar Farid Baig\nMrs. Justice Sana Iqbal\n\nJUDGMENT\n",
            Rules::builtin(),
        )
        .into_iter()
        .filter(|m| m.kind == MentionKind::Person)
        .map(|m| m.name)
        .collect();
        assert!(
            people.contains(&"Omar Farid Baig".to_string()),
            "{people:?}"
        );
        assert!(!people.iter().any(|p| p.contains("Mrs")), "{people:?}");
    }

    #[test]
    fn a_judgments_party_named_by_its_role() {
        // Named in an apposition after the role, then called by roles only.
        check(
            "The appellant, Peter Kamau Mwangi, was charged with murder. The accused-appellant was arrested in March.",
            &[
                ("person", "Peter Kamau Mwangi", "appellant", "appellant"),
                ("person", "Peter Kamau Mwangi", "", "Peter Kamau Mwangi"),
                ("person", "Peter Kamau Mwangi", "accused-appellant", "accused-appellant"),
            ],
        );
        // Named before a parenthesis that gives the role; a name of no known evidence.
        check(
            "The case was lodged by Tomas Ruelle (\"the applicant\") in May. The applicant was born in 1975.",
            &[
                ("person", "Tomas Ruelle", "", "Tomas Ruelle"),
                ("person", "Tomas Ruelle", "applicant", "applicant"),
                ("person", "Tomas Ruelle", "applicant", "applicant"),
            ],
        );
        // Two appellants named: "the appellant" is nobody in particular.
        check(
            "The appellant, Peter Kamau, was heard. The appellant, John Wekesa, was not. The appellant left.",
            &[
                ("person", "Peter Kamau", "", "Peter Kamau"),
                ("person", "John Wekesa", "", "John Wekesa"),
            ],
        );
    }

    #[test]
    fn places_named_by_their_kind_and_people_in_a_relative() {
        check(
            "He was held in Changi Prison after the killing at Ngaramtoni village in Nakuru County.",
            &[
                ("place", "Changi Prison", "", "Changi Prison"),
                ("place", "Ngaramtoni village", "", "Ngaramtoni village"),
                ("place", "Nakuru County", "", "Nakuru County"),
            ],
        );
        check(
            "Two other men, Vishnu Ramdass and Carl Tomlin, who were hanged in 1999, were not connected.",
            &[
                ("person", "Vishnu Ramdass", "", "Vishnu Ramdass"),
                ("person", "Carl Tomlin", "", "Carl Tomlin"),
            ],
        );
    }

    #[test]
    fn a_prison_in_lower_case_and_a_day_after_an_institution() {
        check(
            "The two men were hanged at Kamiti prison on the same morning.",
            &[("place", "Kamiti prison", "", "Kamiti prison")],
        );
        check(
            "The National Assembly on Thursday adopted the budget.",
            &[("organisation", "National Assembly", "", "National Assembly")],
        );
    }

    #[test]
    fn a_judge_named_by_surname_and_title_after_it() {
        let people = |text: &str| -> Vec<String> {
            entities(text, Rules::builtin())
                .into_iter()
                .filter(|m| m.kind == MentionKind::Person)
                .map(|m| m.name)
                .collect()
        };
        assert_eq!(
            people("On 2nd May, 2014 the learned judge, Wasswa, J., passed sentence."),
            ["Wasswa"]
        );
        assert_eq!(
            people("He was tried before Achterberg J and a jury."),
            ["Achterberg"]
        );
        assert_eq!(
            people("KOVALENKO, Circuit Judge, concurring in the judgment:"),
            ["KOVALENKO"]
        );
        // A lone word in capitals without a judge's title stays an acronym.
        assert!(people("The UNHCR said the border was closed.").is_empty());
        // Review: a noun that labels by letter is no judge.
        assert!(people("As Exhibit J, the police produced a knife.").is_empty());
        assert!(people("The list is at Annex J.").is_empty());
    }

    #[test]
    fn a_surname_with_a_particle() {
        check(
            "The governor pardoned Yusuf Karim al-Bashiri on the eve of the holiday.",
            &[(
                "person",
                "Yusuf Karim al-Bashiri",
                "",
                "Yusuf Karim al-Bashiri",
            )],
        );
        // A particle word never starts a name of its own.
        check("The al-Noor clinic was closed.", &[]);
    }

    #[test]
    fn town_named_like_a_surname() {
        check(
            "A court in Temirov, Kostanay Region, fined the blogger.",
            &[
                ("court", "A court", "", "A court"),
                ("place", "Temirov", "", "Temirov"),
                ("place", "Kostanay Region", "", "Kostanay Region"),
            ],
        );
        // A possessive after the preposition is still a person.
        check(
            "The case rests in Temirov's hands.",
            &[("person", "Temirov", "", "Temirov")],
        );
    }

    #[test]
    fn people() {
        let cases: &[Case] = &[
            (
                "Omar Haddad and Sami Nasser were executed in 2019.",
                &[
                    ("person", "Omar Haddad", "", "Omar Haddad"),
                    ("person", "Sami Nasser", "", "Sami Nasser"),
                ],
            ),
            (
                "Head of state: President Alyaksandr Lukashenka\nDeath penalty: retentionist",
                &[(
                    "person",
                    "Alyaksandr Lukashenka",
                    "President",
                    "President Alyaksandr Lukashenka",
                )],
            ),
            (
                "The court upheld the death sentence of Viktar Paulau.",
                &[
                    ("court", "The court", "", "The court"),
                    ("person", "Viktar Paulau", "", "Viktar Paulau"),
                ],
            ),
            (
                "Yesterday President Askar Temirov spoke.",
                &[(
                    "person",
                    "Askar Temirov",
                    "President",
                    "President Askar Temirov",
                )],
            ),
            (
                "The journalist Dina Sultanova was held.",
                &[(
                    "person",
                    "Dina Sultanova",
                    "journalist",
                    "journalist Dina Sultanova",
                )],
            ),
            (
                "Former police officer Timur Bekov was tried. Later Bekov's case was closed.",
                &[
                    (
                        "person",
                        "Timur Bekov",
                        "Former police officer",
                        "Former police officer Timur Bekov",
                    ),
                    ("person", "Timur Bekov", "", "Bekov"),
                ],
            ),
            (
                "Erlan Nurlanuly and Aida Serikkyzy left.",
                &[
                    ("person", "Erlan Nurlanuly", "", "Erlan Nurlanuly"),
                    ("person", "Aida Serikkyzy", "", "Aida Serikkyzy"),
                ],
            ),
            (
                "\nHead of state: Bolat Amirov\n",
                &[(
                    "person",
                    "Bolat Amirov",
                    "Head of state",
                    "Head of state: Bolat Amirov",
                )],
            ),
            (
                "Head of state: Bolat Amirov\n\nIn May, the President signed it.",
                &[
                    (
                        "person",
                        "Bolat Amirov",
                        "Head of state",
                        "Head of state: Bolat Amirov",
                    ),
                    ("person", "Bolat Amirov", "President", "President"),
                ],
            ),
            (
                "KOVACS Anna, Hungary, EPP\n",
                &[
                    ("person", "KOVACS Anna", "", "KOVACS Anna"),
                    ("place", "Hungary", "", "Hungary"),
                ],
            ),
            (
                "Zaur Aliev was freed. Then Aliev spoke.",
                &[
                    ("person", "Zaur Aliev", "", "Zaur Aliev"),
                    ("person", "Zaur Aliev", "", "Aliev"),
                ],
            ),
        ];
        for (input, expect) in cases {
            check(input, expect);
        }
    }

    #[test]
    fn organisations_places_courts() {
        let cases: &[Case] = &[
            (
                "members of the Free Workers Union of Ruritania (FWUR) met. Later FWUR split.",
                &[
                    (
                        "organisation",
                        "Free Workers Union of Ruritania",
                        "FWUR",
                        "Free Workers Union of Ruritania (FWUR)",
                    ),
                    (
                        "organisation",
                        "Free Workers Union of Ruritania",
                        "FWUR",
                        "FWUR",
                    ),
                ],
            ),
            (
                "Amnesty International wrote.",
                &[(
                    "organisation",
                    "Amnesty International",
                    "AI",
                    "Amnesty International",
                )],
            ),
            (
                "He fled to Kazakstan.",
                &[("place", "Kazakstan", "", "Kazakstan")],
            ),
            ("the Uzbek police", &[("place", "Uzbek", "", "Uzbek")]),
            (
                "a hearing in Dzhambul region",
                &[("place", "Dzhambul region", "", "Dzhambul region")],
            ),
            (
                "in the southern town of Kentau",
                &[("place", "Kentau", "", "Kentau")],
            ),
            (
                "before Medeu District Court today",
                &[("court", "Medeu District Court", "", "Medeu District Court")],
            ),
            (
                "the Supreme Court agreed",
                &[("court", "Supreme Court", "", "Supreme Court")],
            ),
            (
                "The appeal court refused.",
                &[("court", "appeal court", "", "appeal court")],
            ),
            (
                "The Ministry of Internal Affairs said",
                &[(
                    "organisation",
                    "Ministry of Internal Affairs",
                    "",
                    "Ministry of Internal Affairs",
                )],
            ),
        ];
        for (input, expect) in cases {
            check(input, expect);
        }
    }
}
