//! Whether a piece of text may ground a jurisdiction's status: its sentence, who it
//! is about, and whether it is a legend, a world statistic, planned or hedged.

use super::lexicon::{country_of_city_in, federation_of, lexicon, listed_jurisdiction};
use super::lower_words;
use crate::name::fold_name;
use crate::place::same_jurisdiction;
use dossier_model::{MentionKind, Span};

/// The sentences before `sentence` in its paragraph, nearest first: the walk stops
/// at a blank line, at the start of the text, or where the sentence reader cannot
/// step back any further.
pub(super) fn sentences_before(text: &str, sentence: Span) -> impl Iterator<Item = Span> + '_ {
    let bytes = text.as_bytes();
    let mut from = Some(sentence);
    std::iter::from_fn(move || {
        let current = from.take()?;
        let mut end = current.start as usize;
        while end > 0 && bytes[end - 1].is_ascii_whitespace() {
            end -= 1;
        }
        if end < 2 || text[end..current.start as usize].contains("\n\n") {
            return None;
        }
        let previous = sentence_around(text, Span::new(end - 2, end - 1));
        if previous.end > current.start || previous.start >= current.start {
            return None;
        }
        from = Some(previous);
        Some(previous)
    })
}

/// The sentence around `span`: from the end of the previous sentence (". ", "! ",
/// "? " or a blank line) to the end of this one. Single line breaks do not end a
/// sentence, so the lines of a map legend stay together.
pub(super) fn sentence_around(text: &str, span: Span) -> Span {
    let bytes = text.as_bytes();
    let (mut lo, mut hi) = (
        (span.start as usize).min(bytes.len()),
        (span.end as usize).min(bytes.len()),
    );
    let ends_sentence = |i: usize| -> bool {
        // Position `i` is the first byte after a sentence end.
        if i == 0 || i >= bytes.len() {
            return true;
        }
        let prev = bytes[i - 1];
        let at = bytes[i];
        (matches!(prev, b'.' | b'!' | b'?') && at.is_ascii_whitespace())
            || quoted_end(text, i)
            || (prev == b'\n' && i >= 2 && bytes[i - 2] == b'\n')
            || (prev == b'\n' && opens_list_item(text, i))
    };
    // A span that starts on white space starts where its words do.
    while lo < hi && bytes[lo].is_ascii_whitespace() {
        lo += 1;
    }
    // Do not walk further than a few hundred bytes either way.
    let floor = lo.saturating_sub(400);
    while lo > floor && !ends_sentence(lo) {
        lo -= 1;
    }
    let ceiling = (hi + 400).min(bytes.len());
    while hi < ceiling && !(hi > 0 && ends_sentence(hi)) {
        hi += 1;
    }
    while !text.is_char_boundary(lo) {
        lo += 1;
    }
    while !text.is_char_boundary(hi) {
        hi -= 1;
    }
    let trimmed_start = lo + (text[lo..hi].len() - text[lo..hi].trim_start().len());
    let trimmed_end = trimmed_start + text[trimmed_start..hi].trim_end().len();
    Span::new(trimmed_start, trimmed_end.max(trimmed_start))
}

/// Whether byte `i` follows a sentence that ends inside a closing quotation mark
/// ("So it's over? Ostland has abolished it?" I told him no.): a stop, then a
/// closing quote, then white space and a capital opening the next sentence.
fn quoted_end(text: &str, i: usize) -> bool {
    if !text.is_char_boundary(i) {
        return false;
    }
    let (before, after) = text.split_at(i);
    let Some(rest) = before
        .strip_suffix('"')
        .or_else(|| before.strip_suffix('\u{201d}'))
    else {
        return false;
    };
    let next = after.trim_start();
    rest.ends_with(['.', '!', '?'])
        && next.len() < after.len()
        && next.chars().next().is_some_and(char::is_uppercase)
}

/// Whether the line starting at byte `i` opens an item of a bulleted list ("- ",
/// "* ", "• "): the item is a sentence of its own ("- Ostland - abolished 1990\n-
/// Westmark - retained"), unless it and the line before both name a category, the
/// lines of a legend ("- red: retentionist\n- blue: abolitionist for all crimes"),
/// which stay together.
fn opens_list_item(text: &str, i: usize) -> bool {
    let line_at = |from: usize| {
        let rest = &text[from..];
        rest.split('\n').next().unwrap_or("").trim()
    };
    if !text.is_char_boundary(i) {
        return false;
    }
    let line = line_at(i);
    let bulleted = ["- ", "* ", "\u{2022} "]
        .iter()
        .any(|b| line.starts_with(b));
    if !bulleted {
        return false;
    }
    let names_category = |l: &str| {
        let lower = l.to_lowercase();
        lexicon()
            .category_names
            .iter()
            .chain(&lexicon().row_category_names)
            .any(|(name, _)| lower.contains(name.as_str()))
    };
    let before = text[..i.saturating_sub(1)]
        .rsplit('\n')
        .map(str::trim)
        .find(|l| !l.is_empty())
        .unwrap_or("");
    !(names_category(line) && names_category(before))
}

/// The mark a note opens with, as a table cites it: "[d]" of "- [d] The Minister of
/// Justice lifted the moratorium" (a bullet before it, then one or two letters in
/// square brackets).
fn note_mark(line: &str) -> Option<&str> {
    let line = line.trim_start_matches(['-', '*', '\u{2022}', ' ']);
    let close = line.find(']')?;
    let inner = line.strip_prefix('[')?.get(..close - 1)?;
    // Letters only: a numbered mark ("[1] 'Belarus executes man'") opens a
    // reference to a source, not a note on its row.
    ((1..=2).contains(&inner.len()) && inner.chars().all(|c| c.is_ascii_alphabetic()))
        .then(|| &line[..=close])
}

/// The row a note of a table speaks of: for a sentence on a line that opens with a
/// note's mark ("- [d] The Minister of Justice lifted the moratorium ..."), the first
/// cell of the one table row ('|' cells) that cites the mark ("| Democratic Republic
/// of the Congo | Retained | – | 2003 | [d] |"), the mark cut from a name it ends.
/// `None` when the sentence is no note's or no single row cites its mark.
pub(super) fn noted_row(text: &str, sentence: Span) -> Option<&str> {
    let start = (sentence.start as usize).min(text.len());
    let line_start = text[..start].rfind('\n').map_or(0, |i| i + 1);
    let line = text[line_start..].lines().next()?;
    let mark = note_mark(line.trim())?;
    let mut rows = text.lines().filter(|l| {
        let l = l.trim();
        l.starts_with('|') && l.contains(mark)
    });
    let row = rows.next()?;
    if rows.next().is_some() {
        return None;
    }
    let first = row.trim().trim_start_matches('|').split('|').next()?.trim();
    let name = first.strip_suffix(mark).unwrap_or(first).trim();
    (!name.is_empty() && !name.contains(mark)).then_some(name)
}

/// What a sentence says about jurisdictions.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub(super) struct Aboutness {
    /// The jurisdiction is named in the sentence.
    pub here: bool,
    /// Another country is named in it.
    pub other: bool,
    /// It speaks of many countries at once.
    pub global: bool,
}

/// The place a mention names: the gazetteer's value for a variant ("the United
/// Republic of Tanzania" is Tanzania), else the words themselves.
/// A demonym's value ("Westlandish" for Westland) is no name of the place.
fn mention_place(mention: &dossier_model::Mention) -> &str {
    let name = fold_name(&mention.name);
    mention
        .value
        .as_deref()
        .filter(|v| {
            let v = fold_name(v);
            !v.is_empty() && name != v && name.ends_with(&format!(" {v}"))
        })
        .unwrap_or(&mention.name)
}

