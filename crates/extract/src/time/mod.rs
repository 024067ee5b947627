//! Temporal expressions: find them, normalise them against the document's anchors.
//!
//! One pass over the text (`scan`) splits it into tokens and looks every short word up
//! in the language's word lists ([`TimeRules`], `rules/time.en.json`, one hash probe per
//! word): that is the prefilter. The patterns (`grammar`) run only at numbers and listed
//! words, and look a few tokens either side. Measured: about 65 MB/s on one core over
//! the UN General Debate corpus (`time_speed`, release).
//!
//! Choices worth knowing: month and weekday names need a capital letter, and a lone
//! month needs a date word before it ("in", "on", "since", "between", "mid-"), so the
//! verb "may" is never May; a four-digit number is a year only in 1000..=2100 and with
//! year context (a preposition, "a 2018 law", a line or sentence start before a
//! capitalised word, "(2003)", a list or range of years); a part of a year is the year
//! ("late 2001" is 2001, as TIMEX3 has it: which months "late" covers is the writer's),
//! inside a range a third of it (early = January-April, mid = May-August, late =
//! September-December), of a decade its years 0-3, 4-6, 7-9; seasons are meteorological (winter 2004 = 2004-12/2005-02); "In 2008 and
//! 2016" gives two mentions, "between 2010 and 2015" one range; relative expressions
//! ("two days later", "the following year") use the last date of the section, vague
//! ones ("several days later") only its month, "later" alone nothing. Partial dates ("In November") are
//! resolved at once against an anchor stack, recorded in [`TimeMention::anchor`]:
//! the period covered when it lies within one year, else the last year the narrative
//! wrote out in the current section (a section starts at a heading-like line), else a
//! multi-year period holding the month once, else the publication date (the year
//! before when the month comes after the publication month), else unresolved (`None`).
//! Durations carry an ISO 8601 duration and never a date value.
//!
//! **Invariant:** never panics, every span lies on char boundaries inside the text, and
//! nothing is guessed: an expression no anchor resolves is kept with `value: None`.
//!
//! A text with neither a publication date nor a period may still say when it was
//! written: "7 years ago, on August 4, 2016" puts its present in 2023 (every such pair
//! in the text must agree); it is then read as if published that year.

mod grammar;
pub(crate) use grammar::{add_days, weekday_of};
mod rules;
mod scan;
#[cfg(test)]
mod tests;

pub use rules::{SlashOrder, TimeRules};

/// Whether `word` speaks of a text's own dates (`meta_words` of the time rules:
/// "updated", "published", "posted", "date").
pub(crate) fn is_meta_word(word: &str) -> bool {
    TimeRules::english()
        .lookup(word)
        .is_some_and(|l| l.has(rules::META))
}

use dossier_model::{Anchor, Document, PartialDate, Span, TimeMention, TimeValue};

/// What partial and relative dates are resolved against.
#[derive(Clone, Debug, Default)]
pub struct AnchorContext {
    /// The period the document covers ("Covering events from January - December 2003").
    pub period: Option<TimeValue>,
    /// The publication date (else the date of the last update).
    pub published: Option<PartialDate>,
    /// The publication date is a court's day of decision: the text is no news story.
    pub decision: bool,
}

/// How a document speaks of time, as it bears on yearless and relative dates.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Frame {
    /// A periodic report with a period covered: "In June" is June of that period.
    Report,
    /// A news story or press release (a day of publication, no period, short): "on
    /// Friday" and "in June" are read from the day of publication, with the tense of
    /// the sentence; a year written earlier anchors only within its own sentence.
    News,
    /// Anything else (encyclopedic, legal): the narrative's own year, then the
    /// publication date.
    Other,
}

/// Longest text (bytes) still read as a news story when it has a day of publication.
pub const NEWS_MAX_BYTES: usize = 30_000;

