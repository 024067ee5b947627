//! A judgment's own day of decision as an event: the caption or decision line that
//! ingest read the date from ("Mithu vs State of Punjab on 7 April, 1983", "[2017]
//! KESC 2 (KLR) (14 December 2017) (Judgment)", "Decided on: 21.11.2018") tells the
//! day the court decided the case, a `trial` event. Only when the document's date was
//! read as a judgment's (ingest's `judgment_caption_date` or `decision_line`, or a
//! date line of a court publisher) and no trial event of the text has that date.

use crate::rules::Rules;
use crate::text::sentence_at;
use dossier_model::{
    Document, Event, EventKind, Modality, PartialDate, Span, TimeMention, TimeValue,
};

/// The rule name of the events made here.
pub const RULE: &str = "trial.judgment_date";
/// The rule of a judgment's own ruling in the present tense ("The appeal is accordingly
/// allowed in part", "The appeal against sentence is allowed"): the court decides it on
/// the judgment's day.
pub const DECISION: &str = "trial.decision";
/// The rule of a judgment's own date lines ("Dated at Kampala this 9th day of October
/// 2018", "Delivered: 27 March 2020").
const HEADER: &str = "trial.judgment_header";

/// Whether `rule` reads a judgment's own ruling in the present tense: `DECISION`, or
/// another kind's (`commutation.decision`: "The sentence of death awarded to the
/// appellant is commuted to imprisonment for life").
pub fn is_decision(rule: &str) -> bool {
    rule == DECISION || rule.ends_with(".decision")
}

/// The rule of a digest's verbless holding ("Held: appeal dismissed.").
const VERBLESS: &str = "trial.verbless";

/// A line that dates the rulings of its entry: a digest entry's own date line above
/// them ("2023: January 19; March 2."), or the line that closes an order or a notice
/// below them ("IT IS SO ORDERED this 3rd day of March, 2023.").
struct EntryDay {
    span: Span,
    day: TimeValue,
    day_span: Span,
    closes: bool,
}

/// Date the rulings of a register, a digest or a gazette from their entry's own day.
/// A digest heads each entry with its days of hearing and judgment on lines of their
/// own ("2022: October 4;" / "2023: January 19."): a ruling under them ("Held: appeal
/// dismissed.") is of the last day above it. An order or a notice closes with its day
/// ("IT IS SO ORDERED this 3rd day of March, 2023.", "Dated the 10th October, 2023."):
/// a ruling above it, back to the entry line or closing line before, is of that day.
/// A ruling's own day stays; a "since" period of its sentence is no day of a ruling.
pub fn entry_days(
    text: &str,
    rules: &Rules,
    sentences: &[Span],
    times: &[TimeMention],
    events: &mut [Event],
) {
    let marks = entry_marks(text, rules, sentences, times);
    if marks.is_empty() {
        return;
    }
    for e in events.iter_mut() {
        let ruling = is_decision(&e.rule) || e.rule == VERBLESS;
        if !ruling || e.modality != Modality::Asserted || e.date.is_some_and(|d| d.end.is_some()) {
            continue;
        }
        let at = e.trigger.start;
        let next = marks.iter().find(|m| m.span.start >= at);
        let prev = marks.iter().rev().find(|m| m.span.end <= at);
        // The nearer of the entry line above and the closing line below: nothing else
        // marks where one entry ends and the next begins.
        let above = prev.filter(|p| !p.closes && at - p.span.end <= ENTRY_REACH);
        let below = next.filter(|n| n.closes && n.span.start - at <= ENTRY_REACH);
        let mark = match (above, below) {
            (Some(p), Some(n)) if n.span.start - at < at - p.span.end => n,
            (Some(p), _) => p,
            (None, Some(n)) => n,
            (None, None) => continue,
        };
        e.date = Some(mark.day);
        e.date_span = Some(mark.day_span);
    }
}

/// The farthest (in bytes) a ruling may stand from the entry line or closing line
/// that dates it: an entry of a register or an order is a few paragraphs long.
const ENTRY_REACH: u32 = 2500;

