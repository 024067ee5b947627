//! The API names documents; it never tells where files lie on the server.
//!
//! A store records each document's absolute path (the CLI shows it: the user ran the
//! ingest). Over HTTP that would tell any client the server's directory layout, so
//! every route shows a path relative to the store for files inside it (uploads:
//! `uploads/note.txt`) and the document's name for any other (its file name, with as
//! many folders as tell it apart from another of that name: `2012/report.txt`), and
//! messages have the store's directory replaced by `STORE`.

use std::path::Path;

/// The store's directory as it may be written in a path or a message: as given,
/// absolute and canonical (without a trailing slash), longest first.
fn store_forms(store: &Path) -> Vec<String> {
    let mut forms: Vec<String> = [
        Some(store.to_path_buf()),
        std::path::absolute(store).ok(),
        store.canonicalize().ok(),
    ]
    .into_iter()
    .flatten()
    .map(|p| p.to_string_lossy().trim_end_matches('/').to_string())
    .filter(|p| p.len() > 1)
    .collect();
    forms.sort_by_key(|f| std::cmp::Reverse(f.len()));
    forms.dedup();
    forms
}

/// A document's path as the API shows it (see the module documentation).
pub fn shown_path(path: &str, store: &Path, name: &str) -> String {
    for form in store_forms(store) {
        if let Some(inside) = path.strip_prefix(&form).and_then(|r| r.strip_prefix('/')) {
            return inside.to_string();
        }
    }
    name.to_string()
}

/// A document's metadata as the API shows it: its path as [`shown_path`] gives.
pub fn doc_info(
    mut info: dossier::query::docs::DocInfo,
    store: &Path,
) -> dossier::query::docs::DocInfo {
    info.path = shown_path(&info.path, store, &info.document);
    info
}

/// An ingest report as the API shows it: paths as [`shown_path`] gives (a failed
/// upload is named by its place in the store), messages without the store's
/// directory.
pub fn report(mut report: dossier::IngestReport, store: &Path) -> dossier::IngestReport {
    for item in report.failed.iter_mut().chain(report.skipped.iter_mut()) {
        let name = item.path.rsplit('/').next().unwrap_or_default().to_string();
        item.path = shown_path(&item.path, store, &name);
        item.reason = hide_store(&item.reason, store);
    }
    for warning in &mut report.warnings {
        *warning = hide_store(warning, store);
    }
    report
}

/// `text` with the store's directory written `STORE`.
pub fn hide_store(text: &str, store: &Path) -> String {
    let mut out = text.to_string();
    for form in store_forms(store) {
        out = out.replace(&form, "STORE");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_inside_the_store_are_relative_and_others_are_names() {
        let dir = tempfile::tempdir().unwrap();
        let store = dir.path().join("store");
        std::fs::create_dir_all(store.join("uploads")).unwrap();
        let upload = store.join("uploads/note.txt");
        assert_eq!(
            shown_path(&upload.to_string_lossy(), &store, "note.txt"),
            "uploads/note.txt"
        );
        assert_eq!(
            shown_path(
                "/home/ana/reports/2012/report.txt",
                &store,
                "2012/report.txt"
            ),
            "2012/report.txt"
        );
        // A sibling whose name starts like the store is not inside it.
        let sibling = format!("{}-old/a.txt", store.display());
        assert_eq!(shown_path(&sibling, &store, "a.txt"), "a.txt");
        assert_eq!(
            hide_store(
                &format!("cannot open {}/dossier.sqlite", store.display()),
                &store
            ),
            "cannot open STORE/dossier.sqlite"
        );
    }
}