/// Who `sentence` is about, given the jurisdiction key, the places mentioned in the
/// document and the folded names of known countries.
pub(super) fn aboutness(
    text: &str,
    sentence: Span,
    key: &str,
    mentions: &[dossier_model::Mention],
    countries: &dyn Fn(&str) -> bool,
    own: Option<&str>,
) -> Aboutness {
    let mut about = Aboutness::default();
    let mut consider = |name: &str, is_country: bool, listed_counts: bool| {
        let folded = fold_name(name);
        if folded.is_empty() {
            return;
        }
        // "hanged in Tehran": a capital stands for its country.
        let folded = country_of_city_in(text, &folded)
            .map(str::to_string)
            .unwrap_or(folded);
        if same_jurisdiction(&folded, key) {
            about.here = true;
        } else if is_country || countries(&folded) || listed_counts && listed_jurisdiction(&folded)
        {
            about.other = true;
        }
    };
    if let Some(own) = own {
        consider(own, false, true);
    }
    // "Three Nigerian nationals", "foreigners from Nigeria": where people come
    // from says nothing of what that state does.
    let origins: Vec<Span> = mentions
        .iter()
        .filter(|m| {
            m.kind == MentionKind::Place
                && sentence.contains(m.name_span)
                && names_origin(text, m.name_span)
        })
        .map(|m| m.name_span)
        .collect();
    for mention in mentions.iter().filter(|m| {
        m.kind == MentionKind::Place
            && sentence.contains(m.name_span)
            && !origins.contains(&m.name_span)
            && !inside_key(text, m.name_span, key)
            && !federation_apposed(text, m.name_span, key)
    }) {
        // "In neighbouring South Africa": the place after a word of neighbours is
        // another country, known as one or not.
        // "under the administration of the territory by South Africa": a country
        // the gazetteer alone knows, named as an agent, is not the sentence's subject.
        let agent = lower_before(text, mention.name_span, 4).ends_with("by ");
        consider(
            mention_place(mention),
            after_neighbour(text, mention.name_span),
            !agent,
        );
    }
    // "The Penal Code of Burkina Faso adopted in 2018 ...": the country a law is of
    // is named, though the gazetteer's mention is the law's.
    for mention in mentions
        .iter()
        .filter(|m| m.kind == MentionKind::Law && sentence.contains(m.name_span))
    {
        if let Some((_, of)) = mention.name.rsplit_once(" of ") {
            let of = fold_name(of);
            if countries(&of) || listed_jurisdiction(&of) {
                consider(&of, false, true);
            }
        }
    }
    // "three prisoners in Benin City": a longer place name that opens with the
    // jurisdiction's words (a city, not a capital) is another place.
    let longer_places: Vec<Span> = mentions
        .iter()
        .filter(|m| {
            m.kind == MentionKind::Place
                && sentence.contains(m.name_span)
                && opens_with_key(&fold_name(&m.name), key)
                && country_of_city_in(text, &fold_name(mention_place(m)))
                    .is_none_or(|country| !same_jurisdiction(country, key))
        })
        .map(|m| m.name_span)
        .collect();
    let mut plain = sentence.slice(text).to_string();
    for origin in origins.iter().chain(&longer_places) {
        let (lo, hi) = (
            (origin.start - sentence.start) as usize,
            (origin.end - sentence.start) as usize,
        );
        if plain.is_char_boundary(lo) && plain.is_char_boundary(hi) && hi <= plain.len() {
            plain.replace_range(lo..hi, &" ".repeat(hi - lo));
        }
    }
    // "His brother, who lives in Kansas": where someone lives or went, named in
    // words no gazetteer knows, is not what the sentence is about.
    blank_after_origin(&mut plain);
    // "New Mexico, Arizona's neighbour to the east, abolished ...": a place named
    // as another's neighbour is a landmark, not what the sentence is about.
    blank_possessive_neighbour(&mut plain);
    // "Neighbouring Iowa abolished ...": a name after a word of neighbours is
    // another place, whether or not the gazetteer knows it.
    if names_neighbour(&plain, key) {
        about.other = true;
    }
    let words = fold_name(&plain);
    // The jurisdiction's own words in the sentence ("Belarusian courts" aside), not
    // as the tail of a longer name the gazetteer knows as another jurisdiction
    // ("the Republic of the Congo" inside "the Democratic Republic of the Congo").
    let key_words: Vec<&str> = key.split(' ').collect();
    let sentence_words: Vec<&str> = words.split(' ').collect();
    let longer_name = |at: usize| {
        at > 0 && {
            let longer = sentence_words[at - 1..at + key_words.len()].join(" ");
            listed_jurisdiction(&longer) && !same_jurisdiction(&longer, key)
        }
    };
    if !key_words.is_empty()
        && sentence_words
            .windows(key_words.len())
            .enumerate()
            .any(|(at, w)| {
                w.iter()
                    .zip(&key_words)
                    .all(|(a, b)| same_jurisdiction(a, b))
                    && !longer_name(at)
            })
    {
        about.here = true;
    }
    // "Pennsylvania, to the north, retains ..." on a page about Delaware: for a state
    // of a federation, another state of the gazetteer, capitalised, in a sentence that
    // does not name it, is another place ("Maryland becomes the fifth state ..., after
    // New Jersey in 2007" stays Maryland's alone).
    if !about.here && federation_of(key).is_some() {
        let capitalised: Vec<&str> = plain
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .collect();
        for n in 1..=2 {
            for w in capitalised.windows(n) {
                if !w
                    .iter()
                    .all(|x| x.chars().next().is_some_and(char::is_uppercase))
                {
                    continue;
                }
                let name = fold_name(&w.join(" "));
                if federation_of(&name).is_some() && !same_jurisdiction(&name, key) {
                    about.other = true;
                }
            }
        }
    }
    // Words of the jurisdiction's own name ("Mexico" in "New Mexico") and its
    // federation in apposition ("a state of the United States") name no other place.
    let mut own_words = vec![false; sentence_words.len()];
    if !key_words.is_empty() {
        for at in 0..sentence_words.len().saturating_sub(key_words.len() - 1) {
            if sentence_words[at..at + key_words.len()]
                .iter()
                .zip(&key_words)
                .all(|(a, b)| same_jurisdiction(a, b))
            {
                own_words[at..at + key_words.len()].fill(true);
            }
        }
    }
    if let Some(federation) = federation_of(key).map(fold_name) {
        let fed: Vec<&str> = federation.split(' ').collect();
        let state_of = fold_name("state of");
        let state_of: Vec<&str> = state_of.split(' ').collect();
        let state_of_the = fold_name("state of the");
        let state_of_the: Vec<&str> = state_of_the.split(' ').collect();
        for at in 2..sentence_words.len().saturating_sub(fed.len() - 1) {
            let after_state_of = sentence_words[..at].ends_with(&state_of)
                || sentence_words[..at].ends_with(&state_of_the);
            if after_state_of && sentence_words[at..at + fed.len()] == fed[..] {
                own_words[at..at + fed.len()].fill(true);
            }
        }
    }
    for n in 1..=2 {
        for (at, w) in sentence_words.windows(n).enumerate() {
            if own_words[at..at + n].iter().any(|&o| o) {
                continue;
            }
            let name = w.join(" ");
            if countries(&name) && !same_jurisdiction(&name, key) {
                about.other = true;
            }
        }
    }
    let lower = sentence.slice(text).to_lowercase();
    about.global = lexicon()
        .global_words
        .iter()
        .any(|w| lower.contains(w.as_str()));
    about
}

/// The capitalised words at the start of `rest` (at most four; "New South Wales"),
/// as byte length of the name.
fn capitalised_name(rest: &str) -> usize {
    let mut len = 0;
    let mut at = 0;
    for (n, word) in rest.split(' ').enumerate() {
        if n == 4 || !word.chars().next().is_some_and(char::is_uppercase) {
            break;
        }
        at += word.len();
        len = at - word.len() + word.trim_end_matches(|c: char| !c.is_alphanumeric()).len();
        let cut = !word.ends_with(|c: char| c.is_alphanumeric());
        at += 1;
        if cut {
            break;
        }
    }
    len
}

/// Blanks the capitalised name after each of `origin_before` ("who lives in
/// Kansas"), matched case-blind.
fn blank_after_origin(plain: &mut String) {
    let lower = plain.to_lowercase();
    if lower.len() != plain.len() {
        return;
    }
    let mut spans = Vec::new();
    for phrase in &lexicon().origin_before {
        let phrase = format!("{phrase} ");
        for (at, _) in lower.match_indices(phrase.as_str()) {
            // Whole words ("than" is not inside "Jonathan"); "other than Texas" names
            // the place the sentence is about (`except_words`).
            let whole = at == 0 || !lower.as_bytes()[at - 1].is_ascii_alphanumeric();
            let excepted = lexicon()
                .except_words
                .iter()
                .any(|e| lower[..at + phrase.len() - 1].ends_with(e.as_str()));
            if !whole || excepted {
                continue;
            }
            let from = at + phrase.len();
            let len = capitalised_name(&plain[from..]);
            if len > 0 {
                spans.push((from, from + len));
            }
        }
    }
    blank(plain, spans);
}

/// Blanks the capitalised name before "'s" and a word of neighbours, one word
/// between at most ("Arizona's neighbour", "Iowa's western neighbor").
fn blank_possessive_neighbour(plain: &mut String) {
    let lower = plain.to_lowercase();
    if lower.len() != plain.len() {
        return;
    }
    let neighbours = &lexicon().neighbour_words;
    let mut spans = Vec::new();
    for mark in ["'s ", "\u{2019}s "] {
        for (at, _) in lower.match_indices(mark) {
            let next: Vec<&str> = lower[at + mark.len()..]
                .split(' ')
                .take(2)
                .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
                .collect();
            if !next.iter().any(|w| neighbours.iter().any(|n| n == w)) {
                continue;
            }
            // The capitalised words right before the possessive (up to four).
            let mut start = at;
            let mut pos = at;
            for word in plain[..at]
                .rsplit(|c: char| c.is_ascii_whitespace())
                .take(4)
            {
                if !word.chars().next().is_some_and(char::is_uppercase) || word.ends_with(',') {
                    break;
                }
                start = pos - word.len();
                if start == 0 {
                    break;
                }
                pos = start - 1;
            }
            if start < at {
                spans.push((start, at));
            }
        }
    }
    blank(plain, spans);
}

