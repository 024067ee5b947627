use super::*;
use dossier_model::{Anchor, PartialDate, TimeValue};

fn render(text: &str, mentions: &[TimeMention]) -> String {
    let mut out = String::new();
    for m in mentions {
        let value = match (&m.value, &m.duration) {
            (Some(v), _) => v.iso(),
            (None, Some(d)) => d.clone(),
            (None, None) => "-".to_string(),
        };
        let anchor = m
            .anchor
            .map(|a| format!("{a:?}").to_lowercase())
            .unwrap_or_else(|| "-".into());
        out.push_str(&format!(
            "{value:<24} {} {:?}  {anchor} {}\n",
            m.span,
            m.span.slice(text),
            m.rule
        ));
    }
    out
}

fn corpus_dir() -> Option<std::path::PathBuf> {
    let dir =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpus/kazakhstan");
    if dir.is_dir() {
        Some(dir)
    } else {
        println!(
            "note: reference corpus not found at {}, skipping",
            dir.display()
        );
        None
    }
}

fn corpus_doc(prefix: &str) -> Option<String> {
    let dir = corpus_dir()?;
    let entry = std::fs::read_dir(&dir)
        .ok()?
        .flatten()
        .find(|e| e.file_name().to_string_lossy().starts_with(prefix))?;
    std::fs::read_to_string(entry.path()).ok()
}

fn corpus_ctx(prefix: &str) -> AnchorContext {
    let d = |s: &str| PartialDate::parse(s);
    match prefix {
        "001" => AnchorContext {
            period: Some(TimeValue::range(
                d("2003-01-01").unwrap(),
                d("2003-12-31").unwrap(),
            )),
            published: d("2004-05-26"),
            decision: false,
        },
        "003" => AnchorContext {
            period: Some(TimeValue::range(
                d("2002-01-01").unwrap(),
                d("2002-12-31").unwrap(),
            )),
            published: d("2003-05-28"),
            decision: false,
        },
        "004" => AnchorContext {
            period: None,
            published: d("2025-07-10"),
            decision: false,
        },
        _ => AnchorContext::default(),
    }
}

// ------------------------------------------------------------------ table tests

/// Anchor contexts for the table: no anchor, a report on 2003 published 26 May 2004,
/// the publication date alone, a report on 2002, a period over two calendar years.
#[derive(Clone, Copy)]
enum Ctx {
    None,
    Report2003,
    Pub2004,
    Report2002,
    Season0304,
    /// A news story published on Friday 22 March 2013.
    News2013,
    /// A newswire story published on Friday 27 October 1989.
    News1989,
    /// A news story published on Friday 10 January 2014 (December is last year).
    News2014,
}

fn ctx(c: Ctx) -> AnchorContext {
    let d = |s: &str| PartialDate::parse(s).unwrap();
    match c {
        Ctx::None => AnchorContext::default(),
        Ctx::Report2003 => AnchorContext {
            period: Some(TimeValue::range(d("2003-01-01"), d("2003-12-31"))),
            published: Some(d("2004-05-26")),
            decision: false,
        },
        Ctx::Pub2004 => AnchorContext {
            period: None,
            published: Some(d("2004-05-26")),
            decision: false,
        },
        Ctx::Report2002 => AnchorContext {
            period: Some(TimeValue::range(d("2002-01-01"), d("2002-12-31"))),
            published: Some(d("2003-05-28")),
            decision: false,
        },
        Ctx::News2013 => AnchorContext {
            period: None,
            published: Some(d("2013-03-22")),
            decision: false,
        },
        Ctx::News1989 => AnchorContext {
            period: None,
            published: Some(d("1989-10-27")),
            decision: false,
        },
        Ctx::News2014 => AnchorContext {
            period: None,
            published: Some(d("2014-01-10")),
            decision: false,
        },
        Ctx::Season0304 => AnchorContext {
            period: Some(TimeValue::range(d("2003-06"), d("2004-05"))),
            published: None,
            decision: false,
        },
    }
}

/// Expected mention: surface text, ISO value (or ISO duration, or "-"), anchor.
type Expect = (&'static str, &'static str, Option<Anchor>);
/// A table row: text, anchors, every mention expected.
type Case = (&'static str, Ctx, &'static [Expect]);

const ABS: Option<Anchor> = Some(Anchor::Absolute);
const PER: Option<Anchor> = Some(Anchor::Period);
const NAR: Option<Anchor> = Some(Anchor::Narrative);
const PUB: Option<Anchor> = Some(Anchor::Published);
const NO: Option<Anchor> = None;

/// Every mention of `text`, as (surface, value, anchor); the value is the ISO date or
/// interval, the ISO duration, or "-" when unresolved.
fn check(text: &str, c: Ctx, expect: &[(&str, &str, Option<Anchor>)]) {
    let mentions = tag(text, &ctx(c));
    let got: Vec<(String, String, Option<Anchor>)> = mentions
        .iter()
        .map(|m| {
            let value = match (&m.value, &m.duration) {
                (Some(v), _) => v.iso(),
                (None, Some(d)) => d.clone(),
                (None, None) => "-".to_string(),
            };
            assert_eq!(m.is_duration, m.duration.is_some(), "{text:?}: {m:?}");
            if m.is_duration {
                assert!(m.value.is_none(), "a duration is never a date: {m:?}");
            }
            (m.span.slice(text).to_string(), value, m.anchor)
        })
        .collect();
    let want: Vec<(String, String, Option<Anchor>)> = expect
        .iter()
        .map(|(s, v, a)| (s.to_string(), v.to_string(), *a))
        .collect();
    assert_eq!(got, want, "\n text: {text:?}\n{}", render(text, &mentions));
}

#[test]
fn absolute_dates() {
    use Ctx::None as N;
    let cases: &[Case] = &[
        (
            "- 1987: a new charter was adopted.",
            N,
            &[("1987", "1987", ABS)],
        ),
        (
            "2006 \u{2013} the code was changed.",
            N,
            &[("2006", "2006", ABS)],
        ),
        ("- 1987 units were sold.", N, &[]),
        (
            "The court ruled on 17 December 2003 in the capital.",
            N,
            &[("17 December 2003", "2003-12-17", ABS)],
        ),
        (
            "It was signed on December 17, 2003 by both parties.",
            N,
            &[("December 17, 2003", "2003-12-17", ABS)],
        ),
        (
            "A notice of 17 Dec. 2003 was posted.",
            N,
            &[("17 Dec. 2003", "2003-12-17", ABS)],
        ),
        (
            "The file lists 2003-12-17 as the hearing day.",
            N,
            &[("2003-12-17", "2003-12-17", ABS)],
        ),
        (
            "Her passport was issued on 17.12.2003 in Vienna.",
            N,
            &[("17.12.2003", "2003-12-17", ABS)],
        ),
        (
            "The form says 25/12/2005 and 12/25/2006 but 03/04/2005 too.",
            N,
            &[
                ("25/12/2005", "2005-12-25", ABS),
                ("12/25/2006", "2006-12-25", ABS),
            ],
        ),
        (
            "The law changed in December 2003.",
            N,
            &[("December 2003", "2003-12", ABS)],
        ),
        (
            "The office opened in 2007 after long delays.",
            N,
            &[("2007", "2007", ABS)],
        ),
        (
            "The 17th of May 2005 was chosen.",
            N,
            &[("17th of May 2005", "2005-05-17", ABS)],
        ),
        (
            "Last checked: Friday, 4 June 2010, 09:15 GMT",
            N,
            &[("Friday, 4 June 2010", "2010-06-04", ABS)],
        ),
        (
            "Hearings ran 17-19 May 2003 in the city.",
            N,
            &[("17-19 May 2003", "2003-05-17/2003-05-19", ABS)],
        ),
        (
            "He left on the night of 13th/14th March 2016 and never came back.",
            N,
            &[("13th/14th March 2016", "2016-03-13/2016-03-14", ABS)],
        ),
        (
            "The 12/15 March 2016 meetings were not one night.",
            N,
            &[("March 2016", "2016-03", ABS)],
        ),
        (
            "The summit ran from 28 to 30 April 2004.",
            N,
            &[("from 28 to 30 April 2004", "2004-04-28/2004-04-30", ABS)],
        ),
        (
            "Storms hit in the summer of 2004 and again in winter 1998.",
            N,
            &[
                ("summer of 2004", "2004-06/2004-08", ABS),
                ("winter 1998", "1998-12/1999-02", ABS),
            ],
        ),
        (
            "Reforms stalled throughout the 1990s.",
            N,
            &[("1990s", "1990/1999", ABS)],
        ),
        (
            "Unrest grew in the late 1980s.",
            N,
            &[("late 1980s", "1987/1989", ABS)],
        ),
        (
            "The movement was founded in late 2001.",
            N,
            &[("late 2001", "2001", ABS)],
        ),
        (
            "Talks resumed in early 2019.",
            N,
            &[("early 2019", "2019", ABS)],
        ),
        (
            "The plant closed in mid-2005.",
            N,
            &[("mid-2005", "2005", ABS)],
        ),
        (
            "It was done by the end of 2010.",
            N,
            &[("end of 2010", "2010", ABS)],
        ),
        (
            "A plan for 2024-2029 was adopted.",
            N,
            &[("2024-2029", "2024/2029", ABS)],
        ),
        (
            "The Strategy 2024–2029 covers it.",
            N,
            &[("2024–2029", "2024/2029", ABS)],
        ),
        (
            "The 2010–15 programme ended.",
            N,
            &[("2010–15", "2010/2015", ABS)],
        ),
        (
            "Prices rose between 2010 and 2015.",
            N,
            &[("between 2010 and 2015", "2010/2015", ABS)],
        ),
        (
            "He lived abroad from 1995 to 1999.",
            N,
            &[("from 1995 to 1999", "1995/1999", ABS)],
        ),
        (
            "The data cover January - December 2003 only.",
            N,
            &[("January - December 2003", "2003-01/2003-12", ABS)],
        ),
        (
            "Between March and June 2019, forty people left.",
            N,
            &[("Between March and June 2019", "2019-03/2019-06", ABS)],
        ),
        (
            "From November 2002 to February 2003 nothing moved.",
            N,
            &[(
                "From November 2002 to February 2003",
                "2002-11/2003-02",
                ABS,
            )],
        ),
        (
            "In 2008 and 2016 the vote passed.",
            N,
            &[("2008", "2008", ABS), ("2016", "2016", ABS)],
        ),
        (
            "Elections took place in 2008, 2012 and 2016.",
            N,
            &[
                ("2008", "2008", ABS),
                ("2012", "2012", ABS),
                ("2016", "2016", ABS),
            ],
        ),
        (
            "Strikes broke out in May and June 2003.",
            N,
            &[("May", "2003-05", ABS), ("June 2003", "2003-06", ABS)],
        ),
        (
            "Law No. 266-IV of 2010 applies here.",
            N,
            &[("2010", "2010", ABS)],
        ),
        (
            "They cited a 2018 amendment to the code.",
            N,
            &[("2018", "2018", ABS)],
        ),
        (
            "2018 Law on Public Order\n1991 Convention on Refugees",
            N,
            &[("2018", "2018", ABS), ("1991", "1991", ABS)],
        ),
        ("The text (2003) was revised.", N, &[("2003", "2003", ABS)]),
    ];
    for (text, c, expect) in cases {
        check(text, *c, expect);
    }
}

#[test]
fn open_intervals_and_events() {
    use Ctx::None as N;
    let cases: &[Case] = &[
        (
            "Until 2021 the old code applied.",
            N,
            &[("Until 2021", "/2021", ABS)],
        ),
        (
            "He has been held since 2003.",
            N,
            &[("since 2003", "2003/", ABS)],
        ),
        (
            "Executions stopped since 17 December 2003 entirely.",
            N,
            &[("since 17 December 2003", "2003-12-17/", ABS)],
        ),
        (
            "Nobody was shot until January 2004 at least.",
            N,
            &[("until January 2004", "/2004-01", ABS)],
        ),
        (
            "Since the ceasefire, nine men have died.",
            N,
            &[("Since the ceasefire", "-", NO)],
        ),
        ("All of them have since been freed.", N, &[]),
        (
            "Since his detention in October 2002 he has been ill.",
            Ctx::Report2002,
            &[("October 2002", "2002-10", ABS)],
        ),
        ("Nobody knows since when it has been so.", N, &[]),
        ("It matters, since the big powers hold the keys.", N, &[]),
        (
            "Ties grew since the adoption of the charter.",
            N,
            &[("since the adoption", "-", NO)],
        ),
        (
            "Not seen since the sixteenth century.",
            N,
            &[("the sixteenth century", "1500/1599", ABS)],
        ),
    ];
    for (text, c, expect) in cases {
        check(text, *c, expect);
    }
}

#[test]
fn partial_dates_use_the_anchor_stack() {
    use Ctx::*;
    let cases: &[Case] = &[
        // The period covered beats the publication date.
        (
            "In November the prisoners were moved.",
            Report2003,
            &[("November", "2003-11", PER)],
        ),
        (
            "They were moved on 4 February.",
            Report2003,
            &[("4 February", "2003-02-04", PER)],
        ),
        // Publication date: a month after the publication month is last year's.
        (
            "In March the office closed.",
            Pub2004,
            &[("March", "2004-03", PUB)],
        ),
        (
            "In November the office closed.",
            Pub2004,
            &[("November", "2003-11", PUB)],
        ),
        // No anchor: kept, unresolved.
        (
            "In November the office closed.",
            None,
            &[("November", "-", NO)],
        ),
        (
            "The clinic opened on December 17.",
            None,
            &[("December 17", "-", NO)],
        ),
        // Narrative year.
        (
            "The riots began in 2003, and in May and June the army patrolled.",
            None,
            &[
                ("2003", "2003", ABS),
                ("May", "2003-05", NAR),
                ("June", "2003-06", NAR),
            ],
        ),
        (
            "Seventeen men died in 2003, between May and November.",
            None,
            &[
                ("2003", "2003", ABS),
                ("between May and November", "2003-05/2003-11", NAR),
            ],
        ),
        // A heading ends the section and the narrative year with it.
        (
            "He was arrested in 1999 and released in March.\n\nPrisons\n\nIn May he fled.",
            None,
            &[
                ("1999", "1999", ABS),
                ("March", "1999-03", NAR),
                ("May", "-", NO),
            ],
        ),
        // In a report, an earlier sentence's background year does not move the months...
        (
            "He was first arrested in October 2002. In November he was tried.",
            Report2003,
            &[
                ("October 2002", "2002-10", ABS),
                ("November", "2003-11", PER),
            ],
        ),
        // ...but the same sentence's year does.
        (
            "Arrested in October 2002, he was tried in November.",
            Report2003,
            &[
                ("October 2002", "2002-10", ABS),
                ("November", "2002-11", NAR),
            ],
        ),
        (
            "They were jailed for six and seven years in July and August respectively.",
            Report2002,
            &[
                ("six", "P6Y", NO),
                ("seven years", "P7Y", NO),
                ("July", "2002-07", PER),
                ("August", "2002-08", PER),
            ],
        ),
        (
            "In March and again in November the court sat.",
            Season0304,
            &[("March", "2004-03", PER), ("November", "2003-11", PER)],
        ),
        (
            "The harvest failed at the end of September.",
            Report2002,
            &[("end of September", "2002-09", PER)],
        ),
    ];
    for (text, c, expect) in cases {
        check(text, *c, expect);
    }
}

#[test]
fn news_stories_speak_from_their_day_of_publication() {
    use Ctx::*;
    let cases: &[Case] = &[
        // Weekdays: the nearest such day, before it in the past, after it in the future.
        (
            "Stocks fell on Friday.",
            News2013,
            &[("Friday", "2013-03-22", PUB)],
        ),
        (
            "The minister resigned on Tuesday.",
            News2013,
            &[("Tuesday", "2013-03-19", PUB)],
        ),
        (
            "The court will rule on Tuesday.",
            News2013,
            &[("Tuesday", "2013-03-26", PUB)],
        ),
        (
            "A hearing on Monday has been scheduled.",
            News2013,
            &[("Monday", "2013-03-25", PUB)],
        ),
        (
            "Talks were held last Friday.",
            News2013,
            &[("last Friday", "2013-03-15", PUB)],
        ),
        (
            "Talks resume next Friday.",
            News2013,
            &[("next Friday", "2013-03-29", PUB)],
        ),
        // Yearless months: tense first, else the nearer one.
        (
            "He plans to stand down in January.",
            News2013,
            &[("January", "2014-01", PUB)],
        ),
        (
            "The strike ended in October.",
            News2013,
            &[("October", "2012-10", PUB)],
        ),
        (
            "Sales fell in January.",
            News2013,
            &[("January", "2013-01", PUB)],
        ),
        // A sentence that opens with its date has its verb after it.
        (
            "In April a regional appeals court rejected the plea.",
            News2013,
            &[("April", "2012-04", PUB)],
        ),
        (
            "The transaction should be completed in May.",
            News2013,
            &[("May", "2013-05", PUB)],
        ),
        // ... but not across a clause that "that" or "which" opens.
        (
            "Songs sold since its launch in 2003 and that as of February, sales rose.",
            News2013,
            &[("2003", "2003", ABS), ("February", "2013-02", PUB)],
        ),
        // A year written in the same sentence still anchors it.
        (
            "In 2009 the plant shut in June.",
            News2013,
            &[("2009", "2009", ABS), ("June", "2009-06", NAR)],
        ),
        // Days, weeks and quarters from the day of publication.
        (
            "Yesterday the index rose.",
            News2013,
            &[("Yesterday", "2013-03-21", PUB)],
        ),
        (
            "Markets were calm this week.",
            News2013,
            &[("this week", "2013-03-18/2013-03-24", PUB)],
        ),
        (
            "Profits rose in the third quarter of 2012.",
            News2013,
            &[("the third quarter of 2012", "2012-07/2012-09", ABS)],
        ),
        (
            "The firm expects to post a loss in the fourth quarter.",
            News2013,
            &[("the fourth quarter", "2013-10/2013-12", PUB)],
        ),
        (
            "Profits fell in the last quarter.",
            News2013,
            &[("the last quarter", "2012-10/2012-12", PUB)],
        ),
        ("Income fell in the latest quarter.", News2013, &[("the latest quarter", "2012-10/2012-12", PUB)]),
        ("Sales grew in the first half of 2012.", News2013, &[("the first half of 2012", "2012-01/2012-06", ABS)]),
        ("It will grow in the second half.", News2013, &[("the second half", "2013-07/2013-12", PUB)]),
        ("Sales rose in fiscal 2012.", News2013, &[("fiscal 2012", "2012", ABS)]),
        (
            "The index rose on Thursday, ending the day at 900.",
            News2013,
            &[
                ("Thursday", "2013-03-21", PUB),
                ("the day", "2013-03-21", NAR),
            ],
        ),
        ("Stocks fell in Asia Monday.", News2013, &[("Monday", "2013-03-18", PUB)]),
        // "the same period last year": the narrative's date a year before.
        (
            "Sales rose in February compared to the same period last year.",
            News2013,
            &[("February", "2013-02", PUB), ("the same period last year", "2012-02", NAR)],
        ),
        (
            "Sales fell in January, compared to the same month a year ago, in their January report.",
            News2013,
            &[
                ("January", "2013-01", PUB),
                ("the same month a year ago", "2012-01", NAR),
                ("January", "2013-01", PUB),
            ],
        ),
        // Seasons and parts of a year without their year.
        ("The plant closed last summer.", News2013, &[("last summer", "2012-06/2012-08", PUB)]),
        ("This spring the firm will hire.", News2013, &[("This spring", "2013-03/2013-05", PUB)]),
        ("A vote is expected by the end of the year.", News2013, &[("the end of the year", "2013", PUB)]),
        ("It takes effect at the start of next year.", News2013, &[("the start of next year", "2014", PUB)]),
        ("The spring water was clean.", News2013, &[]),
        // Names are not days; a weekday in a report has no day to count from.
        ("Black Monday was recalled.", News2013, &[]),
        ("They met on Sunday.", Report2003, &[("Sunday", "-", NO)]),
        // "during the year" in an annual report is the year it covers.
        ("Police detained dozens during the year.", Report2003, &[("the year", "2003", PER)]),
        ("The year of the vote was hard.", Report2003, &[]),
        // Vague expressions are tagged with no date (their TIMEX3 value: `vague_references`).
        (
            "Prices rose recently and in recent years.",
            News2013,
            &[("recently", "-", NO), ("recent years", "-", NO)],
        ),
    ];
    for (text, c, expect) in cases {
        check(text, *c, expect);
    }
}

/// A text, its context and each mention's text and TIMEX3 value.
type TimexCase = (&'static str, Ctx, &'static [(&'static str, &'static str)]);

/// Like [`check`], with each mention's TIMEX3 value ([`timex_value`]).
fn check_timex(text: &str, c: Ctx, expect: &[(&str, &str)]) {
    let mentions = tag(text, &ctx(c));
    let got: Vec<(String, String)> = mentions
        .iter()
        .map(|m| {
            let value = timex_value(m)
                .or(m.duration.clone())
                .unwrap_or_else(|| "-".into());
            (m.span.slice(text).to_string(), value)
        })
        .collect();
    let want: Vec<(String, String)> = expect
        .iter()
        .map(|(s, v)| (s.to_string(), v.to_string()))
        .collect();
    assert_eq!(got, want, "\n text: {text:?}\n{}", render(text, &mentions));
}

#[test]
fn vague_references_have_their_timex_value_and_no_date() {
    use Ctx::*;
    let cases: &[TimexCase] = &[
        (
            "The mill was recently sold.",
            News2013,
            &[("recently", "PAST_REF")],
        ),
        (
            "Shares slid on fears that recent rate rises would bite.",
            News2013,
            &[("recent", "PAST_REF")],
        ),
        (
            "It was the worst harvest in recent memory.",
            Pub2004,
            &[("recent", "PAST_REF")],
        ),
        (
            "Exports doubled in recent months.",
            None,
            &[("recent months", "PAST_REF")],
        ),
        // A superlative ranks; it does not date.
        ("Their most recent album sold well.", News2013, &[]),
        (
            "Mistakes of the past must not recur, she said.",
            News2013,
            &[("the past", "PAST_REF")],
        ),
        (
            "The firm may expand in the near future.",
            News2013,
            &[("the near future", "FUTURE_REF")],
        ),
        (
            "Prospects in the long term look good.",
            News2013,
            &[("the long term", "FUTURE_REF")],
        ),
        // PRESENT_REF is the day the story speaks from.
        (
            "Prices will stay high for the time being.",
            News2013,
            &[("the time being", "2013-03-22")],
        ),
        // "the past" followed by a count, a unit or "of" is another thing.
        (
            "Sales fell in the past three weeks.",
            News2013,
            &[("three weeks", "P3W")],
        ),
        ("It was the best in the past decade.", News2013, &[]),
        ("Nobody knows the future of the plant.", News2013, &[]),
        ("The future king spoke.", News2013, &[]),
        ("The present case is closed.", None, &[]),
    ];
    for (text, c, expect) in cases {
        check_timex(text, *c, expect);
    }
    // No "could not be resolved" for what has no date by nature.
    let m = tag("It happened recently.", &ctx(Ctx::None));
    assert!(m.iter().all(is_vague_reference), "{m:?}");
}

