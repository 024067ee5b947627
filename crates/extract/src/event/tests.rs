//! Event extraction tests on text written for them.

use super::*;

fn tm(text: &str, needle: &str, value: TimeValue) -> TimeMention {
    let at = text.find(needle).expect("needle in text");
    TimeMention {
        span: Span::new(at, at + needle.len()),
        value: Some(value),
        anchor: None,
        is_duration: false,
        duration: None,
        rule: "test".into(),
    }
}

fn y(year: i32) -> TimeValue {
    TimeValue::point(PartialDate::year(year))
}
fn m(year: i32, month: u8) -> TimeValue {
    TimeValue::point(PartialDate::month(year, month))
}

/// Other triggers in a test sentence: every "ratified" / "commuted" / "froze".
fn others(text: &str) -> Vec<Span> {
    ["ratified", "froze", "jailed"]
        .iter()
        .flat_map(|w| {
            text.match_indices(w)
                .map(|(i, m)| Span::new(i, i + m.len()))
        })
        .collect()
}

/// Date attachment: (sentence, trigger word, times, expected ISO values).
fn check(text: &str, trigger: &str, times: &[TimeMention], expect: &[&str]) {
    let at = text.find(trigger).expect("trigger in text");
    let choice = attach_date(
        text,
        Span::new(0, text.len()),
        Span::new(at, at + trigger.len()),
        times,
        &others(text),
        Rules::builtin(),
    );
    let got: Vec<String> = match choice {
        DateChoice::None => vec![],
        DateChoice::One(v, _) => vec![v.iso()],
        DateChoice::Many(list) => list.iter().map(|(v, _)| v.iso()).collect(),
    };
    assert_eq!(got, expect, "text: {text:?}");
}

#[test]
fn dates_attach_to_the_governing_expression() {
    let t = "In 2011, the court jailed him and in 2015 he was freed.";
    check(
        t,
        "freed",
        &[tm(t, "2011", y(2011)), tm(t, "2015", y(2015))],
        &["2015"],
    );
    let t = "In 2011, the court jailed him.";
    check(t, "jailed", &[tm(t, "2011", y(2011))], &["2011"]);
    let t = "He was held on 3 May, a week after the protest in April.";
    check(
        t,
        "held",
        &[tm(t, "3 May", m(2010, 5)), tm(t, "April", m(2010, 4))],
        &["2010-05"],
    );
    let t = "In 1999 and 2004, the state voted for the text.";
    check(
        t,
        "voted",
        &[tm(t, "1999", y(1999)), tm(t, "2004", y(2004))],
        &["1999", "2004"],
    );
    let t = "They got five and six years in March and April respectively.";
    check(
        t,
        "got",
        &[tm(t, "March", m(2001, 3)), tm(t, "April", m(2001, 4))],
        &["2001-03/2001-04"],
    );
    let t = "On 2 May 2001, the king froze executions, and later commuted all sentences.";
    check(
        t,
        "commuted",
        &[tm(
            t,
            "2 May 2001",
            TimeValue::point(PartialDate::day(2001, 5, 2)),
        )],
        &["2001-05-02/"],
    );
    let t = "On 2 May 2001, the state signed the pact and ratified it on 9 June 2003.";
    let times = [
        tm(
            t,
            "2 May 2001",
            TimeValue::point(PartialDate::day(2001, 5, 2)),
        ),
        tm(
            t,
            "9 June 2003",
            TimeValue::point(PartialDate::day(2003, 6, 9)),
        ),
    ];
    check(t, "signed", &times, &["2001-05-02"]);
    check(t, "ratified", &times, &["2003-06-09"]);
    let t = "Nobody was freed.";
    check(t, "freed", &[], &[]);
    let t = "Under Law No. 7 of 1998 and a 2003 amendment they met.";
    check(
        t,
        "a 2003 amendment",
        &[tm(t, "1998", y(1998)), tm(t, "2003", y(2003))],
        &["2003"],
    );
}

/// Run the whole pipeline on `text` (the time tagger with no anchor).
fn run(text: &str) -> Vec<String> {
    run_with(text, Rules::builtin())
}

/// The events of the whole pipeline on `text` (the time tagger with no anchor).
fn pipeline_events(text: &str, rules: &Rules) -> Vec<Event> {
    let times = crate::time::tag(text, &crate::time::AnchorContext::default());
    let sentences = crate::text::sentences(text);
    let mut mentions = crate::entity::entities(text, rules);
    mentions.extend(crate::quantity::quantities(text));
    mentions.extend(crate::law::laws(text));
    mentions.sort_by_key(|m| m.span);
    let input = Input {
        text,
        sentences: &sentences,
        mentions: &mentions,
        times: &times,
        rules,
        period: None,
    };
    events(&input)
}

fn run_with(text: &str, rules: &Rules) -> Vec<String> {
    pipeline_events(text, rules)
        .iter()
        .map(|e| {
            let mut s = format!("{} {:?}", e.kind.as_str(), e.modality);
            for p in &e.participants {
                s.push_str(&format!(" {:?}={}", p.role, p.name));
            }
            if let Some(q) = &e.quantity {
                s.push_str(&format!(" q={}", q.value));
            }
            if let Some(p) = &e.place {
                s.push_str(&format!(" @{p}"));
            }
            s
        })
        .collect()
}

fn check_events(input: &str, expect: &[&str]) -> bool {
    let got = run(input);
    if got != expect {
        println!("input: {input:?}\n  got:    {got:?}\n  expect: {expect:?}");
    }
    got == expect
}

#[test]
fn kinds_of_event_sentences() {
    let cases: &[(&str, &[&str])] = &[
        (
            "On 4 May the regional court sentenced farmer Bakhyt Omarov to death for murder.",
            &["death_sentence Asserted Authority=regional court Subject=Bakhyt Omarov"],
        ),
        (
            "Three prisoners were executed by hanging last week.",
            &["execution Asserted q=3"],
        ),
        ("The method of execution is hanging.", &[]),
        ("The date of execution was kept secret.", &[]),
        (
            "The governor commuted the death sentences of 12 prisoners.",
            &["commutation Asserted q=12"],
        ),
        (
            "Parliament voted in favour of the UN resolution on a moratorium.",
            &["un_vote Asserted"],
        ),
        (
            "The minister urged parliament to introduce a moratorium on executions.",
            &["moratorium Planned"],
        ),
        ("The state was not ready for a moratorium.", &[]),
        (
            "He claimed that no executions would be carried out.",
            &["execution Negated"],
        ),
        (
            "The cabinet announced its intention to abolish the death penalty.",
            &["abolition Planned"],
        ),
        (
            "Journalist Aliya Nurova was allegedly beaten by police.",
            &["ill_treatment Hedged Victim=Aliya Nurova"],
        ),
        (
            "Police detained activist Marat Zhanuzakov on 2 March.",
            &["arrest Asserted Subject=Marat Zhanuzakov"],
        ),
        (
            "Two detainees died in police custody.",
            &["death_in_custody Asserted q=2"],
        ),
        (
            "Nine refugees were forcibly returned to China.",
            &["forcible_return Asserted q=9 @China"],
        ),
        (
            "The Supreme Court upheld the verdict.",
            &["trial Asserted Authority=Supreme Court"],
        ),
        (
            "The government repatriated 120 women and children from Iraq.",
            &["repatriation Asserted q=120 @Iraq"],
        ),
        (
            "In 2010 the state ratified the Convention against Torture.",
            &["treaty_ratification Asserted"],
        ),
        (
            "The country signed the Rome Statute in 1998.",
            &["treaty_signature Asserted"],
        ),
        (
            "A new law was adopted to protect journalists.",
            &["law_adopted Asserted"],
        ),
        (
            "The king pardoned 300 prisoners.",
            &["pardon_release Asserted q=300"],
        ),
        (
            "Unknown men attacked the office of a newspaper.",
            &["attack Asserted"],
        ),
        ("Executions continued to be carried out in secret.", &[]),
        (
            "If convicted, he could be sentenced to death.",
            &["death_sentence Hypothetical"],
        ),
        (
            "She was reportedly tortured in detention.",
            &["ill_treatment Hedged"],
        ),
        ("The court acquitted him.", &[]),
        (
            "The parliament amended the Constitution to remove the death penalty.",
            &["constitutional_amendment Asserted"],
        ),
        (
            "The trial of the five defendants opened in June.",
            &["trial Asserted q=5"],
        ),
        (
            "An amnesty was declared for minor offenders.",
            &["amnesty Asserted"],
        ),
        (
            "He was released from prison in May.",
            &["pardon_release Asserted"],
        ),
        (
            "Officials denied that the prisoner had been tortured.",
            &["ill_treatment Negated"],
        ),
        (
            "Activist Ilyas Seitkali was arrested and charged with inciting discord.",
            &["arrest Asserted Subject=Ilyas Seitkali"],
        ),
        (
            "The draft law would abolish the death penalty.",
            &["abolition Planned"],
        ),
        (
            "Courts handed down 14 death sentences last year.",
            &["death_sentence Asserted q=14"],
        ),
        (
            "The former mayor Erzhan Kassymov was convicted of bribery.",
            &["conviction Asserted Subject=Erzhan Kassymov"],
        ),
        (
            "Since the moratorium, no one has been executed.",
            &["execution Negated"],
        ),
        (
            "He was deported to Tajikistan on 5 June.",
            &["forcible_return Asserted @Tajikistan"],
        ),
        (
            "Lawyer Saule Tokenova took the case. She was detained in March.",
            &["arrest Asserted Subject=Saule Tokenova"],
        ),
        (
            "The Ministry of Justice proposed abolishing the death penalty.",
            &["abolition Planned Agent=Ministry of Justice"],
        ),
        ("Those convicted of minor offences may apply.", &[]),
        (
            "A moratorium on executions was introduced pending abolition.",
            &["moratorium Asserted"],
        ),
        (
            "President Aibek Sadykov declared a moratorium on executions.",
            &["moratorium Asserted Agent=Aibek Sadykov"],
        ),
        (
            "The country has since voted against every moratorium resolution.",
            &[],
        ),
        (
            "Dauren Abayev was sentenced to nine years in prison after he was convicted of fraud.",
            &["conviction Asserted Subject=Dauren Abayev"],
        ),
        (
            "Bolat Iskakov (replaced Yerlan Kenzhebekov in March) leads the agency.",
            &["appointment Asserted Agent=Bolat Iskakov Subject=Yerlan Kenzhebekov"],
        ),
    ];
    let failed = cases
        .iter()
        .filter(|(input, expect)| !check_events(input, expect))
        .count();
    assert_eq!(failed, 0, "{failed} event cases failed");
}

/// The whole pipeline with the time tagger, for a report published on 1 June 2024:
/// "kind date modality role=name.. q=N(+|~) @place", one string per event.
fn run_dated(text: &str) -> Vec<String> {
    let rules = Rules::builtin();
    let ctx = crate::time::AnchorContext {
        published: Some(PartialDate::day(2024, 6, 1)),
        ..Default::default()
    };
    let times = crate::time::tag(text, &ctx);
    let sentences = crate::text::sentences(text);
    let mentions = crate::mentions(text, rules, &times);
    let input = Input {
        text,
        sentences: &sentences,
        mentions: &mentions,
        times: &times,
        rules,
        period: None,
    };
    events(&input)
        .iter()
        .map(|e| {
            let date = e.date.map_or_else(|| "-".to_string(), |d| d.iso());
            let mut s = format!("{} {date} {:?}", e.kind.as_str(), e.modality);
            for p in &e.participants {
                s.push_str(&format!(" {:?}={}", p.role, p.name));
            }
            if let Some(q) = &e.quantity {
                let mark = match q.approx.as_str() {
                    "at_least" | "over" => "+",
                    "approximately" => "~",
                    "at_most" => "-",
                    _ => "",
                };
                s.push_str(&format!(" q={}{mark}", q.value));
            }
            if let Some(p) = &e.place {
                s.push_str(&format!(" @{p}"));
            }
            s
        })
        .collect()
}

/// Runs every `(text, expected events)` case through [`run_dated`], prints each
/// mismatch and fails once at the end with their count.
fn assert_dated_cases(cases: &[(&str, &[&str])]) {
    let mut failed = 0;
    for (text, expect) in cases {
        let got = run_dated(text);
        if got != *expect {
            failed += 1;
            eprintln!("input: {text:?}\n  got:    {got:?}\n  expect: {expect:?}");
        }
    }
    assert_eq!(failed, 0, "{failed} of {} cases failed", cases.len());
}

fn check_dated(input: &str, expect: &[&str]) -> bool {
    let got = run_dated(input);
    if got != expect {
        println!("input: {input:?}\n  got:    {got:?}\n  expect: {expect:?}");
    }
    got == expect
}

/// Report phrasings from many publishers and countries, every event type, with
/// date, participants, count, place and modality.
#[test]
fn report_phrasings_of_every_kind() {
    let cases: &[(&str, &[&str])] = &[
        // death_sentence
        (
            "On 12 March 2019 a military court sentenced Tariq Mehmood to death for blasphemy.",
            &["death_sentence 2019-03-12 Asserted Authority=military court Subject=Tariq Mehmood"],
        ),
        ("Courts handed down at least 250 death sentences in 2021.", &["death_sentence 2021 Asserted q=250+"]),
        ("Two brothers were condemned to death in May 2015.", &["death_sentence 2015-05 Asserted q=2"]),
        ("No death sentences were handed down in 2022.", &["death_sentence 2022 Negated"]),
        (
            "The judge could sentence the three defendants to death if they are found guilty.",
            &["death_sentence - Hypothetical q=3"],
        ),
        // execution
        ("Ali Reza Karimi was hanged on 3 May 2017.", &["execution 2017-05-03 Asserted Subject=Ali Reza Karimi"]),
        ("Authorities carried out 12 executions in 2019.", &["execution 2019 Asserted q=12"]),
        (
            "At least four executions were therefore carried out during 2003, and the true number is likely to be higher.",
            &["execution 2003 Asserted q=4+"],
        ),
        (
            "Three men convicted of drug trafficking were executed by firing squad in January 2020.",
            &["execution 2020-01 Asserted q=3"],
        ),
        ("The prisoner was reportedly executed in secret in 2023.", &["execution 2023 Hedged"]),
        ("No executions were carried out in 2021.", &["execution 2021 Negated"]),
        ("Iran put to death at least 500 people in 2022.", &["execution 2022 Asserted q=500+ @Iran"]),
        ("The method of execution is hanging.", &[]),
        ("The date of the hanging was not disclosed.", &[]),
        // commutation
        (
            "The president commuted all death sentences to life imprisonment in December 2019.",
            &["commutation 2019-12 Asserted"],
        ),
        (
            "In 2012 the Supreme Court commuted the death sentence of Joseph Mensah to life in prison.",
            &["commutation 2012 Asserted Authority=Supreme Court Subject=Joseph Mensah"],
        ),
        ("Activists urged the governor to commute the death sentences.", &["commutation - Planned"]),
        // moratorium
        ("The government extended the moratorium on executions in 2015.", &["moratorium 2015 Asserted"]),
        (
            "A de facto moratorium on executions has been in place since 1999.",
            &["moratorium 1999/ Asserted"],
        ),
        ("The minister called for a moratorium on the death penalty.", &[]),
        ("Parliament has not yet introduced a moratorium on executions.", &["moratorium - Negated"]),
        (
            "Executions stopped in June 2006 when the president declared a moratorium on the death penalty.",
            &["moratorium 2006-06 Asserted"],
        ),
        // abolition
        ("Parliament voted to abolish the death penalty in 2016.", &["abolition 2016 Asserted"]),
        (
            "The bill abolishing the death penalty was signed into law on 4 April 2019.",
            &["abolition 2019-04-04 Asserted"],
        ),
        ("Capital punishment was abolished for all crimes in 1998.", &["abolition 1998 Asserted"]),
        ("Lawmakers are considering a bill to abolish capital punishment.", &["abolition - Planned"]),
        ("The death penalty remains a concern.", &[]),
        ("The government announced plans to abolish the death penalty.", &["abolition - Planned"]),
        // constitutional_amendment
        (
            "A constitutional change in 2007 limited the death penalty to terrorism and wartime crimes.",
            &["constitutional_amendment 2007 Asserted"],
        ),
        (
            "The Constitution was amended in 2004 to restrict capital punishment to treason.",
            &["constitutional_amendment 2004 Asserted"],
        ),
        (
            "A constitutional reform adopted in 2011 narrowed the scope of the death penalty to two crimes.",
            &["constitutional_amendment 2011 Asserted"],
        ),
        ("The opposition proposed amendments to the Constitution.", &["constitutional_amendment - Planned"]),
        // law_adopted
        (
            "Parliament adopted a new law on freedom of assembly in March 2021.",
            &["law_adopted 2021-03 Asserted"],
        ),
        ("In 2020 the legislature passed legislation criminalising torture.", &["law_adopted 2020 Asserted"]),
        // treaty_signature
        (
            "The country signed the Convention on the Rights of the Child in 1990.",
            &["treaty_signature 1990 Asserted"],
        ),
        ("In 2013 the state became a signatory to the Arms Trade Treaty.", &["treaty_signature 2013 Asserted"]),
        // treaty_ratification
        ("The state acceded to the Convention against Torture in 1998.", &["treaty_ratification 1998 Asserted"]),
        (
            "Parliament ratified the Second Optional Protocol on 15 March 2021.",
            &["treaty_ratification 2021-03-15 Asserted"],
        ),
        ("The government has not ratified the Rome Statute.", &["treaty_ratification - Negated"]),
        ("The government intends to ratify the Convention against Torture.", &["treaty_ratification - Planned"]),
        // un_vote
        (
            "In December 2022 the country voted in favour of resolution 77/222 at the General Assembly.",
            &["un_vote 2022-12 Asserted"],
        ),
        (
            "In 2020 the delegation abstained on the UN resolution calling for a moratorium.",
            &["un_vote 2020 Asserted"],
        ),
        (
            "In 2018 the state voted against the General Assembly resolution on a moratorium.",
            &["un_vote 2018 Asserted"],
        ),
        (
            "Kazakhstan was among the 125 states that voted in favour of resolution 77/222 on 15 December 2022.",
            &["un_vote 2022-12-15 Asserted"],
        ),
        (
            "In 2022 Japan voted against resolution 77/222, while India abstained.",
            &["un_vote 2022 Asserted"],
        ),
        // "draft resolution" names the text voted on, not a plan
        (
            "On 8 November 2023 the Third Committee approved the draft resolution on a moratorium by a recorded vote.",
            &["un_vote 2023-11-08 Asserted Agent=Third Committee"],
        ),
        (
            "In 2021 the Cabinet approved a draft law to abolish the death penalty.",
            &["abolition 2021 Planned"],
        ),
        // A draft resolution outside a vote is still a plan.
        (
            "In 2020 the Cabinet approved a draft resolution abolishing the death penalty.",
            &["un_vote 2020 Planned", "abolition 2020 Planned"],
        ),
        // status_classification
        (
            "In 2015 the organisation classified Mongolia as abolitionist for all crimes.",
            &["status_classification 2015 Asserted"],
        ),
        (
            "In 2016 the group listed Nauru as abolitionist in practice.",
            &["status_classification 2016 Asserted"],
        ),
        // amnesty
        (
            "On 1 October 2019 the president declared an amnesty for 5,000 prisoners.",
            &["amnesty 2019-10-01 Asserted q=5000"],
        ),
        ("Amnesty International said that the trial was unfair.", &[]),
        // pardon_release
        (
            "President Amina Diallo pardoned 300 prisoners in 2023.",
            &["pardon_release 2023 Asserted Agent=Amina Diallo q=300"],
        ),
        (
            "Opposition leader Kofi Boateng was freed in May 2020 under an amnesty granted by President Jonas Mwale.",
            &["pardon_release 2020-05 Asserted Subject=Kofi Boateng Agent=Jonas Mwale"],
        ),
        (
            "Lawyer Nadia Karim asked President Omar Bashiri for clemency and was released in June 2019.",
            &["pardon_release 2019-06 Asserted Subject=Nadia Karim"],
        ),
        ("The journalist was released on bail on 5 May 2021.", &[]),
        ("Officials claimed that the prisoner had been released.", &["pardon_release - Reported"]),
        // arrest
        (
            "Police detained at least 30 protesters in the capital on 9 January 2022.",
            &["arrest 2022-01-09 Asserted q=30+"],
        ),
        (
            "Blogger Tolib Rashidov was arrested on 14 February 2020 on charges of extremism.",
            &["arrest 2020-02-14 Asserted Subject=Tolib Rashidov"],
        ),
        ("The editor was apparently detained by security officers in May 2022.", &["arrest 2022-05 Hedged"]),
        ("Activists fear they might be detained.", &["arrest - Hypothetical"]),
        // conviction
        (
            "In April 2018, Peter Obi was found guilty of fraud and sentenced to ten years in prison.",
            &["conviction 2018-04 Asserted Subject=Peter Obi"],
        ),
        (
            "A court convicted the rights defender Azam Turgunov of extortion in 2009.",
            &["conviction 2009 Asserted Authority=A court Subject=Azam Turgunov"],
        ),
        // trial
        (
            "The Supreme Court upheld the death sentence of Rahim Uddin in 2018.",
            &["trial 2018 Asserted Authority=Supreme Court Subject=Rahim Uddin"],
        ),
        (
            "The trial of 14 opposition activists began on 2 March 2021.",
            &["trial 2021-03-02 Asserted q=14"],
        ),
        (
            "His appeal was rejected by the High Court in October 2019.",
            &["trial 2019-10 Asserted Authority=High Court"],
        ),
        // death_in_custody
        (
            "Two detainees died in police custody in 2019, reportedly as a result of torture.",
            &["death_in_custody 2019 Asserted q=2"],
        ),
        ("Her father died of natural causes in 2010.", &[]),
        (
            "Rustam Aliyev died in custody in March 2021 after guards beat him.",
            &["death_in_custody 2021-03 Asserted Victim=Rustam Aliyev", "ill_treatment 2021-03 Asserted Victim=Rustam Aliyev"],
        ),
        (
            "Blogger Amir Sadeghi died in prison on 2 May 2020, two weeks after his arrest.",
            // The arrest, counted back from the death (session 39: gold of events-26 and
            // events-27 has such arrests).
            &["death_in_custody 2020-05-02 Asserted Victim=Amir Sadeghi", "arrest 2020-04-18 Asserted Subject=Amir Sadeghi"],
        ),
        // ill_treatment
        (
            "Omar Farouk was allegedly beaten by guards during interrogation in 2020.",
            &["ill_treatment 2020 Hedged Victim=Omar Farouk"],
        ),
        ("Detainees were routinely tortured to extract confessions.", &[]),
        // forcible_return
        (
            "Abdullah Nazari was extradited to Uzbekistan on 2 June 2014.",
            &["forcible_return 2014-06-02 Asserted Subject=Abdullah Nazari @Uzbekistan"],
        ),
        (
            "At least five asylum seekers were forcibly returned to China, and at least two of them were later tortured.",
            &["forcible_return - Asserted q=5+ @China", "ill_treatment - Asserted q=2+ @China"],
        ),
        // attack
        (
            "Unknown assailants set fire to the office of the newspaper on 3 April 2015.",
            &["attack 2015-04-03 Asserted"],
        ),
        (
            "Human rights defender Leila Ahmadi was assaulted outside her home in 2021.",
            &["attack 2021 Asserted Victim=Leila Ahmadi"],
        ),
        ("The journalist was beaten by unknown assailants in March 2023.", &["attack 2023-03 Asserted"]),
        // appointment
        (
            "In January 2020 the president appointed Maria Lopez as ombudsperson.",
            &["appointment 2020-01 Asserted Subject=Maria Lopez"],
        ),
        // repatriation
        (
            "In 2021 the government repatriated 37 children from camps in Syria.",
            &["repatriation 2021 Asserted q=37 @Syria"],
        ),
        (
            "Some 120 nationals were brought back home from Iraq in 2020.",
            &["repatriation 2020 Asserted q=120~ @Iraq"],
        ),
    ];
    let failed = cases
        .iter()
        .filter(|(input, expect)| !check_dated(input, expect))
        .count();
    assert_eq!(failed, 0, "{failed} of {} cases failed", cases.len());
}