/// Blanks each byte range of `plain` with spaces (offsets stay).
fn blank(plain: &mut String, spans: Vec<(usize, usize)>) {
    for (lo, hi) in spans {
        if plain.is_char_boundary(lo) && plain.is_char_boundary(hi) {
            plain.replace_range(lo..hi, &" ".repeat(hi - lo));
        }
    }
}

/// Whether a word of neighbours in `plain` stands before a capitalised name that is
/// not the jurisdiction `key` ("Neighbouring Iowa", "in neighboring Ohio").
fn names_neighbour(plain: &str, key: &str) -> bool {
    let lower = plain.to_lowercase();
    if lower.len() != plain.len() {
        return false;
    }
    lexicon().neighbour_words.iter().any(|w| {
        lower.match_indices(w.as_str()).any(|(at, _)| {
            let starts_word = at == 0 || !lower.as_bytes()[at - 1].is_ascii_alphabetic();
            let from = at + w.len();
            if !starts_word || !plain[from..].starts_with(' ') {
                return false;
            }
            let rest = &plain[from + 1..];
            let len = capitalised_name(rest);
            len > 0 && !same_jurisdiction(&fold_name(&rest[..len]), key)
        })
    })
}

/// Whether the place at `span` is a part of the jurisdiction's own name written
/// out around it ("Mexico" in "New Mexico", for the key "new mexico").
fn inside_key(text: &str, span: Span, key: &str) -> bool {
    let Some(name) = text.get(span.start as usize..span.end as usize) else {
        return false;
    };
    let name = fold_name(name);
    let key_words: Vec<&str> = key.split(' ').collect();
    let name_words: Vec<&str> = name.split(' ').collect();
    if name.is_empty() || name_words.len() >= key_words.len() {
        return false;
    }
    let before = fold_name(&lower_before(text, span, 60));
    let before: Vec<&str> = before.split(' ').filter(|w| !w.is_empty()).collect();
    let mut to = (span.end as usize + 60).min(text.len());
    while !text.is_char_boundary(to) {
        to -= 1;
    }
    let after = fold_name(text.get(span.end as usize..to).unwrap_or(""));
    let after: Vec<&str> = after.split(' ').filter(|w| !w.is_empty()).collect();
    (0..=key_words.len() - name_words.len()).any(|at| {
        key_words[at..at + name_words.len()] == name_words[..]
            && before.ends_with(&key_words[..at])
            && after.starts_with(&key_words[at + name_words.len()..])
    })
}

/// Whether the place at `span` is the jurisdiction's federation named in apposition
/// to it ("New Mexico, a state of the United States, ..."): no other place.
fn federation_apposed(text: &str, span: Span, key: &str) -> bool {
    let Some(federation) = federation_of(key) else {
        return false;
    };
    let before = lower_before(text, span, 16);
    text.get(span.start as usize..span.end as usize)
        .is_some_and(|name| {
            let name = fold_name(name);
            let federation = fold_name(federation);
            name == federation || name == format!("{} {federation}", fold_name("the"))
        })
        && (before.ends_with("state of the ") || before.ends_with("state of "))
}

/// The lower-cased text of up to `bytes` bytes before `span` (from a character
/// boundary).
fn lower_before(text: &str, span: Span, bytes: usize) -> String {
    let mut from = (span.start as usize).saturating_sub(bytes);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    text.get(from..span.start as usize)
        .unwrap_or("")
        .to_lowercase()
}

/// Whether the place at `span` follows a word of neighbours ("neighbouring
/// Cameroon", "in neighboring South Africa"): another country than the one spoken of.
pub(super) fn after_neighbour(text: &str, span: Span) -> bool {
    let before = lower_before(text, span, 40);
    let last = before
        .split(|c: char| !c.is_alphanumeric())
        .rfind(|w| !w.is_empty())
        .unwrap_or("");
    lexicon().neighbour_words.iter().any(|w| w == last)
}

/// Whether the executions reported in `sentence` are for war crimes, treason, crimes
/// against humanity or under military law (`exceptional_words`,
/// `exceptional_crimes`): named in the sentence itself, or, when the sentence names
/// no ordinary crime, in the sentence before it in the same paragraph ("... convicted
/// of war crimes and crimes against humanity. The last execution took place on 28
/// August 1948.").
pub(super) fn exceptional_execution(text: &str, sentence: Span) -> bool {
    let lex = lexicon();
    let exceptional = |lower: &str| {
        lex.exceptional_words
            .iter()
            .chain(&lex.exceptional_crimes)
            .any(|w| lower.contains(w.as_str()))
    };
    let own = sentence.slice(text).to_lowercase();
    if exceptional(&own) {
        return true;
    }
    if lex
        .ordinary_crime_nouns
        .iter()
        .any(|w| own.contains(w.as_str()))
    {
        return false;
    }
    let before = text.get(..sentence.start as usize).unwrap_or("");
    let trimmed = before.trim_end_matches([' ', '\t']);
    if trimmed.ends_with('\n') || trimmed.len() < 2 {
        return false;
    }
    let at = trimmed.len();
    let previous = sentence_around(text, Span::new(at - 1, at));
    previous.end <= sentence.start && exceptional(&previous.slice(text).to_lowercase())
}

/// Whether the place at `span` says where people come from: a demonym or name
/// before a noun for people ("Nigerian nationals", "a Nigerian woman"), or after
/// "from", "of" or "born in" that follows one ("foreigners from Nigeria",
/// "citizens of Nigeria"); or whose neighbour another place is ("Idaho,
/// Washington's eastern neighbour"); or who said the clause before it, named alone
/// in brackets ("Maintain the moratorium (Australia);": a recommending State).
pub(super) fn names_origin(text: &str, span: Span) -> bool {
    if source_in_brackets(text, span) {
        return true;
    }
    let after = text.get(span.end as usize..).unwrap_or("");
    // "Idaho, Washington's eastern neighbour, ...": the place whose neighbour
    // another is, is a point of reference, not what the sentence is about.
    if let Some(rest) = after
        .strip_prefix("'s ")
        .or_else(|| after.strip_prefix("\u{2019}s "))
    {
        const NEIGHBOUR_WITHIN: usize = 3;
        if rest
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .take(NEIGHBOUR_WITHIN)
            .any(|w| {
                let w = w.to_lowercase();
                lexicon().neighbour_words.contains(&w)
            })
        {
            return true;
        }
    }
    let next: Vec<String> = after
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .take(2)
        .map(str::to_lowercase)
        .collect();
    let lex = lexicon();
    let people = |w: &str| lex.people.iter().any(|p| p == w);
    // "the Indian Ocean", "the South China Sea": a sea named after a country.
    if next
        .first()
        .is_some_and(|w| lex.feature_words.iter().any(|f| f == w))
    {
        return true;
    }
    if next.first().is_some_and(|w| people(w))
        || (next.len() == 2
            && lex.people_modifiers.iter().any(|m| *m == next[0])
            && people(&next[1]))
    {
        return true;
    }
    let before = lower_before(text, span, 60);
    let words: Vec<&str> = before
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    if let [.., noun, "from" | "of"] = words.as_slice() {
        return people(noun);
    }
    lex.origin_before.iter().any(|phrase| {
        let n = phrase.split(' ').count();
        words.len() >= n
            && phrase
                .split(' ')
                .rev()
                .zip(words.iter().rev())
                .all(|(a, b)| a == *b)
    })
}

/// Whether a place's folded name is the jurisdiction's words and more after them
/// ("benin city" for "benin").
fn opens_with_key(name: &str, key: &str) -> bool {
    name.strip_prefix(key)
        .is_some_and(|rest| rest.starts_with(' '))
}

/// Whether `word` numbers a recommendation ("128.43", "5.12."): figures joined by
/// full stops.
fn recommendation_number(word: &str) -> bool {
    let parts: Vec<&str> = word.trim_end_matches('.').split('.').collect();
    parts.len() >= 2
        && parts
            .iter()
            .all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()))
}

/// Whether the place at `span` fills a bracket that closes a recommendation ("... in
/// force since 1987 (Australia);", "128.4 Abolish it for all crimes (Iceland)."): the
/// State that made it. A bracket after a capitalised word glosses that
/// name ("Victoria (Australia)") and is no source.
fn source_in_brackets(text: &str, span: Span) -> bool {
    let before = text.get(..span.start as usize).unwrap_or("");
    let after = text.get(span.end as usize..).unwrap_or("");
    let (Some(before), Some(after)) = (before.strip_suffix('('), after.strip_prefix(')')) else {
        return false;
    };
    // A recommendation list's item closes on ";" or opens with its number ("128.43
    // Maintain ... (Australia)."); "the last execution took place in 1830 (Iceland)."
    // glosses the place of its own clause.
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let numbered = before[line_start..]
        .split_whitespace()
        .next()
        .is_some_and(recommendation_number);
    let closes = after.starts_with(';')
        || (numbered && (after.is_empty() || after.starts_with(['.', ',', '\n', '\r'])));
    let glossed = before
        .trim_end()
        .rsplit(|c: char| c.is_whitespace())
        .next()
        .is_some_and(|w| w.starts_with(char::is_uppercase));
    closes && !glossed && !before.trim_end().is_empty()
}