#[test]
fn decades_and_years_written_with_two_digits() {
    use Ctx::*;
    let cases: &[TimexCase] = &[
        (
            "Reforms stalled throughout the 1990s.",
            None,
            &[("1990s", "199")],
        ),
        (
            "The cars of the 70s and 80s were boxy.",
            News2013,
            &[("70s", "197"), ("80s", "198")],
        ),
        ("Fashions of the '60s returned.", None, &[("'60s", "196")]),
        // An age, a temperature: no decade.
        ("Both men were in their 60s.", News2013, &[]),
        (
            "Highs will be in the 70s on Friday.",
            News2013,
            &[("Friday", "2013-03-22")],
        ),
        // In 2013 "the 20s" are the 1920s; "the 10s" may be the 1910s or the 2010s.
        ("Jazz of the 20s was loud.", News2013, &[("20s", "192")]),
        ("Songs of the 10s were short.", News2013, &[("10s", "-")]),
        (
            "The index is at its lowest since '82.",
            News2013,
            &[("'82", "1982")],
        ),
        (
            "It has been growing since '09.",
            News2013,
            &[("'09", "2009")],
        ),
        // Without a publication date, no century.
        ("It has been growing since '09.", None, &[]),
        // Decades spelled out, and their parts.
        (
            "He toured in the sixties and made a comeback in the mid-nineties.",
            News2013,
            &[("the sixties", "196"), ("the mid-nineties", "199")],
        ),
        (
            "The eighties were lean; by the early seventies the hall had closed.",
            News2013,
            &[("The eighties", "198"), ("the early seventies", "197")],
        ),
        // An age or a temperature is no decade; a possessive of the sentence before
        // leaves it one.
        ("She is in her sixties.", News2013, &[]),
        (
            "He went on his own. In the seventies he returned.",
            News2013,
            &[("the seventies", "197")],
        ),
        ("Highs will be in the low seventies.", News2013, &[]),
    ];
    for (text, c, expect) in cases {
        check_timex(text, *c, expect);
    }
}

#[test]
fn numeric_dates_only_when_unambiguous() {
    use Ctx::*;
    let cases: &[TimexCase] = &[
        (
            "Filed on 21.07.2017 in Bern.",
            None,
            &[("21.07.2017", "2017-07-21")],
        ),
        (
            "Filed on 07/21/2017 in Ohio.",
            None,
            &[("07/21/2017", "2017-07-21")],
        ),
        (
            "Filed on 21/07/2017 in Leeds.",
            None,
            &[("21/07/2017", "2017-07-21")],
        ),
        (
            "Filed on 2017/07/21 in Osaka.",
            None,
            &[("2017/07/21", "2017-07-21")],
        ),
        // July 8 or 7 August: no date.
        ("Filed on 07/08/2017 somewhere.", News2013, &[]),
    ];
    for (text, c, expect) in cases {
        check_timex(text, *c, expect);
    }
}

#[test]
fn weekends_in_news() {
    use Ctx::*;
    // News2013 is published on Friday 22 March 2013 (ISO week 12).
    let cases: &[TimexCase] = &[
        (
            "The talks were held over the weekend.",
            News2013,
            &[("the weekend", "2013-W11-WE")],
        ),
        (
            "Ministers will meet this weekend.",
            News2013,
            &[("this weekend", "2013-W12-WE")],
        ),
        (
            "Snow fell last weekend.",
            News2013,
            &[("last weekend", "2013-W11-WE")],
        ),
        // "next weekend" on a Friday may be tomorrow's or the one after.
        (
            "The vote is next weekend.",
            News2013,
            &[("next weekend", "-")],
        ),
        ("The weekend of the vote was calm.", News2013, &[]),
        ("A weekend is short.", News2013, &[]),
        (
            "The talks were held over the weekend.",
            None,
            &[("the weekend", "-")],
        ),
    ];
    for (text, c, expect) in cases {
        check_timex(text, *c, expect);
    }
    let d = |s: &str| PartialDate::parse(s).unwrap();
    assert_eq!(grammar::iso_week(d("2010-01-23")), Some((2010, 3)));
    assert_eq!(grammar::iso_week(d("2008-12-29")), Some((2009, 1)));
    assert_eq!(grammar::iso_week(d("2010-01-03")), Some((2009, 53)));
}

#[test]
fn the_unit_with_a_word_after_it() {
    use Ctx::*;
    check(
        "Costs fell to $11 billion in 2011, $2 billion less than the year before.",
        News2013,
        &[("2011", "2011", ABS), ("the year before", "2010", NAR)],
    );
    check(
        "He was arrested on 3 May 2010 and freed the day after.",
        None,
        &[
            ("3 May 2010", "2010-05-03", ABS),
            ("the day after", "2010-05-04", NAR),
        ],
    );
    // A year the story named against its day of publication anchors too.
    check(
        "In 2010 costs fell; they fell to $11 billion last year, $2 billion less than the year previous.",
        News2013,
        &[
            ("2010", "2010", ABS),
            ("last year", "2012", PUB),
            ("the year previous", "2011", NAR),
        ],
    );
    // "the day after the vote" is that vote's.
    check(
        "He was freed on 3 May 2010, the day after the vote.",
        None,
        &[("3 May 2010", "2010-05-03", ABS)],
    );
    // The start of the day the story is about.
    check(
        "After a fall at the start of the day, the index recovered.",
        News2013,
        &[("the start of the day", "2013-03-22", PUB)],
    );
}

#[test]
fn a_comparison_is_a_duration_and_no_date() {
    check(
        "The ship docked on 11 May 2004, three days later than planned.",
        Ctx::None,
        &[
            ("11 May 2004", "2004-05-11", ABS),
            ("three days", "P3D", NO),
        ],
    );
    check(
        "On 11 May 2004 it docked; three days later it left.",
        Ctx::None,
        &[
            ("11 May 2004", "2004-05-11", ABS),
            ("three days later", "2004-05-14", NAR),
        ],
    );
}

#[test]
fn parts_and_wholes_of_the_year_in_news() {
    use Ctx::*;
    check(
        "Shares have fallen since the start of this year.",
        News2013,
        &[("the start of this year", "2013", PUB)],
    );
    // A year written in the same sentence anchors "the year" of a news story.
    check(
        "The firm lost $2 million in the fourth quarter of 2011 and $9 million for the entire year.",
        News2013,
        &[
            ("the fourth quarter of 2011", "2011-10/2011-12", ABS),
            ("the entire year", "2011", NAR),
        ],
    );
    check(
        "It hopes to break even during the year.",
        News2013,
        &[("the year", "2013", PUB)],
    );
}

#[test]
fn a_year_heading_anchors_its_section() {
    use Ctx::*;
    check(
        "== 2008 ==\n\nIn March four men were executed.\n\n== Death sentences since 2003 ==\n\nIn May two were sentenced.",
        None,
        &[
            ("2008", "2008", ABS),
            ("March", "2008-03", NAR),
            ("since 2003", "2003/", ABS),
            ("May", "-", NO),
        ],
    );
}

#[test]
fn a_judgment_is_no_news_story() {
    let mut ctx = ctx(Ctx::News2013);
    ctx.decision = true;
    let got: Vec<_> = tag("The police came on Monday.", &ctx)
        .into_iter()
        .map(|m| (m.rule, m.value))
        .collect();
    assert_eq!(got, vec![("weekday".to_string(), None)]);
}

#[test]
fn a_year_in_an_aside_does_not_move_a_report_date() {
    use Ctx::*;
    let cases: &[Case] = &[
        (
            "Two men, sentenced to death in July 2002, were executed in March.",
            Report2003,
            &[("July 2002", "2002-07", ABS), ("March", "2003-03", PER)],
        ),
        (
            "Seven leaders arrested in 2002 were sentenced in August.",
            Report2003,
            &[("2002", "2002", ABS), ("August", "2003-08", PER)],
        ),
        // A year that frames the sentence, or a coordinated clause, still anchors it.
        (
            "In 2002, he was arrested in March.",
            Report2003,
            &[("2002", "2002", ABS), ("March", "2002-03", NAR)],
        ),
        (
            "He was arrested in July 2002 and released in March.",
            Report2003,
            &[("July 2002", "2002-07", ABS), ("March", "2002-03", NAR)],
        ),
    ];
    for (text, c, expect) in cases {
        check(text, *c, expect);
    }
}

#[test]
fn a_year_that_names_a_document_anchors_nothing() {
    use Ctx::*;
    let cases: &[Case] = &[
        (
            "It acceded to the Convention and its 1967 Protocol. In June a man was deported.",
            None,
            &[("1967", "1967", ABS), ("June", "-", NO)],
        ),
        (
            "Under the 2009 Military Commissions Act he was held. In June he was freed.",
            None,
            &[("2009", "2009", ABS), ("June", "-", NO)],
        ),
        (
            "Under the 2006 Act he was held. In June he was freed.",
            None,
            &[("2006", "2006", ABS), ("June", "-", NO)],
        ),
        (
            "He was charged under the Criminal Code of 2009. On 15 November he was freed.",
            None,
            &[("2009", "2009", ABS), ("15 November", "-", NO)],
        ),
        // An ordinary year still anchors, after "of" too.
        (
            "The protests of 1998 were crushed. In June he was freed.",
            None,
            &[("1998", "1998", ABS), ("June", "1998-06", NAR)],
        ),
        (
            "He was arrested in 1998. In June he was freed.",
            None,
            &[("1998", "1998", ABS), ("June", "1998-06", NAR)],
        ),
    ];
    for (text, c, expect) in cases {
        check(text, *c, expect);
    }
}

#[test]
fn a_month_after_a_range_of_years_has_no_year() {
    use Ctx::*;
    // Which fall, which June: the text does not say.
    check_timex(
        "It went public in the mid-1980s and moved its headquarters in the fall.",
        News1989,
        &[("mid-1980s", "198"), ("fall", "-")],
    );
    check_timex(
        "The company grew between 1995 and 1998. In June it moved.",
        None,
        &[("between 1995 and 1998", "1995/1998"), ("June", "-")],
    );
    // A single year written after the range anchors again.
    check_timex(
        "The company grew between 1995 and 1998. In 2001 it moved. In June it closed.",
        None,
        &[
            ("between 1995 and 1998", "1995/1998"),
            ("2001", "2001"),
            ("June", "2001-06"),
        ],
    );
    // A report's own period still anchors a month in the next sentence.
    check_timex(
        "Hundreds were jailed in the 1990s. In June a court freed ten.",
        Report2003,
        &[("1990s", "199"), ("June", "2003-06")],
    );
}

#[test]
fn relative_expressions() {
    use Ctx::*;
    let cases: &[Case] = &[
        (
            "On 3 June 2010 a bomb exploded. Two days later the police arrived.",
            None,
            &[
                ("3 June 2010", "2010-06-03", ABS),
                ("Two days later", "2010-06-05", NAR),
            ],
        ),
        (
            // A year of its own in the sentence of a day is background: the story
            // stands on the day.
            "On 8 May 2019 they hanged a man for a murder committed in 1998. A court had dismissed his petition two days earlier.",
            None,
            &[
                ("8 May 2019", "2019-05-08", ABS),
                ("1998", "1998", ABS),
                ("two days earlier", "2019-05-06", NAR),
            ],
        ),
        (
            "On 2 August a shop was looted; several days later it burned.",
            Report2002,
            &[
                ("2 August", "2002-08-02", PER),
                ("several days later", "2002-08", NAR),
            ],
        ),
        (
            "The law passed in 2007 and took effect the following year.",
            None,
            &[("2007", "2007", ABS), ("the following year", "2008", NAR)],
        ),
        (
            "The rule took effect the following year.",
            None,
            &[("the following year", "-", NO)],
        ),
        // A weekday after "the following" / "the previous": from the narrative's day
        // (Wednesday 11 February 1998), in news too, not from the day of publication.
        (
            "The strike began on 2 February 1998 and ended nine days later. Workers returned the following Monday; talks had failed the previous Friday.",
            None,
            &[
                ("2 February 1998", "1998-02-02", ABS),
                ("nine days later", "1998-02-11", NAR),
                ("the following Monday", "1998-02-16", NAR),
                ("the previous Friday", "1998-02-13", NAR),
            ],
        ),
        (
            "The strike began Feb. 2 and ended nine days later. Workers returned the following Monday.",
            News2013,
            &[
                ("Feb. 2", "2013-02-02", PUB),
                ("nine days later", "2013-02-11", NAR),
                ("the following Monday", "2013-02-18", NAR),
            ],
        ),
        ("The case was later closed.", None, &[]),
        (
            "Relatives heard of it a week after it had happened.",
            None,
            &[("a week", "P1W", NO)],
        ),
        (
            "Last revised: one year ago",
            None,
            &[("one year ago", "-", NO)],
        ),
        (
            "It was revised two years ago.",
            Pub2004,
            &[("two years ago", "2002", PUB)],
        ),
        (
            "Torture was recently reported.",
            Pub2004,
            &[("recently", "-", NO)],
        ),
        (
            "In recent years the numbers fell.",
            None,
            &[("recent years", "-", NO)],
        ),
        (
            "Arrests rose last year.",
            Pub2004,
            &[("last year", "2003", PUB)],
        ),
        ("Arrests rose last year.", None, &[("last year", "-", NO)]),
        (
            "The vote is due next year.",
            Pub2004,
            &[("next year", "2005", PUB)],
        ),
        (
            "He was freed last November.",
            Pub2004,
            &[("last November", "2003-11", PUB)],
        ),
        (
            "Talks were held in May of this year.",
            Pub2004,
            &[("May of this year", "2004-05", PUB)],
        ),
        (
            "Talks were held in July last year.",
            Pub2004,
            &[("July last year", "2003-07", PUB)],
        ),
        (
            "On 23 March last year, trials were suspended.",
            Pub2004,
            &[("23 March", "2003-03-23", PUB), ("last year", "2003", PUB)],
        ),
        (
            "The vote is set for 2 June next year.",
            Pub2004,
            &[("2 June", "2005-06-02", PUB), ("next year", "2005", PUB)],
        ),
        ("It was worse in the preceding years.", None, &[]),
        (
            "The ban is currently in force.",
            Pub2004,
            &[("currently", "2004-05-26", PUB)],
        ),
        ("The ban is in force today.", None, &[("today", "-", NO)]),
        (
            "Some years later he returned.",
            None,
            &[("Some years later", "-", NO)],
        ),
    ];
    for (text, c, expect) in cases {
        check(text, *c, expect);
    }
}

#[test]
fn durations() {
    use Ctx::None as N;
    let cases: &[Case] = &[
        (
            "He got three and a half years in prison.",
            N,
            &[("three and a half years", "P3Y6M", NO)],
        ),
        (
            "She served a year and a half.",
            N,
            &[("a year and a half", "P1Y6M", NO)],
        ),
        (
            "The term was replaced by one of twelve (12) years in prison.",
            N,
            &[("twelve (12) years", "P12Y", NO)],
        ),
        (
            "Terms of six and seven years' imprisonment were given.",
            N,
            &[("six", "P6Y", NO), ("seven years", "P7Y", NO)],
        ),
        (
            "The families were not told for two years.",
            N,
            &[("two years", "P2Y", NO)],
        ),
        ("A six-day inquiry followed.", N, &[("six-day", "P6D", NO)]),
        ("The inquiry took a week.", N, &[("a week", "P1W", NO)]),
        (
            "The charter is 30 years old.",
            N,
            &[("30 years", "P30Y", NO)],
        ),
        (
            "Punishable by three to seven years.",
            N,
            &[("three", "P3Y", NO), ("seven years", "P7Y", NO)],
        ),
        (
            "He spent twenty-five years abroad.",
            N,
            &[("twenty-five years", "P25Y", NO)],
        ),
        ("A 30-year-old man was held.", N, &[]),
        ("Guards came once a day and three times a week.", N, &[]),
        (
            "Peace held for a quarter of a century and half a year.",
            N,
            &[],
        ),
        (
            "It lasted two decades and 18 months.",
            N,
            &[("two decades", "P20Y", NO), ("18 months", "P18M", NO)],
        ),
    ];
    for (text, c, expect) in cases {
        check(text, *c, expect);
    }
}

#[test]
fn no_false_positives() {
    let texts = [
        "Officials may have been involved.",
        "This step may serve as a model.",
        "May God protect them, she said.",
        "We call on the government to act.",
        "He was one of two leaders.",
        "It is set out in Article 47(1) of the code.",
        "See Art. 255(1), Criminal Code.",
        "See Doc. 16225 and resolution 62/149 and declaration No. 817.",
        "The state returned 595 citizens.",
        "Over 15 000 people applied and 2 000 will be released.",
        "It killed ten people (including 8 policemen).",
        "Read https://example.org/2019/05/report-1999.html for more.",
        "Call +7 727 2003 4455 for help.",
        "The bell rang at 07:55 GMT.",
        "They marked the 30th anniversary.",
        "Total = 23",
        "In 2000 people marched.",
        "The 1000 delegates voted.",
        "He paid 1500 dollars for 2003 copies.",
        "The score was 2.2003 and 2,003 points.",
        "Theresa March and June Smith met.",
        // A market crash's name is no day ("Good Friday" is: a holiday of the rules).
        "Black Monday is remembered.",
        "Version 1.2.2003.4 ships.",
    ];
    for text in texts {
        check(text, Ctx::Report2003, &[]);
    }
}

#[test]
fn metadata_phrases() {
    let d = |s: &str| PartialDate::parse(s);
    assert_eq!(parse_date_phrase("26 May 2004"), d("2004-05-26"));
    assert_eq!(parse_date_phrase("2004-05-26"), d("2004-05-26"));
    assert_eq!(
        parse_date_phrase("Tuesday, 18 January 2022, 07:55 GMT"),
        d("2022-01-18")
    );
    assert_eq!(parse_date_phrase("May 2004"), d("2004-05"));
    assert_eq!(parse_date_phrase("2004"), d("2004"));
    assert_eq!(parse_date_phrase("one year ago"), None);
    assert_eq!(parse_date_phrase("In November"), None);
    let period = parse_period_phrase("Covering events from January - December 2003").unwrap();
    assert_eq!(period.iso(), "2003-01/2003-12");
}

#[test]
fn another_language_from_its_own_word_lists() {
    let json = r#"{
        "language": "fr",
        "months": [["janvier"], ["février"], ["mars"], ["avril"], ["mai"], ["juin"], ["juillet"],
                   ["août"], ["septembre"], ["octobre"], ["novembre"], ["décembre"]],
        "weekdays": [["lundi"], ["mardi"], ["mercredi"], ["jeudi"], ["vendredi"], ["samedi"], ["dimanche"]],
        "numbers": {"un": 1, "une": 1, "deux": 2, "trois": 3, "sept": 7},
        "units": {"Y": ["an", "ans", "année", "années"], "D": ["jour", "jours"]},
        "seasons": {"été": [6, 8]},
        "part_nouns": {},
        "year_context": ["en", "depuis", "le", "de"],
        "since": ["depuis"],
        "and": ["et"],
        "slash_order": "dmy"
    }"#;
    let rules = TimeRules::from_json(json).unwrap();
    assert_eq!(rules.language, "fr");
    // French writes month names in lower case: the tagger asks for a capital, so the
    // day-month-year pattern is what fires here.
    let text = "Le 17 Décembre 2003, puis en 2008 et 2016, pour sept ans. Depuis 2003 aussi, le 03/04/2005.";
    let got: Vec<String> = tag_with(text, &AnchorContext::default(), &rules)
        .iter()
        .map(|m| {
            format!(
                "{} {}",
                m.span.slice(text),
                m.value
                    .map(|v| v.iso())
                    .or(m.duration.clone())
                    .unwrap_or_default()
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            "17 Décembre 2003 2003-12-17",
            "2008 2008",
            "2016 2016",
            "sept ans P7Y",
            "Depuis 2003 2003/",
            "03/04/2005 2005-04-03"
        ]
    );
}

// ------------------------------------------------------------------ reference corpus

/// The mentions inside the first occurrence of `phrase` in `text` (all occurrences when
/// `all`), as (surface, value, anchor).
fn inside(
    text: &str,
    mentions: &[TimeMention],
    phrase: &str,
    all: bool,
) -> Vec<(String, String, Option<Anchor>)> {
    let mut out = Vec::new();
    let mut found = false;
    for (offset, _) in text.match_indices(phrase) {
        found = true;
        let range = offset as u32..(offset + phrase.len()) as u32;
        for m in mentions {
            if range.contains(&m.span.start) && m.span.end <= range.end {
                let value = m
                    .value
                    .map(|v| v.iso())
                    .or(m.duration.clone())
                    .unwrap_or_else(|| "-".into());
                out.push((m.span.slice(text).to_string(), value, m.anchor));
            }
        }
        if !all {
            break;
        }
    }
    assert!(found, "phrase {phrase:?} not in the document");
    out
}

fn expect_inside(
    text: &str,
    mentions: &[TimeMention],
    phrase: &str,
    want: &[(&str, &str, Option<Anchor>)],
) {
    let want: Vec<(String, String, Option<Anchor>)> = want
        .iter()
        .map(|(s, v, a)| (s.to_string(), v.to_string(), *a))
        .collect();
    assert_eq!(
        inside(text, mentions, phrase, false),
        want,
        "inside {phrase:?}"
    );
}