impl AnchorContext {
    /// The document's frame, given the length of its text.
    pub fn frame(&self, text_len: usize) -> Frame {
        let news = self.published.is_some_and(|p| p.day.is_some())
            && !self.decision
            && text_len <= NEWS_MAX_BYTES;
        // A period that runs on past the day of publication ("The current Five-Year Plan,
        // covering 2011 to 2015" in a story of 2013) is no period a text looks back on:
        // a short text with a day of publication is then still a news story.
        let open_period = matches!((self.period.and_then(|p| p.end), self.published),
            (Some(end), Some(p)) if end > p);
        if self
            .period
            .is_some_and(|p| p.start.is_some() && p.end.is_some())
            && !(news && open_period)
        {
            Frame::Report
        } else if news {
            Frame::News
        } else {
            Frame::Other
        }
    }

    pub fn from_document(document: &Document) -> Self {
        let period = document.meta.period.as_ref().and_then(|p| {
            Some(TimeValue::range(
                PartialDate::parse(&p.value.start)?,
                PartialDate::parse(&p.value.end)?,
            ))
        });
        // A page that gives only its last update speaks from that day.
        let published = document
            .meta
            .published
            .as_ref()
            .or(document.meta.updated.as_ref())
            .and_then(|p| PartialDate::parse(&p.value));
        let decision = document
            .meta
            .published
            .as_ref()
            .is_some_and(|p| p.rule == "decision_line" || p.rule == "filed_header");
        AnchorContext {
            period,
            published,
            decision,
        }
    }
}

/// Find and normalise every temporal expression in `text` (English rules).
pub fn tag(text: &str, ctx: &AnchorContext) -> Vec<TimeMention> {
    tag_with(text, ctx, TimeRules::english())
}

/// Find and normalise every temporal expression in `text` with the given word lists.
pub fn tag_with(text: &str, ctx: &AnchorContext, rules: &TimeRules) -> Vec<TimeMention> {
    if text.len() >= u32::MAX as usize {
        return Vec::new();
    }
    // A court's judgment opened by its heading ("IN THE COURT OF APPEAL", "JUDGMENT") is
    // no news story even when the metadata did not mark its date as the day of decision.
    let judged;
    let ctx = if ctx.published.is_some() && !ctx.decision && judgment_heading(text, rules) {
        judged = AnchorContext {
            decision: true,
            ..ctx.clone()
        };
        &judged
    } else {
        ctx
    };
    // A report whose year is only in its running header ("ANNUAL REPORT 2021 | 2"
    // repeated over each page), published the next year: it covers that year.
    let headed;
    let ctx = match running_report_year(text, ctx)
        .or_else(|| review_title_year(text, ctx, rules))
        .or_else(|| report_for_year(text, ctx))
        .or_else(|| year_in_title(text, ctx))
    {
        Some(y) => {
            headed = AnchorContext {
                period: Some(TimeValue::range(
                    PartialDate::month(y, 1),
                    PartialDate::month(y, 12),
                )),
                ..ctx.clone()
            };
            &headed
        }
        None => ctx,
    };
    if ctx.published.is_some() || ctx.period.is_some() {
        let out = grammar::Tagger::new(text, ctx, rules).run();
        // A story filed the day before it was printed ("PHILADELPHIA, May 19 -- The
        // Mets lost today"): its "today", "tonight" and weekdays are of the dateline.
        if let Some(day) = dateline_day(text, &out, ctx) {
            let filed = AnchorContext {
                published: Some(day),
                ..ctx.clone()
            };
            return grammar::Tagger::new(text, &filed, rules).run();
        }
        return out;
    }
    // A text with no date of its own may say when it was written: "7 years ago, on
    // August 4, 2016" (2023). "This year" and yearless dates are then read from that
    // year, as from a publication year.
    match grammar::Tagger::new(text, ctx, rules).run_with_present() {
        (_, Some(year)) => {
            let implied = AnchorContext {
                published: Some(PartialDate::year(year)),
                ..ctx.clone()
            };
            grammar::Tagger::new(text, &implied, rules).run()
        }
        (out, None) => out,
    }
}

