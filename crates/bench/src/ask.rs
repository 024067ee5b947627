//! `ask`: latency of `Engine::ask` over questions of the kinds an analyst asks
//! (when, who, how many, where), built in or read from a JSON Lines file
//! (`{"q": ".."}` or `{"question": ".."}` per line).

use crate::stats::{Latency, Target};

use crate::sys::{self, Machine, Memory};
use anyhow::{anyhow, bail, Context, Result};
use dossier::Engine;
use serde::Serialize;
use std::path::{Path, PathBuf};
use std::time::Instant;

pub struct Options {
    pub store: PathBuf,
    pub questions_file: Option<PathBuf>,
    /// Timed questions in all, cycling through the list after one warm-up pass.
    pub runs: usize,
}

pub const QUESTIONS: &[&str] = &[
    "When did Kazakhstan introduce a moratorium on executions?",
    "When was the death penalty abolished in Kazakhstan?",
    "Who closed the Semipalatinsk nuclear test site?",
    "When was the Semipalatinsk test site closed?",
    "How many nuclear tests were carried out at Semipalatinsk?",
    "Who is the President of Kazakhstan?",
    "Where is the capital of Kazakhstan?",
    "When did Kazakhstan join the United Nations?",
    "Which countries abolished capital punishment?",
    "How many people were executed?",
    "Who called for a moratorium on the death penalty?",
    "When did South Africa end apartheid?",
    "What happened to the Aral Sea?",
    "Who signed the Treaty on the Non-Proliferation of Nuclear Weapons?",
    "How many refugees fled the war?",
    "When was the Universal Declaration of Human Rights adopted?",
    "Who spoke for Kazakhstan at the General Assembly?",
    "What did Nazarbayev say about nuclear disarmament?",
    "When did the Soviet Union collapse?",
    "Which treaty bans nuclear tests?",
];

#[derive(Debug, Serialize)]
pub struct QuestionFigures {
    pub question: String,
    pub answered: bool,
    pub citations: usize,
    pub p50_ms: f64,
}

#[derive(Debug, Serialize)]
pub struct AskFigures {
    pub store: String,
    pub distinct_questions: usize,
    pub answered: usize,
    pub latency: Latency,
    pub questions: Vec<QuestionFigures>,
    pub memory: Memory,
    pub targets: Vec<Target>,
    pub machine: Machine,
}

/// Questions from a JSON Lines file: the `q` or `question` string of each line.
pub fn read_questions(path: &Path) -> Result<Vec<String>> {
    let text = std::fs::read_to_string(path)
        .with_context(|| format!("{}: cannot read", path.display()))?;
    Ok(parse_questions(&text))
}

fn parse_questions(text: &str) -> Vec<String> {
    text.lines()
        .filter_map(|line| serde_json::from_str::<serde_json::Value>(line).ok())
        .filter_map(|v| {
            v.get("q")
                .or_else(|| v.get("question"))
                .and_then(|q| q.as_str())
                .map(str::to_string)
        })
        .collect()
}

pub fn run(options: &Options) -> Result<AskFigures> {
    let machine = Machine::now();
    let questions: Vec<String> = match &options.questions_file {
        Some(path) => read_questions(path)?,
        None => QUESTIONS.iter().map(|q| q.to_string()).collect(),
    };
    if questions.is_empty() {
        bail!("no questions");
    }
    let engine =
        Engine::open(&options.store).map_err(|e| anyhow!("{}: {e}", options.store.display()))?;
    let mut outcomes = Vec::with_capacity(questions.len());
    for question in &questions {
        let answer = engine
            .ask(question)
            .map_err(|e| anyhow!("ask {question:?}: {e}"))?;
        outcomes.push((answer.answer.is_some(), answer.citations.len()));
    }
    let mut per_question = vec![Vec::new(); questions.len()];
    let mut all = Vec::new();
    for i in 0..options.runs.max(1) {
        let index = i % questions.len();
        let started = Instant::now();
        let answer = engine
            .ask(&questions[index])
            .map_err(|e| anyhow!("ask {:?}: {e}", questions[index]))?;
        let took = started.elapsed();
        std::hint::black_box(answer);
        all.push(took);
        per_question[index].push(took);
    }
    let latency = Latency::of(&all);
    Ok(AskFigures {
        store: options.store.display().to_string(),
        distinct_questions: questions.len(),
        answered: outcomes.iter().filter(|(a, _)| *a).count(),
        latency,
        questions: questions
            .iter()
            .zip(&outcomes)
            .zip(&per_question)
            .map(
                |((question, (answered, citations)), timings)| QuestionFigures {
                    question: question.clone(),
                    answered: *answered,
                    citations: *citations,
                    p50_ms: Latency::of(timings).p50_ms,
                },
            )
            .collect(),
        memory: sys::memory(),
        // The issues set no latency target for answers.
        targets: Vec::new(),
        machine: machine.finish(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(input: &str, expect: &[&str]) {
        assert_eq!(parse_questions(input), expect, "{input}");
    }

    #[test]
    fn reads_questions_from_json_lines() {
        for (input, expect) in [
            (
                "{\"q\":\"Who won?\"}\n{\"question\":\"When?\"}\n",
                &["Who won?", "When?"][..],
            ),
            ("not json\n{\"id\":1}\n\n", &[]),
            (
                "{\"q\":3}\n{\"q\":\"Where?\",\"kind\":\"entity\"}",
                &["Where?"],
            ),
        ] {
            check(input, expect);
        }
    }

    #[test]
    fn asks_an_invented_store() {
        let store = crate::ingest::invented_store(
            &[(
                "note.txt",
                "On 17 December 2003 the president introduced a moratorium on executions.\n",
            )],
            true,
        );
        let figures = run(&Options {
            store: store.path().to_path_buf(),
            questions_file: None,
            runs: QUESTIONS.len(),
        })
        .unwrap();
        assert_eq!(figures.latency.n, QUESTIONS.len());
        assert_eq!(figures.questions.len(), QUESTIONS.len());
    }
}