#[test]
fn reference_documents() {
    let Some(doc000) = corpus_doc("000") else {
        return;
    };
    let m = tag(&doc000, &corpus_ctx("000"));
    expect_inside(
        &doc000,
        &m,
        "between May and November",
        &[("between May and November", "2003-05/2003-11", NAR)],
    );
    expect_inside(
        &doc000,
        &m,
        "In 2008 and 2016",
        &[("2008", "2008", ABS), ("2016", "2016", ABS)],
    );
    expect_inside(&doc000, &m, "Until 2021", &[("Until 2021", "/2021", ABS)]);
    expect_inside(
        &doc000,
        &m,
        "On 17 December 2003",
        &[("17 December 2003", "2003-12-17", ABS)],
    );
    expect_inside(
        &doc000,
        &m,
        "Since the moratorium",
        &[("Since the moratorium", "-", NO)],
    );

    let Some(doc001) = corpus_doc("001") else {
        return;
    };
    let m = tag(&doc001, &corpus_ctx("001"));
    let novembers = inside(&doc001, &m, "In November", true);
    assert_eq!(novembers.len(), 2);
    for (surface, value, anchor) in novembers {
        assert_eq!(
            (surface.as_str(), value.as_str(), anchor),
            ("November", "2003-11", PER)
        );
    }
    expect_inside(
        &doc001,
        &m,
        "in October 2002",
        &[("October 2002", "2002-10", ABS)],
    );
    expect_inside(
        &doc001,
        &m,
        "three and a half years",
        &[("three and a half years", "P3Y6M", NO)],
    );
    expect_inside(
        &doc001,
        &m,
        "in January after",
        &[("January", "2003-01", PER)],
    );
    expect_inside(&doc001, &m, "amnesty in May", &[("May", "2003-05", PER)]);
    expect_inside(&doc001, &m, "may have been", &[]);
    expect_inside(&doc001, &m, "one of two", &[]);
    expect_inside(&doc001, &m, "07:55 GMT", &[]);

    let Some(doc002) = corpus_doc("002") else {
        return;
    };
    let m = tag(&doc002, &corpus_ctx("002"));
    expect_inside(
        &doc002,
        &m,
        "Between January and June 2019",
        &[("Between January and June 2019", "2019-01/2019-06", ABS)],
    );
    expect_inside(&doc002, &m, "one year ago", &[("one year ago", "-", NO)]);
    expect_inside(&doc002, &m, "Article 47(1)", &[]);
    expect_inside(&doc002, &m, "Art. 255(1)", &[]);
    expect_inside(&doc002, &m, "266-IV of 2010", &[("2010", "2010", ABS)]);
    expect_inside(&doc002, &m, "595 Kazakhstani", &[]);
    expect_inside(&doc002, &m, "a 2018 amendment", &[("2018", "2018", ABS)]);

    let Some(doc003) = corpus_doc("003") else {
        return;
    };
    let m = tag(&doc003, &corpus_ctx("003"));
    expect_inside(
        &doc003,
        &m,
        "on 11 September",
        &[("11 September", "2002-09-11", PER)],
    );
    expect_inside(
        &doc003,
        &m,
        "on 7 September",
        &[("7 September", "2002-09-07", PER)],
    );
    expect_inside(
        &doc003,
        &m,
        "in July and August respectively",
        &[("July", "2002-07", PER), ("August", "2002-08", PER)],
    );
    expect_inside(&doc003, &m, "On 19 May", &[("19 May", "2002-05-19", PER)]);
    expect_inside(
        &doc003,
        &m,
        "several days later",
        &[("several days later", "2002-05", NAR)],
    );
    expect_inside(&doc003, &m, "six-day", &[("six-day", "P6D", NO)]);
    expect_inside(&doc003, &m, "in late 2001", &[("late 2001", "2001", ABS)]);
    expect_inside(&doc003, &m, "in January)", &[("January", "2002-01", PER)]);

    let Some(doc004) = corpus_doc("004") else {
        return;
    };
    let m = tag(&doc004, &corpus_ctx("004"));
    expect_inside(&doc004, &m, "Doc. 16225", &[]);
    expect_inside(&doc004, &m, "No. 817", &[]);
    expect_inside(&doc004, &m, "15 000", &[]);
    expect_inside(&doc004, &m, "2 000 will", &[]);
    expect_inside(&doc004, &m, "30th anniversary", &[]);
    expect_inside(&doc004, &m, "Total = 23", &[]);
    expect_inside(&doc004, &m, "We, the", &[]);
    expect_inside(&doc004, &m, "may serve", &[]);
    expect_inside(&doc004, &m, "2024–2029", &[("2024–2029", "2024/2029", ABS)]);
    expect_inside(
        &doc004,
        &m,
        "On 23 June 2025",
        &[("23 June 2025", "2025-06-23", ABS)],
    );
}

#[test]
fn reference_snapshots() {
    for prefix in ["000", "001", "002", "003", "004"] {
        let Some(text) = corpus_doc(prefix) else {
            return;
        };
        let mentions = tag(&text, &corpus_ctx(prefix));
        insta::assert_snapshot!(format!("doc_{prefix}"), render(&text, &mentions));
    }
}

// ------------------------------------------------------------------ robustness

fn assert_spans_fit(text: &str, mentions: &[TimeMention]) {
    for m in mentions {
        let (start, end) = (m.span.start as usize, m.span.end as usize);
        assert!(start < end && end <= text.len(), "{m:?} in {text:?}");
        assert!(
            text.is_char_boundary(start) && text.is_char_boundary(end),
            "{m:?} in {text:?}"
        );
    }
}

proptest::proptest! {
    #[test]
    fn never_panics_on_any_text(text in "\\PC{0,200}") {
        for c in [Ctx::None, Ctx::Report2003, Ctx::Pub2004, Ctx::Season0304] {
            assert_spans_fit(&text, &tag(&text, &ctx(c)));
        }
    }

    #[test]
    fn never_panics_on_date_like_text(parts in proptest::collection::vec(proptest::sample::select(vec![
        "May", "may", "17", "31", "2003", "1990s", "s", "th", "-", "–", "/", ".", ",", ":", " ", "  ", "\n", "\n\n",
        "and", "a", "half", "years", "day", "later", "ago", "since", "until", "between", "from", "to", "the",
        "end", "of", "late", "mid", "summer", "last", "next", "following", "In", "é", "Décembre", "2100", "0",
        "12", "99999999999", "(", ")", "Tuesday", "several", "twenty", "now",
    ]), 0..40)) {
        let text: String = parts.concat();
        for c in [Ctx::None, Ctx::Report2003, Ctx::Pub2004, Ctx::Season0304] {
            assert_spans_fit(&text, &tag(&text, &ctx(c)));
        }
        let spaced = parts.join(" ");
        assert_spans_fit(&spaced, &tag(&spaced, &ctx(Ctx::Report2003)));
    }
}

// ------------------------------------------------------------------ speed

/// `cargo test -p dossier-extract --release -- --ignored time_speed --nocapture`, over the
/// UN General Debate corpus unpacked at /tmp/ungdc (see /work/shared/bench/README.md).
#[test]
#[ignore]
fn time_speed() {
    fn walk(dir: &std::path::Path, files: &mut Vec<std::path::PathBuf>) {
        let Ok(entries) = std::fs::read_dir(dir) else {
            return;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                walk(&path, files);
            } else if path.extension().is_some_and(|e| e == "txt") {
                files.push(path);
            }
        }
    }
    let mut files = Vec::new();
    walk(std::path::Path::new("/tmp/ungdc"), &mut files);
    if files.is_empty() {
        println!("note: /tmp/ungdc not unpacked, skipping");
        return;
    }
    let texts: Vec<String> = files
        .iter()
        .filter_map(|p| std::fs::read(p).ok())
        .map(|b| String::from_utf8_lossy(&b).into_owned())
        .collect();
    let bytes: usize = texts.iter().map(String::len).sum();
    let ctx = AnchorContext {
        period: None,
        published: PartialDate::parse("2010-09-23"),
        decision: false,
    };
    let started = std::time::Instant::now();
    let mut n_mentions = 0;
    for text in &texts {
        n_mentions += tag(text, &ctx).len();
    }
    let secs = started.elapsed().as_secs_f64();
    println!(
        "time_speed: {} files, {:.1} MB, {n_mentions} mentions, {secs:.2} s, {:.1} MB/s",
        texts.len(),
        bytes as f64 / 1e6,
        bytes as f64 / 1e6 / secs
    );
}

#[test]
#[ignore]
fn dump() {
    for p in ["000", "001", "002", "003", "004"] {
        let Some(text) = corpus_doc(p) else { return };
        println!("=== {p}\n{}", render(&text, &tag(&text, &corpus_ctx(p))));
    }
}

#[test]
fn every_lexicon_word_passes_the_prefilter() {
    let rules = TimeRules::english();
    for key in rules.lexicon.keys() {
        let word = std::str::from_utf8(key).unwrap();
        assert!(rules.lookup(word).is_some(), "{word}");
        assert!(rules.lookup(&word.to_uppercase()).is_some(), "{word}");
    }
    assert!(rules.lookup("zebra").is_none());
    assert!(rules.lookup("Tuesdays").is_none());
}

#[test]
fn the_legal_register_numbers_the_day() {
    use Ctx::None as N;
    let cases: &[Case] = &[
        (
            "The appeals were heard on the 4th day of March 2019 in chambers.",
            N,
            &[("4th day of March 2019", "2019-03-04", ABS)],
        ),
        (
            "Judgment delivered on the 11th day October 2020.",
            N,
            &[("11th day October 2020", "2020-10-11", ABS)],
        ),
        // A count of days is no day of the month.
        (
            "He was held for 3 days in March 2019.",
            N,
            &[("3 days", "P3D", None), ("March 2019", "2019-03", ABS)],
        ),
    ];
    for (text, c, expect) in cases {
        check(text, *c, expect);
    }
}

#[test]
fn timex_names_fiscal_years_centuries_decade_parts_and_until() {
    use Ctx::*;
    let cases: &[TimexCase] = &[
        (
            "Revenue rose in fiscal 2012 and in the fiscal year 2011.",
            News2013,
            &[("fiscal 2012", "FY2012"), ("fiscal year 2011", "FY2011")],
        ),
        (
            "Costs will fall this fiscal year.",
            News2013,
            &[("this fiscal year", "FY2013")],
        ),
        (
            "The chapel dates from the 14th century; the tower from the sixteenth century.",
            None,
            &[("the 14th century", "13"), ("the sixteenth century", "15")],
        ),
        (
            "The law dates to the 1800s; the plant opened in the 2000s.",
            None,
            &[("1800s", "18"), ("2000s", "200")],
        ),
        (
            "Talks opened on March 12. The following week, they broke down.",
            News2013,
            &[
                ("March 12", "2013-03-12"),
                ("The following week", "2013-03-18/2013-03-24"),
            ],
        ),
        // "year-earlier" is an adjective.
        ("Profits rose from the year-earlier quarter.", News2013, &[]),
        // Plural centuries and ordinals of other nouns are no dates.
        ("It took centuries; the third attempt worked.", None, &[]),
        (
            "Inflation was high in the early 1980s.",
            None,
            &[("early 1980s", "198")],
        ),
        // "until" is a signal: the date is the one named.
        (
            "The delivery is delayed until October 2014.",
            News2013,
            &[("until October 2014", "2014-10")],
        ),
        // So is "since": the index's lowest level since April 1997 names April 1997.
        (
            "The index fell to its lowest level since April 1997.",
            News2013,
            &[("since April 1997", "1997-04")],
        ),
        (
            "Profit rose in the first half of the year.",
            News2013,
            &[("the first half of the year", "2013-H1")],
        ),
        (
            "Sales will rise in the current quarter and the current year.",
            News2013,
            &[
                ("the current quarter", "2013-Q1"),
                ("the current year", "2013"),
            ],
        ),
        (
            "The firm will report next quarter.",
            News2013,
            &[("next quarter", "2013-Q2")],
        ),
        // "a year" before "earlier" or "ago" is a count, not "the year".
        (
            "Sales fell 3 percent from a year earlier.",
            News2013,
            &[("a year earlier", "2012")],
        ),
        (
            "Profit fell in the third quarter from the same period a year earlier.",
            News2013,
            &[
                ("the third quarter", "2012-Q3"),
                ("the same period a year earlier", "2011-Q3"),
            ],
        ),
    ];
    for (text, c, expect) in cases {
        check_timex(text, *c, expect);
    }
}

#[test]
fn due_puts_a_weekday_in_the_future_but_due_to_gives_a_cause() {
    use Ctx::*;
    // Published Friday 22 March 2013.
    let cases: &[TimexCase] = &[
        (
            "The report, due out Tuesday, is expected to show growth.",
            News2013,
            &[("Tuesday", "2013-03-26")],
        ),
        (
            "Shares fell on Tuesday due to fears of a bank run.",
            News2013,
            &[("Tuesday", "2013-03-19")],
        ),
    ];
    for (text, c, expect) in cases {
        check_timex(text, *c, expect);
    }
}

#[test]
fn a_text_with_no_date_of_its_own_is_dated_by_an_event_it_dates_both_ways() {
    let text = "The minister spoke again on March 3 this year. Five years ago, on 12 May 2015, \
                he had said the same.";
    let got = tag(text, &AnchorContext::default());
    let value = |s: &str| {
        got.iter()
            .find(|m| m.span.slice(text) == s)
            .and_then(|m| m.value)
            .map(|v| v.iso())
    };
    assert_eq!(value("March 3").as_deref(), Some("2020-03-03"), "{got:?}");
    assert_eq!(value("this year").as_deref(), Some("2020"));
    assert_eq!(value("Five years ago").as_deref(), Some("2015"));
    // Two pairs that disagree give no present: nothing is guessed.
    let text = "Two years ago, on 1 May 2010, and three years ago, on 1 May 2010, it rained. \
                This year it snowed.";
    let got = tag(text, &AnchorContext::default());
    let this_year = got
        .iter()
        .find(|m| m.span.slice(text) == "This year")
        .unwrap();
    assert_eq!(this_year.value, None, "{got:?}");
    // A publication date comes first.
    let text = "Five years ago, on 12 May 2015, it rained.";
    let got = tag(text, &ctx(Ctx::News2013));
    assert_eq!(got[0].value.map(|v| v.iso()).as_deref(), Some("2008"));
}

#[test]
fn a_footnote_number_glued_to_a_year_is_not_part_of_it() {
    use Ctx::*;
    let cases: &[Case] = &[
        (
            "It acceded on 29 June 1998. Its report was reviewed in May 20011. Next came more.",
            None,
            &[
                ("29 June 1998", "1998-06-29", ABS),
                ("May 20011", "2001-05", ABS),
            ],
        ),
        (
            "The law took effect on 1 March 20052, as noted.",
            None,
            &[("1 March 20052", "2005-03-01", ABS)],
        ),
        // A count after a month is no year with a note.
        ("In March 18501 people fled.", None, &[("March", "-", NO)]),
    ];
    for (text, c, expect) in cases {
        check(text, *c, expect);
    }
}

#[test]
fn an_earlier_day_in_a_relative_clause_is_background_to_the_following_day() {
    use Ctx::*;
    let cases: &[Case] = &[
        (
            "On March 20, the committee opened cases against groups, which officials banned \
             on February 28. The committee froze assets. The following day, it issued a list.",
            Report2003,
            &[
                ("March 20", "2003-03-20", PER),
                ("February 28", "2003-02-28", PER),
                ("The following day", "2003-03-21", NAR),
            ],
        ),
        // A later day in the relative clause moves the story on.
        (
            "On March 20, police arrested X, who was released on March 22. The following day, \
             he left.",
            Report2003,
            &[
                ("March 20", "2003-03-20", PER),
                ("March 22", "2003-03-22", PER),
                ("The following day", "2003-03-23", NAR),
            ],
        ),
    ];
    for (text, c, expect) in cases {
        check(text, *c, expect);
    }
}

#[test]
fn newswire_of_the_financial_pages() {
    use Ctx::*;
    // A story of Friday 27 October 1989, in the style of the wire services' business news.
    type Row = (&'static str, Ctx, &'static [(&'static str, &'static str)]);
    let cases: &[Row] = &[
        (
            "Profit in the third quarter rose 12%.",
            News1989,
            &[("the third quarter", "1989-Q3")],
        ),
        (
            "The company said fiscal 1989 earnings would exceed last year's.",
            News1989,
            &[("fiscal 1989", "FY1989"), ("last year", "1988")],
        ),
        (
            "Sales fell 3% from a year earlier.",
            News1989,
            &[("a year earlier", "1988")],
        ),
        (
            "Two years ago, the bank lost $200 million.",
            News1989,
            &[("Two years ago", "1987")],
        ),
        (
            "Earlier this month, the Treasury sold bonds.",
            News1989,
            &[("this month", "1989-10")],
        ),
        (
            "In recent years the company expanded abroad.",
            News1989,
            &[("recent years", "PAST_REF")],
        ),
        (
            "Farm income fell sharply in the 1980s.",
            News1989,
            &[("1980s", "198")],
        ),
        (
            "The plant will open next spring.",
            News1989,
            &[("next spring", "1990-SP")],
        ),
        (
            "The index fell 20 points Monday.",
            News1989,
            &[("Monday", "1989-10-23")],
        ),
        (
            "The loss for the quarter ended Sept. 30 widened.",
            News1989,
            &[("Sept. 30", "1989-09-30")],
        ),
        (
            "The offer expires Nov. 15.",
            News1989,
            &[("Nov. 15", "1989-11-15")],
        ),
        (
            "The fourth-quarter results will be released next month.",
            News1989,
            &[("The fourth-quarter", "1989-Q4"), ("next month", "1989-11")],
        ),
        (
            "In fiscal 1988, ended June 30, the company earned $5 million.",
            News1989,
            &[("fiscal 1988", "FY1988"), ("June 30", "1988-06-30")],
        ),
    ];
    for (text, c, expect) in cases {
        check_timex(text, *c, expect);
    }
}

#[test]
fn a_range_of_days_in_one_month_takes_the_year_after_it() {
    use Ctx::*;
    check(
        "The meeting ran from March 3-5, 1988, in Vienna.",
        News1989,
        &[("from March 3-5, 1988", "1988-03-03/1988-03-05", ABS)],
    );
    check(
        "Hearings were held June 10 to 12.",
        Report2003,
        &[("June 10 to 12", "2003-06-10/2003-06-12", PER)],
    );
    // A count after the second number: no range of days.
    check(
        "On March 3 - 5 people died.",
        Report2003,
        &[("March 3", "2003-03-03", PER)],
    );
}

#[test]
fn holidays_by_name() {
    use Ctx::*;
    check(
        "Retailers fear a repeat this Christmas.",
        News1989,
        &[("this Christmas", "1989-12-25", PUB)],
    );
    check(
        "Sales were weak last Christmas.",
        News1989,
        &[("last Christmas", "1988-12-25", PUB)],
    );
    check(
        "The deal was announced on New Year's Day.",
        News1989,
        &[("New Year's Day", "1989-01-01", PUB)],
    );
    check(
        "The prisoners were freed at Easter 2004.",
        None,
        &[("Easter 2004", "2004-04-11", ABS)],
    );
    check(
        "He was arrested on Easter Monday.",
        Report2003,
        &[("Easter Monday", "2003-04-21", PER)],
    );
    check(
        "Talks resume after Thanksgiving.",
        News1989,
        &[("Thanksgiving", "1989-11-23", PUB)],
    );
    // The first Monday of September (US spelling only: Labour Day is 1 May in most of
    // the world).
    check(
        "The plant closed on Labor Day.",
        News1989,
        &[("Labor Day", "1989-09-04", PUB)],
    );
    // Names used as adjectives, or with no date word before them, are no days.
    check("Christmas sales were weak.", News1989, &[]);
    check(
        "during the Christmas and New Year sales period",
        News1989,
        &[],
    );
    check("The Easter Rising began in Dublin.", None, &[]);
}

#[test]
fn a_schedule_in_the_present_tells_of_a_day_ahead() {
    use Ctx::*;
    // Friday 22 March 2013.
    check(
        "Voters go to the polls on Monday.",
        News2013,
        &[("Monday", "2013-03-25", PUB)],
    );
    check(
        "Trading resumes Tuesday.",
        News2013,
        &[("Tuesday", "2013-03-26", PUB)],
    );
    check(
        "The inquest heard evidence on Monday. The hearing continues on Thursday.",
        News2013,
        &[
            ("Monday", "2013-03-18", PUB),
            ("Thursday", "2013-03-28", PUB),
        ],
    );
    // A day that opens its sentence has its verb after the comma that closes it.
    check(
        "Talks failed. On Monday, he will address the union.",
        News2013,
        &[("Monday", "2013-03-25", PUB)],
    );
    check(
        "On Tuesday, the minister resigned.",
        News2013,
        &[("Tuesday", "2013-03-19", PUB)],
    );
    // A verb in the past wins.
    check(
        "The talks, which resumed Tuesday, ended late.",
        News2013,
        &[("Tuesday", "2013-03-19", PUB)],
    );
    check(
        "The index fell on Monday.",
        News2013,
        &[("Monday", "2013-03-18", PUB)],
    );
    // "the end of" is no verb.
    check(
        "Prices climbed at the end of June.",
        News2013,
        &[("end of June", "2012-06", PUB)],
    );
}

#[test]
fn a_range_written_with_both_ends_has_two_parts() {
    use Ctx::*;
    let parts = |text: &str, c: Ctx| -> Vec<(String, String)> {
        tag(text, &ctx(c))
            .iter()
            .flat_map(|m| range_parts(m, text))
            .map(|(span, v)| (span.slice(text).to_string(), v))
            .collect()
    };
    let own = |v: &[(&str, &str)]| -> Vec<(String, String)> {
        v.iter()
            .map(|(a, b)| (a.to_string(), b.to_string()))
            .collect()
    };
    assert_eq!(
        parts("Prices rose between 1985 and 1988.", News1989),
        own(&[("1985", "1985"), ("1988", "1988")])
    );
    assert_eq!(
        parts("The meeting ran from March 3-5, 1988.", News1989),
        own(&[("March 3", "1988-03-03"), ("5, 1988", "1988-03-05")])
    );
    assert_eq!(
        parts("Covering events from January - December 2003", None),
        own(&[("January", "2003-01"), ("December 2003", "2003-12")])
    );
    // A point, a season, a decade: no parts.
    assert!(parts("In the 1980s and in June 2003.", None).is_empty());
}

#[test]
fn a_year_earlier_after_a_quarter_is_that_quarter_a_year_before() {
    use Ctx::*;
    let cases: &[TimexCase] = &[
        (
            "Net income in the third quarter fell to $8 million from $11 million a year earlier.",
            News1989,
            &[("the third quarter", "1989-Q3"), ("a year earlier", "1988-Q3")],
        ),
        (
            "Orders for the second quarter rose 4% from the year-earlier period.",
            News1989,
            &[("the second quarter", "1989-Q2"), ("the year-earlier period", "1988-Q2")],
        ),
        (
            "Revenue in the first half was flat against the year-ago half.",
            News1989,
            &[("the first half", "1989-H1"), ("the year-ago half", "1988-H1")],
        ),
        (
            "Margins in the third quarter beat the previous quarter and the same quarter last year.",
            News1989,
            &[
                ("the third quarter", "1989-Q3"),
                ("the previous quarter", "1989-Q2"),
                ("the same quarter last year", "1988-Q3"),
            ],
        ),
        // With no quarter named, "a year earlier" is the year before, and "the year-ago
        // quarter" has nothing to stand on: not tagged.
        (
            "Sales fell 3% from a year earlier.",
            News1989,
            &[("a year earlier", "1988")],
        ),
        ("Sales fell from the year-ago quarter.", News1989, &[]),
        // A month compared in figures: that month a year before; with no figures, the
        // narrative's "a year earlier" is only the year.
        (
            "Inflation fell to 2.1 percent in September from 3.4 percent a year earlier.",
            News1989,
            &[("September", "1989-09"), ("a year earlier", "1988-09")],
        ),
        (
            "Exports in August 1989 were up 7% from a year ago.",
            News1989,
            &[("August 1989", "1989-08"), ("a year ago", "1988-08")],
        ),
        (
            "He fled in September; a year earlier he had been arrested.",
            News1989,
            &[("September", "1989-09"), ("a year earlier", "1988")],
        ),
        // A quarter two sentences back no longer anchors "a year earlier".
        (
            "Profit in the third quarter rose. The chairman retired. Costs fell from a year earlier.",
            News1989,
            &[("the third quarter", "1989-Q3"), ("a year earlier", "1988")],
        ),
    ];
    for (text, c, expect) in cases {
        check_timex(text, *c, expect);
    }
}

