//! The patterns: one left-to-right pass over the tokens, trying the detailed patterns
//! only at tokens that can start a temporal expression (numbers and lexicon words), and
//! resolving each expression at once against the anchor stack as it stands there.

use super::rules::*;
use super::scan::{section_starts, tokenize, Kind, Tok, CAP, LINE_START};
use super::{AnchorContext, Frame};
use dossier_model::{days_in_month, Anchor, PartialDate, Span, TimeMention, TimeValue};

/// A date as written: parts may be missing until resolved. `start..end` are token indices.
#[derive(Clone, Copy, Debug)]
struct D {
    year: Option<i32>,
    month: Option<u8>,
    day: Option<u8>,
    start: usize,
    end: usize,
    /// A lone month name or a lone number: needs context to count as a date.
    bare: bool,
}

impl D {
    fn key(&self) -> (i32, u8, u8) {
        (
            self.year.unwrap_or(0),
            self.month.unwrap_or(0),
            self.day.unwrap_or(0),
        )
    }
}

/// The value an expression asks for, before resolution.
enum Spec {
    Point(D),
    Range(D, D),
    Since(D),
    Until(D),
    Fixed(Option<TimeValue>, Option<Anchor>),
}

pub(crate) struct Tagger<'a> {
    text: &'a str,
    toks: Vec<Tok<'a>>,
    rules: &'a TimeRules,
    ctx: &'a AnchorContext,
    frame: Frame,
    sections: Vec<u32>,
    next_section: usize,
    /// The last year written out in full in this section.
    narrative_year: Option<i32>,
    /// The token where that year was written.
    narrative_tok: usize,
    /// The last date resolved in this section (any anchor).
    narrative_date: Option<PartialDate>,
    /// The token where that date was written.
    narrative_date_tok: usize,
    /// The last day (day precision) resolved in this section: what "the day" is.
    narrative_day: Option<PartialDate>,
    /// The token where that day was written (`usize::MAX` when not written there).
    narrative_day_tok: usize,
    /// The last day written in full, whatever it dates ("By judgment dated 14.03.2018, ...
    /// by an order of the same date"): what "the same date" and "that date" are.
    named_day: Option<(PartialDate, usize)>,
    /// The day of the last dated heading ("Update, 3 May 2022" on its own line): the
    /// day the text under it speaks from.
    dated_heading: Option<PartialDate>,
    /// The last quarter or half named in this section, with its rule: what "the same
    /// period" is.
    narrative_part: Option<(TimeValue, &'static str)>,
    /// The token where that quarter or half was named.
    narrative_part_tok: usize,
    /// The last fiscal year this section wrote out ("fiscal 2013", "fiscal 2013's second
    /// quarter"): the year of a later "the fiscal first quarter".
    fiscal_year_named: Option<i32>,
    /// The year of this section's heading when the heading is a year ("== 2017 ==").
    heading_year: Option<i32>,
    /// The token of the last range of whole years the narrative wrote ("in the
    /// mid-1980s", "between 1995 and 1998"), when no single year was written after it:
    /// a yearless month or season after it has no year a reader can name.
    narrative_vague_tok: Option<usize>,
    /// In news, the last whole year named from the day of publication ("Last year",
    /// "two years ago") and its token: a yearless month later in its sentence is of
    /// that year ("Last year, Fran struck in early September").
    news_year: Option<(i32, usize)>,
    /// In news, the earlier year a demonstrative date took the story back to ("shot on
    /// August 11, 2017 ... killed that month"), and its token: a yearless
    /// month in the past in that sentence or the next continues that year ("In October,
    /// the authority said ..."), not the year of publication.
    story_past: Option<(i32, usize)>,
    /// Set by `year_for` when it read a month from [`Self::story_past`], and by the
    /// reader of "that month", "the same year" (not of "the same month a year ago", a
    /// comparison, nor of "the following month", which only moves on) for the date it
    /// emits next.
    story_chained: std::cell::Cell<bool>,
    /// "7 years ago" in a text with no publication date: the count of years and the
    /// byte where the expression ends.
    unanchored_ago: Vec<(u32, u32)>,
    /// The year a yearless date just moved the narrative on to, across the turn of a
    /// year ("On 30 December ... On 3 January": the next year); set by `year_for`.
    turned_year: std::cell::Cell<Option<i32>>,
    /// Whether the text reports a game (a word of `game_words`), read when first asked.
    game_story: std::cell::OnceCell<bool>,
    /// The month a fiscal year the text names ends in, when not December (see
    /// [`fiscal_year_end`]), found once.
    fiscal_end: std::cell::OnceCell<Option<(u8, usize, bool)>>,
    out: Vec<TimeMention>,
    /// The order of day and month the text's own unambiguous slashed dates show
    /// ("06/17/2008" is month first): its ambiguous ones ("04/11/2006") read the same.
    slash_order: Option<SlashOrder>,
}

/// Whether at least two lines of `text` are a year alone (decoration such as "##" or
/// "==" aside), different years: section headings of a report told year by year.
fn year_headed(text: &str) -> bool {
    let mut first: Option<&str> = None;
    let lines: Vec<&str> = text.lines().collect();
    for (i, line) in lines.iter().enumerate() {
        let head = line.trim_matches(|c: char| {
            c.is_whitespace() || matches!(c, '#' | '=' | '*' | ':' | '-' | '_')
        });
        // A heading opens a section of prose: the next line that is not blank has
        // words ("2022" over "9" is a table's row, no heading).
        let prose_after = || {
            lines[i + 1..]
                .iter()
                .find(|l| !l.trim().is_empty())
                .is_some_and(|l| l.split_whitespace().count() >= 3)
        };
        if head.len() == 4
            && head.bytes().all(|b| b.is_ascii_digit())
            && (1900..=2100).contains(&head.parse::<u32>().unwrap_or(0))
            && prose_after()
        {
            match first {
                Some(y) if y != head => return true,
                None => first = Some(head),
                _ => {}
            }
        }
    }
    false
}

/// The rules of a time of day, by part of the day ([`DAY_PARTS`]).
pub(crate) const TIME_RULES: [&str; 4] = ["time_MO", "time_AF", "time_EV", "time_NI"];

/// The rule of a clock time before a weekday ("11 a.m. Monday"): `time_clock_HH:MM`.
pub(crate) const CLOCK_RULE: &str = "time_clock_";

/// A clock time ending right before a weekday: "11 a.m. ", "7:30 p.m. EST ", "16:00 UTC ",
/// "1600 GMT ". Groups: hour, minute (hour-minute forms), the a.m./p.m. letter. ("midnight
/// Tuesday" stays a date: an earlier probe's gold tags the day.)
static CLOCK_BEFORE: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    let zone = r"(?:\s+(?:UTC|GMT|EST|EDT|CST|CDT|MST|MDT|PST|PDT|BST|CET|CEST|JST|HKT)\b)";
    regex::Regex::new(&format!(
        r"(?i)(?:^|[^\w:.,])(?:(\d{{1,2}})(?::(\d\d))?\s?([ap])\.?\s?m\.?{zone}?|(\d{{1,2}}):(\d\d){zone}?|(\d\d)(\d\d){zone}),?\s+$"
    ))
    .expect("CLOCK_BEFORE")
});

/// The order of day and month a text's slashed dates ("06/17/2008", "17/06/2008") show
/// when at least two of them can be read one way only and none the other way: month
/// first on a US page, day first elsewhere.
fn text_slash_order(text: &str) -> Option<SlashOrder> {
    static SLASHED: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(r"(?:^|[^\w/.])(\d{1,2})/(\d{1,2})/(\d{4})\b").expect("SLASHED")
    });
    let (mut dmy, mut mdy) = (0, 0);
    for c in SLASHED.captures_iter(text) {
        let (Ok(a), Ok(b)) = (c[1].parse::<u32>(), c[2].parse::<u32>()) else {
            continue;
        };
        if a > 12 && (1..=12).contains(&b) {
            dmy += 1;
        } else if b > 12 && (1..=12).contains(&a) {
            mdy += 1;
        }
    }
    match (dmy, mdy) {
        (d, 0) if d >= 2 => Some(SlashOrder::Dmy),
        (0, m) if m >= 2 => Some(SlashOrder::Mdy),
        _ => None,
    }
}

const MAX_YEAR: u32 = 2100;
const MIN_YEAR: u32 = 1000;

impl<'a> Tagger<'a> {
    pub(crate) fn new(text: &'a str, ctx: &'a AnchorContext, rules: &'a TimeRules) -> Self {
        Tagger {
            text,
            toks: tokenize(text, rules),
            rules,
            ctx,
            frame: match ctx.frame(text.len()) {
                // A text whose sections are headed by bare years ("2019", "2020") is a
                // report told year by year, not a news story: its yearless dates take
                // the section's year, and a year written in one sentence carries on.
                Frame::News if year_headed(text) => Frame::Other,
                f => f,
            },
            sections: section_starts(text),
            next_section: 0,
            narrative_year: None,
            narrative_tok: 0,
            narrative_date: None,
            narrative_date_tok: 0,
            narrative_day: None,
            narrative_day_tok: usize::MAX,
            named_day: None,
            dated_heading: None,
            narrative_part: None,
            narrative_part_tok: 0,
            fiscal_year_named: None,
            heading_year: None,
            narrative_vague_tok: None,
            news_year: None,
            story_past: None,
            story_chained: std::cell::Cell::new(false),
            unanchored_ago: Vec::new(),
            turned_year: std::cell::Cell::new(None),
            game_story: std::cell::OnceCell::new(),
            fiscal_end: std::cell::OnceCell::new(),
            out: Vec::new(),
            slash_order: text_slash_order(text),
        }
    }

    pub(crate) fn run(self) -> Vec<TimeMention> {
        self.run_with_present().0
    }

    /// Every mention, and the year the text itself speaks from when it has no
    /// publication date but dates a past event both ways: "7 years ago, on August 4,
    /// 2016" is written in 2023 (every such pair must agree).
    pub(crate) fn run_with_present(mut self) -> (Vec<TimeMention>, Option<i32>) {
        self.tag_all();
        self.shift_around_days();
        let mut present: Option<i32> = None;
        for &(n, end) in &self.unanchored_ago {
            let Some(next) = self.out.iter().find(|m| m.span.start >= end) else {
                continue;
            };
            let gap = self
                .text
                .get(end as usize..next.span.start as usize)
                .unwrap_or("x")
                .trim_matches(|c: char| c.is_whitespace() || matches!(c, ',' | ':' | '(' | '-'));
            let year = match (next.anchor, next.value) {
                (Some(Anchor::Absolute), Some(v)) if v.is_point() => v.start.map(|d| d.year),
                _ => None,
            };
            let Some(year) = year else { continue };
            if !(gap.is_empty() || gap.eq_ignore_ascii_case("on") || gap.eq_ignore_ascii_case("in"))
            {
                continue;
            }
            let implied = year + n as i32;
            match present {
                Some(p) if p != implied => return (self.out, None),
                _ => present = Some(implied),
            }
        }
        (self.out, present)
    }

    /// "the day after Thanksgiving", "the Sunday before Easter": "the day" or "the"
    /// and a weekday, then one of `day_shift_before` / `day_shift_after`, right before
    /// a day's date make one date with it (TIMEX3), shifted from that day; what the
    /// tagger found inside ("Sunday") goes.
    fn shift_around_days(&mut self) {
        let mut shifted: Vec<(usize, TimeMention)> = Vec::new();
        for (n, m) in self.out.iter().enumerate() {
            let Some(day) = m
                .value
                .filter(|v| v.is_point() && !m.is_duration)
                .and_then(|v| v.start)
                .filter(|d| d.day.is_some())
            else {
                continue;
            };
            let at = self.toks.partition_point(|t| t.start < m.span.start);
            let Some(word) = at.checked_sub(1) else {
                continue;
            };
            let sign = if self.word_in(word, &self.rules.day_shift_before) {
                -1
            } else if self.word_in(word, &self.rules.day_shift_after) {
                1
            } else {
                continue;
            };
            let Some(head) = word.checked_sub(1) else {
                continue;
            };
            let Some(lex) = self.lex(head) else { continue };
            let Some(first) = head.checked_sub(1) else {
                continue;
            };
            // Only "the": "a day before Election Day" is an aside, its holiday a date
            // of its own.
            if !self.word_eq(first, "the") {
                continue;
            }
            let value = if lex.weekday > 0 && lex.weekday_full {
                next_weekday(day, i32::from(lex.weekday), sign)
            } else if self.word_eq(head, "day") {
                add_days(day, sign)
            } else {
                None
            };
            let (Some(value), Some(start)) = (value, self.tok(first)) else {
                continue;
            };
            let mut merged = m.clone();
            merged.span = Span {
                start: start.start,
                end: m.span.end,
            };
            merged.value = Some(TimeValue::point(value));
            merged.rule = format!("{}_{}", m.rule, if sign > 0 { "after" } else { "before" });
            shifted.push((n, merged));
        }
        for (n, merged) in shifted.into_iter().rev() {
            self.out[n] = merged;
        }
        // What stood inside a merged date ("Sunday", "two days") goes.
        let merged: Vec<Span> = self
            .out
            .iter()
            .filter(|m| m.rule.ends_with("_after") || m.rule.ends_with("_before"))
            .map(|m| m.span)
            .collect();
        self.out
            .retain(|m| !merged.iter().any(|s| *s != m.span && s.contains(m.span)));
    }

    fn tag_all(&mut self) {
        let mut i = 0;
        while i < self.toks.len() {
            let tok = self.toks[i];
            // A section that starts here leaves the last one's narrative behind before
            // any rule reads it ("... since 1999." / "5.3 Deaths in custody" / "during
            // the year": the report's year, not 1999).
            self.enter_sections(tok.start);
            let next = match tok.kind {
                Kind::Num => self.at_number(i),
                Kind::Word if tok.lex.is_some() => self.at_word(i),
                _ => None,
            };
            i = match next {
                Some(n) if n > i => n,
                _ => i + 1,
            };
        }
    }

    /// Pass every section start at or before byte `pos`: each leaves the narrative of
    /// the section before it behind.
    fn enter_sections(&mut self, pos: u32) {
        while self.next_section < self.sections.len() && self.sections[self.next_section] <= pos {
            self.next_section += 1;
            self.narrative_year = None;
            self.narrative_date = None;
            self.narrative_day = None;
            self.named_day = None;
            self.narrative_part = None;
            self.fiscal_year_named = None;
            self.heading_year = None;
            self.narrative_vague_tok = None;
        }
    }

    // ----------------------------------------------------------------- token helpers