/// Modality: negation, plans, hypotheses, reported claims, hedges; and sentences
/// that only mention a topic, which must give no asserted event.
#[test]
fn modality_and_topic_mentions() {
    let cases: &[(&str, &[&str])] = &[
        // negated
        (
            "Nobody has been executed in the country since 2005.",
            // The negation since a date tells the last execution (session 15).
            &["execution 2005/ Negated", "execution 2005 Asserted"],
        ),
        (
            "The authorities did not carry out any executions in 2020.",
            &["execution 2020 Negated"],
        ),
        (
            "The state has never ratified the Convention against Torture.",
            &["treaty_ratification - Negated"],
        ),
        (
            "The court refused to commute the death sentence in 2016.",
            &["commutation 2016 Negated Authority=The court"],
        ),
        // planned
        (
            "The president announced plans to introduce a moratorium on executions in 2025.",
            &["moratorium 2025 Planned"],
        ),
        (
            "The committee called on the state to abolish the death penalty.",
            &["abolition - Planned"],
        ),
        (
            "The government intends to accede to the Rome Statute.",
            &["treaty_ratification - Planned"],
        ),
        (
            "Rights groups urged the authorities to release the blogger.",
            &[],
        ),
        (
            "The new code, which would abolish capital punishment, is still under discussion.",
            &["abolition - Planned"],
        ),
        (
            "The minister pledged to ratify the Optional Protocol by 2026.",
            &["treaty_ratification 2026 Planned"],
        ),
        // hypothetical
        (
            "If found guilty, the four activists could be sentenced to death.",
            &["death_sentence - Hypothetical q=4"],
        ),
        (
            "Refugees face torture if they are deported to Syria.",
            &["forcible_return - Hypothetical @Syria"],
        ),
        // reported
        (
            "Officials claimed that all detainees had been released.",
            &["pardon_release - Reported"],
        ),
        (
            "The governor was quoted as saying that no executions had taken place.",
            &["execution - Negated"],
        ),
        (
            "According to the prosecutor, the suspect was arrested in Kenya in 2018.",
            &["arrest 2018 Reported @Kenya"],
        ),
        (
            "The ministry said that 15 prisoners were pardoned in April 2021.",
            &["pardon_release 2021-04 Reported q=15"],
        ),
        (
            "Courts imposed 250 death sentences in 2021, according to the commission.",
            &["death_sentence 2021 Hedged q=250"],
        ),
        // hedged
        (
            "Five protesters were reportedly killed and dozens allegedly beaten in custody.",
            &["ill_treatment - Hedged"],
        ),
        (
            "The journalist was apparently tortured in detention in 2019.",
            &["ill_treatment 2019 Hedged"],
        ),
        (
            "Two men were allegedly executed in secret in 2021.",
            &["execution 2021 Hedged q=2"],
        ),
        (
            "We call on all states to ratify the Convention against Torture.",
            &["treaty_ratification - Planned"],
        ),
        (
            "The country signed the Protocol in 2001 and ratified it in 2004.",
            &[
                "treaty_signature 2001 Asserted",
                "treaty_ratification 2004 Asserted",
            ],
        ),
        // topic mentions, not events
        ("Several people remain on death row.", &[]),
        ("Courts frequently imposed death sentences after unfair trials.", &[]),
        ("Those arrested were held incommunicado for weeks.", &[]),
        ("Anyone arrested must be brought before a judge within 48 hours.", &["arrest - Hypothetical"]),
        ("Torture in pre-trial detention remained widespread.", &[]),
        (
            "The minister spoke of promoting human rights and calling for the abolition of the death penalty.",
            &["abolition - Planned"],
        ),
        ("The crisis brought home the need for action.", &[]),
        ("A stimulus package of two billion dollars has been released.", &[]),
        ("The global abolition of the death penalty remains our goal.", &[]),
        (
            "Debate over constitutional amendments dominated the session.",
            &[],
        ),
        ("The vote ratified the party's position on the border.", &[]),
        ("The death penalty remains a concern.", &[]),
        ("The method of execution is hanging.", &[]),
        (
            "Calls for a moratorium on executions have grown louder.",
            &[],
        ),
        ("Debate over abolition continues in parliament.", &[]),
        (
            "The report examines torture and ill-treatment in places of detention.",
            &[],
        ),
        ("Executions continue to be carried out in secret.", &[]),
        (
            "Death sentences are routinely handed down for drug offences.",
            &[],
        ),
        (
            "Amnesty International has documented the use of the death penalty for decades.",
            &[],
        ),
    ];
    let failed = cases
        .iter()
        .filter(|(input, expect)| !check_dated(input, expect))
        .count();
    assert_eq!(failed, 0, "{failed} of {} cases failed", cases.len());
}

/// More wordings seen in NGO, UN and government reports.
#[test]
fn common_phrasings_across_publishers() {
    let cases: &[(&str, &[&str])] = &[
        (
            "On 5 April 2021, the Northern Regional Court convicted blogger Ivan Petrov.",
            &["conviction Asserted Authority=Northern Regional Court Subject=Ivan Petrov"],
        ),
        (
            "On 15 October 2020 the court sentenced her to another three years in jail.",
            &["conviction Asserted Authority=the court"],
        ),
        (
            "In May 2019 a court found the journalist guilty of libel.",
            &["conviction Asserted Authority=a court"],
        ),
        ("He was handed a six-year term on 2 March 2018.", &["conviction Asserted"]),
        ("Three men were put to death in 2007.", &["execution Asserted q=3"]),
        ("In 2018, there were at least 249 executions.", &["execution Asserted q=249"]),
        ("The executions of juvenile offenders continue.", &[]),
        ("Executions were paused in Freedonia from 2003.", &["moratorium Asserted"]),
        ("The moratorium that has been in place since 1998 holds.", &["moratorium Asserted"]),
        ("The new criminal code entered into force on 1 July 2016.", &["law_adopted Asserted"]),
        ("In September 2023, the president signed a decree on the courts.", &["law_adopted Asserted"]),
        ("The law was repealed in 2009.", &["law_adopted Asserted"]),
        (
            "On 18 December 2007, the General Assembly voted 104 to 54 in favour of the resolution.",
            &["un_vote Asserted Agent=General Assembly"],
        ),
        (
            "In 2018, there were at least 249 executions, at least 273 in 2019.",
            &["execution Asserted q=249", "execution Asserted q=273"],
        ),
        (
            "The appeal of the two men was heard in March. JUDGMENT of the Court Delivered on \
             27 June 2018 by the President and the Justices of Appeal.",
            &["trial Asserted Authority=the Court"],
        ),
        ("The government decided to delay the vote.", &[]),
        (
            "The amendments, passed by Parliament on 17 February 2013, permit appeals.",
            &["law_adopted Asserted"],
        ),
        (
            "On 5 February 2013 the tribunal sentenced Ivan Petrov, a senior member of the party, to life imprisonment.",
            &["conviction Asserted Subject=Ivan Petrov"],
        ),
        (
            "On 21 February 2012 Ivan Petrov was convicted of murder and sentenced to death.",
            &["conviction Asserted Subject=Ivan Petrov", "death_sentence Asserted Subject=Ivan Petrov"],
        ),
        (
            "In 1997, Freedonia signed, but did not ratify, Protocol 6.",
            &["treaty_signature Asserted", "treaty_ratification Negated"],
        ),
        (
            "The president pledged a moratorium on executions on 14 January 2010.",
            &["moratorium Asserted"],
        ),
        // A participle qualifying a noun is no event of its own.
        (
            "Eleven men convicted after unfair trials were executed in December 2010.",
            &["execution Asserted"],
        ),
        (
            "Seven leaders arrested in 2008 were sentenced in August 2010 to 20 years in prison.",
            &["conviction Asserted q=7"],
        ),
        // Planned, not done: the infinitive and an adverb before it.
        ("A decision to ratify Protocol 6 in December is unrealistic.", &["treaty_ratification Planned"]),
        ("The state is poised to completely abolish the death penalty.", &["abolition Planned"]),
        (
            "China executed at least 500 people in 2008, compared with 20 in Iraq.",
            &["execution Asserted q=500 @China"],
        ),
        ("Freedonia: Abolish the death penalty now", &["abolition Planned"]),
        ("Capital punishment in Freedonia was abolished for all crimes in 2021.", &["abolition Asserted"]),
        ("Despite the moratorium, people are still being sentenced to death.", &[]),
        ("Little is known of the number of executions carried out in 2009.", &[]),
        // An undated present-tense passive states the practice.
        ("Executions are carried out by hanging.", &[]),
        ("When a person is convicted of murder, the sentence is death.", &[]),
        // Undated asserted ratification: background, not an event.
        ("The state ratified the Convention against Torture.", &[]),
    ];
    let failed = cases
        .iter()
        .filter(|(input, expect)| !check_events(input, expect))
        .count();
    assert_eq!(failed, 0, "{failed} of {} cases failed", cases.len());
}

/// Session 4's classes: amnesties declared on a date, dated sentencing
/// participles, firing on crowds and deaths in raids, deaths awaiting deportation,
/// "sentenced on DATE", laws named by what they do, quoted titles in gaps, and
/// assaults by officials (ill-treatment, not an attack).
#[test]
fn wordings_of_annual_reports_across_publishers() {
    let cases: &[(&str, &[&str])] = &[
        (
            "Several detainees had their terms cut under an amnesty proclaimed by the king on 2 June 2011.",
            &["amnesty 2011-06-02 Asserted"],
        ),
        // The date is the release's: the amnesty is its background.
        (
            "Omar Said was released from prison on 3 March 2011 under an amnesty announced by the king.",
            &["pardon_release 2011-03-03 Asserted Subject=Omar Said"],
        ),
        (
            "Pavel Orlov, a union leader sentenced to four years' imprisonment on 12 November 2007, had his term cut in 2008.",
            &["conviction 2007-11-12 Asserted Subject=Pavel Orlov"],
        ),
        // A year or a month does not free the participle; nor a crime's date.
        ("Two leaders arrested in 2008 were sentenced in 2009 to long terms.", &["conviction 2009 Asserted q=2"]),
        (
            "Karim Nasser, convicted of killing a guard on 4 May 1999, was hanged in 2003.",
            &["execution 2003 Asserted"],
        ),
        (
            "On 3 June 2009 the police fired indiscriminately into the crowd.",
            &["attack 2009-06-03 Asserted"],
        ),
        (
            "On 8 May 2012, two men were killed when soldiers raided a farm near the border.",
            &["attack 2012-05-08 Asserted q=2"],
        ),
        ("Four Moldovan nationals died awaiting deportation in 2014.", &["death_in_custody 2014 Asserted q=4"]),
        (
            "Lena Markova, head of a local rights group, was sentenced on 14 October 2008.",
            &["conviction 2008-10-14 Asserted Subject=Lena Markova"],
        ),
        (
            "A law banning the use of restraints on pregnant prisoners was passed in Ohio in March 2013.",
            &["law_adopted 2013-03 Asserted"],
        ),
        (
            "On 2 August 2010, Decree No. 14 \u{201c}On the registration of religious groups and associations\u{201d} came into effect.",
            &["law_adopted 2010-08-02 Asserted"],
        ),
        (
            "In May 2012 inmates told relatives that they had been assaulted by prison guards.",
            &["ill_treatment /2012-05 Asserted"],
        ),
        ("In May 2012 masked men assaulted a reporter in the street.", &["attack 2012-05 Asserted"]),
        (
            "Dozens of death sentences were believed to have been passed in 2005.",
            &["death_sentence 2005 Hedged"],
        ),
        // A running total since a year is no event of that year.
        ("By 2012 the state accounted for 210 of the 900 executions since 1977.", &[]),
        (
            "His death brought to six the number of detainees who have died in the camp since March 2003.",
            &[],
        ),
        (
            "In August 2010, Farid Osmani was said to have died after he was beaten in custody.",
            &["death_in_custody 2010-08 Asserted", "ill_treatment 2010-08 Asserted"],
        ),
        (
            "In May 2006 she was released after an appeal court commuted her prison term to a suspended sentence.",
            &["pardon_release 2006-05 Asserted", "commutation 2006-05 Asserted Authority=appeal court"],
        ),
        (
            "Oleg Zhuk, a member of the candidate\u{2019}s campaign team, was released on 15 April 2012.",
            &["pardon_release 2012-04-15 Asserted Subject=Oleg Zhuk"],
        ),
    ];
    let failed = cases
        .iter()
        .filter(|(input, expect)| !check_dated(input, expect))
        .count();
    assert_eq!(failed, 0, "{failed} of {} cases failed", cases.len());
}

#[test]
fn an_apposition_is_free_in_a_gap() {
    assert_eq!(gap_words("Ivan Petrov, a senior member of the party, "), 2);
    // A run of capitalised words is one name, its links ("and", "of") included.
    assert_eq!(gap_words("Ivan Petrov and his lawyer "), 4);
    assert_eq!(gap_words("a new Press and Publications "), 3);
    assert_eq!(gap_words("the Law on Mass Media of "), 3);
    // An apposition never closed counts in full.
    assert_eq!(gap_words("him, as the court said "), 5);
}

#[test]
fn complaints_cases_and_seats_in_un_bodies() {
    // A complaint tells someone's account: reported, not on the timeline.
    assert_eq!(
        run("Her lawyer was dismissed in May after she complained officially that he had been tortured in custody."),
        vec!["ill_treatment Reported"],
    );
    // "cases where ..." describes a kind of case, not one that happened.
    assert!(
        run("Several cases where innocent men were sentenced to death drew public criticism.")
            .iter()
            .all(|e| !e.contains("Asserted")),
    );
    // A state's seat on a UN body is no appointment; a person's election is.
    assert_eq!(
        run("In April, Freedonia was elected to the UN Commission on Population."),
        Vec::<String>::new(),
    );
    assert_eq!(
        run("In April, Ivan Petrov was elected chairman of the party."),
        vec!["appointment Asserted Subject=Ivan Petrov"],
    );
    // Blows in an attack by a private group are the attack, not ill-treatment.
    assert_eq!(
        run("In May Ivan Petrov was attacked by a group of men who broke into his flat and beat him."),
        vec!["attack Asserted Victim=Ivan Petrov"],
    );
}

#[test]
fn page_furniture_yields_no_events() {
    let text = "Death penalty map, 2021\n  Abolished for all offences\n  Retains death penalty\n  \
                Abolitionist in practice\n\nContents\n1. Executions carried out in 2003 ......... 4\n\
                Home | Countries | Freedonia\n\
                Abolitionist for all crimes: Albania, Andorra, Angola, Argentina, Armenia, Australia.\n\n\
                Freedonia abolished the death penalty in 1999.\n";
    assert_eq!(run(text), vec!["abolition Asserted"]);
}

#[test]
fn profile_boxes_and_neighbouring_chapters_yield_no_events() {
    // A chapter cut from an annual report: the end of the previous chapter, the
    // chapter's heading and profile box, its prose, the start of the next one.
    let text = "Annual Report 2011\n\n\
                The tribunal convicted three men of sedition in May 2010.\n\n\
                RURITANIA\nREPUBLIC OF RURITANIA\n\
                Head of state: Anna Berg (replaced Otto Lind in March 2010)\n\
                Death penalty: retentionist International Criminal Court: ratified \
                Repression grew.\n\n\
                Ruritania executed two men in June 2010. The authorities executed \
                Ivan Horak on 3 August 2010 after an unfair trial. Human rights \
                defenders were harassed throughout the year and several lost their \
                jobs; others left the country.\n\n\
                VALDONIA\nKINGDOM OF VALDONIA\nHead of state: King Karl\n\n\
                The king pardoned 20 prisoners in July 2010.\n";
    assert_eq!(
        run(text),
        vec![
            "appointment Asserted Agent=Anna Berg",
            "execution Asserted q=2",
            "execution Asserted Subject=Ivan Horak",
        ],
    );
}

#[test]
fn a_neighbouring_column_between_heading_and_box_yields_no_events() {
    // A two-column page: the chapter's heading, then the previous chapter's last
    // column (a section heading, dated paragraphs, a tally under its heading) around
    // this chapter's summary (several sentences, no month or day), then the box.
    let text = "Annual Report 2011\n\n\
                RURITANIA\n\n\
                Land rights\n\n\
                Two men were executed in 2010. Critics of the government were harassed \
                and several lost their jobs.\n\n\
                Soldiers opened fire on protesters in the Northern Hills on 4 March 2010, \
                killing three.\n\n\
                Death penalty\nAt least 40 people were sentenced to death in 2010.\n\n\
                REPUBLIC OF RURITANIA\nHead of state: Anna Berg\n\n\
                The authorities executed Ivan Horak on 3 August 2010 after an unfair trial.\n";
    assert_eq!(
        run(text),
        vec![
            "execution Asserted q=2",
            "execution Asserted Subject=Ivan Horak",
        ],
    );
    // A paragraph there that names the chapter's country stays.
    let named = text.replace("in the Northern Hills", "in Ruritania");
    assert!(run(&named).iter().any(|e| e.starts_with("attack")));
}

#[test]
fn dates_belong_to_the_clause_they_close() {
    let cases: &[(&str, &[&str])] = &[
        (
            "Leo Brandt was arrested in 2020 and held until he was convicted in July 2023 and sentenced to eight years in prison.",
            &["arrest 2020 Asserted Subject=Leo Brandt", "conviction 2023-07 Asserted Subject=Leo Brandt"],
        ),
        (
            "After 2006, no executions took place until June 2013, when four prisoners were hanged.",
            &["execution /2013-06 Negated", "execution 2013-06 Asserted q=4"],
        ),
        (
            "The last execution took place on 28 February 2024, when Ahmed Karimi, a foreign national, was hanged for the murder of his employer in 2018.",
            &["execution 2024-02-28 Asserted Subject=Ahmed Karimi"],
        ),
        (
            "Between 6 August 2013, and 30 June 2016, the authorities executed 429 people.",
            &["execution 2013-08-06/2016-06-30 Asserted q=429"],
        ),
    ];
    assert_dated_cases(cases);
}