/// The entry date lines and closing lines of `text`, in order.
fn entry_marks(
    text: &str,
    rules: &Rules,
    sentences: &[Span],
    times: &[TimeMention],
) -> Vec<EntryDay> {
    // Times in order of start, so that each line looks only at its own.
    let mut ordered: Vec<&TimeMention> = times.iter().collect();
    ordered.sort_by_key(|t| t.span.start);
    let last_day = |span: Span| {
        let first = ordered.partition_point(|t| t.span.start < span.start);
        ordered[first..]
            .iter()
            .take_while(|t| t.span.start < span.end)
            .filter(|t| span.contains(t.span) && !t.is_duration)
            .filter_map(|t| Some((t.value.filter(|v| v.is_point())?, t.span)))
            .filter(|(v, _)| v.start.is_some_and(|d| d.day.is_some()))
            .last()
    };
    let mut marks = Vec::new();
    for &s in sentences {
        let words = s.slice(text).trim_start().to_lowercase();
        let closes = words.split_whitespace().count() <= 16
            && rules
                .grammar
                .sign_offs
                .iter()
                .any(|o| words.starts_with(o.as_str()));
        if let Some((day, day_span)) = closes.then(|| last_day(s)).flatten() {
            marks.push(EntryDay {
                span: s,
                day,
                day_span,
                closes: true,
            });
        }
    }
    let mut at = 0;
    for line in text.split_inclusive('\n') {
        let span = Span::new(at, at + line.len());
        at += line.len();
        if let Some((day, day_span)) = is_date_line(text, span, times)
            .then(|| last_day(span))
            .flatten()
        {
            let day = year_prefixed(line, day);
            marks.push(EntryDay {
                span,
                day,
                day_span,
                closes: false,
            });
        }
    }
    marks.sort_by_key(|m| m.span.start);
    marks
}

/// Whether a line holds nothing but dates after the year a digest sets before the
/// days of an entry: "2023: January 19; March 2.", "2022: October 4;". A cover's or
/// a letter's date on a line of its own ("12 March 2024") heads no entry.
fn is_date_line(text: &str, line: Span, times: &[TimeMention]) -> bool {
    let head = line.slice(text).trim_start();
    let year_set = head.len() > 5
        && head.as_bytes()[..4].iter().all(u8::is_ascii_digit)
        && head.as_bytes()[4] == b':';
    if !year_set {
        return false;
    }
    let mut rest = line.slice(text).to_string();
    for t in times.iter().rev().filter(|t| line.contains(t.span)) {
        let (a, b) = (
            (t.span.start - line.start) as usize,
            (t.span.end - line.start) as usize,
        );
        if rest.is_char_boundary(a) && rest.is_char_boundary(b) && b <= rest.len() {
            rest.replace_range(a..b, " ");
        }
    }
    rest.chars().all(|c| !c.is_alphabetic())
}

/// A digest's "2023: January 19" is of the year set before it.
fn year_prefixed(line: &str, day: TimeValue) -> TimeValue {
    let head = line.trim_start();
    let year = head
        .split_once(':')
        .filter(|(y, _)| y.len() == 4 && y.bytes().all(|b| b.is_ascii_digit()))
        .and_then(|(y, _)| y.parse::<i32>().ok());
    match (year, day.start) {
        (Some(y), Some(d)) if d.year != y => TimeValue::point(PartialDate { year: y, ..d }),
        _ => day,
    }
}