#[test]
fn the_year_after_a_sentence_set_in_another_year() {
    use Ctx::*;
    // A news story: the narrative's year, written in this sentence or the one before.
    check(
        "The reporter was detained in 2010. During the year she was kept in a cell near the border, her family said.",
        News2013,
        &[("2010", "2010", ABS), ("the year", "2010", NAR)],
    );
    // Two sentences on, the story is back in its own present.
    check(
        "The reporter was detained in 2010. Her family appealed. Throughout the year protests continued.",
        News2013,
        &[("2010", "2010", ABS), ("the year", "2013", PUB)],
    );
    // An annual report's own "during the year" is the year it covers, even right after a
    // sentence set in another year.
    check(
        "In 2001 police detained the editor. During the year she remained in custody. In May a court tried her.",
        Report2003,
        &[
            ("2001", "2001", ABS),
            ("the year", "2003", PER),
            ("May", "2003-05", PER),
        ],
    );
    // ... except in a section headed by a year, which tells of that year.
    check(
        "Background\n\n== 2001 ==\nPolice detained the editor. During the year she remained in custody. In May a court tried her.",
        Report2003,
        &[
            ("2001", "2001", ABS),
            ("the year", "2001", NAR),
            ("May", "2001-05", NAR),
        ],
    );
    // A dateline alone on its line is no year heading.
    check(
        "Annual Report\n\nReleased by the Bureau\nMay 26, 2004\n\nThe state is a republic. On December 26, voters elected a parliament.",
        Report2003,
        &[("May 26, 2004", "2004-05-26", ABS), ("December 26", "2003-12-26", PER)],
    );
    // "the same month a year ago" compares: the story stays where it was.
    check(
        "Sales fell 35% in January, compared to the same month a year ago, as dealers reported their January sales.",
        News2013,
        &[
            ("January", "2013-01", PUB),
            ("the same month a year ago", "2012-01", NAR),
            ("January", "2013-01", PUB),
        ],
    );
    // "that year", "the same year": the narrative's year in any frame.
    check(
        "In 2001 police detained the editor. That year the paper closed.",
        Report2003,
        &[("2001", "2001", ABS), ("That year", "2001", NAR)],
    );
    // A relative clause after "the year" is no date of its own.
    check("In the year he was elected, prices rose.", News2013, &[]);
}

#[test]
fn a_year_reached_from_the_narrative_moves_it() {
    use Ctx::*;
    check(
        "The party was founded in 1991. The following year it won 12 seats. In June it joined the government.",
        None,
        &[
            ("1991", "1991", ABS),
            ("The following year", "1992", NAR),
            ("June", "1992-06", NAR),
        ],
    );
    check(
        "The mine opened in 1970. Two years later it flooded. In March it closed.",
        None,
        &[
            ("1970", "1970", ABS),
            ("Two years later", "1972", NAR),
            ("March", "1972-03", NAR),
        ],
    );
}

#[test]
fn a_decade_after_since_keeps_its_timex_name() {
    use Ctx::*;
    check_timex(
        "Inflation is at its lowest since the 1970s, and rents have risen since the early 1990s.",
        News1989,
        &[("since the 1970s", "197"), ("early 1990s", "199")],
    );
    check_timex(
        "At the moment, no talks are planned. For the moment he stays.",
        News1989,
        &[
            ("At the moment", "1989-10-27"),
            ("For the moment", "1989-10-27"),
        ],
    );
    check_timex("The moment he arrived, talks began.", News1989, &[]);
}

#[test]
fn a_part_of_the_day_makes_a_time_of_day() {
    use Ctx::*;
    // A story of Friday 22 March 2013.
    check_timex(
        "The vote passed late Thursday night after a debate that began Wednesday morning.",
        News2013,
        &[
            ("Thursday night", "2013-03-21TNI"),
            ("Wednesday morning", "2013-03-20TMO"),
        ],
    );
    check_timex(
        "Ministers met this morning, after blasts last night and yesterday afternoon, and meet again tonight.",
        News2013,
        &[
            ("this morning", "2013-03-22TMO"),
            ("last night", "2013-03-21TNI"),
            ("yesterday afternoon", "2013-03-21TAF"),
            ("tonight", "2013-03-22TNI"),
        ],
    );
    // The day stays the mention's value: events are dated by it.
    let m = tag("The minister will speak on Monday evening.", &ctx(News2013));
    assert_eq!(m.len(), 1);
    assert!(is_time_of_day(&m[0]));
    assert_eq!(m[0].value.map(|v| v.iso()), Some("2013-03-25".to_string()));
    // A part of the day that is not the weekday's own is no time of day.
    check_timex(
        "He arrived Thursday; the night was cold. The next morning he left.",
        News2013,
        &[("Thursday", "2013-03-21")],
    );
}

#[test]
fn an_irregular_past_and_would_give_the_tense() {
    use Ctx::*;
    // A story of Friday 22 March 2013: "said" is past, "would" looks ahead, even in a
    // sentence whose verb of a schedule ("meet") stands after the day.
    check_timex(
        "Officials said Thursday they would meet again on Sunday.",
        News2013,
        &[("Thursday", "2013-03-21"), ("Sunday", "2013-03-24")],
    );
    check_timex(
        "The envoys met Tuesday and spoke again Wednesday.",
        News2013,
        &[("Tuesday", "2013-03-19"), ("Wednesday", "2013-03-20")],
    );
    // An irregular past after "be" is a participle: "would" gives the tense, and "had"
    // before "been held" keeps the day past.
    check_timex(
        "The speaker said the session would be held on Tuesday.",
        News2013,
        &[("Tuesday", "2013-03-26")],
    );
    check_timex(
        "The hearing had been held on Tuesday.",
        News2013,
        &[("Tuesday", "2013-03-19")],
    );
}

/// "by year-end", "at year's end": the end of the year "the year" is there (TIMEX3:
/// the year), as "the end of the year" is; "years-end" or a capitalised "End" is none.
#[test]
fn year_end_is_the_end_of_the_year() {
    use Ctx::*;
    let cases: &[Case] = &[
        (
            "Exports could fall by year-end, the port authority warned.",
            News2013,
            &[("year-end", "2013", PUB)],
        ),
        (
            "By year's end, authorities had not investigated the killings.",
            Report2003,
            &[("year's end", "2003", PER)],
        ),
        (
            "She was arrested in 2019. By year-end she was still held.",
            News2013,
            &[("2019", "2019", ABS), ("year-end", "2019", NAR)],
        ),
        ("The year-End Review was published.", None, &[]),
    ];
    for (text, c, expect) in cases {
        check(text, *c, expect);
    }
}

/// A season after "last", "next", "this" and before a preposition is still a season
/// ("since last summer over visa delays"); before a noun it is none ("summer camps"),
/// nor a noun with an article before a preposition ("a fall at the start of the day").
#[test]
fn a_season_before_a_preposition_is_a_season() {
    use Ctx::*;
    let cases: &[Case] = &[
        (
            "Kral has faced criticism since last summer over visa delays.",
            News2014,
            &[("last summer", "2013-06/2013-08", PUB)],
        ),
        ("Children went to summer camps.", News2014, &[]),
        (
            "After a fall at the start of the day, the index recovered.",
            News2014,
            &[("the start of the day", "2014-01-10", PUB)],
        ),
    ];
    for (text, c, expect) in cases {
        check(text, *c, expect);
    }
}

/// A thing takes effect after the decision that made it: a yearless month before the
/// earliest month of the narrative's date, with "entered into force", "take effect" ...
/// between them, is in the year after it; without such a phrase, or with a later
/// month, the year stays the period's.
#[test]
fn a_law_takes_effect_after_it_was_adopted() {
    use Ctx::*;
    let cases: &[Case] = &[
        (
            "In late 2002 parliament adopted amendments to the Criminal Code, which entered into force on January 1.",
            Report2002,
            &[("late 2002", "2002", ABS), ("January 1", "2003-01-01", NAR)],
        ),
        (
            "In November the government announced that the new law would take effect in February.",
            Report2002,
            &[("November", "2002-11", PER), ("February", "2003-02", NAR)],
        ),
        (
            "Parliament adopted the code on 20 December 2012. It came into force on 1 July.",
            None,
            &[("20 December 2012", "2012-12-20", ABS), ("1 July", "2013-07-01", NAR)],
        ),
        // a later month: the same year
        (
            "In March parliament adopted the law, which entered into force in May.",
            Report2002,
            &[("March", "2002-03", PER), ("May", "2002-05", PER)],
        ),
        // no phrase of taking effect: the period's year
        (
            "In late 2002 parliament adopted the law. On January 1 police detained him.",
            Report2002,
            &[("late 2002", "2002", ABS), ("January 1", "2002-01-01", NAR)],
        ),
    ];
    for (text, c, expect) in cases {
        check(text, *c, expect);
    }
}

/// "next year" in what someone said is counted from the day it was said, when the
/// sentence dates the saying (a date before the reporting verb in its clause, or right
/// after it); a date of another clause does not date the saying.
#[test]
fn next_year_in_reported_speech_counts_from_the_day_it_was_said() {
    use Ctx::*;
    let cases: &[Case] = &[
        (
            "In December, Kral told parliament that a new embassy would open next year.",
            News2014,
            &[("December", "2013-12", PUB), ("next year", "2014", NAR)],
        ),
        (
            "The minister said on 30 December that prices would fall next month.",
            News2014,
            &[("30 December", "2013-12-30", PUB), ("next month", "2014-01", NAR)],
        ),
        // the date is the rise's, not the saying's: from the publication date
        (
            "Prices rose in December, and analysts said they would fall next year.",
            News2014,
            &[("December", "2013-12", PUB), ("next year", "2015", PUB)],
        ),
        // right after its verb of saying, the deictic dates the saying itself
        (
            "A woman who complained in the autumn of 2011 was told last month that her case would wait.",
            News2014,
            &[
                ("autumn of 2011", "2011-09/2011-11", ABS),
                ("last month", "2013-12", PUB),
            ],
        ),
        // no reporting verb
        (
            "The embassy closed in December and will reopen next year.",
            News2014,
            &[("December", "2013-12", PUB), ("next year", "2015", PUB)],
        ),
        // a year in what was said does not move the story: "that month" is still December
        (
            "In December, Kral said the embassy would open next year. He said the budget had been approved earlier that month.",
            News2014,
            &[
                ("December", "2013-12", PUB),
                ("next year", "2014", NAR),
                ("that month", "2013-12", NAR),
            ],
        ),
    ];
    for (text, c, expect) in cases {
        check(text, *c, expect);
    }
}

/// Tag a text of one's own: `PROBE=FILE cargo test -p dossier-extract probe -- --ignored
/// --nocapture`. The file's first lines may give `Published: DATE` and `Period: A/B`.
#[test]
#[ignore]
fn probe() {
    let Ok(path) = std::env::var("PROBE") else {
        return;
    };
    let text = std::fs::read_to_string(path).unwrap();
    let mut c = AnchorContext::default();
    for line in text.lines().take(3) {
        if let Some(d) = line.strip_prefix("Published: ") {
            c.published = PartialDate::parse(d.trim());
        }
        if let Some((a, b)) = line
            .strip_prefix("Period: ")
            .and_then(|p| p.trim().split_once('/'))
        {
            c.period = Some(TimeValue::range(
                PartialDate::parse(a).unwrap(),
                PartialDate::parse(b).unwrap(),
            ));
        }
    }
    for m in tag(&text, &c) {
        let v = timex_value(&m).or(m.duration.clone()).unwrap_or("-".into());
        println!(
            "{:<22} {:<30} {:?} {}",
            v,
            format!("{:?}", m.span.slice(&text)),
            m.anchor,
            m.rule
        );
    }
}

#[test]
fn newswire_comparisons_parts_of_years_and_weeks() {
    use Ctx::*;
    // Stories of Friday 27 October 1989.
    let cases: &[TimexCase] = &[
        // "since" / "until" a part of a year: the year, as the part alone is.
        (
            "The bank has lost money since mid-1987.",
            News1989,
            &[("since mid-1987", "1987")],
        ),
        (
            "Prices held steady until late 1986.",
            News1989,
            &[("until late 1986", "1986")],
        ),
        // The end of the decade: of the story's year, or of a year in its sentence.
        (
            "The utility hopes to finish the plant by the end of the decade.",
            News1989,
            &[("the end of the decade", "198")],
        ),
        (
            "Rents may not recover before the end of the decade.",
            News1989,
            &[("the end of the decade", "198")],
        ),
        (
            "Output peaked in 1974 and fell through the end of the decade.",
            News1989,
            &[("1974", "1974"), ("the end of the decade", "197")],
        ),
        // "a year earlier" after a month or a day whose figures it compares.
        (
            "Orders fell 6% in September from a year earlier.",
            News1989,
            &[("September", "1989-09"), ("a year earlier", "1988-09")],
        ),
        (
            "Deposits stood at $2 billion at Sept. 30, up from $1.8 billion at June 30 and $1.5 billion a year earlier.",
            News1989,
            &[
                ("Sept. 30", "1989-09-30"),
                ("June 30", "1989-06-30"),
                ("a year earlier", "1988-09-30"),
            ],
        ),
        // A dateline on the line above is no date of the sentence's figures.
        (
            "May 24, 1989\nThe 737 program, begun two years ago, was delayed.",
            News1989,
            &[("May 24, 1989", "1989-05-24"), ("two years ago", "1987")],
        ),
        // No figures compared: the year before.
        (
            "The plant closed in August, and a year earlier it had been sold.",
            News1989,
            &[("August", "1989-08"), ("a year earlier", "1988")],
        ),
        // "two weeks ago" is a week, Monday to Sunday.
        (
            "The plan was announced two weeks ago.",
            News1989,
            &[("two weeks ago", "1989-10-09/1989-10-15")],
        ),
        // "a week ago" is the day seven days back.
        (
            "The plan was announced a week ago.",
            News1989,
            &[("a week ago", "1989-10-20")],
        ),
    ];
    for (text, c, expect) in cases {
        check_timex(text, *c, expect);
    }
}

#[test]
fn newswire_quarters_contract_months_since_and_seasons() {
    use Ctx::*;
    // Stories of Friday 27 October 1989.
    let cases: &[TimexCase] = &[
        // "the quarter" after a quarter named: that quarter; "a year earlier" after it.
        (
            "Third-quarter profit fell 10%. Revenue in the quarter rose 5% to $300 million from $280 million a year earlier.",
            News1989,
            &[
                ("Third-quarter", "1989-Q3"),
                ("the quarter", "1989-Q3"),
                ("a year earlier", "1988-Q3"),
            ],
        ),
        // With no quarter named, no date: a fraction, or nothing to point at.
        (
            "A quarter of the vote went to him. Sales in the quarter rose.",
            News1989,
            &[],
        ),
        // A contract month is ahead, with no date word before it.
        (
            "Crude oil for November delivery rose 20 cents. Corn for March delivery fell.",
            News1989,
            &[("November", "1989-11"), ("March", "1990-03")],
        ),
        (
            "December futures closed higher.",
            News1989,
            &[("December", "1989-12")],
        ),
        // "since" a yearless month: behind the day of publication.
        (
            "The index is at its highest level since December.",
            News1989,
            &[("since December", "1988-12")],
        ),
        (
            "The U.S. deficit narrowed to $9 billion in September, the smallest since January.",
            News1989,
            &[("September", "1989-09"), ("since January", "1989-01")],
        ),
        // The tense of a clause after ", and" is its own.
        (
            "Farmers asked for help last month, and federal aid could arrive by mid-November.",
            News1989,
            &[("last month", "1989-09"), ("mid-November", "1989-11")],
        ),
        // A year after "by" ahead of the story's day is a deadline: it anchors no month.
        (
            "The city will cap coal use by 1995, after September brought the worst smog on record.",
            News1989,
            &[("1995", "1995"), ("September", "1989-09")],
        ),
        // In news, a date of an earlier sentence does not make a thing take effect the
        // year after it.
        (
            "The last budget passed in April 1986. The spending cuts took effect on March 1.",
            News1989,
            &[("April 1986", "1986-04"), ("March 1", "1989-03-01")],
        ),
        // A participle after "is" is no past: the nearer July; "than expected" still is.
        (
            "His first trip abroad is expected in July.",
            News2013,
            &[("July", "2013-07")],
        ),
        (
            "Exports climbed more than expected in July.",
            News2013,
            &[("July", "2012-07")],
        ),
        // A season after "in the" with a clause after it.
        (
            "Economists expect the gap to shrink further in the fall as prices ease.",
            News1989,
            &[("fall", "1989-FA")],
        ),
    ];
    for (text, c, expect) in cases {
        check_timex(text, *c, expect);
    }
}

/// Session 14: classes of the fifth newswire probe batch (text written for the test).
#[test]
fn newswire_batch5_tense_years_and_vague_futures() {
    use Ctx::*;
    let cases: &[TimexCase] = &[
        // A modal puts the day ahead even after "said"; "may have" is past.
        (
            "Forecasters said the storm could reach the coast by Tuesday.",
            News1989,
            &[("Tuesday", "1989-10-31")],
        ),
        (
            "Investigators said the fire may have started on Tuesday.",
            News1989,
            &[("Tuesday", "1989-10-24")],
        ),
        (
            "Officials said another front could bring rain this weekend.",
            News2013,
            &[("this weekend", "2013-W12-WE")],
        ),
        // A participle after a determiner is an adjective: "will" gives the tense.
        (
            "Workers will make up the lost shifts in June.",
            News1989,
            &[("June", "1990-06")],
        ),
        // "was set for": a schedule ahead.
        (
            "A hearing was set for Jan. 9.",
            News1989,
            &[("Jan. 9", "1990-01-09")],
        ),
        // A year closing the phrase of "for" is a date; a count after it is not.
        (
            "The chairman said results for 1988 will show a loss.",
            News1989,
            &[("1988", "1988")],
        ),
        (
            "Output rose 5% for 1988 as a whole.",
            News1989,
            &[("1988", "1988")],
        ),
        ("The state paid for 1500 tents.", News1989, &[]),
        // "in coming months": FUTURE_REF.
        (
            "Engineers will inspect every bridge in coming months.",
            News1989,
            &[("coming months", "FUTURE_REF")],
        ),
        // Temperatures named earlier in the sentence: "the 50s" is no decade.
        (
            "Temperatures are expected to climb into the 50s by Tuesday.",
            News2013,
            &[("Tuesday", "2013-03-26")],
        ),
    ];
    for (text, c, expect) in cases {
        check_timex(text, *c, expect);
    }
}

#[test]
fn newswire_batch6_verbs_comparisons_seasons_and_centuries() {
    use Ctx::*;
    let cases: &[TimexCase] = &[
        // An irregular past ("upheld") puts a yearless month behind the story's day.
        (
            "A lower court upheld the ruling in July, and the company appealed.",
            News2013,
            &[("July", "2012-07")],
        ),
        // A verb of forecast in the present puts a half of the year ahead.
        (
            "Economists expect growth to slow in the second half.",
            News2013,
            &[("the second half", "2013-H2")],
        ),
        // ... but the quarter that has just ended, in the first month after it, stays
        // behind: its figures are still to come.
        (
            "Several chains said they expect profits for the fourth quarter to fall short.",
            News2014,
            &[("the fourth quarter", "2013-Q4")],
        ),
        // A verb of the past after a season leaves it a season; "into" is a date word.
        (
            "Fare increases of the spring failed to keep travelers at home.",
            News1989,
            &[("spring", "1989-SP")],
        ),
        (
            "Stores will carry smaller inventories into the spring.",
            News1989,
            &[("spring", "1990-SP")],
        ),
        // "two years ago" with no figures compared is the year, whatever quarter came before.
        (
            "Chemco will take a charge in the fourth quarter.\nA similar merger proposed two years ago was blocked.",
            News1989,
            &[("the fourth quarter", "1989-Q4"), ("two years ago", "1987")],
        ),
        // "a year earlier" after "the year-ago period" still compares the quarter.
        (
            "Linecom lost money in the first quarter.\nIt lost $312 million, compared with $98 million in the year-ago period.\nRevenue fell to $640 million from $1.18 billion a year earlier.",
            News2013,
            &[
                ("the first quarter", "2013-Q1"),
                ("the year-ago period", "2012-Q1"),
                ("a year earlier", "2012-Q1"),
            ],
        ),
        // Figures compared in a sentence that names only the day they were given: the
        // month the sentence before named, a year back.
        (
            "Airlines said traffic rose in June.\nThe largest carrier said yesterday its traffic rose 5.4% from a year earlier.",
            News1989,
            &[
                ("June", "1989-06"),
                ("yesterday", "1989-10-26"),
                ("a year earlier", "1988-06"),
            ],
        ),
        // A month after "from" is the point compared with: the figures are the month the
        // sentence before named.
        (
            "Home sales rose in February, the group said Thursday.\nSales rose 0.8% from January, and were up 10.2% from a year earlier.",
            News2013,
            &[
                ("February", "2013-02"),
                ("Thursday", "2013-03-21"),
                ("January", "2013-01"),
                ("a year earlier", "2012-02"),
            ],
        ),
        // "the next century" after a date word: TIMEX3 `20`.
        (
            "The cut would drain money needed for pensions in the next century.",
            News1989,
            &[("the next century", "20")],
        ),
        ("The fund must pay pensions over the next century.", News1989, &[]),
    ];
    for (text, c, expect) in cases {
        check_timex(text, *c, expect);
    }
}