/// Written for this test (no corpus text): news ledes whose second sentence
/// refers back, reported speech, clauses the event came before.
#[test]
fn referring_subjects_reported_speech_and_before_clauses() {
    let cases: &[(&[&str], &str, &[&str])] = &[
        // The second sentence's subject refers back: same kind, that date and people.
        (
            &[
                "The authorities executed a man convicted of smuggling heroin on Thursday.",
                "The man, Tomas Welk, 41, was hanged at dawn in the central prison.",
            ],
            " ",
            &["execution 2024-05-30 Asserted", "execution 2024-05-30 Asserted Subject=Tomas Welk"],
        ),
        (
            &[
                "A court in the capital sentenced Mara Lind to death on 3 March 2024.",
                "She was sentenced to death in a closed hearing.",
            ],
            "\n\n",
            &[
                "death_sentence 2024-03-03 Asserted Authority=A court Subject=Mara Lind",
                "death_sentence 2024-03-03 Asserted Subject=Mara Lind",
            ],
        ),
        (
            &["Two brothers were hanged on 12 May 2024.", "The 29-year-old was hanged first."],
            " ",
            &["execution 2024-05-12 Asserted q=2", "execution 2024-05-12 Asserted"],
        ),
        // Another kind, the past perfect, or a subject that is no referring one:
        // nothing carried.
        (
            &["Police arrested a blogger on 5 May 2024.", "He was beaten in custody."],
            " ",
            &["arrest 2024-05-05 Asserted", "ill_treatment - Asserted"],
        ),
        (
            &["Iran hanged a man on 2 May 2024.", "He had been hanged in effigy before."],
            " ",
            &["execution 2024-05-02 Asserted @Iran", "execution - Asserted"],
        ),
        (
            &["Iran hanged a man on 2 May 2024.", "Another prisoner was hanged at dawn."],
            " ",
            &["execution 2024-05-02 Asserted @Iran", "execution - Asserted"],
        ),
        // A date before the "that" of a verb of saying dates the saying.
        (
            &["The activist said in November 2023 that he had been tortured in detention."],
            " ",
            &["ill_treatment /2023-11 Asserted"],
        ),
        (
            &["In August 2023 the panel concluded that the editor had been arbitrarily detained."],
            " ",
            &["arrest /2023-08 Asserted"],
        ),
        (
            &["He told reporters on 4 May 2024 that he was beaten on 2 April 2024."],
            " ",
            &["ill_treatment 2024-04-02 Asserted"],
        ),
        // A clause the event came before.
        (
            &["Prior to being moved to the capital in 2021, he had been held in secret and beaten."],
            " ",
            &["ill_treatment /2021 Asserted"],
        ),
        (
            &["He was beaten in custody before being moved to the capital in 2021."],
            " ",
            &["ill_treatment /2021 Asserted"],
        ),
        (&["He was beaten before dawn on 3 May 2021."], " ", &["ill_treatment 2021-05-03 Asserted"]),
        // A monitor named before "said that" is a record (hedged, shown); a
        // party's word stays reported.
        (
            &["Rights activists have said that at least six people were executed in 2019."],
            " ",
            &["execution 2019 Hedged q=6+"],
        ),
        (
            &["The prosecutor said that at least six people were executed in 2019."],
            " ",
            &["execution 2019 Reported q=6+"],
        ),
        // "according to" inside a relative clause vouches for that clause.
        (
            &["Dozens were sentenced after the March 2004 bombings in Rivertown that, according to officials, were a plot."],
            " ",
            &["attack 2004-03 Asserted"],
        ),
    ];
    let mut failed = 0;
    for (sentences, joint, expect) in cases {
        let text = sentences.join(joint);
        let got = run_dated(&text);
        if got != *expect {
            failed += 1;
            eprintln!("input: {text:?}\n  got:    {got:?}\n  expect: {expect:?}");
        }
    }
    assert_eq!(failed, 0, "{failed} of {} cases failed", cases.len());
}

#[test]
fn restatements_properties_and_proposals_are_no_events() {
    let cases: &[(&str, &[&str])] = &[
        // A demonstrative names an event told before.
        ("These executions took place despite appeals from abroad.", &[]),
        // A treaty that abolishes the death penalty is not an abolition.
        (
            "The moratorium stays until parliament ratifies a protocol abolishing the death penalty.",
            &[],
        ),
        ("I suggest commuting the death sentence to life imprisonment.", &["commutation - Planned"]),
        ("A person who is lawfully detained under the Prisons Act may appeal.", &[]),
        (
            "In 2021 the report named officials who are convicted of corruption as a group at risk.",
            &[],
        ),
        ("Freedonia is one of the few countries that still carry out public executions.", &[]),
        (
            "Paul Weber was freed from prison in May 2003; he had been beaten in detention.",
            &["pardon_release 2003-05 Asserted Subject=Paul Weber", "ill_treatment - Asserted"],
        ),
        (
            "The only man to reach the square on the day of the protest was released on 8 August 2012.",
            &["pardon_release 2012-08-08 Asserted"],
        ),
        (
            "Both men alleged that they were beaten in custody in May 2019.",
            &["ill_treatment 2019-05 Hedged"],
        ),
        (
            "In February Omar Haddad pleaded guilty to offences under the 2009 Military Commissions Act.",
            &["conviction 2024-02 Asserted Subject=Omar Haddad"],
        ),
        (
            "Omar Haddad was sentenced in absentia to life imprisonment in October 2018 over a grenade attack on a rally.",
            &["conviction 2018-10 Asserted Subject=Omar Haddad"],
        ),
        (
            "Five men were convicted in March 2004 for their roles in the fatal attack on a shop.",
            &["conviction 2004-03 Asserted q=5"],
        ),
        (
            "Police detained the couple on 5 February 1999 and humiliated them.",
            &["arrest 1999-02-05 Asserted", "ill_treatment 1999-02-05 Asserted"],
        ),
        (
            "On 3 May 2011 the appellant, Tom Reyes, was convicted of the robbery of a bank and sentenced to death.",
            &[
                "conviction 2011-05-03 Asserted Subject=Tom Reyes",
                "death_sentence 2011-05-03 Asserted Subject=Tom Reyes",
            ],
        ),
        (
            "He was hanged in 2009 for a murder committed on 6 October 1990.",
            &["execution 2009 Asserted", "attack 1990-10-06 Asserted"],
        ),
        (
            "The case was brought before the Court on 25 January 2001.",
            &["trial 2001-01-25 Asserted Authority=the Court"],
        ),
    ];
    assert_dated_cases(cases);
}

/// Dates and words that belong to something else in the sentence: an object's
/// year, an apposition's participle, a quoted charge, a year before "for".
#[test]
fn dates_and_words_of_other_things_make_no_event() {
    let cases: &[(&str, &[&str])] = &[
        // The year names the conviction overturned, not the ruling.
        (
            "In March a federal appeals court overturned the 2008 conviction of Ali Haddad.",
            &["trial 2024-03 Asserted Authority=appeals court Subject=Ali Haddad"],
        ),
        // The apposition's date is the arrest's, not the sentence's.
        (
            "The blogger Samir Nouri, arrested in May 2009, was sentenced to ten years in prison.",
            &[
                "arrest 2009-05 Asserted Subject=Samir Nouri",
                "conviction - Asserted Subject=Samir Nouri",
            ],
        ),
        // A quoted charge tells no execution.
        (
            "He was convicted in June 2004 of \u{201c}fraud executed on a large scale\u{201d}.",
            &["conviction 2004-06 Asserted"],
        ),
        (
            "She was charged with \"plotting the execution of officials\" in May 2010.",
            &["arrest 2010-05 Asserted"],
        ),
        // A plural name of people after a count: the participle qualifies them.
        (
            "In June 2011, five Baluchis convicted for their ties to armed groups were executed.",
            &["execution 2011-06 Asserted q=5"],
        ),
        // The date of a participle that qualifies the people is theirs. (The story is
        // of 1 June 2024 and tells the sentence in the past: the September before.)
        (
            "In September, three farmers held since June 2009 were sentenced to death.",
            &["death_sentence 2023-09 Asserted"],
        ),
        (
            "In March 2012, two journalists detained in 2010 were tried in Aden.",
            &["trial 2012-03 Asserted q=2"],
        ),
        // A curly apostrophe ends a word like a straight one.
        (
            "On 10 May 2006 Ivan Petrov was sentenced to two years\u{2019} corrective labour.",
            &["conviction 2006-05-10 Asserted Subject=Ivan Petrov"],
        ),
        // A risk is no event; a practice ("sometimes") is none either.
        (
            "The courts refused to send back refugees who risked being tortured at home.",
            &["ill_treatment - Hypothetical"],
        ),
        (
            "Guards in the remand centres sometimes beat detainees to obtain confessions.",
            &[],
        ),
        // A year before "for" counts nothing: the execution was only set.
        (
            "A warrant was issued in April 1991 for execution on 3 May.",
            &[],
        ),
    ];
    assert_dated_cases(cases);
}

#[test]
fn world_wide_tallies_have_no_place_and_un_votes_need_the_un() {
    assert_eq!(
        run("Freedonia said that at least 2,390 people were executed in 25 countries in 2008."),
        vec!["execution Reported q=2390"],
    );
    assert!(run(
        "On 10 March the European Parliament adopted a resolution condemning the arrests."
    )
    .is_empty());
    assert!(run("In June the coroner's inquest returned a verdict of lawful killing.").is_empty());
}

#[test]
fn more_report_wordings() {
    let cases: &[(&str, &[&str])] = &[
        ("Singapore hanged Samir Rahman on 26 April 2023.", &["execution 2023-04-26 Asserted Subject=Samir Rahman @Singapore"]),
        ("The detainee hanged himself in his cell in 2017.", &["death_in_custody 2017 Asserted"]),
        (
            "Farid Nasser received a death sentence in 2011 for drug smuggling.",
            &["death_sentence 2011 Asserted Subject=Farid Nasser"],
        ),
        ("Security forces rounded up about 200 people on 1 May 2019.", &["arrest 2019-05-01 Asserted q=200~"]),
        (
            "Blogger Hoang Minh Tuan was jailed for eight years in 2018.",
            &["conviction 2018 Asserted Subject=Hoang Minh Tuan"],
        ),
        ("A prisoner was found dead in his cell on 4 July 2016.", &["death_in_custody 2016-07-04 Asserted"]),
        (
            "Five Uyghur men were handed over to the Chinese authorities in 2015.",
            &["forcible_return 2015 Asserted q=5"],
        ),
        (
            "Journalist Maria Ruiz was shot dead by unknown gunmen in 2020.",
            &["attack 2020 Asserted Victim=Maria Ruiz"],
        ),
        (
            "In 2007 the country voted in favour at the General Assembly.",
            &["un_vote 2007 Asserted"],
        ),
        (
            "Tunisia became a party to the Convention against Torture in 1988.",
            &["treaty_ratification 1988 Asserted"],
        ),
        (
            "The new media law entered into force on 1 January 2020.",
            &["law_adopted 2020-01-01 Asserted"],
        ),
        ("Executions, when they took place, were carried out by firing squad.", &[]),
        ("- 1993: Congress reinstates capital punishment for heinous crimes.", &["law_adopted 1993 Asserted"]),
        (
            "- 2017: The House approves a bill to reintroduce the death penalty.",
            &["law_adopted 2017 Planned"],
        ),
        (
            "- 1999: Leo Ramos is executed by lethal injection.\n- 2007: The country ratifies the Second Optional Protocol.",
            &["execution 1999 Asserted Subject=Leo Ramos", "treaty_ratification 2007 Asserted"],
        ),
        (
            "2006 – President Ana Cruz signs the law abolishing the death penalty; 1,230 death sentences are commuted to life imprisonment.",
            &[
                "abolition 2006 Asserted Agent=Ana Cruz",
                "commutation 2006 Asserted q=1230",
            ],
        ),
        (
            "The president halted executions on 17 December 2003. Some 40 prisoners later had their sentences changed to life imprisonment.",
            &["moratorium 2003-12-17 Asserted", "commutation 2003-12-17/ Asserted q=40~"],
        ),
        (
            "In 2015 the Penal Code was amended to remove the death penalty for seven offences.",
            &["law_adopted 2015 Asserted"],
        ),
        (
            "In 2010 parliament abolished the death penalty for drug offences.",
            &["law_adopted 2010 Asserted"],
        ),
        (
            "The government had accepted recommendations to consider ratifying the Optional Protocol.",
            &["treaty_ratification - Planned"],
        ),
        (
            "In May the Supreme Court upheld the death sentence of Pavel Orlov, who had been convicted of murder in January 2019.",
            &["trial 2024-05 Asserted Authority=Supreme Court Subject=Pavel Orlov", "conviction 2019-01 Asserted"],
        ),
        (
            "In December 2017 the Supreme Court ruled that the mandatory death sentence was unconstitutional.",
            &["trial 2017-12 Asserted Authority=Supreme Court"],
        ),
        (
            "The appeals court quashed the conviction of Tomas Rivera in 2015.",
            &["trial 2015 Asserted Authority=appeals court Subject=Tomas Rivera"],
        ),
        (
            "The last executions took place in 1987, when two officers were hanged for their role in the 1982 coup attempt.",
            &["execution 1987 Asserted q=2"],
        ),
        // A date before a verb of reaction dates the reaction, not the event it names.
        (
            "Amnesty International on 3 May 2019 condemned the execution of two men in Freedonia on 28 April 2019.",
            &["execution 2019-04-28 Asserted q=2"],
        ),
        ("Freedonia last carried out an execution in 1997.", &["execution 1997 Asserted"]),
        // A relative clause on the signed law takes the signing's date.
        (
            "On 12 March 2023 the President signed the Criminal Code (Amendment) Act No. 9 of 2023, which abolishes the death penalty.",
            &["abolition 2023-03-12 Asserted"],
        ),
        // The year that ends a law's name does not date the act.
        (
            "On 23 December 2022 the President assented to the Penal Code (Amendment) Act No. 25 of 2022, which abolishes the death penalty.",
            &["abolition 2022-12-23 Asserted"],
        ),
        (
            "The authorities put Omar Vance to death in January 2024.",
            &["execution 2024-01 Asserted Subject=Omar Vance"],
        ),
        (
            "Ruritania became the first country to execute a prisoner by nitrogen gas in 2024.",
            &["execution 2024 Asserted"],
        ),
        // An ordinal in figures and an adjective before the noun; an adverb after the vote.
        (
            "In 2021 Ruritania became the 23rd African country to abolish the death penalty.",
            &["abolition 2021 Asserted"],
        ),
        (
            "On 23 July 2021, the Parliament of Ruritania voted unanimously to abolish the death penalty for all crimes.",
            &["abolition 2021-07-23 Asserted Agent=Parliament of Ruritania"],
        ),
        // Still a plan: no ordinal before the noun.
        (
            "In 2021 Ruritania became a country to abolish the death penalty soon, a minister hoped.",
            &["abolition 2021 Planned"],
        ),
        // The year names the crime; the conviction shares the sentence's date.
        (
            "Omar Vance was convicted of the 1991 rape and murder of a neighbour and sentenced to death in 1996.",
            &["conviction 1996 Asserted Subject=Omar Vance", "death_sentence 1996 Asserted Subject=Omar Vance"],
        ),
        // The court that acted may stand between the second predicate and the date.
        (
            "Omar Vance was convicted of trafficking heroin and was sentenced to death by the High Court on 30 January 2018.",
            &[
                "conviction 2018-01-30 Asserted Subject=Omar Vance Authority=High Court",
                "death_sentence 2018-01-30 Asserted Subject=Omar Vance Authority=High Court",
            ],
        ),
        (
            "Dozens of students were arrested during the 2011 protests.",
            &["arrest 2011 Asserted"],
        ),
        (
            "In June 2022, the government repatriated 27 Kenyan women from Saudi Arabia.",
            &["repatriation 2022-06 Asserted q=27 @Saudi Arabia"],
        ),
        (
            "Iranian authorities executed at least 582 people in 2022, the group said.",
            &["execution 2022 Asserted q=582+"],
        ),
        (
            "Reza Tavakoli, 23, was hanged on 8 December 2022 after an unfair trial.",
            &["execution 2022-12-08 Asserted Subject=Reza Tavakoli"],
        ),
        (
            "Four days later Majid Rahimi was publicly executed in Iran.",
            &["execution - Asserted Subject=Majid Rahimi @Iran"],
        ),
        (
            "The protests followed the death in custody of Leyla Amiri on 16 September 2022.",
            &["death_in_custody 2022-09-16 Asserted Victim=Leyla Amiri"],
        ),
        (
            "In December 2022, Iran voted against the UN General Assembly resolution on a moratorium.",
            &["un_vote 2022-12 Asserted"],
        ),
        (
            "The group calls on the authorities to establish an official moratorium on executions with a view to abolishing the death penalty.",
            &["moratorium - Planned", "abolition - Planned"],
        ),
        (
            "Opposition politician Ivan Petrov was arrested on 24 March 2019 and sentenced to five days' detention.",
            &["arrest 2019-03-24 Asserted Subject=Ivan Petrov", "conviction 2019-03-24 Asserted Subject=Ivan Petrov"],
        ),
        (
            "Omar Haddad and Sami Nasser were executed in secret in June 2019.",
            &["execution 2019-06 Asserted Subject=Sami Nasser Subject=Omar Haddad"],
        ),
        (
            "Saudi Arabia executed 81 men in a single day in March 2022.",
            &["execution 2022-03 Asserted q=81 @Saudi Arabia"],
        ),
        (
            "Police shot dead at least 12 protesters in 2021.",
            &["attack 2021 Asserted q=12+"],
        ),
        (
            "On 5 October 2021 the High Court commuted the death sentences of 20 prisoners.",
            &["commutation 2021-10-05 Asserted Authority=High Court q=20"],
        ),
        (
            "Hamid Karimi was released on 3 March 2020 after serving his sentence.",
            &["pardon_release 2020-03-03 Asserted Subject=Hamid Karimi"],
        ),
        (
            "The king pardoned Karim Haddad, a journalist, in July 2019.",
            &["pardon_release 2019-07 Asserted Subject=Karim Haddad"],
        ),
        (
            "Mongolia abolished the death penalty in 2017 and ratified the Second Optional Protocol in 2012.",
            &["abolition 2017 Asserted", "treaty_ratification 2012 Asserted"],
        ),
    ];
    let failed = cases
        .iter()
        .filter(|(input, expect)| !check_dated(input, expect))
        .count();
    assert_eq!(failed, 0, "{failed} of {} cases failed", cases.len());
}

/// Hard-wrapped text (PDF, Markdown) matches like running text.
#[test]
fn phrases_match_across_line_wraps() {
    let cases: &[(&str, &[&str])] = &[
        (
            "The last executions took place in 2003, when nine prisoners were\nshot by firing squad.",
            &["execution 2003 Asserted q=9"],
        ),
        (
            "In 2012 the Supreme Court commuted the death\nsentence of Joseph Mensah to life.",
            &["commutation 2012 Asserted Authority=Supreme Court Subject=Joseph Mensah"],
        ),
    ];
    let failed = cases
        .iter()
        .filter(|(input, expect)| !check_dated(input, expect))
        .count();
    assert_eq!(failed, 0, "{failed} of {} cases failed", cases.len());
}

/// Odd text around triggers never panics (multi-byte characters at every edge).
#[test]
fn odd_text_never_panics() {
    let pieces = [
        "sentenced to 死刑",
        "Ωmar Ωmarov, 23, was hanged",
        "«executed» at least ½ people",
        "two of 彼ら were tortured",
        "abolished the death penalty for every offençe",
        "Head of state: Ünal Çelik\nDeath penalty: retentionist",
        "## 2007 amendment ✓",
        "was arrested and",
        "the 1982 ",
        "limited the death penalty to: ",
        ", according to",
        "of them",
        "sentenced to \u{2028}",
        "45 executions \u{2022}\u{2022} 2012",
        "",
    ];
    for a in pieces {
        for b in pieces {
            let text = format!("{a} {b}. {b}\n{a}");
            for cut in (0..text.len()).filter(|&c| text.is_char_boundary(c)) {
                let text = &text[cut..];
                let _ = run_dated(text);
                let rules = Rules::builtin();
                let sentences = crate::text::sentences(text);
                let mentions = crate::mentions(text, rules, &[]);
                let input = Input {
                    text,
                    sentences: &sentences,
                    mentions: &mentions,
                    times: &[],
                    rules,
                    period: None,
                };
                let _ = crate::statement::statements(&input);
            }
        }
    }
}

/// Titles name topics: no event, and their dates anchor nothing.
#[test]
fn titles_are_not_evidence() {
    let cases: &[(&str, &[&str])] = &[
        (
            "## The 2007 constitutional amendment\n\nThe text follows here.",
            &[],
        ),
        (
            "==Executions carried out since 2003==\n\nNothing more.",
            &[],
        ),
        (
            "Abolition of the death penalty\n\nIn 2021 parliament abolished the death penalty.",
            &["abolition 2021 Asserted"],
        ),
        (
            "Head of government: Amir Khan (replaced Omar Aziz in March 2020)\n\nBody.",
            &["appointment 2020-03 Asserted Agent=Amir Khan Subject=Omar Aziz"],
        ),
    ];
    let failed = cases
        .iter()
        .filter(|(input, expect)| !check_dated(input, expect))
        .count();
    assert_eq!(failed, 0, "{failed} of {} cases failed", cases.len());
}

#[test]
fn undated_events_take_the_period_covered() {
    let text = "Two editors were arrested. In 2001 a third was arrested.";
    let rules = Rules::builtin();
    let sentences = crate::text::sentences(text);
    let times = [tm(text, "2001", y(2001))];
    let period = Some(TimeValue::range(
        PartialDate::day(2002, 1, 1),
        PartialDate::day(2002, 12, 31),
    ));
    let input = Input {
        text,
        sentences: &sentences,
        mentions: &[],
        times: &times,
        rules,
        period,
    };
    let dates: Vec<String> = events(&input)
        .iter()
        .map(|e| e.date.map(|d| d.iso()).unwrap_or_default())
        .collect();
    assert_eq!(dates, vec!["2002", "2001"]);
    // An undated event in the past perfect lies before the narrative: no period.
    let text = "In 2002 Lev Arno was jailed. He had previously been beaten by guards.";
    let sentences = crate::text::sentences(text);
    let times = [tm(text, "2002", y(2002))];
    let input = Input {
        text,
        sentences: &sentences,
        mentions: &[],
        times: &times,
        rules,
        period,
    };
    let dates: Vec<String> = events(&input)
        .iter()
        .map(|e| {
            format!(
                "{} {}",
                e.kind.as_str(),
                e.date.map(|d| d.iso()).unwrap_or_default()
            )
        })
        .collect();
    assert_eq!(dates, vec!["conviction 2002", "ill_treatment "]);
}