/// Add the judgment's day of decision to `events` (kept sorted by span).
pub fn judgment_date(
    document: &Document,
    rules: &Rules,
    sentences: &[Span],
    events: &mut Vec<Event>,
) {
    let Some(published) = document.meta.published.as_ref() else {
        return;
    };
    let Some(span) = published.span else {
        return;
    };
    let court = document.meta.publisher.as_ref().is_some_and(|p| {
        let name = p.value.to_lowercase();
        rules
            .grammar
            .court_words
            .iter()
            .any(|w| name.contains(w.as_str()))
    });
    // "JUDGMENT / 26 JUNE 2020": a date line right under a judgment heading.
    let under_heading = || {
        document
            .text
            .get(..span.start as usize)
            .and_then(|before| before.trim_end().rsplit('\n').next())
            .is_some_and(|line| {
                let line = line.trim().to_lowercase();
                rules.grammar.judgment_headings.contains(&line)
            })
    };
    let judgment = matches!(
        published.rule.as_str(),
        "judgment_caption_date"
            | "decision_line"
            | "judgment_day_line"
            | "judgment_foot_day"
            | "filed_header"
    ) || (matches!(published.rule.as_str(), "date_line" | "published_line")
        && (court || under_heading()));
    if !judgment {
        return;
    }
    let Some(day) = PartialDate::parse(&published.value) else {
        return;
    };
    let date = TimeValue::point(day);
    let told = events
        .iter()
        .any(|e| e.kind == EventKind::Trial && e.date.is_some_and(|d| d.start == Some(day)));
    // "The appeal is accordingly allowed": the ruling of this judgment is the judgment's
    // day (the date line stays its own citation), also when its sentence names an older
    // day ("the appeal is dismissed and the sentence imposed on the 8th day of July, 2019
    // is affirmed": the day the sentence was imposed).
    // A date line of the text later than the day ingest read ("delivered on 21st January
    // 2009" of a judgment cited, "Dated at Kampala this 9th day of October 2018" below):
    // the ruling is of the later day.
    let (ruled, ruled_span) = events
        .iter()
        .filter(|e| e.rule == HEADER && e.modality == Modality::Asserted)
        .filter_map(|e| Some((e.date?.start?, e.date_span?)))
        .filter(|(d, _)| d.day.is_some() && *d > day)
        .max()
        .map_or((date, span), |(d, s)| (TimeValue::point(d), s));
    // "The appeal is dismissed by the High Court on 12.03.2015": a lower court's ruling
    // told in the present keeps its own day; "we" and "this Court" rule in this judgment.
    let words_of = |s: &str| {
        let folded: String = s
            .chars()
            .map(|c| {
                if c.is_alphanumeric() {
                    c.to_ascii_lowercase()
                } else {
                    ' '
                }
            })
            .collect();
        format!(
            " {} ",
            folded.split_whitespace().collect::<Vec<_>>().join(" ")
        )
    };
    let grammar = &rules.grammar;
    let other_court = |e: &Event| {
        let at = sentence_at(sentences, e.trigger.start).map_or(e.span, |i| sentences[i]);
        let words = words_of(at.slice(&document.text));
        let own = grammar
            .own_court
            .iter()
            .any(|w| words.contains(&format!(" {w} ")));
        !own && grammar.other_court_openers.iter().any(|o| {
            words.match_indices(&format!(" {o} ")).any(|(i, m)| {
                let after: Vec<&str> = words[i + m.len()..].split(' ').take(6).collect();
                let after = format!(" {} ", after.join(" "));
                grammar
                    .court_words
                    .iter()
                    .any(|c| after.contains(&format!(" {c} ")))
            })
        })
    };
    for e in events.iter_mut() {
        if e.date.is_some() && other_court(e) {
            continue;
        }
        if is_decision(&e.rule) && e.modality == Modality::Asserted {
            e.date = Some(ruled);
            e.date_span = Some(ruled_span);
        }
    }
    // "Delivered on the 27th day June 2018": the text already tells it. A filing
    // stamp's header line ("Case: ... Date Filed: 06/11/2024 Page: 1 of 14") tells
    // nothing: only the rulings it dates are events.
    if told || published.rule == "filed_header" {
        return;
    }
    if span.end as usize > document.text.len() {
        return;
    }
    let sentence = sentence_at(sentences, span.start).map_or(span, |i| sentences[i]);
    events.push(Event {
        kind: EventKind::Trial,
        span: sentence,
        trigger: span,
        date: Some(date),
        date_span: Some(span),
        participants: Vec::new(),
        quantity: None,
        place: None,
        modality: Modality::Asserted,
        rule: RULE.to_string(),
    });
    events.sort_by_key(|e| (e.span, e.trigger, e.kind));
}

#[cfg(test)]
mod tests {
    use super::*;
    use dossier_model::{Layer, MetaField, Metadata};

