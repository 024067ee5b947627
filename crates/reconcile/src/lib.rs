//! dossier-reconcile: per-document extractions to one knowledge graph.
//!
//! **Invariant:** pure; reads extractions, never documents' bytes or the store.
//!
//! STUB: lands with issue 4.
