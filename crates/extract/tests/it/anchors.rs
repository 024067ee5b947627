//! Yearless and relative dates in whole documents of four genres, read the way the
//! pipeline reads them: ingest (title, publication date, period covered from the text)
//! then the temporal tagger. Each document is text written for this test in the style
//! of its genre; each assertion is the value a careful reader gives the words.

use dossier_extract::time::{self, AnchorContext};
use dossier_model::Document;
use std::path::Path;

fn ingest(name: &str, text: &str) -> Document {
    dossier_ingest::parse(
        Path::new(name),
        text.as_bytes(),
        &dossier_ingest::Config::default(),
    )
    .expect("ingest a text written for the test")
}

/// The TIMEX3-style value of every date mention whose words are exactly `words`, in
/// order of appearance (`None` for an unresolved one).
fn values(doc: &Document, words: &str) -> Vec<Option<String>> {
    let ctx = AnchorContext::from_document(doc);
    time::tag(&doc.text, &ctx)
        .iter()
        .filter(|t| t.span.slice(&doc.text) == words)
        .map(time::timex_value)
        .collect()
}

fn assert_dates(doc: &Document, expected: &[(&str, &str)]) {
    let mut wrong = Vec::new();
    for (words, want) in expected {
        let got = values(doc, words);
        let want = (!want.is_empty()).then(|| want.to_string());
        if got.first() != Some(&want) {
            wrong.push(format!("{words:?}: got {got:?}, want {want:?}"));
        }
    }
    assert!(wrong.is_empty(), "{}:\n{}", doc.name, wrong.join("\n"));
}

/// A country report with no series title, only its "Covering events of 2022" line; its
/// yearless dates come after sentences that name other years.
#[test]
fn a_country_report_reads_yearless_dates_in_the_year_it_covers() {
    let text = "\
Ruritania: Human Rights Practices

Covering events of 2022

EXECUTIVE SUMMARY

Ruritania is a presidential republic. Parliamentary elections took place in 2019.

Section 1. Respect for the Integrity of the Person

a. Arbitrary Deprivation of Life

Police detained the blogger Ivan Dobrev in 2019 and released him in March 2020. On April 5, the Northern District Court sentenced Dobrev to three years in prison for insulting the president.

In June the government amended the 2015 Law on Mass Media to require the registration of online outlets.

On September 12, police detained 40 persons at a peaceful protest in the capital. Two days later, a court fined 31 of them.

During the year authorities opened 12 criminal cases against journalists.
";
    let doc = ingest("ruritania-2022.txt", text);
    let period = doc
        .meta
        .period
        .as_ref()
        .expect("the period covered is read");
    assert_eq!(
        (period.value.start.as_str(), period.value.end.as_str()),
        ("2022-01-01", "2022-12-31")
    );
    assert_dates(
        &doc,
        &[
            ("2019", "2019"),
            ("March 2020", "2020-03"),
            ("April 5", "2022-04-05"),
            ("June", "2022-06"),
            ("September 12", "2022-09-12"),
            ("Two days later", "2022-09-14"),
            ("the year", "2022"),
        ],
    );
}

/// An annual-report chapter laid out in pages, each closed by the running footer
/// "Amnesty International Report 2011": the report of 2011 covers 2010.
#[test]
fn an_annual_report_chapter_reads_its_period_from_its_page_footer() {
    let text = "\
RURITANIA

REPUBLIC OF RURITANIA
Head of state: Ana Petrova
Death penalty: abolitionist in practice

Torture and other ill-treatment remained widespread. Freedom of expression was restricted.

Background
The country ratified the Convention against Torture and its 2002 Optional Protocol. In February the president dissolved parliament; early elections were held in April.

Amnesty International Report 2011 275

\x0cTorture and other ill-treatment
In May, three men detained in 2008 on charges of \"extremism\" alleged that police had beaten them. On 14 July the Supreme Court upheld their sentences.

Amnesty International Report 2011 276
";
    let doc = ingest("ruritania-ai.txt", text);
    let period = doc
        .meta
        .period
        .as_ref()
        .expect("the period covered is read");
    assert_eq!(
        (period.value.start.as_str(), period.value.end.as_str()),
        ("2010-01-01", "2010-12-31")
    );
    assert_dates(
        &doc,
        &[
            ("February", "2010-02"),
            ("April", "2010-04"),
            ("May", "2010-05"),
            ("2008", "2008"),
            ("14 July", "2010-07-14"),
        ],
    );
}

/// A judgment: full dates written out, yearless dates continue the year the narrative
/// last wrote; the date of decision is no news day.
#[test]
fn a_court_judgment_reads_yearless_dates_from_its_own_narrative() {
    let text = "\
IN THE HIGH COURT OF RURITANIA

Case No. 45/2019

Judgment delivered on 12 March 2021

THE FACTS

1. The applicant was arrested on 3 October 2018 and charged under Article 12 of the Criminal Code of 2009.

2. On 15 November the District Court ordered his detention pending trial. On 2 February 2019 the District Court convicted him. The applicant appealed on 20 February.

3. The Court of Appeal dismissed the appeal on 4 June. The applicant lodged a further appeal the following week.
";
    let doc = ingest("ruritania-judgment.txt", text);
    assert_dates(
        &doc,
        &[
            ("3 October 2018", "2018-10-03"),
            ("15 November", "2018-11-15"),
            ("2 February 2019", "2019-02-02"),
            ("20 February", "2019-02-20"),
            ("4 June", "2019-06-04"),
            ("the following week", "2019-06-10/2019-06-16"),
        ],
    );
}

/// A news story with its day of publication: weekdays, deictic weeks and months, the
/// tense of the sentence, and a yearless month ahead.
#[test]
fn a_news_story_reads_weekdays_and_relative_dates_from_its_day() {
    let text = "\
Ruritania's central bank cuts rates again

Published: Friday, March 22, 2013

VELIGRAD, Ruritania (Wire) - Ruritania's central bank cut its main interest rate on Friday for the second time this month, citing weak demand.

The bank said on Wednesday that inflation fell to 2.1 percent in February from 3.4 percent a year earlier. Finance minister Ana Petrova will present the budget to parliament next Tuesday.

Economists expect another cut in June. The bank last changed its outlook in December, and earlier this week the currency fell to a four-year low.

Profits of the largest lenders fell in the fourth quarter of last year.
";
    let doc = ingest("ruritania-news.txt", text);
    assert_dates(
        &doc,
        &[
            ("Friday", "2013-03-22"),
            ("this month", "2013-03"),
            ("Wednesday", "2013-03-20"),
            ("February", "2013-02"),
            ("a year earlier", "2012-02"),
            ("next Tuesday", "2013-03-26"),
            ("June", "2013-06"),
            ("December", "2012-12"),
            ("this week", "2013-03-18/2013-03-24"),
            ("the fourth quarter of last year", "2012-Q4"),
        ],
    );
}