#[test]
fn newswire_batch7_clauses_ahead_quarters_by_months_and_headlines() {
    use Ctx::*;
    let cases: &[TimexCase] = &[
        // The stop of an abbreviated month ends no sentence: "will" still gives the
        // tense of a date after it.
        (
            "Regulators will open a center on Dec. 31 and keep it staffed through Jan. 3.",
            News1989,
            &[("Dec. 31", "1989-12-31"), ("Jan. 3", "1990-01-03")],
        ),
        // A date that opens the clause a reporting verb introduces takes that clause's
        // tense.
        (
            "Forecasters said the weekend would bring little relief.",
            News2013,
            &[("the weekend", "2013-W12-WE")],
        ),
        (
            "Analysts said the third quarter was the weakest in years.",
            News1989,
            &[("the third quarter", "1989-Q3")],
        ),
        // "since the fall": a season, unless "of" makes it an event.
        (
            "Bank lending has shrunk since the fall, the bank said.",
            News2013,
            &[("fall", "2012-FA")],
        ),
        (
            "Trade has grown since the fall of the Wall.",
            News2013,
            &[("since the fall", "-")],
        ),
        // "must", "cannot": modals that look ahead.
        (
            "Lawmakers must finish the spending bill by Sept. 30.",
            News2013,
            &[("Sept. 30", "2013-09-30")],
        ),
        (
            "Filers who cannot finish by Thursday can ask for more time.",
            News2013,
            &[("Thursday", "2013-03-28")],
        ),
        // A date whose clause looks ahead is not of a year written before it in its
        // sentence when that would put it behind the day of publication.
        (
            "Portugal received a rescue in May 2011 and hopes to return to bond markets by September.",
            News2013,
            &[("May 2011", "2011-05"), ("September", "2013-09")],
        ),
        (
            "The economy shrank in the final three months of 2012, and economists expect it to grow in the first quarter.",
            News2013,
            &[
                ("the final three months of 2012", "2012-Q4"),
                ("the first quarter", "2013-Q1"),
            ],
        ),
        // ... but a date of the past keeps that year.
        (
            "Sales fell in 2012, and the chain closed stores in September.",
            News2013,
            &[("2012", "2012"), ("September", "2012-09")],
        ),
        // In news, the point a "since" compares with is not the story's year.
        (
            "Growth was the slowest since 1999, but it picked up in the fourth quarter.",
            News2013,
            &[("since 1999", "1999"), ("the fourth quarter", "2012-Q4")],
        ),
        // A quarter named by its months; the first or last three (six) months of a
        // year named.
        (
            "The economy grew at a 2.4 percent rate in the April-June quarter.",
            News1989,
            &[("the April-June quarter", "1989-Q2")],
        ),
        (
            "Exports rose in the January-March quarter of 1988.",
            News1989,
            &[("the January-March quarter of 1988", "1988-Q1")],
        ),
        (
            "The agency expects no recession in the first three months of this year.",
            News2013,
            &[("the first three months of this year", "2013-Q1")],
        ),
        (
            "Profit doubled in the first six months of 1988.",
            News1989,
            &[("the first six months of 1988", "1988-H1")],
        ),
        // Vague futures.
        (
            "The bank could slow its purchases in the months ahead.",
            News2013,
            &[("the months ahead", "FUTURE_REF")],
        ),
        // "that" opening a clause determines nothing.
        (
            "The minister said that last year's accidents showed the need for new signals.",
            News2013,
            &[("last year", "2012")],
        ),
        // A year closing a headline after "for".
        (
            "Banks Say Systems Ready for 2000\nMajor banks said on Thursday that their systems were ready.",
            News1989,
            &[("2000", "2000"), ("Thursday", "1989-10-26")],
        ),
        (
            "Harbor Goods Profit Climbs, but Outlook for 1990 Disappoints",
            News1989,
            &[("1990", "1990")],
        ),
        ("The plant hired workers for 1500 new jobs.", News1989, &[]),
    ];
    for (text, c, expect) in cases {
        check_timex(text, *c, expect);
    }
}

/// A period that runs on past the day of publication ("The current Five-Year Plan,
/// covering 2011 to 2015" in a story of 2013) leaves a short dated text a news story:
/// its weekdays are read from the day of publication.
#[test]
fn a_period_still_open_at_publication_leaves_a_story_news() {
    let d = |s: &str| PartialDate::parse(s).unwrap();
    let open = AnchorContext {
        period: Some(TimeValue::range(d("2011-01-01"), d("2015-12-31"))),
        published: Some(d("2013-03-20")),
        decision: false,
    };
    assert_eq!(open.frame(2_000), Frame::News);
    let text = "The plan covers 2011 to 2015.\nAn official said on Wednesday that the congress closed on Sunday.";
    let got: Vec<(String, Option<String>)> = tag(text, &open)
        .iter()
        .map(|m| (m.span.slice(text).to_string(), timex_value(m)))
        .filter(|(s, _)| s.ends_with("day"))
        .collect();
    assert_eq!(
        got,
        vec![
            ("Wednesday".to_string(), Some("2013-03-20".to_string())),
            ("Sunday".to_string(), Some("2013-03-17".to_string())),
        ]
    );
    // A report published after the period it covers stays a report.
    let report = AnchorContext {
        period: Some(TimeValue::range(d("2012-01-01"), d("2012-12-31"))),
        published: Some(d("2013-03-20")),
        decision: false,
    };
    assert_eq!(report.frame(2_000), Frame::Report);
}

#[test]
fn newswire_batch8_datelines_schedules_spans_and_reported_years() {
    use Ctx::*;
    let cases: &[TimexCase] = &[
        // A story filed the day before it was printed speaks from its dateline.
        (
            "Mets Lose Again\nPHILADELPHIA, March 21 -- The Mets lost today to the Phillies.\n",
            News2013,
            &[("March 21", "2013-03-21"), ("today", "2013-03-21")],
        ),
        (
            "The Mets lost today, the team said in a statement dated March 21.\n",
            News2013,
            &[("today", "2013-03-22"), ("March 21", "2013-03-21")],
        ),
        // A dateline of the day of publication changes nothing.
        (
            "ALBANY, March 22 -- Lawmakers met Thursday.\n",
            News2013,
            &[("March 22", "2013-03-22"), ("Thursday", "2013-03-21")],
        ),
        // "returns" in the present with a weekday: a schedule, ahead.
        (
            "The legislature returns Tuesday from its holiday recess.",
            News2013,
            &[("Tuesday", "2013-03-26")],
        ),
        // A quarter named by its months as "the ... period".
        (
            "Net profit rose in the October-December period from the same period a year earlier.",
            News2013,
            &[
                ("the October-December period", "2012-Q4"),
                ("the same period a year earlier", "2011-Q4"),
            ],
        ),
        // An amount after "of" is no whole the quarter is part of.
        (
            "The company expects revenue in the current quarter of $14 billion.",
            News2013,
            &[("the current quarter", "2013-Q1")],
        ),
        // "The full year" after a quarter of the year before is that year.
        (
            "Net income rose 14% in the fourth quarter.\nFor the full year, the company earned $640 million.",
            News2013,
            &[("the fourth quarter", "2012-Q4"), ("the full year", "2012")],
        ),
        (
            "Net income rose 14% in the fourth quarter.\nThe company expects a profit for the full year.",
            News2013,
            &[("the fourth quarter", "2012-Q4"), ("the full year", "2013")],
        ),
        // A four-digit time before a time zone is no year.
        ("Shares rose 1.4 percent by 1100 GMT.", News2013, &[]),
        // "the fiscal year": the fiscal year of the year "the year" would be.
        (
            "Lawmakers must fund the government through Sept. 30, the end of the fiscal year.",
            News2013,
            &[("Sept. 30", "2013-09-30"), ("the fiscal year", "FY2013")],
        ),
        (
            "The budget ended a stalemate that had lasted since the fiscal year began.",
            News2013,
            &[],
        ),
        ("It was the snowiest March day since 1985.", News2013, &[("since 1985", "1985")]),
        // A determiner opening the sentence before a month and a noun.
        (
            "The July employment report is due next Friday.",
            News2013,
            &[("July", "2013-07"), ("next Friday", "2013-03-29")],
        ),
        ("The March of Dimes raised money.", News2013, &[]),
        // "by midyear": the year.
        (
            "The economy could begin to recover by midyear if consumers regain confidence.",
            News2013,
            &[("midyear", "2013")],
        ),
        // A month after a superlative after "the".
        (
            "The flooding came after the wettest December on record.",
            News2013,
            &[("December", "2012-12")],
        ),
        ("It was the largest May Day rally in years.", News2013, &[]),
        // A holiday after "the eve of".
        (
            "The cuts were announced on the eve of Thanksgiving.",
            News2013,
            &[("Thanksgiving", "2012-11-22")],
        ),
    ];
    for (text, c, expect) in cases {
        check_timex(text, *c, expect);
    }
}

#[test]
fn newswire_batch9_holidays_schedules_reported_years_and_seasons() {
    use Ctx::*;
    let cases: &[TimexCase] = &[
        // A holiday after "from"; a holiday on the last weekday of its month.
        (
            "Shoppers crowded stores from Thanksgiving to Christmas Eve.",
            News2013,
            &[
                ("Thanksgiving", "2012-11-22"),
                ("Christmas Eve", "2012-12-24"),
            ],
        ),
        (
            "Boston had won four in a row before the Memorial Day loss.",
            News2013,
            &[("Memorial Day", "2012-05-28")],
        ),
        // A present verb of schedule right before the date gives its tense, whatever
        // the clause around it says.
        (
            "The company said profit for fiscal 2013, which ends May 31, will fall.",
            News2013,
            &[("fiscal 2013", "FY2013"), ("May 31", "2013-05-31")],
        ),
        (
            "The company said its contract expires in June.",
            News2013,
            &[("June", "2013-06")],
        ),
        // A yearless month after "Last year" in its sentence is of that year.
        (
            "Last year, a storm struck the coast in early February.",
            News2013,
            &[("Last year", "2012"), ("early February", "2012-02")],
        ),
        // ... not when the sentence looks ahead.
        (
            "Two years ago, the firm said sales would rise in September.",
            News2013,
            &[("Two years ago", "2011"), ("September", "2013-09")],
        ),
        // "this season", "last season": years.
        (
            "He said the team would be better this season than last season.",
            News2013,
            &[("this season", "2013"), ("last season", "2012")],
        ),
        // "that" after a verb of saying and its day opens a clause: no "that time".
        (
            "The minister said on Sunday that time was running out.",
            News2013,
            &[("Sunday", "2013-03-17")],
        ),
        (
            "At that time, the minister was abroad.",
            News2013,
            &[("that time", "-")],
        ),
    ];
    for (text, c, expect) in cases {
        check_timex(text, *c, expect);
    }
}

#[test]
fn newswire_batch9_figures_for_a_month_and_a_season_after_last_year() {
    use Ctx::*;
    let cases: &[TimexCase] = &[
        // A lone month closing "for" after a plural noun: the figures of that month.
        (
            "The government reports today on home sales for February.",
            News2013,
            &[("today", "2013-03-22"), ("February", "2013-02")],
        ),
        ("The vote is planned for May.", News2013, &[]),
        // A season after a year named from the day of publication that opens the
        // sentence: of that year.
        (
            "Two years ago, perhaps in the spring, the plant closed.",
            News2013,
            &[("Two years ago", "2011"), ("spring", "2011-SP")],
        ),
        // A year in an aside gives no year to a month after it.
        (
            "The activist, who was jailed last year, was freed in March.",
            News2013,
            &[("last year", "2012"), ("March", "2013-03")],
        ),
    ];
    for (text, c, expect) in cases {
        check_timex(text, *c, expect);
    }
}

#[test]
fn dates5_years_that_name_an_event_and_months_of_that_year() {
    use Ctx::*;
    let cases: &[TimexCase] = &[
        // A year between a determiner and a noun says which event the noun is: it
        // anchors no yearless date after it (the report's year does).
        (
            "The trial of the men accused in the 1999 killing of a journalist opened on March 5.",
            Report2003,
            &[("1999", "1999"), ("March 5", "2003-03-05")],
        ),
        (
            "On 12 March 2014 he was arrested. He had been convicted of a 2003 robbery-murder. On 14 March the court ordered his detention.",
            None,
            &[
                ("12 March 2014", "2014-03-12"),
                ("2003", "2003"),
                ("14 March", "2014-03-14"),
            ],
        ),
        // ... not a year after a preposition, which is where the narrative stands.
        (
            "He was arrested in 1999 and charged on March 5.",
            Report2003,
            &[("1999", "1999"), ("March 5", "1999-03-05")],
        ),
        // "MONTH of that year": one mention, of the year the narrative last reached.
        (
            "He was abducted in November 2018; he had received threats in September of that year.",
            None,
            &[
                ("November 2018", "2018-11"),
                ("September of that year", "2018-09"),
            ],
        ),
        (
            "The resolution was adopted in December 2018; in March of the following year a panel was held.",
            None,
            &[
                ("December 2018", "2018-12"),
                ("March of the following year", "2019-03"),
            ],
        ),
        (
            "Trial began on February 5, 2008, and the penalty hearing was held in March of the same year.",
            Report2003,
            &[
                ("February 5, 2008", "2008-02-05"),
                ("March of the same year", "2008-03"),
            ],
        ),
        // A sentence that opens with its date and an aside after the comma has its
        // verb after the aside: "declared" (past), so April of last year.
        (
            "In April, after bombs killed 45 people, the President declared a state of emergency.",
            News2013,
            &[("April", "2012-04")],
        ),
        (
            "In April, as talks resume, the minister will visit Cairo.",
            News2013,
            &[("April", "2013-04")],
        ),
        // No year reached: no value.
        (
            "He was arrested in September of that year.",
            None,
            &[("September of that year", "-")],
        ),
    ];
    for (text, c, expect) in cases {
        check_timex(text, *c, expect);
    }
}

#[test]
fn dates6_judgments_seasons_before_nouns_plans_and_semicolons() {
    use Ctx::*;
    let cases: &[TimexCase] = &[
        // A short judgment with a day of publication is no news story: its heading says
        // so, and its yearless dates take the narrative's year, not the publication's.
        (
            "IN THE COURT OF APPEAL (CRIMINAL DIVISION)\nR v Dunmore\n1. The appellant was arrested on 3 March 2009.\n2. On 14 June he appeared at the Crown Court.\n",
            News2013,
            &[("3 March 2009", "2009-03-03"), ("14 June", "2009-06-14")],
        ),
        (
            "FIRST SECTION\nJUDGMENT\nSTRASBOURG\n1. The applicant was detained on 12 May 2010.\n2. On 20 May he was released.\n",
            News2013,
            &[("12 May 2010", "2010-05-12"), ("20 May", "2010-05-20")],
        ),
        // A headline in capitals that names a court is no judgment's heading.
        (
            "COURT BLOCKS MERGER\nThe deal was announced in May 2010. On 14 June the court ruled.\n",
            News2013,
            &[("May 2010", "2010-05"), ("14 June", "2012-06-14")],
        ),
        // A season before a noun it names the time of, after a date word.
        (
            "Turnout was low in the fall primary.",
            News2013,
            &[("fall", "2012-FA")],
        ),
        (
            "Officials want more oil before the summer driving season.",
            News2013,
            &[("summer", "2013-SU")],
        ),
        ("Sales of spring water rose.", News2013, &[]),
        // A year in a report's heading, before the document's name: tagged, no anchor.
        (
            "MOLDOVA 2016 HUMAN RIGHTS REPORT\nIn 1999 he was arrested. On April 19, he was freed.\n",
            Report2003,
            &[("2016", "2016"), ("1999", "1999"), ("April 19", "2003-04-19")],
        ),
        ("Shares of Harlow 2016 Corp rose.", News2013, &[]),
        // "plan" in the present puts a weekday ahead; "planned" keeps it behind.
        (
            "Union leaders plan a rally on Wednesday.",
            News2013,
            &[("Wednesday", "2013-03-27")],
        ),
        (
            "Union leaders planned a rally on Wednesday.",
            News2013,
            &[("Wednesday", "2013-03-20")],
        ),
        // In a report, a semicolon closes the clause of a background year.
        (
            "In 1999 police beat a detainee who later died; on April 19, a court sentenced two officers.",
            Report2003,
            &[("1999", "1999"), ("April 19", "2003-04-19")],
        ),
        (
            "In 1999 police beat a detainee who later died, and on April 19 a court sentenced two officers.",
            Report2003,
            &[("1999", "1999"), ("April 19", "1999-04-19")],
        ),
    ];
    for (text, c, expect) in cases {
        check_timex(text, *c, expect);
    }
}

/// Session 25 (dates-7): judgment anaphora ("on the same date", "18th instant", "the 30th
/// of that month"), case numbers that hold a year, lone months after "scheduled for".
#[test]
fn judgment_day_anaphora_and_case_numbers() {
    use Ctx::*;
    let cases: &[TimexCase] = &[
        // "on the same date": the narrative's day, as "the same day".
        (
            "JUDGMENT\n1. The order was passed on 14th March, 2009.\n2. He was arrested on the same date.\n",
            Report2003,
            &[("14th March, 2009", "2009-03-14"), ("the same date", "2009-03-14")],
        ),
        // ... the day last written in full, even one that dates a document and so
        // moves no narrative ("By judgment dated ...").
        (
            "JUDGMENT\n2. The occurrence took place on 3 September 2017.\n3. By judgment dated 14.03.2018, the Judge convicted the appellant and, by a separate order of the same date, sentenced him to death.\n",
            Report2003,
            &[
                ("3 September 2017", "2017-09-03"),
                ("14.03.2018", "2018-03-14"),
                ("the same date", "2018-03-14"),
            ],
        ),
        // "that date" as a verb after a relative "that" is no date.
        (
            "The court examined records that date from the war.",
            News2013,
            &[],
        ),
        // "18th instant": a day of the narrative's month; "ultimo": of the month before.
        (
            "JUDGMENT\nHe was detained on 14th March, 2009.\nBy a letter dated 21st March, 2009, the Superintendent sent the representation made on 18th instant.\n",
            Report2003,
            &[
                ("14th March, 2009", "2009-03-14"),
                ("21st March, 2009", "2009-03-21"),
                ("18th instant", "2009-03-18"),
            ],
        ),
        (
            "JUDGMENT\nOn 4th May, 2009 the Board met and considered the reply of 28th ultimo.\n",
            Report2003,
            &[("4th May, 2009", "2009-05-04"), ("28th ultimo", "2009-04-28")],
        ),
        // "the 30th of that month", "the 2nd of the following month".
        (
            "JUDGMENT\nThe petition was filed in March 2009 but was not heard until the 30th of that month.\n",
            Report2003,
            &[("March 2009", "2009-03"), ("the 30th of that month", "2009-03-30")],
        ),
        (
            "JUDGMENT\nThe petition was filed in March 2009 and heard on the 2nd of the following month.\n",
            Report2003,
            &[("March 2009", "2009-03"), ("the 2nd of the following month", "2009-04-02")],
        ),
        // No narrative month: tagged, no value guessed.
        ("Your letter of 18th instant was received.", None, &[("18th instant", "-")]),
        // A case or law number that holds a year is no date.
        (
            "CRIMINAL WRIT PETITION NO. 412 OF 2009\nThe petitioner was detained in 2009.\n",
            Report2003,
            &[("2009", "2009")],
        ),
        // A law's number keeps its year: the year the law was made.
        (
            "Section 281 of the Code of Criminal Procedure Act No.15 of 1979 was amended in 1994.",
            Report2003,
            &[("1979", "1979"), ("1994", "1994")],
        ),
        (
            "Criminal Appeal No. 12 of 2010 was heard in 2011.",
            Report2003,
            &[("2011", "2011")],
        ),
        // A lone month after "scheduled for" or "data for".
        (
            "Parliamentary elections scheduled for May will go ahead, officials said.",
            News2013,
            &[("May", "2013-05")],
        ),
        (
            "Analysts raised estimates after strong supermarket data for June.",
            News1989,
            &[("June", "1989-06")],
        ),
        ("He voted for May in the leadership race.", News2013, &[]),
        // "planned" is left out: its past form would put the month behind the story
        // ("a rise planned for September has been scrapped" is September ahead).
        (
            "A rise in fuel duty planned for September has been scrapped.",
            News2013,
            &[],
        ),
    ];
    for (text, c, expect) in cases {
        check_timex(text, *c, expect);
    }
}

/// Session 25 (dates-7): "this winter" / "last spring" with a word after that is no noun of
/// the season's own.
#[test]
fn deictic_season_before_any_word() {
    use Ctx::*;
    let cases: &[TimexCase] = &[
        (
            "The company would not reopen plants this winter even if sales picked up.",
            News1989,
            &[("this winter", "1989-WI")],
        ),
        ("Sales of spring water rose.", News2013, &[]),
    ];
    for (text, c, expect) in cases {
        check_timex(text, *c, expect);
    }
}

/// Session 27 (events-15): "Update 3 – 12 March 2024", "Part 2 - 5 June 2019": the number
/// after a label word is the label's, no first day of a range; a plain "3 – 12 March 2024"
/// stays a range.
#[test]
fn a_labelled_number_is_no_first_day() {
    for (text, want) in [
        (
            "Update 3 – 12 March 2024: the prisoner was moved.",
            "2024-03-12",
        ),
        ("Part 2 - 5 June 2019", "2019-06-05"),
        ("The talks ran 3 – 12 March 2024.", "2024-03-03/2024-03-12"),
    ] {
        let m = tag(text, &ctx(Ctx::None));
        let got: Vec<String> = m.iter().filter_map(|t| t.value.map(|v| v.iso())).collect();
        assert_eq!(got, vec![want.to_string()], "{text}");
    }
}

/// Session 27 (dates-9): yearless dates in reports whose year is not where the text is.
#[test]
fn dates9_fiscal_periods_year_headings_and_the_turn_of_the_year() {
    let d = |s: &str| PartialDate::parse(s).unwrap();
    let tagged = |text: &str, ctx: &AnchorContext| -> Vec<(String, String)> {
        tag(text, ctx)
            .iter()
            .map(|m| {
                let v = m.value.map(|v| v.iso()).unwrap_or_else(|| "-".into());
                (m.span.slice(text).to_string(), v)
            })
            .collect()
    };
    let pairs = |v: &[(&str, &str)]| -> Vec<(String, String)> {
        v.iter()
            .map(|(a, b)| (a.to_string(), b.to_string()))
            .collect()
    };
    // A fiscal year (July 2020 to June 2021): a month after a sentence that wrote out the
    // period's last year is still the period's month, on either side of New Year.
    let fiscal = AnchorContext {
        period: Some(TimeValue::range(d("2020-07-01"), d("2021-06-30"))),
        published: Some(d("2021-10-02")),
        decision: false,
    };
    assert_eq!(
        tagged(
            "The board met on 30 June 2021 to approve the accounts.\nIn September the inspectors visited Tolvan prison. On 8 February they returned.",
            &fiscal
        ),
        pairs(&[
            ("30 June 2021", "2021-06-30"),
            ("September", "2020-09"),
            ("8 February", "2021-02-08"),
        ])
    );
    // Sections headed by bare years, in a short text with a day of publication: the
    // section's year, and a year written in one sentence carries to the next.
    let news = AnchorContext {
        period: None,
        published: Some(d("2024-03-05")),
        decision: false,
    };
    assert_eq!(
        tagged(
            "Milestones\n2021\nThe fund opened its first office in May.\n2022\nIn October it made its first grants.\n\nIt hired staff in June 2023. In August it moved to Harbin Street.\n",
            &news
        ),
        pairs(&[
            ("2021", "2021"),
            ("May", "2021-05"),
            ("2022", "2022"),
            ("October", "2022-10"),
            ("June 2023", "2023-06"),
            ("August", "2023-08"),
        ])
    );
    // Guard: one year alone on a line is no series of year headings (a news story keeps
    // its frame: "In August" is the last August before publication).
    assert_eq!(
        tagged(
            "Results\n2021\nThe shop opened in June 2023. In August it moved.\n",
            &news
        ),
        pairs(&[
            ("2021", "2021"),
            ("June 2023", "2023-06"),
            ("August", "2023-08")
        ])
    );
    // A judgment's facts cross the turn of the year; a past perfect looks back.
    let judgment = AnchorContext {
        period: None,
        published: Some(d("2020-11-20")),
        decision: true,
    };
    assert_eq!(
        tagged(
            "5. On 29 December 2018 the lorry was stopped at the border. On 2 January the driver was questioned, and on 7 January he was charged. On 20 March he was released.",
            &judgment
        ),
        pairs(&[
            ("29 December 2018", "2018-12-29"),
            ("2 January", "2019-01-02"),
            ("7 January", "2019-01-07"),
            ("20 March", "2019-03-20"),
        ])
    );
    // Guards: a past perfect right after the December day, and a January two sentences on.
    assert_eq!(
        tagged(
            "On 29 December 2018 the lorry was stopped. It had crossed the border on 4 January.",
            &judgment
        ),
        pairs(&[
            ("29 December 2018", "2018-12-29"),
            ("4 January", "2018-01-04")
        ])
    );
}

