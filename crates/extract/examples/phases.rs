//! Time per extraction phase on one file: `cargo run --release -p dossier-extract
//! --example phases -- FILE [OUT.json]`. Used to find what grows faster than the text.

use std::time::Instant;

fn main() {
    let path = std::env::args().nth(1).expect("usage: phases FILE");
    let config = dossier_ingest::Config {
        max_file_bytes: u64::MAX,
    };
    let t = Instant::now();
    let document = dossier_ingest::read_path(std::path::Path::new(&path), &config).expect("read");
    let text = document.text.as_str();
    println!(
        "{:>10.3}s parse ({} bytes of text)",
        t.elapsed().as_secs_f64(),
        text.len()
    );
    let rules = dossier_extract::rules::Rules::builtin();
    let t = Instant::now();
    let ctx = dossier_extract::time::AnchorContext::from_document(&document);
    let times = dossier_extract::time::tag(text, &ctx);
    println!(
        "{:>10.3}s times ({})",
        t.elapsed().as_secs_f64(),
        times.len()
    );
    let t = Instant::now();
    let sentences = dossier_extract::text::sentences(text);
    println!(
        "{:>10.3}s sentences ({})",
        t.elapsed().as_secs_f64(),
        sentences.len()
    );
    let t = Instant::now();
    let entities = dossier_extract::entity::entities(text, rules);
    println!(
        "{:>10.3}s entities ({})",
        t.elapsed().as_secs_f64(),
        entities.len()
    );
    let t = Instant::now();
    let laws = dossier_extract::law::laws(text);
    println!("{:>10.3}s laws ({})", t.elapsed().as_secs_f64(), laws.len());
    let t = Instant::now();
    let quantities = dossier_extract::quantity::quantities(text);
    println!(
        "{:>10.3}s quantities ({})",
        t.elapsed().as_secs_f64(),
        quantities.len()
    );
    let t = Instant::now();
    let mut mentions = entities;
    mentions.extend(laws);
    mentions.extend(quantities);
    mentions.sort_by_key(|m| (m.span, m.kind));
    let input = dossier_extract::event::Input {
        text,
        sentences: &sentences,
        mentions: &mentions,
        times: &times,
        rules,
        period: ctx.period,
    };
    let events = dossier_extract::event::events(&input);
    println!(
        "{:>10.3}s events ({})",
        t.elapsed().as_secs_f64(),
        events.len()
    );
    let t = Instant::now();
    let statements = dossier_extract::statement::statements(&input);
    println!(
        "{:>10.3}s statements ({})",
        t.elapsed().as_secs_f64(),
        statements.len()
    );
    let t = Instant::now();
    let extraction = dossier_extract::extract_with_times(&document, rules, times);
    println!(
        "{:>10.3}s extract_with_times: {} mentions, {} events, {} statements",
        t.elapsed().as_secs_f64(),
        extraction.mentions.len(),
        extraction.events.len(),
        extraction.statements.len()
    );
    if let Some(out) = std::env::args().nth(2) {
        let json = serde_json::to_string_pretty(&extraction).expect("json");
        std::fs::write(out, json).expect("write");
    }
}
