//! dossier-store (skeleton)