    /// Written for this test: a judgment whose date ingest read from its caption.
    fn judgment(text: &str, date: &str, at: &str, rule: &str, publisher: Option<&str>) -> Document {
        let start = text.find(at).expect("date in text");
        let meta = Metadata {
            published: Some(MetaField::new(
                date.to_string(),
                Some(Span::new(start, start + at.len())),
                Layer::Text,
                rule,
            )),
            publisher: publisher.map(|p| MetaField::new(p.to_string(), None, Layer::Text, "test")),
            ..Metadata::default()
        };
        Document {
            meta,
            ..crate::test_document(text)
        }
    }

    fn trials(doc: &Document) -> Vec<String> {
        crate::extract(doc)
            .events
            .iter()
            .filter(|e| e.kind == EventKind::Trial)
            .map(|e| {
                format!(
                    "{} {} {}",
                    e.date.map(|d| d.iso()).unwrap_or_default(),
                    e.rule,
                    e.span.slice(&doc.text)
                )
            })
            .collect()
    }

    #[test]
    fn a_judgment_day_line_dates_the_ruling() {
        // Written for this test: "Judgment Delivered: <day>" read by ingest as the
        // judgment's day line; the present-tense ruling below takes that day.
        let text = "THE STATE v. ARLEN\n\nJudgment Delivered: 4 June 2022\n\nJUDGMENT\n\n\
                    9. For these reasons the appeal against conviction is dismissed.";
        let doc = judgment(text, "2022-06-04", "4 June 2022", "judgment_day_line", None);
        assert!(
            trials(&doc)
                .iter()
                .any(|t| t.starts_with("2022-06-04 trial.decision")),
            "{:?}",
            trials(&doc)
        );
    }

    #[test]
    fn a_judgment_s_foot_day_is_its_day_of_decision() {
        // The day under the place at a judgment's foot (ingest's `judgment_foot_day`),
        // whoever the publisher was read to be.
        let text = "The appeal is dismissed.\n\nNEW DELHI;\nMARCH 02, 2022.";
        let doc = judgment(
            text,
            "2022-03-02",
            "MARCH 02, 2022",
            "judgment_foot_day",
            None,
        );
        assert_eq!(
            trials(&doc),
            vec![
                "2022-03-02 trial.decision The appeal is dismissed.",
                "2022-03-02 trial.judgment_date NEW DELHI;\nMARCH 02, 2022."
            ]
        );
    }

    #[test]
    fn a_judgment_caption_is_its_day_of_decision() {
        let text =
            "Arlen v State of Norvia on 9 March, 1991\n\nThe appellant was found guilty of theft.";
        let doc = judgment(
            text,
            "1991-03-09",
            "9 March, 1991",
            "judgment_caption_date",
            None,
        );
        assert_eq!(
            trials(&doc),
            vec!["1991-03-09 trial.judgment_date Arlen v State of Norvia on 9 March, 1991"]
        );
        // A news story's date line is no judgment; a court's is.
        let text = "Thursday 4 May 2023\n\nThe court heard the case.";
        let news = judgment(
            text,
            "2023-05-04",
            "Thursday 4 May 2023",
            "date_line",
            Some("The Daily Star"),
        );
        assert!(trials(&news).iter().all(|t| !t.contains(RULE)));
        let court = judgment(
            text,
            "2023-05-04",
            "Thursday 4 May 2023",
            "date_line",
            Some("High Court of Norvia"),
        );
        assert_eq!(
            trials(&court).iter().filter(|t| t.contains(RULE)).count(),
            1
        );
        // A date line under a judgment heading, whoever published it.
        let text =
            "Mensah v. Republic of Norvia\nJUDGMENT\n12 MAY 2021\n\nThe Court finds a violation.";
        let doc = judgment(text, "2021-05-12", "12 MAY 2021", "date_line", None);
        assert_eq!(
            trials(&doc).iter().filter(|t| t.contains(RULE)).count(),
            1,
            "{:?}",
            trials(&doc)
        );
        // The text already tells the day: no second event.
        let text = "Decided on: 21 November 2018\n\nDelivered on the 21st day of November 2018.";
        let doc = judgment(
            text,
            "2018-11-21",
            "21 November 2018",
            "decision_line",
            None,
        );
        assert!(
            trials(&doc).iter().all(|t| !t.contains(RULE)),
            "{:?}",
            trials(&doc)
        );
    }

