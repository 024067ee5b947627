//! A jurisdiction's status read end to end from short texts of our own: who a
//! relative clause speaks of, a timeline's bracketed "(restored ...)", and two
//! countries whose names are one letter apart.

mod common;

use common::ENVIRONMENT;
use dossier::Engine;

/// The status of `name` on `day` once `texts` are ingested, as its category.
fn status_after(texts: &[(&str, &str)], name: &str, day: &str) -> Option<String> {
    let tmp = tempfile::tempdir().unwrap();
    std::env::set_var(dossier::INDEX_DIR_ENV, tmp.path().join("index"));
    let corpus = tmp.path().join("corpus");
    for (file, text) in texts {
        common::write(&corpus, file, text);
    }
    let mut engine = Engine::open_or_create(&tmp.path().join("store")).unwrap();
    let report = common::ingest(&mut engine, &[corpus]);
    assert!(report.failed.is_empty(), "{:?}", report.failed);
    let as_of = dossier_model::PartialDate::parse(day).unwrap();
    engine
        .status(name, as_of)
        .unwrap()
        .status
        .map(|s| s.to_string())
}

/// "Neighbouring Benin, which lies east of Togo and abolished ...": the abolition
/// in the relative clause is its antecedent's, not the other country the clause names.
#[test]
fn a_relative_clause_speaks_of_its_antecedent() {
    let _environment = ENVIRONMENT.lock().unwrap_or_else(|e| e.into_inner());
    let text = "LOME, 3 March 2021 - Prison officials in Togo said on Wednesday that the \
        number of prisoners held in Lome had doubled.\n\nNeighbouring Benin, which lies east \
        of Togo and abolished the death penalty for all crimes in 2016, sent observers to the \
        prison.\n";
    let togo = status_after(&[("togo.txt", text)], "Togo", "2020-01-01");
    assert_ne!(togo.as_deref(), Some("abolitionist_for_all_crimes"));
}

/// A timeline entry "abolishes ... (restored 1925)" ends the abolition in 1925; a
/// return for wartime military crimes only leaves the ordinary crimes abolished.
#[test]
fn a_bracketed_restoration_ends_a_timeline_abolition() {
    let _environment = ENVIRONMENT.lock().unwrap_or_else(|e| e.into_inner());
    let text = "Milestones of abolition\n\n1903 - Ecuador abolishes the death penalty for all \
        crimes in its new code (restored 1925).\n\n1911 - Peru abolishes the death penalty for \
        all crimes (restored 1920 for military crimes in wartime).\n";
    let texts = [("milestones.txt", text)];
    assert_eq!(
        status_after(&texts, "Ecuador", "1910-01-01").as_deref(),
        Some("abolitionist_for_all_crimes")
    );
    assert_ne!(
        status_after(&texts, "Ecuador", "1930-01-01").as_deref(),
        Some("abolitionist_for_all_crimes")
    );
    assert_eq!(
        status_after(&texts, "Peru", "1925-01-01").as_deref(),
        Some("abolitionist_for_ordinary_crimes")
    );
}

/// "Zambia" and "Gambia" are one edit apart but two countries: asking of one does
/// not answer with the other's executions.
#[test]
fn near_spelled_countries_stay_apart() {
    let _environment = ENVIRONMENT.lock().unwrap_or_else(|e| e.into_inner());
    let texts = [
        (
            "lusaka.txt",
            "LUSAKA, 5 January 2023 - Zambia abolished the death penalty for all crimes in \
             December 2022, the justice minister said.\n",
        ),
        (
            "banjul.txt",
            "BANJUL, 30 August 2012 - The Gambia executed nine prisoners by firing squad last \
             week, the first executions in the country in decades.\n",
        ),
    ];
    assert_eq!(
        status_after(&texts, "Zambia", "2023-06-01").as_deref(),
        Some("abolitionist_for_all_crimes")
    );
}

/// "abolished the death penalty for murder", treason kept: abolitionist for ordinary
/// crimes, not a narrowing of a retained penalty; the abolition of a mandatory
/// penalty for murder abolishes nothing.
#[test]
fn an_abolition_for_murder_alone_is_for_ordinary_crimes() {
    let _environment = ENVIRONMENT.lock().unwrap_or_else(|e| e.into_inner());
    let text = "A short legal history\n\nThe Crimes Act of 1961 abolished the death penalty \
        for murder in Fiji, although treason stayed punishable by death for many years. \
        Across the sea, the courts of Tonga kept sentencing people to death, and in 2012 \
        Tonga abolished the mandatory death penalty for murder.\n";
    let texts = [("history.txt", text)];
    assert_eq!(
        status_after(&texts, "Fiji", "1970-01-01").as_deref(),
        Some("abolitionist_for_ordinary_crimes")
    );
    let tonga = status_after(&texts, "Tonga", "2013-01-01");
    assert!(
        !matches!(
            tonga.as_deref(),
            Some("abolitionist_for_ordinary_crimes" | "abolitionist_for_all_crimes")
        ),
        "{tonga:?}"
    );
}