/// The country a document reports on, from its heading: the first of its opening
/// lines (short lines before the prose begins: a title, a headline, a bureau line,
/// an upper-case country name) that names a place names exactly one, and not as a
/// dateline ("ACCRA, July 26"). "2009 Human Rights Report: Yemen", "BOTSWANA 2018
/// HUMAN RIGHTS REPORT", "Capital punishment in Brazil". A heading that names two
/// places, or none before the prose, gives none.
pub(super) fn heading_country(text: &str, mentions: &[dossier_model::Mention]) -> Option<String> {
    const OPENING_LINES: usize = 8;
    const LONGEST_HEADING: usize = 150;
    const OPENING_BYTES: usize = 1200;
    let mut offset = 0usize;
    let mut seen = 0usize;
    for line in text.split_inclusive('\n') {
        let (lo, hi) = (offset, offset + line.trim_end().len());
        offset += line.len();
        if line.trim().is_empty() {
            continue;
        }
        if line.trim().len() > LONGEST_HEADING || lo > OPENING_BYTES || seen == OPENING_LINES {
            return None;
        }
        seen += 1;
        let mut places: Vec<String> = Vec::new();
        for m in mentions.iter().filter(|m| {
            m.kind == MentionKind::Place
                && m.name_span.start as usize >= lo
                && m.name_span.end as usize <= hi
        }) {
            // "ACCRA, July 26": a dateline opens its line; "taught in Ghana, Jordan
            // and Peru" is a list, whose every name counts.
            let opens_line = text
                .get(lo..m.name_span.start as usize)
                .is_some_and(|before| before.trim().is_empty());
            let dateline = opens_line
                && text
                    .get(m.name_span.end as usize..)
                    .is_some_and(|rest| rest.starts_with(','));
            if dateline || names_origin(text, m.name_span) {
                continue;
            }
            let folded = fold_name(m.value.as_deref().unwrap_or(&m.name));
            if !folded.is_empty() && !places.iter().any(|p| same_jurisdiction(p, &folded)) {
                places.push(folded);
            }
        }
        match places.len() {
            0 => continue,
            1 => return places.pop(),
            _ => return None,
        }
    }
    None
}

/// Whether the sentence names two or more of Amnesty's categories: a map legend or
/// a list of categories.
pub(super) fn lists_categories(sentence: &str) -> bool {
    let lower = sentence.to_lowercase();
    lexicon()
        .category_groups
        .iter()
        .filter(|group| group.iter().any(|w| lower.contains(w.as_str())))
        .count()
        >= 2
}

/// The spans of `text` that hold statements put to a reader to judge: from a line
/// naming a proposition heading ("Part B. True or false?") to a line that opens
/// with an answer heading ("ANSWERS"), or the end. A quiz's statements are not
/// asserted; its answers are.
pub(super) fn proposition_spans(text: &str) -> Vec<Span> {
    let lex = lexicon();
    let mut out = Vec::new();
    let mut open: Option<usize> = None;
    let mut at = 0;
    for line in text.split_inclusive('\n') {
        let lower = line.trim().to_lowercase();
        if lex
            .answer_headings
            .iter()
            .any(|h| lower.starts_with(h.as_str()))
        {
            out.extend(open.take().map(|from| Span::new(from, at)));
        } else if open.is_none()
            // A heading opens its line, after a label at most ("Part B. True or
            // false? Give a reason"), not a sentence that asks whether reports are
            // true or false.
            && lex.proposition_headings.iter().any(|h| {
                lower
                    .find(h.as_str())
                    .is_some_and(|at| lower[..at].split_whitespace().count() <= 3)
            })
        {
            open = Some(at);
        }
        at += line.len();
    }
    out.extend(open.map(|from| Span::new(from, text.len())));
    out
}

/// Whether the sentence is a question ("Does that mean people are now being put to
/// death there?"): it asks, it asserts nothing.
pub(super) fn asks(sentence: &str) -> bool {
    sentence
        .trim_end()
        .trim_end_matches(['"', '\'', '\u{201d}', '\u{2019}', ')'])
        .ends_with('?')
}

/// Planned, hedged, conditional or urged wording in the sentence, or a question.
pub(super) fn not_asserted(sentence: &str) -> bool {
    if asks(sentence) {
        return true;
    }
    // Stops read as spaces, so a word-final entry ("is wrong ") ends a word at a
    // stop too ("... is wrong.") but never inside one ("was wrongly hanged").
    // A hard-wrapped text breaks "would\nresume" across its lines: whitespace reads
    // as one space.
    let mut lower = format!(" {} ", lower_words(sentence)).replace(['.', ',', ';', ':'], " ");
    // "said it had no plans to change its laws": a plan denied hedges nothing.
    for denied in &lexicon().denied_plans {
        lower = lower.replace(denied.as_str(), " ");
    }
    lexicon()
        .not_asserted
        .iter()
        .any(|w| lower.contains(w.as_str()))
}

/// The part of `sentence` a hedge in it may govern for the words at `span`: from the
/// sentence's start to the end of the clause that holds them. A hedge in a later
/// coordinate clause ("Kyrgyzstan abolished the death penalty in 2010, and the court
/// ruled that restoring it would violate the constitution") does not hedge an earlier
/// one; a hedge before the words still does.
pub(super) fn through_clause(text: &str, sentence: Span, span: Span) -> &str {
    let words = sentence.slice(text);
    let lower = words.to_lowercase();
    if lower.len() != words.len() {
        return words;
    }
    let from = (span.end.saturating_sub(sentence.start) as usize).min(words.len());
    let cut = lower.get(from..).and_then(|rest| {
        lexicon()
            .clause_breaks
            .iter()
            .filter_map(|b| rest.find(b.as_str()))
            .min()
    });
    match cut {
        // "..., and to the recommendation that it be abolished for all crimes": a
        // later clause that abolishes too keeps the whole sentence's hedge.
        Some(at)
            if !lexicon()
                .abolition_stems
                .iter()
                .any(|stem| lower[from + at..].contains(stem.as_str())) =>
        {
            &words[..from + at]
        }
        _ => words,
    }
}

/// Country section headings of a document that reports on several countries one
/// after another ("BELGIUM" over "KINGDOM OF BELGIUM"): the start of each heading
/// and whether it names the jurisdiction `key`. A heading is a line of one to six
/// upper-case words that is followed by another such line, or that names `key` or
/// another country or federated state.
pub(super) fn section_headings(text: &str, key: &str) -> Vec<(usize, Option<bool>)> {
    let names_key = |l: &str| {
        let words = fold_name(l);
        let words: Vec<&str> = words.split(' ').collect();
        let key_words: Vec<&str> = key.split(' ').collect();
        words.len() >= key_words.len()
            && words.windows(key_words.len()).any(|w| {
                w.iter()
                    .zip(&key_words)
                    .all(|(a, b)| same_jurisdiction(a, b))
            })
    };
    let headings = dossier_model::layout::caps_headings(text);
    let own_heading = headings
        .iter()
        .any(|h| names_key(h.line) || h.next.is_some_and(names_key));
    let mut out: Vec<(usize, Option<bool>)> = headings
        .into_iter()
        .filter_map(|h| {
            let here = names_key(h.line) || h.next.is_some_and(names_key);
            // "MONACO" alone on its line between an encyclopedia's entries closes the
            // jurisdiction's own entry as surely as a pair of lines does; a country
            // with no entry of its own may still be named inside another's.
            let another = own_heading && listed_jurisdiction(&fold_name(h.line));
            (h.next.is_some() || here || another).then_some((h.start, Some(here)))
        })
        .collect();
    // "3. Philippines" on a line of its own between blank lines: a numbered heading
    // that is nothing but a country's (or federated state's) name opens its section;
    // the next numbered heading of another kind ("9.7 Conclusion") closes it and
    // opens a section of no country.
    for (start, name) in numbered_headings(text) {
        if !out.iter().any(|(at, _)| *at == start) {
            let name = without_symbol(name);
            let place = listed_jurisdiction(&fold_name(name));
            out.push((start, place.then(|| names_key(name))));
        }
    }
    out.sort_unstable();
    let placed = out.iter().filter(|(_, here)| here.is_some()).count();
    // Only a document with a section of its own for the jurisdiction, or with
    // sections for several countries, is split.
    if out.iter().any(|(_, here)| *here == Some(true)) || placed >= 2 {
        out
    } else {
        Vec::new()
    }
}