    fn tok(&self, i: usize) -> Option<&Tok<'a>> {
        self.toks.get(i)
    }
    fn lex(&self, i: usize) -> Option<Lex> {
        self.tok(i)
            .filter(|t| t.kind == Kind::Word)
            .and_then(|t| t.lex.copied())
    }
    fn has(&self, i: usize, flag: u64) -> bool {
        self.lex(i).is_some_and(|l| l.has(flag))
    }
    fn is_punct(&self, i: usize, c: char) -> bool {
        self.tok(i).is_some_and(|t| t.is_punct(c))
    }
    fn is_dash(&self, i: usize) -> bool {
        self.tok(i).is_some_and(Tok::is_dash)
    }
    /// Whether the token at `i` is the word `w` (any case).
    fn word_eq(&self, i: usize, w: &str) -> bool {
        self.tok(i)
            .filter(|t| t.kind == Kind::Word)
            .and_then(|t| self.text.get(t.start as usize..t.end as usize))
            .is_some_and(|s| s.eq_ignore_ascii_case(w))
    }

    /// The word at `i` is one of `list` (lower-case entries; ASCII case ignored).
    fn word_in(&self, i: usize, list: &[String]) -> bool {
        self.tok(i)
            .filter(|t| t.kind == Kind::Word)
            .and_then(|t| self.text.get(t.start as usize..t.end as usize))
            .is_some_and(|w| list.iter().any(|m| w.eq_ignore_ascii_case(m)))
    }
    fn is_lower_word(&self, i: usize) -> bool {
        self.tok(i)
            .is_some_and(|t| t.kind == Kind::Word && !t.has(CAP))
    }
    /// A lower-case verb of the past at `i`: one of `past_markers` ("saw") or a word of
    /// five letters or more in one of `past_suffixes` ("failed").
    fn is_past_verb_word(&self, i: usize) -> bool {
        self.is_lower_word(i)
            && (self.has(i, PAST)
                || self.tok(i).is_some_and(|t| {
                    t.end - t.start >= 5
                        && self
                            .text
                            .get(t.start as usize..t.end as usize)
                            .is_some_and(|w| {
                                self.rules
                                    .past_suffixes
                                    .iter()
                                    .any(|s| w.ends_with(s.as_str()))
                            })
                }))
    }
    fn prev(&self, i: usize) -> Option<usize> {
        i.checked_sub(1)
    }

    /// A number not glued to an identifier, URL, decimal, time or digit group.
    fn clean_num(&self, i: usize) -> bool {
        let Some(t) = self.tok(i) else { return false };
        if t.kind != Kind::Num {
            return false;
        }
        if let Some(p) = self.prev(i).and_then(|p| self.tok(p)) {
            if t.glued() {
                match p.kind {
                    Kind::Word | Kind::Num => return false,
                    Kind::Punct => {
                        if matches!(
                            char::from_u32(p.value),
                            Some(
                                '/' | '.'
                                    | ','
                                    | ':'
                                    | '#'
                                    | '$'
                                    | '€'
                                    | '£'
                                    | '+'
                                    | '_'
                                    | '@'
                                    | '='
                                    | '&'
                                    | '\\'
                                    | '%'
                                    | '~'
                            )
                        ) {
                            return false;
                        }
                    }
                }
            } else if p.kind == Kind::Num && p.digits <= 3 && t.digits == 3 {
                return false; // "15 000"
            }
        }
        if let Some(n) = self.tok(i + 1) {
            if n.glued() {
                match n.kind {
                    Kind::Num => return false,
                    Kind::Word => {
                        let suffix = n
                            .lex
                            .is_some_and(|l| l.has(ORDINAL_SUFFIX) || l.has(DECADE_SUFFIX));
                        if !suffix
                            || self
                                .tok(i + 2)
                                .is_some_and(|a| a.glued() && a.kind != Kind::Punct)
                        {
                            return false;
                        }
                    }
                    Kind::Punct => {
                        let c = char::from_u32(n.value);
                        if matches!(c, Some('%' | '@' | '_')) {
                            return false;
                        }
                        if matches!(c, Some('/' | ':' | '.' | ','))
                            && self
                                .tok(i + 2)
                                .is_some_and(|a| a.glued() && a.kind == Kind::Num)
                            && !self.note_after_year(i)
                        {
                            return false;
                        }
                    }
                }
            } else if n.kind == Kind::Num && n.digits == 3 {
                return false; // "2 000", "1 500"
            }
        }
        true
    }

    /// "adopted on 15 December 2022.1 Your Excellency's Government": a year whose
    /// sentence ends with a footnote number glued to its stop (one or two digits, then
    /// a new line or a capitalised word, or the end), not a decimal ("2022.5 million").
    fn note_after_year(&self, i: usize) -> bool {
        let year = self
            .tok(i)
            .is_some_and(|t| t.digits == 4 && (MIN_YEAR..=MAX_YEAR).contains(&t.value));
        let stop = self
            .tok(i + 1)
            .is_some_and(|n| n.glued() && n.is_punct('.'));
        let note = self
            .tok(i + 2)
            .is_some_and(|a| a.glued() && a.kind == Kind::Num && a.digits <= 2);
        let after = self.tok(i + 3).is_none_or(|a| {
            a.has(LINE_START) || (!a.glued() && a.kind == Kind::Word && a.has(CAP))
        });
        year && stop && note && after
    }

    /// A four-digit year 1000..=2100 (no context check).
    fn year_at(&self, i: usize) -> Option<i32> {
        let t = self.tok(i)?;
        if t.kind == Kind::Num
            && t.digits == 4
            && (MIN_YEAR..=MAX_YEAR).contains(&t.value)
            && self.clean_num(i)
            && !self.before_time_zone(i)
        {
            Some(t.value as i32)
        } else {
            None
        }
    }

    /// "by 1100 GMT": a four-digit number before a time zone (`time_zones`) is a time.
    fn before_time_zone(&self, i: usize) -> bool {
        self.tok(i + 1)
            .filter(|n| n.kind == Kind::Word && !n.glued())
            .and_then(|n| self.text.get(n.start as usize..n.end as usize))
            .is_some_and(|w| {
                self.rules
                    .time_zones
                    .iter()
                    .any(|z| z.eq_ignore_ascii_case(w))
            })
    }

    /// The year of a full date: a four-digit year, or one with a footnote number glued
    /// to it ("reviewed in May 20011." is May 2001, note 1): five or six digits whose
    /// first four are a year 1800..=2100 and whose rest is no zero, before a stop, a
    /// comma, a semicolon or the end of a line.
    fn date_year_at(&self, i: usize) -> Option<i32> {
        if let Some(y) = self.year_at(i) {
            return Some(y);
        }
        let t = self.tok(i)?;
        if t.kind != Kind::Num || !(5..=6).contains(&t.digits) || !self.clean_num(i) {
            return None;
        }
        let scale = 10u32.pow(u32::from(t.digits) - 4);
        let (year, note) = (t.value / scale, t.value % scale);
        // A note number stands before a stop or at the end of a line.
        let note_place = self.tok(i + 1).is_none_or(|n| {
            n.has(LINE_START) || n.is_punct('.') || n.is_punct(',') || n.is_punct(';')
        });
        ((1800..=MAX_YEAR).contains(&year) && note > 0 && note_place).then_some(year as i32)
    }

    /// A day number 1..=31 with its ordinal suffix; returns the index after it.
    fn day_at(&self, i: usize) -> Option<(u8, usize)> {
        let t = self.tok(i)?;
        if t.kind != Kind::Num || t.digits > 2 || !(1..=31).contains(&t.value) || !self.clean_num(i)
        {
            return None;
        }
        let mut j = i + 1;
        if self
            .tok(j)
            .is_some_and(|n| n.glued() && n.kind == Kind::Word)
            && self.has(j, ORDINAL_SUFFIX)
        {
            j += 1;
        }
        Some((t.value as u8, j))
    }

    /// A capitalised month name (abbreviations may take a glued full stop).
    fn month_at(&self, i: usize) -> Option<(u8, usize, bool)> {
        let t = self.tok(i)?;
        let lex = self.lex(i)?;
        if lex.month == 0 || !t.has(CAP) {
            return None;
        }
        let mut j = i + 1;
        if !lex.month_full && self.tok(j).is_some_and(|n| n.glued() && n.is_punct('.')) {
            j += 1;
        }
        Some((lex.month, j, lex.month_full))
    }

    // ----------------------------------------------------------------- dates

    /// One date as written at `i`: `[Weekday,] 17 December 2003`, `December 17, 2003`,
    /// `December 2003`, `17 Dec.`, a lone month name or a lone year (`bare`).
    fn parse_d(&self, i: usize) -> Option<D> {
        let t = *self.tok(i)?;
        match t.kind {
            Kind::Word => {
                let lex = t.lex?;
                if lex.weekday > 0 && t.has(CAP) {
                    let mut j = i + 1;
                    if self.is_punct(j, '.') {
                        j += 1;
                    }
                    if self.is_punct(j, ',') {
                        j += 1;
                    }
                    if self.lex(j).is_some_and(|l| l.weekday > 0)
                        || self.tok(j).is_some_and(|t| t.has(LINE_START))
                    {
                        return None; // "until Friday\nSeptember 18, 2008" is two things
                    }
                    let mut d = self.parse_d(j)?;
                    d.day?;
                    d.start = i;
                    return Some(d);
                }
                let (month, j, full) = self.month_at(i)?;
                // "April\n14 April – ...": a month heading over a line that opens with
                // its own day and month; the number is no day of the heading's month.
                let own_date_below = |k: usize| {
                    self.tok(j).is_some_and(|t| t.has(LINE_START)) && self.month_at(k).is_some()
                };
                if let Some((day, k)) = self.day_at(j).filter(|&(_, k)| !own_date_below(k)) {
                    let k2 = if self.is_punct(k, ',') { k + 1 } else { k };
                    if let Some(year) = self.date_year_at(k2) {
                        return valid(D {
                            year: Some(year),
                            month: Some(month),
                            day: Some(day),
                            start: i,
                            end: k2 + 1,
                            bare: false,
                        });
                    }
                    if !self.tok(k).is_some_and(|n| {
                        n.kind == Kind::Word && n.lex.is_some_and(|l| l.unit.is_some())
                    }) {
                        return valid(D {
                            year: None,
                            month: Some(month),
                            day: Some(day),
                            start: i,
                            end: k,
                            bare: false,
                        });
                    }
                }
                let k = if self.is_punct(j, ',') { j + 1 } else { j };
                if let Some(year) = self.date_year_at(k) {
                    return Some(D {
                        year: Some(year),
                        month: Some(month),
                        day: None,
                        start: i,
                        end: k + 1,
                        bare: false,
                    });
                }
                full.then_some(D {
                    year: None,
                    month: Some(month),
                    day: None,
                    start: i,
                    end: j,
                    bare: true,
                })
            }
            Kind::Num => {
                if let Some((day, mut j)) = self.day_at(i) {
                    // The legal register: "the 25th day of January 2018", "27th day June 2018".
                    if self.lex(j).is_some_and(|l| l.unit == Some(Unit::Day))
                        && self.tok(j + 1).is_some_and(|t| t.kind == Kind::Word)
                        && (self.has(j + 1, OF) || self.month_at(j + 1).is_some())
                    {
                        j += 1;
                    }
                    if self.has(j, OF) {
                        j += 1;
                    }
                    if let Some((month, k, _)) = self.month_at(j) {
                        let k2 = if self.is_punct(k, ',') { k + 1 } else { k };
                        if let Some(year) = self.date_year_at(k2) {
                            return valid(D {
                                year: Some(year),
                                month: Some(month),
                                day: Some(day),
                                start: i,
                                end: k2 + 1,
                                bare: false,
                            });
                        }
                        return valid(D {
                            year: None,
                            month: Some(month),
                            day: Some(day),
                            start: i,
                            end: k,
                            bare: false,
                        });
                    }
                }
                let year = self.year_at(i)?;
                Some(D {
                    year: Some(year),
                    month: None,
                    day: None,
                    start: i,
                    end: i + 1,
                    bare: true,
                })
            }
            Kind::Punct => None,
        }
    }

    /// Whether the month name at `i` and another are joined by "and" / "or" ("the
    /// outlook for August and September"): two full names, capitalised, each a month.
    fn paired_month(&self, i: usize) -> bool {
        let full = |k: usize| {
            self.tok(k).is_some_and(|t| t.has(CAP)) && self.lex(k).is_some_and(|l| l.month_full)
        };
        let joins = |k: usize| self.has(k, AND) || self.has(k, OR);
        // "Theresa March and June Smith": a name (a capitalised word unknown to the tagger)
        // before the first or after the second is no month.
        let name = |k: Option<usize>| {
            k.and_then(|k| self.tok(k))
                .is_some_and(|t| t.kind == Kind::Word && t.has(CAP) && t.lex.is_none())
        };
        let pair = |a: usize| !name(a.checked_sub(1)) && !name(Some(a + 3));
        full(i)
            && ((joins(i + 1) && full(i + 2) && pair(i))
                || (i >= 2 && joins(i - 1) && full(i - 2) && pair(i - 2)))
    }

    /// Token `i` opens a sentence: it starts a line, or a stop (maybe then an opening
    /// quote) comes right before it.
    fn opens_sentence(&self, i: usize) -> bool {
        let quote = |k: usize| {
            self.tok(k).is_some_and(|t| {
                t.is_punct('"')
                    || t.is_punct('\u{201c}')
                    || t.is_punct('\'')
                    || t.is_punct('\u{2018}')
            })
        };
        let start = if self.prev(i).is_some_and(quote) && !self.toks[i].has(LINE_START) {
            i - 1
        } else {
            i
        };
        self.tok(start).is_some_and(|t| t.has(LINE_START))
            || self.prev(start).is_some_and(|q| {
                self.tok(q)
                    .is_some_and(|t| t.is_punct('.') || t.is_punct('!') || t.is_punct('?'))
            })
    }

    /// Token `i`, an apostrophe, and an "s" after it: a possessive ("March's").
    fn possessive_s(&self, i: usize) -> bool {
        (self.is_punct(i, '\'') || self.is_punct(i, '\u{2019}'))
            && self
                .tok(i + 1)
                .and_then(|t| self.text.get(t.start as usize..t.end as usize))
                == Some("s")
    }

    /// A capitalised full month name at `i` that is a date with nothing before it:
    /// opening a sentence before a word of `month_lead_nouns` ("January ridership
    /// fell"), or, when the month is no given name (`name_months`: "May", "April"),
    /// opening one before a verb of `month_lead_verbs` ("March was dry") or anywhere
    /// before "'s" ("and February's fell"; no capitalised unknown word before it).
    fn month_lead(&self, i: usize) -> bool {
        if !self.tok(i).is_some_and(|t| t.has(CAP)) || !self.lex(i).is_some_and(|l| l.month_full) {
            return false;
        }
        let name = self.word_in(i, &self.rules.name_months);
        let after_name = self.prev(i).and_then(|p| self.tok(p)).is_some_and(|t| {
            t.kind == Kind::Word && t.has(CAP) && t.lex.is_none() && !t.has(LINE_START)
        });
        if !name && !after_name && self.possessive_s(i + 1) {
            return true;
        }
        if !after_name
            && self.is_lower_word(i + 1)
            && self.word_in(i + 1, &self.rules.month_event_nouns)
        {
            return true;
        }
        self.opens_sentence(i)
            && self.is_lower_word(i + 1)
            && (self.word_in(i + 1, &self.rules.month_lead_nouns)
                || (!name && self.word_in(i + 1, &self.rules.month_lead_verbs)))
    }

    /// Whether a bare month or year at `d.start` stands in a date context.
    fn bare_ok(&self, d: &D) -> bool {
        let i = d.start;
        let prev = self.prev(i);
        let prev_context = prev.is_some_and(|p| self.has(p, YEAR_CONTEXT));
        if d.year.is_none() {
            // A lone month name: "in November", "until May", "mid-May", and "their
            // January sales" (a determiner before, a lower-case noun after).
            // "The July employment report is due": the determiner opening a sentence.
            let determined = prev.is_some_and(|p| {
                self.has(p, DETERMINER)
                    && (self.is_lower_word(p) || (self.opens_sentence(p) && !self.has(i + 1, OF)))
            }) && self.is_lower_word(i + 1)
                && self.lex(i + 1).is_none_or(|l| l.unit.is_none());
            // "crude for October delivery": a contract month.
            let contract = self.has(d.end, FUTURES) && self.is_lower_word(d.end);
            // "the wettest December on record", "the busiest August", "our best December
            // since 2006": a month after a superlative ("-est", "best", "worst") after a
            // determiner.
            let superlative = prev.is_some_and(|p| {
                self.is_lower_word(p)
                    && self
                        .tok(p)
                        .and_then(|t| self.text.get(t.start as usize..t.end as usize))
                        .is_some_and(|w| {
                            (w.len() > 5 && w.ends_with("est"))
                                || w.eq_ignore_ascii_case("best")
                                || w.eq_ignore_ascii_case("worst")
                        })
                    && self
                        .prev(p)
                        .is_some_and(|q| self.has(q, DETERMINER) && self.is_lower_word(q))
            }) && self
                .tok(i + 1)
                .is_none_or(|n| !n.has(CAP) || n.has(LINE_START))
                && self
                    .lex(i + 1)
                    .is_none_or(|l| l.unit.is_none() && !l.has(COUNT_NOUN));
            // "home sales for February.", "jobless claims for March,": a month closing
            // the phrase "for" opens after a plural noun (figures for a month; not
            // "planned for May").
            let figures_for = prev.is_some_and(|p| {
                self.word_eq(p, "for")
                    && self.prev(p).is_some_and(|n| {
                        self.is_lower_word(n)
                            && self
                                .tok(n)
                                .and_then(|t| self.text.get(t.start as usize..t.end as usize))
                                .is_some_and(|w| {
                                    w.len() > 3 && w.ends_with('s') && !w.ends_with("ss")
                                })
                    })
            }) && self.tok(i + 1).is_none_or(|n| {
                (n.kind == Kind::Punct && !n.is_dash() && !n.is_punct('%')) || n.has(LINE_START)
            });
            // "elections scheduled for May", "data for June": a lone month after "for"
            // after one of `month_after_for`.
            let scheduled_for = prev.is_some_and(|p| {
                self.word_eq(p, "for")
                    && self.prev(p).is_some_and(|n| {
                        self.is_lower_word(n) && self.word_in(n, &self.rules.month_after_for)
                    })
            });
            // A month name alone on its line over a paragraph: a section heading of a
            // report told month by month ("March" over "On 2 March the law ...").
            let heading = d.end == i + 1
                && self
                    .tok(i)
                    .is_some_and(|t| t.has(CAP) && t.end - t.start >= 3)
                && self.alone_on_line(i)
                && self.prose_after_line(i);
            // "spent January in retraining classes": a month a verb of `span_verbs` fills.
            let spent = prev.is_some_and(|p| self.word_in(p, &self.rules.span_verbs));
            return determined
                || self.month_lead(i)
                || self.paired_month(i)
                || heading
                || spent
                || scheduled_for
                || contract
                || superlative
                || figures_for
                || prev_context
                || prev.is_some_and(|p| {
                    self.is_dash(p)
                        && self
                            .lex(p.wrapping_sub(1))
                            .is_some_and(|l| l.part.is_some())
                });
        }
        let next = i + 1;
        if self
            .lex(next)
            .is_some_and(|l| l.unit.is_some() || l.has(COUNT_NOUN))
        {
            return false;
        }
        // "Writ Petition No. 412 of 2009": the year of a case number (`case_number_words`,
        // a number, "of"), no date. "Act No. 52 of 1980" keeps its year: a law's number
        // names the year it was made (a name noun before "No.").
        let case_number = prev.is_some_and(|p| {
            self.has(p, OF) && p >= 2 && self.tok(p - 1).is_some_and(|t| t.kind == Kind::Num) && {
                let w = if self.is_punct(p - 2, '.') {
                    p.wrapping_sub(3)
                } else {
                    p - 2
                };
                self.word_in(w, &self.rules.case_number_words)
                    && !w
                        .checked_sub(1)
                        .and_then(|n| self.tok(n))
                        .filter(|t| t.kind == Kind::Word)
                        .and_then(|t| self.text.get(t.start as usize..t.end as usize))
                        .is_some_and(|n| self.rules.is_name_noun(n))
            }
        });
        if case_number {
            return false;
        }
        if prev_context {
            return true;
        }
        // "results for 1992 will show a loss", "for 1996 as a whole": a year closing the
        // phrase of a preposition of `year_before_clause_end` (not "for 1500 workers").
        if prev.is_some_and(|p| {
            self.tok(p)
                .and_then(|t| self.text.get(t.start as usize..t.end as usize))
                .is_some_and(|w| {
                    self.rules
                        .year_before_clause_end
                        .iter()
                        .any(|m| w.eq_ignore_ascii_case(m))
                })
        }) && self.tok(next).is_none_or(|n| {
            (n.kind == Kind::Punct && !n.is_dash() && !n.is_punct('%'))
                || (self.has(next, FUNCTION_WORD) && self.is_lower_word(next))
                // a headline: "Banks Say Systems Ready for 2000", "Outlook for 2013
                // Disappoints" (the line ends, or title case goes on)
                || n.has(LINE_START)
                || (n.kind == Kind::Word
                    && n.has(CAP)
                    && prev.and_then(|p| p.checked_sub(1)).and_then(|w| self.tok(w)).is_some_and(
                        |w| w.kind == Kind::Word && w.has(CAP) && !w.has(LINE_START),
                    ))
        }) {
            return true;
        }
        // "- 1987: The new Constitution ...", "2006 – ...": a year opening a line or a
        // bullet and followed by a colon or a dash heads a timeline entry.
        let line_lead = self.toks[i].has(LINE_START)
            || prev
                .and_then(|p| self.tok(p))
                .is_some_and(|t| t.kind == Kind::Punct && t.has(LINE_START));
        if line_lead && (self.is_punct(next, ':') || self.is_dash(next)) {
            return true;
        }
        let Some(p) = prev else {
            return self
                .tok(next)
                .is_some_and(|n| n.kind == Kind::Word && n.has(CAP));
        };
        // A year alone on its line, maybe decorated: a heading ("== 2008 ==", "### 2008").
        if self.alone_on_line(i) {
            return true;
        }
        // A year between a capitalised word and a document's name: "MOLDOVA 2016 HUMAN
        // RIGHTS REPORT", "Cameroon 2019 Human Rights Report" (part of a name: it anchors
        // nothing after it).
        if self
            .tok(p)
            .is_some_and(|t| t.kind == Kind::Word && t.has(CAP))
            && self
                .tok(next)
                .is_some_and(|n| n.kind == Kind::Word && n.has(CAP))
            && !self.has(p, NAME_NOUN)
            && self.names_a_document(i, next)
        {
            return true;
        }
        // A year closing a title line after a name: "Worldwide Developers Conference 2010",
        // or a running page header "ANNUAL REPORT 2021 | 4" (a bar, then only the page
        // number to the line's end).
        if (self.tok(next).is_none_or(|n| n.has(LINE_START)) || self.page_number_after(i))
            && self
                .tok(p)
                .is_some_and(|t| t.kind == Kind::Word && t.has(CAP) && !t.has(LINE_START))
        {
            return true;
        }
        if self.is_punct(p, '(') && (self.is_punct(next, ')') || self.is_punct(next, ',')) {
            return true;
        }
        if self.has(p, DETERMINER) && self.tok(next).is_some_and(|n| n.kind == Kind::Word) {
            return true; // "a 2018 amendment"
        }
        if self.is_dash(p)
            && self
                .lex(p.wrapping_sub(1))
                .is_some_and(|l| l.part.is_some())
        {
            return true; // "mid-2005"
        }
        let sentence_start = self.toks[i].has(LINE_START)
            || self.tok(p).is_some_and(|t| {
                t.kind == Kind::Punct
                    && matches!(
                        char::from_u32(t.value),
                        Some('.' | '!' | '?' | ':' | ';' | '•' | '*' | '·')
                    )
            });
        sentence_start
            && self
                .tok(next)
                .is_some_and(|n| n.kind == Kind::Word && n.has(CAP))
    }

    /// Token `i` is all its line holds, but for heading marks (`#`, `=`, `*`, `:`).
    /// Whether the date that opens at token `start` is a dated heading's: its line opens
    /// with one capitalised word (a label: "Update", "Entry", "Statement"), then a comma
    /// or a colon, then the date.
    fn heading_label_before(&self, start: usize) -> bool {
        start >= 2
            && self.is_punct(start - 1, ',') | self.is_punct(start - 1, ':')
            && self
                .tok(start - 2)
                .is_some_and(|t| t.kind == Kind::Word && t.has(CAP) && t.has(LINE_START))
    }

    /// Whether the line ends at token `end` (the token after an expression).
    fn page_line_ends(&self, end: usize) -> bool {
        self.tok(end).is_none_or(|t| t.has(LINE_START))
    }

    /// Whether the first line after that of the token at `i` that is not blank holds
    /// prose (three words at least): the token heads a section, not a table's row.
    fn prose_after_line(&self, i: usize) -> bool {
        let Some(t) = self.tok(i) else { return false };
        let rest = self.text.get(t.end as usize..).unwrap_or("");
        rest.split('\n')
            .skip(1)
            .find(|l| !l.trim().is_empty())
            .is_some_and(|l| l.split_whitespace().take(3).count() >= 3)
    }

    /// Whether the token at `i` is followed, to the end of its line, by a bar and a page
    /// number only ("2021 | 4", "2021 | page 4" is not).
    fn page_number_after(&self, i: usize) -> bool {
        let Some(t) = self.tok(i) else { return false };
        let rest = self.text.get(t.end as usize..).unwrap_or("");
        let line = rest.split('\n').next().unwrap_or("");
        let line = line.trim();
        let Some(rest) = line.strip_prefix('|') else {
            return false;
        };
        // "ANNUAL REPORT 2021 | 1", "Annual Report 2016 | Commission of X | Page 41":
        // short labels between bars, then the page's number.
        let mut parts: Vec<&str> = rest.split('|').map(str::trim).collect();
        let page = parts.pop().unwrap_or("");
        let page = ["Page ", "page ", "p. ", "P. "]
            .iter()
            .find_map(|p| page.strip_prefix(p))
            .unwrap_or(page)
            .trim();
        parts.len() <= 2
            && parts
                .iter()
                .all(|p| !p.is_empty() && p.len() <= 60 && !p.contains(['.', ',', ';']))
            && (1..=4).contains(&page.len())
            && page.bytes().all(|b| b.is_ascii_digit())
    }

    fn alone_on_line(&self, i: usize) -> bool {
        let Some(t) = self.tok(i) else { return false };
        // Only decoration may stand between the token and the line's ends: look no
        // further than the first byte that is not decoration (bounded work per year).
        let deco = |b: u8| b.is_ascii_whitespace() || matches!(b, b'#' | b'=' | b'*' | b':' | b'_');
        let bytes = self.text.as_bytes();
        let (start, end) = (t.start as usize, t.end as usize);
        let before = bytes[..start]
            .iter()
            .rev()
            .find(|&&b| b == b'\n' || !deco(b))
            .is_none_or(|&b| b == b'\n');
        let after = bytes[end..]
            .iter()
            .find(|&&b| b == b'\n' || !deco(b))
            .is_none_or(|&b| b == b'\n');
        before && after
    }

    /// `d - d2`, `d to d2` (and `d and d2` after "between"): the second date of a range.
    fn range_tail(&self, d: &D, and_sep: bool) -> Option<(D, D)> {
        let j = d.end;
        let sep_ok = self.is_dash(j)
            || if and_sep {
                self.has(j, AND)
            } else {
                self.has(j, RANGE_SEP)
            };
        if !sep_ok {
            return None;
        }
        let mut a = *d;
        let b = if let Some(b) = self.two_digit_year_end(d, j) {
            b
        } else if let Some(b) = self.month_day_end(d, j) {
            a.year = b.year;
            b
        } else {
            self.parse_d(j + 1)?
        };
        match (a.month, b.month) {
            (None, None) => {
                let (ya, yb) = (a.year?, b.year?);
                if yb <= ya || yb - ya > 100 {
                    return None;
                }
            }
            (Some(_), Some(_)) => {
                if a.day.is_some() && b.day.is_none() {
                    return None;
                }
                if a.year.is_none() {
                    a.year = b.year.map(|y| if a.month > b.month { y - 1 } else { y });
                }
            }
            _ => return None,
        }
        if a.year.is_some() && b.year.is_some() && a.key() > b.key() {
            return None;
        }
        if a.year.is_none() && b.year.is_some() {
            return None;
        }
        Some((a, b))
    }

    /// "March 3-5, 2004", "June 10 to 12": the end of a range of days within the month
    /// named before them, with the year written after the end (which both ends take).
    fn month_day_end(&self, d: &D, sep: usize) -> Option<D> {
        let (month, a_day) = (d.month?, d.day?);
        if d.year.is_some() || self.month_at(sep + 1).is_some() {
            return None;
        }
        let (day, k) = self.day_at(sep + 1)?;
        if day <= a_day || self.month_at(k).is_some() || self.has(k, OF) {
            return None;
        }
        // "March 3-5 people" is no range of days.
        if self
            .lex(k)
            .is_some_and(|l| l.has(COUNT_NOUN) || l.unit.is_some())
        {
            return None;
        }
        let k2 = if self.is_punct(k, ',') { k + 1 } else { k };
        let year = self.date_year_at(k2);
        valid(D {
            year,
            month: Some(month),
            day: Some(day),
            start: sep + 1,
            end: if year.is_some() { k2 + 1 } else { k },
            bare: false,
        })
    }

    /// A holiday by name: "on Christmas", "New Year's Day", "Easter 2004", "last
    /// Christmas" (`holidays` and `holiday_context` of the rules).
    fn holiday(&mut self, i: usize) -> Option<usize> {
        let t = *self.tok(i)?;
        if !t.has(CAP) {
            return None;
        }
        let rest = self.text.get(t.start as usize..)?;
        let (holiday, len) = self
            .rules
            .holidays
            .iter()
            .find_map(|h| holiday_name_len(rest, &h.name).map(|n| (h, n)))?;
        let end_byte = t.start + len as u32;
        let mut j = i;
        while self.tok(j).is_some_and(|x| x.end <= end_byte) {
            // "New year's day" is no holiday name; "Fourth of July" is ("of" as named).
            if self.tok(j).is_some_and(|x| {
                x.kind == Kind::Word && !x.has(CAP) && x.end - x.start > 1 && !self.has(j, OF)
            }) {
                return None; // "New year's day": every word of the name is capitalised
            }
            j += 1;
        }
        let prev = self.prev(i);
        let deictic = prev.filter(|&p| self.has(p, LAST) || self.has(p, NEXT) || self.has(p, THIS));
        let several_words = holiday.name.contains(' ');
        // "on the eve of Thanksgiving", "the weekend of Easter" (`holiday_of_heads`)
        let of_head = prev.is_some_and(|p| {
            self.has(p, OF)
                && self.prev(p).is_some_and(|h| {
                    self.tok(h)
                        .filter(|t| t.kind == Kind::Word)
                        .and_then(|t| self.text.get(t.start as usize..t.end as usize))
                        .is_some_and(|w| {
                            self.rules
                                .holiday_of_heads
                                .iter()
                                .any(|x| x.eq_ignore_ascii_case(w))
                        })
                })
        });
        // "the Memorial Day weekend", "over the Thanksgiving weekend": the weekend next to it.
        let weekend = self.has(j, WEEKEND) && self.is_lower_word(j) && !self.has(j + 1, OF);
        let in_context = weekend
            || deictic.is_some()
            || of_head
            || prev.is_some_and(|p| self.has(p, HOLIDAY_CONTEXT));
        // "Christmas sales", "the Easter holidays": a name used as an adjective.
        let noun_after = self
            .tok(j)
            .is_some_and(|n| n.kind == Kind::Word && !n.has(CAP) && n.lex.is_none());
        if !several_words && (!in_context || noun_after) {
            return None;
        }
        let date_in = |y: i32| holiday_date(holiday.date, y, &self.rules.lunar_new_year);
        let month = match holiday.date {
            HolidayDate::Fixed(m, _)
            | HolidayDate::NthWeekday(m, _, _)
            | HolidayDate::WeekdayOnOrAfter(m, _, _) => m,
            // Easter's cycle moves from February (Ash Wednesday) to June (Whit Monday),
            // the Lunar New Year's from January to February: the month it falls in the
            // year of publication.
            HolidayDate::Easter(_) | HolidayDate::Lunar(_) => self
                .pub_day()
                .and_then(|now| date_in(now.year))
                .and_then(|d| d.month)
                .unwrap_or(4),
        };
        let k = if self.is_punct(j, ',') { j + 1 } else { j };
        let (start, end, found) = if let Some(y) = self.date_year_at(k) {
            (i, k + 1, date_in(y).map(|d| (d, Anchor::Absolute)))
        } else if let Some(p) = deictic {
            let now = self.pub_day();
            let found = now.and_then(|now| {
                let this = date_in(now.year)?;
                let y = if self.has(p, LAST) {
                    if this < now {
                        now.year
                    } else {
                        now.year - 1
                    }
                } else if self.has(p, NEXT) {
                    if this > now {
                        now.year
                    } else {
                        now.year + 1
                    }
                } else {
                    now.year
                };
                Some((date_in(y)?, Anchor::Published))
            });
            (p, j, found)
        } else {
            // "getting ready to travel for Thanksgiving" two days before it: a holiday
            // within a month of a story's day is that year's, whatever the tense,
            // unless its sentence tells of another year ("announced on Dec. 3, 2009
            // that it would close the mill just before Christmas").
            let told = self.year_for(month, i);
            let near = (self.frame == Frame::News
                && !told.is_some_and(|(_, a)| a == Anchor::Narrative))
            .then(|| self.pub_day())
            .flatten()
            .and_then(|now| {
                let this = date_in(now.year)?;
                let (from, to) = (add_days(now, -31)?, add_days(now, 31)?);
                (from <= this && this <= to).then_some((this, Anchor::Published))
            });
            let found = near.or_else(|| told.and_then(|(y, a)| Some((date_in(y)?, a))));
            (i, j, found)
        };
        let (end, value) = if weekend && end == j {
            (j + 1, found.and_then(|(d, _)| weekend_next_to(d)))
        } else {
            (end, found.map(|(d, _)| TimeValue::point(d)))
        };
        self.emit(
            start,
            end,
            Spec::Fixed(value, found.map(|(_, a)| a)),
            if weekend { "weekend" } else { "holiday" },
        );
        Some(end)
    }

    /// "2010–15", "1990-95" (a plain hyphen only when the end cannot be a month).
    fn two_digit_year_end(&self, d: &D, dash: usize) -> Option<D> {
        let year = d.year?;
        if d.month.is_some() || !self.is_dash(dash) {
            return None;
        }
        let t = self.tok(dash + 1)?;
        if t.kind != Kind::Num || t.digits != 2 || !t.glued() || !self.clean_num(dash + 1) {
            return None;
        }
        let nn = t.value as i32;
        let hyphen = self.is_punct(dash, '-');
        if nn <= year % 100 || (hyphen && nn <= 12) {
            return None;
        }
        Some(D {
            year: Some(year - year % 100 + nn),
            month: None,
            day: None,
            start: dash + 1,
            end: dash + 2,
            bare: true,
        })
    }

    /// A date, a range `January - December 2003`, or a list `in 2008 and 2016`.
    fn date_chain(&mut self, i: usize) -> Option<usize> {
        let d = self.parse_d(i)?;
        let ctx_ok = !d.bare || self.bare_ok(&d);
        if let Some((a, b)) = self.range_tail(&d, false) {
            let both_round = a.month.is_none()
                && a.year.is_some_and(|y| y % 100 == 0)
                && b.year.is_some_and(|y| y % 100 == 0);
            let count = self
                .lex(b.end)
                .is_some_and(|l| l.has(COUNT_NOUN) || l.unit.is_some());
            if (ctx_ok || !both_round) && !count {
                self.emit(a.start, b.end, Spec::Range(a, b), "date_range");
                return Some(b.end);
            }
        }
        if !ctx_ok {
            return None;
        }
        if let Some(n) = self.month_of_this_year(&d) {
            return Some(n);
        }
        if let Some(n) = self.month_of_that_year(&d) {
            return Some(n);
        }
        let mut items = vec![d];
        let mut keep = 1;
        let mut j = d.end;
        loop {
            let (k, final_joiner) = if self.has(j, AND) || self.has(j, OR) {
                (j + 1, true)
            } else if self.is_punct(j, ',') {
                if self.has(j + 1, AND) || self.has(j + 1, OR) {
                    (j + 2, true)
                } else {
                    (j + 1, false)
                }
            } else {
                break;
            };
            let Some(next) = self.parse_d(k) else { break };
            let last = items[items.len() - 1];
            let same_shape = last.month.is_some() == next.month.is_some()
                && (last.day.is_some() || next.day.is_none() || last.month.is_none())
                && (next.month.is_some() || next.year.is_some());
            if !same_shape
                || self
                    .lex(next.end)
                    .is_some_and(|l| l.has(COUNT_NOUN) || l.unit.is_some())
            {
                break;
            }
            items.push(next);
            if final_joiner {
                keep = items.len();
            }
            j = next.end;
        }
        items.truncate(keep);
        for idx in (0..items.len().saturating_sub(1)).rev() {
            let later = items[idx + 1];
            let item = &mut items[idx];
            if item.year.is_none() {
                if let (Some(y), Some(m)) = (later.year, later.month) {
                    item.year = Some(if item.month > Some(m) { y - 1 } else { y });
                }
            }
        }
        let rule = if items.len() > 1 {
            "date_list"
        } else {
            rule_for(&items[0])
        };
        let end = items[items.len() - 1].end;
        for item in items {
            self.emit(item.start, item.end, Spec::Point(item), rule);
        }
        Some(end)
    }

    /// `May of this year`, `July last year`, `in March next year`: a month of the year
    /// the publication date names. `on 23 March last year`: the day of that year, a
    /// mention of its own before the deictic's (TIMEX3 marks the two apart).
    fn month_of_this_year(&mut self, d: &D) -> Option<usize> {
        let month = d.month.filter(|_| d.year.is_none())?;
        let j = if self.has(d.end, OF) {
            d.end + 1
        } else {
            d.end
        };
        let shift = self.deictic_shift(j)?;
        if self.lex(j + 1)?.unit != Some(Unit::Year) {
            return None;
        }
        let value = self
            .ctx
            .published
            .and_then(|p| to_date(p.year + shift, Some(month), d.day))
            .map(TimeValue::point);
        if d.day.is_some() {
            if j != d.end {
                return None;
            }
            self.emit(
                d.start,
                d.end,
                Spec::Fixed(value, value.map(|_| Anchor::Published)),
                rule_for(d),
            );
            return Some(d.end);
        }
        self.emit(
            d.start,
            j + 2,
            Spec::Fixed(value, value.map(|_| Anchor::Published)),
            "month_deictic",
        );
        Some(j + 2)
    }

    /// `September of that year`, `June of the same year`, `March of the following year`,
    /// `5 May of the previous year`: a month (or day) of the year the narrative last
    /// reached, moved by one for "following" / "previous" (`following`, `previous`,
    /// `same` in the rules). One mention: the month alone would be read against the
    /// frame's year. No narrative date: no value (nothing is guessed).
    /// The shift "following" (+1), "previous" (-1) or "same" (0) at `at` names.
    fn named_shift(&self, at: usize) -> Option<i32> {
        let l = self.lex(at)?;
        if l.has(FOLLOWING) {
            Some(1)
        } else if l.has(PREVIOUS) {
            Some(-1)
        } else if l.has(SAME) {
            Some(0)
        } else {
            None
        }
    }

    /// `the 18th instant` (`month_instant`: of the narrative's month), `3rd ultimo`
    /// (`month_ultimo`: of the month before), `2nd proximo` (the month after), `the 30th
    /// of that month`, `the 2nd of the following month`: a day of the month the narrative
    /// last reached. No narrative month: no value (nothing is guessed).
    fn day_of_narrative_month(&mut self, i: usize) -> Option<usize> {
        let (day, j) = self.day_at(i)?;
        let (shift, end) = if self.word_in(j, &self.rules.month_instant) {
            (0, j + 1)
        } else if self.word_in(j, &self.rules.month_ultimo) {
            (-1, j + 1)
        } else if self.word_in(j, &self.rules.month_proximo) {
            (1, j + 1)
        } else if self.has(j, OF) && self.is_lower_word(j) {
            let k = j + 1;
            let (shift, unit) = if self.has(k, SAME) && self.is_lower_word(k) {
                (0, k + 1)
            } else if self.has(k, DETERMINER) && self.is_lower_word(k) {
                (self.named_shift(k + 1)?, k + 2)
            } else {
                return None;
            };
            let singular = self.tok(unit).is_some_and(|t| t.end - t.start == 5);
            if self.lex(unit)?.unit != Some(Unit::Month) || !self.is_lower_word(unit) || !singular {
                return None;
            }
            (shift, unit + 1)
        } else if self.bare_ordinal_day(i, j) {
            (0, j)
        } else {
            return None;
        };
        let start = match self.prev(i) {
            Some(p) if self.word_eq(p, "the") => p,
            _ => i,
        };
        // "adjourned the case to November 22 ... in court on the 22nd": a bare ordinal
        // is a day of the month named in its sentence or the one before.
        let far = j == end
            && !self.narrative_date.is_some_and(|d| {
                d.month.is_some() && self.sentences_between(self.narrative_date_tok, i) <= 1
            });
        if far {
            return None;
        }
        let value = self
            .narrative_date
            .filter(|_| !self.vague_narrative(i))
            .and_then(|b| add_months(PartialDate::month(b.year, b.month?), shift))
            .and_then(|m| to_date(m.year, m.month, Some(day)))
            .map(TimeValue::point);
        self.emit(
            start,
            end,
            Spec::Fixed(value, value.map(|_| Anchor::Narrative)),
            "day_of_that_month",
        );
        // "sentenced on the 14th. The jury had returned its verdict a day earlier":
        // the story stands on that day.
        self.set_narrative_day(value, start);
        Some(end)
    }

    /// `on the 22nd,`: an ordinal day (its suffix written) after "the" after "on",
    /// "by", "until" or "before", with nothing after it that it could number ("the 22nd
    /// floor", "the 22nd of ...").
    fn bare_ordinal_day(&self, i: usize, j: usize) -> bool {
        j == i + 2
            && self.prev(i).is_some_and(|p| {
                self.word_eq(p, "the")
                    && self.prev(p).is_some_and(|q| {
                        ["on", "by", "until", "before"]
                            .iter()
                            .any(|w| self.word_eq(q, w))
                    })
            })
            && self.tok(j).is_none_or(|n| {
                (n.kind == Kind::Punct && !n.is_dash())
                    || (n.kind == Kind::Word && self.has(j, AND | OR | CLAUSE_BREAK))
                    // "sentenced on the 14th to life", "on the 3rd in Dublin" (not
                    // "on the 14th of ..." nor "the 14th floor")
                    || (self.is_lower_word(j)
                        && self.has(j, FUNCTION_WORD)
                        && !self.has(j, OF | DETERMINER))
            })
    }

    fn month_of_that_year(&mut self, d: &D) -> Option<usize> {
        d.month.filter(|_| d.year.is_none())?;
        if !self.has(d.end, OF) || !self.is_lower_word(d.end) {
            return None;
        }
        let j = d.end + 1;
        let (shift, unit) = if self.has(j, SAME) && self.is_lower_word(j) {
            (0, j + 1)
        } else if self.has(j, DETERMINER) && self.is_lower_word(j) {
            (self.named_shift(j + 1)?, j + 2)
        } else {
            return None;
        };
        let singular = self.tok(unit).is_some_and(|t| t.end - t.start == 4);
        if self.lex(unit)?.unit != Some(Unit::Year) || !self.is_lower_word(unit) || !singular {
            return None;
        }
        let base = self
            .narrative_date
            .map(|n| n.year)
            .or(self.narrative_year)
            .filter(|_| !self.vague_narrative(d.start));
        let value = base
            .and_then(|y| to_date(y + shift, d.month, d.day))
            .map(TimeValue::point);
        self.emit(
            d.start,
            unit + 1,
            Spec::Fixed(value, value.map(|_| Anchor::Narrative)),
            "month_of_that_year",
        );
        // "in March of the following year" moves the story on, as "the following year".
        if let Some(v) = value {
            self.move_narrative(Some(v), d.start);
            if self.narrative_year.is_none() {
                self.narrative_year = v.start.map(|p| p.year);
                self.narrative_tok = d.start;
            }
        }
        Some(unit + 1)
    }

    /// `17-19 May 2003`; `the night of 13th/14th March 2016` (a slash only between
    /// one day and the next).
    fn day_range(&mut self, i: usize) -> Option<usize> {
        let (day, j) = self.day_at(i)?;
        // "Update 3 – 12 March 2024": the number is the label's (`number_labels`).
        if i > 0 && self.word_in(i - 1, &self.rules.number_labels) {
            return None;
        }
        let slash = self.is_punct(j, '/');
        if !self.is_dash(j) && !slash {
            return None;
        }
        let b = if slash {
            // The day after the slash is glued to it, which `parse_d` refuses.
            let t = *self.tok(j + 1)?;
            if t.kind != Kind::Num || t.digits > 2 || !(1..=31).contains(&t.value) {
                return None;
            }
            let mut k = j + 2;
            if self
                .tok(k)
                .is_some_and(|n| n.glued() && n.kind == Kind::Word)
                && self.has(k, ORDINAL_SUFFIX)
            {
                k += 1;
            }
            let (month, k2, _) = self.month_at(k)?;
            let k3 = if self.is_punct(k2, ',') { k2 + 1 } else { k2 };
            let year = self.date_year_at(k3);
            valid(D {
                year,
                month: Some(month),
                day: Some(t.value as u8),
                start: j + 1,
                end: if year.is_some() { k3 + 1 } else { k2 },
                bare: false,
            })?
        } else {
            self.parse_d(j + 1)?
        };
        let (month, b_day) = (b.month?, b.day?);
        if day >= b_day || (slash && b_day != day + 1) {
            return None;
        }
        let a = D {
            year: b.year,
            month: Some(month),
            day: Some(day),
            start: i,
            end: j,
            bare: false,
        };
        self.emit(i, b.end, Spec::Range(a, b), "date_range");
        Some(b.end)
    }

    /// `2003-12-17`, `2003/12/17`, `17.12.2003`, `17/12/2003` (day and month with
    /// slashes only when one is above 12 or the rules give an order: "07/08/2017" is
    /// skipped).
    fn numeric_date(&mut self, i: usize) -> Option<usize> {
        let t0 = *self.tok(i)?;
        let sep = *self.tok(i + 1)?;
        let t1 = *self.tok(i + 2)?;
        let sep2 = *self.tok(i + 3)?;
        let t2 = *self.tok(i + 4)?;
        let glued = sep.glued() && t1.glued() && sep2.glued() && t2.glued();
        if !glued
            || sep.kind != Kind::Punct
            || sep.value != sep2.value
            || t1.kind != Kind::Num
            || t2.kind != Kind::Num
        {
            return None;
        }
        if let Some(p) = self.prev(i).and_then(|p| self.tok(p)) {
            if t0.glued() && p.kind != Kind::Punct
                || (t0.glued() && matches!(char::from_u32(p.value), Some('.' | '/' | '-' | ':')))
            {
                return None;
            }
        }
        if let Some(n) = self.tok(i + 5) {
            if n.glued()
                && (n.kind != Kind::Punct
                    || self
                        .tok(i + 6)
                        .is_some_and(|a| a.glued() && a.kind == Kind::Num))
            {
                return None;
            }
        }
        let c = char::from_u32(sep.value)?;
        // "2003-12-17"; "2017/07/21", "2017.07.21": year, month, day
        let ymd = (c == '-' && t0.digits == 4 && t1.digits == 2 && t2.digits == 2)
            || ((c == '/' || c == '.') && t0.digits == 4 && t1.digits <= 2 && t2.digits <= 2);
        let (year, month, day) = if ymd {
            (t0.value, t1.value, t2.value)
        } else if (c == '.' || c == '/') && t0.digits <= 2 && t1.digits <= 2 && t2.digits == 4 {
            let (a, b) = (t0.value, t1.value);
            let order = if c == '.' || (a > 12 && b <= 12) {
                Some(SlashOrder::Dmy)
            } else if b > 12 && a <= 12 {
                Some(SlashOrder::Mdy)
            } else {
                // "Published on 09/12/2022" in a story of 9 December 2022: the reading
                // that is the day of publication.
                let is_published = |m: u32, d: u32| {
                    self.ctx.published.is_some_and(|p| {
                        p.year == t2.value as i32
                            && p.month == Some(m as u8)
                            && p.day == Some(d as u8)
                    })
                };
                self.rules
                    .slash_order
                    .or(self.slash_order)
                    .or_else(|| is_published(b, a).then_some(SlashOrder::Dmy))
                    .or_else(|| is_published(a, b).then_some(SlashOrder::Mdy))
            };
            match order? {
                SlashOrder::Dmy => (t2.value, b, a),
                SlashOrder::Mdy => (t2.value, a, b),
            }
        } else {
            return None;
        };
        if !(MIN_YEAR..=MAX_YEAR).contains(&year) || !(1..=12).contains(&month) {
            return None;
        }
        let (year, month, day) = (year as i32, month as u8, u8::try_from(day).ok()?);
        if day == 0 || day > days_in_month(year, month) {
            return None;
        }
        let d = D {
            year: Some(year),
            month: Some(month),
            day: Some(day),
            start: i,
            end: i + 5,
            bare: false,
        };
        self.emit(i, i + 5, Spec::Point(d), "numeric_date");
        Some(i + 5)
    }

    /// `the 1990s`, `1980's`: returns the decade's first year and the index after it.
    fn decade_at(&self, i: usize) -> Option<(i32, usize)> {
        let t = self.tok(i)?;
        if t.kind != Kind::Num
            || t.digits != 4
            || t.value % 10 != 0
            || !(MIN_YEAR..=MAX_YEAR).contains(&t.value)
        {
            return None;
        }
        let mut j = i + 1;
        if self
            .tok(j)
            .is_some_and(|a| a.glued() && (a.is_punct('\'') || a.is_punct('’')))
        {
            j += 1;
        }
        let s = self.tok(j)?;
        if !s.glued() || s.kind != Kind::Word || !self.has(j, DECADE_SUFFIX) {
            return None;
        }
        Some((t.value as i32, j + 1))
    }

    /// Any single expression after a prefix (`since`, `until`, `between`, `from`):
    /// a part of a year, a season, a decade or a date. Returns its two ends.
    fn parse_expr(&self, i: usize) -> Option<(D, D)> {
        if let Some(r) = self.part_expr(i).or_else(|| self.season_expr(i)) {
            return Some(r);
        }
        let j = if self.has(i, DETERMINER) && self.decade_at(i + 1).is_some() {
            i + 1
        } else {
            i
        };
        if let Some((year, end)) = self.decade_at(j) {
            let a = D {
                year: Some(year),
                month: None,
                day: None,
                start: i,
                end,
                bare: false,
            };
            return Some((
                a,
                D {
                    year: Some(year + if names_century(year) { 99 } else { 9 }),
                    ..a
                },
            ));
        }
        let d = self.parse_d(i)?;
        Some((d, d))
    }

    /// `late 2001`, `mid-2005`, `early May`, `the end of September`, `early 1990s`.
    /// A part of a year is a third of it: early = January-April, mid = May-August,
    /// late = September-December; of a decade: years 0-3, 4-6, 7-9; of a month: the month.
    fn part_expr(&self, i: usize) -> Option<(D, D)> {
        let mut start = i;
        let mut j = i;
        if self.has(j, DETERMINER) && self.has(j + 1, PART_NOUN) {
            j += 1;
            start = j;
        }
        let lex = self.lex(j)?;
        let part = lex.part?;
        if lex.has(PART_NOUN) {
            if !self.has(j + 1, OF) {
                return None;
            }
            j += 2;
            if self.has(j, DETERMINER) {
                j += 1;
            }
        } else {
            j += 1;
            if self.is_dash(j) {
                j += 1;
            }
        }
        if let Some((year, end)) = self.decade_at(j) {
            // "the late 1800s": a part of a century is that century (TIMEX3 `18`, its
            // part a modifier).
            let (lo, hi) = match part {
                _ if names_century(year) => (0, 99),
                Part::Early => (0, 3),
                Part::Mid => (4, 6),
                Part::Late => (7, 9),
            };
            let a = D {
                year: Some(year + lo),
                month: None,
                day: None,
                start,
                end,
                bare: false,
            };
            return Some((
                a,
                D {
                    year: Some(year + hi),
                    ..a
                },
            ));
        }
        let d = self.parse_d(j)?;
        if d.day.is_some() {
            return None;
        }
        let d = D {
            start,
            bare: false,
            ..d
        };
        if d.month.is_some() {
            return Some((d, d));
        }
        let (lo, hi) = match part {
            Part::Early => (1, 4),
            Part::Mid => (5, 8),
            Part::Late => (9, 12),
        };
        Some((
            D {
                month: Some(lo),
                ..d
            },
            D {
                month: Some(hi),
                ..d
            },
        ))
    }

    /// `summer 2004`, `the winter of 2003` (winter runs December to February).
    fn season_expr(&self, i: usize) -> Option<(D, D)> {
        let (lo, hi) = self.lex(i)?.season?;
        let mut j = i + 1;
        if self.has(j, OF) {
            j += 1;
        }
        let year = self.year_at(j)?;
        let a = D {
            year: Some(year),
            month: Some(lo),
            day: None,
            start: i,
            end: j + 1,
            bare: false,
        };
        let b = D {
            year: Some(if hi < lo { year + 1 } else { year }),
            month: Some(hi),
            ..a
        };
        Some((a, b))
    }

    // ----------------------------------------------------------------- entry points

    /// `the 19th century`, `the nineteenth century` (ordinal at `i`, the century word at
    /// `unit`): its hundred years, 1800-1899 (TIMEX3 `18`). Never an anchor.
    fn century(&mut self, i: usize, n: u32, unit: usize) -> Option<usize> {
        let plural = self
            .tok(unit)
            .and_then(|t| self.text.get(t.start as usize..t.end as usize))
            .is_some_and(|w| w.ends_with('s'));
        if !(2..=21).contains(&n)
            || !self.is_lower_word(unit)
            || plural
            || self.lex(unit).and_then(|l| l.unit) != Some(Unit::Century)
        {
            return None;
        }
        let start = match self.prev(i) {
            Some(p) if self.has(p, DETERMINER) && self.lex(p).is_some_and(|l| l.number == 0) => p,
            _ => i,
        };
        let first = (n as i32 - 1) * 100;
        let value = TimeValue::range(PartialDate::year(first), PartialDate::year(first + 99));
        self.emit(
            start,
            unit + 1,
            Spec::Fixed(Some(value), Some(Anchor::Absolute)),
            "century",
        );
        Some(unit + 1)
    }

    fn at_number(&mut self, i: usize) -> Option<usize> {
        if let Some(n) = self.quarter_label(i) {
            return Some(n);
        }
        if let Some(n) = self.fiscal_year_possessive_part(i) {
            return Some(n);
        }
        if let Some(n) = self.fiscal_label(i) {
            return Some(n);
        }
        // "the 19th century"
        if let Some(t) = self.tok(i).filter(|t| t.digits <= 2) {
            let n = t.value;
            if self.tok(i + 1).is_some_and(|s| s.glued()) && self.has(i + 1, ORDINAL_SUFFIX) {
                if let Some(end) = self.century(i, n, i + 2) {
                    return Some(end);
                }
            }
        }
        if let Some(n) = self.day_of_narrative_month(i) {
            return Some(n);
        }
        if let Some(n) = self.numeric_date(i) {
            return Some(n);
        }
        if let Some(n) = self.duration(i) {
            return Some(n);
        }
        if let Some((year, end)) = self.decade_at(i) {
            let start = if self.prev(i).is_some_and(|p| self.has(p, DETERMINER)) {
                i - 1
            } else {
                i
            };
            let a = D {
                year: Some(year),
                month: None,
                day: None,
                start,
                end,
                bare: false,
            };
            let (last, rule) = if names_century(year) {
                (year + 99, "century")
            } else {
                (year + 9, "decade")
            };
            let b = D {
                year: Some(last),
                ..a
            };
            self.emit(i, end, Spec::Range(a, b), rule);
            return Some(end);
        }
        if let Some(n) = self.day_range(i) {
            return Some(n);
        }
        if let Some(n) = self.short_decade(i).or_else(|| self.short_year(i)) {
            return Some(n);
        }
        self.date_chain(i)
    }

    /// The century a two-digit year or decade `nn` falls in: 19nn when 20nn is still to
    /// come at the publication date (or, with no publication date, for 30..=99); else
    /// none (in 2025 "the 20s" may be either).
    fn century_of(&self, nn: i32) -> Option<(i32, Anchor)> {
        match self.ctx.published {
            Some(p) if 2000 + nn > p.year => Some((1900 + nn, Anchor::Published)),
            Some(_) => None,
            None if nn >= 30 => Some((1900 + nn, Anchor::Absolute)),
            None => None,
        }
    }

    /// The apostrophe glued before token `i` ("'70s", "'82"), if any.
    fn apostrophe_before(&self, i: usize) -> Option<usize> {
        let p = self.prev(i)?;
        let t = self.tok(p)?;
        ((t.is_punct('\'') || t.is_punct('\u{2019}') || t.is_punct('\u{2018}'))
            && self.tok(i).is_some_and(|n| n.glued()))
        .then_some(p)
    }

    /// `the 70s`, `the '80s`, `the 70s and 80s`: a decade written with two digits, in
    /// the century [`Self::century_of`] gives. Not after a possessive or a word of
    /// `not_decade_words` ("in their 70s" is an age, "highs in the 70s" a temperature).
    fn short_decade(&mut self, i: usize) -> Option<usize> {
        let t = *self.tok(i)?;
        if t.kind != Kind::Num || t.digits != 2 || t.value % 10 != 0 {
            return None;
        }
        let mut j = i + 1;
        if self
            .tok(j)
            .is_some_and(|a| a.glued() && (a.is_punct('\'') || a.is_punct('\u{2019}')))
        {
            j += 1;
        }
        if !self
            .tok(j)
            .is_some_and(|s| s.glued() && s.kind == Kind::Word)
            || !self.has(j, DECADE_SUFFIX)
            || self
                .tok(j + 1)
                .is_some_and(|a| a.glued() && a.kind != Kind::Punct)
        {
            return None;
        }
        let apostrophe = self.apostrophe_before(i);
        let first = apostrophe.unwrap_or(i);
        let p = self.prev(first);
        let listed = p.is_some_and(|p| self.has(p, AND) || self.is_punct(p, ','))
            && p.and_then(|p| p.checked_sub(1))
                .is_some_and(|q| self.has(q, DECADE_SUFFIX));
        let determined = p
            .is_some_and(|p| self.has(p, DETERMINER) && self.lex(p).is_some_and(|l| l.number == 0));
        if apostrophe.is_none() && !listed && !determined {
            return None;
        }
        if (first.saturating_sub(6)..first).any(|k| self.has(k, NOT_DECADE)) {
            return None;
        }
        // "Temperatures are expected to climb into the 50s": a measure named further back
        // in the sentence (a noun of five letters or more, not a possessive).
        if (first.saturating_sub(12)..first.saturating_sub(6)).any(|k| {
            self.has(k, NOT_DECADE)
                && !self.has(k, DETERMINER)
                && self.tok(k).is_some_and(|t| t.end - t.start >= 5)
                && self.same_sentence(k, first)
        }) {
            return None;
        }
        let nn = t.value as i32;
        let value = self.century_of(nn).map(|(y, a)| {
            (
                TimeValue::range(PartialDate::year(y), PartialDate::year(y + 9)),
                a,
            )
        });
        self.emit(
            first,
            j + 1,
            Spec::Fixed(value.map(|v| v.0), value.map(|v| v.1)),
            "decade",
        );
        Some(j + 1)
    }

    /// `the sixties`, `the early seventies`, `the mid-eighties` (`spelled_decades`):
    /// the decade, in the century `century_of` gives a two-digit decade; with a part,
    /// the decade's part (TIMEX3 the decade). Only after "the" (with its part between):
    /// "in his sixties" is an age, and so is any `not_decade_words` just before.
    fn spelled_decade(&mut self, i: usize) -> Option<usize> {
        if !self.word_eq(i, "the") && !self.word_eq(i, "The") {
            return None;
        }
        let mut j = i + 1;
        let part = self
            .lex(j)
            .filter(|l| !l.has(PART_NOUN))
            .and_then(|l| l.part);
        if part.is_some() {
            j += 1;
            if self.is_dash(j) {
                j += 1;
            }
        }
        let t = self.tok(j).filter(|t| t.kind == Kind::Word)?;
        let word = self
            .text
            .get(t.start as usize..t.end as usize)?
            .to_lowercase();
        let place = self.rules.spelled_decades.iter().position(|w| *w == word)?;
        // "the sixties-era cars" modifies a noun; "the nineties's" is no decade either.
        if self
            .tok(j + 1)
            .is_some_and(|a| a.glued() && a.kind != Kind::Punct)
        {
            return None;
        }
        if (i.saturating_sub(4)..i).any(|k| self.has(k, NOT_DECADE) && self.same_sentence(k, i)) {
            return None;
        }
        let nn = 20 + 10 * place as i32;
        let (lo, hi) = match part {
            None => (0, 9),
            Some(Part::Early) => (0, 3),
            Some(Part::Mid) => (4, 6),
            Some(Part::Late) => (7, 9),
        };
        let value = self.century_of(nn).map(|(y, a)| {
            (
                TimeValue::range(PartialDate::year(y + lo), PartialDate::year(y + hi)),
                a,
            )
        });
        let rule = if part.is_some() { "part_of" } else { "decade" };
        self.emit(
            i,
            j + 1,
            Spec::Fixed(value.map(|v| v.0), value.map(|v| v.1)),
            rule,
        );
        Some(j + 1)
    }

    /// `since '82`, `in '08`: a year written with two digits after an apostrophe and a
    /// year context word: the last such year up to the publication date (none without one).
    fn short_year(&mut self, i: usize) -> Option<usize> {
        let t = *self.tok(i)?;
        if t.kind != Kind::Num || t.digits != 2 {
            return None;
        }
        let a = self.apostrophe_before(i)?;
        let context = self.tok(a).is_some_and(|t| !t.glued())
            && self.prev(a).is_some_and(|p| {
                self.has(p, YEAR_CONTEXT) || self.month_at(p).is_some_and(|(_, e, _)| e == a)
            });
        if !context
            || self
                .tok(i + 1)
                .is_some_and(|n| n.glued() && n.kind != Kind::Punct)
        {
            return None;
        }
        let p = self.ctx.published?;
        let nn = t.value as i32;
        let mut year = p.year - p.year.rem_euclid(100) + nn;
        if year > p.year {
            year -= 100;
        }
        let value = TimeValue::point(PartialDate::year(year));
        self.emit(
            a,
            i + 1,
            Spec::Fixed(Some(value), Some(Anchor::Published)),
            "year",
        );
        Some(i + 1)
    }

    /// `the past`, `the near term`, `for the time being` (`vague_phrases`), ending at
    /// token `i`: PAST_REF and FUTURE_REF have no date; PRESENT_REF is the publication
    /// date. Not before "of", a number, a unit or a vague count ("the past decade",
    /// "the future of"), nor, for a phrase ending in an adjective, before a noun.
    fn vague_phrase(&mut self, i: usize) -> Option<usize> {
        let word_is = |k: usize, w: &str| {
            self.tok(k)
                .filter(|t| t.kind == Kind::Word)
                .and_then(|t| self.text.get(t.start as usize..t.end as usize))
                .is_some_and(|s| s.eq_ignore_ascii_case(w))
        };
        let phrase = self.rules.vague_phrases.iter().find(|p| {
            let n = p.words.len();
            n <= i + 1
                && p.words
                    .iter()
                    .enumerate()
                    .all(|(j, w)| word_is(i + 1 - n + j, w))
        })?;
        let (start, kind) = (i + 1 - phrase.words.len(), phrase.kind);
        let next = i + 1;
        let counted = self.tok(next).is_some_and(|t| t.kind == Kind::Num)
            || self.lex(next).is_some_and(|l| {
                (l.number > 0 && !l.has(DETERMINER)) || l.unit.is_some() || l.has(VAGUE)
            });
        let function_word = |k: usize| {
            self.lex(k).is_some_and(|l| {
                l.has(FUNCTION_WORD)
                    || l.has(AND)
                    || l.has(OR)
                    || l.has(CLAUSE_BREAK)
                    || l.has(YEAR_CONTEXT)
                    || l.has(AUXILIARY)
                    || l.has(FUTURE)
                    || l.has(PAST)
                    || l.has(DETERMINER)
                    || l.has(THE_DAY_BLOCKER)
            })
        };
        let noun_after =
            self.has(i, ADJECTIVE_END) && self.is_lower_word(next) && !function_word(next);
        if self.has(next, OF) || counted || noun_after || self.is_dash(next) {
            return None;
        }
        let (value, anchor, rule) = match kind {
            VagueRef::Past => (None, None, "past_ref"),
            VagueRef::Future => (None, None, "future_ref"),
            VagueRef::Present => {
                let v = self.ctx.published.map(TimeValue::point);
                (v, v.map(|_| Anchor::Published), "present_ref")
            }
        };
        self.emit(start, i + 1, Spec::Fixed(value, anchor), rule);
        Some(i + 1)
    }

    /// `recent moves`, `in recent years`: PAST_REF (with a plural unit after it, one
    /// expression); `their most recent model` ranks and is no date. Returns the index
    /// after what it read.
    fn recent_adjective(&mut self, i: usize) -> usize {
        if self.prev(i).is_some_and(|p| self.has(p, SUPERLATIVE))
            || !self.tok(i + 1).is_some_and(|t| t.kind == Kind::Word)
        {
            return i + 1;
        }
        let plural_unit = self.lex(i + 1).is_some_and(|l| l.unit.is_some())
            && self
                .tok(i + 1)
                .and_then(|t| self.text.get(t.start as usize..t.end as usize))
                .is_some_and(|w| w.ends_with('s'));
        let end = if plural_unit { i + 2 } else { i + 1 };
        self.emit(i, end, Spec::Fixed(None, None), "past_ref");
        end
    }

    fn at_word(&mut self, i: usize) -> Option<usize> {
        let lex = self.lex(i)?;
        if lex.part == Some(Part::Mid) && !lex.has(PART_NOUN) {
            if let Some(n) = self.midyear(i) {
                return Some(n);
            }
        }
        if lex.has(HOLIDAY) {
            if let Some(n) = self.holiday(i) {
                return Some(n);
            }
        }
        if lex.has(DETERMINER) {
            if let Some(n) = self.spelled_decade(i) {
                return Some(n);
            }
            if let Some(n) = self.new_year(i) {
                return Some(n);
            }
            if let Some(n) = self.turn_of_century(i) {
                return Some(n);
            }
        }
        if lex.month_full {
            if let Some(n) = self.month_quarter(i) {
                return Some(n);
            }
        }
        if lex.ordinal > 0 && self.is_lower_word(i) {
            if let Some(end) = self.century(i, u32::from(lex.ordinal), i + 1) {
                return Some(end);
            }
        }
        if lex.has(SINCE) || lex.has(UNTIL) {
            if let Some(n) = self.since_until(i, lex.has(SINCE)) {
                return Some(n);
            }
        }
        if lex.has(BETWEEN) || lex.has(FROM) {
            if let Some(n) = self.prefixed_range(i, lex.has(BETWEEN)) {
                return Some(n);
            }
        }
        if lex.part.is_some()
            || lex.season.is_some()
            || (lex.has(DETERMINER) && self.has(i + 1, PART_NOUN))
        {
            if let Some((a, b)) = self.part_expr(i).or_else(|| self.season_expr(i)) {
                let rule = if lex.season.is_some() {
                    "season"
                } else {
                    "part_of"
                };
                // "late 2006" is 2006 with its part named (TIMEX3: value 2006, mod END):
                // which months "late" covers is the writer's, not ours to fix.
                let year_part = rule == "part_of"
                    && a.year.is_some()
                    && a.year == b.year
                    && a.month.is_some()
                    && a.month != b.month;
                let spec = if year_part {
                    Spec::Point(D { month: None, ..a })
                } else if a.key() == b.key() {
                    Spec::Point(a)
                } else {
                    Spec::Range(a, b)
                };
                self.emit(a.start, b.end, spec, rule);
                return Some(b.end);
            }
            if let Some(n) = self.part_of_unit(i) {
                return Some(n);
            }
            if let Some(n) = self.that_season(i) {
                return Some(n);
            }
            if let Some(n) = self.following_season(i) {
                return Some(n);
            }
            if let Some(n) = self.bare_season(i) {
                return Some(n);
            }
        }
        if lex.has(NOW) {
            return self.now(i);
        }
        if lex.has(LAST) || lex.has(THIS) {
            if let Some(n) = self.deictic_day_part(i) {
                return Some(n);
            }
        }
        if let Some(days) = lex.day_offset {
            return self.day_offset(i, days);
        }
        // "recently", "in recent years", "the future": no day a reader could place
        // (TIMEX3 PAST_REF, FUTURE_REF): tagged, with no date value.
        if lex.has(VAGUE_END) {
            if let Some(n) = self.vague_phrase(i) {
                return Some(n);
            }
        }
        if lex.has(RECENT) {
            self.emit(i, i + 1, Spec::Fixed(None, None), "past_ref");
            return Some(i + 1);
        }
        if lex.has(RECENT_ADJECTIVE) {
            return Some(self.recent_adjective(i));
        }
        if lex.has(WEEKEND) {
            if let Some(n) = self.weekend(i) {
                return Some(n);
            }
        }
        if lex.quarter > 0 || lex.has(LAST) {
            if let Some(n) = self.months_of_year(i) {
                return Some(n);
            }
            if let Some(n) = self.quarter_expr(i) {
                return Some(n);
            }
        }
        if (lex.has(LAST) || lex.has(NEXT) || lex.has(THIS))
            && self.lex(i + 1).is_some_and(|l| l.weekday > 0)
        {
            if let Some(n) = self.weekday(i + 1) {
                return Some(n);
            }
        }
        if lex.has(DETERMINER) {
            if let Some(n) = self
                .the_day(i)
                .or_else(|| self.the_year(i))
                .or_else(|| self.the_part(i))
                .or_else(|| self.year_earlier_period(i))
            {
                return Some(n);
            }
        }
        if lex.has(LAST) || lex.has(NEXT) || lex.has(THIS) {
            if let Some(n) = self.deictic(i, lex) {
                return Some(n);
            }
        }
        if lex.has(DETERMINER) {
            if let Some(n) = self.same_part_of_year(i) {
                return Some(n);
            }
        }
        if lex.has(DETERMINER) || lex.has(SAME) {
            if let Some(n) = self.narrative_relative(i) {
                return Some(n);
            }
        }
        if lex.unit == Some(Unit::Year) {
            if let Some(n) = self.year_end(i) {
                return Some(n);
            }
        }
        if lex.has(QUARTER) {
            if let Some(n) = self.quarter_end(i) {
                return Some(n);
            }
        }
        if lex.number > 0 || lex.has(VAGUE) {
            if let Some(n) = self.duration(i) {
                return Some(n);
            }
        }
        if lex.month > 0 {
            if let Some(n) = self.month_span_quarter(i) {
                return Some(n);
            }
            return self.date_chain(i);
        }
        if lex.weekday > 0 {
            return self.date_chain(i).or_else(|| self.weekday(i));
        }
        None
    }

    /// How far "last" (-1), "next" (+1) or "this" (0) at token `k` moves from now.
    fn deictic_shift(&self, k: usize) -> Option<i32> {
        let lex = self.lex(k)?;
        if lex.has(LAST) {
            Some(-1)
        } else if lex.has(NEXT) {
            Some(1)
        } else if lex.has(THIS) {
            Some(0)
        } else {
            None
        }
    }

    /// The publication date when it names a day (the anchor of "yesterday", "Friday").
    fn pub_day(&self) -> Option<PartialDate> {
        self.ctx.published.filter(|p| p.day.is_some())
    }

    /// `yesterday`, `tomorrow`, `tonight`: days from the publication date.
    fn day_offset(&mut self, i: usize, days: i8) -> Option<usize> {
        // "It seems like yesterday": a figure of speech, no day.
        if self.phrase_before(i, &self.rules.day_simile) {
            return Some(i + 1);
        }
        let value = self
            .pub_day()
            .and_then(|p| add_days(p, i32::from(days)))
            .map(TimeValue::point);
        // "tonight" is a time of day itself; "yesterday morning" has one after it.
        let (end, rule) = match self.lex(i).map(|l| l.day_part) {
            Some(p @ 1..=4) => (i + 1, TIME_RULES[usize::from(p) - 1]),
            _ => self.day_part_after(i + 1, "day_offset"),
        };
        self.emit(
            i,
            end,
            Spec::Fixed(value, value.map(|_| Anchor::Published)),
            rule,
        );
        self.set_narrative_day(value, i);
        Some(end)
    }

    /// A day the story itself names becomes the date "the same day" refers to.
    fn set_narrative_day(&mut self, value: Option<TimeValue>, at: usize) {
        if let Some(v) = value.and_then(|v| v.start) {
            self.narrative_date = Some(v);
            self.narrative_date_tok = at;
            if v.day.is_some() {
                self.narrative_day = Some(v);
                self.narrative_day_tok = usize::MAX;
            }
        }
    }

    /// Whether a date at token `at` is background to the narrative's day: in the same
    /// sentence, earlier than it, and after a relative pronoun that follows that day
    /// ("On March 20, X reported ..., which were banned on February 28") or a year of
    /// its own before the day's ("On May 8, authorities hanged X for a murder committed
    /// in 1998. ... two days earlier": the story stands on May 8).
    fn background_day(&self, at: usize, date: Option<PartialDate>) -> bool {
        let (Some(day), Some(date)) = (self.narrative_day, date) else {
            return false;
        };
        let from = self.narrative_day_tok;
        // "June 14, 2019 / On a night in August 1987, ...": a byline's day alone on its
        // line is no sentence the next line's dates are background to.
        let line_start = |k: usize| self.tok(k).is_some_and(|t| t.has(LINE_START));
        let alone_on_line = line_start(from) && (from + 1..=at.min(from + 6)).any(line_start);
        from != usize::MAX
            && from < at
            && date < day
            && !alone_on_line
            && self.same_sentence(from, at)
            && ((date.day.is_none() && date.year < day.year)
                || (from + 1..at).any(|k| self.has(k, RELATIVE) && self.is_lower_word(k)))
    }

    /// Whether token `k` follows a lower-case determiner ("the lost days", "the failed
    /// talks"): a participle there is an adjective, no verb of the past ("that" is left
    /// out: "the plant that closed in May" has its verb after it).
    fn after_determiner(&self, k: usize) -> bool {
        k.checked_sub(1)
            .is_some_and(|p| self.has(p, DETERMINER) && !self.has(p, SAME) && self.is_lower_word(p))
    }

    /// The comma that opens a noun in apposition closed by the comma at `close`: "Narges
    /// Mohammadi, a prominent rights defender, until": a capitalised name before the
    /// opening comma, a lower-case determiner after it, at most nine words (or hyphens) and no verb
    /// of the past in between. `None` when the comma closes anything else.
    fn apposition_opening(&self, close: usize) -> Option<usize> {
        let open = (close.saturating_sub(10)..close).rev().find(|&k| {
            self.tok(k)
                .is_some_and(|t| t.kind != Kind::Word && !t.is_punct('-'))
        })?;
        let t = self.tok(open)?;
        let named = open
            .checked_sub(1)
            .and_then(|p| self.tok(p))
            .is_some_and(|p| p.kind == Kind::Word && p.has(CAP));
        let noun = (open + 2..close).all(|k| {
            self.tok(k).is_some_and(|t| {
                (t.kind == Kind::Word && !self.is_past_verb_word(k)) || t.is_punct('-')
            })
        });
        (t.is_punct(',')
            && named
            && self.has(open + 1, DETERMINER)
            && self.is_lower_word(open + 1)
            && close > open + 2
            && noun)
            .then_some(open)
    }

    /// Token `k` opens a line that carries on the sentence of the line before: a
    /// hard-wrapped line ("lifted its\nmoratorium on executions in March"), a lower-case
    /// word after a word or a comma with a single line break between. A line after a
    /// blank line, or after a stop, a colon or a heading's capitalised word, opens anew.
    fn continues_line(&self, k: usize) -> bool {
        let (Some(t), Some(p)) = (self.tok(k), k.checked_sub(1).and_then(|p| self.tok(p))) else {
            return false;
        };
        t.kind == Kind::Word
            && !t.has(CAP)
            && ((p.kind == Kind::Word && !p.has(CAP)) || p.is_punct(','))
            && self
                .text
                .get(p.end as usize..t.start as usize)
                .is_some_and(|gap| gap.matches('\n').count() == 1)
    }

    /// The tense of the sentence around token `at`, as it places a date against the
    /// publication date: the nearest marker before it (at most 15 tokens back), else the
    /// nearest after it (at most 12 tokens on), within the sentence.
    fn tense(&self, at: usize) -> Tense {
        // "a challenge brought by four prisoners", "the case, filed by her lawyers,": a
        // participle before "by" after a noun or a comma is a clause about the noun,
        // not the sentence's verb.
        let reduced_relative = |k: usize| {
            self.is_lower_word(k)
                && self.word_eq(k + 1, "by")
                && k.checked_sub(1).is_some_and(|a| {
                    self.is_punct(a, ',')
                        || (self.is_lower_word(a)
                            && self.lex(a).is_none()
                            && !self.word_in(a, &self.rules.participle_auxiliaries)
                            && !self.word_in(a, &self.rules.modals))
                })
        };
        let marker = |k: usize| -> Option<Tense> {
            let t = self.tok(k)?;
            if t.kind != Kind::Word {
                return None;
            }
            if self.has(k, PAST) && !self.has(k, LAST | EARLIER) && reduced_relative(k) {
                return None;
            }
            // "the ban could last into Sunday": "last" after a modal, "will" or "to" is
            // the verb, no mark of the past; the word before it gives the tense.
            if self.has(k, LAST)
                && self.is_lower_word(k)
                && k.checked_sub(1).is_some_and(|a| {
                    self.word_in(a, &self.rules.modals)
                        || self.has(a, FUTURE)
                        || self.word_eq(a, "to")
                })
            {
                return None;
            }
            let to_after = self
                .tok(k + 1)
                .and_then(|n| self.text.get(n.start as usize..n.end as usize))
                .is_some_and(|w| w.eq_ignore_ascii_case("to"));
            // "Economists expect growth to slow in the second half"; "recommended the
            // project Thursday": after a determiner the word is a noun.
            if self.has(k, FORECAST) && self.is_lower_word(k) && !self.after_determiner(k) {
                return Some(Tense::Expect);
            }
            // "did not pass the budget until June 30": a past wait.
            if self.has(k, UNTIL) && self.until_past(k) {
                return Some(Tense::Past);
            }
            // "due to the storm" gives a cause, not a time; "is due to be debated", "is
            // due to sign the deal" (a verb: "be", or a word then a determiner) a schedule.
            if self.has(k, FUTURE) && (!to_after || self.has(k, FUTURE_BEFORE_TO)) {
                return Some(Tense::Future);
            }
            if self.has(k, FUTURE)
                && to_after
                && self.is_lower_word(k)
                && self.is_lower_word(k + 2)
                && (self.word_eq(k + 2, "be")
                    || (self.lex(k + 2).is_none()
                        && self.has(k + 3, DETERMINER)
                        && self.is_lower_word(k + 3)))
            {
                return Some(Tense::Future);
            }
            if self.has(k, FUTURE_BEFORE_TO) && to_after {
                return Some(Tense::Future);
            }
            if self.text.get(t.start as usize..t.end as usize) == Some("ll")
                && t.glued()
                && k.checked_sub(1)
                    .is_some_and(|a| self.is_punct(a, '\'') || self.is_punct(a, '’'))
            {
                return Some(Tense::Future); // "we'll"
            }
            if !t.has(CAP) {
                let word_is = |k: usize, list: &[String]| {
                    self.tok(k)
                        .and_then(|n| self.text.get(n.start as usize..n.end as usize))
                        .is_some_and(|w| list.iter().any(|m| w.eq_ignore_ascii_case(m)))
                };
                let next_is = |w: &str| {
                    self.tok(k + 1)
                        .and_then(|n| self.text.get(n.start as usize..n.end as usize))
                        .is_some_and(|n| n.eq_ignore_ascii_case(w))
                };
                // "could make landfall by Thursday"; "may have died on Monday" is past.
                if word_is(k, &self.rules.modals) {
                    return Some(if next_is("have") {
                        Tense::Past
                    } else {
                        Tense::Future
                    });
                }
                // "Sentencing was set for April 29": a schedule.
                if word_is(k, &self.rules.schedule_before_for) && next_is("for") {
                    return Some(Tense::Future);
                }
            }
            // "the lost days": a participle after a determiner is an adjective.
            if self.has(k, PAST) && !self.has(k, LAST | EARLIER) && self.after_determiner(k) {
                return None;
            }
            // "would now be held on Tuesday": a participle after "be"; its auxiliary, or
            // a word before it, gives the tense.
            if self.has(k, PAST)
                && !self.has(k, LAST | EARLIER)
                && k.checked_sub(1)
                    .and_then(|a| self.tok(a))
                    .and_then(|a| self.text.get(a.start as usize..a.end as usize))
                    .is_some_and(|w| self.rules.participle_auxiliaries.iter().any(|x| x == w))
            {
                return None;
            }
            self.has(k, PAST).then_some(Tense::Past)
        };
        // "is expected in July": a participle after "is" or "are" is a present passive,
        // no past.
        let present_passive = |k: usize| {
            k.checked_sub(1)
                .and_then(|a| self.tok(a))
                .and_then(|a| self.text.get(a.start as usize..a.end as usize))
                .is_some_and(|w| w.eq_ignore_ascii_case("is") || w.eq_ignore_ascii_case("are"))
        };
        let past_verb = |k: usize| {
            !present_passive(k)
                && !self.after_determiner(k)
                && !reduced_relative(k)
                && self.tok(k).is_some_and(|t| {
                    !t.has(CAP)
                        && t.end - t.start >= 5
                        && self
                            .text
                            .get(t.start as usize..t.end as usize)
                            .is_some_and(|w| {
                                self.rules
                                    .past_suffixes
                                    .iter()
                                    .any(|s| w.ends_with(s.as_str()))
                            })
                })
        };
        // The stop of an abbreviation ("through Dec. 31 and", "the U.S. market") ends
        // no sentence: a stop ends one before a capital or a line's start only.
        // "at 10 a.m. Eastern time on Thursday": the clock's stop neither.
        let clock_stop = |k: usize| {
            k >= 3
                && self.word_eq(k - 1, "m")
                && self.is_punct(k - 2, '.')
                && (self.word_eq(k - 3, "a") || self.word_eq(k - 3, "p"))
                && self.tok(k + 1).is_some_and(|n| !n.has(LINE_START))
        };
        let ends_sentence = |k: usize| {
            self.tok(k).is_some_and(|t| {
                t.is_punct('!')
                    || t.is_punct('?')
                    || t.is_punct(';')
                    || (t.is_punct('.')
                        && !clock_stop(k)
                        && (self.tok(k + 1).is_none() || self.capital_after_stop(k)))
            })
        };
        // "..., after January brought the worst smog": a clause opens at the date and its
        // own verb, after it, gives its tense before anything of the clause before.
        // "the weather service said the weekend would bring little relief": a date
        // with its determiner right after a verb of `reporting_verbs` opens the clause
        // said, whose verb comes after it.
        let reported = self.has(at, DETERMINER)
            && !self.has(at, SAME)
            && self.is_lower_word(at)
            && self.prev(at).and_then(|p| self.tok(p)).is_some_and(|p| {
                self.text
                    .get(p.start as usize..p.end as usize)
                    .is_some_and(|w| self.rules.reporting_verbs.iter().any(|r| r == w))
            });
        if reported
            || self
                .prev(at)
                .is_some_and(|p| self.has(p, CLAUSE_BREAK) && self.is_lower_word(p))
        {
            for k in at + 1..at + 8 {
                let Some(t) = self.tok(k) else { break };
                if ends_sentence(k)
                    || t.has(LINE_START)
                    || t.is_punct(',')
                    || self.has(k, CLAUSE_BREAK)
                {
                    break;
                }
                if let Some(tense) = marker(k) {
                    return tense;
                }
            }
        }
        // A past participle ("will be completed") must not outvote "will": a verb in
        // "-ed" counts only when no marker stands in the window.
        let mut saw_past_verb = false;
        // "Voters go to the polls on Monday": a verb of a schedule in the present.
        let mut saw_present = false;
        // That verb stands nearer the date than any verb in "-ed" before it
        // ("Castleford, relegated in 2010, face Cardiff on Wednesday"): it is the date's.
        let mut present_nearer = false;
        let mut k = at;
        // The date opens its sentence ("On Monday, he will ..."): at most one word
        // before it since the sentence began.
        let mut opens = self.tok(at).is_some_and(|t| t.has(LINE_START)) || at == 0;
        for step in 0..24 {
            // Past 15 words, a clause with no verb yet seen is read further back for a
            // modal or "will" only ("could bring up to a foot of snow and
            // hurricane-force gusts to New England on Thursday").
            let far = step >= 15;
            if far && (saw_past_verb || saw_present) {
                break;
            }
            let Some(p) = k.checked_sub(1) else {
                opens |= step <= 1;
                break;
            };
            k = p;
            let Some(t) = self.tok(k) else { break };
            if ends_sentence(k) {
                opens |= step <= 1;
                break;
            }
            // ", and aid could arrive by mid-July": a clause of its own after the comma;
            // the past before it ("Farmers asked last month, and ...") is not its tense.
            let coordinator = self.has(k, AND)
                || self
                    .text
                    .get(t.start as usize..t.end as usize)
                    .is_some_and(|w| w == "but");
            if coordinator && k.checked_sub(1).is_some_and(|c| self.is_punct(c, ',')) {
                break;
            }
            if step == 0 && t.has(LINE_START) {
                opens = true;
            }
            match marker(k) {
                Some(tense @ (Tense::Future | Tense::Expect)) => return tense,
                Some(_) if far => break,
                Some(tense) => return tense,
                None => {}
            }
            if far {
                if t.has(LINE_START) && !self.continues_line(k) {
                    break;
                }
                continue;
            }
            if t.kind == Kind::Word && past_verb(k) {
                saw_past_verb = true;
            }
            // "the vote Monday", "at the close Tuesday": a noun after a determiner.
            if !t.has(CAP) && self.has(k, PRESENT_SCHEDULE) && !self.after_determiner(k) {
                saw_present = true;
                present_nearer |= !saw_past_verb;
                // "fiscal 1998, which ends May 31": the schedule's verb right before
                // the date (or before "on" or "in" and the date) is its own tense,
                // whatever the clause that holds it says.
                let on_in = self
                    .tok(k + 1)
                    .and_then(|n| self.text.get(n.start as usize..n.end as usize))
                    .is_some_and(|w| w == "on" || w == "in");
                if step == 0 || (step == 1 && on_in) {
                    return Tense::Future;
                }
            }
            if t.has(LINE_START) && !self.continues_line(k) {
                break;
            }
        }
        // A date that opens its sentence has its verb after the comma that closes it.
        let mut end = at + 7;
        let mut k = at;
        loop {
            k += 1;
            if k >= end {
                break;
            }
            let Some(t) = self.tok(k) else { break };
            if opens && end == at + 7 && k <= at + 2 && t.is_punct(',') {
                end = k + 7;
                // "In April, after bombs killed 45 people, the President declared ...":
                // a clause that opens after the date's comma (`clause_breaks`) is an
                // aside; the main verb comes after the comma that closes it.
                if self.has(k + 1, CLAUSE_BREAK) && self.is_lower_word(k + 1) {
                    let close = (k + 2..k + 16)
                        .take_while(|&c| !ends_sentence(c) && self.tok(c).is_some())
                        .find(|&c| self.is_punct(c, ','));
                    if let Some(c) = close {
                        end = c + 8;
                        k = c;
                    }
                }
                continue;
            }
            if ends_sentence(k)
                || (t.has(LINE_START) && !self.continues_line(k))
                || t.is_punct(',')
                || self.has(k, CLAUSE_BREAK)
            {
                break;
            }
            if let Some(tense) = marker(k) {
                return tense;
            }
            // "In April a court rejected ...": a sentence that opens with its
            // date has its verb after it.
            if t.kind == Kind::Word && past_verb(k) {
                saw_past_verb = true;
            }
            if !t.has(CAP) && self.has(k, PRESENT_SCHEDULE) && !self.after_determiner(k) {
                saw_present = true;
            }
        }
        if saw_past_verb && !present_nearer {
            Tense::Past
        } else if saw_present {
            Tense::Future
        } else {
            Tense::Unknown
        }
    }

    /// `Friday`, `on Monday`, `last Friday`, `next Tuesday`: in a news story, the day
    /// of that name nearest the publication date, before it for a sentence in the past,
    /// after it for one in the future (the day itself when it is that weekday); "last"
    /// and "next" exclude the day itself. Elsewhere the day is kept unresolved. A
    /// capitalised word of `weekday_name_words` before it makes a name ("Black Monday",
    /// "Good Friday"): not a date.
    fn weekday(&mut self, i: usize) -> Option<usize> {
        let t = *self.tok(i)?;
        let lex = self.lex(i)?;
        if lex.weekday == 0 || !lex.weekday_full || !t.has(CAP) {
            return None;
        }
        if self.after_set_quantifier(i) {
            return Some(i + 1); // "every Tuesday": a SET, no day of the narrative
        }
        // "the deadline fell on a Sunday": any day of that name, no day of the narrative;
        // "at a Wednesday media event" (a noun after it) is the day.
        let noun_after = self.tok(i + 1).is_some_and(|n| {
            n.kind == Kind::Word
                && !n.has(LINE_START)
                && self.is_lower_word(i + 1)
                && !self.has(i + 1, FUNCTION_WORD)
                && !self.has(i + 1, AND)
                && !self.has(i + 1, CLAUSE_BREAK)
                // "falls on a Sunday this year": a deictic word opens a date, no noun
                && !self.has(i + 1, THIS | LAST | NEXT)
        });
        if !noun_after
            && self
                .prev(i)
                .is_some_and(|p| self.word_eq(p, "a") || self.word_eq(p, "an"))
        {
            return Some(i + 1);
        }
        let prefix = self
            .prev(i)
            .filter(|&p| self.has(p, LAST) || self.has(p, NEXT) || self.has(p, THIS));
        if prefix.is_none() {
            if let Some(p) = self.prev(i) {
                let pt = self.tok(p)?;
                if pt.kind == Kind::Word && pt.has(CAP) && self.has(p, WEEKDAY_NAME) {
                    return None;
                }
            }
        }
        // "Monday, 5 May" is a date (date_chain); "Monday to Friday" is a schedule.
        if self.has(i + 1, RANGE_SEP) && self.lex(i + 2).is_some_and(|l| l.weekday > 0) {
            return Some(i + 3);
        }
        let target = i32::from(lex.weekday);
        // "the following Monday", "the previous Friday": the first day of that name
        // after (before) the narrative's day, in any frame.
        let relative = self.prev(i).and_then(|p| {
            let det = self.prev(p).filter(|&d| self.has(d, DETERMINER))?;
            let sign = if self.has(p, FOLLOWING) {
                1
            } else if self.has(p, PREVIOUS) {
                -1
            } else {
                return None;
            };
            Some((det, sign))
        });
        if let (Some((det, sign)), Some(day)) = (relative, self.narrative_day) {
            let value = next_weekday(day, target, sign).map(TimeValue::point);
            let (end, rule) = self.day_part_after(i + 1, "narrative_relative");
            self.emit(
                det,
                end,
                Spec::Fixed(value, value.map(|_| Anchor::Narrative)),
                rule,
            );
            self.set_narrative_day(value, det);
            return Some(end);
        }
        if let Some(value) = self.joined_weekday(i, target).filter(|_| prefix.is_none()) {
            let value = Some(TimeValue::point(value));
            self.emit(
                i,
                i + 1,
                Spec::Fixed(value, Some(Anchor::Published)),
                "weekday",
            );
            return Some(i + 1);
        }
        let start = prefix.unwrap_or(i);
        let week_after = prefix.is_none() && self.weekday_week(i);
        // "at 11 a.m. Monday", "7 p.m. Tuesday": a clock time before the day makes one
        // TIMEX3 TIME of both, no date; its tense is read from before the clock.
        let clock = prefix.is_none().then(|| self.clock_before(i)).flatten();
        let start = clock.as_ref().map_or(start, |c| c.0);
        let value = match (self.frame, self.pub_day()) {
            (Frame::News, Some(p)) => weekday_of(p).and_then(|dct| {
                let dct = i32::from(dct);
                let back = (dct - target).rem_euclid(7);
                let ahead = (target - dct).rem_euclid(7);
                let delta = match prefix {
                    // "a week from Tuesday": seven days after the Tuesday ahead.
                    None if self.phrase_before(i, &self.rules.weekday_week_after) => ahead + 7,
                    // "a week ago Tuesday": seven days before the Tuesday behind.
                    None if self.phrase_before(i, &self.rules.weekday_week_before) => -back - 7,
                    // "on Tuesday week" (British): a week after the Tuesday ahead.
                    None if week_after => (if ahead == 0 { 7 } else { ahead }) + 7,
                    // "on the eve of Tuesday's primaries": the eve is the day of
                    // publication or the day before it, so the weekday is tomorrow
                    // or today; any other day reads as a plain weekday.
                    None if self.phrase_before(i, &self.rules.weekday_eve) && ahead == 1 => 1,
                    None if self.phrase_before(i, &self.rules.weekday_eve) && back == 0 => 0,
                    // "a parade planned for Saturday", "which falls on Sunday" (`date_ahead`):
                    // ahead, as a yearless month after one is.
                    None if self.phrase_before(i, &self.rules.date_ahead) => ahead,
                    // "Before Tuesday Primaries": ahead, unless the sentence is past.
                    None if self.phrase_before(i, &self.rules.weekday_ahead)
                        && self.tense(start) != Tense::Past =>
                    {
                        ahead
                    }
                    Some(k) if self.has(k, LAST) => -(if back == 0 { 7 } else { back }),
                    Some(k) if self.has(k, NEXT) => {
                        if ahead == 0 {
                            7
                        } else {
                            ahead
                        }
                    }
                    _ if matches!(self.tense(start), Tense::Future | Tense::Expect) => ahead,
                    _ => -back,
                };
                add_days(p, delta)
            }),
            _ => None,
        };
        let value = value.map(TimeValue::point);
        let (end, rule) = if week_after {
            (i + 2, "weekday")
        } else {
            self.day_part_after(i + 1, "weekday")
        };
        let clock_rule = clock.map(|(_, hh, mm)| format!("{CLOCK_RULE}{hh:02}:{mm:02}"));
        self.emit(
            start,
            end,
            Spec::Fixed(value, value.map(|_| Anchor::Published)),
            clock_rule.as_deref().unwrap_or(rule),
        );
        self.set_narrative_day(value, start);
        Some(end)
    }

    /// "Tuesday week" at `i` (British: a week after the Tuesday ahead): "week" in lower
    /// case right after the weekday, then a stop or a preposition ("vote on Tuesday week
    /// on a budget"; not "Monday week-long" nor "Tuesday week two").
    fn weekday_week(&self, i: usize) -> bool {
        let week = i + 1;
        self.lex(week).is_some_and(|l| l.unit == Some(Unit::Week))
            && self.word_eq(week, "week")
            && self.is_lower_word(week)
            && !self.is_dash(week + 1)
            && self.tok(week + 1).is_none_or(|n| {
                n.kind != Kind::Word && n.kind != Kind::Num
                    || n.has(LINE_START)
                    || self.has(week + 1, HOLIDAY_CONTEXT)
                    || self.has(week + 1, YEAR_CONTEXT)
            })
    }

    /// A clock time that ends right before the weekday at `i` ("11 a.m. Monday", "7:30
    /// p.m. EST Tuesday", "1600 GMT Friday"), on its line: the token it
    /// starts at, its hour (0..=23) and minute.
    fn clock_before(&self, i: usize) -> Option<(usize, u32, u32)> {
        let at = self.tok(i)?.start as usize;
        let mut from = at.saturating_sub(32);
        while !self.text.is_char_boundary(from) {
            from += 1;
        }
        let before = self.text.get(from..at)?;
        let before = &before[before.rfind('\n').map_or(0, |n| n + 1)..];
        let offset = at - before.len();
        let c = CLOCK_BEFORE.captures(before)?;
        let num = |g: usize| c.get(g).and_then(|m| m.as_str().parse::<u32>().ok());
        let (hh, mm, first) = if let Some(h) = num(1) {
            let pm = c
                .get(3)
                .is_some_and(|m| m.as_str().eq_ignore_ascii_case("p"));
            if !(1..=12).contains(&h) {
                return None;
            }
            ((h % 12) + if pm { 12 } else { 0 }, num(2).unwrap_or(0), 1)
        } else if let Some(h) = num(4) {
            (h, num(5)?, 4)
        } else {
            (num(6)?, num(7)?, 6)
        };
        if hh > 23 || mm > 59 {
            return None;
        }
        let start = offset + c.get(first)?.start();
        let k = (i.saturating_sub(10)..i)
            .find(|&k| self.tok(k).is_some_and(|t| t.start as usize == start))?;
        Some((k, hh, mm))
    }

    /// "Thursday night", "yesterday morning": a part of the day at `k` (a lower-case
    /// word of `day_parts`) makes the day a time of day (TIMEX3 TIME). The end of the
    /// expression and its rule (`time_NI`), else `k` and `rule`.
    fn day_part_after(&self, k: usize, rule: &'static str) -> (usize, &'static str) {
        match self.lex(k).map(|l| l.day_part) {
            Some(p @ 1..=4) if self.is_lower_word(k) => (k + 1, TIME_RULES[usize::from(p) - 1]),
            _ => (k, rule),
        }
    }

    /// `this morning`, `this evening`, `last night`: a part of the day of publication
    /// (or, for "last night", of the day before it).
    fn deictic_day_part(&mut self, i: usize) -> Option<usize> {
        let part = self.lex(i + 1)?.day_part;
        if part == 0 || !self.is_lower_word(i + 1) || self.has(i, NEXT) {
            return None;
        }
        let back = if self.has(i, LAST) {
            if TIME_RULES.get(usize::from(part) - 1) != Some(&"time_NI") {
                return None; // "last morning" is no phrase
            }
            1
        } else if self.has(i, THIS) && !self.has(i, CURRENT) {
            0
        } else {
            return None;
        };
        let value = self
            .pub_day()
            .and_then(|p| add_days(p, -back))
            .map(TimeValue::point);
        self.emit(
            i,
            i + 2,
            Spec::Fixed(value, value.map(|_| Anchor::Published)),
            TIME_RULES[usize::from(part) - 1],
        );
        self.set_narrative_day(value, i);
        Some(i + 2)
    }

    /// `this weekend`, `the weekend`, `last weekend`, `next weekend`: in a news story,
    /// Saturday and Sunday nearest the day of publication (that weekend itself when
    /// published on one), the last one for a sentence in the past, the next one for a
    /// sentence in the future; "last" is the one before a weekend of publication,
    /// "next" the one after it ("next weekend" said on a weekday may be either: kept
    /// unresolved). Elsewhere unresolved.
    fn weekend(&mut self, i: usize) -> Option<usize> {
        let k = self.prev(i)?;
        // "this past weekend"
        let past_word = self
            .tok(k)
            .and_then(|t| self.text.get(t.start as usize..t.end as usize))
            .is_some_and(|w| w.eq_ignore_ascii_case("past"));
        let (start, shift) = if past_word && k > 0 && self.has(k - 1, THIS) {
            (k - 1, Some(-1))
        } else if self.has(k, LAST) || self.has(k, NEXT) || self.has(k, THIS) {
            (k, self.deictic_shift(k))
        } else if self.has(k, DETERMINER) && self.lex(k).is_some_and(|l| l.number == 0) {
            (k, None) // "the weekend"
        } else {
            return None;
        };
        if self.has(i + 1, OF) {
            return None; // "the weekend of 12 May" is that date's
        }
        let value = match (self.frame, self.pub_day()) {
            (Frame::News, Some(p)) => weekday_of(p).and_then(|w| {
                let w = i32::from(w);
                let on_weekend = w >= 6;
                let past = if on_weekend { -(w - 6) } else { -(w + 1) };
                let ahead = if on_weekend { -(w - 6) } else { 6 - w };
                // "have left their homes since the weekend": the one behind.
                let since = self.prev(start).is_some_and(|p| self.has(p, SINCE));
                let delta = match shift {
                    None if since => Some(past),
                    Some(-1) if on_weekend && !past_word => Some(past - 7),
                    Some(-1) => Some(past),
                    Some(1) if on_weekend => Some(ahead + 7),
                    Some(1) => None,
                    // "urged people to stay off the roads this weekend" on a Thursday or
                    // a Friday: the weekend ahead, whatever the tense.
                    Some(0) if w >= 4 => Some(ahead),
                    _ => match self.tense(start) {
                        Tense::Past => Some(past),
                        Tense::Future | Tense::Expect => Some(ahead),
                        Tense::Unknown if on_weekend || w <= 2 => Some(past),
                        Tense::Unknown => Some(ahead),
                    },
                };
                let sat = add_days(p, delta?)?;
                Some(TimeValue::range(sat, add_days(sat, 1)?))
            }),
            _ => None,
        };
        self.emit(
            start,
            i + 1,
            Spec::Fixed(value, value.map(|_| Anchor::Published)),
            "weekend",
        );
        Some(i + 1)
    }

    /// `end the day`, `for the day`, `later in the day`: the day the story is about (the
    /// last day it named in this section, else its day of publication).
    fn the_day(&mut self, i: usize) -> Option<usize> {
        let day = i + 1;
        if !self.lex(day).is_some_and(|l| l.unit == Some(Unit::Day))
            || !self.is_lower_word(day)
            || self.tok(day).is_some_and(|t| t.end - t.start != 3)
            || !self.prev(i).is_some_and(|p| self.has(p, DAY_ENDER))
            || self.frame != Frame::News
        {
            return None;
        }
        // "the day of the vote", "the day after", "the day he was arrested"
        if self.has(day + 1, THE_DAY_BLOCKER) {
            return None;
        }
        let value = match self.narrative_day {
            Some(d) => Some((TimeValue::point(d), Anchor::Narrative)),
            None => self
                .pub_day()
                .map(|p| (TimeValue::point(p), Anchor::Published)),
        };
        self.emit(
            i,
            day + 1,
            Spec::Fixed(value.map(|v| v.0), value.map(|v| v.1)),
            "the_day",
        );
        Some(day + 1)
    }

    /// The year a yearless expression falls in when nothing in it says: the period's in
    /// a report, the publication date's in a news story (moved by the sentence's tense
    /// for a cycle position `want` of `n` when given), else the narrative's.
    /// In news, the year of a yearless month (1-12) at `at` from a whole year named
    /// from the day of publication earlier in its sentence ([`Self::news_year`]): "Last
    /// year, Hurricane Fran struck in early September" (1996-09); "would try again
    /// later this year, perhaps in the fall" (this year's fall). Not when the tense puts
    /// the month on the other side of the day of publication.
    fn news_year_for(&self, at: usize, month: i32) -> Option<i32> {
        if self.frame != Frame::News {
            return None;
        }
        let p = self.ctx.published?;
        let pm = i32::from(p.month?);
        // "Last year, Fran struck ...": a year opening the sentence heads all of it.
        let opens = |tok: usize| {
            self.tok(tok).is_some_and(|t| t.has(LINE_START))
                || tok
                    .checked_sub(1)
                    .and_then(|k| self.tok(k))
                    .is_none_or(|t| t.is_punct('.') || t.is_punct('!') || t.is_punct('?'))
        };
        let (y, _) = self.news_year.filter(|&(_, tok)| {
            tok < at && self.same_sentence(tok, at) && (opens(tok) || !self.closes_aside(tok, at))
        })?;
        let tense = self.tense(at);
        let ahead = matches!(tense, Tense::Future | Tense::Expect);
        let against = if y == p.year {
            (tense == Tense::Past && month > pm) || (ahead && month < pm)
        } else {
            (y < p.year && ahead) || (y > p.year && tense == Tense::Past)
        };
        (!against).then_some(y)
    }

    /// "Update, 10 January 2023 / On 28 December the court convicted ten": a clause in
    /// the past (at `at`) tells of no month after the month of publication, whatever year
    /// was written before it.
    fn past_after_publication(&self, at: usize, year: i32, month: u8) -> bool {
        self.ctx
            .published
            .and_then(|p| p.month.map(|m| (p.year, m)))
            .is_some_and(|pub_month| (year, month) > pub_month)
            && self.tense(at) == Tense::Past
    }

    /// A report looking back on a period closed before its publication, in a clause that
    /// looks ahead ("the case is due to be heard on 3 February", "we expect the portal to
    /// go live in the spring"): the first such part (`want` of `n` a year) after the
    /// month of publication, not the period's. None when a year written in the sentence
    /// anchors it.
    fn ahead_of_closed_period(&self, at: usize, want: i32, n: i32) -> Option<i32> {
        if self.frame != Frame::Report || n <= 0 {
            return None;
        }
        let p = self.ctx.published?;
        let pm = i32::from(p.month?);
        let end = self.ctx.period?.end?;
        if end.year >= p.year {
            return None;
        }
        if self.narrative_year.is_some()
            && self.same_sentence(self.narrative_tok, at)
            && !self.closes_aside(self.narrative_tok, at)
        {
            return None;
        }
        if !matches!(self.tense(at), Tense::Future | Tense::Expect) {
            return None;
        }
        // "was detained in February and held until November": "until" after a verb of
        // the past looks back; a verb of the past in the clause before the date (not a
        // participle after "be": "is due to be debated") says so.
        // "did not release Narges Mohammadi, a prominent rights defender, until October
        // 8": a noun in apposition between commas is skipped, not a clause boundary.
        let mut back = false;
        let mut k = at;
        let mut read = 0;
        while k > 0 && read < 12 {
            k -= 1;
            let Some(t) = self.tok(k) else { break };
            if t.is_punct('.') || t.is_punct(';') || t.is_punct('!') {
                break;
            }
            if t.is_punct(',') {
                match self.apposition_opening(k) {
                    Some(open) => {
                        k = open;
                        continue;
                    }
                    None => break,
                }
            }
            read += 1;
            if self.is_past_verb_word(k)
                && !self.after_determiner(k)
                && !k
                    .checked_sub(1)
                    .is_some_and(|a| self.word_in(a, &self.rules.participle_auxiliaries))
            {
                back = true;
                break;
            }
        }
        if back {
            return None;
        }
        let now = (pm - 1) * n / 12 + 1;
        Some(if want >= now { p.year } else { p.year + 1 })
    }

    fn frame_year(&self, at: usize, cycle: Option<(i32, i32)>) -> Option<(i32, Anchor)> {
        if self.vague_narrative(at) {
            return None;
        }
        let period = self.ctx.period.and_then(|p| Some((p.start?, p.end?)));
        let in_sentence = self.narrative_year.is_some()
            && self.same_sentence(self.narrative_tok, at)
            && !self.closes_aside(self.narrative_tok, at);
        // A cycle of twelve here is a season's first month: it lasts three.
        let last = |(want, n): (i32, i32)| if n == 12 { (want + 2, n) } else { (want, n) };
        if let Some(y) = cycle.and_then(|c| {
            let (want, n) = last(c);
            self.ahead_of_closed_period(at, want, n)
        }) {
            return Some((y, Anchor::Published));
        }
        match (self.frame, period, self.narrative_year) {
            (Frame::Report, Some((a, b)), _) if a.year == b.year => Some((a.year, Anchor::Period)),
            (Frame::Other | Frame::Report, _, Some(y)) => Some((y, Anchor::Narrative)),
            // "a loss in the fourth quarter of 2005 and for the entire year"
            (Frame::News, _, Some(y)) if in_sentence && !self.ahead_not_of(at, y, cycle) => {
                Some((y, Anchor::Narrative))
            }
            _ => {
                let p = self.ctx.published?;
                let named = cycle
                    .and_then(|(want, n)| self.news_year_for(at, (want - 1) * 12 / n.max(1) + 1));
                if let Some(y) = named {
                    return Some((y, Anchor::Published));
                }
                let shift = match (cycle, p.month) {
                    (Some((want, n)), Some(m)) => {
                        let now = (i32::from(m) - 1) * n / 12 + 1;
                        let first_month = (i32::from(m) - 1) % (12 / n).max(1) == 0;
                        year_shift(self.tense(at), now, want, n, first_month)
                    }
                    _ => 0,
                };
                Some((p.year + shift, Anchor::Published))
            }
        }
    }

    /// `the end of the year`, `the beginning of this year`, `the middle of next year`,
    /// `the end of the month`: the year (or month) the frame gives, the part named.
    fn part_of_unit(&mut self, i: usize) -> Option<usize> {
        let mut j = i;
        if self.has(j, DETERMINER) {
            j += 1;
        }
        if !self.has(j, PART_NOUN) || !self.has(j + 1, OF) {
            return None;
        }
        let which = j + 2;
        let unit_idx = which + 1;
        let unit = self.lex(unit_idx)?.unit?;
        if !self.is_lower_word(unit_idx)
            || self
                .tok(unit_idx)
                .and_then(|t| self.text.get(t.start as usize..t.end as usize))
                .is_some_and(|w| w.ends_with('s'))
        {
            return None;
        }
        let shift = match self.deictic_shift(which) {
            Some(n) => Some(n),
            None if self.has(which, DETERMINER) => None, // "the year": the frame's
            None => return None,
        };
        let value = match (unit, shift) {
            (Unit::Year, Some(n)) => self
                .ctx
                .published
                .map(|p| (PartialDate::year(p.year + n), Anchor::Published)),
            (Unit::Year, None) => self
                .frame_year(i, None)
                .map(|(y, a)| (PartialDate::year(y), a)),
            (Unit::Month, Some(n)) => self.ctx.published.and_then(|p| {
                Some((
                    add_months(PartialDate::month(p.year, p.month?), n)?,
                    Anchor::Published,
                ))
            }),
            // "at the start of the day": the day the story is about
            (Unit::Day, None) if self.frame == Frame::News => match self.narrative_day {
                Some(d) => Some((d, Anchor::Narrative)),
                None => self.pub_day().map(|p| (p, Anchor::Published)),
            },
            (Unit::Month, None) => match self.frame {
                Frame::News => self
                    .ctx
                    .published
                    .and_then(|p| Some((PartialDate::month(p.year, p.month?), Anchor::Published))),
                _ => self
                    .narrative_date
                    .and_then(|d| Some((PartialDate::month(d.year, d.month?), Anchor::Narrative))),
            },
            // "by the end of the decade", "before the end of the century": the decade
            // (century) of the year the frame gives (of the story's year, or of a year
            // written in its sentence), TIMEX3 `199` (`20`).
            (Unit::Decade | Unit::Century, None) => {
                let (y, anchor) = match self.vague_decade(i).filter(|_| unit == Unit::Decade) {
                    // "In the early 1990s, ... By the end of the decade": the decade the
                    // story stands in.
                    Some(d) => (d, Anchor::Narrative),
                    None => self.frame_year(i, None)?,
                };
                let (span, rule) = if unit == Unit::Decade {
                    (10, "decade")
                } else {
                    (100, "century")
                };
                let d = y.div_euclid(span) * span;
                let range = TimeValue::range(PartialDate::year(d), PartialDate::year(d + span - 1));
                self.emit(
                    i,
                    unit_idx + 1,
                    Spec::Fixed(Some(range), Some(anchor)),
                    rule,
                );
                return Some(unit_idx + 1);
            }
            _ => return None,
        };
        self.emit(
            i,
            unit_idx + 1,
            Spec::Fixed(value.map(|v| TimeValue::point(v.0)), value.map(|v| v.1)),
            "part_of",
        );
        Some(unit_idx + 1)
    }

    /// `That spring`, `by that fall`, `during that winter` (at `i`, the season): the
    /// season of the year the narrative wrote out last ("in July 1993 ... That spring"
    /// is `1993-SP`), in any frame: "that" points back. "That" must open the sentence or
    /// follow a word of `year_context`, so "warned that winter could be harsh" (a
    /// conjunction) is none; no year written before: nothing.
    fn that_season(&mut self, i: usize) -> Option<usize> {
        let (lo, hi) = self.lex(i)?.season?;
        let that = self.prev(i).filter(|&p| self.word_eq(p, "that"))?;
        let opens = self.tok(that).is_some_and(|t| t.has(LINE_START))
            || self.prev(that).is_some_and(|q| {
                self.is_punct(q, '.') || self.is_punct(q, '"') || self.is_punct(q, '\u{201c}')
            });
        // "relied on that spring": a thing, no time (nor a bare season).
        let not_before = self
            .prev(that)
            .is_some_and(|q| self.word_in(q, &self.rules.not_before_that_season));
        let after_prep = !not_before && self.prev(that).is_some_and(|q| self.has(q, YEAR_CONTEXT));
        // "repaid $60,000 that summer.": the season closing its sentence ("feared that
        // winter, with its cold" is a conjunction's clause).
        let closes = self
            .tok(i + 1)
            .is_some_and(|t| t.is_punct('.') || t.is_punct('!') || t.is_punct('?'));
        if not_before && !(opens || closes) {
            return Some(i + 1);
        }
        if !(opens || after_prep || closes) || !self.is_lower_word(i) || self.has(i + 1, OF) {
            return None;
        }
        // "That summer camp": a noun after it makes it no season.
        if self.is_lower_word(i + 1)
            && !self.has(i + 1, FUNCTION_WORD)
            && !self.has(i + 1, DETERMINER)
            && !self.has(i + 1, CLAUSE_BREAK)
            && !self.has(i + 1, AND)
            && !self.is_past_verb_word(i + 1)
        {
            return None;
        }
        let y = self.narrative_year?;
        let end_year = if hi < lo { y + 1 } else { y };
        let value = TimeValue::range(PartialDate::month(y, lo), PartialDate::month(end_year, hi));
        self.emit(
            that,
            i + 1,
            Spec::Fixed(Some(value), Some(Anchor::Narrative)),
            "season",
        );
        Some(i + 1)
    }

    /// "She moved in the spring of 1946 and married the following spring": the first such
    /// season after the narrative's date (TIMEX3 `1947-SP`).
    fn following_season(&mut self, i: usize) -> Option<usize> {
        let (lo, hi) = self.lex(i)?.season?;
        let f = self
            .prev(i)
            .filter(|&f| self.has(f, FOLLOWING) && self.is_lower_word(f))?;
        let the = self
            .prev(f)
            .filter(|&d| self.has(d, DETERMINER) && self.word_eq(d, "the"))?;
        if !self.is_lower_word(i) || self.has(i + 1, OF) {
            return None;
        }
        let y = self.narrative_year?;
        let later_this_year = self
            .narrative_date
            .filter(|d| d.year == y)
            .and_then(|d| d.month)
            .is_some_and(|m| lo > m);
        let y = if later_this_year { y } else { y + 1 };
        let end_year = if hi < lo { y + 1 } else { y };
        let value = TimeValue::range(PartialDate::month(y, lo), PartialDate::month(end_year, hi));
        self.emit(
            the,
            i + 1,
            Spec::Fixed(Some(value), Some(Anchor::Narrative)),
            "season",
        );
        if !later_this_year {
            // "tried the following spring. Two years later, ...": the narrative stands
            // in the season's year.
            self.narrative_year = Some(y);
            self.narrative_date = Some(PartialDate::month(y, lo));
            self.narrative_tok = the;
        }
        Some(i + 1)
    }

    /// `last summer`, `this spring`, `in the autumn`, `Autumn`: a season without its
    /// year, in the frame's year (in a news story: the last one for a sentence in the
    /// past, the next for one in the future, else the nearer).
    fn bare_season(&mut self, i: usize) -> Option<usize> {
        let prefix = self
            .prev(i)
            .filter(|&p| self.has(p, LAST) || self.has(p, NEXT) || self.has(p, THIS))
            .or_else(|| (self.has(i, LAST) || self.has(i, NEXT) || self.has(i, THIS)).then_some(i));
        let s = if prefix == Some(i) { i + 1 } else { i };
        let (lo, hi) = self.lex(s)?.season?;
        // "in the spring", "during summer", "last summer", "Autumn" opening a line,
        // "spent the summer"
        let p = s.checked_sub(1);
        // "since a fall in January" (a tumble): no season after "a" or "an".
        // "scheduled for the fall": "for" after a word of `month_after_for`.
        let p_ok = prefix.is_some()
            || p.is_some_and(|p| {
                self.has(p, YEAR_CONTEXT)
                    || (self.has(p, DETERMINER)
                        && !self.word_eq(p, "a")
                        && !self.word_eq(p, "an")
                        && p.checked_sub(1).is_some_and(|q| {
                            self.has(q, YEAR_CONTEXT)
                                || self.word_in(q, &self.rules.span_verbs)
                                || (self.word_eq(q, "for")
                                    && q.checked_sub(1).is_some_and(|v| {
                                        self.word_in(v, &self.rules.month_after_for)
                                    }))
                        }))
            })
            || self.tok(s).is_some_and(|t| t.has(LINE_START));
        // "spring water", "summer camps": a noun after it makes it no season.
        // "since last summer over visa delays": after "last", "next", "this" a function
        // word leaves it a season ("After a fall at the start" is no season).
        let noun_after = self.is_lower_word(s + 1)
            && !self.has(s + 1, AND)
            && (prefix.is_none() || !self.has(s + 1, FUNCTION_WORD))
            && !self.has(s + 1, DETERMINER)
            && !self.has(s + 1, YEAR_CONTEXT)
            // "in the fall as the dollar weakens": a clause goes on, no noun
            && !self.has(s + 1, CLAUSE_BREAK)
            // "the increases of the spring failed": a verb of the past follows, no noun
            && !self.is_past_verb_word(s + 1)
            // "in the spring primary", "before the summer driving season": after a date
            // word, a noun the season names the time of
            && !(p_ok && self.word_in(s + 1, &self.rules.season_nouns))
            // "spent the summer testing the waters": the verb's object
            && !s
                .checked_sub(2)
                .is_some_and(|q| self.word_in(q, &self.rules.span_verbs));
        // "would not reopen plants this winter even if ...": "this", "last", "next" (no
        // determiner before it) before a lower-case season make it a season whatever
        // follows; "the next fall in prices" stays none.
        let deictic = prefix.is_some_and(|k| {
            k != s
                && self.is_lower_word(s)
                && self.is_lower_word(k)
                && !k
                    .checked_sub(1)
                    .is_some_and(|q| self.has(q, DETERMINER) && self.is_lower_word(q))
        });
        if !p_ok || (noun_after && !deictic) {
            return None;
        }
        let start = prefix.unwrap_or(s);
        let year = match (prefix, self.ctx.published) {
            (Some(k), Some(p)) if self.has(k, LAST) || self.has(k, NEXT) || self.has(k, THIS) => {
                let pm = i32::from(p.month?);
                let (lo_i, hi_i) = (i32::from(lo), i32::from(hi));
                // the season of the publication date's own year that starts in `lo`
                let this = p.year;
                let ended = if hi < lo { false } else { pm > hi_i };
                let begun = pm >= lo_i;
                let y = if self.has(k, LAST) {
                    if ended {
                        this
                    } else {
                        this - 1
                    }
                } else if self.has(k, NEXT) {
                    if begun {
                        this + 1
                    } else {
                        this
                    }
                } else {
                    this
                };
                Some((y, Anchor::Published))
            }
            _ => self.frame_year(s, Some((i32::from(lo), 12))),
        };
        let value = year.map(|(y, a)| {
            let end_year = if hi < lo { y + 1 } else { y };
            (
                TimeValue::range(PartialDate::month(y, lo), PartialDate::month(end_year, hi)),
                a,
            )
        });
        self.emit(
            start,
            s + 1,
            Spec::Fixed(value.map(|v| v.0), value.map(|v| v.1)),
            "season",
        );
        Some(s + 1)
    }

    /// `during the year`, `in the year`, `throughout the year`: in an annual report the
    /// year it covers, in a news story the year of publication, else the narrative's.
    fn the_year(&mut self, i: usize) -> Option<usize> {
        // "for the entire year", "the whole year"; "the end of the fiscal year" (TIMEX3
        // `FY2013`)
        // Not as a clause's subject: "since the fiscal year began April 1".
        // "the full fiscal year": a word of `whole_words` before "fiscal" too.
        let whole = self.has(i + 1, WHOLE) && self.is_lower_word(i + 1);
        let f = if whole { i + 2 } else { i + 1 };
        let fiscal = self.has(f, FISCAL)
            && self.is_lower_word(f)
            && self.tok(f + 2).is_none_or(|n| {
                n.kind == Kind::Punct
                    || n.has(LINE_START)
                    || self
                        .lex(f + 2)
                        .is_some_and(|l| l.has(AND) || l.has(OR) || l.has(FUNCTION_WORD))
            });
        let year = if fiscal {
            f + 1
        } else if whole {
            i + 2
        } else {
            i + 1
        };
        // "a year earlier", "from a year ago": a count, not "the year"
        if self.lex(i).is_some_and(|l| l.number > 0)
            || !self.is_lower_word(i)
            || !self.lex(year).is_some_and(|l| l.unit == Some(Unit::Year))
            || !self.is_lower_word(year)
            || self.tok(year).is_some_and(|t| t.end - t.start != 4)
            || !(year > i + 1 || self.prev(i).is_some_and(|p| self.has(p, YEAR_CONTEXT)))
            || (self.has(year + 1, THE_DAY_BLOCKER) && !self.main_clause_after(i, year + 1))
            || self.is_dash(year + 1) // "the year-earlier quarter"
            || self.tok(year + 1).is_some_and(|t| t.kind == Kind::Num)
            || (year > i + 1 && !self.is_lower_word(i + 1))
        {
            return None;
        }
        let value = self.year_of_the_year(i);
        self.emit(
            i,
            year + 1,
            Spec::Fixed(
                value.map(|(y, _)| TimeValue::point(PartialDate::year(y))),
                value.map(|(_, a)| a),
            ),
            if fiscal { "fiscal_year" } else { "the_year" },
        );
        Some(year + 1)
    }

    /// `year-end`, `year's end` ("by year-end", "at year's end", "the year-end
    /// figures"): the end of the year "the year" would be there, shown as that year
    /// (TIMEX3: the year, its end a modifier), as "the end of the year" is.
    fn year_end(&mut self, i: usize) -> Option<usize> {
        let t = *self.tok(i)?;
        if t.end - t.start != 4 {
            return None; // "years"
        }
        let end_word = |k: usize| {
            self.tok(k).is_some_and(|t| t.glued() || k > i + 2)
                && self
                    .lex(k)
                    .is_some_and(|l| l.has(PART_NOUN) && l.part == Some(Part::Late))
        };
        let last = if self.is_dash(i + 1) && self.tok(i + 1).is_some_and(|t| t.glued()) {
            i + 2
        } else if self.spaced_period_end(i) {
            // "at year end": two words after a word of `period_end_before`.
            return Some(self.emit_year_end(i, i + 2));
        } else if (self.is_punct(i + 1, '\'') || self.is_punct(i + 1, '\u{2019}'))
            && self
                .tok(i + 2)
                .and_then(|t| self.text.get(t.start as usize..t.end as usize))
                == Some("s")
        {
            i + 3
        } else {
            return None;
        };
        if !end_word(last) || !self.is_lower_word(last) {
            return None;
        }
        Some(self.emit_year_end(i, last + 1))
    }

    /// Emits tokens `i..end` as the year "the year" at `i` would be, rule
    /// `year_end`; returns `end`.
    fn emit_year_end(&mut self, i: usize, end: usize) -> usize {
        let value = self.year_of_the_year(i);
        self.emit(
            i,
            end,
            Spec::Fixed(
                value.map(|(y, _)| TimeValue::point(PartialDate::year(y))),
                value.map(|(_, a)| a),
            ),
            "year_end",
        );
        end
    }

    /// "'s third quarter", "'s first half" from `i` (the apostrophe): the token of the
    /// part's number, the number, and how many such parts make a year (4 or 2).
    fn possessive_year_part(&self, i: usize) -> Option<(usize, u8, u8)> {
        if !self.possessive_s(i) {
            return None;
        }
        self.ordinal_part(i + 2)
    }

    /// "second quarter", "first half" at `k` (the ordinal): the ordinal's token, the
    /// part's number and the parts in a year.
    fn ordinal_part(&self, k: usize) -> Option<(usize, u8, u8)> {
        let q = self.lex(k)?.quarter;
        let parts: u8 = if self.has(k + 1, QUARTER) {
            4
        } else if self.has(k + 1, HALF) {
            2
        } else {
            return None;
        };
        if q == 0 || q > parts || self.tok(k + 1).is_some_and(|t| t.end - t.start > 7) {
            return None; // "quarters", "halves"
        }
        Some((k, q, parts))
    }

    /// "last year's third quarter", "next year's first half" at `i` ("last"): the quarter
    /// or half of the year the deictic word names from the publication date.
    fn year_possessive_part(&mut self, i: usize, start: usize, shift: i32) -> Option<usize> {
        if !self.is_lower_word(i + 1) || self.lex(i + 1)?.unit != Some(Unit::Year) {
            return None;
        }
        let (k, q, parts) = self.possessive_year_part(i + 2)?;
        if !self.is_lower_word(k) || !self.is_lower_word(k + 1) {
            return None;
        }
        let months = 12 / parts;
        let value = self.ctx.published.map(|p| {
            let y = p.year + shift;
            TimeValue::range(
                PartialDate::month(y, months * (q - 1) + 1),
                PartialDate::month(y, months * q),
            )
        });
        let rule = if parts == 4 { "quarter" } else { "half" };
        self.emit(
            start,
            k + 2,
            Spec::Fixed(value, value.map(|_| Anchor::Published)),
            rule,
        );
        Some(k + 2)
    }

    /// "fiscal 2013's second quarter", "fiscal year 2012's first half", "fiscal 2010
    /// second quarter" at `i` (the year): that part of the fiscal year (TIMEX3
    /// `FY2013-Q2`), one expression from "fiscal".
    fn fiscal_year_possessive_part(&mut self, i: usize) -> Option<usize> {
        let t = *self.tok(i)?;
        if t.digits != 4 || !(1000..=2100).contains(&t.value) {
            return None;
        }
        let start = self.fiscal_before(i)?;
        let (k, q, parts) = if self.tok(i + 2).is_some_and(|s| s.glued()) {
            self.possessive_year_part(i + 1)?
        } else {
            self.ordinal_part(i + 1)?
        };
        let rule = fiscal_part_rule(q, parts);
        let value = TimeValue::point(PartialDate::year(t.value as i32));
        self.set_part(value, rule, start);
        self.fiscal_year_named = Some(t.value as i32);
        self.emit(
            start,
            k + 2,
            Spec::Fixed(Some(value), Some(Anchor::Absolute)),
            rule,
        );
        Some(k + 2)
    }

    /// "year end", "quarter end" as two words right after a word of `period_end_before`
    /// ("at year end"): `i` is "year" or "quarter".
    fn spaced_period_end(&self, i: usize) -> bool {
        self.is_lower_word(i)
            && self.is_lower_word(i + 1)
            && self.tok(i + 1).is_some_and(|t| !t.glued())
            && self
                .lex(i + 1)
                .is_some_and(|l| l.has(PART_NOUN) && l.part == Some(Part::Late))
            && self
                .prev(i)
                .is_some_and(|p| self.word_in(p, &self.rules.period_end_before))
    }

    /// "at quarter end", "by quarter-end": the quarter last completed before publication
    /// when the story has named it ("Revenue for the quarter ... Backlog at quarter
    /// end"); nothing else.
    fn quarter_end(&mut self, i: usize) -> Option<usize> {
        let t = *self.tok(i)?;
        if t.end - t.start != 7 || !self.has(i, QUARTER) {
            return None; // "quarters"
        }
        let end = if self.spaced_period_end(i) {
            i + 2
        } else if self.is_dash(i + 1)
            && self.tok(i + 1).is_some_and(|t| t.glued())
            && self.tok(i + 2).is_some_and(|t| t.glued())
            && self
                .lex(i + 2)
                .is_some_and(|l| l.has(PART_NOUN) && l.part == Some(Part::Late))
            && self
                .prev(i)
                .is_some_and(|p| self.word_in(p, &self.rules.period_end_before))
        {
            i + 3
        } else {
            return None;
        };
        // The quarter last completed before publication, when the story has named it
        // ("results for the second quarter ended June 30 ... Backlog at quarter end").
        let p = self.ctx.published?;
        let q = (p.year * 4 + (i32::from(p.month?) - 1) / 3) - 1;
        let (y, q) = (q.div_euclid(4), q.rem_euclid(4) as u8);
        let v = TimeValue::range(
            PartialDate::month(y, q * 3 + 1),
            PartialDate::month(y, q * 3 + 3),
        );
        if !self.out.iter().any(|m| m.value == Some(v)) {
            return None;
        }
        self.emit(
            i,
            end,
            Spec::Fixed(Some(v), Some(Anchor::Published)),
            "quarter",
        );
        Some(end)
    }

    /// "by midyear", "at midyear": a word of the `mid` list that ends in "year", after a
    /// year context word, is the year "the year" would be (TIMEX3: the year, its middle a
    /// modifier), as "the middle of the year" is.
    fn midyear(&mut self, i: usize) -> Option<usize> {
        let t = *self.tok(i)?;
        let word = self.text.get(t.start as usize..t.end as usize)?;
        if word.len() <= 4
            || !word.to_ascii_lowercase().ends_with("year")
            || !self.is_lower_word(i)
            || !self.prev(i).is_some_and(|p| self.has(p, YEAR_CONTEXT))
            || self.tok(i + 1).is_some_and(|n| n.kind == Kind::Num)
        {
            return None;
        }
        let value = self.year_of_the_year(i);
        self.emit(
            i,
            i + 1,
            Spec::Fixed(
                value.map(|(y, _)| TimeValue::point(PartialDate::year(y))),
                value.map(|(_, a)| a),
            ),
            "the_year",
        );
        Some(i + 1)
    }

    /// Which year "the year" at `at` is. A report's own "during the year" is the year it
    /// covers, even right after a sentence set in another year ("In 2017 police
    /// arrested X. During the year she remained in detention": the report's year), except
    /// in a section headed by a year ("== 2017 =="), which tells of that year. In a news
    /// story, the year its narrative wrote out in this sentence or the one before ("She
    /// was arrested in 2019. During the year she was held ..."); else the frame's year.
    fn year_of_the_year(&self, at: usize) -> Option<(i32, Anchor)> {
        match (self.frame, self.narrative_year) {
            (Frame::Report, Some(y)) if self.heading_year.is_some() => Some((y, Anchor::Narrative)),
            (Frame::News, Some(y))
                if self.sentences_between(self.narrative_tok, at) <= 1
                    && !self.closes_aside(self.narrative_tok, at) =>
            {
                Some((y, Anchor::Narrative))
            }
            (Frame::News, _) if self.reported_part_year(at).is_some() => {
                self.reported_part_year(at).map(|y| (y, Anchor::Narrative))
            }
            _ => self.frame_year(at, None),
        }
    }

    /// "Profit rose in the fourth quarter ... For the full year, it earned ...": in a
    /// story of the year after, "the year" a result is given for is the year of the
    /// quarter or half just reported (at most two sentences back), unless its sentence
    /// looks ahead.
    fn reported_part_year(&self, at: usize) -> Option<i32> {
        let (v, _) = self.narrative_part?;
        let y = v.start?.year;
        let now = self.ctx.published?.year;
        (y < now
            && self.narrative_part_tok < at
            && self.sentences_between(self.narrative_part_tok, at) <= 2
            && matches!(self.tense(at), Tense::Past | Tense::Unknown))
        .then_some(y)
    }

    /// How many sentence ends stand between tokens `a` and `b` (2 means two or more,
    /// or too far apart to tell).
    fn sentences_between(&self, a: usize, b: usize) -> usize {
        if b < a || b - a > 300 {
            return 2;
        }
        let ends = (a..b)
            .filter(|&k| {
                self.tok(k)
                    .is_some_and(|t| t.is_punct('.') || t.is_punct('!') || t.is_punct('?'))
                    && self
                        .tok(k + 1)
                        .is_some_and(|n| !n.glued() && (n.has(CAP) || n.has(LINE_START)))
            })
            .take(2)
            .count();
        // A line of hard-wrapped prose that goes on lower-case ("died of her\ninjuries
        // on the 5th") or after a comma or a function word continues its sentence.
        let lines = (a + 1..=b)
            .filter(|&k| {
                let continues = self.is_lower_word(k)
                    || self.is_punct(k - 1, ',')
                    || (self.is_lower_word(k - 1)
                        && self.has(k - 1, FUNCTION_WORD | DETERMINER | OF | AND));
                self.tok(k).is_some_and(|t| t.has(LINE_START)) && !continues
            })
            .take(2)
            .count();
        ends.max(lines)
    }

    /// "During the year she was held": "the year" (its determiner at `i`) opens the
    /// sentence after a date word, a subject pronoun follows at `k`, and no comma closes
    /// a short clause after it (else a relative clause: "In the year she was born, ...").
    fn main_clause_after(&self, i: usize, k: usize) -> bool {
        let Some(p) = self.prev(i) else { return false };
        let opens = self.tok(p).is_some_and(|t| t.has(LINE_START))
            || self.prev(p).is_none_or(|q| {
                self.tok(q).is_some_and(|t| {
                    t.is_punct('.') || t.is_punct('!') || t.is_punct('?') || t.is_punct(':')
                })
            });
        if !self.has(k, SUBJECT) || !self.has(p, YEAR_CONTEXT) || !opens {
            return false;
        }
        for j in k + 1..k + 6 {
            let Some(t) = self.tok(j) else { return true };
            if t.is_punct(',') {
                return false;
            }
            if t.is_punct('.') || t.is_punct('!') || t.is_punct('?') || t.has(LINE_START) {
                return true;
            }
        }
        true
    }

    /// `the third quarter of 2009`, `the fourth quarter`, `third-quarter`, `the first
    /// quarter of last year`, `the last quarter` (the last one completed before the
    /// publication date). A quarter without a year takes the period's year in a report,
    /// else the narrative's, else the publication date's with the sentence's tense.
    /// "Q3 2019", "H1 2020": a capital Q (a quarter, 1 to 4) or H (a half, 1 or 2) glued
    /// to its number, then a year: `2019-Q3`, `2020-H1`. `i` is the number. Without a
    /// year ("Q3"), in news with no fiscal year named, the last such part begun by the
    /// day of publication (the next in a sentence ahead); elsewhere nothing: the label
    /// alone may be a fiscal quarter.
    /// The number at `i`, the index of the word glued before it and that word, the
    /// word a label's own ("Q3", "H1", "FY24"; not glued to what stands before it).
    fn label_before(&self, i: usize) -> Option<(Tok<'a>, usize, Tok<'a>)> {
        let t = *self.tok(i)?;
        let p = i.checked_sub(1)?;
        let letter = self
            .tok(p)
            .filter(|l| l.kind == Kind::Word && t.glued() && (!l.glued() || l.has(LINE_START)))?;
        Some((t, p, *letter))
    }

    fn quarter_label(&mut self, i: usize) -> Option<usize> {
        let (t, p, letter) = self.label_before(i)?;
        let parts: u8 = match self.text.get(letter.start as usize..letter.end as usize)? {
            "Q" => 4,
            "H" => 2,
            _ => return None,
        };
        if t.digits != 1 || t.value == 0 || t.value > u32::from(parts) {
            return None;
        }
        let q = t.value as u8;
        let months = 12 / parts;
        if self
            .tok(i + 1)
            .is_some_and(|n| n.glued() && n.kind != Kind::Punct)
        {
            return None;
        }
        let Some(year) = self.year_at(i + 1) else {
            // "rose 3 percent in Q2", "a stronger H2" in a news story that names no
            // fiscal year: the last such part begun by the day of publication, or the
            // next in a sentence ahead.
            let now = self.pub_day().filter(|_| self.frame == Frame::News)?;
            if letter.has(LINE_START) && self.tok(i + 1).is_none_or(|n| n.has(LINE_START)) {
                return None;
            }
            if parts == 4 {
                if let Some(fy) = self.story_fiscal_year(p, q) {
                    self.emit_fiscal_part(p, i + 1, fy, q);
                    return Some(i + 1);
                }
            }
            if self.fiscal_year_named.is_some() {
                return None;
            }
            let begun = months * (q - 1) < now.month?;
            let ahead = matches!(self.tense(p), Tense::Future | Tense::Expect);
            let year = if begun || ahead {
                now.year
            } else {
                now.year - 1
            };
            let value = TimeValue::range(
                PartialDate::month(year, months * (q - 1) + 1),
                PartialDate::month(year, months * q),
            );
            let rule = if parts == 4 { "quarter" } else { "half" };
            self.emit(
                p,
                i + 1,
                Spec::Fixed(Some(value), Some(Anchor::Published)),
                rule,
            );
            return Some(i + 1);
        };
        if self.tok(i + 1).is_some_and(|n| n.glued()) {
            return None;
        }
        if self
            .tok(i + 2)
            .is_some_and(|n| n.glued() && n.kind != Kind::Punct)
        {
            return None;
        }
        let value = TimeValue::range(
            PartialDate::month(year, months * (q - 1) + 1),
            PartialDate::month(year, months * q),
        );
        let rule = if parts == 4 { "quarter" } else { "half" };
        self.emit(
            p,
            i + 2,
            Spec::Fixed(Some(value), Some(Anchor::Absolute)),
            rule,
        );
        Some(i + 2)
    }

    /// The fiscal year a news story's quarter `q` at token `at` falls in, when the story
    /// says its fiscal year ends in a month other than December ("whose fiscal year
    /// ends in late January", "whose financial year ends in March"): the quarter the
    /// sentence's tense reaches from the day of publication, counted in fiscal months.
    /// A year ending in January or February is named by the year it began ("fiscal
    /// 2010" ends in January 2011), any other by the year it ends.
    fn story_fiscal_year(&self, at: usize, q: u8) -> Option<i32> {
        if self.frame != Frame::News {
            return None;
        }
        let (end, said_at, by_quarter) =
            (*self.fiscal_end.get_or_init(|| fiscal_year_end(self.text)))?;
        // Told only by a fiscal quarter's end ("its fiscal first quarter, which ended Dec.
        // 29"): a bare quarter is fiscal in a sentence that speaks of the fiscal year too
        // ("results for the fourth quarter and the full fiscal year"), not in one of a
        // rival's "record shipments for the fourth quarter".
        if by_quarter && !self.fiscal_in_sentence(at) {
            return None;
        }
        // "third-quarter profit rose ... unlike a rival, whose fiscal year ends June 30":
        // a quarter written before the story says whose fiscal year ends when is a
        // calendar quarter.
        if self.tok(at).is_none_or(|t| (t.start as usize) < said_at) {
            return None;
        }
        let now = self.pub_day()?;
        let pm = now.month?;
        let ends_in = if pm <= end { now.year } else { now.year + 1 };
        let fm = (i32::from(pm) - i32::from(end) - 1).rem_euclid(12) + 1;
        let current = (fm - 1) / 3 + 1;
        let first_month = (fm - 1) % 3 == 0;
        let shift = year_shift(self.tense(at), current, i32::from(q), 4, first_month);
        let named = if end <= 2 { ends_in - 1 } else { ends_in };
        Some(named + shift)
    }

    /// The part of a year (quarter, half, fiscal part) the story stands in from token
    /// `start`, unless it is a part figures are compared with.
    fn set_part(&mut self, value: TimeValue, rule: &'static str, start: usize) {
        if !self.compared_part(start) {
            self.narrative_part = Some((value, rule));
            self.narrative_part_tok = start;
        }
    }

    /// "rose to $612 million from $584 million in the fourth quarter of fiscal 2008",
    /// "compared with $22 million in the second half": a part of a year the figures are
    /// compared with (after "in", a figure, then "from", "than" or "compared with"), not
    /// the part the story stands in.
    fn compared_part(&self, start: usize) -> bool {
        let Some(p) = self.prev(start) else {
            return false;
        };
        if self.has(p, FROM) || self.has(p, COMPARISON) {
            return true;
        }
        if !self.word_eq(p, "in") {
            return false;
        }
        let mut figure = false;
        for k in (p.saturating_sub(6)..p).rev() {
            let Some(t) = self.tok(k) else {
                return false;
            };
            if t.kind == Kind::Num {
                figure = true;
                continue;
            }
            let compared = self.has(k, FROM)
                || self.has(k, COMPARISON)
                || (self.word_eq(k, "with")
                    && k.checked_sub(1).is_some_and(|c| {
                        self.word_eq(c, "compared") || self.word_eq(c, "comparison")
                    }));
            if compared {
                return figure;
            }
            if t.kind == Kind::Word && !self.is_lower_word(k) {
                return false;
            }
        }
        false
    }

    /// Whether the sentence of token `at` has a word of `fiscal` in it.
    fn fiscal_in_sentence(&self, at: usize) -> bool {
        let from = at.saturating_sub(60);
        (from..at + 60)
            .filter(|&k| self.tok(k).is_some())
            .any(|k| self.has(k, FISCAL) && self.same_sentence(k.min(at), k.max(at)))
    }

    /// Emit the fiscal quarter `q` of fiscal year `fy` over tokens `start..end` (TIMEX3
    /// `FY2024-Q3`), the part the narrative stands in after it.
    fn emit_fiscal_part(&mut self, start: usize, end: usize, fy: i32, q: u8) {
        let rule = fiscal_part_rule(q, 4);
        let value = TimeValue::point(PartialDate::year(fy));
        self.set_part(value, rule, start);
        self.emit(
            start,
            end,
            Spec::Fixed(Some(value), Some(Anchor::Published)),
            rule,
        );
    }

    /// `FY24`, `FY2024`: a fiscal year by its label (TIMEX3 `FY2024`); two digits are
    /// of the century that puts the year nearest the publication date.
    fn fiscal_label(&mut self, i: usize) -> Option<usize> {
        let (t, p, letter) = self.label_before(i)?;
        if self.text.get(letter.start as usize..letter.end as usize)? != "FY"
            || !(t.digits == 2 || t.digits == 4)
            || self
                .tok(i + 1)
                .is_some_and(|n| n.glued() && n.kind != Kind::Punct)
        {
            return None;
        }
        let year = if t.digits == 4 {
            t.value as i32
        } else {
            let nn = t.value as i32;
            let base = self
                .ctx
                .published
                .map_or(2000, |d| d.year.div_euclid(100) * 100);
            let y = base + nn;
            match self.ctx.published {
                Some(d) if y > d.year + 50 => y - 100,
                _ => y,
            }
        };
        let anchor = if t.digits == 4 {
            Anchor::Absolute
        } else {
            Anchor::Published
        };
        self.fiscal_year_named = Some(year);
        self.emit(
            p,
            i + 1,
            Spec::Fixed(
                Some(TimeValue::point(PartialDate::year(year))),
                Some(anchor),
            ),
            "fiscal_year",
        );
        Some(i + 1)
    }

    fn quarter_expr(&mut self, i: usize) -> Option<usize> {
        let lex = self.lex(i)?;
        let mut j = i + 1;
        if self.is_dash(j) && self.tok(j + 1).is_some_and(|t| t.glued()) {
            j += 1;
        }
        let q_tok = self.tok(j)?;
        // quarters, or halves ("the first half of 1997")
        let parts: u8 = if self.has(j, QUARTER) {
            4
        } else if self.has(j, HALF) {
            2
        } else {
            return None;
        };
        if q_tok.kind != Kind::Word
            || self
                .text
                .get(q_tok.start as usize..q_tok.end as usize)
                .is_some_and(|w| w.ends_with('s'))
        {
            return None;
        }
        let mut end = j + 1;
        let start = match self.prev(i) {
            Some(p)
                if self.has(p, DETERMINER) && self.is_lower_word(p)
                    || self
                        .tok(p)
                        .is_some_and(|t| t.has(CAP) && self.has(p, DETERMINER)) =>
            {
                p
            }
            _ => i,
        };
        // "a quarter of a century", "a quarter of the vote" are fractions, not quarters.
        if lex.quarter == 0 && !lex.has(LAST) {
            return None;
        }
        // "the fiscal first quarter", "its fiscal fourth-quarter profit", "Fiscal Fourth
        // Quarter" (a headline): that part of the fiscal year (TIMEX3 `FY2013-Q1`), of
        // the fiscal year the section wrote out last, else of the year a calendar
        // quarter of that number would have.
        if let Some(f) = self.prev(i).filter(|&f| self.has(f, FISCAL)) {
            if lex.quarter > 0 && lex.quarter <= parts && !self.has(end, OF) {
                let start = match self.prev(f) {
                    Some(p) if self.has(p, DETERMINER) => p,
                    _ => f,
                };
                let rule = fiscal_part_rule(lex.quarter, parts);
                let value = match self.fiscal_year_named {
                    Some(y) => Some((y, Anchor::Narrative)),
                    None => {
                        self.frame_year(start, Some((i32::from(lex.quarter), i32::from(parts))))
                    }
                };
                let value = value.map(|(y, a)| (TimeValue::point(PartialDate::year(y)), a));
                if let Some((v, _)) = value {
                    self.set_part(v, rule, start);
                }
                self.emit(
                    start,
                    end,
                    Spec::Fixed(value.map(|v| v.0), value.map(|v| v.1)),
                    rule,
                );
                return Some(end);
            }
        }
        // "the first quarter of the fiscal year", "the second half of the financial
        // year": a part of the fiscal year "the fiscal year" is (TIMEX3 `FY2020-Q1`),
        // shown as that year (the fiscal year's months are not said).
        if lex.quarter > 0
            && lex.quarter <= parts
            && self.has(end, OF)
            && self.has(end + 1, DETERMINER)
            && self.is_lower_word(end + 1)
            && self.has(end + 2, FISCAL)
            && self.is_lower_word(end + 2)
            && self
                .lex(end + 3)
                .is_some_and(|l| l.unit == Some(Unit::Year))
            && self.tok(end + 3).is_some_and(|t| t.end - t.start == 4)
        {
            let rule = fiscal_part_rule(lex.quarter, parts);
            let value = self.frame_year(start, Some((i32::from(lex.quarter), i32::from(parts))));
            if let Some((y, _)) = value {
                self.set_part(TimeValue::point(PartialDate::year(y)), rule, start);
            }
            self.emit(
                start,
                end + 4,
                Spec::Fixed(
                    value.map(|(y, _)| TimeValue::point(PartialDate::year(y))),
                    value.map(|(_, a)| a),
                ),
                rule,
            );
            return Some(end + 4);
        }
        // "the second half of fiscal 1998", "the third quarter of fiscal year 2004":
        // that part of the fiscal year (TIMEX3 `FY1998-H2`).
        if lex.quarter > 0
            && lex.quarter <= parts
            && self.has(end, OF)
            && self.has(end + 1, FISCAL)
            && self.is_lower_word(end + 1)
        {
            let y_at = if self
                .lex(end + 2)
                .is_some_and(|l| l.unit == Some(Unit::Year))
            {
                end + 3
            } else {
                end + 2
            };
            if let Some(y) = self.year_at(y_at) {
                let rule = fiscal_part_rule(lex.quarter, parts);
                let value = TimeValue::point(PartialDate::year(y));
                self.set_part(value, rule, start);
                self.emit(
                    start,
                    y_at + 1,
                    Spec::Fixed(Some(value), Some(Anchor::Absolute)),
                    rule,
                );
                return Some(y_at + 1);
            }
        }
        // "third-quarter profit" of a company "whose fiscal year ends in March": that
        // part of its fiscal year.
        if parts == 4 && lex.quarter > 0 && lex.quarter <= parts && !self.has(end, OF) {
            if let Some(fy) = self.story_fiscal_year(start, lex.quarter) {
                self.emit_fiscal_part(start, end, fy, lex.quarter);
                return Some(end);
            }
        }
        let mut year: Option<(i32, Anchor)> = None;
        if self.has(end, OF) {
            if let Some(y) = self.year_at(end + 1) {
                year = Some((y, Anchor::Absolute));
                end += 2;
            } else if self
                .lex(end + 2)
                .is_some_and(|l| l.unit == Some(Unit::Year))
                && self.is_lower_word(end + 2)
            {
                if let Some(shift) = self.deictic_shift(end + 1) {
                    year = Some((self.ctx.published?.year + shift, Anchor::Published));
                } else if self.has(end + 1, DETERMINER)
                    && self.lex(end + 1).is_some_and(|l| l.number == 0)
                {
                    // "the first half of the year": the frame's year
                    year = Some(self.frame_year(start, None)?);
                } else {
                    return None;
                }
                end += 3;
            }
        }
        let months = 12 / parts; // months in one part
        let part_of = |month: u8| (month - 1) / months + 1;
        let q = if lex.quarter > 0 {
            if lex.quarter > parts {
                return None; // "the third half"
            }
            lex.quarter
        } else if year.is_some() {
            parts // "the last quarter of 2009"
        } else {
            // "the last quarter": the last completed before the publication date
            let p = self.ctx.published?;
            let cq = part_of(p.month?);
            let (y, q) = if cq == 1 {
                (p.year - 1, parts)
            } else {
                (p.year, cq - 1)
            };
            year = Some((y, Anchor::Published));
            q
        };
        // "12 of them in the fourth quarter", "In the second half we defended" in the
        // report of a game: a period of play, no date.
        if year.is_none() && lex.quarter > 0 && self.game_story() {
            return Some(end);
        }
        if year.is_none() {
            year = self.frame_year(start, Some((i32::from(q), i32::from(parts))));
        }
        let value = year.map(|(y, a)| {
            (
                TimeValue::range(
                    PartialDate::month(y, months * (q - 1) + 1),
                    PartialDate::month(y, months * q),
                ),
                a,
            )
        });
        let rule = if parts == 4 { "quarter" } else { "half" };
        self.emit(
            start,
            end,
            Spec::Fixed(value.map(|v| v.0), value.map(|v| v.1)),
            rule,
        );
        if let Some((v, _)) = value {
            self.set_part(v, rule, start);
        }
        // "the fourth quarter of 2005" writes its year out: the narrative's year.
        if let Some((y, Anchor::Absolute)) = year {
            if !self.names_a_document(start, end) {
                self.narrative_year = Some(y);
                self.narrative_tok = start;
                self.narrative_date = value.and_then(|v| v.0.start);
                self.narrative_date_tok = start;
            }
        }
        Some(end)
    }

    /// "more chains will fail in the new year" (`new_year` of the rules): the year after
    /// publication when published from July on, else (or told in the past) the year of
    /// publication; "the new year-long programme" is none.
    fn new_year(&mut self, i: usize) -> Option<usize> {
        let len = self
            .rules
            .new_year
            .iter()
            .find(|w| self.words_at(i, w))?
            .len();
        let end = i + len;
        let possessive = self.is_punct(end, '\'') || self.is_punct(end, '\u{2019}');
        // "the new year-long programme": a word of its own.
        let hyphen = self.is_punct(end, '-');
        // "the first business day of the new year": a part of it, named whole.
        let part_of = self.prev(i).is_some_and(|p| self.has(p, OF));
        if possessive || hyphen || part_of || !(i + 1..end).all(|k| self.is_lower_word(k)) {
            return None;
        }
        let p = self.ctx.published?;
        // "Prisoners celebrated the new year": in the past, the publication year's own.
        let y = if p.month? >= 7 && self.tense(i) != Tense::Past {
            p.year + 1
        } else {
            p.year
        };
        let value = TimeValue::point(PartialDate::year(y));
        self.emit(
            i,
            end,
            Spec::Fixed(Some(value), Some(Anchor::Published)),
            "new_year",
        );
        Some(end)
    }

    /// "extended at the turn of the century" (`turn_of_century`): the year a century turned
    /// nearest the frame's year (the narrative's in its sentence, else publication: 1900
    /// after "built in 1889", 2000 in a story of 2012); none when that year lies more than
    /// 25 years from it (which turn is meant is then a guess).
    fn turn_of_century(&mut self, i: usize) -> Option<usize> {
        let len = self
            .rules
            .turn_of_century
            .iter()
            .find(|w| self.words_at(i, w))?
            .len();
        let (y, anchor) = self.frame_year(i, None)?;
        let turn = (y + 50).div_euclid(100) * 100;
        if (y - turn).abs() > 25 {
            return None;
        }
        let value = TimeValue::point(PartialDate::year(turn));
        self.emit(
            i,
            i + len,
            Spec::Fixed(Some(value), Some(anchor)),
            "turn_of_century",
        );
        Some(i + len)
    }

    /// "The committee meets next Tuesday and Wednesday": a weekday joined by "and" / "or"
    /// to a weekday just named that lies ahead of publication is the first day of its name
    /// after that one.
    fn joined_weekday(&self, i: usize, target: i32) -> Option<PartialDate> {
        if i < 2 || !(self.has(i - 1, AND) || self.has(i - 1, OR)) {
            return None;
        }
        let last = self.out.last().filter(|m| m.rule == "weekday")?;
        let named = self.tok(i - 2)?;
        let day = last.value?.start?;
        // "flights for Friday and Saturday" on a Friday: the day after today too.
        if last.span.end != named.end || day < self.pub_day()? {
            return None;
        }
        let delta = (target - i32::from(weekday_of(day)?)).rem_euclid(7);
        add_days(day, if delta == 0 { 7 } else { delta })
    }

    /// "the December quarter", "the March quarter": the calendar quarter that holds the
    /// month, as earnings stories name it (TIMEX3 `2012-Q4`), in the year the month takes.
    fn month_quarter(&mut self, i: usize) -> Option<usize> {
        let month = self.lex(i)?.month;
        // "the June quarter"; a headline drops the article ("Inflation hits 6.1 per cent
        // in June quarter").
        let start = self
            .prev(i)
            .filter(|&p| self.has(p, DETERMINER))
            .unwrap_or(i);
        let singular = self
            .tok(i + 1)
            .and_then(|t| self.text.get(t.start as usize..t.end as usize))
            .is_some_and(|w| !w.ends_with('s'));
        if month == 0 || !self.has(i + 1, QUARTER) || !self.is_lower_word(i + 1) || !singular {
            return None;
        }
        let q = (month - 1) / 3 + 1;
        let value = self.year_for(month, i).map(|(y, a)| {
            let v = TimeValue::range(
                PartialDate::month(y, 3 * (q - 1) + 1),
                PartialDate::month(y, 3 * q),
            );
            (v, a)
        });
        self.emit(
            start,
            i + 2,
            Spec::Fixed(value.map(|v| v.0), value.map(|v| v.1)),
            "quarter",
        );
        Some(i + 2)
    }

    /// Whether the text has a word of `game_words` ("halftime"): the report of a game.
    fn game_story(&self) -> bool {
        *self.game_story.get_or_init(|| {
            self.text
                .split(|c: char| !(c.is_alphanumeric() || c == '-'))
                .any(|w| {
                    self.rules
                        .game_words
                        .iter()
                        .any(|g| w.eq_ignore_ascii_case(g))
                })
        })
    }

    /// "the first three months of this year", "the final three months of 2012", "the
    /// first six months of 1997": the first or last quarter (half) of the year named
    /// (TIMEX3 `2013-Q1`, `2012-Q4`, `1997-H1`). Without "of" and a year it is a
    /// duration ("in the first nine months, profit fell": `P9M`).
    fn months_of_year(&mut self, i: usize) -> Option<usize> {
        let lex = self.lex(i)?;
        let first = lex.quarter == 1;
        let last = lex.has(LAST) || lex.quarter == 4;
        if !(first || last) || !self.is_lower_word(i) {
            return None;
        }
        let start = self.prev(i).filter(|&p| self.has(p, DETERMINER))?;
        let parts: u8 = match self.lex(i + 1).map(|l| l.number) {
            Some(3) => 4,
            Some(6) => 2,
            _ => return None,
        };
        if self.lex(i + 2).and_then(|l| l.unit) != Some(Unit::Month)
            || !self.is_lower_word(i + 2)
            || !self.has(i + 3, OF)
        {
            return None;
        }
        let (year, end) = if let Some(y) = self.year_at(i + 4) {
            ((y, Anchor::Absolute), i + 5)
        } else if self.lex(i + 5).is_some_and(|l| l.unit == Some(Unit::Year))
            && self.is_lower_word(i + 5)
        {
            match self.deictic_shift(i + 4) {
                Some(shift) => ((self.ctx.published?.year + shift, Anchor::Published), i + 6),
                None => return None,
            }
        } else {
            return None;
        };
        let months = 12 / parts;
        let q = if first { 1 } else { parts };
        let value = TimeValue::range(
            PartialDate::month(year.0, months * (q - 1) + 1),
            PartialDate::month(year.0, months * q),
        );
        let rule = if parts == 4 { "quarter" } else { "half" };
        self.emit(start, end, Spec::Fixed(Some(value), Some(year.1)), rule);
        self.set_part(value, rule, start);
        if year.1 == Anchor::Absolute {
            self.narrative_year = Some(year.0);
            self.narrative_tok = start;
            self.narrative_date = value.start;
            self.narrative_date_tok = start;
        }
        Some(end)
    }

    /// "the April-June quarter", "the October-December period", "the January-March
    /// quarter of 2013": the calendar
    /// quarter its first and last months name (TIMEX3 `2010-Q2`), not a range of two
    /// months; its year as "the second quarter" would have it.
    fn month_span_quarter(&mut self, i: usize) -> Option<usize> {
        let first = self.lex(i)?;
        if !first.month_full || !self.tok(i)?.has(CAP) || !self.is_dash(i + 1) {
            return None;
        }
        let last = self.lex(i + 2)?;
        if !last.month_full || !self.tok(i + 2)?.has(CAP) {
            return None;
        }
        let (m1, m2) = (first.month, last.month);
        if (m1 - 1) % 3 != 0
            || m2 != m1 + 2
            || !(self.has(i + 3, QUARTER) || self.has(i + 3, PERIOD_NOUN))
            || !self.is_lower_word(i + 3)
        {
            return None;
        }
        let q = (m1 - 1) / 3 + 1;
        let start = match self.prev(i) {
            Some(p) if self.has(p, DETERMINER) => p,
            _ => i,
        };
        let mut end = i + 4;
        let mut year = None;
        if self.has(end, OF) {
            if let Some(y) = self.year_at(end + 1) {
                year = Some((y, Anchor::Absolute));
                end += 2;
            }
        }
        let year = year.or_else(|| self.frame_year(start, Some((i32::from(q), 4))));
        let value = year.map(|(y, a)| {
            (
                TimeValue::range(PartialDate::month(y, m1), PartialDate::month(y, m2)),
                a,
            )
        });
        self.emit(
            start,
            end,
            Spec::Fixed(value.map(|v| v.0), value.map(|v| v.1)),
            "quarter",
        );
        if let Some((v, _)) = value {
            self.set_part(v, "quarter", start);
        }
        Some(end)
    }

    /// `since 2003`, `since 17 December 2003` (open end), `until 2021` (open start),
    /// `since the moratorium` (no date: unresolved, rule `since_event`).
    fn since_until(&mut self, i: usize, since: bool) -> Option<usize> {
        if let Some((a, b)) = self.parse_expr(i + 1) {
            if self.range_tail(&b, false).is_none() {
                let spec = if since {
                    Spec::Since(a)
                } else {
                    Spec::Until(b)
                };
                // "since the 1970s" names the decade (TIMEX3 `197`), "since" is a signal.
                let decade = a.month.is_none()
                    && matches!((a.year, b.year), (Some(x), Some(y)) if y > x && x.div_euclid(10) == y.div_euclid(10));
                // "since mid-1988", "until late 1990" name the year with its part (TIMEX3
                // `1988`, as "mid-1988" alone is).
                let year_part = !decade
                    && a.day.is_none()
                    && a.year == b.year
                    && a.month != b.month
                    && self.part_expr(i + 1).is_some();
                // "since the 1800s" names the century (TIMEX3 `18`).
                let century = a.month.is_none()
                    && matches!((a.year, b.year), (Some(x), Some(y)) if names_century(x) && y == x + 99);
                let rule = match (since, decade, year_part) {
                    _ if century => {
                        if since {
                            "since_century"
                        } else {
                            "until_century"
                        }
                    }
                    (true, true, _) => "since_decade",
                    (true, false, true) => "since_year_part",
                    (true, false, false) => "since",
                    (false, true, _) => "until_decade",
                    (false, false, true) => "until_year_part",
                    (false, false, false) => "until",
                };
                self.emit(i, b.end, spec, rule);
                return Some(b.end);
            }
            return None;
        }
        if !since || !self.has(i + 1, SINCE_EVENT_DET) {
            return None;
        }
        let noun = i + 2;
        if !self.is_lower_word(noun) || !self.event_noun(noun) {
            return None;
        }
        // "since the fall, lending has shrunk": a season, no event ("since the fall of
        // the Wall" is one).
        if self.lex(noun).is_some_and(|l| l.season.is_some()) && !self.has(noun + 1, OF) {
            return None;
        }
        // "since the start of this year": the part of a unit carries the value.
        if self.has(noun, PART_NOUN) && self.has(noun + 1, OF) {
            return None;
        }
        // "since his arrest in October 2002": the date that follows carries the value.
        if self.has(noun + 1, YEAR_CONTEXT) && self.parse_expr(noun + 2).is_some() {
            return None;
        }
        self.emit(i, noun + 1, Spec::Fixed(None, None), "since_event");
        Some(noun + 1)
    }

    /// A word naming an event: listed, or with a listed ending ("adoption").
    fn event_noun(&self, i: usize) -> bool {
        if self.has(i, EVENT_NOUN) {
            return true;
        }
        let Some(t) = self.tok(i) else { return false };
        let word = self
            .text
            .get(t.start as usize..t.end as usize)
            .unwrap_or("");
        word.len() > 5
            && self
                .rules
                .event_noun_suffixes
                .iter()
                .any(|s| word.ends_with(s.as_str()))
    }

    /// `between 2010 and 2015`, `from 1995 to 1999`, `Between January and June 2019`.
    fn prefixed_range(&mut self, i: usize, between: bool) -> Option<usize> {
        // "from 28 to 30 April 2004", "between 5 and 7 May"
        if let Some((day, j)) = self.day_at(i + 1) {
            let sep_ok = if between {
                self.has(j, AND)
            } else {
                self.has(j, RANGE_SEP) || self.is_dash(j)
            };
            if let Some(b) = self
                .parse_d(j + 1)
                .filter(|b| sep_ok && b.day.is_some_and(|d| d > day))
            {
                let a = D {
                    year: b.year,
                    month: b.month,
                    day: Some(day),
                    start: i + 1,
                    end: j,
                    bare: false,
                };
                self.emit(
                    i,
                    b.end,
                    Spec::Range(a, b),
                    if between { "between" } else { "from_to" },
                );
                return Some(b.end);
            }
        }
        let (a, a_end) = self.parse_expr(i + 1)?;
        let (mut a, b) = if a.key() == a_end.key() && a.end == a_end.end {
            let (a2, b) = self.range_tail(&a, between)?;
            (a2, b)
        } else {
            // A part or season first: "from late 2001 to 2003".
            let (_, b) = self.range_tail(&a_end, between)?;
            (a, b)
        };
        if a.year.is_none() && b.year.is_some() {
            a.year = b.year;
        }
        self.emit(
            i,
            b.end,
            Spec::Range(a, b),
            if between { "between" } else { "from_to" },
        );
        Some(b.end)
    }

    /// `today`, `now`, `currently`: the publication date.
    fn now(&mut self, i: usize) -> Option<usize> {
        // "Hassan Ibrahim, now 31, was arrested": an age in apposition, no time.
        let age = self
            .tok(i + 1)
            .is_some_and(|t| t.kind == Kind::Num && t.digits <= 3)
            && i.checked_sub(1).is_some_and(|p| self.is_punct(p, ','))
            && (self.is_punct(i + 2, ',') || self.tok(i + 2).is_none());
        if age {
            return None;
        }
        // "Now to Washington, where ...": a broadcaster's turn to the next story at the
        // head of a sentence, no time.
        let turn = self.tok(i).is_some_and(|t| t.has(CAP))
            && i.checked_sub(1).is_none_or(|p| {
                self.is_punct(p, '.')
                    || self.is_punct(p, ':')
                    || self.tok(i).is_some_and(|t| t.has(LINE_START))
            })
            && self.word_eq(i + 1, "to")
            && self
                .tok(i + 2)
                .is_some_and(|t| t.kind == Kind::Word && t.has(CAP));
        if turn {
            return Some(i + 1);
        }
        // "the outlet Kessim Today", "told USA Today.": a capitalised "Today" after a
        // capitalised word ends a name (a title-case headline, capitals going on after
        // it, keeps its day).
        let name = self.tok(i).is_some_and(|t| t.has(CAP))
            && self
                .tok(i)
                .and_then(|t| self.text.get(t.start as usize..t.end as usize))
                .is_some_and(|w| w == "Today")
            && i.checked_sub(1)
                .and_then(|p| self.tok(p))
                .is_some_and(|p| p.kind == Kind::Word && p.has(CAP))
            && self
                .tok(i + 1)
                .is_none_or(|n| !(n.kind == Kind::Word && n.has(CAP)) || n.has(LINE_START));
        if name {
            return Some(i + 1);
        }
        let value = self
            .ctx
            .published
            .map(|p| (TimeValue::point(p), Anchor::Published));
        self.emit(
            i,
            i + 1,
            Spec::Fixed(value.map(|v| v.0), value.map(|v| v.1)),
            "now",
        );
        Some(i + 1)
    }

    /// `last year`, `next month`, `this year`, `last November`: against the publication date.
    fn deictic(&mut self, i: usize, lex: Lex) -> Option<usize> {
        if let Some(end) = self.deictic_century(i, lex) {
            return Some(end);
        }
        // "the last year" is a duration-ish phrase, "the next year" is narrative;
        // "the current year" is this year. "told MPs that last year's accidents": "that"
        // opens a clause there, it determines nothing.
        let start = match self.prev(i) {
            Some(p) if self.has(p, DETERMINER) && !self.has(p, SAME) => {
                if !lex.has(CURRENT) {
                    return None;
                }
                p
            }
            _ => i,
        };
        let shift: i32 = if lex.has(LAST) {
            -1
        } else if lex.has(NEXT) {
            1
        } else {
            0
        };
        let pub_date = self.ctx.published;
        // "this fiscal year", "last fiscal year": shown FY2012
        if self.has(i + 1, FISCAL)
            && self.is_lower_word(i + 2)
            && self.lex(i + 2).is_some_and(|l| l.unit == Some(Unit::Year))
        {
            let value = pub_date.map(|p| TimeValue::point(PartialDate::year(p.year + shift)));
            self.emit(
                start,
                i + 3,
                Spec::Fixed(value, value.map(|_| Anchor::Published)),
                "fiscal_year",
            );
            return Some(i + 3);
        }
        // "last year's third quarter", "this year's first half": that year's part.
        if let Some(end) = self.year_possessive_part(i, start, shift) {
            return Some(end);
        }
        // "this quarter", "next quarter", "the current quarter": of the publication date
        // "the current quarter of $14 billion": an amount after "of" is no whole the
        // quarter is a part of ("the last quarter of the century").
        let of_amount = self.tok(i + 3).is_some_and(|t| {
            ["$", "\u{20ac}", "\u{a3}"]
                .iter()
                .any(|c| self.text.get(t.start as usize..t.end as usize) == Some(*c))
                || (t.kind == Kind::Num && t.digits != 4)
        });
        if self.has(i + 1, QUARTER)
            && self.is_lower_word(i + 1)
            && (!self.has(i + 2, OF) || of_amount)
        {
            let value = pub_date.and_then(|p| {
                let m = i32::from(p.month?);
                let q = (p.year * 4 + (m - 1) / 3) + shift;
                let (y, q) = (q.div_euclid(4), q.rem_euclid(4) as u8);
                Some(TimeValue::range(
                    PartialDate::month(y, q * 3 + 1),
                    PartialDate::month(y, q * 3 + 3),
                ))
            });
            self.emit(
                start,
                i + 2,
                Spec::Fixed(value, value.map(|_| Anchor::Published)),
                "quarter",
            );
            return Some(i + 2);
        }
        // "this season", "last season", "next season" in news: the year of the
        // publication date, the one before, the one after (TIMEX3 gives the year).
        let season_word = self
            .tok(i + 1)
            .filter(|t| t.kind == Kind::Word)
            .and_then(|t| self.text.get(t.start as usize..t.end as usize))
            .is_some_and(|w| w == "season");
        if self.frame == Frame::News && season_word {
            let value = pub_date.map(|p| TimeValue::point(PartialDate::year(p.year + shift)));
            self.emit(
                start,
                i + 2,
                Spec::Fixed(value, value.map(|_| Anchor::Published)),
                "season_year",
            );
            return Some(i + 2);
        }
        let next = self.lex(i + 1)?;
        // "In December, X said the embassy would open next year": from the day it was said.
        // "reported in the autumn of 2019, was told last month": right after its verb
        // of saying, the deictic dates the saying itself, from the publication date.
        let dates_the_saying = self.prev(start).is_some_and(|p| self.reporting_word(p));
        let said = if shift != 0 && !dates_the_saying {
            self.said_on(i)
        } else {
            None
        };
        let (pub_date, anchor) = match said {
            Some(d) if d.month.is_some() || next.unit == Some(Unit::Year) => {
                (Some(d), Anchor::Narrative)
            }
            _ => (pub_date, Anchor::Published),
        };
        let value = if next.month > 0 && self.tok(i + 1).is_some_and(|t| t.has(CAP)) {
            if shift == 0 {
                return None;
            }
            pub_date.and_then(|p| {
                let pm = p.month?;
                let year = match shift {
                    -1 if next.month < pm => p.year,
                    -1 => p.year - 1,
                    _ if next.month > pm => p.year,
                    _ => p.year + 1,
                };
                Some(PartialDate::month(year, next.month))
            })
        } else {
            match next.unit? {
                Unit::Year => pub_date.map(|p| PartialDate::year(p.year + shift)),
                Unit::Month => {
                    pub_date.and_then(|p| add_months(PartialDate::month(p.year, p.month?), shift))
                }
                Unit::Week => {
                    // Monday to Sunday of the week of publication, or the one before or after.
                    let range = self.pub_day().and_then(|p| {
                        let monday = add_days(p, 1 - i32::from(weekday_of(p)?) + 7 * shift)?;
                        Some(TimeValue::range(monday, add_days(monday, 6)?))
                    });
                    self.emit(
                        start,
                        i + 2,
                        Spec::Fixed(range, range.map(|_| Anchor::Published)),
                        "deictic",
                    );
                    return Some(i + 2);
                }
                Unit::Day => None,
                _ => return None,
            }
        };
        let value = value.map(TimeValue::point);
        self.emit(
            start,
            i + 2,
            Spec::Fixed(value, value.map(|_| anchor)),
            "deictic",
        );
        // "last year ..., than the year previous": the year the story last named (not
        // a year in what someone said: the story stays where it was).
        if said.is_none() {
            self.set_narrative_day(value, start);
        }
        Some(i + 2)
    }

    /// "in this century", "into the next century", "This century is ...", "this decade":
    /// the century (TIMEX3 `20`) or decade (`200`) of the publication date or the next.
    /// A century needs a word of `year_context` before it or the sentence's start.
    fn deictic_century(&mut self, i: usize, lex: Lex) -> Option<usize> {
        let unit = i + 1;
        let word = self
            .tok(unit)
            .and_then(|t| self.text.get(t.start as usize..t.end as usize))?;
        let span = match self.lex(unit).and_then(|l| l.unit) {
            Some(Unit::Century) => 100,
            Some(Unit::Decade) => 10,
            _ => return None,
        };
        if !self.is_lower_word(unit)
            || word.ends_with('s')
            || lex.has(LAST)
            || self.is_dash(unit + 1)
        // "a decade-long war"
        {
            return None;
        }
        let shift = if lex.has(NEXT) { 1 } else { 0 };
        let start = match self.prev(i) {
            Some(p) if self.has(p, DETERMINER) && self.lex(p).is_some_and(|l| l.number == 0) => p,
            _ => i,
        };
        let opens = self.tok(start).is_some_and(|t| t.has(LINE_START))
            || self.prev(start).is_some_and(|q| {
                self.is_punct(q, '.') || self.is_punct(q, '"') || self.is_punct(q, '\u{201c}')
            });
        let context = self
            .prev(start)
            .is_some_and(|q| self.has(q, YEAR_CONTEXT) && self.is_lower_word(q));
        // "this decade" names its decade anywhere; "next decade" is most often a span ahead.
        let decade_here = span == 10 && shift == 0 && lex.has(THIS);
        if !(context || opens || decade_here) {
            return None;
        }
        let value = self.ctx.published.map(|p| {
            let first = (p.year.div_euclid(span) + shift) * span;
            TimeValue::range(
                PartialDate::year(first),
                PartialDate::year(first + span - 1),
            )
        });
        let rule = if span == 10 { "decade" } else { "century" };
        self.emit(
            start,
            unit + 1,
            Spec::Fixed(value, value.map(|_| Anchor::Published)),
            rule,
        );
        Some(unit + 1)
    }

    /// `the following year`, `the next day`, `that year`, `the same month`: against the
    /// narrative date.
    fn narrative_relative(&mut self, i: usize) -> Option<usize> {
        // "than the year before.", "the day after,": a word after the unit, then a stop.
        let postposed = |k: usize| {
            self.has(i, DETERMINER)
                && self.lex(i).is_some_and(|l| l.number == 0)
                && self.lex(i + 1).is_some_and(|l| l.unit.is_some())
                && self
                    .tok(i + 3)
                    .is_none_or(|t| t.kind == Kind::Punct && !t.is_dash())
                && self.has(k, POSTPOSED_PREVIOUS | POSTPOSED_FOLLOWING)
        };
        let post = postposed(i + 2);
        // "said on Sunday that time was running out": "that" after a verb of saying
        // (and the day it was said) opens the clause said; it determines nothing.
        let said_that = self
            .tok(i)
            .and_then(|t| self.text.get(t.start as usize..t.end as usize))
            .is_some_and(|w| w == "that")
            && (1..=3).any(|back| {
                let Some(k) = i.checked_sub(back) else {
                    return false;
                };
                let reporting = self
                    .tok(k)
                    .filter(|t| t.kind == Kind::Word)
                    .and_then(|t| self.text.get(t.start as usize..t.end as usize))
                    .is_some_and(|w| self.rules.reporting_verbs.iter().any(|r| r == w));
                // what stands between is the day it was said ("on Sunday", "today")
                reporting
                    && (k + 1..i).all(|m| {
                        self.tok(m).is_some_and(|t| {
                            t.kind == Kind::Word
                                && (t.has(CAP)
                                    || self.has(m, NOW)
                                    || self
                                        .text
                                        .get(t.start as usize..t.end as usize)
                                        .is_some_and(|w| w == "on" || w == "yesterday"))
                        })
                    })
            });
        if said_that {
            return None;
        }
        let (shift, unit_idx) = if post {
            let shift = if self.has(i + 2, POSTPOSED_PREVIOUS) {
                -1
            } else {
                1
            };
            (shift, i + 1)
        } else if self.has(i, SAME)
            && (self
                .lex(i + 1)
                .is_some_and(|l| l.unit.is_some() || l.has(PERIOD_NOUN))
                || (self.word_in(i + 1, &self.rules.day_nouns)
                    && self.prev(i).is_some_and(|p| {
                        self.word_eq(p, "on") || self.word_eq(p, "of") || self.word_eq(p, "since")
                    })))
        {
            (0, i + 1)
        } else if self.has(i, DETERMINER) {
            (self.named_shift(i + 1)?, i + 2)
        } else {
            return None;
        };
        // "the previous quarter", "the next quarter" after "its fiscal third quarter": the
        // fiscal quarter before or after it (TIMEX3 `FY2009-Q2`), across the fiscal
        // year's turn.
        if shift != 0 && !post && self.is_lower_word(unit_idx) {
            if let Some((part, rule)) = self
                .narrative_part
                .filter(|(_, rule)| rule.starts_with("fiscal_"))
            {
                let (parts, noun) = if rule.starts_with("fiscal_q") {
                    (4, QUARTER)
                } else {
                    (2, HALF)
                };
                let singular = self
                    .tok(unit_idx)
                    .and_then(|t| self.text.get(t.start as usize..t.end as usize))
                    .is_some_and(|w| !w.ends_with('s'));
                let q = rule
                    .bytes()
                    .last()
                    .map_or(0, |b| i32::from(b) - i32::from(b'0'));
                if self.has(unit_idx, noun) && singular && (1..=parts).contains(&q) {
                    let index = q - 1 + shift;
                    let fy = part.start?.year + index.div_euclid(parts);
                    let nq = u8::try_from(index.rem_euclid(parts) + 1).ok()?;
                    let value = TimeValue::point(PartialDate::year(fy));
                    self.emit(
                        i,
                        unit_idx + 1,
                        Spec::Fixed(Some(value), Some(Anchor::Narrative)),
                        fiscal_part_rule(nq, u8::try_from(parts).ok()?),
                    );
                    return Some(unit_idx + 1);
                }
            }
        }
        // "the same period a year earlier" after "the third quarter": that quarter; "the
        // previous quarter", "the same quarter last year": the quarter the story named,
        // one before, or a year before.
        let part_noun = |rule: &str| {
            let noun = if rule == "quarter" { QUARTER } else { HALF };
            self.has(unit_idx, noun)
                && self
                    .tok(unit_idx)
                    .and_then(|t| self.text.get(t.start as usize..t.end as usize))
                    .is_some_and(|w| !w.ends_with('s'))
        };
        let period_or_part = (shift == 0 && self.has(unit_idx, PERIOD_NOUN))
            || self.narrative_part.is_some_and(|(_, rule)| part_noun(rule));
        if period_or_part && self.is_lower_word(unit_idx) {
            if let Some((part, rule)) = self.narrative_part {
                let step = if part_noun(rule) {
                    shift * if rule == "quarter" { 3 } else { 6 }
                } else {
                    0
                };
                let end = unit_idx + 1;
                let year_at = |k: usize| self.lex(k).is_some_and(|l| l.unit == Some(Unit::Year));
                let (back, end) = if self.lex(end).is_some_and(|l| l.number == 1)
                    && year_at(end + 1)
                    && self
                        .lex(end + 2)
                        .is_some_and(|l| l.has(AGO) || l.has(EARLIER))
                {
                    (1, end + 3)
                } else if self
                    .lex(end)
                    .is_some_and(|l| l.has(LAST) || l.has(PREVIOUS))
                    && year_at(end + 1)
                {
                    (1, end + 2)
                } else {
                    (0, end)
                };
                let value = (|| {
                    Some(TimeValue::range(
                        add_months(part.start?, step - 12 * back)?,
                        add_months(part.end?, step - 12 * back)?,
                    ))
                })();
                self.emit(
                    i,
                    end,
                    Spec::Fixed(value, value.map(|_| Anchor::Narrative)),
                    rule,
                );
                return Some(end);
            }
        }
        // "the same period": the narrative date's own granularity; "on the same date":
        // the narrative's day (`day_nouns`).
        let day_noun = shift == 0 && !post && self.word_in(unit_idx, &self.rules.day_nouns);
        let unit = match self.lex(unit_idx)? {
            _ if day_noun => Unit::Day,
            l if l.has(PERIOD_NOUN) && shift == 0 => match self.narrative_date {
                Some(d) if d.day.is_some() => Unit::Day,
                Some(d) if d.month.is_some() => Unit::Month,
                _ => Unit::Year,
            },
            l => l.unit?,
        };
        let plural = self
            .tok(unit_idx)
            .and_then(|t| self.text.get(t.start as usize..t.end as usize))
            .is_some_and(|w| w.ends_with('s'));
        if plural
            || !self.is_lower_word(unit_idx)
            || !matches!(unit, Unit::Year | Unit::Month | Unit::Week | Unit::Day)
        {
            return None;
        }
        // "the same month a year ago", "the same day last year": a year before.
        let mut end = if post { unit_idx + 2 } else { unit_idx + 1 };
        let mut years_back = 0;
        if shift == 0 && unit != Unit::Year {
            let year_at = |k: usize| self.lex(k).is_some_and(|l| l.unit == Some(Unit::Year));
            if self.lex(end).is_some_and(|l| l.number == 1)
                && year_at(end + 1)
                && self
                    .lex(end + 2)
                    .is_some_and(|l| l.has(AGO) || l.has(EARLIER))
            {
                years_back = 1;
                end += 3;
            } else if self
                .lex(end)
                .is_some_and(|l| l.has(LAST) || l.has(PREVIOUS))
                && year_at(end + 1)
            {
                years_back = 1;
                end += 2;
            }
        }
        // "of the same date", "on that date": the day last written in full, even when it
        // dated a document ("By judgment dated ...") and so set no narrative day.
        let named = self
            .named_day
            .filter(|&(_, at)| day_noun && at > self.narrative_date_tok && at < i)
            .map(|(d, _)| d);
        // In news, "that week", "that month" with no narrative day or month (the story
        // last counted whole years: "Four years later, ...") are the last day written
        // in full: "shot on August 11, 2017 ... The events of that week".
        let fine = |d: &PartialDate| match unit {
            Unit::Week | Unit::Day => d.day.is_some(),
            Unit::Month => d.month.is_some(),
            _ => true,
        };
        let narrative = self.narrative_date.filter(fine).or_else(|| {
            // ("... in March 1996, and she was freed the same week": a month with no
            // day names no week; only a count of whole years gives way.)
            // ("... in the early 1990s ... for much of that time": a vague span the
            // story stands in is no day's; nor is "that time", "that period".)
            let whole_years = self.narrative_date.is_none_or(|d| d.month.is_none());
            let vague_since = |at: usize| self.narrative_vague_tok.is_some_and(|v| v > at);
            (self.frame == Frame::News
                && shift == 0
                && whole_years
                && !self.has(unit_idx, PERIOD_NOUN))
            .then(|| {
                self.named_day
                    .filter(|&(_, at)| at < i && !vague_since(at))
                    .map(|(d, _)| d)
            })
            .flatten()
            .or(self.narrative_date)
        });
        let base = named.or(narrative).and_then(|b| {
            if years_back > 0 {
                add_months(b, -12).map(|m| PartialDate { day: b.day, ..m })
            } else {
                Some(b)
            }
        });
        // "the following week": Monday to Sunday of the week after the narrative's day.
        if unit == Unit::Week {
            let value = base.and_then(|b| {
                let monday = add_days(b, 1 - i32::from(weekday_of(b)?) + 7 * shift)?;
                Some(TimeValue::range(monday, add_days(monday, 6)?))
            });
            self.story_chained.set(shift == 0 && years_back == 0);
            self.emit(
                i,
                end,
                Spec::Fixed(value, value.map(|_| Anchor::Narrative)),
                "narrative_relative",
            );
            return Some(end);
        }
        let value = base.and_then(|b| match unit {
            Unit::Year => Some(PartialDate::year(b.year + shift)),
            Unit::Month => add_months(PartialDate::month(b.year, b.month?), shift),
            Unit::Day => {
                b.day?;
                add_days(b, shift)
            }
            _ => None,
        });
        let value = value.map(TimeValue::point);
        self.story_chained.set(shift == 0 && years_back == 0);
        self.emit(
            i,
            end,
            Spec::Fixed(value, value.map(|_| Anchor::Narrative)),
            "narrative_relative",
        );
        // "the following year" moves the story on; "the same month a year ago" compares.
        if shift > 0 && years_back == 0 {
            self.move_narrative(value, i);
        }
        Some(end)
    }

    /// A date the narrative reached from its own last date ("The following year", "two
    /// days later") is where the story now stands: "In 2012 ... The following year ...
    /// In June" is June 2013.
    fn move_narrative(&mut self, value: Option<TimeValue>, at: usize) {
        let Some(d) = value.and_then(|v| v.start) else {
            return;
        };
        self.narrative_date = Some(d);
        self.narrative_date_tok = at;
        if d.day.is_some() {
            self.narrative_day = Some(d);
            self.narrative_day_tok = at;
        }
        if self.narrative_year.is_some() {
            self.narrative_year = Some(d.year);
            self.narrative_tok = at;
        }
    }

    // ----------------------------------------------------------------- durations

    /// A number (digits or words, `a`/`an`, or vague `several`) at `i`.
    fn number_at(&self, i: usize) -> Option<(Option<u32>, usize)> {
        let t = self.tok(i)?;
        match t.kind {
            Kind::Num => {
                if t.digits > 4 || !self.clean_num(i) || t.value == 0 {
                    return None;
                }
                Some((Some(t.value), i + 1))
            }
            Kind::Word => {
                let lex = t.lex?;
                if lex.has(VAGUE) {
                    return Some((None, i + 1));
                }
                if lex.number == 0 {
                    return None;
                }
                // "a few days": vague.
                if self.has(i + 1, VAGUE) {
                    return Some((None, i + 2));
                }
                let mut value = u32::from(lex.number);
                let mut j = i + 1;
                // "twenty-five"
                if (20..100).contains(&value) && self.is_dash(j) {
                    if let Some(units) = self
                        .lex(j + 1)
                        .map(|l| l.number)
                        .filter(|n| (1..10).contains(n))
                    {
                        if self.tok(j + 1).is_some_and(|u| u.glued()) {
                            value += u32::from(units);
                            j += 2;
                        }
                    }
                }
                // "thirty (30) years": the figure in brackets restates the word.
                let punct = |k: usize, c: char| {
                    self.tok(k)
                        .is_some_and(|t| t.kind == Kind::Punct && t.value == c as u32)
                };
                if punct(j, '(')
                    && self
                        .tok(j + 1)
                        .is_some_and(|t| t.kind == Kind::Num && t.value == value)
                    && punct(j + 2, ')')
                {
                    j += 3;
                }
                Some((Some(value), j))
            }
            Kind::Punct => None,
        }
    }

    /// The unit word at `i` (lower case), allowing `six-day` style hyphenation.
    fn unit_at(&self, i: usize) -> Option<(Unit, usize)> {
        let mut j = i;
        if self.is_dash(j)
            && self.tok(j).is_some_and(|t| t.glued())
            && self.tok(j + 1).is_some_and(|t| t.glued())
        {
            j += 1;
        }
        let unit = self.lex(j)?.unit?;
        if !self.is_lower_word(j) {
            return None;
        }
        // "a 30-year-old man" is an age.
        if self.is_dash(j + 1)
            && self.tok(j + 2).is_some_and(|t| {
                t.glued() && self.text.get(t.start as usize..t.end as usize) == Some("old")
            })
        {
            return None;
        }
        Some((unit, j + 1))
    }

    /// `three and a half years`, `for two years`, `a six-day investigation`, `a week`,
    /// `six and seven years` (two), `two years later`, `one year ago`, `several days later`.
    fn duration(&mut self, i: usize) -> Option<usize> {
        let (n, mut j) = self.number_at(i)?;
        // "half a century", "a quarter of a century": a fraction this grammar does not
        // compute; better no duration than a wrong one.
        let before = self.prev(i);
        if before.is_some_and(|p| self.has(p, FRACTION))
            || before.is_some_and(|p| self.has(p, OF) && self.has(p.wrapping_sub(1), FRACTION))
        {
            return None;
        }
        let is_article = self
            .lex(i)
            .is_some_and(|l| l.number == 1 && l.has(DETERMINER));
        if is_article
            && self.prev(i).is_some_and(|p| {
                self.has(p, RATE) || self.tok(p).is_some_and(|t| t.kind == Kind::Num)
            })
        {
            return None; // "once a day", "24 hours a day"
        }
        let mut half = false;
        if self.has(j, AND)
            && self.lex(j + 1).is_some_and(|l| l.number == 1)
            && self.has(j + 2, HALF)
        {
            half = true;
            j += 3;
        }
        // "six and seven years", "three to seven years", "10-15 years": the first number
        // borrows the unit of the second.
        if !half
            && (self.has(j, AND) || self.has(j, OR) || self.has(j, RANGE_SEP) || self.is_dash(j))
        {
            if let Some((Some(_), k)) = self.number_at(j + 1) {
                if let Some((unit, _)) = self.unit_at(k) {
                    if let Some(n) = n {
                        if !is_article {
                            self.emit_duration(i, j, n, false, unit, "duration");
                            return Some(j + 1);
                        }
                    }
                }
            }
        }
        let (unit, mut end) = self.unit_at(j)?;
        if !half
            && self.has(end, AND)
            && self.lex(end + 1).is_some_and(|l| l.number == 1)
            && self.has(end + 2, HALF)
        {
            half = true; // "a year and a half"
            end += 3;
        }
        let part_back = |me: &Self, years: i32| match (n, unit) {
            (Some(n), Unit::Year) if !half => me.part_years_back(i, years * n as i32),
            _ => None,
        };
        // "In the third quarter, profit fell from $31 million a year earlier": that
        // quarter a year before.
        if self.has(end, AGO) || (self.has(end, EARLIER) && !self.has(end + 1, COMPARISON)) {
            if let Some((value, rule)) = part_back(self, 1) {
                self.emit(
                    i,
                    end + 1,
                    Spec::Fixed(Some(value), Some(Anchor::Narrative)),
                    rule,
                );
                return Some(end + 1);
            }
        }
        // "a week ago Tuesday": the weekday's (`weekday_week_before`).
        if self.has(end, AGO)
            && self
                .lex(end + 1)
                .is_some_and(|l| l.weekday > 0 && l.weekday_full)
            && self.phrase_before(end + 1, &self.rules.weekday_week_before)
        {
            return None;
        }
        if self.has(end, AGO) {
            if let (None, Some(n), Unit::Year) = (self.ctx.published, n, unit) {
                if let Some(t) = self.tok(end) {
                    self.unanchored_ago.push((n, t.end));
                }
            }
            let value =
                n.and_then(|n| self.ctx.published.and_then(|p| shift(p, unit, -(n as i32))));
            // "two weeks ago" names a week, not a day of it (TIMEX3 `1997-W10`): Monday
            // to Sunday of that week. "A week ago" is the day seven days back (MEANTIME's
            // annotators give the day).
            let value = match (unit, value) {
                (Unit::Week, Some(d)) if d.day.is_some() && n.is_some_and(|n| n > 1) => {
                    weekday_of(d).and_then(|w| {
                        let monday = add_days(d, 1 - i32::from(w))?;
                        Some(TimeValue::range(monday, add_days(monday, 6)?))
                    })
                }
                _ => value.map(TimeValue::point),
            };
            self.emit(
                i,
                end + 1,
                Spec::Fixed(value, value.map(|_| Anchor::Published)),
                "ago",
            );
            return Some(end + 1);
        }
        // "three days later than planned" compares two dates: a duration.
        if (self.has(end, LATER) || self.has(end, EARLIER)) && self.has(end + 1, COMPARISON) {
            let n = n?;
            self.emit_duration(i, end, n, half, unit, "duration");
            return Some(end + 1);
        }
        if self.has(end, LATER) || self.has(end, EARLIER) {
            let sign = if self.has(end, LATER) { 1 } else { -1 };
            // A news story that has named no date yet: "a year earlier" is before the
            // day of publication.
            let news_base = (self.frame == Frame::News && sign < 0)
                .then_some(self.ctx.published)
                .flatten();
            let (value, rule) = match (n, self.narrative_date) {
                (Some(n), Some(base)) => (
                    self.later_in_news(base, unit, sign * n as i32, i),
                    "narrative_relative",
                ),
                (Some(n), None) if news_base.is_some() => {
                    let value = news_base
                        .and_then(|p| shift(p, unit, -(n as i32)))
                        .map(TimeValue::point);
                    self.emit(
                        i,
                        end + 1,
                        Spec::Fixed(value, value.map(|_| Anchor::Published)),
                        "ago",
                    );
                    return Some(end + 1);
                }
                (None, Some(base)) if unit == Unit::Day && base.month.is_some() => (
                    Some(PartialDate { day: None, ..base }),
                    "relative_days_vague",
                ),
                _ => (None, "relative_vague"),
            };
            let value = value.map(TimeValue::point);
            self.emit(
                i,
                end + 1,
                Spec::Fixed(value, value.map(|_| Anchor::Narrative)),
                rule,
            );
            if sign > 0 && rule == "narrative_relative" {
                self.move_narrative(value, i);
            }
            return Some(end + 1);
        }
        let n = n?;
        self.emit_duration(i, end, n, half, unit, "duration");
        Some(end)
    }

    /// `n` units from the narrative date `base`; in news, a date after the day of
    /// publication in a sentence that does not look ahead ("Four years later, they have
    /// not been found" after a weekday that dated the telling) counts from the last
    /// year written in full instead, or from nothing.
    fn later_in_news(
        &self,
        base: PartialDate,
        unit: Unit,
        n: i32,
        at: usize,
    ) -> Option<PartialDate> {
        let value = shift(base, unit, n)?;
        let Some(p) = self
            .ctx
            .published
            .filter(|_| self.frame == Frame::News && n > 0)
        else {
            return Some(value);
        };
        let after = |d: PartialDate| match (d.month, d.day) {
            (None, _) => d.year > p.year,
            (Some(m), None) => (d.year, Some(m)) > (p.year, p.month),
            _ => d > p,
        };
        if !after(value) || matches!(self.tense(at), Tense::Future | Tense::Expect) {
            return Some(value);
        }
        let year = self.narrative_year.filter(|&y| y < base.year)?;
        shift(PartialDate::year(year), unit, n).filter(|d| !after(*d))
    }

    /// The quarter or half the story named last, `years` years before, when it is the
    /// last date named and stands in this sentence or the one before; else a month (no
    /// day) named last in this sentence, figures between: "inflation fell to 2.1 percent
    /// in February from 3.4 percent a year earlier" compares February with February a
    /// year before.
    fn part_years_back(&self, at: usize, years: i32) -> Option<(TimeValue, &'static str)> {
        let month_back = || {
            let tok_of = |m: &TimeMention| self.toks.partition_point(|t| t.start < m.span.start);
            // The date the sentence's figures are for: its first month or day ("rose to
            // $410 million at Sept. 30 from $350 million at June 30 and $190 million a
            // year earlier" compares Sept. 30 with Sept. 30 a year before).
            let in_sentence = |m: &&TimeMention| {
                let tok = tok_of(m);
                tok < at
                    && self.same_sentence(tok, at)
                    && !(tok + 1..=at).any(|k| self.tok(k).is_some_and(|t| t.has(LINE_START)))
            };
            let figures_date = |m: &&TimeMention| {
                !m.is_duration
                    && !self.comparison_point(m)
                    && matches!(
                        m.rule.as_str(),
                        "month" | "month_year" | "day_month" | "date"
                    )
            };
            let base = self
                .out
                .iter()
                .rev()
                .take_while(in_sentence)
                .filter(figures_date)
                .last();
            let base = match base {
                Some(b) => b,
                None => return self.prev_sentence_month_back(at, years),
            };
            let v = base.value.filter(|v| v.is_point())?.start?;
            let month = v.month?;
            let tok = tok_of(base);
            // Figures compared: a number between the date and "a year earlier" ("He fled
            // in May; a year earlier he had been arrested" is only the year), or a
            // number anywhere before it with "from" or "than" just before: "traffic fell
            // 9% in November from a year earlier".
            let num = |k: usize| self.tok(k).is_some_and(|t| t.kind == Kind::Num);
            let figures_after = (tok + 1..at)
                .any(|k| num(k) && self.tok(k).is_some_and(|t| t.start >= base.span.end));
            let compared = self
                .prev(at)
                .is_some_and(|p| self.has(p, FROM) || self.has(p, COMPARISON));
            let figures_before =
                (at.saturating_sub(60)..tok).any(|k| num(k) && self.same_sentence(k, at));
            if !(figures_after || (compared && figures_before)) {
                return None;
            }
            let back = match v.day {
                Some(day) => {
                    let y = v.year - years;
                    (
                        PartialDate::day(y, month, day.min(days_in_month(y, month))),
                        "day_month",
                    )
                }
                None => (add_months(v, -12 * years)?, "month"),
            };
            Some((TimeValue::point(back.0), back.1))
        };
        let Some((part, rule)) = self.narrative_part else {
            return month_back();
        };
        let last = self.out.last()?;
        let last_tok = self.toks.partition_point(|t| t.start < last.span.start);
        // The last date named is the quarter itself, or its copy a whole number of years
        // back ("the year-ago period" after "the first quarter").
        let part_start = self.tok(self.narrative_part_tok)?.start;
        // "its fiscal third quarter, which ended on June 27, compared with ... a year
        // earlier": the day the quarter ended, said in a clause right after it, leaves the
        // quarter the date compared.
        let ends_part = || {
            let part_end = self
                .out
                .iter()
                .rev()
                .find(|m| m.span.start == part_start)?
                .span
                .end;
            let from = self.toks.partition_point(|t| t.start < part_end);
            let words: Vec<&str> = (from..last_tok)
                .filter_map(|k| self.tok(k))
                .filter(|t| !t.is_punct(','))
                .filter_map(|t| self.text.get(t.start as usize..t.end as usize))
                .collect();
            Some(
                !words.is_empty()
                    && words.len() <= 4
                    && words.iter().all(|w| {
                        ["which", "that", "ended", "ending", "ends", "closed", "on"]
                            .iter()
                            .any(|x| w.eq_ignore_ascii_case(x))
                    })
                    && words
                        .iter()
                        .any(|w| w.starts_with("end") || w.starts_with("close")),
            )
        };
        let ends = ends_part().unwrap_or(false);
        let is_part = part_start == last.span.start || ends;
        let same_months = |a: PartialDate, b: PartialDate| a.month == b.month && a.day == b.day;
        let is_copy = last
            .value
            .is_some_and(|v| match (v.start, v.end, part.start, part.end) {
                (Some(a), Some(b), Some(c), Some(d)) => {
                    same_months(a, c) && same_months(b, d) && a.year < c.year
                }
                _ => false,
            });
        // Figures compared in the sentence: "from $587 million a year earlier" (a year or
        // a date is no figure); "a similar bid two years ago was blocked" compares nothing.
        let (_, figures) = self.figures_before(at);
        if (last.rule != rule && !ends)
            || !(is_part || is_copy)
            || !figures
            || self.sentences_between(
                if is_part {
                    self.narrative_part_tok
                } else {
                    last_tok
                },
                at,
            ) > 1
        {
            return month_back();
        }
        // A fiscal part is its fiscal year ("FY2010-Q3"): that year less the years back.
        if rule.starts_with("fiscal_") {
            let year = part.start?.year - years;
            return Some((TimeValue::point(PartialDate::year(year)), rule));
        }
        Some((
            TimeValue::range(
                add_months(part.start?, -12 * years)?,
                add_months(part.end?, -12 * years)?,
            ),
            rule,
        ))
    }

    /// A date right after "from" or "than" ("rose 0.8% from January"): the point figures
    /// are compared with, not the date they are for.
    fn comparison_point(&self, m: &TimeMention) -> bool {
        let tok = self.toks.partition_point(|t| t.start < m.span.start);
        self.prev(tok)
            .is_some_and(|p| self.has(p, FROM) || self.has(p, COMPARISON))
    }

    /// "Traffic rose in June. The carrier said yesterday its traffic rose 5.4% from a
    /// year earlier": a sentence that compares figures ("from" or "than" right before,
    /// a figure before that) and names no date of its own but the day it was said
    /// ("yesterday", a weekday, "today") compares the month the sentence before named
    /// first ("last month" too), a year back. Nothing otherwise.
    /// The first token of the sentence `at` stands in (at most 300 tokens back, never
    /// across a line start), and whether a figure that is no date stands between it
    /// and `at` ("from $587 million a year earlier").
    fn figures_before(&self, at: usize) -> (usize, bool) {
        let mut sentence_start = at;
        while sentence_start > 0
            && at - sentence_start < 300
            && !self.tok(sentence_start).is_some_and(|t| t.has(LINE_START))
            && self.same_sentence(sentence_start - 1, sentence_start)
        {
            sentence_start -= 1;
        }
        let in_date = |k: usize| {
            self.tok(k).is_some_and(|t| {
                self.out
                    .iter()
                    .rev()
                    .take(8)
                    .any(|m| m.span.start <= t.start && t.end <= m.span.end)
            })
        };
        let figures = (sentence_start..at)
            .any(|k| self.tok(k).is_some_and(|t| t.kind == Kind::Num) && !in_date(k));
        (sentence_start, figures)
    }

    fn prev_sentence_month_back(&self, at: usize, years: i32) -> Option<(TimeValue, &'static str)> {
        let compared = self
            .prev(at)
            .is_some_and(|p| self.has(p, FROM) || self.has(p, COMPARISON));
        if !compared {
            return None;
        }
        let tok_of = |m: &TimeMention| self.toks.partition_point(|t| t.start < m.span.start);
        let (sentence_start, figures) = self.figures_before(at);
        if !figures {
            return None;
        }
        // The dates of this sentence: only the day it was said.
        let mut k = self.out.len();
        while k > 0 && tok_of(&self.out[k - 1]) >= sentence_start {
            let m = &self.out[k - 1];
            if !m.is_duration
                && !self.comparison_point(m)
                && !matches!(m.rule.as_str(), "day_offset" | "weekday" | "now")
            {
                return None;
            }
            k -= 1;
        }
        // The sentence before: its first month (a month or a day; "last month").
        let before = &self.out[..k];
        let prev_start = before
            .iter()
            .rev()
            .take_while(|m| self.sentences_between(tok_of(m), sentence_start) <= 1)
            .filter(|m| tok_of(m) < sentence_start && !m.is_duration)
            .last()?;
        let v = prev_start.value.filter(|v| v.is_point())?.start?;
        let month = v.month?;
        if !matches!(
            prev_start.rule.as_str(),
            "month" | "month_year" | "day_month" | "date" | "deictic"
        ) || v.day.is_some()
        {
            return None;
        }
        let back = add_months(PartialDate::month(v.year, month), -12 * years)?;
        Some((TimeValue::point(back), "month"))
    }

    /// `in the quarter`, `for the half`: the quarter (half) the story named last in its
    /// section ("Third-quarter profit fell 10%. Revenue in the quarter rose 5%": the third
    /// quarter), after one of `day_enders` as "the day" is ("for the quarter", "ended the
    /// quarter"). Nothing when the story named none ("a quarter of the vote", "the
    /// quarter of a century" are fractions).
    fn the_part(&mut self, i: usize) -> Option<usize> {
        let noun = i + 1;
        let (part, rule) = self.narrative_part?;
        let the = self
            .tok(i)
            .and_then(|t| self.text.get(t.start as usize..t.end as usize))
            .is_some_and(|w| w == "the");
        let fits = if rule == "quarter" || rule.starts_with("fiscal_q") {
            self.has(noun, QUARTER)
        } else {
            self.has(noun, HALF)
        };
        if !the
            || !fits
            || !self.is_lower_word(noun)
            || self.prev(i).is_none_or(|p| !self.has(p, DAY_ENDER))
            || self.has(noun + 1, OF)
            || self.is_dash(noun + 1)
            || self.tok(noun + 1).is_some_and(|t| t.kind == Kind::Num)
            || self.narrative_part_tok >= i
        {
            return None;
        }
        self.emit(
            i,
            noun + 1,
            Spec::Fixed(Some(part), Some(Anchor::Narrative)),
            rule,
        );
        self.narrative_part_tok = i;
        Some(noun + 1)
    }

    /// `the year-earlier period`, `the year-ago quarter`, `the prior-year quarter`: the
    /// quarter or half the story named last, a year before (else, for "period", the
    /// narrative's date a year before, at its own granularity). Nothing when the story
    /// named neither.
    fn year_earlier_period(&mut self, i: usize) -> Option<usize> {
        let (year, dash, word, noun) = if self.has(i + 1, POSTPOSED_PREVIOUS) {
            (i + 3, i + 2, i + 1, i + 4) // "the prior-year quarter"
        } else {
            (i + 1, i + 2, i + 3, i + 4)
        };
        let glued = |k: usize| self.tok(k).is_some_and(|t| t.glued());
        if !self.is_lower_word(i)
            || self.lex(i).is_none_or(|l| l.number > 0)
            || !self.lex(year).is_some_and(|l| l.unit == Some(Unit::Year))
            || !self.is_lower_word(year)
            || !self.is_dash(dash)
            || !glued(i + 2)
            || !glued(i + 3)
            || !(self.has(word, EARLIER)
                || self.has(word, AGO)
                || self.has(word, POSTPOSED_PREVIOUS))
            || !self.is_lower_word(noun)
        {
            return None;
        }
        let part_noun = self.has(noun, QUARTER) || self.has(noun, HALF);
        if !part_noun && !self.has(noun, PERIOD_NOUN) {
            return None;
        }
        let by_part = self.narrative_part.and_then(|(part, rule)| {
            let fits = match rule {
                "quarter" => !self.has(noun, HALF),
                r if r.starts_with("fiscal_q") => !self.has(noun, HALF),
                _ => !self.has(noun, QUARTER),
            };
            // A part of a fiscal year is shown as that year ("FY2013-Q2"): the year before.
            if rule.starts_with("fiscal_") {
                let s = part.start?;
                return (fits && part.is_point() && s.month.is_none())
                    .then(|| (TimeValue::point(PartialDate::year(s.year - 1)), rule));
            }
            fits.then(|| {
                Some((
                    TimeValue::range(add_months(part.start?, -12)?, add_months(part.end?, -12)?),
                    rule,
                ))
            })
            .flatten()
        });
        let (value, rule) = match by_part {
            Some(found) => found,
            None if !part_noun => {
                let d = self.narrative_date?;
                let back = match (d.month, d.day) {
                    (Some(m), Some(day)) => {
                        PartialDate::day(d.year - 1, m, day.min(days_in_month(d.year - 1, m)))
                    }
                    (Some(m), None) => PartialDate::month(d.year - 1, m),
                    _ => PartialDate::year(d.year - 1),
                };
                (TimeValue::point(back), "narrative_relative")
            }
            None => return None,
        };
        self.emit(
            i,
            noun + 1,
            Spec::Fixed(Some(value), Some(Anchor::Narrative)),
            rule,
        );
        Some(noun + 1)
    }

    /// "the same period of 2017", "the comparable period of 1996", "the same quarter of
    /// 2018", "the same period of fiscal 2019" after a quarter or half the story named:
    /// that part of the year written (TIMEX3 `2017-H1`, `FY2019-H2`). Nothing when the
    /// story named no part (the year alone is then the tagger's other rules').
    fn same_part_of_year(&mut self, i: usize) -> Option<usize> {
        let (same, noun, of) = (i + 1, i + 2, i + 3);
        if !self.is_lower_word(i)
            || !self.word_in(same, &self.rules.same_part_words)
            || !self.is_lower_word(noun)
            || !self.has(of, OF)
        {
            return None;
        }
        let (part, rule) = self.narrative_part?;
        let plural = self
            .tok(noun)
            .and_then(|t| self.text.get(t.start as usize..t.end as usize))
            .is_none_or(|w| w.ends_with('s'));
        let fits = if self.has(noun, QUARTER) {
            rule == "quarter" || rule.starts_with("fiscal_q")
        } else if self.has(noun, HALF) {
            rule == "half" || rule.starts_with("fiscal_h")
        } else {
            self.has(noun, PERIOD_NOUN)
        };
        if plural || !fits {
            return None;
        }
        let fiscal = rule.starts_with("fiscal_");
        let (y, end) = if fiscal {
            if !self.has(of + 1, FISCAL) {
                return None;
            }
            (self.year_at(of + 2)?, of + 3)
        } else {
            (self.year_at(of + 1)?, of + 2)
        };
        let value = if fiscal {
            TimeValue::point(PartialDate::year(y))
        } else {
            let (s, e) = (part.start?, part.end?);
            if s.year != e.year || s.month.is_none() {
                return None;
            }
            let shift = 12 * (y - s.year);
            TimeValue::range(add_months(s, shift)?, add_months(e, shift)?)
        };
        self.emit(
            i,
            end,
            Spec::Fixed(Some(value), Some(Anchor::Absolute)),
            rule,
        );
        Some(end)
    }

    fn emit_duration(
        &mut self,
        start: usize,
        end: usize,
        n: u32,
        half: bool,
        unit: Unit,
        rule: &str,
    ) {
        let iso = match unit {
            Unit::Year if half => format!("P{n}Y6M"),
            Unit::Year => format!("P{n}Y"),
            Unit::Month if half => format!("P{n}M15D"),
            Unit::Month => format!("P{n}M"),
            Unit::Week if half => format!("P{}D", n * 7 + 3),
            Unit::Week => format!("P{n}W"),
            Unit::Fortnight if half => format!("P{}D", n * 14 + 7),
            Unit::Fortnight => format!("P{}W", n * 2),
            Unit::Day if half => format!("P{n}DT12H"),
            Unit::Day => format!("P{n}D"),
            Unit::Hour if half => format!("PT{n}H30M"),
            Unit::Hour => format!("PT{n}H"),
            Unit::Decade if half => format!("P{}Y", n * 10 + 5),
            Unit::Decade => format!("P{}Y", n * 10),
            Unit::Century if half => format!("P{}Y", n * 100 + 50),
            Unit::Century => format!("P{}Y", n * 100),
        };
        let (Some(s), Some(e)) = (
            self.tok(start),
            end.checked_sub(1).and_then(|e| self.tok(e)),
        ) else {
            return;
        };
        self.out.push(TimeMention {
            span: Span::new(s.start as usize, e.end as usize),
            value: None,
            anchor: None,
            is_duration: true,
            duration: Some(iso),
            rule: rule.to_string(),
        });
    }

    // ----------------------------------------------------------------- resolution

    /// In news, the earlier year the story went back to ([`Self::story_past`]) for a
    /// yearless month at `at` in that sentence or the next, when its clause is not in
    /// the future.
    fn story_year(&self, at: usize) -> Option<i32> {
        let (y, tok) = self.story_past?;
        let p = self.ctx.published?;
        (y < p.year
            && tok < at
            && self.sentences_between(tok, at) <= 1
            && !matches!(self.tense(at), Tense::Future | Tense::Expect))
        .then_some(y)
    }

    /// The year for a month with no year, from the anchor stack:
    /// 1. the period covered, when it lies within one year and holds the month (a month
    ///    mentioned in an annual report belongs to the year reported on, even after an
    ///    earlier sentence mentioned another year: such years are background), unless
    ///    the same sentence wrote out another year ("arrested in October 2002, he was
    ///    tried in November");
    /// 2. the last year the narrative wrote out in this section;
    /// 3. a period over several years in which the month occurs exactly once;
    /// 4. the publication date's year, or the year before when the month comes after the
    ///    publication month (a report does not narrate its future);
    /// 5. nothing: unresolved.
    fn year_for(&self, month: u8, at: usize) -> Option<(i32, Anchor)> {
        if self.vague_narrative(at) {
            return None;
        }
        if let Some(y) = self.year_after_taking_effect(month, at) {
            return Some((y, Anchor::Narrative));
        }
        if self.frame == Frame::News {
            // "would cap coal use by 2017, after January brought ...": a deadline ahead
            // of the day of publication anchors no month of the sentence.
            let deadline = self.prev(self.narrative_tok).is_some_and(|p| {
                self.tok(p)
                    .and_then(|t| self.text.get(t.start as usize..t.end as usize))
                    .is_some_and(|w| w.eq_ignore_ascii_case("by"))
            }) && matches!((self.narrative_year, self.ctx.published), (Some(y), Some(p)) if y > p.year);
            if let Some(y) = self.narrative_year.filter(|&y| {
                !deadline
                    && self.same_sentence(self.narrative_tok, at)
                    && !self.closes_aside(self.narrative_tok, at)
                    && !self.ahead_not_of(at, y, Some((i32::from(month), 12)))
                    && !self.past_after_publication(at, y, month)
            }) {
                return Some((y, Anchor::Narrative));
            }
            if let Some(y) = self.story_year(at) {
                self.story_chained.set(true);
                return Some((y, Anchor::Narrative));
            }
            let p = self.ctx.published?;
            let pm = p.month?;
            // Under a dated heading of an earlier day ("Update, 3 May 2022"), a month the
            // text looks ahead to is counted from that day, not from publication.
            let (p, pm) = match self.dated_heading {
                Some(h) if h < p && h.month.is_some() => (h, h.month?),
                _ => (p, pm),
            };
            if let Some(y) = self.news_year_for(at, i32::from(month)) {
                return Some((y, Anchor::Published));
            }
            // "crude for October delivery": the first such month from this one on.
            let contract = (at + 1..at + 3).any(|k| self.has(k, FUTURES) && self.is_lower_word(k));
            if contract {
                let year = if month >= pm { p.year } else { p.year + 1 };
                return Some((year, Anchor::Published));
            }
            // "the smallest since January": a month after "since" is behind.
            let tense = if self.prev(at).is_some_and(|k| self.has(k, SINCE)) {
                Tense::Past
            } else if self.phrase_before(at, &self.rules.date_ahead) {
                // "the launch planned for April 2 has been delayed": ahead.
                Tense::Future
            } else if self
                .prev(at)
                .is_some_and(|k| self.word_in(k, &self.rules.tense_free_before))
            {
                // "named two directors, effective July 1": the nearer July 1.
                Tense::Unknown
            } else {
                self.tense(at)
            };
            // "announced in October that he would step down before Christmas": ahead of a
            // saying its sentence dates to a month before publication, the first such
            // month after that one.
            if tense == Tense::Future {
                let said = self.said_on(at).filter(|d| *d < p);
                if let Some((sy, sm)) = said.and_then(|d| Some((d.year, d.month?))) {
                    let y = if month >= sm { sy } else { sy + 1 };
                    return Some((y, Anchor::Narrative));
                }
            }
            let year = p.year + year_shift(tense, i32::from(pm), i32::from(month), 12, true);
            return Some((year, Anchor::Published));
        }
        if let Some(y) = self.year_turned(month, at) {
            self.turned_year.set(Some(y));
            return Some((y, Anchor::Narrative));
        }
        let period = self.ctx.period.and_then(|p| Some((p.start?, p.end?)));
        // A section headed by a year ("== 2017 ==") tells of that year, even in a report.
        if let (Some(_), Some(y)) = (self.heading_year, self.narrative_year) {
            return Some((y, Anchor::Narrative));
        }
        if let Some(y) = self.ahead_of_closed_period(at, i32::from(month), 12) {
            return Some((y, Anchor::Published));
        }
        if let Some((start, end)) = period {
            let in_period = |y: i32| {
                let d = PartialDate::month(y, month);
                let lo = PartialDate::month(start.year, start.month.unwrap_or(1));
                let hi = PartialDate::month(end.year, end.month.unwrap_or(12));
                lo <= d && d <= hi
            };
            let same_sentence = self.narrative_year.is_some()
                && self.same_sentence(self.narrative_tok, at)
                && !self.closes_aside(self.narrative_tok, at);
            // A period of at most a year holds the month once: a fiscal year ("1 April
            // 2018 to 31 March 2019") gives May 2018 and January 2019, as a calendar
            // year gives its own months.
            let months = (end.year - start.year) * 12 + i32::from(end.month.unwrap_or(12))
                - i32::from(start.month.unwrap_or(1));
            let within_year = (start.year == end.year || months < 12)
                && in_period(start.year) != in_period(end.year);
            let once = if start.year == end.year {
                in_period(start.year).then_some(start.year)
            } else if within_year {
                Some(if in_period(start.year) {
                    start.year
                } else {
                    end.year
                })
            } else {
                None
            };
            if let Some(y) = once.filter(|&y| !(same_sentence && self.narrative_year != Some(y))) {
                let anchor = if self.narrative_year == Some(y) {
                    Anchor::Narrative
                } else {
                    Anchor::Period
                };
                return Some((y, anchor));
            }
            if let Some(y) = self.narrative_year {
                return Some((y, Anchor::Narrative));
            }
            if end.year > start.year && end.year - start.year < 50 {
                let years: Vec<i32> = (start.year..=end.year).filter(|&y| in_period(y)).collect();
                if let [y] = years[..] {
                    return Some((y, Anchor::Period));
                }
            }
        } else if let Some(y) = self.narrative_year {
            return Some((y, Anchor::Narrative));
        }
        let p = self.ctx.published?;
        let year = match p.month {
            Some(pm) if month > pm => p.year - 1,
            _ => p.year,
        };
        Some((year, Anchor::Published))
    }

    /// "Portugal received a rescue in May 2011 and hopes to return to markets by
    /// September"; "shrank in the final three months of 2012, and economists expect it
    /// to grow in the first quarter": in news, a date whose clause looks ahead (its tense
    /// `Future` or `Expect`) is not of the year written before it in its sentence when
    /// that would put it wholly before the month of publication. `cycle` is the part
    /// (`(q, parts)`: the 3rd of 4 quarters, the 9th of 12 months); none: the year.
    fn ahead_not_of(&self, at: usize, year: i32, cycle: Option<(i32, i32)>) -> bool {
        let Some(p) = self.ctx.published else {
            return false;
        };
        let last_month = match cycle {
            Some((q, parts)) if parts > 0 => 12 / parts * q,
            _ => 12,
        };
        let behind = (year, last_month) < (p.year, i32::from(p.month.unwrap_or(12)));
        behind && matches!(self.tense(at), Tense::Future | Tense::Expect)
    }

    /// "In late 2022 parliament adopted X, which entered into force on January 1": a
    /// thing takes effect after the decision that made it, so a yearless month (at
    /// `at`) before the earliest month of the narrative's date, with a `takes_effect`
    /// phrase between them (in that sentence or the next), is in the year after it.
    /// A date with no month counts from September when written "late" / "the end of".
    fn year_after_taking_effect(&self, month: u8, at: usize) -> Option<i32> {
        if self.rules.takes_effect.is_empty() {
            return None;
        }
        let d = self.narrative_date?;
        let from = self.narrative_date_tok;
        // In news a date of an earlier sentence is background ("The Senate last passed a
        // budget in April 2009. Spending cuts took effect on March 1": this March).
        let reach = if self.frame == Frame::News { 0 } else { 1 };
        if from >= at || self.sentences_between(from, at) > reach {
            return None;
        }
        let earliest = match d.month {
            Some(m) => m,
            None if (from..from + 3)
                .any(|k| self.lex(k).is_some_and(|l| l.part == Some(Part::Late))) =>
            {
                9
            }
            None => return None,
        };
        if month >= earliest {
            return None;
        }
        (from + 1..at)
            .any(|k| self.rules.takes_effect.iter().any(|w| self.words_at(k, w)))
            .then_some(d.year + 1)
    }

    /// "On 30 December 2016 the owner reported the loss. On 3 January officers searched
    /// the flat": outside news and outside a period covered, facts told in order cross
    /// the turn of the year. A yearless January or February (at `at`) within a sentence
    /// of a day in December (or a January within a sentence of a day in November) of the
    /// narrative's year is in the next year, unless its clause is in the past perfect
    /// ("had expired on 2 January": before).
    fn year_turned(&self, month: u8, at: usize) -> Option<i32> {
        if self.frame == Frame::News || self.ctx.period.is_some() {
            return None;
        }
        let d = self.narrative_day?;
        let from = self.narrative_day_tok;
        let dm = d.month?;
        if from >= at
            || self.narrative_year != Some(d.year)
            || self.sentences_between(from, at) > 1
            || !(1..=2).contains(&(i32::from(12 - dm.min(12)) + i32::from(month)))
            || dm < 11
        {
            return None;
        }
        // The clause of `at`: back to its sentence's start (a full stop, a line start).
        let mut k = at;
        while k > from && at - k < 40 {
            k -= 1;
            let Some(t) = self.tok(k) else { break };
            if t.is_punct('.') || t.is_punct(';') || t.has(LINE_START) {
                break;
            }
            if t.kind == Kind::Word
                && self
                    .text
                    .get(t.start as usize..t.end as usize)
                    .is_some_and(|w| w.eq_ignore_ascii_case("had"))
            {
                return None;
            }
        }
        Some(d.year + 1)
    }

    /// Whether the words at tokens `k..` are `words` (lower case), in order.
    /// One of `phrases` ends right before token `k` ("before", "a week from").
    fn phrase_before(&self, k: usize, phrases: &[Vec<String>]) -> bool {
        phrases
            .iter()
            .any(|w| k >= w.len() && self.words_at(k - w.len(), w))
    }

    /// "until" at `k` ends a past wait: a phrase of `until_past` ("did not", "never")
    /// stands before it in its sentence, at most 12 tokens back, with no word of
    /// forecast, future or modality right before the phrase or between it and "until"
    /// ("was not expected until", "had not been scheduled to rule until", "will never
    /// ... until" wait ahead).
    fn until_past(&self, k: usize) -> bool {
        let ahead = |n: usize| {
            self.is_lower_word(n)
                && !self.has(n, UNTIL)
                && (self.has(n, FUTURE | FORECAST)
                    || self.word_in(n, &self.rules.modals)
                    || (self.has(n, FUTURE_BEFORE_TO) && (n + 1 == k || self.word_eq(n + 1, "to"))))
        };
        (k.saturating_sub(12)..k)
            .rev()
            .take_while(|&j| {
                self.tok(j)
                    .is_some_and(|t| !(t.is_punct('.') || t.is_punct('?') || t.is_punct('!')))
            })
            .any(|j| {
                self.rules.until_past.iter().any(|w| {
                    j + 1 >= w.len()
                        && self.words_at(j + 1 - w.len(), w)
                        && !((j + 1 - w.len()).saturating_sub(1)..k).any(ahead)
                })
            })
    }

    /// The token before `k` is a word of `set_quantifiers` ("every", "each").
    fn after_set_quantifier(&self, k: usize) -> bool {
        self.prev(k)
            .is_some_and(|p| self.word_in(p, &self.rules.set_quantifiers))
    }

    fn words_at(&self, k: usize, words: &[String]) -> bool {
        words.iter().enumerate().all(|(n, w)| {
            self.tok(k + n).is_some_and(|t| {
                t.kind == Kind::Word
                    && self
                        .text
                        .get(t.start as usize..t.end as usize)
                        .is_some_and(|s| s.eq_ignore_ascii_case(w))
            })
        })
    }

    /// The day a thing reported at `i` was said, when its sentence dates the saying:
    /// "In December, Kral told parliament that the embassy would open next year", "X
    /// said on 30 December that ...": the narrative's date written in the sentence
    /// before a verb of `reporting_verbs` that stands before `i`, or right after that
    /// verb with no "that" between. "Next year" in what was said counts from that day.
    /// Whether the word at `k` is a verb of `reporting_verbs` (lower-case).
    fn reporting_word(&self, k: usize) -> bool {
        self.tok(k).is_some_and(|t| {
            t.kind == Kind::Word
                && !t.has(CAP)
                && self
                    .text
                    .get(t.start as usize..t.end as usize)
                    .is_some_and(|w| {
                        self.rules
                            .reporting_verbs
                            .iter()
                            .any(|v| v.eq_ignore_ascii_case(w))
                    })
        })
    }

    fn said_on(&self, i: usize) -> Option<PartialDate> {
        if self.rules.reporting_verbs.is_empty() {
            return None;
        }
        let d = self.narrative_date?;
        let at = self.narrative_date_tok;
        if at >= i || !self.same_sentence(at, i) {
            return None;
        }
        let reporting = |k: usize| self.reporting_word(k);
        // The date and the verb in one clause: no "and", "that", "which" ... between them
        // ("Prices rose in March, and analysts said ..." dates the rise, not the saying).
        let one_clause = |a: usize, b: usize| !(a + 1..b).any(|n| self.has(n, CLAUSE_BREAK));
        let lo = i.saturating_sub(40).max(at.saturating_sub(6));
        (lo..i)
            .filter(|&k| reporting(k))
            .any(|k| {
                if k > at {
                    one_clause(at, k)
                } else {
                    one_clause(k, at)
                }
            })
            .then_some(d)
    }

    /// The first year of the decade the narrative last stood in before `at`, when the
    /// last years it wrote are a decade or a part of one ("in the early 1990s") and no
    /// year came after.
    fn vague_decade(&self, at: usize) -> Option<i32> {
        let v = self
            .narrative_vague_tok
            .filter(|&v| v < at && (self.narrative_year.is_none() || v > self.narrative_tok))?;
        let from = self.tok(v)?.start;
        let m = self.out.iter().rev().find(|m| m.span.start == from)?;
        let (s, e) = (m.value?.start?, m.value?.end?);
        let decade = s.year.div_euclid(10);
        (decade == e.year.div_euclid(10) && e.year > s.year && s.month.is_none())
            .then_some(decade * 10)
    }

    /// Whether the last years the narrative wrote before `at` are a range ("It went
    /// public in the mid-1980s and moved in the fall"), which leaves a yearless month
    /// or season no year a reader can name: in its sentence; in a text read from its
    /// own narrative, in its section.
    fn vague_narrative(&self, at: usize) -> bool {
        let Some(v) = self
            .narrative_vague_tok
            .filter(|&v| v < at && (self.narrative_year.is_none() || v > self.narrative_tok))
        else {
            return false;
        };
        (self.same_sentence(v, at) && !self.closes_aside(v, at))
            || (self.frame == Frame::Other && self.heading_year.is_none())
    }

    /// Whether the year at token `a` sits in an aside that a comma closes before the
    /// date at `b`: "X, sentenced to death in July 2009, was executed in March" (the
    /// comma is followed by a lower-case word that is no conjunction). A year that opens
    /// the sentence ("In 2009, ...") frames it and is never an aside.
    fn closes_aside(&self, a: usize, b: usize) -> bool {
        // In a report, a semicolon ends the clause of a year written as background: "In
        // 2014 police beat a detainee ...; on April 19, a court sentenced two officers"
        // (a report on 2016: the period's April).
        if self.frame == Frame::Report && (a + 1..b).any(|k| self.is_punct(k, ';')) {
            return true;
        }
        let opens = (a.saturating_sub(2)..a)
            .any(|k| self.tok(k).is_some_and(|t| t.has(LINE_START)))
            || a.checked_sub(2)
                .and_then(|k| self.tok(k))
                .is_some_and(|t| t.is_punct('.'))
            || a.checked_sub(1)
                .and_then(|k| self.tok(k))
                .is_some_and(|t| t.is_punct('.'));
        if opens {
            return false;
        }
        // "X, sentenced in July 2009, was executed in March"
        let comma = (a + 1..b).any(|k| {
            self.is_punct(k, ',')
                && self.is_lower_word(k + 1)
                && !self.has(k + 1, AND)
                && !self.has(k + 1, OR)
                && !self.has(k + 1, CLAUSE_BREAK)
        });
        // "Seven leaders arrested in 2008 were sentenced in August": the verb of the
        // sentence comes after the year (no "and" between).
        let verb_after =
            (a + 1..b).any(|k| self.has(k, AUXILIARY)) && !(a + 1..b).any(|k| self.has(k, AND));
        // "since its launch in 2003 and that as of February": another clause.
        let new_clause = (a + 1..b).any(|k| self.has(k, CLAUSE_OPENER));
        comma || verb_after || new_clause
    }

    /// No sentence end between tokens `a` and `b` (looks at most 300 tokens).
    fn same_sentence(&self, a: usize, b: usize) -> bool {
        if b < a || b - a > 300 {
            return false;
        }
        !(a..b).any(|k| {
            self.tok(k)
                .is_some_and(|t| t.is_punct('.') || t.is_punct('!') || t.is_punct('?'))
                && self.capital_after_stop(k)
        })
    }

    /// Whether a capital or a line's start follows the stop at token `k` (not glued to
    /// it), past quotation marks and a closing bracket: `said. "Maybe`, `then." He`.
    fn capital_after_stop(&self, k: usize) -> bool {
        let quote = |t: &Tok| {
            t.kind == Kind::Punct
                && matches!(
                    char::from_u32(t.value),
                    Some('"' | '\'' | '\u{201c}' | '\u{201d}' | '\u{2018}' | '\u{2019}' | ')')
                )
        };
        let mut j = k + 1;
        while j <= k + 2 && self.tok(j).is_some_and(|t| quote(t) && !t.has(LINE_START)) {
            j += 1;
        }
        self.tok(j)
            .is_some_and(|n| n.has(LINE_START) || (n.has(CAP) && (j > k + 1 || !n.glued())))
    }

    fn resolve(&self, d: D) -> Option<(PartialDate, Anchor)> {
        let (year, anchor) = match d.year {
            Some(y) => (y, Anchor::Absolute),
            None => self.year_for(d.month?, d.start)?,
        };
        to_date(year, d.month, d.day).map(|p| (p, anchor))
    }

    /// `fiscal 2012`, `the fiscal year 2012`: the first token of the fiscal words before
    /// the year at `i`.
    fn fiscal_before(&self, i: usize) -> Option<usize> {
        let p = self.prev(i)?;
        if self.has(p, FISCAL) {
            return Some(p);
        }
        let q = self.prev(p)?;
        (self.lex(p).is_some_and(|l| l.unit == Some(Unit::Year)) && self.has(q, FISCAL))
            .then_some(q)
    }

    fn emit(&mut self, start: usize, end: usize, spec: Spec, rule: &str) {
        // "every Tuesday", "each Aug. 16": a day that recurs (TIMEX3 SET), no date.
        if self.after_set_quantifier(start) {
            return;
        }
        let (start, rule) = match spec {
            Spec::Point(d) if rule == "year" && d.month.is_none() => {
                match self.fiscal_before(start) {
                    Some(s) => (s, "fiscal_year"),
                    None => (start, rule),
                }
            }
            _ => (start, rule),
        };
        let (Some(s), Some(e)) = (
            self.tok(start),
            end.checked_sub(1).and_then(|e| self.tok(e)),
        ) else {
            return;
        };
        let (span_start, span_end) = (s.start, e.end);
        self.enter_sections(span_start);
        self.turned_year.set(None);
        let (value, anchor, narrative) = match spec {
            Spec::Point(d) => match self.resolve(d) {
                Some((p, a)) => (Some(TimeValue::point(p)), Some(a), true),
                None => (None, None, false),
            },
            Spec::Since(d) => match self.resolve(d) {
                // "the slowest pace since 1999, but growth picked up in the fourth
                // quarter": in news the point a since compares with is not the story's.
                Some((p, a)) => (
                    Some(TimeValue {
                        start: Some(p),
                        end: None,
                    }),
                    Some(a),
                    self.frame != Frame::News,
                ),
                None => (None, None, false),
            },
            Spec::Until(d) => match self.resolve(d) {
                Some((p, a)) => (
                    Some(TimeValue {
                        start: None,
                        end: Some(p),
                    }),
                    Some(a),
                    true,
                ),
                None => (None, None, false),
            },
            Spec::Range(a, b) => {
                let (a, b) = if a.year.is_none() && b.year.is_none() {
                    match self.year_for(b.month.unwrap_or(12), a.start) {
                        Some((y, anchor)) => {
                            let ya = if a.month > b.month { y - 1 } else { y };
                            let pa = to_date(ya, a.month, a.day);
                            let pb = to_date(y, b.month, b.day);
                            (pa.map(|p| (p, anchor)), pb.map(|p| (p, anchor)))
                        }
                        None => (None, None),
                    }
                } else {
                    (self.resolve(a), self.resolve(b))
                };
                match (a, b) {
                    (Some((pa, aa)), Some((pb, ab))) if pa <= pb || pa.year < pb.year => {
                        let anchor = if aa == Anchor::Absolute { ab } else { aa };
                        (Some(TimeValue::range(pa, pb)), Some(anchor), true)
                    }
                    _ => (None, None, false),
                }
            }
            Spec::Fixed(value, anchor) => (value, anchor, false),
        };
        let turned = self.turned_year.take();
        let chained = self.story_chained.take();
        if self.frame == Frame::News {
            // "killed that month", "four years later" read from an earlier year, and a
            // month that continued it: the story stands in that year; a date read from
            // the day of publication brings it back to the present.
            let back = value
                .and_then(|v| v.start)
                .zip(self.ctx.published)
                .filter(|(d, p)| d.year < p.year)
                .map(|(d, _)| d.year);
            match anchor {
                Some(Anchor::Narrative) if chained => {
                    if let Some(y) = back {
                        self.story_past = Some((y, start));
                    }
                }
                Some(Anchor::Published) => self.story_past = None,
                _ => {}
            }
        }
        if rule.starts_with("fiscal_") && anchor == Some(Anchor::Absolute) {
            if let Some(y) = value
                .and_then(|v| v.start.filter(|s| v.is_point() && s.month.is_none()))
                .map(|s| s.year)
            {
                self.fiscal_year_named = Some(y);
            }
        }
        if self.frame == Frame::News && anchor == Some(Anchor::Published) {
            let whole_year = value.and_then(|v| {
                let s = v.start?;
                let e = v.end.unwrap_or(s);
                let whole = s.year == e.year
                    && s.month
                        .is_none_or(|m| m == 1 && s.day.is_none_or(|d| d == 1))
                    && e.month
                        .is_none_or(|m| m == 12 && e.day.is_none_or(|d| d == 31));
                whole.then_some(s.year)
            });
            if let Some(y) = whole_year {
                self.news_year = Some((y, start));
            }
        }
        if narrative {
            if let Some(v) = value {
                if anchor == Some(Anchor::Absolute) {
                    if let Some(d) = v.start.filter(|d| d.day.is_some() && v.end == v.start) {
                        self.named_day = Some((d, start));
                        if self.heading_label_before(start) && self.page_line_ends(end) {
                            self.dated_heading = Some(d);
                        }
                    }
                }
                let meta = (start.saturating_sub(3)..start).any(|k| self.has(k, META));
                // A date in a heading ("== Death sentences since 2003 ==") names the
                // section's topic; it sets no narrative date for the text below.
                let heading = self.next_section > 0
                    && self
                        .sections
                        .get(self.next_section - 1)
                        .and_then(|&line| self.text.get(line as usize..span_start as usize))
                        .is_some_and(|head| !head.contains('\n'));
                // ... unless the heading is the year itself ("== 2008 ==", "### 2008"):
                // the section then tells of that year.
                let year_heading = heading
                    && self
                        .sections
                        .get(self.next_section - 1)
                        .and_then(|&line| {
                            let rest = self.text.get(line as usize..)?;
                            let head = rest.split('\n').next()?;
                            Some(
                                head.trim_matches(|c: char| {
                                    c.is_whitespace()
                                        || matches!(c, '#' | '=' | '*' | ':' | '-' | '_')
                                }) == self.text.get(span_start as usize..span_end as usize)?,
                            )
                        })
                        .unwrap_or(false);
                // "the 1967 Protocol", "Act 2023": a year that names a document; "the
                // 2017 killing of X", "a 2003 robbery-murder": a year that says which
                // event a noun is. Neither is where the narrative stands.
                let name = self.names_a_document(start, end) || self.modifies_a_noun(start, end);
                let background = self.background_day(start, v.start.or(v.end));
                // "in the mid-1980s", "between 1995 and 1998": whole years, several.
                let years_range = matches!((v.start, v.end),
                    (Some(s), Some(e)) if s.month.is_none() && e.month.is_none() && e.year > s.year);
                if !meta
                    && (!heading || year_heading)
                    && !name
                    && anchor == Some(Anchor::Absolute)
                    && years_range
                {
                    self.narrative_vague_tok = Some(start);
                    self.narrative_year = None;
                    self.narrative_date = None;
                } else if !meta && (!heading || year_heading) && !name && !background {
                    if anchor == Some(Anchor::Absolute) {
                        self.story_past = None;
                    }
                    self.narrative_date = v.start.or(v.end);
                    self.narrative_date_tok = start;
                    if let Some(d) = self.narrative_date.filter(|d| d.day.is_some()) {
                        self.narrative_day = Some(d);
                        self.narrative_day_tok = start;
                    }
                    if let Some(y) = turned {
                        // The narrative crossed into the next year with this date.
                        if self.narrative_date.is_some_and(|d| d.year == y) {
                            self.narrative_year = Some(y);
                            self.narrative_tok = start;
                        }
                    }
                    if anchor == Some(Anchor::Absolute) {
                        self.narrative_year = self.narrative_date.map(|d| d.year);
                        self.narrative_tok = start;
                        // A heading that is a year alone, not a dateline ("February 28, 2005").
                        if year_heading && self.narrative_date.is_some_and(|d| d.month.is_none()) {
                            self.heading_year = self.narrative_year;
                        }
                    }
                }
            }
        }
        self.out.push(TimeMention {
            span: Span::new(span_start as usize, span_end as usize),
            value,
            anchor,
            is_duration: false,
            duration: None,
            rule: rule.to_string(),
        });
    }
}

