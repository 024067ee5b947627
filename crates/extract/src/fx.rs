//! The lexicons' hash maps: [`dossier_model::fx`].

#[allow(unused_imports)]
pub(crate) use dossier_model::fx::{FxBuild, FxHashMap, FxHashSet, FxHasher};
