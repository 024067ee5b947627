//! End-to-end tests of the `dossier` binary: what a user types, what they see.

mod bad_input;
mod reference;
mod team;
mod two_servers;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

pub fn dossier(store: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_dossier"))
        .arg("--store")
        .arg(store)
        .args(args)
        .env_remove("DOSSIER_STORE")
        .output()
        .expect("run dossier")
}

pub fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

pub fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

pub fn json(output: &Output) -> serde_json::Value {
    assert!(
        output.status.success(),
        "dossier failed: {}",
        stderr(output)
    );
    serde_json::from_slice(&output.stdout)
        .unwrap_or_else(|e| panic!("bad JSON ({e}): {}", stdout(output)))
}

/// The reference corpus beside the repository, if present.
pub fn reference_corpus() -> Option<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpus/kazakhstan");
    if dir.is_dir() {
        Some(dir)
    } else {
        eprintln!("note: {} not found; reference tests skipped", dir.display());
        None
    }
}

pub fn examples_corpus() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/corpus")
}

/// `dossier ingest PATHS...` into `store`, which must succeed.
pub fn ingest_ok(store: &Path, paths: &[&Path]) {
    let mut args = vec!["ingest"];
    args.extend(paths.iter().map(|p| p.to_str().expect("utf-8 path")));
    let out = dossier(store, &args);
    assert!(out.status.success(), "{}", stderr(&out));
}

/// A new store (`store` in a temporary directory, returned with it) holding `paths`.
pub fn store_of(paths: &[&Path]) -> (tempfile::TempDir, PathBuf) {
    let tmp = tempfile::tempdir().expect("tempdir");
    let store = tmp.path().join("store");
    ingest_ok(&store, paths);
    (tmp, store)
}

/// `files` (name, text) written into `corpus` in a temporary directory and ingested
/// into a new store beside it.
pub fn written_store(files: &[(&str, &str)]) -> (tempfile::TempDir, PathBuf) {
    let tmp = tempfile::tempdir().expect("tempdir");
    let corpus = tmp.path().join("corpus");
    std::fs::create_dir(&corpus).expect("corpus dir");
    for (name, text) in files {
        std::fs::write(corpus.join(name), text).expect("write");
    }
    let store = tmp.path().join("store");
    ingest_ok(&store, &[&corpus]);
    (tmp, store)
}

/// `dossier --json ask QUESTION`.
pub fn ask(store: &Path, question: &str) -> serde_json::Value {
    json(&dossier(store, &["--json", "ask", question]))
}