impl Tagger<'_> {
    /// A year alone between a determiner (`determiners`: "the", "a", "its") and a
    /// lower-case word that is no function word, unit or joiner: "the 2017 killing",
    /// "a 2003 robbery-murder", "the 1995 sarin attack". It says which event the noun
    /// is, not when the sentence is.
    fn modifies_a_noun(&self, start: usize, end: usize) -> bool {
        end == start + 1
            && self
                .tok(start)
                .is_some_and(|t| t.kind == Kind::Num && t.digits == 4)
            && self
                .prev(start)
                .is_some_and(|p| self.has(p, DETERMINER) && self.is_lower_word(p))
            && self.is_lower_word(end)
            && !self.lex(end).is_some_and(|l| {
                l.unit.is_some()
                    || l.has(FUNCTION_WORD | AND | OR | OF | SINCE | UNTIL | BETWEEN | FROM)
            })
    }

    /// A date right before a capitalised document noun ("the 1967 Protocol", "its 2018
    /// Report") or right after one ("Act 2023", "Resolution 2005"): part of a name.
    fn names_a_document(&self, start: usize, end: usize) -> bool {
        let name_noun =
            |k: usize| self.has(k, NAME_NOUN) && self.tok(k).is_some_and(|t| t.has(CAP));
        // "the 2009 Military Commissions Act": up to four capitalised words to the noun.
        let capitalised = |k: usize| {
            self.tok(k)
                .is_some_and(|t| t.kind == Kind::Word && t.has(CAP) && !t.has(LINE_START))
        };
        let mut k = end;
        while k < end + 4 && capitalised(k) && !name_noun(k) {
            k += 1;
        }
        // "the Criminal Code of 2009", "the Protocol of 1967": the noun, "of", the year.
        // "Act No. 4 of 2009", "Law No. 266 of 2003": the noun, its number, "of", the year.
        let numbered = |k: usize| {
            self.tok(k).is_some_and(|t| t.kind == Kind::Num)
                && (k.saturating_sub(3)..k).any(|n| {
                    ["No", "Nos", "Number", "Nr"]
                        .iter()
                        .any(|w| self.word_eq(n, w))
                        && n.checked_sub(1).is_some_and(name_noun)
                })
        };
        let of_year =
            start >= 2 && self.has(start - 1, OF) && (name_noun(start - 2) || numbered(start - 2));
        name_noun(k) || start.checked_sub(1).is_some_and(name_noun) || of_year
    }
}