/// A table whose codes a key sets out one a line, with years and note marks after
/// the code: each row its category on the table's day, and the year of abolition.
#[test]
fn a_coded_table_with_notes_gives_each_row_its_category() {
    let _environment = ENVIRONMENT.lock().unwrap_or_else(|e| e.into_inner());
    let text = "Annex 2. Death penalty in selected states, as at 30 June 2021\n\n\
        Codes:\n  AF   abolitionist for all crimes\n  AP   abolitionist in practice (no \
        execution for\n       ten years or more)\n  RT   retentionist\n\n\
        State         Code   Abolished   Last execution   Note\n\
        Palau         AF     1994        -                x/\n\
        Bhutan        AP     -           1964\n\
        Yemen         RT     -           2021             y/\n\n\
        x/ The date given is that of the Constitution.\ny/ Figures are estimates.\n";
    let texts = [("annex.txt", text)];
    assert_eq!(
        status_after(&texts, "Bhutan", "2021-06-30").as_deref(),
        Some("abolitionist_in_practice")
    );
    assert_eq!(
        status_after(&texts, "Yemen", "2021-06-30").as_deref(),
        Some("retentionist")
    );
    assert_eq!(
        status_after(&texts, "Palau", "2000-01-01").as_deref(),
        Some("abolitionist_for_all_crimes")
    );
}

/// "the following states have ended capital punishment: A (2004), B (2011, ...)":
/// each listed name abolished on the year in its brackets.
#[test]
fn a_bracketed_list_of_abolitions_dates_each_name() {
    let _environment = ENVIRONMENT.lock().unwrap_or_else(|e| e.into_inner());
    let text = "Memo to the committee\n\nSince 2004 the following states have repealed the \
        death penalty: Vermont (2004), Rhode Island (2011, by a vote of the assembly) and \
        Hawaii (2015). The committee meets again in May.\n";
    let texts = [("memo.txt", text)];
    assert_eq!(
        status_after(&texts, "Rhode Island", "2012-01-01").as_deref(),
        Some("abolitionist_for_all_crimes")
    );
    assert_eq!(
        status_after(&texts, "Hawaii", "2016-01-01").as_deref(),
        Some("abolitionist_for_all_crimes")
    );
}

/// "the island states of the Indian Ocean": a sea named after a country is no
/// heading about that country.
#[test]
fn a_sea_named_for_a_country_is_not_that_country() {
    let _environment = ENVIRONMENT.lock().unwrap_or_else(|e| e.into_inner());
    let text = "Island states of the Indian Ocean\n\nThis note covers Mauritius, Seychelles, \
        Comoros and Madagascar.\n\nNo execution has been carried out since independence in \
        1970, and the penalty remained in the code until 2010.\n";
    let india = status_after(&[("islands.txt", text)], "India", "2000-01-01");
    assert_eq!(india, None);
}

/// "The last capital offences ... were abolished by the Criminal Justice Act 1990":
/// the end of the crimes an abolition for murder kept is one for all crimes.
#[test]
fn the_end_of_the_last_capital_crimes_abolishes_for_all() {
    let _environment = ENVIRONMENT.lock().unwrap_or_else(|e| e.into_inner());
    let text = "Notes on Irish criminal law\n\nIreland abolished the death penalty for murder \
        in 1964, keeping it for treason and certain military offences. The last capital\n\
        offences in Ireland were abolished by the Criminal Justice Act 1990, which came into \
        force that summer.\n";
    let texts = [("notes.txt", text)];
    assert_eq!(
        status_after(&texts, "Ireland", "1970-01-01").as_deref(),
        Some("abolitionist_for_ordinary_crimes")
    );
    assert_eq!(
        status_after(&texts, "Ireland", "1995-01-01").as_deref(),
        Some("abolitionist_for_all_crimes")
    );
}

