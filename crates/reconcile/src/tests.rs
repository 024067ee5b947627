//! Whole-graph tests on synthetic corpora.