/// Written for this test: a passive with a bare plural or vague subject and no
/// date sums up the year; a counted, named or definite subject is an event of it.
#[test]
fn plural_summaries_do_not_take_the_period() {
    let rules = Rules::builtin();
    let period = Some(TimeValue::range(
        PartialDate::day(2002, 1, 1),
        PartialDate::day(2002, 12, 31),
    ));
    let cases: &[(&str, &[&str])] = &[
        (
            "Reporters and union leaders were harassed and beaten.",
            &["ill_treatment -"],
        ),
        (
            "Many were reportedly tortured in custody.",
            &["ill_treatment -"],
        ),
        (
            "Opposition supporters have been arbitrarily detained.",
            &["arrest -"],
        ),
        (
            "Three reporters were beaten by police.",
            &["ill_treatment 2002"],
        ),
        (
            "The reporters were beaten by police.",
            &["ill_treatment 2002"],
        ),
        (
            "Some reporters were beaten by police.",
            &["ill_treatment 2002"],
        ),
        ("Lev Arno and Ivo Kand were detained.", &["arrest 2002"]),
    ];
    let mut failed = 0;
    for (text, expect) in cases {
        let sentences = crate::text::sentences(text);
        let times = crate::time::tag(text, &crate::time::AnchorContext::default());
        let mentions = crate::mentions(text, rules, &times);
        let input = Input {
            text,
            sentences: &sentences,
            mentions: &mentions,
            times: &times,
            rules,
            period,
        };
        let got: Vec<String> = events(&input)
            .iter()
            .map(|e| {
                let date = e.date.map_or_else(|| "-".to_string(), |d| d.iso());
                format!("{} {date}", e.kind.as_str())
            })
            .collect();
        if got != *expect {
            failed += 1;
            eprintln!("input: {text:?}\n  got:    {got:?}\n  expect: {expect:?}");
        }
    }
    assert_eq!(failed, 0, "{failed} of {} cases failed", cases.len());
}

#[test]
fn an_annual_report_dates_its_undated_tallies() {
    // "252 executions" with no date of its own is the year's tally of a report
    // covering that year; without a period it is background.
    let text = "The authorities acknowledged 252 executions, including of two women.";
    let rules = Rules::builtin();
    let sentences = crate::text::sentences(text);
    let mentions = crate::mentions(text, rules, &[]);
    let dates = |period: Option<TimeValue>| -> Vec<String> {
        let input = Input {
            text,
            sentences: &sentences,
            mentions: &mentions,
            times: &[],
            rules,
            period,
        };
        events(&input)
            .iter()
            .map(|e| {
                format!(
                    "{} {}",
                    e.kind.as_str(),
                    e.date.map(|d| d.iso()).unwrap_or_default()
                )
            })
            .collect()
    };
    let year = TimeValue::range(PartialDate::day(2010, 1, 1), PartialDate::day(2010, 12, 31));
    assert_eq!(dates(Some(year)), vec!["execution 2010"]);
    assert!(dates(None).is_empty());
}

#[test]
fn durations_are_not_dates() {
    let t = "She was jailed for seven years.";
    let mut d = tm(t, "seven years", y(2007));
    d.is_duration = true;
    check(t, "jailed", &[d], &[]);
}