/// Session 27 (dates-9): a report whose year is only in its running header.
#[test]
fn dates9_a_running_report_header_gives_the_year_covered() {
    let d = |s: &str| PartialDate::parse(s).unwrap();
    let ctx = AnchorContext {
        period: None,
        published: Some(d("2023-04-12")),
        decision: false,
    };
    let values = |text: &str| -> Vec<(String, String)> {
        tag(text, &ctx)
            .iter()
            .filter(|m| m.span.slice(text).chars().any(|c| c.is_alphabetic()))
            .map(|m| {
                let v = m.value.map(|v| v.iso()).unwrap_or_else(|| "-".into());
                (m.span.slice(text).to_string(), v)
            })
            .collect()
    };
    let paged = "Ombud for Children | Annual Report 2022 | page 4\nIn March we visited eleven care homes.\nOmbud for Children | Annual Report 2022 | page 5\nOn 2 February the minister answered our letter.\nOmbud for Children | Annual Report 2022 | page 6\n";
    assert_eq!(
        values(paged),
        vec![
            ("March".to_string(), "2022-03".to_string()),
            ("2 February".to_string(), "2022-02-02".to_string()),
        ]
    );
    // Guard: the header once (a running header repeats, three times at least), or a
    // report named in its year of publication, gives none
    // (a short text with a day of publication reads "In March" from that day).
    let once = "Ombud for Children | Annual Report 2022 | page 4\nIn March we visited eleven care homes.\n";
    assert_eq!(
        values(once),
        vec![("March".to_string(), "2023-03".to_string())]
    );
    let edition = paged.replace("2022", "2023");
    assert_eq!(
        values(&edition),
        vec![
            ("March".to_string(), "2023-03".to_string()),
            ("2 February".to_string(), "2023-02-02".to_string()),
        ]
    );
}

/// Review of session 27: a news story with a small table of years ("2022" over "9") is
/// still news (its yearless days take the publication's year), and a chart credit
/// naming a yearly report, twice, is no running header.
#[test]
fn a_table_of_years_or_a_chart_credit_leaves_a_story_news() {
    let d = |s: &str| PartialDate::parse(s).unwrap();
    let ctx = AnchorContext {
        published: Some(d("2024-06-01")),
        ..AnchorContext::default()
    };
    let table = "Ostland hangs two men\n\nThe country executed 14 people in 2023. Two men were hanged on 28 May, their lawyers said.\n\nExecutions by year\n2022\n9\n2023\n14\n";
    let got: Vec<String> = tag(table, &ctx)
        .iter()
        .filter(|t| t.span.slice(table) == "28 May")
        .filter_map(|t| t.value.map(|v| v.iso()))
        .collect();
    assert_eq!(got, vec!["2024-05-28".to_string()]);
    let credits = "Prisons fill up\n\nTwo men were hanged on 28 May, their lawyers said.\n\nSource: Ostland Prison Service annual report 2023\n\nThe prison population rose again.\n\nSource: Ostland Prison Service annual report 2023\n";
    let got: Vec<String> = tag(credits, &ctx)
        .iter()
        .filter(|t| t.span.slice(credits) == "28 May")
        .filter_map(|t| t.value.map(|v| v.iso()))
        .collect();
    assert_eq!(got, vec!["2024-05-28".to_string()]);
}

/// Session 28 (dates-10): the text and value of every mention with a letter in it.
fn lettered(text: &str, ctx: &AnchorContext) -> Vec<(String, String)> {
    tag(text, ctx)
        .iter()
        .filter(|m| m.span.slice(text).chars().any(|c| c.is_alphabetic()))
        .map(|m| {
            let v = timex_value(m).unwrap_or_else(|| "-".into());
            (m.span.slice(text).to_string(), v)
        })
        .collect()
}

fn pairs(v: &[(&str, &str)]) -> Vec<(String, String)> {
    v.iter()
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .collect()
}

fn published(day: &str) -> AnchorContext {
    AnchorContext {
        published: PartialDate::parse(day),
        ..AnchorContext::default()
    }
}

/// Session 28 (dates-10): "Q2 2017" and "H1 2020" name a quarter and a half.
#[test]
fn dates10_quarter_and_half_labels_with_a_year() {
    let ctx = published("2017-08-03");
    assert_eq!(
        lettered(
            "Mellor Shipping lifts Q2 2017 profit, sees H1 2018 recovery",
            &ctx
        ),
        pairs(&[("Q2 2017", "2017-Q2"), ("H1 2018", "2018-H1")])
    );
    // Guards: a fifth quarter, a letter glued to a word. No year in news: the quarter
    // last begun (session 37).
    assert_eq!(
        lettered(
            "Profit rose in Q2. Q5 2017 is no quarter. Its model HQ3 2017 sold well.",
            &ctx
        ),
        pairs(&[("Q2", "2017-Q2")])
    );
}

/// Session 28 (dates-10): a year in a running page header closed by "| page number".
#[test]
fn dates10_a_year_before_a_page_number_in_a_header() {
    let ctx = published("2020-04-02");
    let text =
        "PRISON INSPECTORATE | YEARLY REVIEW 2019 | 7\nInspectors went to Holm prison twice.\n";
    let years: Vec<String> = tag(text, &ctx)
        .iter()
        .filter(|m| m.span.slice(text) == "2019")
        .filter_map(|m| m.value.map(|v| v.iso()))
        .collect();
    assert_eq!(years, vec!["2019".to_string()]);
}

/// Session 28 (dates-10): "is due to be heard on Monday", "due to sign the deal on
/// Friday" look ahead; "due to the strike" gives a cause.
#[test]
fn dates10_due_to_with_a_verb_looks_ahead() {
    // a Wednesday
    let ctx = published("2019-05-15");
    assert_eq!(
        lettered(
            "The appeal is due to be heard on Monday, the court said.",
            &ctx
        ),
        pairs(&[("Monday", "2019-05-20")])
    );
    assert_eq!(
        lettered("The two firms are due to sign the merger on Friday.", &ctx),
        pairs(&[("Friday", "2019-05-17")])
    );
    assert_eq!(
        lettered("The delay was due to the strike on Monday.", &ctx),
        pairs(&[("Monday", "2019-05-13")])
    );
}

/// Session 28 (dates-10): a month name alone on its line over a paragraph heads a
/// section; alone over a number it is a table's row.
#[test]
fn dates10_a_month_heading_over_prose() {
    let ctx = AnchorContext {
        period: Some(TimeValue::range(
            PartialDate::month(2016, 1),
            PartialDate::month(2016, 12),
        )),
        published: PartialDate::parse("2017-05-30"),
        decision: false,
    };
    assert_eq!(
        lettered(
            "Chronology\nApril\nOn 9 April the council voted to close the camp.\n",
            &ctx
        ),
        pairs(&[("April", "2016-04"), ("9 April", "2016-04-09")])
    );
    assert_eq!(
        lettered("Arrivals by month\nApril\n412\nMay\n390\n", &ctx),
        vec![]
    );
}

/// Session 28 (dates-10): a title reviewing the year before publication, early in the
/// next year, gives that year to yearless dates; what the text says lies ahead is after
/// publication.
#[test]
fn dates10_a_review_title_gives_the_year_reviewed() {
    let text = "River Watch\nA year of floods: 2023 in review\nIn March the Aln burst its banks at Corby.\nThe inquiry report is due to be published in April.\n";
    assert_eq!(
        lettered(text, &published("2024-02-10")),
        pairs(&[("A year", "-"), ("March", "2023-03"), ("April", "2024-04")])
    );
    // Guard: published in June, the title names the edition's topic, not its period.
    let got = lettered(text, &published("2024-06-10"));
    assert!(
        got.contains(&("March".to_string(), "2024-03".to_string())),
        "{got:?}"
    );
}

/// Session 28 (dates-10): under a dated update heading, a month looked ahead to counts
/// from the heading's day; a past clause tells of no month after publication.
#[test]
fn dates10_dated_update_headings() {
    let ctx = published("2021-02-03");
    let text = "Case tracker: the Harbour Nine\nUpdate, 6 October 2020\nThe court scheduled the verdict for 19 November.\nUpdate, 1 February 2021\nOn 30 December the court freed all nine.\n";
    assert_eq!(
        lettered(text, &ctx),
        pairs(&[
            ("6 October 2020", "2020-10-06"),
            ("19 November", "2020-11-19"),
            ("1 February 2021", "2021-02-01"),
            ("30 December", "2020-12-30"),
        ])
    );
}

/// Session 28 (dates-10): a quarter or half "of the fiscal year" is the fiscal year's.
#[test]
fn dates10_a_part_of_the_fiscal_year() {
    let ctx = AnchorContext {
        period: Some(TimeValue::range(
            PartialDate::month(2016, 1),
            PartialDate::month(2016, 12),
        )),
        published: PartialDate::parse("2017-03-01"),
        decision: false,
    };
    assert_eq!(
        lettered(
            "Grants were paid late in the third quarter of the fiscal year and in the first half of the financial year.",
            &ctx
        ),
        pairs(&[
            ("the third quarter of the fiscal year", "FY2016-Q3"),
            ("the first half of the financial year", "FY2016-H1"),
        ])
    );
}

/// Session 28 (dates-10), guard: in a report on a closed year, "held until November"
/// after a verb of the past is the period's November, not the next one.
#[test]
fn dates10_until_after_a_past_verb_stays_in_the_period() {
    let ctx = AnchorContext {
        period: Some(TimeValue::range(
            PartialDate::month(2004, 1),
            PartialDate::month(2004, 12),
        )),
        published: PartialDate::parse("2005-02-20"),
        decision: false,
    };
    assert_eq!(
        lettered(
            "The editor was arrested in March and held until November, when a court freed him.",
            &ctx
        ),
        pairs(&[("March", "2004-03"), ("until November", "2004-11")])
    );
}

/// Session 29 (dates-11): "every Thursday", "each June 14" recur (TIMEX3 SET): no date,
/// and the weekday of the same sentence is not paired with them.
#[test]
fn dates11_a_day_after_every_or_each_is_no_date() {
    let ctx = published("2004-05-12");
    assert_eq!(
        lettered(
            "The council meets every Thursday and will vote on the plan on Friday. Members have gathered each June 14 since the fire.",
            &ctx
        ),
        pairs(&[("Friday", "2004-05-14")])
    );
}

/// Session 29 (dates-11): a weekday after "before", "the eve of", "a week from".
#[test]
fn dates11_weekday_before_eve_and_a_week_from() {
    let ctx = published("2008-02-04");
    assert_eq!(
        lettered("Markets Steady Before Friday Jobs Report", &ctx),
        pairs(&[("Friday", "2008-02-08")])
    );
    assert_eq!(
        lettered(
            "Rivals campaigned across the state today on the eve of Tuesday's caucuses.",
            &ctx
        ),
        pairs(&[("today", "2008-02-04"), ("Tuesday", "2008-02-05")])
    );
    assert_eq!(
        lettered(
            "Four more states hold contests a week from Tuesday, party officials said.",
            &ctx
        ),
        pairs(&[("a week", "-"), ("Tuesday", "2008-02-12")])
    );
}

/// "The eve of Tuesday's vote" makes Tuesday today or tomorrow, never yesterday: a
/// day after the Tuesday, the weekday reads as a plain one (future tense: ahead).
#[test]
fn weekday_after_eve_is_never_yesterday() {
    // 2008-02-06 is a Wednesday.
    let ctx = published("2008-02-06");
    assert_eq!(
        lettered(
            "Volunteers will knock on doors on the eve of Tuesday's referendum.",
            &ctx
        ),
        pairs(&[("Tuesday", "2008-02-12")])
    );
    // Published on the Tuesday itself: the eve was the day before, Tuesday is today.
    assert_eq!(
        lettered(
            "Volunteers will knock on doors on the eve of Tuesday's referendum.",
            &published("2008-02-05")
        ),
        pairs(&[("Tuesday", "2008-02-05")])
    );
}

/// Session 29 (dates-11): "since the weekend" is the weekend behind, even on a Thursday.
#[test]
fn dates11_since_the_weekend_is_behind() {
    let ctx = published("2011-09-15");
    assert_eq!(
        lettered(
            "Hundreds of travellers have been stranded since the weekend.",
            &ctx
        ),
        pairs(&[("the weekend", "2011-W36-WE")])
    );
}

/// Session 29 (dates-11): compounds read as one: "the Fourth of July", "last year's
/// third quarter", "the second half of fiscal 2004", "the comparable period of 2002",
/// "at quarter end", "at year end", "calendar 2002".
#[test]
fn dates11_quarter_fiscal_and_holiday_compounds() {
    let ctx = published("2003-10-21");
    assert_eq!(
        lettered(
            "Stores will close early on the Fourth of July next year.",
            &published("2003-05-02")
        ),
        pairs(&[("Fourth of July", "2003-07-04"), ("next year", "2004")])
    );
    assert_eq!(
        lettered(
            "Harbor Corp. said profit for the third quarter rose to $9 million from $7 million in the comparable period of 2002.",
            &ctx
        ),
        pairs(&[
            ("the third quarter", "2003-Q3"),
            ("the comparable period of 2002", "2002-Q3")
        ])
    );
    assert_eq!(
        lettered(
            "Harbor Corp. said third-quarter profit rose. Debt at quarter end was $4 million, and its treasurer will retire at year end.",
            &ctx
        ),
        pairs(&[
            ("third-quarter", "2003-Q3"),
            ("quarter end", "2003-Q3"),
            ("year end", "2003")
        ])
    );
    assert_eq!(
        lettered(
            "Its charge for bad loans fell from $5 million in last year's third quarter. Sales should rise in the second half of fiscal 2004 and grew 4% in calendar 2002.",
            &ctx
        ),
        pairs(&[
            ("last year's third quarter", "2002-Q3"),
            ("the second half of fiscal 2004", "FY2004-H2"),
        ])
    );
    let text = "Sales grew 4% in calendar 2002.";
    let years: Vec<String> = tag(text, &ctx)
        .iter()
        .filter_map(|m| m.value.map(|v| v.iso()))
        .collect();
    assert_eq!(years, vec!["2002".to_string()]);
}

/// Session 29 (dates-11), guard: "at quarter end" in a story that named no quarter
/// just completed is left alone.
#[test]
fn dates11_quarter_end_needs_the_story_quarter() {
    assert_eq!(
        lettered(
            "Cash at quarter end will be used to repay debt.",
            &published("2003-10-21")
        ),
        pairs(&[])
    );
}

/// Session 29 (dates-11): "effective June 15" is the nearer one whatever the tense; "the
/// report for November"; a future verb about the quarter just ended early in the next.
#[test]
fn dates11_effective_report_for_and_the_quarter_just_ended() {
    assert_eq!(
        lettered(
            "The board named a new treasurer, effective June 15.",
            &published("2001-05-10")
        ),
        pairs(&[("June 15", "2001-06-15")])
    );
    assert_eq!(
        lettered(
            "The report for November is due next week.",
            &published("2001-11-20")
        ),
        pairs(&[
            ("November", "2001-11"),
            ("next week", "2001-11-26/2001-12-02")
        ])
    );
    assert_eq!(
        lettered(
            "The bank said it would post a loss for the third quarter.",
            &published("2005-10-06")
        ),
        pairs(&[("the third quarter", "2005-Q3")])
    );
}

/// Session 29 (dates-11): "It felt like yesterday" and a broadcaster's "Now to Chicago"
/// are no dates.
#[test]
fn dates11_figures_of_speech_are_no_dates() {
    let ctx = published("2006-08-16");
    assert_eq!(
        lettered(
            "It felt like yesterday, she said. ANCHOR: Now to Chicago, where storms hit this afternoon.",
            &ctx
        ),
        pairs(&[("this afternoon", "2006-08-16TAF")])
    );
}

/// Session 29 (events-10): a noun in apposition between commas ("Leyla Rahimi, a
/// well-known trade unionist,") does not hide the verb of the past before it: "did not
/// free ... until September" is the period's September, not the next one.
#[test]
fn events17_until_after_an_apposition_stays_in_the_period() {
    let ctx = AnchorContext {
        period: Some(TimeValue::range(
            PartialDate::month(2011, 1),
            PartialDate::month(2011, 12),
        )),
        published: PartialDate::parse("2012-01-25"),
        decision: false,
    };
    assert_eq!(
        lettered(
            "Officials did not free Leyla Rahimi, a well-known trade unionist, until September, when her term ended.",
            &ctx
        ),
        pairs(&[("until September", "2011-09")])
    );
}

/// Session 30 (dates-12): a clock time before a weekday makes one TIMEX3 TIME ("3 p.m.
/// Friday", "1800 GMT Monday"), no date; its tense is read before the clock.
#[test]
fn dates12_clock_time_before_a_weekday_is_a_time() {
    let ctx = published("2004-03-10"); // a Wednesday
    let text = "The talks resume at 3 p.m. Friday in Geneva.";
    let m = tag(text, &ctx);
    assert_eq!(m.len(), 1);
    assert!(is_time_of_day(&m[0]));
    assert_eq!(m[0].span.slice(text), "3 p.m. Friday");
    assert_eq!(timex_value(&m[0]).as_deref(), Some("2004-03-12T15:00"));
    let text = "Rescuers reached the mine at 1800 GMT Monday.";
    let m = tag(text, &ctx);
    assert_eq!(m.len(), 1);
    assert!(is_time_of_day(&m[0]));
    assert_eq!(m[0].span.slice(text), "1800 GMT Monday");
    assert_eq!(timex_value(&m[0]).as_deref(), Some("2004-03-08T18:00"));
}

/// Session 30 (dates-12): a weekday after a verb of a schedule in the present is ahead
/// ("Ireland plays Wales on Saturday", "Voters vote Sunday"), but not after a noun ("the
/// vote Monday was close"); "on a Sunday" is any Sunday, no date.
#[test]
fn dates12_present_schedules_and_any_weekday() {
    let ctx = published("2004-03-10"); // a Wednesday
    assert_eq!(
        lettered("Ireland plays Wales in Dublin on Saturday.", &ctx),
        pairs(&[("Saturday", "2004-03-13")])
    );
    assert_eq!(
        lettered(
            "Slovaks vote Sunday in a referendum on early elections.",
            &ctx
        ),
        pairs(&[("Sunday", "2004-03-14")])
    );
    assert_eq!(
        lettered(
            "The deadline passed because the 15th fell on a Sunday.",
            &ctx
        ),
        pairs(&[])
    );
    assert_eq!(
        lettered("At a Monday news conference, the mayor said little.", &ctx),
        pairs(&[("Monday", "2004-03-08")])
    );
}

/// Session 30 (dates-12): U.S. Election Day (the Tuesday after the first Monday of
/// November) and Japan's Labor Thanksgiving Day are holidays by name.
#[test]
fn dates12_election_day_and_labor_thanksgiving_day() {
    assert_eq!(
        lettered(
            "Both parties are sending volunteers door to door before Election Day.",
            &published("2002-10-30")
        ),
        pairs(&[("Election Day", "2002-11-05")])
    );
    assert_eq!(
        lettered(
            "Banks in Tokyo were shut for Labor Thanksgiving Day.",
            &published("2000-11-24")
        ),
        pairs(&[("Labor Thanksgiving Day", "2000-11-23")])
    );
}

/// Session 30 (dates-12): "since a fall in May" is a tumble, no season; "scheduled for
/// the fall" is the season ahead; "planned for", "is expected by", "falls on" put a
/// yearless month or day ahead of publication.
#[test]
fn dates12_a_fall_and_dates_ahead_of_a_plan() {
    let ctx = published("2005-02-16");
    assert_eq!(
        lettered("She had walked with a cane since a fall in May.", &ctx),
        pairs(&[("May", "2004-05")])
    );
    assert_eq!(
        lettered("The hearing has been scheduled for the fall.", &ctx),
        pairs(&[("fall", "2005-FA")])
    );
    assert_eq!(
        lettered(
            "The rocket test planned for March 3 was postponed after a valve failed.",
            &ctx
        ),
        pairs(&[("March 3", "2005-03-03")])
    );
    assert_eq!(
        lettered(
            "The panel has met twice, and a report is expected by June.",
            &published("2005-01-20")
        ),
        pairs(&[("June", "2005-06")])
    );
}

/// Session 31 (dates-13): "fiscal 2011's third quarter" and "the fiscal second quarter"
/// are parts of a fiscal year (`FY2011-Q3`), and "the year-earlier period" after one is
/// that part of the fiscal year before.
#[test]
fn dates13_fiscal_quarters_said_with_fiscal() {
    let ctx = published("2011-05-10");
    assert_eq!(
        lettered(
            "Orvan Tools said profit for fiscal 2011's third quarter rose 4 percent from the year-earlier period.",
            &ctx
        ),
        pairs(&[
            ("fiscal 2011's third quarter", "FY2011-Q3"),
            ("the year-earlier period", "FY2010-Q3")
        ])
    );
    assert_eq!(
        lettered(
            "Orvan expects fiscal 2011 sales of $2 billion. In the fiscal second quarter, sales slipped.",
            &ctx
        ),
        pairs(&[
            ("fiscal 2011", "FY2011"),
            ("the fiscal second quarter", "FY2011-Q2")
        ])
    );
}

/// Session 31 (dates-13): a fixture in the present ("Dunmore host Carlton on Tuesday")
/// is ahead, even after an aside in "-ed" ("promoted in May").
#[test]
fn dates13_fixtures_in_the_present_are_ahead() {
    let ctx = published("2013-09-15");
    assert_eq!(
        lettered("Dunmore host Carlton on Tuesday.", &ctx),
        pairs(&[("Tuesday", "2013-09-17")])
    );
    assert_eq!(
        lettered(
            "The Wolves, promoted in May, face Leeds on Wednesday.",
            &ctx
        ),
        pairs(&[("May", "2013-05"), ("Wednesday", "2013-09-18")])
    );
    // Review guard: a noun that could be a verb ("visits", "travel") after a past verb
    // is no schedule: the day is the last one.
    assert_eq!(
        lettered(
            "Prison authorities suspended family visits on Monday.",
            &ctx
        ),
        pairs(&[("Monday", "2013-09-09")])
    );
}