/// Whether one of the first lines of `text` (twelve non-blank lines, 1,500 bytes) is a
/// judgment's heading: a line in capitals that is one of `judgment_lines` ("JUDGMENT"),
/// or opens with "IN THE" and holds one of `court_heading_nouns` ("IN THE SUPREME COURT
/// OF THE STATE OF NEVADA"). A headline in capitals ("COURT BLOCKS MERGER") is none.
fn judgment_heading(text: &str, rules: &TimeRules) -> bool {
    let head = text.get(..text.len().min(1_500)).unwrap_or_else(|| {
        let mut end = text.len().min(1_500);
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        &text[..end]
    });
    head.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .take(12)
        .any(|line| {
            let letters = line.chars().filter(|c| c.is_alphabetic());
            if letters.clone().next().is_none() || letters.clone().any(|c| !c.is_uppercase()) {
                return false;
            }
            let lower = line.to_lowercase();
            let words: Vec<&str> = lower
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .collect();
            (words.len() == 1 && rules.judgment_lines.iter().any(|j| j == words[0]))
                || (words.len() > 2
                    && words[0] == "in"
                    && words[1] == "the"
                    && words
                        .iter()
                        .any(|w| rules.court_heading_nouns.iter().any(|c| c == w)))
        })
}

/// The year of a running header that names a report: a line holding the word "report"
/// and one year, repeated at least twice in the text (its page number aside), when the
/// text has no period and was published in the year after it ("CORVALE MECHANISM |
/// ANNUAL REPORT 2021 | 3" in a text of March 2022). A report named in its year of
/// publication names its edition, not the year it covers: none.
fn running_report_year(text: &str, ctx: &AnchorContext) -> Option<i32> {
    if ctx.period.is_some() || text.len() > 2_000_000 {
        return None;
    }
    let published = ctx.published?.year;
    // A running header stands on every page: three times at least ("Source: ... annual
    // report 2021" under two charts of a news story is no header).
    const REPEATS: usize = 3;
    let mut seen: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    for line in text.lines() {
        let line = line.trim();
        // The cheap test first, before any allocation: this runs over every line of
        // every document without a period.
        if line.len() > 120
            || line.len() < 10
            || !line
                .as_bytes()
                .windows(6)
                .any(|w| w.eq_ignore_ascii_case(b"report"))
        {
            continue;
        }
        let lower = line.to_lowercase();
        if lower.starts_with("source") {
            continue;
        }
        if !lower
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| w == "report")
        {
            continue;
        }
        // The line without its page number (digits and separators at either end).
        let page = |w: &str| {
            w.chars().all(|c| "|-–—·•".contains(c))
                || (w.len() <= 3 && w.chars().all(|c| c.is_ascii_digit()))
        };
        let mut words: Vec<&str> = lower.split_whitespace().collect();
        while words.last().is_some_and(|w| page(w)) {
            words.pop();
        }
        let lead = words.iter().take_while(|w| page(w)).count();
        let core = words[lead..].join(" ");
        let years: Vec<i32> = core
            .split(|c: char| !c.is_ascii_digit())
            .filter(|w| w.len() == 4)
            .filter_map(|w| w.parse().ok())
            .filter(|y| (1900..=2100).contains(y))
            .collect();
        let [y] = years[..] else { continue };
        if y + 1 != published {
            continue;
        }
        let count = seen.entry(core).or_insert(0);
        *count += 1;
        if *count >= REPEATS {
            return Some(y);
        }
    }
    None
}

/// The words (lower case) of the first `n` lines of `text` that are not blank, each
/// of 120 bytes at most (a longer line is no title and is skipped).
fn title_lines(text: &str, n: usize) -> impl Iterator<Item = Vec<String>> + '_ {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .take(n)
        .filter(|l| l.len() <= 120)
        .map(|line| {
            line.to_lowercase()
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .map(str::to_string)
                .collect()
        })
}