/// A heading's name without the document symbol after it: "Zambia" of "Zambia
/// (CCPR/C/ZMB/CO/4)", "Chad" of "Chad (A/HRC/40/3)". A bracket holding words of lower
/// case ("Kenya (continued)", "Chad (ordinary crimes)") or a letter code with no
/// stroke or digit ("Congo (DRC)", "Korea (DPRK)": part of the name) stays.
fn without_symbol(name: &str) -> &str {
    let Some(inner) = name
        .strip_suffix(')')
        .and_then(|n| n.rsplit_once(" ("))
        .map(|(head, inner)| (head.trim(), inner))
    else {
        return name;
    };
    let (head, symbol) = inner;
    let coded = !symbol.is_empty()
        && !symbol.chars().any(char::is_lowercase)
        && !symbol.contains(' ')
        && symbol.chars().any(|c| c.is_ascii_uppercase())
        && symbol.chars().any(|c| c == '/' || c.is_ascii_digit());
    if coded && !head.is_empty() {
        head
    } else {
        name
    }
}

/// Numbered heading lines ("3. Philippines", "II. Kenya", "9.7 Conclusion") of at
/// most six words, with a blank line (or the text's edge) before and after: where
/// each starts and its words after the number. A numbered list, one item a line,
/// has no blank lines between its items and opens no sections, nor does a spaced
/// list whose items follow one another with no body between.
fn numbered_headings<'a>(text: &'a str) -> Vec<(usize, &'a str)> {
    let mut lines: Vec<(usize, &str)> = Vec::new();
    let mut at = 0;
    for line in text.split_inclusive('\n') {
        lines.push((at, line.trim()));
        at += line.len();
    }
    let blank = |i: Option<usize>| {
        i.and_then(|i| lines.get(i))
            .is_none_or(|(_, l)| l.is_empty())
    };
    let heading = |line: &'a str| -> Option<&'a str> {
        let (number, name) = line.split_once(' ')?;
        let numbered = number.len() <= 6
            && (number.ends_with('.') || number.ends_with(')') || number.contains('.'))
            && number.trim_end_matches(['.', ')']).split('.').all(|part| {
                !part.is_empty()
                    && (part.chars().all(|c| c.is_ascii_digit())
                        || (part.len() == 1 && part.chars().all(|c| c.is_ascii_uppercase()))
                        || part.chars().all(|c| matches!(c, 'I' | 'V' | 'X')))
            });
        let name = name.trim().trim_end_matches([':', '.']).trim();
        (numbered
            && !name.is_empty()
            && name.split_whitespace().count() <= 6
            && name.starts_with(|c: char| c.is_uppercase())
            && !name.ends_with([',', ';']))
        .then_some(name)
    };
    let mut out = Vec::new();
    for (i, &(start, line)) in lines.iter().enumerate() {
        let Some(name) = heading(line) else {
            continue;
        };
        // A heading heads a body: the next line with words is no numbered line
        // ("1. China\n\n2. Iran\n\n3. Saudi Arabia" is a spaced list, no sections).
        // A sub-heading of its own number ("3.1 The law" under "3. Philippines")
        // opens its body.
        let own = format!(
            "{}.",
            line.split(' ')
                .next()
                .unwrap_or("")
                .trim_end_matches(['.', ')'])
        );
        let body = lines[i + 1..]
            .iter()
            .find(|(_, l)| !l.is_empty())
            .is_some_and(|(_, l)| heading(l).is_none() || l.starts_with(&own));
        // Nor does a list item after another: the line before with words is no
        // numbered line, unless this one is its sub-heading.
        let after_body = lines[..i]
            .iter()
            .rev()
            .find(|(_, l)| !l.is_empty())
            .is_none_or(|(_, l)| {
                heading(l).is_none() || {
                    let parent = l
                        .split(' ')
                        .next()
                        .unwrap_or("")
                        .trim_end_matches(['.', ')']);
                    line.starts_with(&format!("{parent}."))
                }
            });
        if body && after_body && blank(i.checked_sub(1)) && blank(Some(i + 1)) {
            out.push((start, name));
        }
    }
    out
}

/// Whether position `pos` lies in the jurisdiction's own section: the last heading
/// before it names it.
pub(super) fn in_own_section(headings: &[(usize, Option<bool>)], pos: usize) -> bool {
    headings
        .iter()
        .rev()
        .find(|(at, _)| *at <= pos)
        .is_some_and(|(_, here)| *here == Some(true))
}

/// Whether position `pos` lies in another country's section: the last heading
/// before it names someone else.
pub(super) fn in_other_section(headings: &[(usize, Option<bool>)], pos: usize) -> bool {
    headings
        .iter()
        .rev()
        .find(|(at, _)| *at <= pos)
        .is_some_and(|(_, here)| *here == Some(false))
}

/// `iso` (`YYYY-MM-DD`) moved by whole years, the day clamped to the month.
pub(super) fn shift_years(iso: &str, years: i32) -> String {
    let mut parts = iso.splitn(3, '-');
    let year: i32 = parts.next().and_then(|y| y.parse().ok()).unwrap_or(0);
    let month: u8 = parts.next().and_then(|m| m.parse().ok()).unwrap_or(1);
    let day: u8 = parts.next().and_then(|d| d.parse().ok()).unwrap_or(1);
    let year = year + years;
    let day = day.min(dossier_model::days_in_month(year, month).max(1));
    format!("{year:04}-{month:02}-{day:02}")
}

/// "Tajikistan has maintained a moratorium on executions since 2004, while
/// Turkmenistan abolished the death penalty in 1999": whether the clause that holds
/// `trigger` (between `contrast_breaks`) opens with the name of a place other than
/// `key` and does not name `key` itself. The event is then that place's, whatever
/// the rest of the sentence names. A sentence of one clause is never cut so.
/// The clause of `sentence` around `trigger` between `contrast_breaks`, when the
/// sentence has more than one.
pub(super) fn contrast_clause(text: &str, sentence: Span, trigger: Span) -> Option<Span> {
    let words = sentence.slice(text);
    // ASCII lower-casing keeps every byte offset (the clause breaks are ASCII).
    let lower = words.to_ascii_lowercase();
    if !sentence.contains(trigger) {
        return None;
    }
    let lex = lexicon();
    let at = (trigger.start - sentence.start) as usize;
    let start = lex
        .contrast_breaks
        .iter()
        .filter_map(|b| lower[..at].rfind(b.as_str()).map(|i| i + b.len()))
        .max()
        .unwrap_or(0);
    let end = lex
        .contrast_breaks
        .iter()
        .filter_map(|b| lower[at..].find(b.as_str()).map(|i| i + at))
        .min()
        .unwrap_or(words.len());
    if start == 0 && end == words.len() {
        return None;
    }
    Some(Span::new(
        sentence.start as usize + start,
        sentence.start as usize + end,
    ))
}

pub(super) fn clause_of_another_place(
    text: &str,
    sentence: Span,
    trigger: Span,
    key: &str,
    mentions: &[dossier_model::Mention],
    countries: &dyn Fn(&str) -> bool,
) -> bool {
    let words = sentence.slice(text);
    let Some(clause) = contrast_clause(text, sentence, trigger) else {
        return false;
    };
    let lex = lexicon();
    let start = (clause.start - sentence.start) as usize;
    let end = (clause.end - sentence.start) as usize;
    if aboutness(text, clause, key, mentions, countries, None).here {
        return false;
    }
    // The clause's subject: its first capitalised name, after "in" or a word of
    // neighbours ("while in neighbouring Ohio ...").
    let mut rest = &words[start..end];
    for _ in 0..2 {
        let first = rest.split(' ').next().unwrap_or("");
        let first_lower = first.to_lowercase();
        // "while the Russian Federation maintained ...": an article before a
        // capitalised name is no subject of its own.
        let the_name = first_lower == "the"
            && rest[first.len()..]
                .trim_start()
                .starts_with(|c: char| c.is_uppercase());
        if first_lower == "in" || the_name || lex.neighbour_words.contains(&first_lower) {
            rest = rest[first.len()..].trim_start();
        }
    }
    let first = rest
        .split(' ')
        .next()
        .unwrap_or("")
        .trim_end_matches(|c: char| !c.is_alphanumeric())
        .to_lowercase();
    if first.is_empty() || lex.clause_subject_not_places.contains(&first) {
        return false;
    }
    let len = capitalised_name(rest);
    if len == 0 || same_jurisdiction(&fold_name(&rest[..len]), key) {
        return false;
    }
    // A place's name, not a person's or a body's ("Joint Submission 4 noted"): no
    // other kind of mention there, and a verb of a state's law or practice after it
    // ("Turkmenistan abolished", "Queensland was the first state").
    let name_at = sentence.start as usize + start + (words[start..end].len() - rest.len());
    if mentions
        .iter()
        .any(|m| m.kind != MentionKind::Place && m.name_span.start as usize == name_at)
    {
        return false;
    }
    // "Botswana, our neighbour to the north-west, carried out ...": the verb comes
    // after an apposition set off by commas.
    let after = skip_apposition(&rest[len..]);
    let next = after
        .split(|c: char| !c.is_alphanumeric())
        .find(|w| !w.is_empty())
        .unwrap_or("")
        .to_lowercase();
    lex.clause_subject_verbs.contains(&next)
}