/// How a sentence places a date against the publication date.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Tense {
    Past,
    Future,
    /// A verb of forecast ("expect"): ahead, but the unit just ended stays behind.
    Expect,
    Unknown,
}

/// The month a fiscal year ends in, when a text says so and it is not December: "whose
/// fiscal year ends in late January", "the financial year ending 31 March", "for the
/// fiscal year ended Sept. 30"; with the byte offset where the text first says so.
fn fiscal_year_end(text: &str) -> Option<(u8, usize, bool)> {
    static END: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(
            r"(?i)\b(?:fiscal|financial) year,? (?:that |which )?(?:ends|ending|ended|closes|runs to|to)(?: in| on| at the end of)?(?: late| early| mid-?| the end of)? (?:\d{1,2}(?:st|nd|rd|th)? )?(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov)[a-z]*\b",
        )
        .expect("a valid pattern")
    });
    // "its fiscal third quarter, which ended on June 27", "the fiscal fourth quarter,
    // which ends in September": the year ends with the fourth quarter, so that many
    // quarters after the month said.
    static QUARTER_END: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(
            r"(?i)\b(?:fiscal|financial)[ -](first|second|third|fourth)[ -]quarter,? (?:that |which )?(?:ends|ending|ended|closes|closed)(?: in| on| at the end of)?(?: late| early| mid-?| the end of)? (?:\d{1,2}(?:st|nd|rd|th)? )?(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b",
        )
        .expect("a valid pattern")
    });
    const MONTHS: [&str; 12] = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ];
    let by_year = END.captures(text);
    let by_quarter = QUARTER_END.captures(text).and_then(|c| {
        let q = ["first", "second", "third", "fourth"]
            .iter()
            .position(|w| c.get(1).is_some_and(|m| m.as_str().eq_ignore_ascii_case(w)))?;
        let m = MONTHS
            .iter()
            .position(|w| c.get(2).is_some_and(|m| m.as_str().eq_ignore_ascii_case(w)))?;
        let end = (m + 3 * (3 - q)) % 12;
        // a fourth quarter ending in December: the calendar year
        (end != 11).then(|| (end as u8 + 1, c.get(0).map_or(0, |m| m.start())))
    });
    let found = match (by_year, by_quarter) {
        // Said of the year itself, wherever: that statement ("Kestrel, whose fiscal year
        // ends in June", after "the fiscal first quarter, which ended Sept. 30").
        (Some(found), _) => found,
        (None, Some((month, at))) => {
            let said_from = match company_before_whose(&text[..at]) {
                Some(name) if !opens_with(text, name) => at,
                _ => 0,
            };
            return Some((month, said_from, true));
        }
        (None, None) => return None,
    };
    let month = found.get(1)?.as_str().to_ascii_lowercase();
    let at = found.get(0).map_or(0, |m| m.start());
    // "Brandt, whose fiscal year ends in late January" of the company the story opens
    // with holds for the whole story; "a rival, Marlin Detention Group Inc., whose
    // fiscal year ends June 30" only from where it is said.
    let said_from = match company_before_whose(&text[..at]) {
        Some(name) if !opens_with(text, name) => at,
        _ => 0,
    };
    [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov",
    ]
    .iter()
    .position(|m| *m == month)
    .map(|i| (i as u8 + 1, said_from, false))
}