/// "Murder was removed ... in 1964, and treason became the last capital offence": the
/// verb and the year before the phrase end nothing; only a verb after it ends the last
/// capital crimes.
#[test]
fn a_verb_before_the_last_capital_crime_ends_nothing() {
    let _environment = ENVIRONMENT.lock().unwrap_or_else(|e| e.into_inner());
    let text = "Notes on Irish criminal law\n\nIn Ireland murder was removed from the list of \
        capital crimes in 1964, and treason then stood as the last capital offence. Scholars \
        still debate the reform.\n";
    let texts = [("notes.txt", text)];
    assert_ne!(
        status_after(&texts, "Ireland", "1970-01-01").as_deref(),
        Some("abolitionist_for_all_crimes")
    );
}

/// Session 30 (status-18): "has hanged nobody since 1979 and is regarded as abolitionist
/// in practice" on a page of no known day says nothing of retention; "ratified Protocol
/// No. 13" abolishes for all crimes; "repealed the death penalty" is an abolition; an
/// abolition "for civil crimes" that "survives only in military law" is for ordinary
/// crimes.
#[test]
fn quiet_wordings_treaties_repeals_and_civil_crimes() {
    let _environment = ENVIRONMENT.lock().unwrap_or_else(|e| e.into_inner());
    let quiet = "Regional notes\n\nBhutan keeps capital punishment on its statute book but \
        has hanged nobody since 1979 and is regarded as abolitionist in practice.\n";
    assert_eq!(
        status_after(&[("notes.txt", quiet)], "Bhutan", "2023-01-01").as_deref(),
        None
    );
    let treaty = "Treaty notes, 4 May 2016\n\nMontenegro ratified Protocol No. 13 to the \
        European Convention on Human Rights in 2006.\n";
    assert_eq!(
        status_after(&[("treaty.txt", treaty)], "Montenegro", "2010-01-01").as_deref(),
        Some("abolitionist_for_all_crimes")
    );
    let repeal = "Statehouse digest, 2 April 2014\n\nConnecticut's General Assembly repealed \
        the death penalty in April 2012 for crimes committed after that date.\n";
    assert_eq!(
        status_after(&[("repeal.txt", repeal)], "Connecticut", "2013-06-01").as_deref(),
        Some("abolitionist_for_all_crimes")
    );
    let civil = "Legal history\n\n1870 - A law of Venezuela abolishes the death penalty for \
        civil crimes; it survives only in military law.\n";
    assert_eq!(
        status_after(&[("civil.txt", civil)], "Venezuela", "1880-01-01").as_deref(),
        Some("abolitionist_for_ordinary_crimes")
    );
}

/// A ratification is an abolition for all crimes only when the treaty of all
/// circumstances is the one ratified in that clause; executions "since" a year stand
/// when the quiet cue's "since" introduces another year.
#[test]
fn treaty_in_its_own_clause_and_quiet_since_of_another_year() {
    let _environment = ENVIRONMENT.lock().unwrap_or_else(|e| e.into_inner());
    let treaty = "Treaty notes, 4 May 2016\n\nEstonia ratified Protocol No. 6 in 1998, keeping \
        the death penalty in wartime; it ratified Protocol No. 13 only in 2004.\n";
    assert_ne!(
        status_after(&[("treaty.txt", treaty)], "Estonia", "2001-01-01").as_deref(),
        Some("abolitionist_for_all_crimes")
    );
    let quiet = "Country notes, 3 March 2024\n\nAlthough no one had been hanged since 1998, \
        Kuwait has carried out executions regularly since 2019.\n";
    assert_eq!(
        status_after(&[("notes.txt", quiet)], "Kuwait", "2024-01-01").as_deref(),
        Some("retentionist")
    );
}

/// "Has been abolitionist for ordinary crimes since October 2017": the category holds
/// from the day its "since" names, not only from the document's day (and not before
/// it); a category hard-wrapped over two lines is still one.
#[test]
fn a_category_held_since_a_date_and_one_wrapped_over_two_lines() {
    let _environment = ENVIRONMENT.lock().unwrap_or_else(|e| e.into_inner());
    let since = "Parliamentary digest, 2 May 2023\n\nPeru hanged its last prisoner on 4 \
        March 2001. Peru has therefore been abolitionist for ordinary crimes since June \
        2015.\n";
    let texts = [("digest.txt", since)];
    assert_eq!(
        status_after(&texts, "Peru", "2018-01-01").as_deref(),
        Some("abolitionist_for_ordinary_crimes")
    );
    // Before the day its "since" names, the category does not hold.
    assert_ne!(
        status_after(&texts, "Peru", "2012-01-01").as_deref(),
        Some("abolitionist_for_ordinary_crimes")
    );
    let wrapped = "Annual review, 5 August 2021\n\nChad had carried out no execution since \
        2015 and had been counted as abolitionist in practice; it is now abolitionist for all\n\
        crimes.\n";
    assert_eq!(
        status_after(&[("review.txt", wrapped)], "Chad", "2021-09-01").as_deref(),
        Some("abolitionist_for_all_crimes")
    );
}

