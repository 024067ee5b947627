//! Near-duplicate detection across documents: one report republished on two sites
//! with different chrome is linked to the first copy.
//!
//! Fingerprints are MinHash signatures (`dossier_ingest::fingerprint`); candidates come
//! from locality-sensitive hashing over bands of the signature, so checking a new
//! document costs a few hash look-ups, not a scan of the corpus.

use crate::Result;
use dossier_ingest::{similarity, Fingerprint};
use dossier_store::Store;
use std::collections::HashMap;

/// Texts at least this similar are linked as near-duplicates.
pub const THRESHOLD: f64 = 0.8;
const ROWS_PER_BAND: usize = 4;

pub fn encode(fingerprint: &Fingerprint) -> Vec<u8> {
    fingerprint
        .minhash
        .iter()
        .flat_map(|v| v.to_le_bytes())
        .collect()
}

pub fn decode(bytes: &[u8]) -> Option<Fingerprint> {
    if bytes.is_empty() || !bytes.len().is_multiple_of(8) {
        return None;
    }
    let minhash = bytes
        .chunks_exact(8)
        .map(|c| u64::from_le_bytes(c.try_into().unwrap_or([0; 8])))
        .collect();
    Some(Fingerprint { minhash })
}

#[derive(Default)]
pub struct DedupIndex {
    bands: HashMap<(usize, u64), Vec<usize>>,
    docs: Vec<(String, Fingerprint)>,
}

impl DedupIndex {
    pub fn load(store: &dyn Store) -> Result<DedupIndex> {
        let mut index = DedupIndex::default();
        for (_, name, bytes) in store.fingerprints()? {
            if let Some(fingerprint) = decode(&bytes) {
                index.insert(name, fingerprint);
            }
        }
        Ok(index)
    }

    fn band_keys(fingerprint: &Fingerprint) -> impl Iterator<Item = (usize, u64)> + '_ {
        fingerprint
            .minhash
            .chunks(ROWS_PER_BAND)
            .enumerate()
            .map(|(band, rows)| {
                let key = rows.iter().fold(0xcbf2_9ce4_8422_2325u64, |h, v| {
                    (h ^ v).wrapping_mul(0x100_0000_01b3)
                });
                (band, key)
            })
    }

    /// The most similar earlier document at or above [`THRESHOLD`] (not `name` itself).
    pub fn check(&self, name: &str, fingerprint: &Fingerprint) -> Option<(String, f64)> {
        let mut best: Option<(usize, f64)> = None;
        let mut seen = std::collections::HashSet::new();
        for key in Self::band_keys(fingerprint) {
            for &candidate in self.bands.get(&key).into_iter().flatten() {
                if !seen.insert(candidate) || self.docs[candidate].0 == name {
                    continue;
                }
                let sim = similarity(fingerprint, &self.docs[candidate].1);
                if sim >= THRESHOLD && best.is_none_or(|(_, b)| sim > b) {
                    best = Some((candidate, sim));
                }
            }
        }
        best.map(|(i, sim)| (self.docs[i].0.clone(), sim))
    }

    pub fn insert(&mut self, name: String, fingerprint: Fingerprint) {
        let idx = self.docs.len();
        for key in Self::band_keys(&fingerprint) {
            self.bands.entry(key).or_default().push(idx);
        }
        self.docs.push((name, fingerprint));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_a_republished_copy_and_not_an_unrelated_text() {
        let report = "The regional court sentenced two activists to five years in prison after a closed trial. \
            Observers were refused entry and the defence said evidence had been fabricated. The appeal was \
            rejected in March and both men were moved to a colony far from their families, where relatives \
            reported that they were denied medical care for several weeks.";
        let copy = format!("Home | About | Contact\n\n{report}\n\nShare this page");
        let other = "Parliament adopted a new media law that requires online outlets to register with the \
            ministry and allows the authorities to block websites without a court order; journalists' unions \
            criticised the vague wording and the heavy fines it sets for publishing unverified information.";
        let mut index = DedupIndex::default();
        index.insert("first.txt".into(), dossier_ingest::fingerprint(report));
        let (name, sim) = index
            .check("second.html", &dossier_ingest::fingerprint(&copy))
            .expect("linked");
        assert_eq!(name, "first.txt");
        assert!(sim >= THRESHOLD);
        assert!(index
            .check("third.txt", &dossier_ingest::fingerprint(other))
            .is_none());
        let fp = dossier_ingest::fingerprint(report);
        assert_eq!(decode(&encode(&fp)).unwrap(), fp);
    }
}