/// Whether `trigger` stands in a non-restrictive relative clause (`relative_openers`
/// to the next comma or the sentence's end) that hangs on other places than `key`: the
/// place mentions that end right before the opener, with the ones listed before them
/// (", " / " and " / " or "). "Neighbouring Senegal, which surrounds The Gambia on
/// three sides and abolished the death penalty in 2004, recalled its ambassador": the
/// abolition is Senegal's; "Unlike its neighbours Ukraine and Lithuania, which
/// abolished capital punishment in the 1990s, Belarus still executes prisoners": it is
/// theirs (Ukraine's too), not Belarus's. A state of the federation `key` is, in a
/// clause of its own, still tells of the federation's law.
pub(super) fn relative_of_another_place(
    text: &str,
    sentence: Span,
    trigger: Span,
    key: &str,
    mentions: &[dossier_model::Mention],
) -> bool {
    let words = sentence.slice(text);
    // ASCII lower-casing keeps every byte offset of the sentence (the openers are ASCII).
    let lower = words.to_ascii_lowercase();
    if !sentence.contains(trigger) {
        return false;
    }
    let base = sentence.start as usize;
    let at = trigger.start as usize - base;
    // The nearest opener before the trigger whose clause holds it.
    let Some(opener) = lexicon()
        .relative_openers
        .iter()
        .filter_map(|o| lower[..at].rfind(o.as_str()))
        .filter(|&from| !lower[from + 2..at].contains(", "))
        .max()
    else {
        return false;
    };
    let mut places: Vec<&dossier_model::Mention> = mentions
        .iter()
        .filter(|m| m.kind == MentionKind::Place && sentence.contains(m.name_span))
        .collect();
    places.sort_by_key(|m| m.name_span.start);
    let mut end = base + opener;
    let mut names = Vec::new();
    for m in places.iter().rev() {
        let m_end = m.name_span.end as usize;
        if m_end > end {
            continue;
        }
        let Some(between) = text.get(m_end..end) else {
            break;
        };
        let joined = if names.is_empty() {
            between.is_empty()
        } else {
            matches!(between, ", " | " and " | ", and " | " or " | ", or ")
        };
        if !joined {
            break;
        }
        let name = fold_name(m.value.as_deref().unwrap_or(&m.name));
        let name = country_of_city_in(text, &name)
            .map(str::to_string)
            .unwrap_or(name);
        if !name.is_empty() {
            names.push(name);
        }
        end = m.name_span.start as usize;
    }
    !names.is_empty()
        && !names.iter().any(|n| same_jurisdiction(n, key))
        && !names
            .iter()
            .all(|n| federation_of(n).is_some_and(|f| same_jurisdiction(&fold_name(f), key)))
}

/// Whether `trigger` stands in a clause (between ", " / "; " breaks) holding a
/// locative "there" whose antecedent, the place named last before it in the sentence,
/// is another than `key`: "Togo joined ... Guinea ... and Burkina Faso, whose Penal
/// Code ... ended it, the last execution there dating from 1988" tells Burkina Faso's
/// last execution, not Togo's nor Guinea's. An existential "there" ("there were no
/// executions", `existential_there_next`) points at nothing.
pub(super) fn there_of_another_place(
    text: &str,
    sentence: Span,
    trigger: Span,
    key: &str,
    mentions: &[dossier_model::Mention],
) -> bool {
    let words = sentence.slice(text);
    // ASCII lower-casing keeps every byte offset of the sentence.
    let lower = words.to_ascii_lowercase();
    if !sentence.contains(trigger) {
        return false;
    }
    let base = sentence.start as usize;
    let at = trigger.start as usize - base;
    let breaks = [", ", "; "];
    let start = breaks
        .iter()
        .filter_map(|b| lower[..at].rfind(b).map(|i| i + b.len()))
        .max()
        .unwrap_or(0);
    let end = breaks
        .iter()
        .filter_map(|b| lower[at..].find(b).map(|i| i + at))
        .min()
        .unwrap_or(lower.len());
    let clause = &lower[start..end];
    let lex = lexicon();
    let mut there = None;
    let mut from = 0;
    while let Some(i) = clause[from..].find("there") {
        let i = from + i;
        from = i + "there".len();
        let before_ok = i == 0 || !clause.as_bytes()[i - 1].is_ascii_alphanumeric();
        let rest = &clause[from..];
        let after_ok = !rest.starts_with(|c: char| c.is_ascii_alphanumeric());
        if !before_ok || !after_ok {
            continue;
        }
        // The sentence's opening "There ..." is existential whatever follows.
        if start + i == 0 {
            continue;
        }
        let next = rest
            .trim_start()
            .split(|c: char| c.is_whitespace() || matches!(c, ',' | '.' | ';' | ':'))
            .next()
            .unwrap_or("");
        let existential = lex
            .existential_there_next
            .iter()
            .any(|w| next == w.as_str() || (w.starts_with('\'') && rest.starts_with(w.as_str())));
        if !existential {
            there = Some(base + start + i);
            break;
        }
    }
    let Some(there) = there else {
        return false;
    };
    let Some(antecedent) = mentions
        .iter()
        .filter(|m| {
            m.kind == MentionKind::Place
                && sentence.contains(m.name_span)
                && (m.name_span.end as usize) <= there
        })
        .max_by_key(|m| m.name_span.end)
    else {
        return false;
    };
    // "In Western Australia ... abolished there": the mention "Australia" is part of
    // the jurisdiction's own name.
    if inside_key(text, antecedent.name_span, key) {
        return false;
    }
    let name = fold_name(antecedent.value.as_deref().unwrap_or(&antecedent.name));
    let name = country_of_city_in(text, &name)
        .map(str::to_string)
        .unwrap_or(name);
    !name.is_empty()
        && !same_jurisdiction(&name, key)
        && !federation_of(&name).is_some_and(|f| same_jurisdiction(&fold_name(f), key))
}

/// The words after an apposition that opens `rest` (", our neighbour to the
/// north-west, carried out" -> " carried out"): a comma, at most eight words with no
/// other punctuation, a comma. `rest` itself when it opens with none.
fn skip_apposition(rest: &str) -> &str {
    const MAX_WORDS: usize = 8;
    let Some(inner) = rest.strip_prefix(',') else {
        return rest;
    };
    match inner.find(',') {
        Some(close)
            if inner[..close].split_whitespace().count() <= MAX_WORDS
                && !inner[..close].contains(['.', ';', ':']) =>
        {
            &inner[close + 1..]
        }
        _ => rest,
    }
}