/// The four-digit numbers of `words` with their positions.
fn years_in<'a>(words: &'a [&str]) -> impl Iterator<Item = (usize, i32)> + 'a {
    words
        .iter()
        .enumerate()
        .filter(|(_, w)| w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit()))
        .filter_map(|(i, w)| Some((i, w.parse().ok()?)))
}

/// The year a report's title says it is for: one of its first five lines that are not
/// blank (120 bytes at most) holds the word "report" and then "for the year 2023", "for
/// the calendar year 2023" or "for 2023", and no other year ("ANNUAL REPORT FOR THE YEAR
/// 2023", "Report of the Prisons Inspectorate for 2019"), in a text with no period
/// published (when its day is known) after that year. Its
/// yearless dates ("On 14 March", "in May") are of that year, whatever other years its
/// comparisons name ("up from 36 in 2022", "since 1992").
fn report_for_year(text: &str, ctx: &AnchorContext) -> Option<i32> {
    if ctx.period.is_some() {
        return None;
    }
    title_lines(text, 5).find_map(|words| {
        let words: Vec<&str> = words.iter().map(String::as_str).collect();
        // A title: "report" among its first three words ("Annual Report for the
        // year 2023").
        let report = words.iter().take(3).position(|w| *w == "report")?;
        let years: Vec<(usize, i32)> = years_in(&words)
            .filter(|(_, y)| (1900..=2100).contains(y))
            .collect();
        let [(at, year)] = years[..] else {
            return None;
        };
        // The year ends the title; a headline goes on ("... report for 2019 shows
        // executions fell").
        if at + 1 != words.len() {
            return None;
        }
        // The year after the word "report" ("2019 report of ..." names an edition).
        let lead = words.get(report + 1..at)?;
        let for_year = matches!(
            lead.iter().rev().take(3).rev().copied().collect::<Vec<_>>()[..],
            [.., "for"] | [.., "for", "the", "year"] | [.., "the", "calendar", "year"]
        ) && lead.contains(&"for");
        // A report on a year is published after it: a text dated within or
        // before that year is no such report.
        let after_year = !matches!(ctx.published, Some(p) if p.year <= year);
        (for_year && after_year).then_some(year)
    })
}

/// The year a chronicle's title names: one of its first three lines that are not blank
/// (120 bytes at most) opens with a year and the word "in", then names a place or a
/// field in at most six words, and holds no other year ("2023 in Somalia", "1998 in
/// Iran", "2019 in the United States"), in a text with no period and published, when
/// its date is known, no earlier than that year. Such a page lists the year's events
/// under month headings by day and month only ("11 January – ..."): they are of that
/// year.
fn year_in_title(text: &str, ctx: &AnchorContext) -> Option<i32> {
    if ctx.period.is_some() {
        return None;
    }
    title_lines(text, 3).find_map(|words| {
        let [first, second, rest @ ..] = &words[..] else {
            return None;
        };
        if second != "in" || rest.is_empty() || rest.len() > 6 {
            return None;
        }
        if first.len() != 4 || !first.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let year: i32 = first.parse().ok()?;
        if !(1900..=2100).contains(&year)
            || rest
                .iter()
                .any(|w| w.bytes().all(|b| b.is_ascii_digit()) && w.len() == 4)
        {
            return None;
        }
        let after_year = !matches!(ctx.published, Some(p) if p.year < year);
        after_year.then_some(year)
    })
}

/// The year a text reviews when its title says so: one of its first three lines that are
/// not blank (120 bytes at most) holds a word of `review_title_words` ("year", "review")
/// and one year only, the year before publication, in a text published in the first
/// quarter of the next year and with no period ("2021: a year of pressure on the press",
/// published 20 January 2022). Its yearless dates are of that year.
fn review_title_year(text: &str, ctx: &AnchorContext, rules: &TimeRules) -> Option<i32> {
    if ctx.period.is_some() || rules.review_title_words.is_empty() {
        return None;
    }
    let p = ctx.published?;
    if p.month.is_none_or(|m| m > 3) {
        return None;
    }
    title_lines(text, 3).find_map(|words| {
        let words: Vec<&str> = words.iter().map(String::as_str).collect();
        if !words
            .iter()
            .any(|w| rules.review_title_words.iter().any(|r| r == w))
        {
            return None;
        }
        let years: Vec<i32> = years_in(&words).map(|(_, y)| y).collect();
        match years[..] {
            [y] if y + 1 == p.year => Some(y),
            _ => None,
        }
    })
}