#[test]
fn the_words_of_the_phases_are_data() {
    // "for all crimes" abolishes; another scope changes the law. A rules file may
    // add a word of whole scope, and a kind's roles.
    let text = "In March 2010 parliament abolished the death penalty for wartime offences.";
    assert_eq!(run(text), vec!["law_adopted Asserted"]);
    let extra: crate::rules::RuleFile =
        serde_json::from_str(r#"{"event_words": {"whole_scope": ["wartime"]}}"#).unwrap();
    let rules = Rules::builtin().extend(vec![extra]).unwrap();
    assert_eq!(run_with(text, &rules), vec!["abolition Asserted"]);
    // A count near a kind the rules call uncounted counts something else.
    let text = "On 3 May 2011 police detained 14 protesters in the capital.";
    assert!(run(text)
        .iter()
        .any(|e| e.starts_with("arrest") && e.contains("q=14")));
    let extra: crate::rules::RuleFile =
        serde_json::from_str(r#"{"event_kinds": {"uncounted": ["arrest"]}}"#).unwrap();
    let rules = Rules::builtin().extend(vec![extra]).unwrap();
    assert!(run_with(text, &rules)
        .iter()
        .any(|e| e.starts_with("arrest") && !e.contains("q=")));
    // Unknown keys are an error, in the word lists and in the roles.
    assert!(Rules::from_json(&[r#"{"event_words": {"demonstrative": ["these"]}}"#]).is_err());
    assert!(Rules::from_json(&[r#"{"event_kinds": {"tally": ["execution"]}}"#]).is_err());
    assert!(Rules::from_json(&[r#"{"event_kinds": {"tallies": ["no_such_kind"]}}"#]).is_err());
}

/// Written for this test (session 12, long periodic reports of other publishers): the
/// date of a crime inside a participle or a charge is not the event's; killings by the
/// state's forces; laws passed as bylaws, by a vote "to replace", by extending the death
/// penalty; a vetoed bill; death sentences upheld (a ruling, as a sentence upheld is); a
/// term of office.
#[test]
fn long_report_wordings_of_other_publishers() {
    let cases: &[(&str, &[&str])] = &[
        (
            "On 12 March 1998, two men convicted of killing a shopkeeper in 1996 were hanged at the central prison.",
            &["execution 1998-03-12 Asserted q=2"],
        ),
        (
            "On 8 April 2019, the military court convicted 28 civilians of attacking a checkpoint in 2016.",
            &["conviction 2019-04-08 Asserted Authority=military court q=28"],
        ),
        (
            "In February 1998 police shot and killed a man during riots in the south.",
            &["attack 1998-02 Asserted"],
        ),
        (
            "In June 2006 the rebel commander was killed in the town of Argun in fighting with police and security forces.",
            &[],
        ),
        (
            "In 2013 security forces killed several hundred protesters when they dispersed two sit-ins.",
            &["attack 2013 Asserted q=100~"],
        ),
        (
            "In April 2019 voters approved amendments to the constitution in a national referendum that extended the presidential term from four to six years.",
            &["constitutional_amendment 2019-04 Asserted"],
        ),
        (
            "In March 2015, the provincial parliament passed a bylaw that criminalizes adultery.",
            &["law_adopted 2015-03 Asserted"],
        ),
        (
            "In 1997, the parliament voted to replace the firing squad with lethal injection.",
            &["law_adopted 1997 Asserted"],
        ),
        (
            "In 1996, Congress extended the death penalty to kidnapping.",
            &["law_adopted 1996 Asserted"],
        ),
        (
            "In February 2008, Congress passed a bill to restore the power of clemency, but the president vetoed it in March 2008.",
            &[],
        ),
        (
            "In January 2019 the Court of Cassation upheld the death sentences against 15 defendants in a case concerning an attack on a police station.",
            &["trial 2019-01 Asserted Authority=Court of Cassation q=15"],
        ),
        (
            "They were executed in 2000 for a kidnapping committed in 1998.",
            &["execution 2000 Asserted", "attack 1998 Asserted"],
        ),
        (
            "In July 2015, a mob burned a mosque in the provincial capital.",
            &["attack 2015-07 Asserted"],
        ),
        (
            "On 2 May 2012, at least 12 people were executed, the largest number since the death penalty was restored in 2004.",
            &["execution 2012-05-02 Asserted q=12+"],
        ),
        (
            "At least 129 people were executed, the highest number since the death penalty was restored in 2004.",
            &["execution - Asserted q=129+"],
        ),
        (
            "In May 2009 the National Assembly passed a new Press and Publications Act that kept restrictions on the media.",
            &["law_adopted 2009-05 Asserted Agent=National Assembly"],
        ),
        (
            "In January 2009 government aircraft bombed villages in the north, killing at least 30 civilians.",
            &["attack 2009-01 Asserted"],
        ),
        (
            "On 29 April 2015, authorities executed eight people on the island, despite appeals from the governments of Australia and Brazil.",
            &["execution 2015-04-29 Asserted q=8"],
        ),
        (
            "The council had signed the Charter in 1983.",
            &["treaty_signature 1983 Asserted"],
        ),
    ];
    assert_dated_cases(cases);
}

/// Wordings of whole State Department reports and judgments of other courts (session
/// 14; text written for the test): releases told actively, a death sentence reduced
/// to life before its noun, an upheld sentence that is no new one, a crime noun
/// followed by its own date, election to an office, an appointed body, a legislature's
/// term, the killer's verb in a judgment, repeals of orders, a pluperfect relative, a
/// law published in a gazette, a judgment's 'JUDGMENT GIVEN ON' line.
#[test]
fn whole_reports_and_other_courts() {
    let cases: &[(&str, &[&str])] = &[
        (
            "In March 2012 the government released 40 detainees held since the protests.",
            &["pardon_release 2012-03 Asserted q=40"],
        ),
        (
            "In October 2015 the High Court reduced to life imprisonment the death sentence of a farmer.",
            &["commutation 2015-10 Asserted Authority=High Court"],
        ),
        (
            "In May 2016 the appeals court upheld the death sentence imposed on a former police officer.",
            &["trial 2016-05 Asserted Authority=appeals court"],
        ),
        (
            "On 3 March 2017, four men were sentenced to death for an ambush in 2015 that killed two soldiers.",
            &["death_sentence 2017-03-03 Asserted q=4", "attack 2015 Asserted q=2"],
        ),
        (
            "On 9 May 2018, parliament elected the former finance minister, Jan Novak, as president.",
            &["appointment 2018-05-09 Asserted Subject=Jan Novak"],
        ),
        ("The elected lower house and the appointed senate share legislative power.", &[]),
        (
            "In June 2020 the legislature approved a constitutional amendment that extended the term of the national assembly by a year.",
            &["constitutional_amendment 2020-06 Asserted"],
        ),
        ("On 4 July 2012 the accused murdered his neighbour at the market.", &["attack 2012-07-04 Asserted"]),
        (
            "On 8 August 2010 the defendant robbed the shopkeeper and shot him in the chest.",
            &["attack 2010-08-08 Asserted"],
        ),
        (
            "In January 2019 the president repealed 12 orders of the former military council.",
            &["law_adopted 2019-01 Asserted"],
        ),
        (
            "In April 2021 the Supreme Court commuted the sentence of a woman who had been convicted of smuggling.",
            &["commutation 2021-04 Asserted Authority=Supreme Court", "conviction - Asserted"],
        ),
        (
            "On 4 March 2016, an amendment to the Penal Code that allows judges to impose community service in place of short prison terms was published in the Official Gazette.",
            &["law_adopted 2016-03-04 Asserted"],
        ),
        (
            "Lord Hale\nLord Wilson\nJUDGMENT GIVEN ON\n14 May 2015\n",
            &["trial 2015-05-14 Asserted"],
        ),
    ];
    assert_dated_cases(cases);
}

/// Court judgments of several jurisdictions (text written for the test): the party
/// named once and then called by role, the victim of "murdered one X" who is not the
/// one sentenced, a verdict and sentence told together with the date after both.
#[test]
fn judgments_name_their_party_once() {
    let cases: &[(&str, &[&str])] = &[
        (
            "The appellant, Peter Kamau Mwangi, was charged with murder. The particulars were \
             that he murdered one John Otieno at Ngaramtoni village. He was convicted and \
             sentenced to death on 3rd May 2017.",
            &[
                "arrest - Asserted Subject=Peter Kamau Mwangi",
                "conviction 2017-05-03 Asserted Subject=Peter Kamau Mwangi",
                "death_sentence 2017-05-03 Asserted Subject=Peter Kamau Mwangi",
            ],
        ),
        (
            "The appellant, Lim Boon Keng, was a courier. The accused-appellant was arrested on \
             6 July 2016 at the checkpoint.",
            &["arrest 2016-07-06 Asserted Subject=Lim Boon Keng"],
        ),
        (
            "The application was lodged by Mr Oleg Petrenko (\"the applicant\") in 2011. On 18 \
             June 1999 the Regional Court convicted the applicant of murder.",
            // The application lodged is a step of the case (session 16).
            &[
                "trial 2011 Asserted",
                "conviction 1999-06-18 Asserted Authority=Regional Court Subject=Oleg Petrenko",
            ],
        ),
        (
            "The appellants, Desmond Baptiste and Lennox Charles, were convicted at the \
             Assizes on 9th November 2004.",
            &["conviction 2004-11-09 Asserted Subject=Lennox Charles Subject=Desmond Baptiste"],
        ),
    ];
    let mut ok = true;
    for (input, expect) in cases {
        ok &= check_dated(input, expect);
    }
    assert!(ok);
}

/// The steps of a case as judgments of several courts tell them (text written for
/// the test).
#[test]
fn steps_of_a_case_in_judgments() {
    let cases: &[(&str, &[&str])] = &[
        (
            "He was arraigned on 2nd April 2015, and his trial commenced on 10th February 2016.",
            &["trial 2015-04-02 Asserted", "trial 2016-02-10 Asserted"],
        ),
        (
            "The appellant lodged this appeal on 15th May 2017.",
            &["trial 2017-05-15 Asserted"],
        ),
        (
            "Their appeals to the Court of Appeal were dismissed on 21st March 2007.",
            &["trial 2007-03-21 Asserted Authority=Court of Appeal"],
        ),
        (
            "DATED, SIGNED AND DELIVERED AT MOMBASA THIS 21ST DAY OF NOVEMBER, 2019.",
            &["trial 2019-11-21 Asserted"],
        ),
        (
            "On 14 March 2019, the trial judge sentenced him to the mandatory death penalty.",
            &["death_sentence 2019-03-14 Asserted"],
        ),
        (
            "On 22.06.2010 the accused committed the murder of his neighbour Suresh Tiwari.",
            &["attack 2010-06-22 Asserted Victim=Suresh Tiwari"],
        ),
        (
            "The killing took place on the night of 1st/2nd February 2002 at the market.",
            &["attack 2002-02-01/2002-02-02 Asserted"],
        ),
        (
            "On 29 December 1999 the Constitutional Court declared the death penalty unconstitutional.",
            &["abolition 1999-12-29 Asserted Authority=Constitutional Court"],
        ),
    ];
    let mut ok = true;
    for (input, expect) in cases {
        ok &= check_dated(input, expect);
    }
    assert!(ok);
}

/// Wordings of encyclopedia articles, commission, NGO and ministry pages (text
/// written for the test): a moratorium kept "since then", sentences replaced by
/// life imprisonment, a law's passing told as a noun, a law in a reduced relative
/// before a future main verb, a source named after the event.
#[test]
fn pages_and_encyclopedia_wordings() {
    let cases: &[(&str, &[&str])] = &[
        (
            "Nobody has been hanged in the republic since 2003; it has kept a de facto moratorium ever since.",
            &["execution 2003/ Negated", "execution 2003 Asserted", "moratorium 2003/ Asserted"],
        ),
        (
            "The island state, under a de facto moratorium since 1982, keeps the death penalty for murder.",
            &["moratorium 1982/ Asserted"],
        ),
        (
            "The kingdom has observed a moratorium on executions since March 2011.",
            &["moratorium 2011-03/ Asserted"],
        ),
        (
            "On 3 May 2016 the death sentences of five men held at the central prison were replaced by life imprisonment.",
            &["commutation 2016-05-03 Asserted q=5"],
        ),
        (
            "The rights group welcomed the adoption of the Criminal Procedure Code by the Senate on 12 March 2018.",
            &["law_adopted 2018-03-12 Asserted"],
        ),
        (
            "The Penal Code, enacted by the assembly on 9 October 2019, will take effect next year.",
            &["law_adopted 2019-10-09 Asserted"],
        ),
        (
            "The reform bill was approved by the assembly on 2 June 2022 and signed into law by the governor on 20 June 2022.",
            &["law_adopted 2022-06-02 Asserted", "law_adopted 2022-06-20 Asserted"],
        ),
        (
            "The reform bill was approved by the lower chamber on 2 June 2022 and by the upper chamber on 14 June 2022.",
            &["law_adopted 2022-06-02 Asserted", "law_adopted 2022-06-14 Asserted"],
        ),
        (
            "The Capital Punishment Abolition Bill was approved by the assembly on 2 June 2022 and signed into law by the governor on 20 June 2022.",
            &["law_adopted 2022-06-02 Asserted", "abolition 2022-06-20 Asserted"],
        ),
        (
            "In May 2015 the assembly passed the Penal Code Amendment Act, which removed the mandatory death penalty for murder.",
            &["law_adopted 2015-05 Asserted"],
        ),
        (
            "The governor assented to the Prisons Act in March 2016.",
            &["law_adopted 2016-03 Asserted"],
        ),
        (
            "The regime has sentenced dozens of people to death since it took power in May 2014.",
            &["death_sentence - Asserted"],
        ),
        (
            "Three prisoners were hanged on 4 May 2023, according to their families.",
            &["execution 2023-05-04 Hedged q=3"],
        ),
    ];
    let mut ok = true;
    for (input, expect) in cases {
        ok &= check_dated(input, expect);
    }
    assert!(ok);
}

/// Session 15 (probe `tests/probes/pages-3`): a last event implied by a negation or
/// "first ... since", court rulings in more words, laws and moratoria told otherwise,
/// an ordinal's realised infinitive, an after-phrase ended by "and", a date inside a
/// relative clause, a reported definite event, an age after "now". Sentences written
/// for the test, not taken from the probe.
#[test]
fn news_pages_and_chapters_wordings() {
    let cases: &[(&str, &[&str])] = &[
        (
            "The republic has not executed anyone since 1989.",
            &["execution 1989/ Negated", "execution 1989 Asserted"],
        ),
        // A contracted "not" denies as the whole word does.
        (
            "Before that it hadn't executed anyone since 1981.",
            &["execution 1981/ Negated", "execution 1981 Asserted"],
        ),
        (
            "The republic hasn’t executed anyone since 1990.",
            &["execution 1990/ Negated", "execution 1990 Asserted"],
        ),
        (
            "It was the first hanging in the country since March 2011.",
            &["execution 2011-03 Asserted"],
        ),
        (
            "In 2009 the Supreme Court held in the case of Banda that the mandatory death sentence was unconstitutional.",
            &["trial 2009 Asserted Authority=Supreme Court"],
        ),
        (
            "In 2015 the Judicial Committee of the Privy Council ruled in Smith v The Queen that the delay was unlawful.",
            &["trial 2015 Asserted"],
        ),
        (
            "In March 2012 the Court of Appeal stayed the executions of three men.",
            &["trial 2012-03 Asserted Authority=Court of Appeal q=3"],
        ),
        (
            "The appeal court confirmed the verdict in June 2014.",
            &["trial 2014-06 Asserted Authority=appeal court"],
        ),
        ("Capital punishment was extended to drug trafficking in 2001.", &["law_adopted 2001 Asserted"]),
        (
            "The parliament on 4 May 2021 voted 40 to 12 to pass the Penal Code (Amendment) Bill.",
            &["law_adopted 2021-05-04 Asserted"],
        ),
        (
            "In 2006 the government adopted a regulation making hanging the sole method.",
            &["law_adopted 2006 Asserted"],
        ),
        (
            "In 1999 the legislature adopted the electric chair as the method of execution.",
            &["law_adopted 1999 Asserted"],
        ),
        (
            "The lawyers welcomed the repeal, in March 2019, of the blasphemy provisions of the Penal Code.",
            &["law_adopted 2019-03 Asserted"],
        ),
        ("In December 1992 the parliament adopted a new Constitution.", &["constitutional_amendment 1992-12 Asserted"]),
        (
            "The commutation follows the moratorium on executions that the prime minister announced on 2 April 2016.",
            &["moratorium 2016-04-02 Asserted"],
        ),
        (
            "In 2004 he became the first woman to be executed by lethal injection in the state.",
            &["execution 2004 Asserted"],
        ),
        (
            "Ali Musa, now 45, was detained three weeks after the riot and sentenced to death by the High Court in May 2011.",
            &[
                "arrest - Asserted Subject=Ali Musa",
                "death_sentence 2011-05 Asserted Subject=Ali Musa Authority=High Court",
            ],
        ),
        (
            "Omar Said, who was sentenced to death in March 2010 for a robbery at a bank, has been executed.",
            &["death_sentence 2010-03 Asserted Subject=Omar Said", "execution - Asserted Subject=Omar Said"],
        ),
        (
            "It was alleged that on 3 May 2010 at Kira village, the accused murdered his brother.",
            // The date now; the hedge of "alleged" stops at the comma (left).
            &["attack 2010-05-03 Asserted"],
        ),
        (
            "The state hanged a man on Thursday. The governor said on Monday that the execution had been carried out lawfully.",
            &["execution 2024-05-30 Asserted"],
        ),
    ];
    assert_dated_cases(cases);
}

/// Session 16 (long reports 4): wordings of whole country reports and of appeal
/// judgments the earlier probes lacked (text written for the test).
#[test]
fn country_reports_and_appeal_wordings() {
    let cases: &[(&str, &[&str])] = &[
        (
            "On 4 June 2016, an army helicopter mistakenly bombed a market in the north, killing 20 people.",
            &["attack 2016-06-04 Asserted"],
        ),
        ("On 2 March 2015, rebels ambushed a convoy of aid workers near the border.", &["attack 2015-03-02 Asserted"]),
        (
            "The prosecution case was that on 9 July 2012 the accused shot the victim in the chest outside a bar.",
            &["attack 2012-07-09 Asserted"],
        ),
        (
            "On 5 May 2009 at Lunga market, the appellant killed the deceased with a hoe.",
            &["attack 2009-05-05 Asserted"],
        ),
        ("The appeal was heard and the hearing of the appeal on 4 May 2018 lasted two days.", &["trial 2018-05-04 Asserted"]),
        ("The petition was filed on 2 February 2019.", &["trial 2019-02-02 Asserted"]),
        (
            "In June 2012 the senate passed the Press Freedom Bill. The bill did not become law because the king did not sign it.",
            &[],
        ),
        (
            "In June 2012 the senate passed the Press Freedom Bill. The bill was welcomed by journalists.",
            &["law_adopted 2012-06 Asserted"],
        ),
        (
            "On 3 May 2016, the senate passed the Cybercrime Act; it took effect on 1 June 2016.",
            &["law_adopted 2016-05-03 Asserted"],
        ),
        (
            "Authorities hanged 14 prisoners in 2012, compared with three in 2011.",
            &["execution 2012 Asserted q=14", "execution 2011 Asserted q=3"],
        ),
        (
            "On 2 July 2015, she was sentenced to imprisonment for life, the judge ordering that she should serve 25 years before parole.",
            &["conviction 2015-07-02 Asserted"],
        ),
        ("In March 2014 the appeals court reduced her sentence to two years.", &["trial 2014-03 Asserted Authority=appeals court"]),
        // A reduction under an amnesty is no step of the case.
        ("In May 2010 his sentence was reduced by a year under an amnesty.", &[]),
        (
            "In March 2014 the appeals court reduced his death sentence to life imprisonment.",
            &["commutation 2014-03 Asserted Authority=appeals court"],
        ),
        (
            "On 3 June 2011 the High Court convicted the accused and sentenced him to suffer death by hanging.",
            &[
                "conviction 2011-06-03 Asserted Authority=High Court",
                "death_sentence 2011-06-03 Asserted Authority=High Court",
            ],
        ),
        (
            "He was arrested by villagers on 2 May 2013 and handed over to the police the next day.",
            &["arrest 2013-05-02 Asserted"],
        ),
        (
            "During 2016, soldiers detained at least 40 persons in the border district.",
            &["arrest 2016 Asserted q=40+"],
        ),
        ("Police detained at least 60 persons during 2016 on suspicion of terrorism.", &["arrest 2016 Asserted q=60+"]),
        ("Soldiers detained at least 40 persons in the border district in May 2016.", &["arrest 2016-05 Asserted q=40+"]),
        (
            "In June 2015 the government released 30 students held since the protests.",
            &["pardon_release 2015-06 Asserted q=30"],
        ),
        (
            "In May 2014, after talks, the authorities released 12 Tibetans detained since 2012.",
            &["pardon_release 2014-05 Asserted q=12"],
        ),
        (
            "In May 2014, after talks, the authorities released 12 Tibetans held in 2012.",
            &["pardon_release 2014-05 Asserted q=12"],
        ),
        (
            "On 3 April 2019, the country acceded to the Convention of 1954 on the status of stateless persons.",
            &["treaty_ratification 2019-04-03 Asserted"],
        ),
        (
            "In the 6 March 2016 poll the party won most seats, and on 9 March 2016, Ana Lopes was sworn in as president.",
            &["appointment 2016-03-09 Asserted Subject=Ana Lopes"],
        ),
        (
            "(Appeal from the judgment of the High Court at Kisumu) dated the 3rd day of May, 2016 in Criminal Case No. 12 of 2013",
            &["trial 2016-05-03 Asserted Authority=High Court"],
        ),
    ];
    assert_dated_cases(cases);
}

#[test]
fn nominal_executions_attacks_and_means_of_ill_treatment() {
    let cases: &[(&str, &[&str])] = &[
        // A nominal hanging with its day between the noun and its object.
        (
            "Her death came two days after the hanging on Monday of a farmer convicted of murder.",
            &["execution 2024-05-27 Asserted"],
        ),
        (
            "The state ended its pause by putting a farmer to death on 9 May 2016.",
            &["execution 2016-05-09 Asserted"],
        ),
        (
            "The authorities resumed executions in June 2014 after a four-year pause.",
            &["execution 2014-06 Asserted"],
        ),
        // A resumption with no date is no event of the timeline.
        ("The authorities have resumed executions, lawyers said.", &[]),
        (
            "On 2 May 2015 the detainees were subjected to electric shocks by interrogators.",
            &["ill_treatment 2015-05-02 Asserted"],
        ),
        ("In June 2018 guards chained a prisoner to his bed for a week.", &["ill_treatment 2018-06 Asserted"]),
        // A court substituting a term for a death sentence decides an appeal; it commutes nothing.
        (
            "On 3 June 2019 the sentence of death was set aside and substituted with a sentence of 20 years' imprisonment.",
            &[],
        ),
        (
            "In March 2017 the authorities expelled some 300 asylum-seekers across the border.",
            &["forcible_return 2017-03 Asserted q=300~"],
        ),
        // Expelled from a party is no forcible return.
        ("In March 2017 the refugee activist was expelled from the party.", &[]),
        ("In April 2012 soldiers shot two protesters dead at a checkpoint.", &["attack 2012-04 Asserted q=2"]),
        (
            "In August 2014 the killing of a student by a police officer set off protests.",
            &["attack 2014-08 Asserted"],
        ),
        ("The victim was stabbed on the evening of 2 July 2016 near the market.", &["attack 2016-07-02 Asserted"]),
        (
            "Five men were charged in connection with the bombings of 7 July 2005.",
            &["arrest - Asserted q=5", "attack 2005-07-07 Asserted q=5"],
        ),
        (
            "In May 2020 the High Court rejected his application for judicial review.",
            &["trial 2020-05 Asserted Authority=High Court"],
        ),
        // A when-clause after a "since" date tells what happened on it.
        (
            "The country has changed since May 2009, when the execution of four men shocked the public.",
            &["execution 2009-05/ Asserted q=4"],
        ),
        (
            "The junta ended a moratorium on executions that had been in effect since 1993, officials said.",
            &["moratorium 1993/ Asserted"],
        ),
        (
            "The president signed the bill on 2 May 2019, replacing the death penalty with life imprisonment.",
            &["abolition 2019-05-02 Asserted"],
        ),
        (
            "In May 2015 a provincial court sentenced him to qisas (retribution-in-kind) for murder.",
            &["death_sentence 2015-05 Asserted"],
        ),
        ("In March 2012 the king ratified a new law on public assemblies.", &["law_adopted 2012-03 Asserted"]),
        // The ratification of amendments passed before is a step of the same law.
        (
            "In May 2013 parliament passed amendments to the media law; the king ratified the amendments on 2 June 2013.",
            &["law_adopted 2013-05 Asserted"],
        ),
        // Replaced for some offences: a law, no abolition.
        (
            "On 4 July 2022 the assembly passed a bill which replaces the death penalty with life imprisonment for offences including treason.",
            &["law_adopted 2022-07-04 Asserted"],
        ),
        // The crime a court judged, with its year, is no event of its own.
        (
            "In June 2011 the court upheld the death sentences of five men convicted of the assassination of a governor in 1990.",
            &["trial 2011-06 Asserted Authority=the court q=5"],
        ),
        // Replaced for one class of crime only: a law, no abolition.
        (
            "The president signed the bill on 2 May 2019, replacing the death penalty with life imprisonment for drug offences.",
            &["law_adopted 2019-05-02 Asserted"],
        ),
    ];
    assert_dated_cases(cases);
}

/// Session 20 (events-8): referendums, push-backs, "picked up by police", an active
/// "freed", bills that stalled, "believed" as a hedge; sentences written for the test.
#[test]
fn referendums_pushbacks_pickups_and_stalled_bills() {
    let cases: &[(&str, &[&str])] = &[
        // A referendum approving constitutional amendments is one; its "until" year no date.
        (
            "A constitutional referendum held on 4 March 2018 approved changes that let the president stay in office until 2040.",
            &["constitutional_amendment 2018-03-04 Asserted"],
        ),
        (
            "On 2 August 2021 coastguards pushed back 30 migrants into international waters.",
            &["forcible_return 2021-08-02 Asserted q=30"],
        ),
        (
            "The student was picked up by plain-clothes police on 9 May 2019 outside his home.",
            &["arrest 2019-05-09 Asserted"],
        ),
        (
            "On 3 April 2020 authorities freed the journalist after two years in prison.",
            &["pardon_release 2020-04-03 Asserted"],
        ),
        // A bill passed by one chamber that never became law is no law.
        (
            "In May 2015 the lower house passed a bill restoring hanging, but it stalled in the upper house.",
            &[],
        ),
        (
            "In June 2016 the assembly approved a bill on flogging, which was never enacted.",
            &[],
        ),
        // "Believed" hedges what a monitor thinks happened.
        ("In 2019 monitors believed two men were executed in secret.", &["execution 2019 Hedged q=2"]),
    ];
    assert_dated_cases(cases);
}

/// Session 20 (events9): a law's year, a long object before "to death", hedges that
/// qualify another noun, and a count before "the".
#[test]
fn law_years_long_objects_and_misplaced_hedges() {
    let cases: &[(&str, &[&str])] = &[
        // A year in a law's name dates no event ...
        ("The four women had been convicted under the 2011 Counter-Extremism Act.", &["conviction - Asserted q=4"]),
        ("The editor was convicted in the capital under the Public Order Act of 1986.", &["conviction - Asserted"]),
        ("The editor was convicted under Law No. 12-B of 2014.", &["conviction - Asserted", "law_adopted 2014 Asserted"]),
        // ... but a law that opens the sentence as its subject dates what it did.
        ("The 1995 Constitution abolished the death penalty.", &["abolition 1995 Asserted"]),
        ("The General Criminal Code of 1905 removed the death penalty.", &["abolition 1905 Asserted"]),
        ("The new Penal Code of 1907 removed the death penalty for ordinary crimes.", &["abolition 1907 Asserted"]),
        // A long object before "to death"; "for" between is the charge's ground.
        (
            "On 3 June 2012 a security court in Basra sentenced seven members of the Sunni opposition to death for alleged membership in an armed group.",
            &["death_sentence 2012-06-03 Asserted q=7"],
        ),
        (
            "In 2014 a court sentenced the guard for beating a prisoner to death.",
            &[],
        ),
        // A hedge inside a closed relative clause qualifies that clause's noun.
        (
            "On 9 July 2015 Hamid Sadeghi, who was 16 at the time of the alleged crime, was executed in Tabriz.",
            &["execution 2015-07-09 Asserted Subject=Hamid Sadeghi"],
        ),
        // A count before "the" counts something else.
        ("In 2017 a crowd of several hundred watched the hangings.", &[]),
        // A fine is a sentence.
        ("In May 2003 the activist was sentenced to a fine for holding a rally.", &["conviction 2003-05 Asserted"]),
        // A code approved by the cabinet and sent to parliament is a bill.
        ("In March 2001 a new Penal Code was approved by the cabinet and sent to parliament.", &[]),
    ];
    assert_dated_cases(cases);
}

/// Session 22 (probe `tests/probes/events-9`): a trial opened after a long subject, a
/// free pardon, asylum seekers returned, a death sentence set aside and a term
/// substituted, snipers who killed, a State Party since a date, guards who struck him,
/// a year naming the crime ("of the 2017 killing") that dates nothing.
/// Sentences written for the test.
#[test]
fn events9_trial_pardon_return_substitution_and_ground_years() {
    let cases: &[(&str, &[&str])] = &[
        (
            "The trial of 12 officers accused of the 2015 shooting of protesters in the capital opened on 4 June 2018.",
            &["trial 2018-06-04 Asserted q=12"],
        ),
        (
            "Her trial before the High Court and a panel of assessors began on 9 May 2016.",
            &["trial 2016-05-09 Asserted Authority=High Court"],
        ),
        (
            "On 2 April 2020 the King granted a free pardon to 40 prisoners.",
            &["pardon_release 2020-04-02 Asserted q=40"],
        ),
        (
            "In March 2018 the authorities returned 25 Eritrean asylum seekers to Eritrea.",
            &["forcible_return 2018-03 Asserted q=25 @Eritrea"],
        ),
        (
            "On 5 May 2015 the Court of Appeal set aside the sentence of death and substituted a term of 30 years.",
            &["commutation 2015-05-05 Asserted Authority=Court of Appeal"],
        ),
        ("In 2019 two men convicted of a 2011 robbery were hanged.", &["execution 2019 Asserted q=2"]),
        ("Three men were convicted of the 2014 bombing of a market.", &["conviction - Asserted q=3"]),
        (
            "On 1 June 2017, snipers killed at least 160 civilians trying to flee the city.",
            &["attack 2017-06-01 Asserted q=160+"],
        ),
        (
            "Ruritania has been a State Party to the Convention against Torture since 4 March 1999.",
            &["treaty_ratification 1999-03-04/ Asserted"],
        ),
        ("On 3 May 2010, prison guards struck him repeatedly with batons.", &["ill_treatment 2010-05-03 Asserted"]),
    ];
    let mut ok = true;
    for (input, expect) in cases {
        ok &= check_dated(input, expect);
    }
    assert!(ok);
}

/// A verb left out of a second conjunct ("A was executed on Thursday and B on
/// Tuesday") is the first one's: the second person and date are an event of their own;
/// a nominal act with its date between ("the execution in X on Wednesday of NAME"),
/// a court's dismissal of a "final challenge" and a counted tally of deaths in custody
/// are events too.
#[test]
fn gapped_conjuncts_and_news_wordings() {
    assert_dated_cases(&[
        (
            "Wesley Pardell was executed on Thursday and Daniel Lewis Leeman on Tuesday, after the court ruled.",
            &[
                "execution 2024-05-30 Asserted Subject=Wesley Pardell",
                "execution 2024-05-28 Asserted Subject=Daniel Lewis Leeman",
            ],
        ),
        (
            "Police arrested Aliyu Bello in March and his brother in May.",
            &[
                "arrest 2024-03 Asserted Subject=Aliyu Bello",
                "arrest 2024-05 Asserted",
            ],
        ),
        // A second date with a verb of its own is no gapped conjunct.
        (
            "He was sentenced in 2001 and released in 2005.",
            &["conviction 2001 Asserted"],
        ),
        (
            "We deplore the execution in Singapore on Wednesday of Roslan Kamil, a Malaysian national.",
            &["execution 2024-05-29 Asserted @Singapore"],
        ),
        (
            "The Court of Appeal dismissed his final challenge on Tuesday.",
            &["trial 2024-05-28 Asserted Authority=Court of Appeal"],
        ),
        (
            "The Commission recorded 13 deaths in police custody in 2023. Deaths in custody remain a concern.",
            &["death_in_custody 2023 Asserted q=13"],
        ),
    ]);
}

#[test]
fn mass_release_in_an_amnesty_is_an_amnesty() {
    // A wire lead: "released N prisoners on <day> in an amnesty" declares the amnesty.
    let got = run("On 12 May 2021 the government released 1,200 prisoners in an amnesty to mark the national day.");
    assert!(
        got.iter().any(|e| e == "amnesty Asserted q=1200"),
        "got {got:?}"
    );
    // The organisation's name is not an amnesty.
    let got =
        run("On 12 May 2021 the authorities released 40 prisoners, Amnesty International said.");
    assert!(!got.iter().any(|e| e.starts_with("amnesty")), "got {got:?}");
}

/// A table's rows below a header naming a column of execution dates are executions,
/// each dated by its row; a table with no such column, or a row with two dates,
/// states none.
#[test]
fn table_rows_under_a_date_column_are_events() {
    assert_dated_cases(&[
        (
            "No. Name Age Date of execution County\n\n1 Robert Hale 70 January 30, 2019 Bosque\n\n2 David Bix 48 May 16, 2019 Harris\n\nSee also the state's page.",
            &[
                "execution 2019-01-30 Asserted Subject=Robert Hale",
                "execution 2019-05-16 Asserted Subject=David Bix",
            ],
        ),
        (
            "No. Name Age Date of birth County\n\n1 Ann Roe 70 January 30, 1949 Bosque",
            &[],
        ),
        (
            "Name Date of execution\n\nAnn Roe January 30, 2019 (stayed February 2, 2019)",
            &[],
        ),
    ]);
}

/// A date after a word tying the act to its case and a crime ("in a case concerning
/// an attack ... in 2013") dates the crime; a sentence-opening date dates the act. So
/// does a date closing a charge of torture ("of torturing a detainee ... in 2016").
#[test]
fn a_case_date_dates_the_crime_not_the_act() {
    assert_dated_cases(&[
        (
            "On 8 September 2019, the Court of Cassation upheld the death sentences of 20 defendants in a case concerning an attack on a police station in 2013.",
            &["trial 2019-09-08 Asserted Authority=Court of Cassation q=20"],
        ),
        (
            "In June 2019 a criminal court convicted four police officers of torturing a detainee to death in 2016 and sentenced each to five years in prison.",
            &["conviction 2019-06 Asserted q=4"],
        ),
    ]);
}

/// A prisoner found unresponsive died in custody (a prisoner pronounced dead after
/// an execution did not); an appellate court's "we affirm" decides the
/// appeal.
#[test]
fn found_unresponsive_and_we_affirm() {
    assert_dated_cases(&[
        (
            "An inmate at the state prison was found unresponsive in his cell on Tuesday and was pronounced dead a short time later.",
            &["death_in_custody 2024-05-28 Asserted"],
        ),
        (
            "He was executed by lethal injection on Thursday and pronounced dead at 6:20 p.m. in the prison.",
            &["execution 2024-05-30 Asserted"],
        ),
        // An execution story's next sentence: "pronounced dead" alone is no death
        // in custody.
        (
            "Alabama executed a man on Thursday. Demetrius Fraser, 52, was pronounced dead at 6:36 p.m. at Holman Correctional Facility.",
            &["execution 2024-05-30 Asserted"],
        ),
        (
            "Accordingly, on 17 March 2022 we affirm the conviction for first-degree murder and the sentence of death.",
            &["trial 2022-03-17 Asserted"],
        ),
    ]);
}

/// Session 24 (events-12): a table that lists executions gives one event a row.
#[test]
fn a_table_of_executions_gives_one_event_a_row() {
    let text = "Recent executions\n\nDate | Name | Place of execution\n3 March 2020 | Arno Velt | Central Prison\n9 April 2021 | Tomas Ruiz | Northern Prison\n\nThe government has stated that it has no plans to abolish the death penalty.";
    let times = crate::time::tag(text, &crate::time::AnchorContext::default());
    let sentences = crate::text::sentences(text);
    let input = Input {
        text,
        sentences: &sentences,
        mentions: &[],
        times: &times,
        rules: Rules::builtin(),
        period: None,
    };
    let got: Vec<String> = events(&input)
        .iter()
        .filter(|e| e.kind == EventKind::Execution)
        .map(|e| {
            format!(
                "{} {} {}",
                e.kind.as_str(),
                e.date.map(|d| d.iso()).unwrap_or_default(),
                e.participants
                    .iter()
                    .map(|p| p.name.as_str())
                    .collect::<Vec<_>>()
                    .join(",")
            )
        })
        .collect();
    assert_eq!(
        got,
        vec![
            "execution 2020-03-03 Arno Velt",
            "execution 2021-04-09 Tomas Ruiz"
        ],
        "{got:?}"
    );
    // A table of prison visits names no kind: no event.
    let text = "Prison visits\n\nDate | Name | Prison\n3 March 2020 | Arno Velt | Central Prison";
    let times = crate::time::tag(text, &crate::time::AnchorContext::default());
    let sentences = crate::text::sentences(text);
    let input = Input {
        text,
        sentences: &sentences,
        mentions: &[],
        times: &times,
        rules: Rules::builtin(),
        period: None,
    };
    assert!(events(&input).is_empty(), "{:?}", events(&input));
}

/// An adverb between an abolition and its scope ("altogether for seven offences")
/// does not hide the scope: a change of the law, not an abolition.
#[test]
fn an_adverb_before_a_partial_scope() {
    assert_dated_cases(&[
        (
            "The Act came into force on 4 July 2023, removing the mandatory death sentence for 11 offences and abolishing the death penalty altogether for seven offences.",
            &["law_adopted 2023-07-04 Asserted"],
        ),
        (
            "Parliament abolished the death penalty altogether for all crimes in 2015.",
            &["abolition 2015 Asserted"],
        ),
    ]);
}

/// A crime judged keeps a year written right before its noun ("a 2016 attack"): that
/// year is the crime's own.
#[test]
fn a_judged_crime_keeps_its_prenominal_year() {
    assert_dated_cases(&[(
        "Three of the men had been convicted of taking part in a 2016 attack on an intelligence office that killed five officers.",
        &["conviction 2016 Asserted q=3", "attack 2016 Asserted q=5"],
    )]);
}

#[test]
fn a_death_penalty_removed_from_a_code_is_an_abolition() {
    let abolitions = |text: &str| {
        run(text)
            .into_iter()
            .filter(|e| e.starts_with("abolition Asserted"))
            .count()
    };
    // Passive: the penalty taken out of a code, a constitution or a statute.
    assert_eq!(
        abolitions(
            "The death penalty was removed from the Criminal Code of the Republic by Law No. 7-XII of 3 May 1996, which replaced it with life imprisonment for all offences."
        ),
        1
    );
    assert_eq!(
        abolitions("Capital punishment has been deleted from the penal code."),
        1
    );
    // Active: a parliament deleting it from a code.
    assert_eq!(
        abolitions(
            "In 1994 Parliament deleted the death penalty from the wartime military penal code."
        ),
        1
    );
    // Removed from something that is not a law.
    assert_eq!(
        abolitions("The death penalty was removed from the agenda of the session."),
        0
    );
}

/// Kinds, dates and modalities of a text with no publication date.
fn run_undated(text: &str) -> Vec<String> {
    let rules = Rules::builtin();
    let times = crate::time::tag(text, &crate::time::AnchorContext::default());
    let sentences = crate::text::sentences(text);
    let mentions = crate::mentions(text, rules, &times);
    let input = Input {
        text,
        sentences: &sentences,
        mentions: &mentions,
        times: &times,
        rules,
        period: None,
    };
    events(&input)
        .iter()
        .map(|e| {
            let date = e.date.map_or_else(|| "-".to_string(), |d| d.iso());
            format!("{} {date} {:?}", e.kind.as_str(), e.modality)
        })
        .collect()
}

/// Session 25 (events-13): a page of agency items with no publication date: each
/// item's "today" and weekday are of its own dateline ("Jazan, Rabi' Al-Awwal 15,
/// 1445, September 30, 2023, SPA --"); "the death penalty was implemented" and "the
/// killing ta'zir penalty was carried out" are executions.
#[test]
fn agency_datelines_date_today_and_weekdays() {
    let text = "Jazan, Rabi' Al-Awwal 15, 1445, September 30, 2023, SPA -- The killing ta'zir penalty was implemented today, Saturday, against a Yemeni national in Jazan Region for smuggling hashish.\n\nRiyadh, October 04, 2023 (KUNA) -- The Ministry of Interior said in a statement that the death penalty was implemented on Wednesday against two Saudi nationals in Riyadh Region.\n\nThe death penalty was carried out against the convict today, Friday, in Buraydah.";
    let got = run_undated(text);
    assert!(
        got.contains(&"execution 2023-09-30 Asserted".to_string()),
        "got {got:?}"
    );
    assert!(
        got.contains(&"execution 2023-10-04 Asserted".to_string()),
        "got {got:?}"
    );
    // The third item has no dateline of its own: the nearest above holds (Wednesday
    // 4 October 2023; the Friday on or before it is 29 September).
    assert!(
        got.contains(&"execution 2023-09-29 Asserted".to_string()),
        "got {got:?}"
    );
    // Without a dateline, "today" stays unread: no date is guessed.
    let got =
        run_undated("The death penalty was carried out against the convict today in Buraydah.");
    assert!(!got.iter().any(|e| e.contains("2023")), "got {got:?}");
}

/// Session 25 (events-13): a table whose header only names its columns ("# Date Name
/// Age State Method"), under a heading naming executions, gives one execution a row;
/// a slash date the tagger cannot order ("03/06/2024") takes the order of an earlier
/// row's ("01/25/2024": month first). A table under "Upcoming executions" states none.
#[test]
fn a_column_name_table_under_an_executions_heading() {
    let text = "Executions in 2024\n\n# Date Name Age State Method\n\n1 01/25/2024 Morris Pruitt 58 Alabama Nitrogen hypoxia\n\n2 03/06/2024 Ellis Whitcomb 46 Oklahoma Lethal injection\n\nUpcoming executions\n\n# Date Name State\n\n1 05/16/2024 Raymond Ortega Texas\n\nThe page is updated weekly.";
    let got = run_undated(text);
    assert_eq!(
        got,
        vec![
            "execution 2024-01-25 Asserted".to_string(),
            "execution 2024-03-06 Asserted".to_string()
        ]
    );
}

/// Session 25 (events-13): "on July 26 last year" is of the year before; a nominal
/// deportation with its day and count is a forcible return; a report or motion
/// "dated" a day is no judgment's date.
#[test]
fn last_year_deportation_and_dated_documents() {
    assert_dated_cases(&[
        (
            "This is the first execution since the hanging of Kenji Odagiri on July 26 last year.",
            &["execution 2023-07-26 Asserted"],
        ),
        (
            "Information received concerning the deportation on 6 October 2022 of 114 Myanmar nationals from the Tanah Merah depot to Myanmar.",
            &["forcible_return 2022-10-06 Asserted q=114 @Myanmar"],
        ),
        (
            "A probation officer's report dated 10th March 2022 recommends leniency.",
            &[],
        ),
    ]);
}

/// Session 25 (lead): a date set for an act to come ("the elections scheduled for
/// April") dates the sentence's event only when nothing else does.
#[test]
fn a_scheduled_date_yields_to_the_sentence_s_own() {
    assert_dated_cases(&[(
        "On February 25, 2009, parliament approved a constitutional amendment that postponed the parliamentary elections scheduled for April by two years.",
        &["constitutional_amendment 2009-02-25 Asserted"],
    )]);
}

/// Whether `text` yields an event whose description starts with `prefix`
/// ("commutation 2023-10-03 Asserted").
fn yields(text: &str, prefix: &str) -> bool {
    let got = run_dated(text);
    let ok = got.iter().any(|g| g.starts_with(prefix));
    if !ok {
        eprintln!("input: {text:?}\n  got: {got:?}\n  want: {prefix}");
    }
    ok
}

#[test]
fn a_dated_item_heading_dates_its_undated_events() {
    let page = "Clemency Decisions\n\nOctober 3, 2023 – Board Commutes Death Sentence of Raymond Cobb\n\nThe Board voted 3-2 to commute the death sentence of Raymond Cobb to life in prison.\n\nMarch 15, 2023 – Harold Pruitt\n\nHarold Pruitt was executed by lethal injection at 7:42 p.m. The Board had denied his application for clemency.\n";
    assert!(yields(page, "commutation 2023-10-03 Asserted"));
    assert!(yields(page, "execution 2023-03-15 Asserted"));
    // A heading that does not open with its day dates nothing.
    let plain = "The 2007 Amendment\n\nThe amendment was adopted by parliament.\n\nHarold Pruitt was executed by lethal injection.\n";
    assert!(!run_dated(plain)
        .iter()
        .any(|g| g.starts_with("execution 2007")));
}

#[test]
fn a_log_s_day_heading_dates_the_undated_events_under_it() {
    // A monitoring log: a heading that closes with its day, alone or after a label.
    let log = "# Trial log\n\n## Day 2 - Monday 5 February 2024\n\nThe hearing resumed. The court sentenced Omar Kaddah to death.\n\n## 9 March 2024\n\nHis co-accused Lina Baraka was freed.\n";
    assert!(yields(log, "death_sentence 2024-02-05 Asserted"));
    assert!(yields(log, "pardon_release 2024-03-09 Asserted"));
    // A heading whose day stands inside its words dates nothing.
    let plain = "## The ruling of 5 February 2024 and its aftermath\n\nOmar Kaddah was freed.\n";
    assert!(!run_dated(plain)
        .iter()
        .any(|g| g.starts_with("pardon_release 2024")));
    // One date line alone heads a filing, not a log: it dates the document, not the
    // events told under it.
    let filing = "Court of Appeals\n\nFILED\nFebruary 14, 2025\n\nOmar Kaddah was convicted of murder and sentenced to death.\n";
    assert!(!run_dated(filing).iter().any(|g| g.contains("2025-02-14")));
    // A page's own day under a label ("Last updated: ...") is no log's day.
    let page = "## Last updated: 12 March 2024\n\nOmar Kaddah was freed.\n";
    assert!(!run_dated(page)
        .iter()
        .any(|g| g.starts_with("pardon_release 2024-03-12")));
}

#[test]
fn a_vote_tally_before_the_infinitive_is_a_realised_vote() {
    assert!(yields(
        "On 3 October 2023 the Board voted 3-2 to commute the death sentence of Raymond Cobb.",
        "commutation 2023-10-03 Asserted"
    ));
}

#[test]
fn a_counted_reduced_relative_with_its_own_date_is_a_tally() {
    assert!(yields(
        "The Committee is concerned that courts continue to impose death sentences, with at least four persons sentenced to death in 2023.",
        "death_sentence 2023 Asserted"
    ));
    // Uncounted, it still describes the people.
    assert!(
        !run_dated("Lawyers for persons sentenced to death in 2023 were harassed.")
            .iter()
            .any(|g| g.starts_with("death_sentence"))
    );
}

#[test]
fn beneficiaries_of_an_amnesty_declare_none_and_a_lawyer_s_appointment_is_no_office() {
    assert!(
        !run_dated("Those granted amnesty will be released from September 1.")
            .iter()
            .any(|g| g.starts_with("amnesty"))
    );
    assert!(!run_dated("I was appointed to his case in 2016.")
        .iter()
        .any(|g| g.starts_with("appointment")));
    assert!(yields(
        "The Alabama Court of Criminal Appeals affirmed his conviction and sentence in 2017.",
        "trial 2017 Asserted"
    ));
}

/// Session 27 (events-15): a page of briefs published on 1 June 2024 whose items carry
/// their own yearless datelines: a weekday is read against its item's dateline, not the
/// page's day, and dates the event rather than the dateline's own day.
#[test]
fn a_brief_weekday_is_read_against_its_own_dateline() {
    let got = run_dated(
        "Court news in brief\n\nCAIRO, Jan 17 (Newsdesk) - Egyptian authorities executed seven men at a prison near Alexandria on Tuesday, a prison source said.\n\nLUSAKA, Feb 9 (Newsdesk) - Zambia's High Court on Friday upheld the death sentences of three soldiers convicted of mutiny.",
    );
    // 17 January 2024 was a Wednesday: the Tuesday is the 16th.
    assert!(
        got.iter()
            .any(|e| e.starts_with("execution 2024-01-16 Asserted")),
        "got {got:?}"
    );
    // 9 February 2024 was a Friday.
    assert!(
        got.iter()
            .any(|e| e.starts_with("trial 2024-02-09 Asserted")),
        "got {got:?}"
    );
    // Within a week of its dateline a weekday keeps the tagger's reading (its tense).
    let got = run_dated(
        "ROME, May 31 (Newsdesk) - The appeal court will rule on Monday on the sentence of the two brothers, who were arrested on Wednesday.",
    );
    assert!(
        got.iter().any(|e| e.starts_with("arrest 2024-05-29")),
        "got {got:?}"
    );
}

/// Session 35 (events-23): a newsroom page lists releases, each under its own date line
/// and opening with its place in capitals; "today" and a weekday are of the release's
/// day, not of the page's.
#[test]
fn a_release_date_line_dates_its_today_and_weekday() {
    let got = run_dated(
        "Newsroom\n\nStatement on the Court ruling\n\nMay 10, 2024\n\nOKLAHOMA CITY – The Court of Criminal Appeals on Tuesday set aside the conviction of Lorna Beck.\n\nGovernor Commutes Death Sentence\n\nMarch 14, 2024\n\nOKLAHOMA CITY – Governor Dale Harrow today commuted the death sentence of Marcus Denton to life imprisonment.",
    );
    assert!(
        got.iter().any(|e| e.starts_with("commutation 2024-03-14")),
        "got {got:?}"
    );
    // 10 May 2024 was a Friday: the Tuesday is the 7th.
    assert!(
        got.iter().any(|e| e.starts_with("trial 2024-05-07")),
        "got {got:?}"
    );
}

/// Session 27 (events-15): appellate and order-list phrasings of a court's decision:
/// "affirmed the verdict", "dismissed his application for post-conviction relief", a
/// bench that "acquitted" them, a petition for certiorari that "was denied"; a Justice
/// who "would grant" a stay decides nothing.
#[test]
fn appellate_decisions_in_other_words() {
    for (text, want) in [
        (
            "The Court of Appeal in Kano affirmed the verdict in March 2019.",
            "trial 2019-03 Asserted",
        ),
        (
            "In 2018 the state appeals court dismissed his second application for post-conviction relief.",
            "trial 2018 Asserted",
        ),
        (
            "In August 2020 a five-judge bench of the High Court acquitted the three brothers.",
            "trial 2020-08 Asserted",
        ),
        (
            "On 3 April 2023 the petition for a writ of certiorari filed by the warden was denied.",
            "trial 2023-04-03",
        ),
    ] {
        let got = run_dated(text);
        assert!(got.iter().any(|e| e.starts_with(want)), "{text}: got {got:?}");
    }
    let got = run_dated("Justice Hale would grant the application for a stay of execution.");
    assert!(!got.iter().any(|e| e.starts_with("trial")), "got {got:?}");
}

/// Session 28 (events-16): a chronology's items in the historical present ("upholds",
/// "dismisses", "hand down"), a treaty's full title with its comma-delimited aim, a
/// pardon decree, a vote to abolish, appellate steps of a common-law judgment (leave to
/// appeal refused, a co-accused acquitted), a comparison's
/// earlier count that dates nothing else, and killings by live ammunition.
#[test]
fn chronologies_treaty_titles_and_procedural_histories() {
    let mut failed = Vec::new();
    for (text, want) in [
        (
            "3 May 2011 – The Supreme Court upholds the death sentence of the two brothers convicted of the market bombing.",
            "trial 2011-05-03 Asserted",
        ),
        (
            "18 January 2006 – The Constitutional Court dismisses a petition challenging hanging brought by a prisoners' association.",
            "trial 2006-01-18 Asserted",
        ),
        ("2012: Trial courts hand down 17 death sentences.", "death_sentence 2012 Asserted q=17"),
        (
            "The country acceded to the Second Optional Protocol to the International Covenant on Civil and Political Rights, aiming at the abolition of the death penalty, on 11 June 2014.",
            "treaty_ratification 2014-06-11 Asserted",
        ),
        (
            "On 4 March 2021 the President signed a decree on the pardon of 300 convicts.",
            "pardon_release 2021-03-04 Asserted",
        ),
        (
            "On 2 June 2019 the National Assembly voted to abolish the death penalty.",
            "abolition 2019-06-02 Asserted",
        ),
        (
            "Special leave to appeal to the Judicial Committee was refused on 9 October 2013.",
            "trial 2013-10-09 Asserted",
        ),
        (
            "Her co-defendant was acquitted by the jury on 14 February 2010.",
            "trial 2010-02-14 Asserted",
        ),
        (
            "A jury recommended death by a majority and the judge sentenced her to death on 5 May 2005.",
            "death_sentence 2005-05-05 Asserted",
        ),
        (
            "By an instrument dated 4 April 2016 the Governor commuted his death sentence.",
            "commutation 2016-04-04 Asserted",
        ),
        (
            "On 12 March 2019 police used live ammunition and at least 12 protesters were killed.",
            "attack 2019-03-12 Asserted",
        ),
    ] {
        let got = run_dated(text);
        if !got.iter().any(|e| e.starts_with(want)) {
            failed.push(format!("{text}: want {want}, got {got:?}"));
        }
    }
    for (text, not) in [
        (
            "The country acceded to the Second Optional Protocol to the International Covenant on Civil and Political Rights, aiming at the abolition of the death penalty, on 11 June 2014.",
            "abolition",
        ),
        ("On 4 March 2021 the President signed a decree on the pardon of 300 convicts.", "law_adopted"),
        ("The courts continue to hand down death sentences.", "death_sentence"),
        (
            "On 3 June 2015 the court fixed a minimum term of 30 years, to run from the date of his arrest.",
            "arrest",
        ),
        ("By an instrument dated 4 April 2016 the Governor commuted his death sentence.", "trial"),
        ("Iraq executed 12 people in 2020, down from 25 in 2019, while Egypt executed 4 people.", "execution 2019 Asserted q=4"),
    ] {
        let got = run_dated(text);
        if got.iter().any(|e| e.starts_with(not)) {
            failed.push(format!("{text}: unwanted {not}, got {got:?}"));
        }
    }
    assert!(failed.is_empty(), "{}", failed.join("\n"));
}

/// Review of session 28: one chamber's vote or a vetoed vote is no abolition; a title's
/// aside stops at a semicolon or bracket; a veto " if " is a word (not "Asif "); a law
/// that merely mentions pardons is still a law adoption.
#[test]
fn review_votes_asides_and_word_vetoes() {
    let mut failed = Vec::new();
    for (text, want) in [
        ("Leave to appeal was refused to Asif Rahman on 9 May 2016.", "trial 2016-05-09 Asserted"),
        (
            "On 7 July 2020 parliament adopted amendments to the Penal Code that require pardon petitions to be decided within 60 days.",
            "law_adopted 2020-07-07 Asserted",
        ),
        (
            "On 5 October 2017 parliament voted to abolish the death penalty.",
            "abolition 2017-10-05 Asserted",
        ),
    ] {
        let got = run_dated(text);
        if !got.iter().any(|e| e.starts_with(want)) {
            failed.push(format!("{text}: want {want}, got {got:?}"));
        }
    }
    for (text, not) in [
        (
            "On 14 March 2017 the Senate voted to abolish the death penalty, but the governor vetoed the measure.",
            "abolition 2017-03-14 Asserted",
        ),
        ("On 14 March 2017 the lower house voted to abolish the death penalty.", "abolition 2017-03-14 Asserted"),
        ("On 14 March 2017 the Senate has voted to abolish the death penalty.", "abolition 2017-03-14 Asserted"),
        (
            "On 14 March 2017 lawmakers voted to abolish the death penalty; the bill now goes to the upper chamber.",
            "abolition 2017-03-14 Asserted",
        ),
        (
            "The assembly ratified the Second Optional Protocol, aiming at the abolition of the death penalty; in 2021, executions resumed after a coup.",
            "treaty_ratification 2021",
        ),
        ("If leave to appeal is refused on 9 May 2016, the execution will proceed.", "trial"),
    ] {
        let got = run_dated(text);
        if got.iter().any(|e| e.starts_with(not)) {
            failed.push(format!("{text}: unwanted {not}, got {got:?}"));
        }
    }
    assert!(failed.is_empty(), "{}", failed.join("\n"));
}

/// Session 29 (events-17): a list of places with counts in parentheses after a tally
/// is one event per place; a table row naming a counted group is an event; a few
/// verbs of release, pardon, ruling and a lifted moratorium.
#[test]
fn events17_lists_rows_and_verbs() {
    let mut failed = Vec::new();
    let list = "During May the monitor documented executions in Yemen (at least 12), Sudan (5) and Oman (2).";
    let got = run_dated(list);
    for want in [
        "execution 2024-05 Asserted q=12+ @Yemen",
        "execution 2024-05 Asserted q=5 @Sudan",
        "execution 2024-05 Asserted q=2 @Oman",
    ] {
        if !got.iter().any(|e| e.starts_with(want)) {
            failed.push(format!("{list}: want {want}, got {got:?}"));
        }
    }
    // One place with a count is no list.
    let single = "During May the monitor documented executions in Yemen (at least 12).";
    if run_dated(single).len() > 1 {
        failed.push(format!("{single}: one event, got {:?}", run_dated(single)));
    }
    for (text, want) in [
        (
            "Date | Name | Offence\n--- | --- | ---\n9 May 2024 | four men (names withheld) | murder\n",
            "execution 2024-05-09 Asserted q=4",
        ),
        (
            "The King has granted his royal pardon to 310 prisoners on 2 May 2024.",
            "pardon_release 2024-05-02 Asserted",
        ),
        ("She received a presidential pardon in 2019.", "pardon_release 2019 Asserted"),
        (
            "Mr. Osei walked out of the Nsawam prison on May 3, 2011, after eleven years.",
            "pardon_release 2011-05-03 Asserted",
        ),
        ("In 2009 an appeals judge vacated his conviction.", "trial 2009 Asserted"),
        (
            "On 3 March 2022 the Court held, unanimously, that the expulsion breached Article 3.",
            "trial 2022-03-03 Asserted",
        ),
        (
            "On 8 June 2021 the regional court granted the extradition request.",
            "trial 2021-06-08 Asserted",
        ),
        (
            "The official moratorium on executions was lifted in August 2020.",
            "moratorium 2020-08 Asserted",
        ),
        ("The last execution in the country was carried out in 1989.", "execution 1989 Asserted"),
    ] {
        let got = if text.contains('|') {
            let mut rows = String::from("Executions\n\n");
            rows.push_str(text);
            run_dated(&rows)
        } else {
            run_dated(text)
        };
        if !got.iter().any(|e| e.starts_with(want)) {
            failed.push(format!("{text}: want {want}, got {got:?}"));
        }
    }
    for (text, not) in [
        ("The pardoned prisoners will be released on 3 June 2024.", "pardon_release 2024-06-03 Asserted"),
        (
            "The former inmate, who had spent ten years on death row, died on 2 May 2024 at a hospice.",
            "death_in_custody",
        ),
    ] {
        let got = run_dated(text);
        if got.iter().any(|e| e.starts_with(not)) {
            failed.push(format!("{text}: unwanted {not}, got {got:?}"));
        }
    }
    assert!(failed.is_empty(), "{}", failed.join("\n"));
}

/// Session 30 (events-18): present-tense case logs, a court's own "denied", a
/// sentence "passed upon" a prisoner, death on remand, a life term substituted, an
/// instrument deposited, and treaty actions named by a heading line.
#[test]
fn case_logs_rulings_and_treaty_headings() {
    let mut failed = Vec::new();
    for (text, want) in [
        (
            "12 Mar 2022 - The Criminal Court convicts her of smuggling.",
            "conviction 2022-03-12 Asserted",
        ),
        (
            "3 Nov 2021 - The High Court sentences him to death for murder.",
            "death_sentence 2021-11-03 Asserted",
        ),
        (
            "On 4 May 2020 the Supreme Court denied her application for a stay of execution.",
            "trial 2020-05-04 Asserted",
        ),
        (
            "On 9 June 2019 an appeals court rejected a separate claim that the protocol was unlawful.",
            "trial 2019-06-09 Asserted",
        ),
        (
            "On 2 April 2012 the judge passed upon the accused the sentence of death.",
            "death_sentence 2012-04-02 Asserted",
        ),
        (
            "He was held on remand in Freetown and died there on 5 May 2013.",
            "death_in_custody 2013-05-05 Asserted",
        ),
        (
            "On 20 June 2023 the High Court substituted for it a sentence of life imprisonment.",
            "commutation 2023-06-20 Asserted",
        ),
        (
            "Its instrument of ratification was deposited with the depositary on 7 May 2021.",
            "treaty_ratification 2021-05-07 Asserted",
        ),
        (
            "TREATY ACTIONS\n\nNorland - Accession\n\nThe Secretary-General communicates the following.\n\nThe above action was effected on 2 February 2024.\n",
            "treaty_ratification 2024-02-02 Asserted",
        ),
        (
            "TREATY ACTIONS\n\nNORLAND: SIGNATURE\n\nSigned at Geneva on 11 March 2023.\n",
            "treaty_signature 2023-03-11 Asserted",
        ),
        (
            "On 8 June 2020 the High Court rejected the claims of the applicants.",
            "trial 2020-06-08 Asserted",
        ),
        (
            "On 8 June 2020 the court convicts the three defendants of fraud.",
            "conviction 2020-06-08",
        ),
    ] {
        let got = run_dated(text);
        if !got.iter().any(|e| e.starts_with(want)) {
            failed.push(format!("{text}: want {want}, got {got:?}"));
        }
    }
    for (text, not) in [
        (
            "Norland - Withdrawal of declaration\n\nNotification received on 4 March 2024.\n",
            "treaty",
        ),
        (
            "The deposit of the tenth instrument of ratification took place on 1 June 1991.",
            "treaty_ratification",
        ),
        (
            "A gunman who killed four guards in 2015 was among the convicts set to be executed.",
            "conviction",
        ),
        (
            "NORLAND: RATIFICATION\n\nNorland signed the Covenant on 9 June 2018; no instrument has yet been deposited.\n",
            "treaty_ratification",
        ),
        (
            "NORLAND: RATIFICATION\n\nNorland signed the Covenant on 9 June 2018.\n",
            "treaty_ratification",
        ),
        (
            "Phase 2: Approval\n\nThe measure was signed into law by the Mayor on 12 April 2020.\n",
            "treaty",
        ),
        (
            "Phase 2: Approval\n\nThe ordinance took effect on 12 April 2020.\n",
            "treaty",
        ),
        (
            "On 8 June 2020 the Interior Ministry rejected the claims that the Constitutional Court was biased.",
            "trial",
        ),
        (
            "Of the 22 convicts the oldest was 71.",
            "conviction",
        ),
    ] {
        let got = run_dated(text);
        if got.iter().any(|e| e.starts_with(not)) {
            failed.push(format!("{text}: unwanted {not}, got {got:?}"));
        }
    }
    assert!(failed.is_empty(), "{}", failed.join("\n"));
}

/// Session 31 (events-19): wordings of court round-ups, prison reports, oversight
/// reports and UN meetings coverage; a State's account of its own acts; pipe-table
/// rows of a chronology.
#[test]
fn events19_wordings_own_state_accounts_and_table_rows() {
    let mut failed = Vec::new();
    for (text, want) in [
        (
            "On 3 May 2022 the judge sentenced Ade Musa to prison after finding him guilty of fraud.",
            "conviction 2022-05-03 Asserted",
        ),
        (
            "The Court of Appeal on 9 March 2021 set aside the conviction of Joel Tenga, a driver.",
            "trial 2021-03-09 Asserted",
        ),
        (
            "Six prisoners fled Nkhata Prison on 2 April 2022; four were recaptured on 5 April 2022.",
            "arrest 2022-04-05 Asserted",
        ),
        (
            "On 8 May 2023 Tenga walked out of the Ikoyi Custodial Centre after six years.",
            "pardon_release 2023-05-08 Asserted",
        ),
        (
            "In February 2022 the High Court resentenced nine condemned prisoners to terms of 30 years.",
            "commutation 2022-02 Asserted",
        ),
        (
            "The delegate of Ruvania stated that her Government had ratified the Convention in May 2021.",
            "treaty_ratification 2021-05 Asserted",
        ),
        (
            "The minister recalled that the Criminal Procedure Act had come into force in March 2020.",
            "law_adopted 2020-03 Asserted",
        ),
        (
            "Executions in the state prisons had been paused since June 2019, the governor said.",
            "moratorium 2019-06",
        ),
        (
            "| Date | Step |\n| --- | --- |\n| 4 June 2018 | The regional court finds her guilty of smuggling and sentences her to death. |\n| 7 January 2019 | The appeal court upholds the sentence. |\n",
            "trial 2019-01-07 Asserted",
        ),
        (
            "| Date | Step |\n| --- | --- |\n| 4 June 2018 | The regional court finds her guilty of smuggling and sentences her to death. |\n| 7 January 2019 | The appeal court upholds the sentence. |\n",
            "conviction 2018-06-04 Asserted",
        ),
    ] {
        let got = run_dated(text);
        if !got.iter().any(|e| e.starts_with(want)) {
            failed.push(format!("{text}: want {want}, got {got:?}"));
        }
    }
    // Guards: another's word stays reported; a resentencing to death is no commutation.
    for (text, not) in [
        (
            "The lawyer said that the police had arrested her client on 2 May 2021.",
            "arrest 2021-05-02 Asserted",
        ),
        (
            "In May 2021 the court resentenced two condemned prisoners to death after a retrial.",
            "commutation",
        ),
        // Review: "her government" after a speaker who is no State's voice is her claim.
        (
            "The exiled journalist said that her government had arrested 30 reporters on 4 May 2021.",
            "arrest 2021-05-04 Asserted",
        ),
        // Review: a code adopted on a day and coming into force later is adopted on
        // that day, not planned.
        (
            "We welcome Ostland's new Penal Code, adopted in May 2023, which will come into force in 2026.",
            "law_adopted 2023-05 Planned",
        ),
        // Review: the execution of a decree is no execution of a person.
        (
            "Execution of the eviction decree had been halted since 4 June 2019 pending appeal.",
            "moratorium",
        ),
        // Review: territory retaken is no arrest.
        (
            "Government forces recaptured the town of Kessa on 2 March 2017.",
            "arrest",
        ),
    ] {
        let got = run_dated(text);
        if got.iter().any(|e| e.starts_with(not)) {
            failed.push(format!("{text}: unwanted {not}, got {got:?}"));
        }
    }
    assert!(failed.is_empty(), "{}", failed.join("\n"));
}

/// Session 33 (events-21): release, court and resentencing wordings of open letters,
/// reviews, threads and law articles.
#[test]
fn events21_walked_free_struck_down_and_resentenced_to_a_term() {
    let mut failed = Vec::new();
    for (text, want) in [
        (
            "Nadia Brun, condemned for a fire she did not set, walked free in 2017 after a new inquiry.",
            "pardon_release 2017 Asserted",
        ),
        (
            "In June 2016 the Supreme Court declared the mandatory death sentence for robbery unconstitutional.",
            "trial 2016-06 Asserted",
        ),
        (
            "The regional court of appeal struck down the mandatory death penalty in Ostland in May 2015.",
            "trial 2015-05 Asserted",
        ),
        (
            "In 2009 a district judge granted Mr. Fell habeas relief over his lawyer's failures.",
            "trial 2009 Asserted",
        ),
        (
            "The Fifth Circuit reversed that ruling in 2012.",
            "trial 2012 Asserted",
        ),
        (
            "In April 2020 the appeal court quashed his death sentence and resentenced him to 25 years.",
            "commutation 2020-04 Asserted",
        ),
        (
            "Hangings for drug offences resumed in August 2021 after a pause of two years.",
            "execution 2021-08 Asserted",
        ),
        (
            "Police detained a farmer on 12 May 2021, two days after the killing of the village chief Ode Bassa.",
            "attack 2021-05-10 Asserted",
        ),
    ] {
        let got = run_dated(text);
        if !got.iter().any(|e| e.starts_with(want)) {
            failed.push(format!("{text}: want {want}, got {got:?}"));
        }
    }
    // Guards: a resentencing with no death sentence in sight, a declaration by no
    // court, and a resentencing to death.
    for (text, not) in [
        (
            "In 2018 the judge resentenced him to 12 years for the burglary.",
            "commutation",
        ),
        (
            "The opposition declared the new tax unconstitutional in March 2019.",
            "trial",
        ),
        // The Constitutional Court's abolition is no trial besides; a perfect with
        // another clause's "since" date is undated.
        (
            "On 2 May 2009 the Constitutional Court declared the death penalty unconstitutional.",
            "trial",
        ),
        // With no count of days, the arrest's date is not the killing's.
        (
            "She was arrested on 3 June 2020 after the killing of her husband.",
            "attack 2020-06-03",
        ),
        (
            "After the death sentence was quashed, the court resentenced him to death in 2014.",
            "commutation",
        ),
        // Impunity is no release; talks that resumed are no executions; a chain of
        // the arrest's days dates no killing.
        (
            "The officers who shot the protesters walked free in 2019.",
            "pardon_release",
        ),
        ("Executions stopped and talks resumed in 2019.", "execution"),
        (
            "Police detained two men on 4 May and 5 May 2021, two days after the killing of Ode Bassa.",
            "attack 2021-05-0",
        ),
    ] {
        let got = run_dated(text);
        if got.iter().any(|e| e.starts_with(not)) {
            failed.push(format!("{text}: unwanted {not}, got {got:?}"));
        }
    }
    assert!(failed.is_empty(), "{}", failed.join("\n"));
}

/// Session 34 (events-22): dates after an aside on the object, noun-phrase events, votes
/// on a resolution named a sentence before, votes with their day before the infinitive,
/// resentenced prisoners, releases by the authorities, a note number glued to a year.
#[test]
fn events22_asides_noun_phrases_and_votes_named_before() {
    let mut failed = Vec::new();
    for (text, want) in [
        (
            "The Court of Appeal acquitted Ana Lima, who had spent nine years in prison for a fire she did not set, on 3 March 2021.",
            "trial 2021-03-03 Asserted",
        ),
        (
            "The High Court upheld the death sentence of Obi Dane, a farmer convicted of killing his brother, on 14 May 2019.",
            "trial 2019-05-14 Asserted",
        ),
        (
            "Rights groups condemned the execution on 2 April 2022 of Marek Tol, a mechanic.",
            "execution 2022-04-02 Asserted",
        ),
        (
            "The Court of Appeal's dismissal of her appeal in October 2018 ended the case.",
            "trial 2018-10 Asserted",
        ),
        (
            "The General Assembly adopted resolution 75/183 on a moratorium on 16 December 2020. Ostland voted in favour for the first time.",
            "un_vote 2020-12-16 Asserted",
        ),
        (
            "The Third Committee took up the draft resolution on a moratorium on 11 November 2021. It passed by 120 votes to 39.",
            "un_vote 2021-11-11 Asserted",
        ),
        (
            "Parliament voted on 3 April 2023 to abolish the mandatory death penalty for drug trafficking.",
            "law_adopted 2023-04-03 Asserted",
        ),
        (
            "Parliament voted on 9 May 2022 to remove the death penalty from the penal code.",
            "abolition 2022-05-09 Asserted",
        ),
        (
            "The High Court resentenced eleven condemned prisoners on 2 June 2023 to terms of 30 years.",
            "commutation 2023-06-02 Asserted",
        ),
        (
            "On 2 May 2023 the court quashed his conviction. The same day, the authorities released her husband, who had been held for a month.",
            "pardon_release 2023-05-02 Asserted",
        ),
        (
            "Ostland last carried out an execution in 1988.4 The Board has met twice since.",
            "execution 1988 Asserted",
        ),
    ] {
        let got = run_dated(text);
        if !got.iter().any(|e| e.starts_with(want)) {
            failed.push(format!("{text}: want {want}, got {got:?}"));
        }
    }
    // A vote on a bill is no UN vote, even after a resolution's sentence; a senate's
    // vote is one chamber's.
    for (text, not) in [
        (
            "The city council adopted a resolution on prisons on 3 May 2022. Members of parliament voted against the bill.",
            "un_vote",
        ),
        (
            "The senate voted on 9 May 2022 to remove the death penalty from the penal code.",
            "abolition",
        ),
        // A vote the same sentence has signed into law later is not the abolition.
        (
            "Its parliament voted on 23 July 2021 to abolish the death penalty, and the president signed the Abolition Act on 8 October 2021.",
            "abolition 2021-07-23 Asserted",
        ),
        // A failed vote, a vote against and one chamber's vote adopt nothing.
        (
            "A vote on a bill to abolish the death penalty failed on 3 May 2022.",
            "abolition 2022-05-03 Asserted",
        ),
        (
            "MPs voted against a bill to abolish the mandatory death penalty on 3 April 2023.",
            "law_adopted",
        ),
        (
            "The senate voted on 3 April 2023 to abolish the mandatory death penalty for drug trafficking.",
            "law_adopted",
        ),
        // A body released, an execution postponed, a European resolution.
        (
            "The authorities released his body to the family on 5 May 2023.",
            "pardon_release",
        ),
        (
            "The execution on 12 May 2023 of Ali Reza was postponed after protests.",
            "execution",
        ),
        (
            "The European Parliament adopted a resolution on Belarus on 3 May 2022. Ostland's delegation abstained.",
            "un_vote",
        ),
    ] {
        let got = run_dated(text);
        if got.iter().any(|e| e.starts_with(not)) {
            failed.push(format!("{text}: unwanted {not}, got {got:?}"));
        }
    }
    assert!(failed.is_empty(), "{}", failed.join("\n"));
}

/// Session 35 (events-23): wordings of a Views document, a live blog, a governor's
/// newsroom, a case study, a desk bulletin and a lawyer's email: each case lists the
/// events (prefixes of "kind date modality") that must be found and those that must not.
#[test]
fn wordings_of_views_blogs_bulletins_and_emails() {
    let cases: &[(&str, &[&str], &[&str])] = &[
        (
            "\"The death sentence imposed on Rahmat bin Salleh, 39, was carried out on 1 August 2023,\" the bureau said.",
            &["execution 2023-08-01 Asserted"],
            &["death_sentence"],
        ),
        (
            "On 31 July 2023, the Court of Appeal rejected an application by his lawyer for a stay of execution.",
            &["trial 2023-07-31 Asserted"],
            &[],
        ),
        (
            "On 29 August 2023, the Governor signed 47 pardons recommended by the Board.",
            &["pardon_release 2023-08-29 Asserted"],
            &[],
        ),
        (
            "Sierra Leone's vote in favour of the General Assembly's moratorium resolution in December 2022 completed a shift.",
            &["un_vote 2022-12 Asserted"],
            &[],
        ),
        (
            "- Kuwait, Court of Cassation, 17 December 2023 (Case 1187/2023). Held: appeal dismissed; death sentences of three men upheld.",
            &["trial 2023-12-17 Asserted"],
            &[],
        ),
        (
            "On 15 February 2016, the High Court convicted the author of murder and sentenced him to death. The same judgment acquitted his co-accused, Ranjith Silva, of all charges.",
            &["conviction 2016-02-15", "death_sentence 2016-02-15", "trial 2016-02-15"],
            &[],
        ),
        (
            "On 4 November 1998, the High Court in Freetown convicted 16 civilians of treason and acquitted two others.",
            &["conviction 1998-11-04", "trial 1998-11-04"],
            &[],
        ),
        (
            "On 20 December 2023 the Federal Court resentenced Ravi Kumaran to 30 years' imprisonment under the Revision of Sentence of Death Act 2023.",
            &["commutation 2023-12-20 Asserted"],
            &[],
        ),
        (
            "The High Court convicted him of trafficking on 9 January 2015 and passed the mandatory death sentence.",
            &["conviction 2015-01-09", "death_sentence 2015-01-09"],
            &[],
        ),
        (
            "The execution of Harold Scoggins, set for February 29, 2024, was stayed by the Alabama Supreme Court.",
            &[],
            &["execution"],
        ),
        (
            "Ravi told me during a visit last year that guards at Kajang beat him in 2019.",
            &[],
            &["ill_treatment 2019 Asserted"],
        ),
    ];
    let mut failed = 0;
    for (text, want, unwanted) in cases {
        let got = run_dated(text);
        let missing = want.iter().any(|w| !got.iter().any(|e| e.starts_with(w)));
        let extra = unwanted
            .iter()
            .any(|u| got.iter().any(|e| e.starts_with(u)));
        if missing || extra {
            failed += 1;
            eprintln!(
                "input: {text:?}\n  got:    {got:?}\n  want:   {want:?}\n  unwanted: {unwanted:?}"
            );
        }
    }
    assert_eq!(failed, 0, "{failed} of {} cases failed", cases.len());
}

/// Session 35 (events20fix): an undated event told as days or weeks after a dated crime
/// is that many days after it, whether the crime is dated in the same sentence or the
/// sentence before; no count, or no dated crime, leaves it undated.
#[test]
fn days_after_a_dated_crime() {
    let mut failed = Vec::new();
    for (text, want) in [
        (
            "On 2 March 2018 gunmen robbed a bakery in Tarno and shot dead the night watchman. Peter Obi, a driver, was arrested two days after the robbery.",
            "arrest 2018-03-04",
        ),
        (
            "Her husband was shot dead in a robbery on 9 May 2011. Police arrested Lena Varga two weeks after the shooting.",
            "arrest 2011-05-23",
        ),
        (
            "Tomas Ruva was jailed for life after the killing of a herder, Ode Bassa, at Ruvo in June 2016. He was arrested two days after the killing.",
            "arrest 2016-06-03",
        ),
    ] {
        let got = run_dated(text);
        if !got.iter().any(|e| e.starts_with(want)) {
            failed.push(format!("{text}: want {want}, got {got:?}"));
        }
    }
    for (text, not) in [
        (
            "On 2 March 2018 gunmen robbed a bakery in Tarno and shot dead the night watchman. Peter Obi was arrested after the robbery.",
            "arrest 2018",
        ),
        (
            "Peter Obi was arrested two days after the election.",
            "arrest 2",
        ),
    ] {
        let got = run_dated(text);
        if got.iter().any(|e| e.starts_with(not)) {
            failed.push(format!("{text}: unwanted {not}, got {got:?}"));
        }
    }
    assert!(failed.is_empty(), "{}", failed.join("\n"));
}

/// Mend (mendx): a resentencing to a term "for the death of his wife" is no commutation:
/// bare "death" is no death sentence.
#[test]
fn mendx_resentenced_for_a_death_is_no_commutation() {
    let got = run_dated("In 2015 he was resentenced to 25 years for the death of his wife.");
    assert!(
        !got.iter().any(|e| e.starts_with("commutation")),
        "got {got:?}"
    );
    let got =
        run_dated("In 2015 the court resentenced the death-row prisoner Ode Bassa to 25 years.");
    assert!(
        got.iter().any(|e| e.starts_with("commutation 2015")),
        "got {got:?}"
    );
}

/// Mend (mendx): "two weeks after the elections" names no crime: the paragraph's dated
/// killing does not date the arrest; "after the killings" names a crime and does.
#[test]
fn mendx_days_after_a_noun_that_is_no_crime() {
    let got = run_dated(
        "Gunmen killed three villagers on 4 March 2024. Police arrested Musa two weeks after the elections.",
    );
    assert!(
        !got.iter().any(|e| e.starts_with("arrest 2024")),
        "got {got:?}"
    );
    let got = run_dated(
        "Gunmen killed three villagers on 4 March 2024. Police arrested Musa two weeks after the killings.",
    );
    assert!(
        got.iter().any(|e| e.starts_with("arrest 2024-03-18")),
        "got {got:?}"
    );
}

/// Mend (mendx): "signed petitions for pardons" pardons nobody; a parliament's "vote in
/// favour of a moratorium" is no vote at the UN, the General Assembly's is.
#[test]
fn mendx_petitions_for_pardons_and_a_parliaments_vote_in_favour() {
    let got = run_dated("In May 2023 activists signed petitions for pardons of the condemned.");
    assert!(
        !got.iter().any(|e| e.starts_with("pardon_release")),
        "got {got:?}"
    );
    let got = run_dated(
        "The parliament's vote in favour of a moratorium on executions in May 2023 surprised observers.",
    );
    assert!(!got.iter().any(|e| e.starts_with("un_vote")), "got {got:?}");
    let got = run_dated(
        "Ostland's vote in favour of the General Assembly's moratorium resolution in December 2022 completed a shift.",
    );
    assert!(got.iter().any(|e| e.starts_with("un_vote")), "got {got:?}");
}

/// Session 36 (events-24): an acquittal beside a conviction whose clause runs long; a
/// prisoner "pronounced dead" in a prison; a warder seen "beating an inmate"; a release
/// on completion of sentence is no pardon; testimony, a media report and an allegation
/// the speaker rejects are reported, not asserted; a notice's or a circular's "Dated the
/// 10th October, 2023" is no judgment's date line, "Dated the 9th day of May, 2022" is.
#[test]
fn events24_wordings_of_registries_reports_and_notices() {
    assert_dated_cases(&[
        (
            "On 3 May 2024 the tribunal convicted six soldiers of desertion and violation of orders, and acquitted Corporal Ilunga Banza.",
            &["conviction 2024-05-03 Asserted q=6", "trial 2024-05-03 Asserted Subject=Ilunga Banza"],
        ),
        (
            "On 4 March 2023 Okot Peter, a remand prisoner, collapsed in the prison yard and was pronounced dead at the hospital.",
            &["death_in_custody 2023-03-04 Asserted"],
        ),
        (
            "Camera footage showed a warder beating an inmate with a stick on 2 March 2023.",
            &["ill_treatment 2023-03-02 Asserted"],
        ),
    ]);
    for text in [
        "In 2023, 214 prisoners were released on completion of their sentences.",
        "A witness testified that on 2 April 2024 the soldiers had shot two traders.",
        "Mr Speaker, it has been reported in the media that a prisoner was beaten by warders in January 2024.",
        "The Ministry rejects allegations that detainees were tortured in January 2024.",
        "Dated the 10th October, 2023.",
        "The moratorium was lifted by a circular dated 13 March 2024.",
    ] {
        let got = run_dated(text);
        assert!(
            got.iter().all(|e| e.ends_with("Planned")
                || (!e.contains("Asserted") && !e.contains("Hedged"))
                || !["pardon_release", "attack", "ill_treatment", "trial"]
                    .iter()
                    .any(|k| e.starts_with(k))),
            "{text}: {got:?}"
        );
    }
    let got = run_dated("Dated the 9th day of May, 2022.");
    assert!(
        got.iter().any(|e| e.starts_with("trial 2022-05-09")),
        "{got:?}"
    );
}

/// Session 36 (events-24): an encyclopedia lead's life span after the name dates the
/// execution it tells by its last day, and no other event.
#[test]
fn events24_a_life_span_dates_a_death_by_its_last_day() {
    let got = run_dated(
        "Kagiso Dintwe (14 August 1979 – 4 February 2021) was a farm labourer who was hanged at Gaborone Central Prison.",
    );
    assert!(
        got.iter().any(|e| e.starts_with("execution 2021-02-04")),
        "{got:?}"
    );
    assert!(got.iter().all(|e| !e.contains("1979")), "{got:?}");
}

/// A bracketed range after a regime's name is no life span: the execution keeps its
/// own reading, not the regime's last year.
#[test]
fn a_regimes_span_is_no_life_span() {
    let got = run_dated("Under the Franco regime (1939–1975), thousands were executed.");
    assert!(got.iter().all(|e| !e.contains(" 1975")), "{got:?}");
}

/// A notice of appeal's date makes no judgment.
#[test]
fn a_notice_of_appeal_dated_is_no_judgment() {
    for text in [
        "The court file holds a notice of appeal dated 3 May 2022.",
        "The appeal rests on a summons dated 3 May 2022.",
    ] {
        assert!(run_dated(text).is_empty(), "{text}: {:?}", run_dated(text));
    }
}

/// "May" the month is no "may" of a power: the commutation stands.
#[test]
fn the_month_may_does_not_veto_a_commutation() {
    let text = "On 1 May 2023 the President commutes the sentences of death of all prisoners.";
    let rules = Rules::builtin();
    let times = crate::time::tag(text, &crate::time::AnchorContext::default());
    let sentences = crate::text::sentences(text);
    let mentions = crate::mentions(text, rules, &times);
    let input = Input {
        text,
        sentences: &sentences,
        mentions: &mentions,
        times: &times,
        rules,
        period: None,
    };
    let got = events(&input);
    assert!(
        got.iter()
            .any(|e| e.rule == "commutation.commutes.decision"),
        "{:?}",
        got.iter().map(|e| &e.rule).collect::<Vec<_>>()
    );
}

/// Session 37 (events-25): a US court's procedural history in its own words: an
/// affirmance of a named prisoner's conviction, a bare "affirmed on DATE", relief and a
/// certificate of appealability denied, a petition denied, certiorari denied (the rule
/// whose nested group had broken it).
#[test]
fn events25_a_us_procedural_history_is_read() {
    for text in [
        "The Court of Criminal Appeals of Oklahoma affirmed Brandt's conviction and sentence on 4 March 2011.",
        "The Court of Criminal Appeals affirmed on October 2, 2014, in an unpublished order.",
        "The state district court denied relief on May 9, 2017.",
        "The federal court denied a certificate of appealability on June 3, 2019.",
        "On July 1, 2020, the district court denied the petition in a long opinion.",
        "The Supreme Court denied certiorari on January 11, 2021.",
    ] {
        let got = run_dated(text);
        assert!(got.iter().any(|e| e.starts_with("trial 20")), "{text}: {got:?}");
    }
    // Guards: a court that would deny relief, and an undated denial.
    for text in [
        "If the court denied relief on May 9, 2017, he would appeal.",
        "The state district court denied relief.",
    ] {
        let got = run_dated(text);
        assert!(
            got.iter().all(|e| !e.starts_with("trial 2017")),
            "{text}: {got:?}"
        );
    }
}

/// Session 37 (events-25): a chronicle's present-tense entries ("14 April 2019 – Police
/// arrest ...", "pardons 300 prisoners", "passes the ... Act", "signs it into law",
/// "militants attack a ...", "two bombs explode ..., killing ..."); the habitual and the
/// possible stay no event.
#[test]
fn events25_a_chronicles_present_tense_entries_are_events() {
    for (text, kind) in [
        ("3 April 2019 – Police in Tarvo arrest the editor Jon Maki after a protest.", "arrest 2019-04-03"),
        ("5 June 2019 – The King pardons 300 prisoners ahead of the holiday.", "pardon_release 2019-06-05"),
        ("6 June 2019 – The Senate passes the Public Order (Amendment) Act by 40 votes to 12.", "law_adopted 2019-06-06"),
        ("7 July 2019 – The Senate approves the bill, and the President signs it into law on 7 July 2019.", "law_adopted 2019-07-07"),
        ("8 August 2019 – Rebel fighters attack a police post near Ostra, killing four officers.", "attack 2019-08-08"),
        ("9 September 2019 – Two car bombs explode outside a market in Ostra, killing at least 12 people.", "attack 2019-09-09"),
    ] {
        let got = run_dated(text);
        assert!(got.iter().any(|e| e.starts_with(kind)), "{text}: {got:?}");
    }
    for text in [
        "Police in Tarvo routinely arrest the editors of small papers, the report of 2019 says.",
        "Under the 2019 law, the King may pardon 300 prisoners each year.",
    ] {
        let got = run_dated(text);
        assert!(
            got.iter()
                .all(|e| !e.starts_with("arrest") && !e.starts_with("pardon")),
            "{text}: {got:?}"
        );
    }
}

/// Session 37 (events-25): an undated event told "the same evening" or "the next
/// morning" takes the paragraph's last day or the day after; with no day before it in
/// its paragraph it stays undated. An arrest "three days after the killing" takes the
/// killing's day from the paragraph before.
#[test]
fn events25_the_same_evening_and_the_next_morning_take_the_narratives_day() {
    let got = run_dated(
        "On 3 March 2022, officers arrested the editor Jon Maki at his office. His deputy, who had filmed the raid, was arrested the same evening.",
    );
    assert!(
        got.iter()
            .filter(|e| e.starts_with("arrest 2022-03-03"))
            .count()
            == 2,
        "{got:?}"
    );
    let got = run_dated(
        "On the night of May 4, 2001, the two men robbed a petrol station in Tarvo. Police arrested Maki the next morning at his home.",
    );
    assert!(
        got.iter().any(|e| e.starts_with("arrest 2001-05-05")),
        "{got:?}"
    );
    let got = run_dated("Police arrested Maki the next morning at his home.");
    assert!(got.iter().all(|e| e.contains(" - ")), "{got:?}");
    let got = run_dated(
        "On the evening of May 4, 2001, Maki stopped the courier on a side road and shot him twice.\n\nPolice arrested Maki three days after the killing at a farm near Tarvo.",
    );
    assert!(
        got.iter().any(|e| e.starts_with("arrest 2001-05-07")),
        "{got:?}"
    );
}

/// Session 37 (events-25): a State's reply in its own voice: the General Assembly
/// "adopted resolution N" with no article, a moratorium "observed since" a year, and a
/// death "of a heart attack on DATE" that is no attack.
#[test]
fn events25_a_states_reply_in_its_own_words() {
    let got = run_dated(
        "On 18 December 2014, the General Assembly adopted resolution 69/186 on a moratorium on the use of the death penalty.",
    );
    assert!(
        got.iter().any(|e| e.starts_with("un_vote 2014-12-18")),
        "{got:?}"
    );
    let got = run_dated(
        "The moratorium on executions, observed since 1987, remains in force in Freedonia.",
    );
    assert!(
        got.iter().any(|e| e.starts_with("moratorium 1987")),
        "{got:?}"
    );
    let got = run_dated("A prisoner at Ostra Prison died of a heart attack on 2 May 2021.");
    assert!(got.iter().all(|e| !e.starts_with("attack")), "{got:?}");
}

/// Session 37 (events-25): a chronicle's line "DAY – ..." dates the undated events of
/// its first sentence, not another voice's claim after it.
#[test]
fn events25_a_chronicle_line_dates_its_first_sentence() {
    let text = "1987 in Freedonia\n\nMarch\n2 March – A military court in Ostra executes four men convicted of the 1985 bombing of a market.\n9 March – A journalist dies in custody in Ostra. His family says he was tortured.\n";
    let got = run_dated(text);
    assert!(
        got.iter().any(|e| e.starts_with("execution 1987-03-02")),
        "{got:?}"
    );
    assert!(
        got.iter().all(|e| !e.starts_with("ill_treatment 1987")),
        "{got:?}"
    );
}

/// Kind and date of each event of `text`.
fn dated_events(text: &str) -> Vec<String> {
    pipeline_events(text, Rules::builtin())
        .iter()
        .map(|e| {
            let date = e.date.map(|d| d.iso()).unwrap_or_else(|| "undated".into());
            format!("{} {}", e.kind.as_str(), date)
        })
        .collect()
}

#[test]
fn chronology_cells_on_lines_of_their_own() {
    // A chronology annex whose layout set each date cell on a line of its own: the
    // entry under a date is dated by it, and is never a heading.
    let text = "Annex: Timeline of the proceedings\n\n3 Mar 2018\n\nMaria Lopez arrested at the border crossing near Tecun\n\n\
                4 Apr 2018\n\nLawyer appointed by the bar association\n\n5 Jun 2019\n\n\
                Trial opens at the Regional Court of Quetzaltenango\n\n7 Jun 2019\n\nConvicted; sentenced to death\n\n\
                12 Feb 2021\n\nSentence commuted to life imprisonment by the President\n";
    let got = dated_events(text);
    println!("{got:?}");
    for want in [
        "arrest 2018-03-03",
        "trial 2019-06-05",
        "death_sentence 2019-06-07",
        "commutation 2021-02-12",
    ] {
        assert!(got.iter().any(|g| g == want), "{want} missing from {got:?}");
    }
}

#[test]
fn court_record_cells_and_release_entries() {
    // A decisions table run into one line per row: the outcome cell after a court's
    // day, and an entry that opens with "Released".
    let text = "CP/3/2021 Jonas Fairweather Murder Supreme Court, Kingstown, 11.09.2014: sentence of death \
                Appeal dismissed by the Court of Appeal, 02.02.2016. Sentence commuted.\n\n\
                CP/4/2021 Lena Broek Robbery District Court, Bayside, 19.01.2020: 4 years' imprisonment None. \
                Remission granted. Released from the Central Prison on 05.03.2023.\n";
    let got = dated_events(text);
    println!("{got:?}");
    for want in [
        "death_sentence 2014-09-11",
        "conviction 2020-01-19",
        "pardon_release 2023-03-05",
    ] {
        assert!(got.iter().any(|g| g == want), "{want} missing from {got:?}");
    }
}

/// Kind and date of each asserted event of `text` (the timeline's events).
fn asserted_dated(text: &str) -> Vec<String> {
    pipeline_events(text, Rules::builtin())
        .iter()
        .filter(|e| e.modality == Modality::Asserted)
        .map(|e| {
            let date = e.date.map(|d| d.iso()).unwrap_or_else(|| "undated".into());
            format!("{} {}", e.kind.as_str(), date)
        })
        .collect()
}

#[test]
fn an_own_earlier_event_counted_back_from_the_clause_day() {
    // "N days after his arrest", "a day after being arrested": the arrest is the
    // subject's own, that many days before the day of the clause it hangs on.
    let cases: &[(&str, &str)] = &[
        (
            "The lawyer Omar Selim died in a police cell in Aswan on 12 October 2021, three days after his arrest.",
            "arrest 2021-10-09",
        ),
        (
            "On 4 February 2020, Ana Ruiz, 29, died in police custody a day after being arrested by the border police.",
            "arrest 2020-02-03",
        ),
        (
            "A student died in custody in Mosul on 20 March 2019, the day after his arrest at a checkpoint.",
            "arrest 2019-03-19",
        ),
    ];
    for (text, want) in cases {
        let got = asserted_dated(text);
        println!("{got:?}");
        assert!(
            got.iter().any(|g| g == want),
            "{want} missing from {got:?} in {text}"
        );
        assert!(
            got.iter().any(|g| g.starts_with("death_in_custody 20")),
            "{got:?} in {text}"
        );
    }
    // With no count the arrest stays a background reference.
    let got = asserted_dated("He died in prison on 2 June 2017 after his arrest in a raid.");
    assert!(got.iter().all(|g| !g.starts_with("arrest")), "{got:?}");
}

#[test]
fn wordings_of_rulings_gazettes_and_custody_reports() {
    let cases: &[(&str, &str)] = &[
        // a second law event told with a pronoun object
        (
            "The assembly passed the Media Act on 2 March 2021, and the President signed it into law on 9 March 2021.",
            "law_adopted 2021-03-09",
        ),
        // an appellate confirmation in a participle beside a commutation
        (
            "On 5 May 2019, the Supreme Court commuted the death sentence of one man, while confirming the death sentences of his three co-accused.",
            "trial 2019-05-05",
        ),
        // a handing over to another State's agents
        (
            "The dissident was handed over to officials of Tajikistan in May 2016.",
            "forcible_return 2016-05",
        ),
        // officials beating the people they hold
        (
            "The inspectors found that prison guards had assaulted at least six prisoners at the Central Jail on 14 July 2022.",
            "ill_treatment 2022-07-14",
        ),
        // a remission
        (
            "On 1 May 2022 the President granted a special remission of ninety days to all prisoners.",
            "pardon_release 2022-05-01",
        ),
    ];
    for (text, want) in cases {
        let got = asserted_dated(text);
        println!("{got:?}");
        assert!(
            got.iter().any(|g| g == want),
            "{want} missing from {got:?} in {text}"
        );
    }
    // The officials' assault is ill-treatment, not an attack.
    let got = asserted_dated(
        "The inspectors found that prison guards had assaulted at least six prisoners at the Central Jail on 14 July 2022.",
    );
    assert!(got.iter().all(|g| !g.starts_with("attack")), "{got:?}");
    // The crime the men were convicted of is no attack of the ruling's day.
    let got = asserted_dated(
        "On 3 April 2018, the High Court commuted the death sentences of three men convicted in connection with an arson attack, finding that they had been minors.",
    );
    assert!(got.iter().any(|g| g == "commutation 2018-04-03"), "{got:?}");
    assert!(got.iter().all(|g| !g.starts_with("attack")), "{got:?}");
}

#[test]
fn a_ruling_that_sets_a_decision_aside() {
    let got = asserted_dated(
        "On 11 November 2020, the High Court declared the order to expel the refugee unlawful and set it aside.",
    );
    assert!(got.iter().any(|g| g == "trial 2020-11-11"), "{got:?}");
}

#[test]
fn a_bill_approving_accession_is_a_law_not_the_accession() {
    let got = asserted_dated(
        "The National Assembly passed a bill approving accession to the Second Optional Protocol on 14 June 2017, and the country deposited its instrument of accession on 2 October 2017.",
    );
    println!("{got:?}");
    assert!(got.iter().any(|g| g == "law_adopted 2017-06-14"), "{got:?}");
    assert!(
        got.iter().all(|g| g != "treaty_ratification 2017-06-14"),
        "{got:?}"
    );
}

#[test]
fn a_legislature_passing_a_named_act_beside_a_draft() {
    // The draft named after the passage is what was passed, not a plan.
    let got = asserted_dated(
        "After a cabinet review in May 2022, Parliament passed the Data Security Act on 20 July 2022, with several amendments to the draft.",
    );
    println!("{got:?}");
    assert!(got.iter().any(|g| g == "law_adopted 2022-07-20"), "{got:?}");
    // A draft act passed in a first reading stays no law.
    let got =
        asserted_dated("On 3 March 2021 the assembly passed the draft act in its first reading.");
    assert!(
        got.iter().all(|g| !g.starts_with("law_adopted 2021")),
        "{got:?}"
    );
}

#[test]
fn a_gazette_notice_appointing_the_day_an_act_comes_into_force() {
    // "is pleased to" in a notification is the act done, not a plan.
    let got = asserted_dated(
        "In exercise of the powers conferred by section 1 of the Prisons Act, 2019, the Government is pleased to appoint the 1st day of July, 2019 as the date on which the said Act shall come into force.",
    );
    println!("{got:?}");
    assert!(got.iter().any(|g| g == "law_adopted 2019-07-01"), "{got:?}");
    assert!(got.iter().all(|g| !g.starts_with("appointment")), "{got:?}");
    let got = asserted_dated(
        "On 26 January 2021, the President has been pleased to grant a special remission of thirty days to all convicts.",
    );
    assert!(
        got.iter().any(|g| g == "pardon_release 2021-01-26"),
        "{got:?}"
    );
}

/// Session 40 (events-28): a procedural history's acquittal by "the same jury" takes
/// the day just told; a refusal of leave in a relative clause; "granted pardon to"
/// with no article; an execution "by" a method "had been carried out" with its day
/// between; a dated treaty deposit told on an official's word is the record.
#[test]
fn events28_same_body_leave_pardon_method_and_reported_deposit() {
    let got = run_dated(
        "On 4th June 2016, the jury convicted Mr. Alvaro Penn of robbery. The same jury acquitted Mr. Derek Lowe of all counts.",
    );
    assert!(
        got.iter()
            .any(|e| e.starts_with("trial 2016-06-04 Asserted")),
        "{got:?}"
    );
    // "later" moves the day on: no borrowed date.
    let got = run_dated(
        "On 4th June 2016, the jury convicted Mr. Alvaro Penn of robbery. The same court later acquitted Mr. Derek Lowe.",
    );
    assert!(
        got.iter().all(|e| !e.starts_with("trial 2016-06-04")),
        "{got:?}"
    );
    let got = run_dated(
        "She then sought special leave to appeal, which the Judicial Committee refused on 2nd May 2019.",
    );
    assert!(
        got.iter().any(|e| e.starts_with("trial 2019-05-02")),
        "{got:?}"
    );
    let got = run_dated(
        "On 12 April 2021, the Head of State granted pardon to 230 inmates held in various prisons.",
    );
    assert!(
        got.iter()
            .any(|e| e.starts_with("pardon_release 2021-04-12 Asserted")),
        "{got:?}"
    );
    let got = run_dated(
        "The rapporteur mentioned a man whose execution by lethal injection in Texas on 9 March 2022 had been carried out despite a pending request.",
    );
    assert!(
        got.iter().any(|e| e.starts_with("execution 2022-03-09")),
        "{got:?}"
    );
    let got = run_dated(
        "The treaty officer said that Mongolia had deposited its instrument of accession to the Protocol on 13 March 2023.",
    );
    assert!(
        got.iter()
            .any(|e| e.starts_with("treaty_ratification 2023-03-13 Asserted")),
        "{got:?}"
    );
}

/// Session 40 (asks-14 t04 after events-28's "granted pardon to"): the year that ends a
/// long law's name ("the Constitution of the Republic of Norland of 1977") names it and
/// dates no act of the sentence.
#[test]
fn a_long_law_name_s_year_dates_no_pardon() {
    let got = run_dated(
        "The President, in exercise of the powers conferred on him by Article 45 of the Constitution of the Republic of Norland of 1977, has granted pardon to 1,200 prisoners.",
    );
    assert!(
        got.iter().any(|e| e.starts_with("pardon_release")),
        "{got:?}"
    );
    assert!(got.iter().all(|e| !e.contains("1977")), "{got:?}");
}

/// Session 41 (events-29): wordings with no trigger ("was handed a death sentence",
/// "hacked to death", an application "struck out", "the trial before X opened on",
/// a Council that "extended" a mandate, "which the General Assembly adopted on", a man
/// "handed over to border guards"), a refused clemency petition that is no trial, a
/// hanging "scheduled" for later, and a date inside a clause of time after the trigger.
#[test]
fn events29_wordings_clemency_schedule_and_time_clause() {
    let has = |text: &str, prefix: &str| {
        let got = run_dated(text);
        assert!(
            got.iter().any(|e| e.starts_with(prefix)),
            "{prefix}: {got:?}"
        );
    };
    has(
        "The farmer was handed a death sentence in 2015 for the robbery.",
        "death_sentence 2015",
    );
    has(
        "On 3 March 2012, one Amina Tarik was hacked to death at her home in the village.",
        "attack 2012-03-03",
    );
    has(
        "His second application for review was struck out on 4 June 2019.",
        "trial 2019-06-04",
    );
    has(
        "The trial of the two farmers before the District Court at Lindi opened on 6 March 2013.",
        "trial 2013-03-06",
    );
    has(
        "The UN Security Council extended the mission's mandate for another year in March 2009.",
        "un_vote 2009-03",
    );
    has(
        "The country voted for the resolution on a moratorium, which the General Assembly adopted on 15 December 2020.",
        "un_vote 2020-12-15",
    );
    has(
        "On 3 June 2021, police in the neighbouring state detained the writer and handed him over to border guards the following day.",
        "forcible_return 2021-06-04",
    );
    let got = run_dated(
        "On 3 June 2021, police in the neighbouring state detained the writer and handed him over to border guards the following day.",
    );
    assert!(
        got.iter().any(|e| e.starts_with("arrest 2021-06-03")),
        "{got:?}"
    );
    let got = run_dated("The Governor rejected his petition for clemency on 8 May 2020.");
    assert!(got.iter().all(|e| !e.starts_with("trial")), "{got:?}");
    let got = run_dated(
        "On 2 March 2021, a second prisoner was told that he is scheduled to be hanged next week.",
    );
    assert!(
        got.iter()
            .all(|e| !(e.starts_with("execution") && e.contains("Asserted"))),
        "{got:?}"
    );
    // The clause of time has its own verb and day: the hanging is not dated by it.
    let got = run_dated(
        "He was hanged at dawn, shortly after his brother was allowed a final visit on 4 May 2022.",
    );
    assert!(
        got.iter().all(|e| !e.starts_with("execution 2022-05-04")),
        "{got:?}"
    );
}
