//! Near-duplicate detection across documents: one report republished on two sites
//! with different chrome is linked to the first copy.
//!
//! Fingerprints are MinHash signatures (`dossier_ingest::fingerprint`); candidates come
//! from locality-sensitive hashing over bands of the signature, so checking a new
//! document costs a few hash look-ups, not a scan of the corpus.

use crate::Result;
use dossier_ingest::{similarity, Fingerprint};
use dossier_store::StoreWriter;
use std::collections::HashMap;

/// Texts at least this similar are linked as near-duplicates.
pub const THRESHOLD: f64 = 0.8;
const ROWS_PER_BAND: usize = 4;

/// The stored form: the algorithm's version byte, then the MinHash values
/// (little-endian). Version 1 fingerprints had no version byte (a multiple of 8
/// bytes long).
pub fn encode(fingerprint: &Fingerprint) -> Vec<u8> {
    let mut out = Vec::with_capacity(1 + 8 * fingerprint.minhash.len());
    out.push(dossier_ingest::dedup::VERSION);
    out.extend(fingerprint.minhash.iter().flat_map(|v| v.to_le_bytes()));
    out
}

/// A stored fingerprint, if it was made by this version of the algorithm.
pub fn decode(bytes: &[u8]) -> Option<Fingerprint> {
    let (&version, values) = bytes.split_first()?;
    if version != dossier_ingest::dedup::VERSION || !values.len().is_multiple_of(8) {
        return None;
    }
    let minhash = values
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
    /// The index of every stored fingerprint. Fingerprints made by an older version
    /// of the algorithm are recomputed from the kept text and rewritten through
    /// `writer` (in its transaction); returns how many were.
    pub fn load(writer: &mut dyn StoreWriter) -> Result<(DedupIndex, usize)> {
        let mut index = DedupIndex::default();
        let mut stale = Vec::new();
        for (key, name, bytes) in writer.reader().fingerprints()? {
            match decode(&bytes) {
                Some(fingerprint) => index.insert(name, fingerprint),
                None => stale.push((key, name)),
            }
        }
        for (key, name) in &stale {
            let text = writer.reader().text(*key)?.unwrap_or_default();
            let fingerprint = dossier_ingest::fingerprint(&text);
            writer.set_fingerprint(*key, &encode(&fingerprint))?;
            index.insert(name.clone(), fingerprint);
        }
        Ok((index, stale.len()))
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