/// The day of a news story's dateline when it is one to three days before the day of
/// publication: a place in capitals opening one of the story's first lines ("ALBANY",
/// "ST. LOUIS, Mo."), a comma, a day ("Nov. 7", "Sept 16, 2008"), then "--", "-", "_"
/// or "(" (the agency). A dateline of the day of publication changes nothing.
fn dateline_day(text: &str, out: &[TimeMention], ctx: &AnchorContext) -> Option<PartialDate> {
    let published = ctx.published.filter(|p| p.day.is_some())?;
    if ctx.frame(text.len()) != Frame::News {
        return None;
    }
    out.iter()
        .filter(|m| m.span.start < 600)
        .find_map(|m| dateline_of(text, m, published))
}

/// [`dateline_day`] for one mention.
fn dateline_of(text: &str, m: &TimeMention, published: PartialDate) -> Option<PartialDate> {
    let v = m.value.filter(|v| !m.is_duration && v.start == v.end)?;
    let day = v.start.filter(|d| d.day.is_some())?;
    let (start, end) = (m.span.start as usize, m.span.end as usize);
    let line_start = text.get(..start)?.rfind('\n').map_or(0, |k| k + 1);
    let prefix = text.get(line_start..start)?.strip_suffix(", ")?;
    let mut parts = prefix.split(", ");
    let place = parts.next()?;
    let letters = place.chars().filter(|c| c.is_alphabetic()).count();
    if letters < 3
        || place.chars().any(|c| c.is_lowercase())
        || !place
            .chars()
            .all(|c| c.is_alphabetic() || " .'-".contains(c))
        || parts.any(|p| p.len() > 15 || !p.starts_with(|c: char| c.is_uppercase()))
    {
        return None;
    }
    let mut after = text.get(end..)?;
    if let Some(rest) = after.strip_prefix(", ") {
        if rest.chars().take_while(|c| c.is_ascii_digit()).count() == 4 {
            after = &rest[4..];
        }
    }
    let after = after.trim_start_matches(' ');
    if !["--", "-", "\u{2014}", "\u{2013}", "_", "("]
        .iter()
        .any(|s| after.starts_with(s))
    {
        return None;
    }
    (1..=3)
        .any(|k| grammar::add_days(day, k) == Some(published))
        .then_some(day)
}