/// The first word of the capitalised name right before ", whose" (a ticker or other
/// bracket and a company suffix skipped) at the end of `before`.
fn company_before_whose(before: &str) -> Option<&str> {
    let head = before.trim_end().strip_suffix("whose")?.trim_end();
    let head = head.strip_suffix(',').unwrap_or(head).trim_end();
    let head = match head.strip_suffix(')') {
        Some(h) => h.rfind('(').map_or(h, |o| h[..o].trim_end()),
        None => head,
    };
    let words: Vec<&str> = head.split_whitespace().collect();
    let capital = |w: &&&str| w.chars().next().is_some_and(char::is_uppercase);
    let run = words.iter().rev().take_while(capital).count();
    (run > 0).then(|| words[words.len() - run].trim_matches(|c: char| !c.is_alphanumeric()))
}

/// Whether `name` is in the first sentence of one of the text's opening lines (its
/// headline, its lead).
fn opens_with(text: &str, name: &str) -> bool {
    text.lines()
        .filter(|l| !l.trim().is_empty())
        .take(4)
        .any(|l| l.split(". ").next().is_some_and(|s| s.contains(name)))
}

/// Years to add to the publication year for a month (or quarter) `want` of a cycle of
/// `n` when the publication date is at `now` of that cycle: the same one or the next in
/// the future, the same one or the last in the past, else the nearer (a tie goes back).
fn year_shift(tense: Tense, now: i32, want: i32, n: i32, first_month: bool) -> i32 {
    let ahead = (want - now).rem_euclid(n);
    match tense {
        _ if ahead == 0 => 0,
        // the unit just ended, in the first month of the next: its figures are to come
        Tense::Expect if ahead == n - 1 && n >= 4 && first_month => -i32::from(want > now),
        // "would post a loss for the third quarter" early in October: the quarter just
        // ended, whose figures are to come (a quarter a year ahead is "next year's").
        Tense::Future if ahead == n - 1 && n == 4 && first_month => -i32::from(want > now),
        Tense::Future | Tense::Expect => i32::from(want < now),
        Tense::Past => -i32::from(want > now),
        Tense::Unknown if ahead < n - ahead => i32::from(want < now),
        Tense::Unknown => -i32::from(want > now),
    }
}

