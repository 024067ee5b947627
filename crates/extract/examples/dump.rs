//! Fingerprint every file's extraction, to check that a change leaves the output
//! byte-identical: `cargo run --release -p dossier-extract --example dump -- OUT
//! PATH...` parses each file under the paths (directories walked in name order,
//! hidden entries skipped) as the engine does, extracts it with the builtin rules and
//! writes one line per file to OUT: the path, a 64-bit hash of the extraction's JSON
//! and the JSON's length. `diff` two such files to compare builds; with
//! `DUMP_JSON=DIR` each file's JSON is also written to DIR (to see what changed).

use std::hash::{Hash, Hasher};
use std::io::Write;
use std::path::{Path, PathBuf};

fn walk(path: &Path, out: &mut Vec<PathBuf>) {
    let hidden = path
        .file_name()
        .is_some_and(|n| n.to_string_lossy().starts_with('.'));
    if path.is_dir() {
        let Ok(entries) = std::fs::read_dir(path) else {
            eprintln!("{}: cannot read directory", path.display());
            return;
        };
        let mut children: Vec<PathBuf> = entries.filter_map(|e| e.ok()).map(|e| e.path()).collect();
        children.sort();
        for child in children {
            let skip = child
                .file_name()
                .is_some_and(|n| n.to_string_lossy().starts_with('.'));
            if !skip {
                walk(&child, out);
            }
        }
    } else if !hidden {
        out.push(path.to_path_buf());
    }
}

/// One file's line: path, hash and length of its extraction's JSON (or the error).
fn line(path: &Path, json_dir: Option<&Path>) -> String {
    let config = dossier_ingest::Config::default();
    let bytes = match std::fs::read(path) {
        Ok(bytes) => bytes,
        Err(e) => return format!("{}\tunreadable: {e}\n", path.display()),
    };
    let document = match dossier_ingest::parse(path, &bytes, &config) {
        Ok(document) => document,
        Err(e) => return format!("{}\tunparsed: {e}\n", path.display()),
    };
    let extraction = dossier_extract::extract(&document);
    let json = serde_json::to_string(&extraction).expect("an extraction serialises");
    let mut hasher = std::hash::DefaultHasher::new();
    json.hash(&mut hasher);
    if let Some(dir) = json_dir {
        let name = path.to_string_lossy().replace('/', "_");
        let _ = std::fs::write(dir.join(format!("{name}.json")), &json);
    }
    format!(
        "{}\t{:016x}\t{}\n",
        path.display(),
        hasher.finish(),
        json.len()
    )
}

fn main() {
    let mut args = std::env::args().skip(1);
    let out = args.next().expect("usage: dump OUT PATH...");
    let mut files = Vec::new();
    for root in args {
        walk(Path::new(&root), &mut files);
    }
    let json_dir = std::env::var_os("DUMP_JSON").map(PathBuf::from);
    if let Some(dir) = &json_dir {
        std::fs::create_dir_all(dir).expect("DUMP_JSON directory");
    }
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    let chunk = files.len().div_ceil(threads).max(1);
    let lines: Vec<String> = std::thread::scope(|scope| {
        let handles: Vec<_> = files
            .chunks(chunk)
            .map(|part| {
                let json_dir = json_dir.as_deref();
                scope.spawn(move || part.iter().map(|p| line(p, json_dir)).collect::<Vec<_>>())
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().expect("a worker panicked"))
            .collect()
    });
    let mut file = std::io::BufWriter::new(std::fs::File::create(&out).expect("OUT"));
    for l in &lines {
        file.write_all(l.as_bytes()).expect("write OUT");
    }
    eprintln!("{} files -> {out}", lines.len());
}