/// The value a date mention is shown with (`entities --json`, `explain`): its ISO form,
/// except where the text named a unit that TIMEX3 writes by name: a quarter (`2009-Q3`),
/// a half (`1997-H1`), a season (`2008-FA`), a weekend (`2010-W03-WE`), a decade (`197` for "the 70s"), and the
/// vague references with no date (`PAST_REF` for "recently", `FUTURE_REF` for "the
/// future"). `None` for an unresolved date or a duration.
pub fn timex_value(t: &TimeMention) -> Option<String> {
    if t.is_duration {
        return None;
    }
    match t.rule.as_str() {
        "past_ref" => return Some("PAST_REF".into()),
        "future_ref" => return Some("FUTURE_REF".into()),
        _ => {}
    }
    let v = t.value?;
    Some(match t.rule.as_str() {
        "quarter" => v.label(),
        "half" => v.half_label(),
        "season" => v.season_label(),
        // a Saturday and the Sunday after it: `2010-W03-WE`
        "weekend" => match (v.start, v.end) {
            (Some(sat), Some(sun))
                if grammar::weekday_of(sat) == Some(6) && grammar::weekday_of(sun) == Some(7) =>
            {
                match grammar::iso_week(sat) {
                    Some((y, w)) if sun.day != sat.day => format!("{y:04}-W{w:02}-WE"),
                    _ => v.iso(),
                }
            }
            _ => v.iso(),
        },
        "decade" => match (v.start, v.end) {
            (Some(s), Some(e))
                if s.month.is_none()
                    && e.month.is_none()
                    && s.year.rem_euclid(10) == 0
                    && e.year == s.year + 9 =>
            {
                format!("{:03}", s.year / 10)
            }
            _ => v.iso(),
        },
        // "the early 1980s" (1980/1983) is the decade with its part named: `198`; "the
        // late 1800s" (1800/1899) the century: `18`.
        "part_of" => match (v.start, v.end) {
            (Some(s), Some(e))
                if s.month.is_none() && s.year.rem_euclid(100) == 0 && e.year == s.year + 99 =>
            {
                format!("{:02}", s.year.div_euclid(100))
            }
            (Some(s), Some(e))
                if s.month.is_none()
                    && e.month.is_none()
                    && s.year < e.year
                    && s.year.div_euclid(10) == e.year.div_euclid(10) =>
            {
                format!("{:03}", s.year.div_euclid(10))
            }
            _ => v.iso(),
        },
        // "the 19th century" (1800/1899): `18`.
        "century" => match (v.start, v.end) {
            (Some(s), Some(e)) if s.year.rem_euclid(100) == 0 && e.year == s.year + 99 => {
                format!("{:02}", s.year.div_euclid(100))
            }
            _ => v.iso(),
        },
        // "fiscal 2012": `FY2012`.
        "fiscal_year" => match v.start {
            Some(s) if v.is_point() && s.month.is_none() => format!("FY{:04}", s.year),
            _ => v.iso(),
        },
        // "the first quarter of the fiscal year": `FY2020-Q1`.
        r if r.starts_with("fiscal_q") || r.starts_with("fiscal_h") => match v.start {
            Some(s) if v.is_point() && s.month.is_none() => {
                format!("FY{:04}-{}", s.year, r[7..].to_ascii_uppercase())
            }
            _ => v.iso(),
        },
        // "11 a.m. Monday": the day and the clock (TIMEX3 TIME `1997-11-24T11:00`).
        r if r.starts_with(grammar::CLOCK_RULE) => match v.start {
            Some(d) if v.is_point() && d.day.is_some() => {
                format!("{d}T{}", &r[grammar::CLOCK_RULE.len()..])
            }
            _ => v.iso(),
        },
        // "Thursday night": the day and its part (TIMEX3 TIME `1998-02-26TNI`).
        r if is_time_of_day(t) => match v.start {
            Some(d) if v.is_point() && d.day.is_some() => format!("{d}T{}", &r[5..]),
            _ => v.iso(),
        },
        // "since the 1970s", "until the 1990s" name the decade: `197`, `199`.
        "since_decade" | "until_decade" => match v.start.or(v.end) {
            Some(d) => format!("{:03}", d.year.div_euclid(10)),
            None => v.iso(),
        },
        // "since the 1800s": `18`.
        "since_century" | "until_century" => match v.start.or(v.end) {
            Some(d) => format!("{:02}", d.year.div_euclid(100)),
            None => v.iso(),
        },
        // "since mid-1988", "until late 1990" name the year (TIMEX3 keeps the part as a
        // modifier): `1988`, `1990`.
        "since_year_part" | "until_year_part" => match v.start.or(v.end) {
            Some(d) => format!("{:04}", d.year),
            None => v.iso(),
        },
        // "until October 2007" names October 2007, "since April 1997" April 1997 (TIMEX3
        // keeps "until" and "since" as signals); the mention keeps its open interval.
        "until" => match v.end {
            Some(e) => e.to_string(),
            None => v.iso(),
        },
        "since" => match (v.start, v.end) {
            (Some(s), None) => s.to_string(),
            _ => v.iso(),
        },
        _ => v.iso(),
    })
}