/// A passage of a PDF is cited with its page, at the terminal and in `--json`.
#[test]
fn citations_into_a_pdf_name_the_page() {
    if Command::new("pdftotext").arg("-v").output().is_err() {
        eprintln!("note: pdftotext absent; skipped");
        return;
    }
    let pdf = examples_corpus().join("amnesty-declaration-2025.pdf");
    let (_tmp, store) = store_of(&[&pdf]);
    // Page 2 of the declaration lists its signatories.
    let out = dossier(&store, &["search", "Andersen Denmark"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stdout(&out).contains("p. 2 ["), "{}", stdout(&out));
    let found = json(&dossier(&store, &["--json", "search", "Andersen Denmark"]));
    assert_eq!(found["hits"][0]["page"], 2, "{found}");
    let found = json(&dossier(
        &store,
        &["--json", "search", "amnesty reform criminal justice"],
    ));
    assert_eq!(found["hits"][0]["page"], 1, "{found}");
}

/// The example corpus and the e2e fixtures (two men named Kemelov) in a new store.
fn examples_store() -> (tempfile::TempDir, PathBuf) {
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../web/e2e/fixtures");
    store_of(&[&examples_corpus(), &fixtures])
}

/// A usage error or a bad value is bad input (exit 1), never an internal error
/// (2), and a value that is not one is refused rather than ignored.
#[test]
fn usage_errors_and_bad_values_exit_1() {
    let (_tmp, store) = examples_store();
    let code = |args: &[&str]| dossier(&store, args).status.code();
    assert_eq!(code(&["search"]), Some(1), "a missing argument");
    assert_eq!(code(&["frobnicate"]), Some(1), "an unknown command");
    assert_eq!(code(&["--help"]), Some(0));
    let out = dossier(&store, &["search", "moratorium", "--limit", "0"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("--limit"), "{}", stderr(&out));
    let out = dossier(&store, &["search", "moratorium", "--from", "yesterday"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("--from \"yesterday\""),
        "{}",
        stderr(&out)
    );
    assert_eq!(code(&["search", "moratorium", "--to", "2004-13"]), Some(1));
    assert_eq!(code(&["search", "moratorium", "--from", "2004"]), Some(0));
}

/// A name several documents or entities answer to lists them; a kind is read
/// in the plural too, and a kind no entity has is refused with the kinds there are.
#[test]
fn names_that_several_answer_to_list_the_candidates() {
    let (_tmp, store) = examples_store();
    let out = dossier(&store, &["show", "a"]);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    for name in [
        "amnesty-declaration-2025.pdf",
        "annual-report-2004-kazakstan.txt",
    ] {
        assert!(err.contains(name), "{err}");
    }
    let out = dossier(&store, &["entity", "Kemelov"]);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(
        err.contains("Stanislav Kemelov") && err.contains("Stanimir Kemelov"),
        "{err}"
    );
    let courts = dossier(&store, &["entities", "--kind", "courts"]);
    assert!(courts.status.success(), "{}", stderr(&courts));
    assert!(stdout(&courts).contains("court"), "{}", stdout(&courts));
    let out = dossier(&store, &["entities", "--kind", "spaceships"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("court, "), "{}", stderr(&out));
}

/// Ingesting nothing but a path that does not exist creates no store.
#[test]
fn a_missing_path_leaves_no_store_behind() {
    let tmp = tempfile::tempdir().unwrap();
    let store = tmp.path().join("store");
    let out = dossier(
        &store,
        &["ingest", tmp.path().join("nowhere").to_str().unwrap()],
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("nowhere"), "{}", stderr(&out));
    assert!(!store.exists(), "a store was created");
}

/// A quote is printed whole: a cut one hides the evidence.
#[test]
fn quotes_are_printed_whole() {
    let (_tmp, store) = examples_store();
    let timeline = json(&dossier(&store, &["--json", "timeline"]));
    let long: Vec<String> = ["events", "undated"]
        .iter()
        .flat_map(|k| timeline[*k].as_array().cloned().unwrap_or_default())
        .flat_map(|e| e["citations"].as_array().cloned().unwrap_or_default())
        .filter_map(|c| {
            c["quote"]
                .as_str()
                .map(|q| q.split_whitespace().collect::<Vec<_>>().join(" "))
        })
        .filter(|q| q.chars().count() > 200)
        .collect();
    assert!(
        !long.is_empty(),
        "the example corpus has a quote over 200 characters"
    );
    let out = stdout(&dossier(&store, &["timeline"]));
    for quote in &long {
        assert!(out.contains(quote.as_str()), "cut: {quote}");
    }
}

/// Status, conflicts and answers at the terminal say intervals and identifiers in
/// words ("from 2021 on", not "2021/"; "abolitionist for all crimes").
#[test]
fn the_terminal_says_intervals_and_identifiers_in_words() {
    let (_tmp, store) = examples_store();
    for args in [
        &["status", "Kazakhstan"][..],
        &["status", "Kazakhstan", "--as-of", "2010"][..],
        &["conflicts"][..],
    ] {
        let out = dossier(&store, args);
        assert!(out.status.success(), "{}", stderr(&out));
        // Quotes are the documents' own words: only the engine's lines are read.
        let text: String = stdout(&out)
            .lines()
            .filter(|l| !l.contains('"'))
            .collect::<Vec<_>>()
            .join("\n");
        for (i, _) in text.match_indices('/') {
            let before = &text[..i];
            assert!(
                !before.ends_with(|c: char| c.is_ascii_digit()),
                "{args:?}: an ISO interval in {text}"
            );
        }
        assert!(
            !text
                .split(|c: char| !(c.is_ascii_lowercase() || c == '_'))
                .any(|w| w.contains('_')),
            "{args:?}: an identifier in {text}"
        );
    }
}

/// Markdown's markup is not kept: no `##` or `**` in the kept text or a quote.
#[test]
fn markdown_markup_is_not_kept() {
    let (_tmp, store) = examples_store();
    let view = json(&dossier(
        &store,
        &["--json", "show", "kazakhstan-death-penalty-overview.md"],
    ));
    let text = view["text"].as_str().expect("text");
    assert!(
        text.contains("Executions and the 2003 moratorium"),
        "{text}"
    );
    assert!(!text.contains("## ") && !text.contains("**"), "{text}");
    let out = stdout(&dossier(&store, &["search", "moratorium", "--limit", "20"]));
    assert!(!out.contains("## "), "{out}");
}

/// Ingest `files` (name, text) written into a fresh corpus and ask `question`.
fn ask_written(files: &[(&str, &str)], question: &str) -> serde_json::Value {
    let (_tmp, store) = written_store(files);
    ask(&store, question)
}

/// A question that names a document by its title in other words ("its review of
/// practice on torture and the courts") is answered from that document's
/// metadata, not from a year in another document's sentence.
#[test]
fn a_paraphrased_title_names_the_document_asked_about() {
    let answer = ask_written(
        &[
            (
                "review.html",
                "<html><head><title>Torture and the Courts: A Review of Practice</title>\
         <meta name=\"date\" content=\"2001-03-03\"></head><body>\
         <h1>Torture and the Courts: A Review of Practice</h1>\
         <p>Courts in Freedonia admitted confessions obtained under torture in 1999.</p>\
         </body></html>",
            ),
            (
                "other.txt",
                "The review of practice on torture in the courts was discussed in parliament in 1998.\n",
            ),
        ],
        "When did Freedonia Watch publish its review of practice on torture and the courts?",
    );
    assert_eq!(answer["values"][0], "2001-03-03", "{answer}");
    assert_eq!(
        answer["citations"][0]["document"], "review.html",
        "{answer}"
    );
}

/// A news story with no period speaks, where a sentence gives no date, of the day it
/// was published: the year a question gives is supported by that day.
#[test]
fn a_story_undated_sentence_speaks_of_its_day() {
    let answer = ask_written(
        &[(
            "briefing.txt",
            "PRESS BRIEFING ON PRISON CONDITIONS\n\n12 March 2009\n\n\
         The briefing was held at Headquarters. Several journalists attended. Questions were many.\n\n\
         Prisons in Ruritania remained overcrowded, said Anna Petrova, Special Rapporteur on \
         prison conditions, during the press briefing.\n",
        )],
        "Who was the Special Rapporteur on prison conditions who held a press briefing in March 2009?",
    );
    assert_eq!(answer["values"][0], "Anna Petrova", "{answer}");
}

/// A copy of a report with no dates of its own is dated by the sentence the answer
/// cites ("a mission ... in May 1998"), so "the 1998 report" may name it.
#[test]
fn an_undated_copy_is_dated_by_the_cited_sentence() {
    let answer = ask_written(
        &[("report.txt", "KYRGYZSTAN\nPrison conditions: a summary of concerns\n\nINTRODUCTION Prisons in the region are overcrowded and guards beat prisoners. Many prisoners fall ill. Food is scarce in every prison visited. Families may not visit. Lawyers are kept away. Letters are read by guards. Doctors are rarely called. Complaints go unanswered. Inspections are announced in advance. Guards are seldom punished. Records are incomplete. Cells are cold in winter. Transfers happen at night. Some prisoners vanish for weeks. Courts ignore complaints of torture.\n\nThis report is based on the findings of a mission to Bishkek (the capital of Kyrgyzstan) in May 1998.\n")],
        "Which city, then the capital of Kyrgyzstan, did the mission behind the 1998 prison report visit?",
    );
    assert_eq!(answer["values"][0], "Bishkek", "{answer}");
}

/// A printed copy's stamp ("3/9/2021 Smith v. Ruritania, ...": the day a browser
/// printed the page, beside the document's title) is no day the judgment speaks
/// of; the caption's "Argued" line answers when the case was argued.
#[test]
fn a_copy_stamp_is_not_a_day_of_the_case() {
    let answer = ask_written(
        &[(
            "smith.txt",
            "smith v. ruritania, 101 r.l.r. 22 (2004)\n\n\
             3/9/2021 Smith v. Ruritania, 101 R.L.R. 22 (2004)\n\n\
             Supreme Court of Ruritania.\n\n\
             Argued November 2, 2003.\n\n\
             Decided April 5, 2004.\n\n\
             The petitioner Smith was convicted of robbery in 2001 and appealed.\n",
        )],
        "When was Smith v. Ruritania argued before the Supreme Court?",
    );
    assert_eq!(answer["values"][0], "2003-11-02", "{answer}");
}

/// "When did the court deliver its judgment in the A and B appeals?": the parties
/// beside the court name the judgment, whose decision line gives the day.
#[test]
fn the_parties_name_the_judgment_whose_day_is_asked() {
    let answer = ask_written(
        &[
            (
                "appeals.txt",
                "IN THE HIGH COURT OF RURITANIA\n\nBETWEEN ANNA KOVAL APPELLANT AND THE STATE RESPONDENT\n\
                 AND BETWEEN IVAN DROZD APPELLANT AND THE STATE RESPONDENT\n\n\
                 Heard on 3rd day of March 2019\n\nDelivered on the 14th day of May 2019\n\n\
                 JUDGMENT\n\n[1] On 2nd June 2016 the first appellant was convicted of murder. \
                 The Court of Appeal dismissed her appeal on 9th October 2017.\n",
            ),
            (
                "news.txt",
                "Lawyers for Koval said on 20 May 2019 that the High Court of Ruritania ruling was a landmark.\n",
            ),
        ],
        "When did the High Court of Ruritania deliver its judgment in the Koval and Drozd appeals?",
    );
    assert_eq!(answer["values"][0], "2019-05-14", "{answer}");
}

/// Three classes of date questions on one written report: a person who shares
/// only a given name with the asked one is another person; a sentence about the
/// "second" verdict does not answer the "first"; "until when" asks for the date
/// after "until".
#[test]
fn dates_owned_by_the_asked_person_ordinal_and_end() {
    let (_tmp, store) = written_store(&[
        ("tribunal.txt", "RURITANIA: TRIBUNAL REPORT 2012\n\n\
         The special tribunal opened its first trial in March 2011. \
         On 4 February 2012, the tribunal delivered its second verdict and sentenced \
         Ali Karim Hassan, a former mayor, to life in prison.\n\n\
         In June 2012 the tribunal sentenced Ali Rezaei, a militia leader, to life in prison.\n\n\
         The tribunal delivered its first verdict on 9 January 2012, convicting a former minister \
         of crimes against humanity after a trial held in his absence.\n\n\
         Mina Sadr, a teacher, was detained for the third time in April 2012 and held until 2 September 2012.\n"),
    ]);
    let ask = |q: &str| ask(&store, q);
    let answer = ask("When did the tribunal sentence Ali Rezaei to life in prison?");
    assert_eq!(answer["values"][0], "2012-06", "{answer}");
    let answer = ask("On what date did the special tribunal deliver its first verdict?");
    assert_ne!(answer["values"][0], "2012-02-04", "{answer}");
    let answer = ask("Until when was Mina Sadr held after she was detained for the third time?");
    assert_eq!(answer["values"][0], "2012-09-02", "{answer}");
}

/// Classes of answer seen on reports of other publishers, on a report written for
/// the test: a country named only by the question (known to the gazetteer, absent
/// from the store) is not answered with another country's planned reform; a count
/// of detentions does not answer how many were executed; "how many executions were
/// carried out" asks a number, not the method; "the ICCPR" finds the covenant's
/// name spelled out; the day of the hearing is not the day of the judgment.
#[test]
fn answers_hold_on_a_report_and_a_judgment_written_for_the_test() {
    let (_tmp, store) = written_store(&[
        ("ruritania.txt", "Ruritania 2019 Human Rights Report\n\n\
         Ruritania remained one of the few states in the region to carry out executions. \
         Observers estimated that the authorities carried out at least 30 executions during the year, by hanging.\n\n\
         On 19 December, thousands of people demonstrated in the capital. \
         Riot police beat protesters, and more than 700 people were detained.\n\n\
         Ruritania has not ratified the Second Optional Protocol to the International Covenant on Civil and Political Rights. \
         In December the legal committee of parliament said it would consider abolishing the death penalty for theft, \
         but no bill was introduced.\n"),
        ("appeal.txt", "IN THE COURT OF APPEAL OF WESTLAND\n\n\
         CRIMINAL APPEAL NO. 12 OF 2019\n\n\
         ANNA BERG .......... APPELLANT\nVERSUS\nTHE REPUBLIC .......... RESPONDENT\n\n\
         Date of hearing: 2nd March, 2021\n\
         Date of judgment: 16th March, 2021\n\n\
         JUDGMENT OF THE COURT\n\n\
         The appellant was convicted of robbery by the High Court. We allow the appeal.\n"),
    ]);
    let ask = |q: &str| ask(&store, q);
    let answer = ask("When did Chile abolish the death penalty?");
    assert_eq!(answer["values"], serde_json::json!([]), "{answer}");
    let answer = ask("How many people were executed in Ruritania in 2019?");
    assert_ne!(answer["values"][0], "700", "{answer}");
    let answer = ask("How many executions did observers estimate Ruritania carried out in 2019?");
    assert_eq!(answer["values"][0], "30", "{answer}");
    let answer = ask("Has Ruritania ratified the Second Optional Protocol to the ICCPR?");
    assert_eq!(answer["values"][0], "no", "{answer}");
    let answer =
        ask("When did the Court of Appeal deliver its judgment in the appeal of Anna Berg?");
    assert_eq!(answer["values"][0], "2021-03-16", "{answer}");
}

/// Classes of wrong answer seen on blind questions (session 16), on text written for
/// the test: the date of another act in the sentence ("who was sentenced to death in
/// March 2021, has been executed"; an arrest; a signature beside a ratification); a
/// year inside a law's name; a body other than the one asked ("Cabinet approved" or
/// "the United Nations General Assembly" for the National Assembly); a date the
/// sentence's tense puts after the release ("when it meets in November"); "The
/// Gambia" as a place; an event word that describes the bill asked about ("approve
/// the bill to abolish"); a news lead that names its subject in the next sentence.
#[test]
fn other_acts_other_bodies_and_plans_do_not_date_the_asked_event() {
    let (_tmp, store) = written_store(&[
        ("release.txt", "MINISTRY OF JUSTICE\n\nPRESS RELEASE\n\nPort Vella, 26 September 2024\n\n\
         The Ministry wishes to inform the public that Cabinet, at its meeting held on Tuesday, approved the \
         Penal Code (Amendment) Bill, 2024, which seeks to abolish the death penalty. The Bill will be tabled \
         in the National Assembly when it meets in November.\n\n\
         Northmark voted for the United Nations General Assembly resolution on a moratorium in December 2022.\n\n\
         Northmark signed the Second Optional Protocol on 3 May 2017 and ratified it on 9 June 2018.\n"),
        ("action.txt", "Urgent action\n\nPavel Orlik, who was sentenced to death in March 2021 for murder, \
         has been executed. The date of the execution was not given.\n\n\
         Lena Voss was arrested in Tarn on 3 February 2018. On 11 November 2019 the Central Court \
         convicted her under the 2005 Anti-Terrorism Law and sentenced her to death.\n\n\
         Viet Nam's National Assembly adopted an amended Constitution, which took effect on 1 January 2014.\n"),
        ("wire.txt", "Court sentences former officer to death\nPublished: 15 May 2024\n\n\
         GRANVILLE, May 15 (Wire) - A Southland High Court on Tuesday sentenced a former police inspector \
         to death for the murder of a fisherman.\n\n\
         Judge Ada Moor found Inspector Carl Brandt guilty of murder after a long trial.\n"),
        ("annual.txt", "Ostland Watch Annual Report 2004\n\nCovering events from January - December 2003\n\n\
         In April the High Court of Ostland heard arguments on the mandatory death sentence.\n\n\
         Ostland carried out at least 30 executions during the year, according to rights groups.\n"),
    ]);
    let ask = |q: &str| ask(&store, q);
    let none = serde_json::json!([]);
    let answer = ask("When did Northmark's Cabinet approve the bill to abolish the death penalty?");
    assert_eq!(answer["values"][0], "2024-09-24", "{answer}");
    let answer =
        ask("When did Northmark's National Assembly pass the bill abolishing the death penalty?");
    assert_eq!(answer["values"], none, "{answer}");
    let answer = ask("When did Northmark ratify the Second Optional Protocol?");
    assert_eq!(answer["values"][0], "2018-06-09", "{answer}");
    let answer = ask("When was Pavel Orlik executed?");
    assert_eq!(answer["values"], none, "{answer}");
    let answer = ask("When was Lena Voss executed?");
    assert_eq!(answer["values"], none, "{answer}");
    let answer = ask("When was Lena Voss sentenced to death?");
    assert_eq!(answer["values"][0], "2019-11-11", "{answer}");
    let answer = ask("When did The Gambia's National Assembly adopt the new Constitution?");
    assert_eq!(answer["values"], none, "{answer}");
    let answer = ask("When was Inspector Carl Brandt sentenced to death?");
    assert_eq!(answer["values"][0], "2024-05-14", "{answer}");
    // A hearing is not a ruling; a count of executions does not date one person's;
    // the period a report covers is its metadata's.
    let answer = ask("When did the High Court of Ostland rule on the mandatory death sentence?");
    assert_eq!(answer["values"], none, "{answer}");
    let answer = ask("When was the young offender in Ostland executed?");
    assert_eq!(answer["values"], none, "{answer}");
    let answer = ask("What period does Ostland Watch Annual Report 2004 cover?");
    assert_eq!(answer["values"][0], "2003-01-01/2003-12-31", "{answer}");
}

/// The asked act must be what the answer's clause says was done: another act of the
/// same law ("passed", then "took effect"), an act denied ("did not become law"), tried
/// and refused ("voted to repeal ..., but the Senate rejected the repeal bill") or
/// called for ("urged ... to quash") answers nothing; a judgment's "the appellant" is
/// its caption's appellant; a sentence about another count of people does not date the
/// asked one.
#[test]
fn the_asked_act_must_be_done_in_the_answers_clause() {
    let (_tmp, store) = written_store(&[
        ("report.txt", "WESTLAND 2019 HUMAN RIGHTS REPORT\n\n\
         On March 3, parliament passed the Online Speech Act; it took effect on March 20. On July 9, \
         the lower house voted to repeal the act, but the Senate rejected the repeal bill in October.\n\n\
         In May the assembly passed the Open Records Bill. The bill did not become law during the year \
         because the president did not sign it.\n\n\
         On June 4, a court in Tarn sentenced 12 men to death for an attack on a convoy. By the end of the \
         year, military courts had sentenced at least 30 people to death.\n\n\
         Rights groups urged the authorities to quash the sentences.\n"),
        ("judgment.txt", "IN THE COURT OF APPEAL OF WESTLAND\n\n\
         CRIMINAL APPEAL NO. 12 OF 2018\n\n\
         PETER OWINO ONYANGO .................................. APPELLANT\n\n\
         VERSUS\n\n\
         THE REPUBLIC ........................................ RESPONDENT\n\n\
         JUDGMENT OF THE COURT\n\n\
         On 2nd May 2017 the High Court convicted the appellant of robbery with violence and \
         sentenced him to death.\n"),
    ]);
    let ask = |q: &str| ask(&store, q);
    let none = serde_json::json!([]);
    let answer = ask("When did Westland's Online Speech Act take effect?");
    assert_eq!(answer["values"][0], "2019-03-20", "{answer}");
    for q in [
        "When was Westland's Online Speech Act repealed?",
        "When did Westland's Open Records Bill become law?",
        "When were the death sentences of the 12 men quashed?",
    ] {
        let answer = ask(q);
        assert_eq!(answer["values"], none, "{q}: {answer}");
    }
    let answer = ask("When did the court in Tarn sentence 12 men to death?");
    assert_eq!(answer["values"][0], "2019-06-04", "{answer}");
    let answer = ask("When did the High Court convict Peter Owino Onyango?");
    assert_eq!(answer["values"][0], "2017-05-02", "{answer}");
}

/// A date question whose verb no act lists asks about its own verb: a document that
/// names it only denied ("had not registered", "has yet to publish", "no reply")
/// answers nothing; where a clause says it done, only such a clause answers ("in 1994,
/// and the appeals court confirmed the sentence in 2001"); another law's clause does
/// not date the asked law; "the convict" is the caption's convict; an age "when he was
/// 19" is the age at the time, not the age he is written with.
#[test]
fn the_questions_own_verb_must_be_said_done() {
    let (_tmp, store) = written_store(&[
        ("report.txt", "NORTHMARK 2018 HUMAN RIGHTS REPORT\n\n\
         On May 3, soldiers detained Paul Arden, a teacher, in Vell. His family filed a complaint on \
         May 9, but police had not registered a case by year's end.\n\n\
         The government announced in June that it would abolish whipping; the ministry has yet to \
         publish the decree.\n\n\
         In August the National Assembly passed the Press Freedom Bill. The government proposed \
         amendments to the Public Order Law in October; they were still before parliament at year's end.\n\n\
         Mark Toller, 51, was convicted of the 1990 killing of a guard, when he was 19. He was \
         sentenced to death in 1994, and the appeals court confirmed the sentence in 2001. Rights \
         groups wrote to the minister on 2 April and had received no reply by the end of the year.\n"),
        ("judgment.txt", "IN THE HIGH COURT OF NORTHMARK\n\n\
         SENTENCE REHEARING CAUSE NO. 3 OF 2018\n\n\
         THE STATE\n\nAND\n\n\
         SIMON KARVE ..................................................... CONVICT\n\n\
         1. The convict, Simon Karve, was convicted of murder on 3rd June 2004 and sentenced to death.\n\n\
         2. The convict's rehearing began on 8th January 2018.\n"),
    ]);
    let ask = |q: &str| ask(&store, q);
    let none = serde_json::json!([]);
    for q in [
        "When did police register a case over Paul Arden's detention?",
        "When did Northmark's ministry publish the decree abolishing whipping?",
        "When did the minister reply to the rights groups about Mark Toller?",
        "When did parliament pass the amendments to Northmark's Public Order Law?",
    ] {
        let answer = ask(q);
        assert_eq!(answer["values"], none, "{q}: {answer}");
    }
    let answer = ask("When did the appeals court confirm Mark Toller's death sentence?");
    assert_eq!(answer["values"][0], "2001", "{answer}");
    let answer = ask("When did Simon Karve's sentence rehearing begin?");
    assert_eq!(answer["values"][0], "2018-01-08", "{answer}");
    let answer = ask("How old was Mark Toller at the time of the killing?");
    assert_eq!(answer["values"][0], "19", "{answer}");
}

/// Classes of answer seen on press releases and news written for the test: a plan
/// ("will now consider ratifying") does not date a ratification; a count of people
/// on death row does not answer how many were executed in a year; the year of the
/// crime ("convicted of the 1991 murder") is not the day of the execution; "halt
/// executions" asks about the moratorium; "detainees" names people, not an arrest.
#[test]
fn plans_counts_of_other_things_and_dates_of_crimes_are_not_answers() {
    let (_tmp, store) = written_store(&[
        ("statement.txt", "MINISTRY OF JUSTICE\n\nPRESS STATEMENT\n\nPort Arlen, 12 March 2023\n\n\
         PRESIDENT SIGNS LAW ABOLISHING THE DEATH PENALTY\n\n\
         The President of Westmark today signed the Criminal Code (Amendment) Act No. 9 of 2023, \
         which abolishes the death penalty. The Government will now consider ratifying the Second \
         Optional Protocol to the International Covenant on Civil and Political Rights.\n\n\
         Westmark halted executions in 2004. More than 400 people remain on death row.\n"),
        ("story.txt", "Southland carries out execution\n\nPublished March 3, 2025\n\n\
         Southland executed a man by lethal injection on Thursday evening.\n\n\
         Tobias Renner, 52, was pronounced dead at 6:36 p.m., the governor said. Renner was convicted \
         of the 1991 murder of a shop owner and sentenced to death in 1996.\n\n\
         On 23 September, relatives of security detainees gathered outside the prison to call for \
         the release of their detained relatives.\n"),
    ]);
    let ask = |q: &str| ask(&store, q);
    let answer = ask("When did Westmark ratify the Second Optional Protocol?");
    assert_eq!(answer["values"], serde_json::json!([]), "{answer}");
    let answer = ask("How many people did Westmark execute in 2022?");
    assert_eq!(answer["values"], serde_json::json!([]), "{answer}");
    let answer = ask("When did Westmark abolish the death penalty?");
    assert_eq!(answer["values"][0], "2023-03-12", "{answer}");
    let answer = ask("When did Southland execute Tobias Renner?");
    assert_ne!(answer["values"][0], "1991", "{answer}");
    let answer = ask("In which year did Westmark halt executions?");
    assert_eq!(answer["values"][0], "2004", "{answer}");
    let answer = ask("When did relatives of security detainees gather outside the prison?");
    assert_eq!(answer["values"][0], "2024-09-23", "{answer}");
}

/// A Markdown quote over bold field labels ("**Freed:** 4 March 2020, ...") is cut to
/// a piece the file holds as written, so that it still reads verbatim in the file.
#[test]
fn a_markdown_quote_reads_as_the_file_does() {
    let md = "# Casework notes\n\n## Case 4: State v Peter Ndlovu\n\n\
              - **Court:** High Court, Harare\n\
              - **Freed:** after eleven years, Mr Ndlovu walked out of Chikurubi prison on 4 March 2020.\n";
    let answer = ask_written(&[("notes.md", md)], "When was Peter Ndlovu freed?");
    assert_eq!(answer["values"][0], "2020-03-04", "{answer}");
    let quote = answer["citations"][0]["quote"].as_str().expect("quote");
    assert!(md.contains(quote), "{quote}");
}

/// "In re: NAME" names the one party of a proceeding the text then calls "the
/// petitioner"; a pronoun after a sentence naming another person is that person.
#[test]
fn an_in_re_caption_names_whom_the_petitioner_is() {
    let order = "PAROLE AND CLEMENCY COMMISSION\n\nIn re: MARCUS LEE TANNER, Inmate No. 55102\n\
                 Decided: May 2, 2023\n\n\
                 1. The petitioner was convicted of murder in the Circuit Court of Pike County on \
                 June 3, 1998.\n\n\
                 2. The petitioner's cousin, Lyle Brody, was tried with him and acquitted. He was \
                 released on June 10, 1998.\n\n\
                 3. The petitioner asks the Commission for mercy.\n";
    let answer = ask_written(
        &[("order.txt", order)],
        "When was Marcus Lee Tanner convicted?",
    );
    assert_eq!(answer["values"][0], "1998-06-03", "{answer}");
    let answer = ask_written(&[("order.txt", order)], "When was Marcus Tanner released?");
    assert!(
        answer["values"].as_array().is_some_and(|v| v.is_empty()),
        "{answer}"
    );
}

/// "setting the execution window to open on ..." gives the day an execution is due,
/// never the day it was done.
#[test]
fn an_execution_window_set_is_no_execution() {
    let text = "On 2 May 2023 the Circuit Court signed an order setting the execution window \
                for Jerome Fisk to open on 14 June 2023.\n\n\
                Jerome Fisk asked the Board of Pardons for clemency.\n";
    let answer = ask_written(&[("news.txt", text)], "When was Jerome Fisk executed?");
    assert!(
        answer["values"].as_array().is_some_and(|v| v.is_empty()),
        "{answer}"
    );
}

/// A table row opening with another person's name and a number cell tells of that
/// person, never of the one asked about.
#[test]
fn another_persons_table_row_answers_not_for_the_asked() {
    let page = "<html><body><h1>Death warrants</h1><table>\
                <tr><th>Prisoner</th><th>Number</th><th>Date</th><th>Status</th></tr>\
                <tr><td>Luther James Cole</td><td>K-1123</td><td>May 4, 2026</td><td>Pending</td></tr>\
                <tr><td>Wade Emerson Price</td><td>K-2210</td><td>June 9, 2026</td>\
                <td>Sentence commuted to life by the Governor on March 2, 2025</td></tr>\
                </table></body></html>";
    let answer = ask_written(
        &[("warrants.html", page)],
        "When was Luther James Cole's sentence commuted?",
    );
    assert!(
        answer["values"].as_array().is_some_and(|v| v.is_empty()),
        "{answer}"
    );
}