/// The ISO 8601 week of a day: (week-numbering year, week 1..=53).
pub(crate) fn iso_week(d: PartialDate) -> Option<(i32, u8)> {
    let thursday = add_days(d, 4 - i32::from(weekday_of(d)?))?;
    let day_of_year = (1..thursday.month?)
        .map(|m| i32::from(days_in_month(thursday.year, m)))
        .sum::<i32>()
        + i32::from(thursday.day?);
    Some((thursday.year, ((day_of_year - 1) / 7 + 1) as u8))
}

/// Day of the week, 1 = Monday .. 7 = Sunday.
pub(crate) use dossier_model::weekday_of;

/// The Saturday and Sunday next to a holiday: the weekend before a Monday to Wednesday,
/// the one after a Thursday or Friday, its own on a weekend ("the Memorial Day weekend").
fn weekend_next_to(day: PartialDate) -> Option<TimeValue> {
    let w = i32::from(weekday_of(day)?);
    let sat = add_days(day, if w <= 3 { -(w + 1) } else { 6 - w })?;
    Some(TimeValue::range(sat, add_days(sat, 1)?))
}

/// The length in bytes of `name` (lower case, "'" for any apostrophe) at the start of
/// `text`, matched case-insensitively and ending at a word boundary.
fn holiday_name_len(text: &str, name: &str) -> Option<usize> {
    let mut pos = 0;
    let mut chars = text.chars();
    for want in name.chars() {
        let got = chars.next()?;
        pos += got.len_utf8();
        let got = match got {
            '\u{2019}' => '\'',
            c => c.to_ascii_lowercase(),
        };
        if got != want {
            return None;
        }
    }
    chars
        .next()
        .is_none_or(|c| !c.is_alphanumeric())
        .then_some(pos)
}