/// The two ends of a range written with both ends ("between 1995 and 1998", "March 3-5,
/// 2004", "from May to July 2009"), each with its own span and TIMEX3 value, as TimeML
/// annotates them (the "between" or "from" is a signal, outside both). Empty for any
/// other mention, and for a range whose separator is not plain (several dashes and no
/// word between the ends: "2003-12-17–2004-01-05").
pub fn range_parts(t: &TimeMention, text: &str) -> Vec<(Span, String)> {
    if t.is_duration || !matches!(t.rule.as_str(), "date_range" | "from_to" | "between") {
        return Vec::new();
    }
    let Some((Some(a), Some(b))) = t.value.map(|v| (v.start, v.end)) else {
        return Vec::new();
    };
    let (start, end) = (t.span.start as usize, t.span.end as usize);
    let Some(words) = text.get(start..end) else {
        return Vec::new();
    };
    let lower = words.to_ascii_lowercase();
    // The signal word before the first end.
    let skip = ["between ", "from "]
        .iter()
        .find(|w| lower.starts_with(*w))
        .map_or(0, |w| w.len());
    let word_sep = [" and ", " to ", " until ", " till ", " through ", " thru "]
        .iter()
        .filter_map(|w| lower[skip..].find(w).map(|k| (skip + k, w.len())))
        .min();
    let dashes: Vec<(usize, char)> = words
        .char_indices()
        .filter(|(k, c)| *k >= skip && matches!(c, '-' | '\u{2010}'..='\u{2015}'))
        .collect();
    let (cut, len) = match (word_sep, dashes.as_slice()) {
        (Some(sep), _) => sep,
        (None, [(k, c)]) => (*k, c.len_utf8()),
        _ => return Vec::new(),
    };
    let left = words[skip..cut].trim_end();
    let right_from = cut + len;
    let right = words[right_from..].trim_start();
    if left.is_empty() || right.is_empty() {
        return Vec::new();
    }
    let left_start = start + skip;
    let right_start = start + words.len() - right.len();
    vec![
        (
            Span::new(left_start, left_start + left.len()),
            a.to_string(),
        ),
        (Span::new(right_start, end), b.to_string()),
    ]
}

/// Whether a mention names a time of day ("Thursday night", "this morning", "tonight"):
/// TIMEX3 TIME, not DATE. Its value is still the day (events are dated by it).
pub fn is_time_of_day(t: &TimeMention) -> bool {
    grammar::TIME_RULES.contains(&t.rule.as_str()) || t.rule.starts_with(grammar::CLOCK_RULE)
}

/// Whether a mention is a vague reference that has no date by nature ("recently"):
/// not a date that failed to resolve.
pub fn is_vague_reference(t: &TimeMention) -> bool {
    matches!(t.rule.as_str(), "past_ref" | "future_ref")
}

/// Read one date from a metadata-like string ("26 May 2004", "2004-05-26",
/// "Tuesday, 18 January 2022, 07:55 GMT", "May 2004", "2004"): the first date the text
/// writes out in full (no anchor used), or `None`.
pub fn parse_date_phrase(s: &str) -> Option<PartialDate> {
    let trimmed = s.trim();
    if trimmed.len() == 4 && trimmed.bytes().all(|b| b.is_ascii_digit()) {
        return trimmed
            .parse()
            .ok()
            .filter(|y| (1000..=2100).contains(y))
            .map(PartialDate::year);
    }
    tag(s, &AnchorContext::default())
        .into_iter()
        .filter(|m| m.anchor == Some(Anchor::Absolute))
        .find_map(|m| m.value.filter(TimeValue::is_point).and_then(|v| v.start))
}

/// Read a period from a metadata-like string ("January - December 2003", "2024–2029"):
/// the first range the text writes out in full, or `None`.
pub fn parse_period_phrase(s: &str) -> Option<TimeValue> {
    tag(s, &AnchorContext::default())
        .into_iter()
        .filter(|m| m.anchor == Some(Anchor::Absolute))
        .find_map(|m| m.value.filter(|v| v.start.is_some() && v.end.is_some()))
}