/// "New Mexico last executed ... . The Legislature repealed the death penalty in
/// 2009": a sentence that names no place continues the one before it, whose only
/// place is the state (the "Mexico" inside its name, and its federation in
/// apposition, "a state of the United States", name no other place).
#[test]
fn an_unplaced_repeal_continues_a_sentence_on_a_state_named_with_another_country() {
    let _environment = ENVIRONMENT.lock().unwrap_or_else(|e| e.into_inner());
    let budget = "Corrections budget note, 3 February 2022\n\nStaffing. New Mexico kept two \
        men under sentence of death at a prison near Santa Fe until 2019. Lawmakers repealed \
        the death penalty in 2009, for crimes committed on or after 1 July 2009.\n";
    assert_eq!(
        status_after(&[("budget.txt", budget)], "New Mexico", "2015-01-01").as_deref(),
        Some("abolitionist_for_all_crimes")
    );
    let notes = "Seminar notes, 2020\n\nB.3 Montana. Montana, a state of the United States, \
        last carried out an execution in August 2006. In April 2015 its legislators repealed \
        the death penalty for every offence.\n";
    assert_eq!(
        status_after(&[("notes.txt", notes)], "Montana", "2018-01-01").as_deref(),
        Some("abolitionist_for_all_crimes")
    );
}

/// "The death penalty remains only for treason in time of war", "no longer provides for the
/// death penalty": a change in law told without a verb of
/// abolition leaves the category from before it unknown after its day (an honest
/// null, not "abolitionist in practice" carried past the change); before it, the
/// category holds.
#[test]
fn a_change_told_without_a_verb_of_abolition_ends_the_earlier_category() {
    let _environment = ENVIRONMENT.lock().unwrap_or_else(|e| e.into_inner());
    let remains = "Country brief, 12 March 2022\n\nZambia has carried out no execution since \
        1997.\n\nIn June 2021 Parliament \
        passed the Penal Code (Amendment) Act. The death penalty remains only for treason \
        committed in time of war.\n";
    let texts = [("brief.txt", remains)];
    assert_eq!(
        status_after(&texts, "Zambia", "2015-01-01").as_deref(),
        Some("abolitionist_in_practice")
    );
    assert_eq!(status_after(&texts, "Zambia", "2022-01-01"), None);
    let code = "Commission report, 1 October 2021\n\nMalawi has executed no one since \
        1992.\n\nThe Penal Code that entered into force on 2 May 2020 no longer provides for \
        the death penalty.\n";
    let texts = [("report.txt", code)];
    assert_eq!(
        status_after(&texts, "Malawi", "2015-06-01").as_deref(),
        Some("abolitionist_in_practice")
    );
    assert_eq!(status_after(&texts, "Malawi", "2021-06-01"), None);
}

/// A claim the sentence itself disowns ("the statement that ... is not supported by
/// the sources") grounds nothing; a document that later denies, in its own words, an
/// abolition it told of ("Ohio has not abolished the death penalty") takes it back;
/// "which prohibited the imposition of the death penalty" is an abolition.
#[test]
fn a_claim_disowned_or_taken_back_grounds_no_category() {
    let _environment = ENVIRONMENT.lock().unwrap_or_else(|e| e.into_inner());
    let note = "Research note, 4 May 2021\n\nThe petitioner's assertion that \"Mexico brought \
        back the death penalty in 2018\" is not supported by the material we examined: the \
        Chamber of Deputies approved a reinstatement bill in October 2018, but the Senate never \
        voted on it.\n";
    let texts = [("note.txt", note)];
    assert_ne!(
        status_after(&texts, "Mexico", "2020-01-01").as_deref(),
        Some("retentionist")
    );
    let motion = "MOTION OF THE TOWN BOARD\n\nAdopted 2 June 2022\n\nWHEREAS the State of Ohio \
        repealed capital punishment by statute in 2019; and\n\nWHEREAS the Board has learned \
        that the clause above is mistaken: Ohio has not abolished the death penalty, which may \
        still be imposed for aggravated murder; and\n\nWHEREAS the Board opposes executions;\n";
    let texts = [("motion.txt", motion)];
    assert_ne!(
        status_after(&texts, "Ohio", "2021-01-01").as_deref(),
        Some("abolitionist_for_all_crimes")
    );
    let entry = "Country entry, 3 March 2015\n\nThe 1973 Constitution kept the death penalty. \
        The President of Mongolia signed Law No. 41 on 12 May 2012, which prohibited the \
        imposition of the death penalty for every offence.\n";
    let texts = [("entry.txt", entry)];
    assert_eq!(
        status_after(&texts, "Mongolia", "2014-01-01").as_deref(),
        Some("abolitionist_for_all_crimes")
    );
}

