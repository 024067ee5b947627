//! Which jurisdiction an event or statement is about.
//!
//! A statement's own `jurisdiction`, or an event's `place` when that place is some
//! document's dominant country; failing that, the dominant country of the document:
//! the place it names most often (folded; ties to the earliest named).

use crate::name::{fold_name, near};
use crate::DocInput;
use crate::FxMap;
use dossier_model::{Event, MentionKind, Statement};
use std::collections::HashSet;

pub(crate) struct Places {
    dominant: Vec<Option<String>>,
    countries: HashSet<String>,
}

impl Places {
    pub fn new(docs: &[DocInput]) -> Self {
        let dominant: Vec<Option<String>> = docs.iter().map(dominant_place).collect();
        let countries = dominant.iter().flatten().cloned().collect();
        Places {
            dominant,
            countries,
        }
    }

    /// Folded key of the dominant country of document `doc`.
    pub fn dominant(&self, doc: usize) -> Option<&str> {
        self.dominant.get(doc).and_then(|d| d.as_deref())
    }

    /// Folded jurisdiction key of an event of document `doc`.
    pub fn of_event(&self, doc: usize, event: &Event) -> Option<String> {
        let own = event
            .place
            .as_deref()
            .map(fold_name)
            .filter(|p| self.countries.contains(p));
        own.or_else(|| self.dominant.get(doc).cloned().flatten())
    }

    /// Folded jurisdiction key of a statement of document `doc`.
    pub fn of_statement(&self, doc: usize, statement: &Statement) -> Option<String> {
        let own = statement
            .jurisdiction
            .as_deref()
            .map(fold_name)
            .filter(|j| !j.is_empty());
        own.or_else(|| self.dominant.get(doc).cloned().flatten())
    }
}

/// Whether two folded jurisdiction keys name one place: same words up to one edit
/// each, or a country in `-stan` and its adjective (`kazakstan` / `kazak`, as in
/// "Kazakh law").
pub(crate) fn same_jurisdiction(a: &str, b: &str) -> bool {
    // "Viet Nam" / "Vietnam": one name written in one or two words.
    if a.contains(' ') != b.contains(' ') && a.replace(' ', "") == b.replace(' ', "") {
        return true;
    }
    // "Gambia" / "Zambia": two places the gazetteer knows apart are two, however
    // near their spellings.
    if a != b && crate::status::known_jurisdiction(a) && crate::status::known_jurisdiction(b) {
        return false;
    }
    let (ta, tb): (Vec<&str>, Vec<&str>) = (a.split(' ').collect(), b.split(' ').collect());
    if ta.len() == tb.len() && ta.iter().zip(&tb).all(|(x, y)| near(x, y)) {
        return true;
    }
    let stem = |s: &str| -> Option<String> {
        let s = s.strip_suffix("stan")?;
        Some(s.strip_suffix('i').unwrap_or(s).to_string())
    };
    let adjective = |country: &str, other: &str| {
        stem(country).is_some_and(|stem| {
            stem.len() >= 4 && (other == stem || other.strip_suffix('i') == Some(stem.as_str()))
        })
    };
    adjective(a, b) || adjective(b, a)
}

fn dominant_place(doc: &DocInput) -> Option<String> {
    let mut counts: FxMap<String, (usize, usize)> = FxMap::default();
    let names = doc
        .extraction
        .mentions
        .iter()
        .filter(|m| m.kind == MentionKind::Place)
        // A demonym counts for its place ("Saudi" for Saudi Arabia).
        .map(|m| m.value.as_deref().unwrap_or(m.name.as_str()))
        .chain(
            doc.extraction
                .statements
                .iter()
                .filter_map(|s| s.jurisdiction.as_deref()),
        );
    for (order, name) in names.enumerate() {
        let key = fold_name(name);
        if key.is_empty() {
            continue;
        }
        let entry = counts.entry(key).or_insert((0, order));
        entry.0 += 1;
    }
    // A page that names many places about as often as each other (a table of
    // countries, a list) has no dominant one: a first that holds less than a quarter
    // of the page's place names is none.
    let total: usize = counts.values().map(|(c, _)| c).sum();
    counts
        .into_iter()
        .max_by(|(ka, (ca, oa)), (kb, (cb, ob))| ca.cmp(cb).then(ob.cmp(oa)).then(kb.cmp(ka)))
        .filter(|(_, (c, _))| c * 4 >= total)
        .map(|(key, _)| key)
}

#[cfg(test)]
mod tests {
    use super::{dominant_place, same_jurisdiction};
    use crate::name::fold_name;
    use crate::testkit::TestDoc;

    /// The place a page names most is its dominant one, unless it holds less than a
    /// quarter of the page's place names (a table of countries has none).
    #[test]
    fn a_table_of_countries_has_no_dominant_place() {
        let mut d = TestDoc::new("report.txt");
        for name in ["Ostland", "Ostland", "Westland", "Ostland"] {
            d.place(name).say(" ");
        }
        let d = d.done();
        assert_eq!(dominant_place(&d.input()).as_deref(), Some("ostland"));
        let mut d = TestDoc::new("annex.txt");
        for name in [
            "Ostland",
            "Westland",
            "Northland",
            "Southland",
            "Eastland",
            "Ostland",
            "Midland",
            "Upland",
            "Lowland",
        ] {
            d.place(name).say(" ");
        }
        let d = d.done();
        assert_eq!(dominant_place(&d.input()), None);
    }

    #[test]
    fn jurisdictions() {
        let cases = [
            ("Kazakhstan", "Kazakstan", true),
            ("Kazakhstan", "Kazakh", true),
            ("Uzbekistan", "Uzbek", true),
            ("Kazakhstan", "Uzbekistan", false),
            ("Niger", "Nigeria", false),
            ("Republic of Moldova", "Moldova", false),
            ("Pakistan", "Pak", false),
            ("Viet Nam", "Vietnam", true),
            ("Gambia", "Zambia", false),
            ("Zambia", "Zambia", true),
        ];
        for (a, b, expect) in cases {
            assert_eq!(
                same_jurisdiction(&fold_name(a), &fold_name(b)),
                expect,
                "{a} / {b}"
            );
        }
    }
}