    #[test]
    fn a_ruling_in_the_present_tense_is_the_judgments_day() {
        let text = "IN THE HIGH COURT OF NORVIA\n\nDATE: 5TH MAY, 2022\n\nJUDGMENT\n\n[1] The appellant was convicted of theft in 2019.\n\n[9] The appeal against sentence is accordingly allowed.";
        let doc = judgment(
            text,
            "2022-05-05",
            "5TH MAY, 2022",
            "published_line",
            Some("High Court of Norvia"),
        );
        let got = trials(&doc);
        assert!(
            got.iter()
                .any(|t| t.starts_with("2022-05-05 trial.decision")
                    && t.contains("is accordingly allowed")),
            "{got:?}"
        );
        // A party's submission is no ruling.
        let text = "IN THE HIGH COURT OF NORVIA\n\nDATE: 5TH MAY, 2022\n\n[3] Counsel submitted that the appeal should be dismissed.";
        let doc = judgment(
            text,
            "2022-05-05",
            "5TH MAY, 2022",
            "published_line",
            Some("High Court of Norvia"),
        );
        assert!(
            trials(&doc).iter().all(|t| !t.contains(DECISION)),
            "{:?}",
            trials(&doc)
        );
    }

    /// Session 35 (events20fix): a ruling whose sentence names an older day (the day a
    /// sentence was imposed) is still the judgment's day; so are a court's rulings in
    /// the first person.
    #[test]
    fn a_ruling_naming_an_older_day_is_the_judgments_day() {
        let text = "IN THE COURT OF APPEAL OF NORVIA\n\nDelivered: 12 April 2021.\n\nJUDGMENT\n\n[7] For these reasons the appeal against sentence is dismissed and the sentence of twenty years imposed on the 3rd day of June, 2019 is affirmed.\n\n[8] We accordingly set aside the sentence of death and substitute a sentence of 25 years' imprisonment.\n\n[9] In substitution, we convict the appellant of manslaughter.\n\n";
        let doc = judgment(
            text,
            "2021-04-12",
            "12 April 2021",
            "judgment_day_line",
            Some("Court of Appeal of Norvia"),
        );
        let got: Vec<String> = crate::extract(&doc)
            .events
            .iter()
            .map(|e| {
                let date = e.date.map(|d| d.iso()).unwrap_or_default();
                format!("{} {date} {}", e.kind.as_str(), e.rule)
            })
            .collect();
        for want in [
            "trial 2021-04-12 trial.decision",
            "commutation 2021-04-12 commutation.substituted.decision",
            "conviction 2021-04-12 conviction.decision",
        ] {
            assert!(got.iter().any(|g| g == want), "{want}: {got:?}");
        }
        assert!(got.iter().all(|g| !g.contains("2019")), "{got:?}");
        // The day ingest read is a cited judgment's; the text's own date line is later.
        let text = "IN THE SUPREME COURT OF NORVIA\n\nSince the decision of this Court in Mensah v Republic, delivered on 21st January 2009, the death penalty is not mandatory.\n\nThe appeal against sentence is allowed.\n\nDated at Tarno this 9th day of October 2018.";
        let doc = judgment(
            text,
            "2009-01-21",
            "21st January 2009",
            "decision_line",
            Some("Supreme Court of Norvia"),
        );
        let got = trials(&doc);
        assert!(
            got.iter()
                .any(|t| t.starts_with("2018-10-09 trial.decision")),
            "{got:?}"
        );
    }

    /// Mend (mendx): a lower court's ruling told in the present with its own day ("The
    /// appeal is dismissed by the High Court on 12.03.2015") keeps that day; this Court's
    /// own ruling takes the judgment's.
    #[test]
    fn a_ruling_by_another_court_keeps_its_own_day() {
        let text = "IN THE SUPREME COURT OF NORVIA\n\nDelivered: 12 April 2021.\n\nJUDGMENT\n\n[2] The appeal is dismissed by the High Court on 12 March 2015.\n\n[9] The appeal is accordingly allowed by this Court on 12 April 2021.\n\n";
        let doc = judgment(
            text,
            "2021-04-12",
            "12 April 2021",
            "judgment_day_line",
            Some("Supreme Court of Norvia"),
        );
        let got = trials(&doc);
        assert!(
            got.iter()
                .any(|t| t.starts_with("2015-03-12 trial.decision")),
            "{got:?}"
        );
        assert!(
            got.iter()
                .any(|t| t.starts_with("2021-04-12 trial.decision") && t.contains("this Court")),
            "{got:?}"
        );
    }