/// Session 31 (dates-13): "That summer", "by that autumn" point back to the year the
/// narrative wrote out, not to the year of publication.
#[test]
fn dates13_that_season_takes_the_narrative_year() {
    let ctx = published("2014-06-01");
    assert_eq!(
        lettered(
            "The mill closed in March 1981.\nThat summer had been dry.\nBy that autumn, the workers had left.\nThat winter, the school shut.",
            &ctx
        ),
        pairs(&[
            ("March 1981", "1981-03"),
            ("That summer", "1981-SU"),
            ("that autumn", "1981-FA"),
            ("That winter", "1981-WI")
        ])
    );
}

/// Session 31 (events-19): a report titled "for the year 2023" gives that year to its
/// yearless dates, whatever years its comparisons name in between; a title naming
/// another kind of year, or two years, gives none.
#[test]
fn events19_a_report_for_the_year_gives_its_yearless_dates_that_year() {
    let text = "NORTHERN REGION PROBATION BOARD\nREPORT FOR THE YEAR 2021\n\nCaseloads rose from the level of 2019. No escapes have been recorded since 2004.\nIn June the board opened two hostels, and on 3 September it closed the old one.\n";
    let got = lettered(text, &AnchorContext::default());
    for want in [("June", "2021-06"), ("3 September", "2021-09-03")] {
        assert!(
            got.contains(&(want.0.to_string(), want.1.to_string())),
            "{got:?}"
        );
    }
    // Guard: a title with two years names no single year.
    // Review guards: a headline that goes on after the year, and a text published
    // within the year, are no report on it (the year's June would be the unwanted).
    for (text, published_on, unwanted) in [
        (
            "Prison report for 2019 shows fewer deaths\n\nIn June the board met twice.\n",
            "2020-08-21",
            "2019-06",
        ),
        (
            "REPORT FOR THE YEAR 2020\n\nIn June the board met twice.\n",
            "2020-03-02",
            "2020-06",
        ),
    ] {
        let got = lettered(text, &published(published_on));
        assert!(
            !got.contains(&("June".to_string(), unwanted.to_string())),
            "{text}: {got:?}"
        );
    }
    let two = "Report for 2020 and 2021\n\nCases fell since 2004. In June the board met.\n";
    let got = lettered(two, &AnchorContext::default());
    assert!(
        !got.contains(&("June".to_string(), "2021-06".to_string())),
        "{got:?}"
    );
}

#[test]
fn a_hard_wrapped_line_keeps_the_tense_of_its_sentence() {
    use Ctx::*;
    // The past verb stands on the line before the month.
    check(
        "The council lifted its\nban on public meetings in March, but no meeting has been held.",
        News1989,
        &[("March", "1989-03", PUB)],
    );
    // The past verb stands on the line after a month that opens the sentence.
    check(
        "In May the ministry\nannounced a review of the prison rules.",
        News2013,
        &[("May", "2012-05", PUB)],
    );
    // A blank line ends the sentence: no tense reaches the month, the nearer May.
    check(
        "The ministry announced\n\nin May a review.",
        News2013,
        &[("May", "2013-05", PUB)],
    );
}

/// Session 34 (dates-14): in the report of a game (a word of `game_words`), a quarter or
/// half with no year is a period of play; a quarter with its year stays a date. Guard: a
/// company's "fourth quarter" in a text with no game word stays the quarter.
#[test]
fn dates14_periods_of_play_in_a_game_story_are_no_dates() {
    let ctx = published("2011-11-20");
    assert_eq!(
        lettered(
            "Harmon scored 14 of his 22 points in the fourth quarter on Saturday. Dalton led 41-30 at halftime. \"In the second half we stopped them,\" coach Reyes said. The club lost money in the third quarter of 2010.",
            &ctx
        ),
        pairs(&[("Saturday", "2011-11-19"), ("the third quarter of 2010", "2010-Q3")])
    );
    assert_eq!(
        lettered("Sales rose 4 percent in the fourth quarter.", &ctx),
        pairs(&[("the fourth quarter", "2011-Q4")])
    );
}

/// Session 34 (dates-14): a release's "fiscal 2010 second quarter" (no possessive) is one
/// part of the fiscal year, and "the prior-year quarter" is that part a year before.
#[test]
fn dates14_fiscal_year_then_ordinal_part_and_the_prior_year_quarter() {
    let ctx = published("2010-04-28");
    assert_eq!(
        lettered(
            "Corbel Devices reported results for its fiscal 2010 second quarter, against a loss in the prior-year quarter.",
            &ctx
        ),
        pairs(&[
            ("fiscal 2010 second quarter", "FY2010-Q2"),
            ("the prior-year quarter", "FY2009-Q2")
        ])
    );
}

/// Session 34 (dates-14): a holiday before "weekend" is the Saturday and Sunday next to
/// it: before a Monday holiday, after a Thursday one.
#[test]
fn dates14_a_holiday_weekend_is_the_weekend_next_to_it() {
    let ctx = published("2006-05-24");
    assert_eq!(
        lettered(
            "Some 38 million people will travel over the Memorial Day weekend.",
            &ctx
        ),
        pairs(&[("Memorial Day weekend", "2006-W21-WE")])
    );
    assert_eq!(
        lettered("Stores expect crowds over the Thanksgiving weekend.", &ctx),
        pairs(&[("Thanksgiving weekend", "2006-W47-WE")])
    );
}

/// Session 34 (dates-14): "this decade", "This century" opening a sentence and "before
/// the end of the century" name the publication date's decade and century.
#[test]
fn dates14_this_decade_and_the_century() {
    let ctx = published("2008-09-16");
    assert_eq!(
        lettered(
            "It was the second such verdict this decade. This century is the main event. The ice could be gone before the end of the century.",
            &ctx
        ),
        pairs(&[
            ("this decade", "200"),
            ("This century", "20"),
            ("the end of the century", "20")
        ])
    );
    // Guard: "a decade-long war" is no date.
    assert_eq!(lettered("It ended this decade-long war.", &ctx), pairs(&[]));
}

/// Session 34 (dates-14): "a week ago Tuesday" is the Tuesday before last; British
/// "Tuesday week" the Tuesday after next.
#[test]
fn dates14_a_week_ago_tuesday_and_tuesday_week() {
    let ctx = published("2009-03-12");
    assert_eq!(
        lettered("The jury began deliberating a week ago Tuesday.", &ctx),
        pairs(&[("Tuesday", "2009-03-03")])
    );
    assert_eq!(
        lettered("Councillors will vote on Tuesday week on the budget.", &ctx),
        pairs(&[("Tuesday week", "2009-03-24")])
    );
}

/// Session 34 (dates-14): a lone month or "the summer" after a verb of `span_verbs`
/// ("spent") is a date; a team "open"s a tournament ahead.
#[test]
fn dates14_spent_a_month_and_open_a_tournament() {
    let ctx = published("2010-12-18");
    assert_eq!(
        lettered(
            "She had spent January in retraining classes. The premier had spent the summer testing the waters.",
            &ctx
        ),
        pairs(&[("January", "2010-01"), ("summer", "2010-SU")])
    );
    assert_eq!(
        lettered(
            "The Tigers open the tournament on Thursday in Kansas City.",
            &ctx
        ),
        pairs(&[("Thursday", "2010-12-23")])
    );
}

/// Session 35 (dates-15): holidays of other countries and of the Easter cycle by name
/// (`holidays` of the rules): "Good Friday" is no Friday, "Victoria Day" the Monday on or
/// after May 18.
#[test]
fn dates15_holidays_abroad_and_of_the_easter_cycle() {
    let ctx = published("2013-01-31");
    assert_eq!(
        lettered(
            "Much of Europe shuts down from Good Friday through Easter Monday. Dublin fills up for St. Patrick's Day. Canadians get a long weekend for Victoria Day. Paris will hold its parade on Bastille Day.",
            &ctx
        ),
        pairs(&[
            ("Good Friday", "2013-03-29"),
            ("Easter Monday", "2013-04-01"),
            ("St. Patrick's Day", "2013-03-17"),
            ("Victoria Day", "2013-05-20"),
            ("Bastille Day", "2013-07-14")
        ])
    );
}

/// Mend (mendx): an Easter-cycle holiday picks its year by the month it falls in that
/// year, not by April: Ash Wednesday in early March told in the past, Whit Monday in June
/// told ahead.
#[test]
fn mendx_easter_cycle_holidays_pick_the_year_by_their_own_month() {
    assert_eq!(
        lettered(
            "Soldiers raided the church on Ash Wednesday.",
            &published("2025-03-10")
        ),
        pairs(&[("Ash Wednesday", "2025-03-05")])
    );
    assert_eq!(
        lettered(
            "The workers will march on Whit Monday.",
            &published("2025-05-20")
        ),
        pairs(&[("Whit Monday", "2025-06-09")])
    );
}

/// Session 35 (dates-15): two month names joined by "and" are both months ("the outlook
/// for August and September"); guard: a lone "May" with no second month stays no date.
#[test]
fn dates15_two_months_joined_by_and() {
    let ctx = published("2004-08-02");
    assert_eq!(
        lettered(
            "The weather service will issue its outlook for August and September soon.",
            &ctx
        ),
        pairs(&[("August", "2004-08"), ("September", "2004-09")])
    );
    assert_eq!(
        lettered("Officials said May and her husband left.", &ctx).len(),
        0
    );
}

/// Mend (mendx): `paired_month`'s name guard ("May and June Smith": a name after the
/// second month) and a true pair with its year ("in March and April 2011").
#[test]
fn mendx_paired_months_and_the_name_guard() {
    let ctx = published("2004-08-02");
    assert_eq!(
        lettered("Officials said May and June Smith left.", &ctx).len(),
        0
    );
    assert_eq!(
        lettered("Officials said Theresa March and June left.", &ctx).len(),
        0
    );
    let got = lettered("Prices rose in March and April 2011.", &ctx);
    assert!(
        got.iter()
            .any(|(s, v)| s.contains("March") && v == "2011-03"),
        "{got:?}"
    );
    assert!(
        got.iter()
            .any(|(s, v)| s.contains("April") && v == "2011-04"),
        "{got:?}"
    );
}

/// Mend (mendx): "that <season>" closing a clause at a comma or semicolon, or after
/// "on", is no season: "relied on that spring;", "feared that winter, with its cold".
#[test]
fn mendx_that_season_before_a_comma_or_after_on() {
    let ctx = published("2007-06-14");
    for text in [
        "The village was founded in March 1990. The village relied on that spring; its well ran dry.",
        "The war began in March 1990. She feared that winter, with its cold, would kill them.",
    ] {
        let got = lettered(text, &ctx);
        assert!(
            got.iter().all(|(s, _)| !s.contains("spring") && !s.contains("winter")),
            "{text}: {got:?}"
        );
    }
}

/// Session 35 (dates-15): "the December quarter", "the March quarter" name the calendar
/// quarter that holds the month; guard: "the March quarters" (plural) is no quarter.
#[test]
fn dates15_the_month_quarter() {
    let ctx = published("2013-01-24");
    assert_eq!(
        lettered(
            "Sales in the December quarter fell short. For the March quarter, the company forecast revenue of $41 billion.",
            &ctx
        ),
        pairs(&[
            ("the December quarter", "2012-Q4"),
            ("the March quarter", "2013-Q1")
        ])
    );
    // Session 38 (dates-18): a headline drops the article.
    assert_eq!(
        lettered("Prices rise 1.8 per cent in December quarter", &ctx),
        pairs(&[("December quarter", "2012-Q4")])
    );
}

/// Session 35 (dates-15): "did not ... until Jan. 12", "Last year, the council did not pass
/// the budget until June 30": "until" after a negated past waits in the past; guard: "will
/// stay open until June 30" is ahead.
#[test]
fn dates15_until_after_a_negated_past() {
    let ctx = published("2009-02-05");
    assert_eq!(
        lettered(
            "The council did not schedule a vote until Jan. 12, and that vote ended in a tie.",
            &ctx
        ),
        pairs(&[("until Jan. 12", "2009-01-12")])
    );
    assert_eq!(
        lettered(
            "The council did not pass the city budget until June 30, hours before the fiscal year ended.",
            &ctx
        ),
        pairs(&[("until June 30", "2008-06-30")])
    );
    assert_eq!(
        lettered("The pool will stay open until June 30.", &ctx),
        pairs(&[("until June 30", "2009-06-30")])
    );
}

/// Mend (mendx): "until" after a negation waits ahead when a word of forecast, future or
/// modality stands with the negation: "was not expected until March 12", "had not been
/// scheduled to rule until March 3", "will never ... until".
#[test]
fn mendx_until_after_a_negated_forecast_waits_ahead() {
    let ctx = published("2025-02-10");
    assert_eq!(
        lettered("The ruling was not expected until March 12.", &ctx),
        pairs(&[("until March 12", "2025-03-12")])
    );
    assert_eq!(
        lettered(
            "The court had not been scheduled to rule until March 3.",
            &ctx
        ),
        pairs(&[("until March 3", "2025-03-03")])
    );
    assert_eq!(
        lettered(
            "The family will never rest until March 20, the day of the appeal.",
            &ctx
        ),
        pairs(&[("until March 20", "2025-03-20")])
    );
}

/// Session 35 (dates-15): "that summer" closing its clause is the narrative's summer;
/// "the following spring" after "the spring of 1946" is the next spring (1947).
#[test]
fn dates15_that_season_closing_a_clause_and_the_following_season() {
    let ctx = published("2007-06-14");
    assert_eq!(
        lettered(
            "She resigned in April 2006 and repaid $60,000 that summer.",
            &ctx
        ),
        pairs(&[("April 2006", "2006-04"), ("that summer", "2006-SU")])
    );
    assert_eq!(
        lettered(
            "She moved to Maine in the spring of 1946 and married the following spring.",
            &ctx
        ),
        pairs(&[
            ("spring of 1946", "1946-SP"),
            ("the following spring", "1947-SP")
        ])
    );
}

/// Session 35 (dates-15): "the new year" late in a year is the year ahead; guard: "the first
/// business day of the new year" (a part of it, named whole) is left alone.
#[test]
fn dates15_the_new_year() {
    let ctx = published("2012-12-27");
    assert_eq!(
        lettered(
            "Analysts expect two more chains to fail in the new year.",
            &ctx
        ),
        pairs(&[("the new year", "2013")])
    );
    assert_eq!(
        lettered(
            "Staff stay on through the first business day of the new year.",
            &ctx
        )
        .len(),
        0
    );
}

/// Mend (mendx): "the new year" told in the past is the year of publication's own;
/// "the new year-long programme" names no year.
#[test]
fn mendx_the_new_year_in_the_past_and_year_long() {
    let ctx = published("2024-08-14");
    assert_eq!(
        lettered("Prisoners celebrated the new year in their cells.", &ctx),
        pairs(&[("the new year", "2024")])
    );
    assert_eq!(
        lettered("The ministry will fund the new year-long programme.", &ctx).len(),
        0
    );
}

/// Session 35 (dates-15): "meets next Tuesday and Wednesday" on a Wednesday: the Wednesday
/// after that Tuesday, not the day of publication; guard: "met Monday and Tuesday" stays
/// behind.
#[test]
fn dates15_a_weekday_joined_to_one_ahead() {
    let ctx = published("2013-03-13");
    assert_eq!(
        lettered(
            "The Federal Reserve's policy committee meets next Tuesday and Wednesday.",
            &ctx
        ),
        pairs(&[("next Tuesday", "2013-03-19"), ("Wednesday", "2013-03-20")])
    );
    assert_eq!(
        lettered("The committee met Monday and Tuesday.", &ctx),
        pairs(&[("Monday", "2013-03-11"), ("Tuesday", "2013-03-12")])
    );
}

/// Session 35 (dates-15): a future in the past: "announced in October that he would step
/// down before Christmas" (published in February) is the Christmas after that October;
/// guard: "said on Monday it would close in March" is the March ahead.
#[test]
fn dates15_a_future_in_the_past_follows_the_saying() {
    let ctx = published("2009-02-05");
    assert_eq!(
        lettered(
            "Hale announced in October that he would step down before Christmas, but he stayed on.",
            &ctx
        ),
        pairs(&[("October", "2008-10"), ("Christmas", "2008-12-25")])
    );
    assert_eq!(
        lettered(
            "The company said on Monday that it would close the plant in March.",
            &ctx
        ),
        pairs(&[("Monday", "2009-02-02"), ("March", "2009-03")])
    );
}

/// Session 36 (dates-16): a capitalised month with nothing before it opening a sentence
/// before a noun it modifies ("January ridership fell"), or, when the month is no given
/// name, before a verb ("March was the busiest") or before "'s" anywhere ("and
/// February's fell"). Guards: "May is expected to speak", "April will bring the cake",
/// "March on the capital".
#[test]
fn dates16_a_month_opening_a_sentence() {
    let ctx = published("2010-04-12");
    assert_eq!(
        lettered(
            "Fares rose. January ridership fell 1.9 percent and February's fell 3.1 percent.",
            &ctx
        ),
        pairs(&[("January", "2010-01"), ("February", "2010-02")])
    );
    assert_eq!(
        lettered("Fares rose. March was the busiest month.", &ctx),
        pairs(&[("March", "2010-03")])
    );
    assert_eq!(
        lettered("\"January is always slow,\" she said.", &ctx),
        pairs(&[("January", "2010-01")])
    );
    assert_eq!(
        lettered("April figures were better.", &ctx),
        pairs(&[("April", "2010-04")])
    );
    for text in [
        "Officials waited. May is expected to speak.",
        "April will bring the cake.",
        "March on the capital, they said.",
        "Officials praised Jenny March's work.",
    ] {
        assert_eq!(lettered(text, &ctx).len(), 0, "{text}");
    }
}

/// Session 36 (dates-16): "this weekend" on a Thursday or a Friday is the weekend ahead,
/// even in a past sentence ("urged people to stay off the roads this weekend").
#[test]
fn dates16_this_weekend_late_in_the_week_is_ahead() {
    let friday = published("2013-02-08");
    assert_eq!(
        lettered(
            "Officials urged people to stay off the roads this weekend.",
            &friday
        ),
        pairs(&[("this weekend", "2013-W06-WE")])
    );
    let monday = published("2013-02-11");
    assert_eq!(
        lettered("Crowds gathered downtown this weekend.", &monday),
        pairs(&[("this weekend", "2013-W06-WE")])
    );
}

/// Session 36 (dates-16): "a fortnight ago" is the day fourteen days back; "for a
/// fortnight" two weeks.
#[test]
fn dates16_a_fortnight() {
    let ctx = published("2014-05-27");
    assert_eq!(
        lettered("A fortnight ago, campaigners handed in a petition.", &ctx),
        pairs(&[("A fortnight ago", "2014-05-13")])
    );
    let got = tag("The pool closed for a fortnight.", &ctx);
    assert!(
        got.iter().any(|m| m.duration.as_deref() == Some("P2W")),
        "{got:?}"
    );
}

/// Session 36 (dates-16): "the turn of the century" is the year a century turned nearest
/// the frame's year (the narrative's in its sentence, else publication); none when that
/// year is far from any turn.
#[test]
fn dates16_the_turn_of_the_century() {
    let ctx = published("2014-05-27");
    assert_eq!(
        lettered(
            "The baths were built in 1889 and were extended at the turn of the century.",
            &ctx
        ),
        pairs(&[("the turn of the century", "1900")])
    );
    assert_eq!(
        lettered("Sales have doubled since the turn of the century.", &ctx),
        pairs(&[("the turn of the century", "2000")])
    );
    assert_eq!(
        lettered(
            "The hall opened in 1950 and was rebuilt at the turn of the century.",
            &ctx
        )
        .len(),
        0
    );
}

/// Session 36 (dates-16): the Lunar New Year (also "Chinese New Year", "the Spring
/// Festival") is the day `lunar_new_year` gives for its year, not a season.
#[test]
fn dates16_the_lunar_new_year() {
    let ctx = published("2013-02-08");
    assert_eq!(
        lettered(
            "Organizers postponed a parade planned for the Lunar New Year.",
            &ctx
        ),
        pairs(&[("Lunar New Year", "2013-02-10")])
    );
    let ctx = published("2013-01-15");
    assert_eq!(
        lettered(
            "Exports will be affected by the Spring Festival, which falls on Feb. 10 this year.",
            &ctx
        ),
        pairs(&[
            ("Spring Festival", "2013-02-10"),
            ("Feb. 10", "2013-02-10"),
            ("this year", "2013")
        ])
    );
}

/// Session 36 (dates-16): weekdays ahead in a Friday story: "could last into Sunday"
/// ("last" after a modal is the verb), "which falls on Sunday this year" and "planned for
/// Saturday" (`date_ahead`), "flights for Friday and Saturday" (a weekday joined to
/// today's); "falls on a Sunday this year" names no day. Guard: "met Monday and Tuesday".
#[test]
fn dates16_weekdays_ahead_of_a_friday() {
    let ctx = published("2013-02-08");
    assert_eq!(
        lettered("The governor said the ban could last into Sunday.", &ctx),
        pairs(&[("Sunday", "2013-02-10")])
    );
    assert_eq!(
        lettered(
            "Organizers postponed the parade, which falls on Sunday this year.",
            &ctx
        ),
        pairs(&[("Sunday", "2013-02-10"), ("this year", "2013")])
    );
    assert_eq!(
        lettered(
            "The celebration, planned for Saturday, will include a parade.",
            &ctx
        ),
        pairs(&[("Saturday", "2013-02-09")])
    );
    assert_eq!(
        lettered("Airlines canceled flights for Friday and Saturday.", &ctx),
        pairs(&[("Friday", "2013-02-08"), ("Saturday", "2013-02-09")])
    );
    assert_eq!(
        lettered("The committee met Monday and Tuesday.", &ctx),
        pairs(&[("Monday", "2013-02-04"), ("Tuesday", "2013-02-05")])
    );
    let ctx = published("2011-12-21");
    assert_eq!(
        lettered("The holiday falls on a Sunday this year.", &ctx),
        pairs(&[("this year", "2011")])
    );
}

/// Session 36 (dates-16): "the previous month" after a month named in its sentence is the
/// month before that one; "the same month last year" after a month opening a sentence is
/// that month a year back.
#[test]
fn dates16_the_previous_and_the_same_month() {
    let ctx = published("2013-01-15");
    assert_eq!(
        lettered(
            "Exports rose 14.1 percent in December, up from 2.9 percent in the previous month, data showed on Tuesday.",
            &ctx
        ),
        pairs(&[
            ("December", "2012-12"),
            ("the previous month", "2012-11"),
            ("Tuesday", "2013-01-15")
        ])
    );
    let ctx = published("2010-04-12");
    assert_eq!(
        lettered(
            "Ridership fell, the authority said yesterday. March ridership fell 2.4 percent from the same month last year.",
            &ctx
        ),
        pairs(&[
            ("yesterday", "2010-04-11"),
            ("March", "2010-03"),
            ("the same month last year", "2009-03")
        ])
    );
}