/// The country of a news story's dateline city ("DHAKA, Jan 10 -", "TEHRAN, March 5
/// (Agency) -"): an upper-case city that `rules/capitals.json` knows, opening one of
/// the first lines.
pub(super) fn dateline_country(text: &str) -> Option<&'static str> {
    const OPENING_LINES: usize = 6;
    for line in text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .take(OPENING_LINES)
    {
        let end = line
            .find(|c: char| !(c.is_uppercase() || matches!(c, ' ' | '-' | '\'' | '.')))
            .unwrap_or(line.len());
        let city = line[..end].trim_end_matches([' ', '-']);
        let rest = line[city.len()..].trim_start();
        if city.len() < 3 || !(rest.starts_with(',') || rest.starts_with('(')) {
            continue;
        }
        if let Some(country) = super::lexicon::country_of_city(&fold_name(city)) {
            return Some(country);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Session 38: a sentence ends inside its closing quotation mark when a capital
    /// opens the next one.
    #[test]
    fn a_quoted_question_ends_its_sentence() {
        let text = "A friend rang: \"So Ostland has abolished it?\" I said it had not.";
        let at = text.find("Ostland").unwrap();
        let sentence = sentence_around(text, Span::new(at, at + 7));
        assert!(
            sentence.slice(text).ends_with("?\""),
            "{}",
            sentence.slice(text)
        );
        let text = "\"Is it over?\" asked the reporter of Ostland.";
        let at = text.find("Ostland").unwrap();
        assert_eq!(sentence_around(text, Span::new(at, at + 7)).start, 0);
    }

    #[test]
    fn a_hedge_is_read_across_a_line_break() {
        assert!(not_asserted(
            "the government said that executions would\nresume soon"
        ));
    }

    #[test]
    fn a_quiz_puts_its_statements_and_answers_them() {
        let text = "Part B. True or false?\n\n4. Eastland abolished it for all crimes in 1984.\n\nANSWERS\n\n4. False. It abolished it for ordinary crimes in 1984.\n";
        let spans = proposition_spans(text);
        assert_eq!(spans.len(), 1);
        let claim = text.find("Eastland").expect("claim");
        let answer = text.find("False.").expect("answer");
        assert!(spans[0].contains(Span::new(claim, claim + 8)));
        assert!(!spans[0].contains(Span::new(answer, answer + 6)));
        assert!(proposition_spans("Eastland abolished it in 1984. The answers differ.").is_empty());
        // A sentence that asks whether reports are true or false is no quiz heading.
        let prose = "It is unclear whether the reports of secret executions in the east are true or false.\nEastland abolished it in 1984.\n";
        assert!(proposition_spans(prose).is_empty());
    }

    #[test]
    fn a_claim_reported_to_doubt_it_is_not_asserted_but_claims_inside_words_are() {
        assert!(not_asserted(
            "The book is wrong when it claims that Eastland resumed executions in 2010."
        ));
        assert!(not_asserted(
            "It claims that Eastland resumed executions in 2010."
        ));
        assert!(!not_asserted(
            "Ostland executed two men in 2011 despite the claims of torture."
        ));
        assert!(!not_asserted(
            "Ostland hanged two men in 2011, an audit claims review found."
        ));
    }

    #[test]
    fn bulleted_items_are_sentences_of_their_own() {
        let text = "Overview\n\n- Ostland - ended the penalty for all crimes in 1901, the\n  first to do so\n- Westmark - abolished 1950 (murder only)\n";
        let first = sentence_around(text, Span::new(12, 19));
        assert!(first.slice(text).ends_with("first to do so"), "{first:?}");
        let at = text.find("Westmark").unwrap();
        let second = sentence_around(text, Span::new(at, at + 8));
        assert!(second.slice(text).starts_with("- Westmark"));
        // A legend's lines stay together.
        let legend = "Key\n\n- red: retentionist\n- blue: abolitionist for all crimes\n";
        let at = legend.find("blue").unwrap();
        let s = sentence_around(legend, Span::new(at, at + 4));
        assert!(s.slice(legend).starts_with("- red"));
    }

    #[test]
    fn lettered_headings_with_a_document_symbol_open_sections() {
        let text = "Extracts, 3 June 2021\n\nA. Nepal (CAT/C/NPL/CO/3)\n\nRight to life\n\n\
            12. The State party ended the penalty in 1990.\n\nB. Bhutan (CAT/C/BTN/CO/1)\n\n\
            9. The State party bans it in its constitution.\n";
        let h = section_headings(text, &fold_name("Nepal"));
        assert_eq!(h.len(), 2, "{h:?}");
        assert!(in_own_section(&h, text.find("12.").unwrap()));
        assert!(in_other_section(&h, text.find("9. The").unwrap()));
        assert_eq!(without_symbol("Nepal (CAT/C/NPL/CO/3)"), "Nepal");
        assert_eq!(without_symbol("Nepal (continued)"), "Nepal (continued)");
        assert_eq!(without_symbol("Congo (DRC)"), "Congo (DRC)");
    }

    #[test]
    fn numbered_country_headings_open_sections() {
        let text = "Query response, 2 May 2020\n\n1. Nepal\n\nA source says the penalty \
            went in 1990.\n\n2. Bhutan\n\nA second source says the constitution bans it.\n";
        let key = fold_name("Nepal");
        let h = section_headings(text, &key);
        assert_eq!(h.len(), 2);
        let second = text.find("A second").unwrap();
        assert!(in_other_section(&h, second));
        assert!(in_own_section(&h, text.find("A source").unwrap()));
        // A numbered list, one name a line, opens no sections; nor does a numbered
        // heading that is not a place.
        let list = "Members:\n\n1. Nepal\n2. Bhutan\n3. India\n\n4. Facts\n\nText.\n";
        assert!(section_headings(list, &key).is_empty());
        // A numbered heading of another kind closes a country's section: its notes
        // belong to no country's section.
        let closed = "1.1 Bhutan\n\nText.\n\n1.2 Nepal\n\nText.\n\n1.3 Conclusion\n\nNotes.\n";
        let key = fold_name("India");
        let h = section_headings(closed, &key);
        assert!(in_other_section(&h, closed.find("Text").unwrap()));
        let notes = closed.find("Notes").unwrap();
        assert!(!in_other_section(&h, notes) && !in_own_section(&h, notes));
    }

    #[test]
    fn a_hedge_governs_its_clause_and_the_ones_after() {
        let text = "Ostland abolished it in 2010, and restoring it would violate the constitution.";
        let all = Span::new(0, text.len());
        let at = text.find("abolished").unwrap();
        let clause = through_clause(text, all, Span::new(at, at + 9));
        assert_eq!(clause, "Ostland abolished it in 2010");
        assert!(!not_asserted(clause));
        // Words in the later clause reach the end of the sentence.
        let at = text.find("violate").unwrap();
        assert_eq!(through_clause(text, all, Span::new(at, at + 7)), text);
        assert!(not_asserted(through_clause(
            text,
            all,
            Span::new(at, at + 7)
        )));
        // A later clause that abolishes keeps the whole sentence.
        let text = "Ostland abolished it for murder in 1965, and a commission recommended that it be abolished for all crimes.";
        let all = Span::new(0, text.len());
        assert_eq!(through_clause(text, all, Span::new(8, 17)), text);
    }

    #[test]
    fn sentences_keep_legend_lines_together() {
        let text = "Intro here. Map as of 2021\nAbolished for all offences\nRetains death penalty\n\nNext one.";
        let at = text.find("Abolished").unwrap();
        let s = sentence_around(text, Span::new(at, at + 9));
        assert_eq!(
            s.slice(text),
            "Map as of 2021\nAbolished for all offences\nRetains death penalty"
        );
        let at = text.find("Next").unwrap();
        assert_eq!(
            sentence_around(text, Span::new(at, at + 4)).slice(text),
            "Next one."
        );
    }

    #[test]
    fn legends_and_hedges() {
        assert!(lists_categories(
            "Abolished for all offences Retains death penalty Legal form of punishment"
        ));
        assert!(!lists_categories(
            "Ostland abolished the death penalty for all crimes in 2021."
        ));
        assert!(not_asserted(
            "The country is ready to abolish capital punishment."
        ));
        assert!(not_asserted(
            "As many as 400 people may have been executed."
        ));
        assert!(!not_asserted("Four executions were carried out in 2008."));
        assert!(not_asserted(
            "Counsel referred to the Law Commission's recommendation that the death penalty be abolished for all crimes."
        ));
        assert!(not_asserted(
            "He had signed four death warrants, a step towards resuming executions."
        ));
        // A plan denied hedges nothing.
        assert!(!not_asserted(
            "Westmark, which hanged a man this month, said it had no plans to change its laws."
        ));
    }

    #[test]
    fn a_compared_place_is_blanked_by_whole_words_only() {
        let blanked = |text: &str| {
            let mut plain = text.to_string();
            blank_after_origin(&mut plain);
            plain
        };
        assert!(!blanked("a longer interval than Northia has known").contains("Northia"));
        // "Jonathan" holds no "than"; "other than Northia" is about Northia.
        assert!(blanked("her counsel Jonathan Northia said").contains("Northia"));
        assert!(
            blanked("No state other than Northia carried out an execution").contains("Northia")
        );
    }

    #[test]
    fn where_people_come_from_is_no_jurisdiction() {
        let at = |text: &str, w: &str| {
            let i = text.find(w).unwrap();
            Span::new(i, i + w.len())
        };
        let t = "The other three were Northian nationals, shot in Ostland.";
        assert!(names_origin(t, at(t, "Northian")));
        assert!(!names_origin(t, at(t, "Ostland")));
        let t = "Four foreigners from Northia were executed.";
        assert!(names_origin(t, at(t, "Northia")));
        let t = "Northia executed two men in 2008.";
        assert!(!names_origin(t, at(t, "Northia")));
        // A place named as a landmark (a border, an enclave) is not the subject.
        let t = "Ostland, which shares a long border with Northia, last hanged a man in 2011.";
        assert!(names_origin(t, at(t, "Northia")));
        assert!(!names_origin(t, at(t, "Ostland")));
        let t = "Westmark, an enclave within Northia, abolished it in 1870.";
        assert!(names_origin(t, at(t, "Northia")));
        // A recommending State closes a numbered item or a ";"; a bracket after a
        // clause of the place's own is no source.
        let t = "128.43 Maintain the moratorium in force since 1987 (Northia).";
        assert!(names_origin(t, at(t, "Northia")));
        let t = "Maintain the moratorium in force since 1987 (Northia); ";
        assert!(names_origin(t, at(t, "Northia")));
        let t = "The last execution took place in 1830 (Northia).";
        assert!(!names_origin(t, at(t, "Northia")));
        // In a sentence, the origin does not make it about that state.
        let t = "Three Northian nationals were executed.";
        let span = at(t, "Northian");
        let mention = dossier_model::Mention {
            kind: MentionKind::Place,
            span,
            name_span: span,
            name: "Northian".into(),
            role: None,
            acronym: None,
            value: Some("Northia".into()),
            approx: None,
            rule: "gazetteer.demonym".into(),
        };
        let none = |_: &str| false;
        let a = aboutness(
            t,
            Span::new(0, t.len()),
            &fold_name("Northia"),
            &[mention],
            &none,
            None,
        );
        assert!(!a.here, "{a:?}");
    }

    /// Session 23: another federated state in a state's sentence is another place,
    /// unless the sentence names the state itself; a key that is the tail of a longer
    /// listed name is not named.
    #[test]
    fn another_state_and_a_longer_name() {
        let none = |_: &str| false;
        let about = |text: &str, key: &str| {
            aboutness(
                text,
                Span::new(0, text.len()),
                &fold_name(key),
                &[],
                &none,
                None,
            )
        };
        let a = about(
            "Pennsylvania, to the north, retains the death penalty, though its governor announced a moratorium on executions in 2015.",
            "Maryland",
        );
        assert!(!a.here && a.other);
        let a = about(
            "Maryland becomes the fifth state to abandon capital punishment, after New Jersey in 2007.",
            "Maryland",
        );
        assert!(a.here && !a.other);
        let a = about(
            "The government of the Democratic Republic of the Congo has lifted a moratorium on executions.",
            "Republic of the Congo",
        );
        assert!(!a.here);
        let a = about(
            "Neighbouring Republic of the Congo abolished the death penalty in its 2015 Constitution.",
            "Republic of the Congo",
        );
        assert!(a.here);
    }

    #[test]
    fn about_whom() {
        let none = |_: &str| false;
        let text = "Four executions were carried out in Ostland in 2008.";
        let s = Span::new(0, text.len());
        let a = aboutness(text, s, &fold_name("Ostland"), &[], &none, None);
        assert!(a.here && !a.other && !a.global);
        let text = "At least 2,390 people were executed in 25 countries in 2008.";
        let a = aboutness(
            text,
            Span::new(0, text.len()),
            &fold_name("Ostland"),
            &[],
            &none,
            None,
        );
        assert!(!a.here && a.global);
        let key = fold_name("Northia");
        let northia = |k: &str| k == key;
        let text = "Northia executed two men in 2008.";
        let a = aboutness(
            text,
            Span::new(0, text.len()),
            &fold_name("Ostland"),
            &[],
            &northia,
            None,
        );
        assert!(!a.here && a.other);
    }

    #[test]
    fn heading_countries() {
        let place = |text: &str, name: &str| {
            let at = text.find(name).unwrap();
            dossier_model::Mention {
                kind: MentionKind::Place,
                span: Span::new(at, at + name.len()),
                name: name.into(),
                name_span: Span::new(at, at + name.len()),
                role: None,
                acronym: None,
                value: None,
                approx: None,
                rule: "test".into(),
            }
        };
        let text = "Bureau of Democracy\n2017 Country Reports\n\nOSTLAND\n\nOstland is a monarchy. Westmark is not.";
        let m = [place(text, "OSTLAND"), place(text, "Westmark")];
        assert_eq!(heading_country(text, &m).as_deref(), Some("ostland"));
        // A dateline names a city, not the country reported on.
        let text = "Talks resume\nRIVERTON, 3 May 2020\n\nOstland said ...";
        let m = [place(text, "RIVERTON")];
        assert_eq!(heading_country(text, &m), None);
        // A list's commas are no dateline's: three countries name none.
        let text = "Guest notes\nShe taught in Ostland, Westmark and Northia, and wrote.\n\nText.";
        let m = [
            place(text, "Ostland"),
            place(text, "Westmark"),
            place(text, "Northia"),
        ];
        assert_eq!(heading_country(text, &m), None);
        // A headline of two countries names none.
        let text = "Ostland and Westmark sign a treaty\n\nText.";
        let m = [place(text, "Ostland"), place(text, "Westmark")];
        assert_eq!(heading_country(text, &m), None);
        // Prose first: no heading.
        let long = format!("{} Ostland.", "word ".repeat(40));
        let m = [place(&long, "Ostland")];
        assert_eq!(heading_country(&long, &m), None);
    }

    #[test]
    fn sections_of_a_multi_country_report() {
        let text = "Report 2006\n\nOSTLAND\nREPUBLIC OF OSTLAND\nDeath penalty: retentionist\n\nSome text.\n\nWESTMARK\nKINGDOM OF WESTMARK\nDeath penalty: abolitionist for all crimes\n";
        let key = fold_name("Ostland");
        let h = section_headings(text, &key);
        assert_eq!(h.len(), 2, "{h:?}");
        assert!(!in_other_section(&h, text.find("retentionist").unwrap()));
        assert!(in_other_section(&h, text.find("abolitionist").unwrap()));
        // A report of several countries is split for any jurisdiction; one with a
        // single heading that is not the jurisdiction's is not.
        assert!(in_other_section(
            &section_headings(text, &fold_name("Northia")),
            text.find("retentionist").unwrap()
        ));
        let single = "AMNESTY INTERNATIONAL\nPUBLIC STATEMENT\nOstland executed two men in 2008.";
        assert!(section_headings(single, &fold_name("Ostland")).is_empty());
    }

    #[test]
    fn a_spaced_list_of_countries_opens_no_sections() {
        let list = "Top executioners:\n\n1. Ostland\n\n2. Northia\n\n3. Westland\n\nSouthia has executed no one since 2019.\n";
        assert!(numbered_headings(list).is_empty());
        let sections = "Intro.\n\n3. Ostland\n\n3.1 The law\n\nOstland kept it.\n\n4. Northia\n\nNorthia hanged two.\n";
        let names: Vec<&str> = numbered_headings(sections)
            .into_iter()
            .map(|(_, n)| n)
            .collect();
        assert_eq!(names, ["Ostland", "The law", "Northia"]);
    }

    #[test]
    fn a_disowning_word_ends_a_word() {
        assert!(!not_asserted(
            "After Evans was wrongly hanged, Ostland abolished it in 1965."
        ));
        assert!(!not_asserted(
            "He was wrongfully convicted and executed in 2004."
        ));
        assert!(not_asserted(
            "The claim that Ostland abolished it in 2017 is wrong."
        ));
        assert!(not_asserted(
            "That entry was incorrect: Ostland never abolished it."
        ));
        // A claim the document reports in order to doubt it.
        assert!(not_asserted(
            "It is less convincing when it claims, in a chapter on Northia, that Ostland \"resumed executions in 2011\"."
        ));
        assert!(!not_asserted(
            "Claims of torture were not investigated, and Ostland executed two men in 2011."
        ));
    }

    #[test]
    fn years_shift() {
        assert_eq!(shift_years("2001-12-31", 10), "2011-12-31");
        assert_eq!(shift_years("2004-02-29", 1), "2005-02-28");
        assert_eq!(shift_years("2010-06-01", -10), "2000-06-01");
    }

    #[test]
    fn a_state_name_holding_a_country_name_is_the_state() {
        let text = "Ostville. New Mexico, a state of the United States, kept it.";
        let at = text.find("Mexico").unwrap();
        let (key, mexico) = (fold_name("New Mexico"), fold_name("Mexico"));
        assert!(inside_key(text, Span::new(at, at + 6), &key));
        assert!(!inside_key(text, Span::new(at, at + 6), &mexico));
        let at = text.find("United States").unwrap();
        assert!(federation_apposed(text, Span::new(at, at + 13), &key));
        assert!(!federation_apposed(text, Span::new(at, at + 13), &mexico));
        let sentence = Span::new(10, text.len());
        let countries = |k: &str| k == mexico || k == fold_name("United States");
        let about = aboutness(text, sentence, &key, &[], &countries, None);
        assert!(about.here && !about.other);
        let text = "Ostville. New Mexico and Mexico kept it.";
        let about = aboutness(text, Span::new(10, text.len()), &key, &[], &countries, None);
        assert!(about.here && about.other);
    }

    /// A lettered note speaks of the one row citing it; a numbered reference line
    /// ("[1] 'Belarus executes man'") cites a source and speaks of no row.
    #[test]
    fn a_lettered_note_names_its_row_a_numbered_reference_none() {
        let text = "| Country | Status | Notes |\n|---|---|---|\n| Westmark | Retained [d] | [1] |\n\n- [d] The minister lifted the moratorium.\n- [1] Westmark executes a man.\n";
        let at = |needle: &str| {
            let start = text.find(needle).expect("the line");
            Span::new(start, start + needle.len())
        };
        assert_eq!(noted_row(text, at("The minister")), Some("Westmark"));
        assert_eq!(noted_row(text, at("Westmark executes")), None);
    }
}
