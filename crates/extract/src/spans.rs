//! Span lookups that do not scan a whole document per item.
//!
//! Extraction asks, for each of tens of thousands of items, which mentions, times or
//! laws lie inside, around or across a span. A scan of the whole list per item makes
//! a long document quadratic (16 MB of short paragraphs took 19 s, 4 MB 1.9 s);
//! [`SpanIndex`] answers from a list sorted once, by binary search, with the same
//! answer the scan gave: it only narrows the candidates, and every candidate is still
//! tested with the predicate the scan used.

use dossier_model::Span;

/// The spans of a list, sorted by start once; queries return indices into the list.
#[derive(Clone, Debug, Default)]
pub struct SpanIndex {
    /// (span, index in the list), by start.
    sorted: Vec<(Span, usize)>,
    /// The longest span's length: no span that starts before `x - max_len` reaches `x`.
    max_len: u32,
}

impl SpanIndex {
    pub fn new(spans: impl IntoIterator<Item = Span>) -> Self {
        let mut sorted: Vec<(Span, usize)> =
            spans.into_iter().enumerate().map(|(i, s)| (s, i)).collect();
        sorted.sort_unstable_by_key(|&(s, i)| (s.start, i));
        let max_len = sorted
            .iter()
            .map(|(s, _)| s.end.saturating_sub(s.start))
            .max()
            .unwrap_or(0);
        SpanIndex { sorted, max_len }
    }

    /// Entries whose start lies in `lo..=hi`.
    fn starting(&self, lo: u32, hi: u32) -> &[(Span, usize)] {
        let from = self.sorted.partition_point(|(s, _)| s.start < lo);
        let to = from + self.sorted[from..].partition_point(|(s, _)| s.start <= hi);
        &self.sorted[from..to]
    }

    /// Indices of the spans that overlap `span` ([`Span::overlaps`]), in no order.
    pub fn overlapping(&self, span: Span) -> impl Iterator<Item = usize> + '_ {
        self.starting(span.start.saturating_sub(self.max_len), span.end)
            .iter()
            .filter(move |(s, _)| s.overlaps(span))
            .map(|&(_, i)| i)
    }

    /// Indices of the spans that contain `span` ([`Span::contains`]), in no order.
    pub fn containing(&self, span: Span) -> impl Iterator<Item = usize> + '_ {
        self.starting(span.start.saturating_sub(self.max_len), span.start)
            .iter()
            .filter(move |(s, _)| s.contains(span))
            .map(|&(_, i)| i)
    }

    /// Indices of the spans inside `span` (`span.contains(s)`), in no order.
    pub fn inside(&self, span: Span) -> impl Iterator<Item = usize> + '_ {
        self.starting(span.start, span.end)
            .iter()
            .filter(move |(s, _)| span.contains(*s))
            .map(|&(_, i)| i)
    }

    /// The first index (in list order) of a span inside `span` for which `keep` holds:
    /// what `list.iter().position(|x| span.contains(x.span) && keep(x))` gives.
    pub fn first_inside(&self, span: Span, keep: impl Fn(usize) -> bool) -> Option<usize> {
        self.inside(span).filter(|&i| keep(i)).min()
    }

    /// The first index (in list order) of a span overlapping `span` for which `keep` holds.
    pub fn first_overlapping(&self, span: Span, keep: impl Fn(usize) -> bool) -> Option<usize> {
        self.overlapping(span).filter(|&i| keep(i)).min()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn spans() -> impl Strategy<Value = Vec<Span>> {
        prop::collection::vec((0u32..200, 0u32..40), 0..60).prop_map(|v| {
            v.into_iter()
                .map(|(start, len)| Span {
                    start,
                    end: start + len,
                })
                .collect()
        })
    }

    proptest! {
        /// Every query gives what a scan of the whole list gives.
        #[test]
        fn queries_match_a_scan(list in spans(), start in 0u32..240, len in 0u32..50) {
            let q = Span { start, end: start + len };
            let index = SpanIndex::new(list.iter().copied());
            let sorted = |it: Box<dyn Iterator<Item = usize> + '_>| {
                let mut v: Vec<usize> = it.collect();
                v.sort();
                v
            };
            let scan = |f: &dyn Fn(&Span) -> bool| -> Vec<usize> {
                (0..list.len()).filter(|&i| f(&list[i])).collect()
            };
            prop_assert_eq!(sorted(Box::new(index.overlapping(q))), scan(&|s| s.overlaps(q)));
            prop_assert_eq!(sorted(Box::new(index.containing(q))), scan(&|s| s.contains(q)));
            prop_assert_eq!(sorted(Box::new(index.inside(q))), scan(&|s| q.contains(*s)));
            let even = |i: usize| list[i].start % 2 == 0;
            prop_assert_eq!(
                index.first_inside(q, even),
                (0..list.len()).find(|&i| q.contains(list[i]) && even(i))
            );
            prop_assert_eq!(
                index.first_overlapping(q, even),
                (0..list.len()).find(|&i| list[i].overlaps(q) && even(i))
            );
        }
    }
}
