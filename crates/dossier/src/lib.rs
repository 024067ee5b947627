//! dossier engine (skeleton)