    /// Session 24 (events-12): a commutation pronounced in the present tense is the
    /// judgment's ruling, dated by it; a rule of law in the present tense is not.
    #[test]
    fn a_commutation_pronounced_is_the_judgments_day() {
        let text = "IN THE SUPREME COURT OF NORVIA\n\n1. The appellant was sentenced to death by the trial court.\n\n6. In the result, the appeal is partly allowed. The sentence of death awarded to the appellant is commuted to imprisonment for life.\n\nNEW DELHI;\nMARCH 02, 2022.";
        let doc = judgment(
            text,
            "2022-03-02",
            "MARCH 02, 2022",
            "date_line",
            Some("Supreme Court of Norvia"),
        );
        let got: Vec<String> = crate::extract(&doc)
            .events
            .iter()
            .filter(|e| e.kind == EventKind::Commutation)
            .map(|e| format!("{} {}", e.date.map(|d| d.iso()).unwrap_or_default(), e.rule))
            .collect();
        assert_eq!(got, vec!["2022-03-02 commutation.decision"], "{got:?}");
        assert!(is_decision("commutation.decision") && !is_decision("commutation.commuted"));
    }

    /// Review of session 36: a cover's date on a line of its own heads no digest
    /// entry, so an undated holding far below it takes no day from it.
    #[test]
    fn a_covers_date_line_dates_no_ruling() {
        let text = "12 March 2024\n\nLAW REPORT OF THE WEEK\n\nArlen v The Queen\n\nHeld: appeal against conviction dismissed.\n";
        let dates: Vec<String> = crate::extract(&crate::test_document(text))
            .events
            .iter()
            .filter_map(|e| e.date.map(|d| d.iso()))
            .collect();
        assert!(dates.iter().all(|d| d != "2024-03-12"), "{dates:?}");
    }

    /// Session 36 (events-24): a digest entry's own date lines date its verbless
    /// holding; an order's or a notice's closing line dates the rulings above it; a
    /// "since" period is no day of a ruling, and a notice's closing line is no judgment.
    #[test]
    fn an_entrys_own_day_dates_its_rulings() {
        let text = "REGISTRY BULLETIN No. 4\n\n1.  ARLEN v THE QUEEN\n    Coram: Mensah JA; Osei JA\n                     2022: October 4;\n                     2023: January 19.\n\n    The appellant was convicted of murder in 2019 and sentenced to death.\n\n    Held: appeal against conviction dismissed; appeal against sentence allowed.\n\n2.  THE QUEEN v BOATENG\n\n    Having considered his conduct in custody since 2004, the Court sets aside the sentence of death and resentences the prisoner to 40 years' imprisonment.\n\n    IT IS SO ORDERED this 3rd day of March, 2023.\n\nNOTICE NO. 12\n\nIN EXERCISE of the powers conferred by Article 133 of the Constitution, the President commutes the sentences of death imposed on the persons specified in the First Schedule to imprisonment for life, and grants a free pardon to the persons specified in the Second Schedule.\n\nDated the 10th October, 2023.\n";
        let got: Vec<String> = crate::extract(&crate::test_document(text))
            .events
            .iter()
            .map(|e| {
                let date = e.date.map(|d| d.iso()).unwrap_or_default();
                format!("{} {date}", e.kind.as_str())
            })
            .collect();
        for want in [
            "trial 2023-01-19",
            "commutation 2023-03-03",
            "commutation 2023-10-10",
            "pardon_release 2023-10-10",
        ] {
            assert!(got.iter().any(|g| g == want), "{want}: {got:?}");
        }
        assert!(got.iter().all(|g| !g.contains("2004")), "{got:?}");
        assert!(got.iter().all(|g| g != "trial 2023-10-10"), "{got:?}");
    }
}