/// The rule that shows a part of a fiscal year: quarter `q` of `parts` (4 or 2) is
/// `fiscal_q1` .. `fiscal_q4`, `fiscal_h1`, `fiscal_h2`.
fn fiscal_part_rule(q: u8, parts: u8) -> &'static str {
    const RULES: [&str; 6] = [
        "fiscal_q1",
        "fiscal_q2",
        "fiscal_q3",
        "fiscal_q4",
        "fiscal_h1",
        "fiscal_h2",
    ];
    RULES[usize::from(q.clamp(1, 4) - 1) + if parts == 4 { 0 } else { 4 }]
}

/// The first day of weekday `target` (1 = Monday) after `day` (`sign` > 0) or before it.
fn next_weekday(day: PartialDate, target: i32, sign: i32) -> Option<PartialDate> {
    let w = i32::from(weekday_of(day)?);
    let delta = if sign > 0 {
        let d = (target - w).rem_euclid(7);
        if d == 0 {
            7
        } else {
            d
        }
    } else {
        let d = (w - target).rem_euclid(7);
        -(if d == 0 { 7 } else { d })
    };
    add_days(day, delta)
}

/// Whether "the 1800s" written with `year` names a century (TIMEX3 `18`): "the 1800s",
/// "the 1900s" do; "the 2000s" is read as a decade, as it is mostly meant.
fn names_century(year: i32) -> bool {
    year % 100 == 0 && year < 2000
}