/// "2. Bhutan" alone on its line between blank lines heads Bhutan's section: a
/// quoted source under it that names no country is not about the response's first
/// country.
#[test]
fn a_numbered_country_heading_owns_its_section() {
    let _environment = ENVIRONMENT.lock().unwrap_or_else(|e| e.into_inner());
    let text = "Information request response\nDate: 9 September 2016\n\n1. Laos\n\nLaos has \
        executed no one since 1989, a report of 2015 states. Laos keeps the death penalty in \
        its Criminal Code.\n\n2. Bhutan\n\nAn encyclopaedia states: \"A royal decree of 2004 \
        abolished the death penalty for all crimes.\"\n";
    let texts = [("response.txt", text)];
    assert_ne!(
        status_after(&texts, "Laos", "2010-01-01").as_deref(),
        Some("abolitionist_for_all_crimes")
    );
}

/// A second clause after a last execution: "and the ... Act 1950 abolished" (the
/// law's year dates it, not the execution's), "the state abolished the penalty in
/// 1979", "abolished there by the ... Act 1977", "a moratorium from May 1995 until
/// abolition in 2004", and "abolished capital\npunishment ..., but parliament restored
/// it" over a hard line wrap.
#[test]
fn a_second_clause_after_a_last_execution_is_read_and_dated_on_its_own() {
    let _environment = ENVIRONMENT.lock().unwrap_or_else(|e| e.into_inner());
    let at = |text: &str, name: &str, day: &str| {
        let text = format!("Notes on the gallows\n\nPublished 4 April 2016\n\n{text}\n");
        status_after(&[("notes.txt", text.as_str())], name, day)
    };
    let law = "Iceland's last execution took place in 1930, and the Penal Code Amendment Act \
        1950 abolished the death penalty for all offences.";
    assert_eq!(
        at(law, "Iceland", "1935-01-01").as_deref(),
        Some("retentionist")
    );
    assert_eq!(
        at(law, "Iceland", "1955-01-01").as_deref(),
        Some("abolitionist_for_all_crimes")
    );
    let penalty = "Uruguay's last execution took place in 1958, and the state abolished the \
        penalty in 1979.";
    assert_eq!(
        at(penalty, "Uruguay", "1985-01-01").as_deref(),
        Some("abolitionist_for_all_crimes")
    );
    let by_act = "In Namibia the last execution was that of a farmer in March\n1960; the \
        death penalty was abolished there by the Crimes (Abolition of Capital Punishment) Act \
        1977.";
    assert_eq!(
        at(by_act, "Namibia", "1985-01-01").as_deref(),
        Some("abolitionist_for_all_crimes")
    );
    let until = "Executions in Mongolia were suspended by a moratorium from May 1995 until \
        abolition in 2004.";
    assert_eq!(
        at(until, "Mongolia", "2005-01-01").as_deref(),
        Some("abolitionist_for_all_crimes")
    );
    let restored = "Fiji abolished capital\npunishment in 1965, but parliament restored it in \
        1984 for treason. No execution has taken place since 1950.";
    assert_ne!(
        at(restored, "Fiji", "1990-01-01").as_deref(),
        Some("abolitionist_for_all_crimes")
    );
}

/// "The Criminal Code Act 1971 limited the death penalty to the murder of prison
/// guards, treason and certain military offences": dated by the Act now, but a list
/// that holds murder is no abolition for ordinary crimes.
#[test]
fn a_restriction_that_keeps_murder_is_no_ordinary_crimes_abolition() {
    let _environment = ENVIRONMENT.lock().unwrap_or_else(|e| e.into_inner());
    let text = "Notes on the gallows\n\nPublished 4 April 2016\n\nMalta's last hanging was \
        in 1943. The Criminal Code Act 1971 limited the death penalty to the murder of prison \
        guards, treason and certain military offences.\n";
    assert_ne!(
        status_after(&[("notes.txt", text)], "Malta", "1980-01-01").as_deref(),
        Some("abolitionist_for_ordinary_crimes")
    );
}
