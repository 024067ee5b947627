//! Print what ingest makes of files: metadata, dropped chrome, passages.
//! `cargo run -p dossier-ingest --example read -- FILE...`

use dossier_ingest::{read_path, Config};
use std::path::Path;

fn main() {
    for arg in std::env::args().skip(1) {
        match read_path(Path::new(&arg), &Config::default()) {
            Err(e) => println!("error: {e}"),
            Ok(doc) => {
                println!(
                    "=== {} ({}, {} bytes, {} kept)",
                    doc.name,
                    doc.format.as_str(),
                    doc.bytes,
                    doc.text.len()
                );
                let m = &doc.meta;
                for (name, field) in [
                    ("title", &m.title),
                    ("publisher", &m.publisher),
                    ("published", &m.published),
                    ("updated", &m.updated),
                    ("number", &m.number),
                    ("language", &m.language),
                ] {
                    if let Some(f) = field {
                        println!("{name}: {:?} [{}] {:?}", f.value, f.rule, f.span);
                    }
                }
                if let Some(p) = &m.period {
                    println!("period: {}..{} [{}]", p.value.start, p.value.end, p.rule);
                }
                for d in &doc.dropped {
                    println!("dropped {} {}", d.span, d.rule);
                }
                for w in &doc.warnings {
                    println!("warning: {w}");
                }
                for p in &doc.passages {
                    let text = p.slice(&doc.text).replace('\n', "⏎");
                    let short: String = text.chars().take(90).collect();
                    println!("  {p} {short}");
                }
            }
        }
    }
}