/// The Lunar New Year after 2026 is the day of its year too.
#[test]
fn the_lunar_new_year_of_2030() {
    let ctx = published("2030-02-20");
    assert_eq!(
        lettered(
            "Organizers postponed a parade planned for the Lunar New Year.",
            &ctx
        ),
        pairs(&[("Lunar New Year", "2030-02-03")])
    );
}

/// Session 37 (dates-17): "the day after" a holiday and "the Sunday before" a day are one
/// date shifted from it ("a day before Election Day" is an aside); a holiday within a
/// month of the story is that year's unless its sentence tells of another year; "the
/// 1800s" after "since" or a part names the century; a forecast verb after a
/// determiner is a noun; a modal far back still sets the future.
#[test]
fn dates17_days_around_holidays_and_centuries() {
    let ctx = published("2014-11-25");
    assert_eq!(
        lettered(
            "Millions are getting ready to travel for Thanksgiving. Stores open the day after Thanksgiving, and traffic peaks the Sunday after Thanksgiving.",
            &ctx
        ),
        pairs(&[
            ("Thanksgiving", "2014-11-27"),
            ("the day after Thanksgiving", "2014-11-28"),
            ("the Sunday after Thanksgiving", "2014-11-30")
        ])
    );
    assert_eq!(
        lettered("Offices close the day before Christmas Day.", &ctx),
        pairs(&[("the day before Christmas Day", "2014-12-24")])
    );
    let ctx = published("2012-10-31");
    assert_eq!(
        lettered(
            "Trick-or-treating was postponed until Monday, a day before Election Day.",
            &ctx
        ),
        pairs(&[
            ("Monday", "2012-11-05"),
            ("a day", "-"),
            ("Election Day", "2012-11-06")
        ])
    );
    let ctx = published("2010-12-18");
    assert_eq!(
        lettered(
            "The firm announced on Dec. 3, 2009 that it would close the plant just before Christmas.",
            &ctx
        ),
        pairs(&[("Dec. 3, 2009", "2009-12-03"), ("Christmas", "2009-12-25")])
    );
    let ctx = published("2012-03-15");
    assert_eq!(
        lettered(
            "Villagers have played there since the 1800s; the hall was built in the late 1800s.",
            &ctx
        ),
        pairs(&[("since the 1800s", "18"), ("late 1800s", "18")])
    );
    let ctx = published("2016-06-07");
    assert_eq!(
        lettered(
            "The planning committee recommended the project Thursday after a hearing.",
            &ctx
        ),
        pairs(&[("Thursday", "2016-06-02")])
    );
    let ctx = published("2018-01-03");
    assert_eq!(
        lettered(
            "Forecasters warned that a storm could bring up to a foot of snow and hurricane-force gusts to New England on Thursday.",
            &ctx
        ),
        pairs(&[("Thursday", "2018-01-04")])
    );
    // A quarter or half named by its label alone, in news.
    let ctx = published("2017-07-27");
    assert_eq!(
        lettered(
            "Orders rose 3 percent in Q2. The company expects a stronger H2.",
            &ctx
        ),
        pairs(&[("Q2", "2017-Q2"), ("H2", "2017-H2")])
    );
    let ctx = published("2017-02-09");
    assert_eq!(
        lettered("Its Q4 profit fell by a third.", &ctx),
        pairs(&[("Q4", "2016-Q4")])
    );
}

/// Session 37 (events-25): a chronicle titled "YEAR in PLACE" lists that year's events by
/// day and month only; they are of that year, whatever year a bullet names in passing.
/// A title that goes on with another year, or a text published before the year, gives
/// none.
#[test]
fn events25_a_year_in_place_title_gives_its_yearless_days_that_year() {
    let text = "1987 in Freedonia\n\nThe following lists events of that year.\n\nMarch\n2 March – Flooding reaches the capital after the dam built in 1961 gives way.\n9 March – The cabinet resigns.\n";
    let got = lettered(text, &AnchorContext::default());
    for want in [("2 March", "1987-03-02"), ("9 March", "1987-03-09")] {
        assert!(
            got.contains(&(want.0.to_string(), want.1.to_string())),
            "{got:?}"
        );
    }
    for (text, ctx) in [
        (
            "1987 in Freedonia and 1988 in Sylvania\n\n9 March – The cabinet resigns.\n",
            AnchorContext::default(),
        ),
        (
            "1987 in Freedonia\n\n9 March – The cabinet resigns.\n",
            published("1985-06-01"),
        ),
    ] {
        let got = lettered(text, &ctx);
        assert!(
            !got.contains(&("9 March".to_string(), "1987-03-09".to_string())),
            "{text}: {got:?}"
        );
    }
}

/// Session 37 (events-25): a page whose unambiguous slashed dates are month first reads
/// its ambiguous ones month first too; day first likewise; a page with both orders, or
/// one such date only, reads none.
#[test]
fn events25_a_texts_own_slashed_dates_give_the_order_of_its_ambiguous_ones() {
    let slashed = |text: &str, ctx: &AnchorContext| -> Vec<(String, String)> {
        tag(text, ctx)
            .iter()
            .filter_map(|m| Some((m.span.slice(text).to_string(), timex_value(m)?)))
            .collect()
    };
    let us = "Received 06/17/2008. Offense 06/19/2008. Paroled 04/11/2006.";
    let got = slashed(us, &AnchorContext::default());
    assert!(
        got.contains(&("04/11/2006".to_string(), "2006-04-11".to_string())),
        "{got:?}"
    );
    let eu = "Received 17/06/2008. Offence 19/06/2008. Paroled 04/11/2006.";
    let got = slashed(eu, &AnchorContext::default());
    assert!(
        got.contains(&("04/11/2006".to_string(), "2006-11-04".to_string())),
        "{got:?}"
    );
    for text in [
        "Received 06/17/2008. Offence 19/06/2008. Paroled 04/11/2006.",
        "Received 06/17/2008. Paroled 04/11/2006.",
    ] {
        let got = slashed(text, &AnchorContext::default());
        assert!(
            got.iter().all(|(t, _)| t != "04/11/2006"),
            "{text}: {got:?}"
        );
    }
}

/// Session 37 (events-25): a month heading over a line that opens with its own day and
/// month ("April" over "14 April – ...") takes no day from that line.
#[test]
fn events25_a_month_heading_takes_no_day_from_the_line_below() {
    let text = "1987 in Freedonia\n\nApril\n14 April – The cabinet resigns.\n";
    let got = lettered(text, &AnchorContext::default());
    assert!(
        got.contains(&("14 April".to_string(), "1987-04-14".to_string())),
        "{got:?}"
    );
    // Guard: a date wrapped after its month stays one date.
    let got = lettered(
        "He was hanged on December\n17, 2003, at dawn.\n",
        &AnchorContext::default(),
    );
    assert!(
        got.iter()
            .any(|(t, v)| t.starts_with("December") && v == "2003-12-17"),
        "{got:?}"
    );
}

/// Session 38 (dates-18, and dates-17's retailer): a story that says when its company's
/// fiscal year ends reads its bare quarters as fiscal quarters (`FY2024-Q3`), named by the
/// year the fiscal year ends in (by the year it began when it ends in January or
/// February); "FY24" is a fiscal year. Guard: with no fiscal year end said, quarters stay
/// calendar quarters.
#[test]
fn dates18_quarters_of_a_fiscal_year_the_story_names() {
    let ctx = published("2024-01-25");
    assert_eq!(
        lettered(
            "Orvane Systems, whose financial year ends in March, posted a lower third-quarter profit on Thursday and cut its FY24 outlook. It will report fourth-quarter results in April.",
            &ctx
        ),
        pairs(&[
            ("March", "2024-03"),
            ("third-quarter", "FY2024-Q3"),
            ("Thursday", "2024-01-25"),
            ("FY24", "FY2024"),
            ("fourth-quarter", "FY2024-Q4"),
            ("April", "2024-04"),
        ])
    );
    let ctx = published("2010-11-16");
    assert_eq!(
        lettered(
            "The chain, whose fiscal year ends in late January, posted higher third-quarter profit on Tuesday. Net income for the quarter rose.",
            &ctx
        ),
        pairs(&[
            ("late January", "2011-01"),
            ("third-quarter", "FY2010-Q3"),
            ("Tuesday", "2010-11-16"),
            ("the quarter", "FY2010-Q3"),
        ])
    );
    assert_eq!(
        lettered(
            "The chain posted higher third-quarter profit on Tuesday.",
            &ctx
        ),
        pairs(&[("third-quarter", "2010-Q3"), ("Tuesday", "2010-11-16")])
    );
}

/// Session 39 (dates-19): in news, a demonstrative date read from an earlier year
/// ("killed that month") takes the story back to that year: a yearless month in the
/// past in the next sentence continues it; "that week" after a count of whole years is
/// the week of the last day written in full; "N years later" in a sentence that does
/// not look ahead never passes the day of publication. Guard: three sentences on, a
/// yearless day is read from the publication date again.
#[test]
fn dates19_a_news_story_that_goes_back_to_an_earlier_year() {
    let ctx = published("2021-11-08");
    assert_eq!(
        lettered(
            "The clerk was attacked on March 3, 2016, outside the depot. His sister spoke to reporters on Friday. \"Five years later, nobody has been charged,\" she said. The events of that week are set out in sworn statements. Police opened files on six assaults in the town that month. In May, the inspectorate said it had named a suspect, and in July it sent its report to the prosecutor. The inquest opened in 2018 and heard its first witness in 2019. When the case was called on October 19, the court was told the file was lost.",
            &ctx
        ),
        pairs(&[
            ("March 3, 2016", "2016-03-03"),
            ("Friday", "2021-11-05"),
            ("Five years later", "2021"),
            ("that week", "2016-02-29/2016-03-06"),
            ("that month", "2016-03"),
            ("May", "2016-05"),
            ("July", "2016-07"),
            ("October 19", "2021-10-19"),
        ])
    );
}

/// Session 39 (dates-19): a participle before "by" after a noun or a comma ("a
/// challenge brought by four prisoners") is no past tense of the sentence; a present
/// "sets" dates ahead; a capitalised month right before an event noun ("June
/// execution") is a date even with a verb before it; a slashed date that can be read
/// either way is read as the day of publication when one reading is that day; "on the
/// 22nd" is a day of the month the sentence before named. Guards: "the 22nd floor", and
/// an ambiguous slashed date that is not the day of publication, stay no date.
#[test]
fn dates19_schedules_event_months_slashed_publication_days_and_bare_ordinals() {
    let ctx = published("2023-04-12");
    assert_eq!(
        lettered(
            "Court sets June execution for man convicted in 2001. A judge is scheduled to hear a challenge, brought by four prisoners, on Aug. 15.",
            &ctx
        ),
        pairs(&[("June", "2023-06"), ("Aug. 15", "2023-08-15")])
    );
    let ctx = published("2022-12-09");
    let text = "Published on 09/12/2022 at 14:22. The file was dated 04/11/2021.";
    let got: Vec<(String, String)> = tag(text, &ctx)
        .iter()
        .filter_map(|m| Some((m.span.slice(text).to_string(), timex_value(m)?)))
        .collect();
    assert_eq!(got, pairs(&[("09/12/2022", "2022-12-09")]));
    let ctx = published("2021-11-08");
    assert_eq!(
        lettered(
            "The magistrate adjourned the inquest to November 22. \"We will be in court on the 22nd, and then we decide,\" he said. They work on the 22nd floor.",
            &ctx
        ),
        pairs(&[("November 22", "2021-11-22"), ("the 22nd", "2021-11-22")])
    );
}

/// Session 39 (dates-19 guard, from dates-16): "the following month" after a year only
/// moves the narrative on; it does not take the story back, so the trial that "began
/// Oct. 3" in the next sentence is the one of the year of publication.
#[test]
fn dates19_the_following_month_does_not_take_a_news_story_back() {
    let ctx = published("2011-10-19");
    assert_eq!(
        lettered(
            "He was charged in August 2010 and pleaded not guilty at his arraignment the following month. During the trial, which began Oct. 3, he testified.",
            &ctx
        ),
        pairs(&[
            ("August 2010", "2010-08"),
            ("the following month", "2010-09"),
            ("Oct. 3", "2011-10-03"),
        ])
    );
    // A month with no day names no week (events-22).
    let ctx = published("2024-11-20");
    assert_eq!(
        lettered(
            "Police arrested her on 4 May 2023. The court quashed her conviction in March 1996, and she was freed the same week.",
            &ctx
        ),
        pairs(&[
            ("4 May 2023", "2023-05-04"),
            ("March 1996", "1996-03"),
            ("the same week", "-"),
        ])
    );
    // Nor does "four years later" (dates-15).
    let ctx = published("2009-02-05");
    assert_eq!(
        lettered(
            "He was first elected in 2001 and re-elected four years later. In September he had said he would serve out his term.",
            &ctx
        ),
        pairs(&[("four years later", "2005"), ("September", "2008-09")])
    );
}

/// Session 40 (dates-20): a feature's byline day alone on its line is no sentence the
/// next line's years are background to; "the following spring" moves the story into
/// its year, so "Two years later" counts from it; "the end of the decade" after "the
/// early 1990s" is that decade, and "that time" after it names no day.
#[test]
fn dates20_a_feature_moves_through_its_years() {
    let ctx = published("2019-06-14");
    assert_eq!(
        lettered(
            "By Ann Writer\nJune 14, 2019\nOn a cold night in March 1986, a clerk was robbed in Leeds.\nThat summer, the police made an arrest. He was tried the following spring. Two years later, the appeal court upheld the verdict.\nIn the early 1990s, the case went back and forth for much of that time. By the end of the decade, he had lost his lawyer.",
            &ctx
        ),
        pairs(&[
            ("June 14, 2019", "2019-06-14"),
            ("March 1986", "1986-03"),
            ("That summer", "1986-SU"),
            ("the following spring", "1987-SP"),
            ("Two years later", "1989"),
            ("early 1990s", "199"),
            ("that time", "-"),
            ("the end of the decade", "199"),
        ])
    );
}

/// Session 40 (dates-20): "Act No. 4 of 2009" names a law, so "the previous year" after
/// it counts from the report's own year; a footer's year before labels between bars
/// and a page number is a date.
#[test]
fn dates20_a_numbered_act_s_year_is_no_anchor() {
    let ctx = published("2017-03-31");
    let text = "ANNUAL REPORT\nIn 2016 the Board received 80 complaints. Its powers come from the Ombudsman Act No. 7 of 2011. It opened 12 inquiries, against 9 in the previous year.\nAnnual Report 2016 | Ombudsman Board | Page 12";
    let got: Vec<(String, String)> = tag(text, &ctx)
        .iter()
        .filter_map(|m| Some((m.span.slice(text).to_string(), timex_value(m)?)))
        .collect();
    assert_eq!(
        got,
        pairs(&[
            ("2016", "2016"),
            ("2011", "2011"),
            ("the previous year", "2015"),
            ("2016", "2016"),
        ])
    );
}

/// Session 40 (dates-20): "on the 14th" before a preposition is a day of the month the
/// sentence named, and the day "a day earlier" counts from; "at 10 a.m. Eastern time
/// on Thursday" keeps the tense of "will" across the clock's stop; a story's bare
/// quarters written before it says a rival's fiscal year ends in June stay calendar
/// quarters.
#[test]
fn dates20_an_ordinal_day_a_clock_stop_and_a_rival_s_fiscal_year() {
    let ctx = published("2014-02-20");
    assert_eq!(
        lettered(
            "He was convicted in March 2012 and sentenced on the 9th to life. The jury had returned its verdict a day earlier.",
            &ctx
        ),
        pairs(&[
            ("March 2012", "2012-03"),
            ("the 9th", "2012-03-09"),
            ("a day earlier", "2012-03-08"),
        ])
    );
    let ctx = published("2010-10-27");
    assert_eq!(
        lettered(
            "The firm will hold a call with analysts at 10 a.m. Eastern time on Thursday.",
            &ctx
        ),
        pairs(&[("Thursday", "2010-10-28")])
    );
    assert_eq!(
        lettered(
            "Acme Inc said its third-quarter profit rose. Its rival Bolt Corp. (BLT), whose fiscal year ends June 30, reported a loss.",
            &ctx
        ),
        pairs(&[("its third-quarter", "2010-Q3"), ("June 30", "2011-06-30")])
    );
    // The story's own company, named in its opening: its fiscal year holds throughout.
    let ctx = published("2010-11-16");
    assert_eq!(
        lettered(
            "Crane Stores Q3 profit beats\nCrane Stores Inc posted a higher third-quarter profit on Tuesday. Crane, whose fiscal year ends in late January, raised its forecast.",
            &ctx
        ),
        pairs(&[
            ("Q3", "FY2010-Q3"),
            ("third-quarter", "FY2010-Q3"),
            ("Tuesday", "2010-11-16"),
            ("late January", "2011-01"),
        ])
    );
}

/// Session 41 (dates-21): a handset maker's fiscal quarters, a retailer's compared
/// quarter, a superlative month, and a quotation opening after a stop.
#[test]
fn session41_fiscal_quarters_compared_parts_and_quoted_sentences() {
    let ctx = published("2009-07-22");
    // The quarter's end said in a clause leaves the quarter the date compared; the
    // fiscal year ends three quarters after the third ends, so a bare fourth quarter
    // is fiscal too; "the previous quarter" steps back a fiscal quarter.
    assert_eq!(
        lettered(
            "Brixo Phones said on Tuesday that it lost $40 million in its fiscal third quarter, which ended on June 27, compared with a loss of $90 million a year earlier. Sales fell from $1.2 billion in the previous quarter. It will report results for the fourth quarter and the full fiscal year on October 21.",
            &ctx
        ),
        pairs(&[
            ("Tuesday", "2009-07-21"),
            ("its fiscal third quarter", "FY2009-Q3"),
            ("June 27", "2009-06-27"),
            ("a year earlier", "FY2008-Q3"),
            ("the previous quarter", "FY2009-Q2"),
            ("the fourth quarter", "FY2009-Q4"),
            ("the full fiscal year", "FY2009"),
            ("October 21", "2009-10-21"),
        ])
    );
    // Told only by a fiscal quarter's end, a rival's bare quarter stays a calendar one.
    let jan = published("2013-01-24");
    assert_eq!(
        lettered(
            "Net income for the fiscal first quarter, which ended Dec. 29, rose. A rival reported record shipments for the fourth quarter.",
            &jan
        )
        .iter()
        .find(|(t, _)| t == "the fourth quarter")
        .map(|(_, v)| v.as_str()),
        Some("2012-Q4")
    );
    // A statement of the year itself holds over a quarter's end said before it.
    assert_eq!(
        lettered(
            "Profit fell in the fiscal first quarter, which ended Sept. 30. Brixo, whose fiscal year ends in June, will report third-quarter results in late April.",
            &jan
        )
        .iter()
        .find(|(t, _)| t == "third-quarter")
        .map(|(_, v)| v.as_str()),
        Some("FY2013-Q3")
    );
    // "the previous quarter" of a first fiscal quarter is the last of the year before.
    assert_eq!(
        lettered(
            "Profit rose in its fiscal first quarter, after a loss in the previous quarter.",
            &ctx
        )
        .iter()
        .find(|(t, _)| t == "the previous quarter")
        .map(|(_, v)| v.as_str()),
        Some("FY2008-Q4")
    );
    // A quarter the figures are compared with is not the quarter "the quarter" is.
    let ctx = published("2010-03-04");
    assert_eq!(
        lettered(
            "Sales for the fourth quarter of fiscal 2009 rose to $612 million from $584 million in the fourth quarter of fiscal 2008. Net income for the quarter was $31 million.",
            &ctx
        ),
        pairs(&[
            ("the fourth quarter of fiscal 2009", "FY2009-Q4"),
            ("the fourth quarter of fiscal 2008", "FY2008-Q4"),
            ("the quarter", "FY2009-Q4"),
        ])
    );
    // "our best December since 2006": a month after "best".
    assert_eq!(
        lettered("We had our best December since 2006.", &ctx),
        pairs(&[("December", "2009-12"), ("since 2006", "2006")])
    );
    // A quotation opening after the stop of a sentence in the past is a sentence of
    // its own: "Maybe in the spring" in November looks ahead.
    let ctx = published("2011-11-20");
    assert_eq!(
        lettered(
            "\"Not this winter,\" he said. \"Maybe in the spring, if it is sorted out by then.\"",
            &ctx
        ),
        pairs(&[("this winter", "2011-WI"), ("spring", "2012-SP")])
    );
}

/// Session 41: hard-wrapped prose keeps its sentence across lines; a capitalised
/// "Today" ending a name is no day.
#[test]
fn session41_wrapped_lines_and_names_ending_in_today() {
    let ctx = published("2023-11-24");
    assert_eq!(
        lettered(
            "2. On the night of the 3rd of June 2020, Mira\nOstrava was assaulted in her shop and died of her\ninjuries on the 5th. The case went on.",
            &ctx
        ),
        pairs(&[("3rd of June 2020", "2020-06-03"), ("the 5th", "2020-06-05")])
    );
    assert_eq!(
        lettered(
            "A reporter with the outlet Dorvik Today, she told USA Today. Today she is free.",
            &ctx
        ),
        pairs(&[("Today", "2023-11-24")])
    );
}

/// Session 41: a section's heading leaves the last section's year behind before the
/// first date under it is read, and a paragraph's short first line is prose.
#[test]
fn session41_a_section_heading_resets_the_narrative_before_its_first_date() {
    let ctx = AnchorContext {
        period: Some(TimeValue::range(
            PartialDate::day(2022, 7, 1),
            PartialDate::day(2023, 6, 30),
        )),
        ..AnchorContext::default()
    };
    let text = "5.2 Executions\n\n5.2.4 No prisoner has been executed in Ruritania since 1999. The Service\nkeeps the gallows.\n\n5.3 Deaths in custody\n\n5.3.1 Forty prisoners died in custody during the year.\n";
    // A quotation's last line, its stop inside the marks, is no heading: "that day" is
    // still the day the story stands on.
    let news = published("2011-08-25");
    assert_eq!(
        lettered(
            "He wrote on Wednesday: \"If the day came when I could not go on, I would tell you.\nSadly, that day has come.\"\n\nThe board met.",
            &news
        ),
        pairs(&[("Wednesday", "2011-08-24"), ("that day", "2011-08-24")])
    );
    let got = lettered(text, &ctx);
    assert!(
        got.iter().any(|(t, v)| t == "since 1999" && v == "1999"),
        "{got:?}"
    );
    assert!(
        !got.iter().any(|(t, v)| t == "the year" && v == "1999"),
        "{got:?}"
    );
}