/// The day a holiday falls on in `year`.
fn holiday_date(date: HolidayDate, year: i32, lunar: &[PartialDate]) -> Option<PartialDate> {
    match date {
        HolidayDate::Lunar(offset) => {
            let day = lunar.iter().find(|d| d.year == year)?;
            add_days(*day, i32::from(offset))
        }
        HolidayDate::Fixed(m, d) => to_date(year, Some(m), Some(d)),
        HolidayDate::Easter(offset) => {
            // Anonymous Gregorian computus.
            let (a, b, c) = (year % 19, year / 100, year % 100);
            let (d, e) = (b / 4, b % 4);
            let g = (8 * b + 13) / 25;
            let h = (19 * a + b - d - g + 15) % 30;
            let (i, k) = (c / 4, c % 4);
            let l = (32 + 2 * e + 2 * i - h - k) % 7;
            let m = (a + 11 * h + 19 * l) / 433;
            let month = (h + l - 7 * m + 90) / 25;
            let day = (h + l - 7 * m + 33 * month + 19) % 32;
            let sunday = to_date(year, Some(month as u8), Some(day as u8))?;
            add_days(sunday, i32::from(offset))
        }
        HolidayDate::WeekdayOnOrAfter(m, d, weekday) => {
            let from = to_date(year, Some(m), Some(d))?;
            let wd = weekday_of(from)?;
            to_date(year, Some(m), Some(d + (7 + weekday - wd) % 7))
        }
        HolidayDate::NthWeekday(m, weekday, n) => {
            let first = to_date(year, Some(m), Some(1))?;
            let wd = weekday_of(first)?;
            let first_day = 1 + (7 + weekday - wd) % 7;
            if n == 0 {
                // The last: the fifth when the month has one, else the fourth.
                return to_date(year, Some(m), Some(first_day + 28))
                    .or_else(|| to_date(year, Some(m), Some(first_day + 21)));
            }
            to_date(year, Some(m), Some(first_day + 7 * (n - 1)))
        }
    }
}

fn rule_for(d: &D) -> &'static str {
    match (d.year.is_some(), d.month.is_some(), d.day.is_some()) {
        (true, true, true) => "date",
        (true, true, false) => "month_year",
        (true, false, _) => "year",
        (false, true, true) => "day_month",
        (false, true, false) => "month",
        (false, false, _) => "date",
    }
}

/// A parsed date that cannot exist ("31 June") is no date.
fn valid(d: D) -> Option<D> {
    match (d.month, d.day) {
        (Some(m), Some(day)) => (day <= days_in_month(d.year.unwrap_or(2000), m)).then_some(d),
        _ => Some(d),
    }
}

fn to_date(year: i32, month: Option<u8>, day: Option<u8>) -> Option<PartialDate> {
    if !(1..=9999).contains(&year) {
        return None;
    }
    match (month, day) {
        (None, _) => Some(PartialDate::year(year)),
        (Some(m), None) => (1..=12).contains(&m).then(|| PartialDate::month(year, m)),
        (Some(m), Some(d)) => {
            (d >= 1 && d <= days_in_month(year, m)).then(|| PartialDate::day(year, m, d))
        }
    }
}

fn add_months(date: PartialDate, n: i32) -> Option<PartialDate> {
    let month0 = date.year.checked_mul(12)? + i32::from(date.month?) - 1 + n;
    let year = month0.div_euclid(12);
    let month = (month0.rem_euclid(12) + 1) as u8;
    to_date(year, Some(month), None)
}

pub(crate) fn add_days(date: PartialDate, n: i32) -> Option<PartialDate> {
    let (mut year, mut month, mut day) = (date.year, date.month?, i32::from(date.day?) + n);
    for _ in 0..400 {
        if day < 1 {
            month = if month == 1 {
                year -= 1;
                12
            } else {
                month - 1
            };
            day += i32::from(days_in_month(year, month));
        } else if day > i32::from(days_in_month(year, month)) {
            day -= i32::from(days_in_month(year, month));
            month = if month == 12 {
                year += 1;
                1
            } else {
                month + 1
            };
        } else {
            return to_date(year, Some(month), Some(day as u8));
        }
    }
    None
}

/// `base` moved by `n` units, kept at the granularity both allow.
fn shift(base: PartialDate, unit: Unit, n: i32) -> Option<PartialDate> {
    match unit {
        Unit::Year => Some(PartialDate::year(base.year.checked_add(n)?)),
        Unit::Decade => Some(PartialDate::year(
            base.year.checked_add(n.checked_mul(10)?)?,
        )),
        Unit::Century => None,
        Unit::Month => add_months(PartialDate { day: None, ..base }, n),
        Unit::Week => match base.day {
            Some(_) => add_days(base, n.checked_mul(7)?),
            None => None,
        },
        Unit::Fortnight => shift(base, Unit::Week, n.checked_mul(2)?),
        Unit::Day => match base.day {
            Some(_) => add_days(base, n),
            None => None,
        },
        Unit::Hour => None,
    }
}
