//! The reconciled knowledge graph (entities, event clusters, conflicts), rebuilt from
//! all extractions after each ingest and stored as derived data; and the queries
//! that read it: conflicts, entities, one entity, a jurisdiction's status.

use super::Citation;
use crate::{Engine, Error, Result};
use dossier_model::{Extraction, PartialDate, TimeValue};
use dossier_reconcile::{DocInput, Graph};
use dossier_store::{DocSummary, Store, StoreWriter};
use serde::Serialize;
use std::collections::HashMap;

pub const DERIVED_NAME: &str = "graph";

/// The graph's events and conflicts without its entities, stored beside it by the
/// same rebuild (a few percent of its bytes): what the timeline's counts, its
/// ranges and the conflicts need, read without parsing the whole graph
/// ([`Engine::graph_outline`]).
pub const OUTLINE_NAME: &str = "graph-outline";

/// Every entity's id, kind, name and written forms (no mention, citation or
/// document), in the graph's order, stored beside it by the same rebuild: what a
/// name is looked up by ([`Engine::find_entity`] on [`Engine::graph_names`]), read
/// without parsing the whole graph.
pub const NAMES_NAME: &str = "graph-names";

/// Every entity as [`EntitySummary`] (its names, roles, documents and how many
/// mentions and doubtful links it has), in the graph's order, stored beside the
/// graph by the same rebuild: what a jurisdiction's status reads of its entity
/// and what the entity list names, without parsing the whole graph
/// ([`Engine::entity_summaries`]).
pub const ENTITY_SUMMARIES_NAME: &str = "graph-entity-summaries";

/// Every event's citations' quotes, folded as the timeline compares a name with
/// them (`[event][citation]`, in the graph's order), stored beside the graph by
/// the same rebuild: a name typed on the timeline is matched in them without
/// reading the documents ([`Engine::graph_quotes`]).
pub const QUOTES_NAME: &str = "graph-quotes";

/// An entity of the graph without its mentions and doubtful links (their counts).
#[derive(Clone, Debug, PartialEq, Serialize, serde::Deserialize)]
pub struct EntitySummary {
    pub id: String,
    pub name: String,
    pub kind: dossier_model::MentionKind,
    pub aliases: Vec<String>,
    pub roles: Vec<String>,
    pub documents: Vec<String>,
    pub mentions: usize,
    pub doubtful: usize,
}

impl EntitySummary {
    pub fn of(entity: &dossier_reconcile::Entity) -> EntitySummary {
        EntitySummary {
            id: entity.id.clone(),
            name: entity.name.clone(),
            kind: entity.kind,
            aliases: entity.aliases.iter().map(|a| a.text.clone()).collect(),
            roles: entity.roles.clone(),
            documents: entity.documents.clone(),
            mentions: entity.mentions.len(),
            doubtful: entity.doubtful.len(),
        }
    }
}

/// What [`ENTITY_SUMMARIES_NAME`] holds: every entity of `graph`, summarised.
pub fn entity_summaries_bytes(graph: &Graph) -> Result<Vec<u8>> {
    let summaries: Vec<EntitySummary> = graph.entities.iter().map(EntitySummary::of).collect();
    serde_json::to_vec(&summaries).map_err(|e| Error::internal(format!("entity summaries: {e}")))
}

/// What [`NAMES_NAME`] holds: a [`Graph`] with no events or conflicts, whose
/// entities keep only their id, kind, name and aliases' texts.
pub fn names_bytes(graph: &Graph) -> Result<Vec<u8>> {
    let entities: Vec<dossier_reconcile::Entity> = graph
        .entities
        .iter()
        .map(|e| dossier_reconcile::Entity {
            id: e.id.clone(),
            name: e.name.clone(),
            kind: e.kind,
            aliases: e
                .aliases
                .iter()
                .map(|a| dossier_reconcile::Alias {
                    text: a.text.clone(),
                    citations: Vec::new(),
                })
                .collect(),
            roles: Vec::new(),
            mentions: Vec::new(),
            documents: Vec::new(),
            doubtful: Vec::new(),
        })
        .collect();
    serde_json::to_vec(&Graph {
        entities,
        ..Graph::default()
    })
    .map_err(|e| Error::internal(format!("graph names: {e}")))
}

/// What [`OUTLINE_NAME`] holds: a [`Graph`] whose `entities` are left empty.
#[derive(Serialize)]
struct OutlineOut<'g> {
    entities: [(); 0],
    events: &'g [dossier_reconcile::EventCluster],
    conflicts: &'g [dossier_reconcile::Conflict],
}

/// The stored graph's outline: `graph` without its entities, as
/// [`OUTLINE_NAME`] holds it.
pub fn outline_bytes(graph: &Graph) -> Result<Vec<u8>> {
    serde_json::to_vec(&OutlineOut {
        entities: [],
        events: &graph.events,
        conflicts: &graph.conflicts,
    })
    .map_err(|e| Error::internal(format!("graph outline: {e}")))
}

type SharedGraphs = HashMap<std::path::PathBuf, (u64, std::sync::Arc<Graph>)>;

/// Engines of one process (a server's pool) share one parsed graph per store and
/// generation: parsing it takes about a second on ten thousand documents, and each
/// copy holds hundreds of megabytes.
fn shared_graphs() -> &'static std::sync::Mutex<SharedGraphs> {
    static SHARED: std::sync::OnceLock<std::sync::Mutex<SharedGraphs>> = std::sync::OnceLock::new();
    SHARED.get_or_init(Default::default)
}

/// The parsed outlines ([`Engine::graph_outline`]), shared like the graphs.
fn shared_outlines() -> &'static std::sync::Mutex<SharedGraphs> {
    static SHARED: std::sync::OnceLock<std::sync::Mutex<SharedGraphs>> = std::sync::OnceLock::new();
    SHARED.get_or_init(Default::default)
}

/// The parsed entity names ([`Engine::graph_names`]), shared like the graphs.
fn shared_names() -> &'static std::sync::Mutex<SharedGraphs> {
    static SHARED: std::sync::OnceLock<std::sync::Mutex<SharedGraphs>> = std::sync::OnceLock::new();
    SHARED.get_or_init(Default::default)
}

type SharedSummaries = HashMap<std::path::PathBuf, (u64, std::sync::Arc<Vec<EntitySummary>>)>;

/// The parsed entity summaries ([`Engine::entity_summaries`]), shared like the graphs.
fn shared_entity_summaries() -> &'static std::sync::Mutex<SharedSummaries> {
    static SHARED: std::sync::OnceLock<std::sync::Mutex<SharedSummaries>> =
        std::sync::OnceLock::new();
    SHARED.get_or_init(Default::default)
}

/// What [`Loaded`] reads of each document.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Parts {
    /// Kept text and extraction (documents without an extraction are left out).
    All,
    /// As `All`, without the time mentions and diagnostics.
    NoTimes,
    /// The kept text alone (an empty extraction): enough to quote.
    Text,
}

/// Documents loaded with their kept texts and extractions, to hand to reconcile.
pub struct Loaded {
    pub docs: Vec<(DocSummary, String, Extraction)>,
    /// Where each document (by name) is in `docs`.
    by_name: HashMap<String, usize>,
}

impl Loaded {
    /// The documents `keys` (all when `None`) that have extractions: a document
    /// where nothing was found gives reconcile nothing, so its text is not read.
    pub fn load(store: &dyn Store, keys: Option<&[i64]>) -> Result<Loaded> {
        Loaded::load_parts(store, keys, Parts::All)
    }

    /// As [`Loaded::load`], but without the time mentions (and diagnostics), which
    /// reconcile does not read: what a rebuild of the graph holds in memory.
    fn for_reconcile(store: &dyn Store) -> Result<Loaded> {
        Loaded::load_parts(store, None, Parts::NoTimes)
    }

    fn load_parts(store: &dyn Store, keys: Option<&[i64]>, parts: Parts) -> Result<Loaded> {
        let keys: Option<std::collections::HashSet<i64>> =
            keys.map(|keys| keys.iter().copied().collect());
        let summaries = store.documents()?;
        let wanted = summaries
            .iter()
            .filter(|summary| keys.as_ref().is_none_or(|keys| keys.contains(&summary.key)));
        Loaded::load_summaries(store, wanted, parts)
    }

    /// The documents `summaries` (from an engine's cached list: reading the list
    /// from the store again costs a lookup per document), read as `parts` says.
    pub(crate) fn load_summaries<'a>(
        store: &dyn Store,
        summaries: impl IntoIterator<Item = &'a DocSummary>,
        parts: Parts,
    ) -> Result<Loaded> {
        let mut docs = Vec::new();
        for summary in summaries {
            let extraction = if parts == Parts::Text {
                Extraction::default()
            } else {
                let mut extraction = store.extraction(summary.key)?.unwrap_or_default();
                if extraction.is_empty() {
                    continue;
                }
                if parts == Parts::NoTimes {
                    extraction.times = Vec::new();
                    extraction.diagnostics = Vec::new();
                }
                extraction
            };
            let Some(text) = store.text(summary.key)? else {
                continue;
            };
            docs.push((summary.clone(), text, extraction));
        }
        // Two documents may share a file name: the first (lowest key) answers.
        let mut by_name = HashMap::new();
        for (i, (summary, _, _)) in docs.iter().enumerate() {
            by_name.entry(summary.name.clone()).or_insert(i);
        }
        Ok(Loaded { docs, by_name })
    }

    /// The loaded document named `name`.
    pub fn get(&self, name: &str) -> Option<&(DocSummary, String, Extraction)> {
        self.by_name.get(name).map(|&i| &self.docs[i])
    }

    pub fn inputs(&self) -> Vec<DocInput<'_>> {
        self.docs
            .iter()
            .map(|(summary, text, extraction)| {
                let meta = &summary.meta;
                let date = |f: &Option<dossier_model::MetaField<String>>| {
                    f.as_ref().and_then(|f| PartialDate::parse(&f.value))
                };
                DocInput {
                    name: &summary.name,
                    text,
                    publisher: meta.publisher.as_ref().map(|p| p.value.as_str()),
                    published: date(&meta.published),
                    updated: date(&meta.updated),
                    period: meta.period.as_ref().and_then(|p| {
                        Some(TimeValue::range(
                            PartialDate::parse(&p.value.start)?,
                            PartialDate::parse(&p.value.end)?,
                        ))
                    }),
                    duplicate_of: summary.duplicate_of.as_deref(),
                    extraction,
                }
            })
            .collect()
    }

    /// Turn a reconcile citation into one with its quote.
    pub fn cite(&self, citation: &dossier_reconcile::Citation) -> Citation {
        match self.get(&citation.doc) {
            Some((_, text, _)) => Citation::new(&citation.doc, text, citation.span),
            None => Citation {
                document: citation.doc.clone(),
                start: citation.span.start,
                end: citation.span.end,
                quote: String::new(),
                page: None,
            },
        }
    }
}

/// Recompute the graph over everything in the open transaction.
pub fn rebuild(writer: &mut dyn StoreWriter) -> Result<()> {
    let loaded = Loaded::for_reconcile(writer.reader())?;
    let graph = dossier_reconcile::reconcile(&loaded.inputs());
    let quotes: Vec<Vec<String>> = graph
        .events
        .iter()
        .map(|cluster| {
            cluster
                .citations
                .iter()
                .map(|c| super::fold(&loaded.cite(c).quote))
                .collect()
        })
        .collect();
    // The graph owns its data: free the texts before serialising it, straight into
    // the store rather than into a buffer that would be one more copy of the graph.
    drop(loaded);
    writer.set_derived_streamed(DERIVED_NAME, &mut |out| {
        serde_json::to_writer(out, &graph).map_err(std::io::Error::other)
    })?;
    // Its outline and its entities' names, in the same transaction: the three
    // always agree.
    writer.set_derived(OUTLINE_NAME, &outline_bytes(&graph)?)?;
    writer.set_derived(NAMES_NAME, &names_bytes(&graph)?)?;
    writer.set_derived(ENTITY_SUMMARIES_NAME, &entity_summaries_bytes(&graph)?)?;
    let quotes =
        serde_json::to_vec(&quotes).map_err(|e| Error::internal(format!("graph quotes: {e}")))?;
    writer.set_derived(QUOTES_NAME, &quotes)?;
    Ok(())
}

#[derive(Clone, Debug, Serialize)]
pub struct ConflictOut {
    pub kind: dossier_reconcile::ConflictKind,
    pub reason: String,
    pub values: Vec<String>,
    pub compatible: Option<bool>,
    pub citations: Vec<Citation>,
    /// An analyst marked it resolved (the judgments say who, when and how).
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub resolved: bool,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub judgments: Vec<dossier_reconcile::Verdict>,
}

#[derive(Clone, Debug, Serialize)]
pub struct MentionOut {
    pub document: String,
    pub start: u32,
    pub end: u32,
    pub text: String,
    pub value: Option<String>,
    /// For a date: what its value was read against (`absolute`, `period`, `narrative`,
    /// `published`) and that anchor in words.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub anchor: Option<dossier_model::Anchor>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub anchored_on: Option<String>,
}

#[derive(Clone, Debug, Serialize)]
pub struct EntityOut {
    pub id: String,
    pub name: String,
    pub kind: String,
    pub aliases: Vec<String>,
    pub roles: Vec<String>,
    pub documents: Vec<String>,
    pub mentions: Vec<MentionOut>,
    pub doubtful: Vec<DoubtfulOut>,
    /// The analysts' merges and splits that made it: who, when, why.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub judgments: Vec<dossier_reconcile::Verdict>,
}

#[derive(Clone, Debug, Serialize)]
pub struct DoubtfulOut {
    pub other: String,
    pub reason: String,
    pub citations: Vec<Citation>,
}

#[derive(Clone, Debug, Serialize)]
pub struct PeriodOut {
    pub start: String,
    pub end: Option<String>,
    pub status: Option<&'static str>,
    pub moratorium: bool,
    pub basis: String,
    pub citations: Vec<Citation>,
}

#[derive(Clone, Debug, Serialize)]
pub struct StatusOut {
    pub jurisdiction: String,
    pub as_of: String,
    pub status: Option<&'static str>,
    pub moratorium: bool,
    pub capital_offences: Vec<String>,
    pub excluded: Vec<String>,
    pub since: Option<String>,
    pub reason: String,
    pub citations: Vec<Citation>,
    /// When the evidence disagrees (the status is then `null`): each side.
    pub conflicts: Vec<StatusConflictOut>,
    pub history: Vec<PeriodOut>,
    /// Analysts' judgments on the grounds in these documents (a rejected ground
    /// is not used): who, when, why, and the words judged.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub judgments: Vec<GroundJudgment>,
}

/// A judgment on a status ground, with the words it is about.
#[derive(Clone, Debug, Serialize)]
pub struct GroundJudgment {
    #[serde(flatten)]
    pub verdict: dossier_reconcile::Verdict,
    pub citations: Vec<Citation>,
}

/// One side of a disagreement about a status.
#[derive(Clone, Debug, Serialize)]
pub struct StatusConflictOut {
    pub status: Option<&'static str>,
    pub citations: Vec<Citation>,
}

impl Engine {
    /// The stored graph (empty for a store with no documents).
    pub fn graph(&self) -> Result<std::sync::Arc<Graph>> {
        // Parsed once per store generation: the generation is one small read.
        let generation = self.store.generation()?;
        if let Some((cached, graph)) = self.graph.borrow().as_ref() {
            if *cached == generation {
                return Ok(graph.clone());
            }
        }
        let mut shared = shared_graphs()
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        let graph = match shared.get(self.dir()) {
            Some((cached, graph)) if *cached == generation => graph.clone(),
            _ => {
                let mut graph: Graph = match self.store.derived(DERIVED_NAME)? {
                    Some(bytes) if bytes != b"{}" => serde_json::from_slice(&bytes)
                        .map_err(|e| Error::internal(format!("stored graph: {e}")))?,
                    _ => Graph::default(),
                };
                // Analysts' judgments, applied to what reconcile derived.
                self.apply_judgments(&mut graph)?;
                let graph = std::sync::Arc::new(graph);
                // A graph no engine holds any more is let go.
                shared.retain(|_, (_, held)| std::sync::Arc::strong_count(held) > 1);
                shared.insert(self.dir().to_path_buf(), (generation, graph.clone()));
                graph
            }
        };
        drop(shared);
        *self.graph.borrow_mut() = Some((generation, graph.clone()));
        Ok(graph)
    }

    /// The graph's events and conflicts, with its entities left empty: what the
    /// timeline and the conflicts read. The whole graph when it is parsed already,
    /// or when analysts' judgments apply (they may merge entities, reject events
    /// and correct dates: they are applied to the whole graph); else the outline
    /// stored beside it ([`OUTLINE_NAME`], parsed in a few percent of the time),
    /// or the whole graph for a store written before there was one. Never waits
    /// for another engine parsing the whole graph. Events and conflicts are the
    /// same either way.
    pub fn graph_outline(&self) -> Result<std::sync::Arc<Graph>> {
        self.graph_part(OUTLINE_NAME, shared_outlines())
    }

    /// The graph's entities with their names alone (id, kind, name, aliases' texts;
    /// no event or conflict), in the graph's order: what [`Engine::find_entity`]
    /// looks a name up in, so the entity it finds here is the one (and at the
    /// place) it finds in the whole graph. The whole graph when it is parsed
    /// already or judgments apply; else the record stored beside it
    /// ([`NAMES_NAME`]), or the whole graph for a store written before there was
    /// one. Never waits for another engine parsing the whole graph.
    pub fn graph_names(&self) -> Result<std::sync::Arc<Graph>> {
        self.graph_part(NAMES_NAME, shared_names())
    }

    /// Every event's folded quotes as stored beside the graph ([`QUOTES_NAME`]),
    /// parsed once per generation and shared; `None` when analysts' judgments
    /// apply (they take events out of the graph and move the others) or for a
    /// store written before there was one.
    pub fn graph_quotes(&self) -> Result<Option<std::sync::Arc<Vec<Vec<String>>>>> {
        type Shared = HashMap<std::path::PathBuf, (u64, std::sync::Arc<Vec<Vec<String>>>)>;
        static SHARED: std::sync::OnceLock<std::sync::Mutex<Shared>> = std::sync::OnceLock::new();
        let generation = self.store.generation()?;
        let mut shared = SHARED
            .get_or_init(Default::default)
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        if let Some((cached, quotes)) = shared.get(self.dir()) {
            if *cached == generation {
                return Ok(Some(quotes.clone()));
            }
        }
        if self
            .store
            .judgments()?
            .iter()
            .any(|j| j.withdrawn.is_none())
        {
            return Ok(None);
        }
        let Some(bytes) = self.store.derived(QUOTES_NAME)? else {
            return Ok(None);
        };
        let quotes: Vec<Vec<String>> = serde_json::from_slice(&bytes)
            .map_err(|e| Error::internal(format!("stored graph quotes: {e}")))?;
        let quotes = std::sync::Arc::new(quotes);
        shared.retain(|_, (_, held)| std::sync::Arc::strong_count(held) > 1);
        shared.insert(self.dir().to_path_buf(), (generation, quotes.clone()));
        Ok(Some(quotes))
    }

    /// Every entity of the graph, summarised, in the graph's order: from the
    /// whole graph when it is parsed already or judgments apply, else from the
    /// record stored beside it ([`ENTITY_SUMMARIES_NAME`]; the whole graph for a
    /// store written before there was one). The same either way.
    pub fn entity_summaries(&self) -> Result<std::sync::Arc<Vec<EntitySummary>>> {
        let generation = self.store.generation()?;
        let mut whole = None;
        if let Some((cached, graph)) = self.graph.borrow().as_ref() {
            if *cached == generation {
                whole = Some(graph.clone());
            }
        }
        if whole.is_none() {
            if let Ok(shared) = shared_graphs().try_lock() {
                if let Some((cached, graph)) = shared.get(self.dir()) {
                    if *cached == generation {
                        whole = Some(graph.clone());
                    }
                }
            }
        }
        let judged = || -> Result<bool> {
            Ok(self
                .store
                .judgments()?
                .iter()
                .any(|j| j.withdrawn.is_none()))
        };
        let mut shared = shared_entity_summaries()
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        if let Some((cached, summaries)) = shared.get(self.dir()) {
            if *cached == generation {
                return Ok(summaries.clone());
            }
        }
        let bytes = match whole {
            Some(_) => None,
            None if judged()? => None,
            None => self.store.derived(ENTITY_SUMMARIES_NAME)?,
        };
        let summaries: Vec<EntitySummary> = match bytes {
            Some(bytes) => serde_json::from_slice(&bytes)
                .map_err(|e| Error::internal(format!("stored entity summaries: {e}")))?,
            None => {
                let graph = match whole {
                    Some(graph) => graph,
                    None => {
                        drop(shared);
                        let graph = self.graph()?;
                        shared = shared_entity_summaries()
                            .lock()
                            .unwrap_or_else(|poisoned| poisoned.into_inner());
                        graph
                    }
                };
                graph.entities.iter().map(EntitySummary::of).collect()
            }
        };
        let summaries = std::sync::Arc::new(summaries);
        shared.retain(|_, (_, held)| std::sync::Arc::strong_count(held) > 1);
        shared.insert(self.dir().to_path_buf(), (generation, summaries.clone()));
        Ok(summaries)
    }

    /// A part of the graph stored beside it under `name` (see
    /// [`Engine::graph_outline`]), parsed once per generation and shared in
    /// `shared`.
    fn graph_part(
        &self,
        name: &str,
        shared: &std::sync::Mutex<SharedGraphs>,
    ) -> Result<std::sync::Arc<Graph>> {
        let generation = self.store.generation()?;
        if let Some((cached, graph)) = self.graph.borrow().as_ref() {
            if *cached == generation {
                return Ok(graph.clone());
            }
        }
        if let Ok(shared) = shared_graphs().try_lock() {
            if let Some((cached, graph)) = shared.get(self.dir()) {
                if *cached == generation {
                    return Ok(graph.clone());
                }
            }
        }
        let judged = self
            .store
            .judgments()?
            .iter()
            .any(|j| j.withdrawn.is_none());
        if judged {
            return self.graph();
        }
        let mut shared = shared
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        if let Some((cached, part)) = shared.get(self.dir()) {
            if *cached == generation {
                return Ok(part.clone());
            }
        }
        let Some(bytes) = self.store.derived(name)? else {
            drop(shared);
            return self.graph();
        };
        let part: Graph = serde_json::from_slice(&bytes)
            .map_err(|e| Error::internal(format!("stored {name}: {e}")))?;
        let part = std::sync::Arc::new(part);
        shared.retain(|_, (_, held)| std::sync::Arc::strong_count(held) > 1);
        shared.insert(self.dir().to_path_buf(), (generation, part.clone()));
        Ok(part)
    }

    /// The id of the entity `name` names ([`Engine::find_entity`]), looked up in
    /// [`Engine::graph_names`]: the whole graph need not be parsed.
    pub fn entity_id(&self, name: &str) -> Result<Option<String>> {
        let names = self.graph_names()?;
        Ok(self.find_entity(&names, name)?.map(|e| e.id.clone()))
    }

    /// [`dossier_reconcile::find_entity`] on `graph` (the engine's stored graph):
    /// an exact name (case, diacritics and transliteration folded) is looked up in
    /// an index of every entity's names built once per store generation; only a
    /// name no entity has exactly is matched the slow way (near spellings).
    pub fn find_entity<'g>(
        &self,
        graph: &'g Graph,
        name: &str,
    ) -> Result<Option<&'g dossier_reconcile::Entity>> {
        let generation = self.store.generation()?;
        let cached = self
            .entity_keys
            .borrow()
            .as_ref()
            .filter(|(g, _)| *g == generation)
            .map(|(_, keys)| keys.clone());
        let keys = match cached {
            Some(keys) => keys,
            None => {
                // Shared by the engines of one process, like the graph they index
                // (folding every name takes a few hundred milliseconds on ten
                // thousand documents).
                type Shared = HashMap<std::path::PathBuf, (u64, crate::EntityKeys)>;
                static SHARED: std::sync::OnceLock<std::sync::Mutex<Shared>> =
                    std::sync::OnceLock::new();
                let lock = || {
                    SHARED
                        .get_or_init(Default::default)
                        .lock()
                        .unwrap_or_else(|poisoned| poisoned.into_inner())
                };
                let found = match lock().get(self.dir()) {
                    Some((cached, keys)) if *cached == generation => Some(keys.clone()),
                    _ => None,
                };
                let keys = match found {
                    Some(keys) => keys,
                    None => {
                        let mut keys: HashMap<String, usize> = HashMap::new();
                        for (i, entity) in graph.entities.iter().enumerate() {
                            let names = std::iter::once(entity.name.as_str())
                                .chain(entity.aliases.iter().map(|a| a.text.as_str()));
                            for name in names {
                                keys.entry(dossier_reconcile::fold_name(name)).or_insert(i);
                            }
                        }
                        let keys = std::sync::Arc::new(keys);
                        let mut shared = lock();
                        shared.retain(|_, (_, held)| std::sync::Arc::strong_count(held) > 1);
                        shared.insert(self.dir().to_path_buf(), (generation, keys.clone()));
                        keys
                    }
                };
                *self.entity_keys.borrow_mut() = Some((generation, keys.clone()));
                keys
            }
        };
        let key = dossier_reconcile::fold_name(name);
        if key.is_empty() {
            return Ok(None);
        }
        if let Some(entity) = keys.get(&key).and_then(|&i| graph.entities.get(i)) {
            return Ok(Some(entity));
        }
        Ok(dossier_reconcile::find_entity(graph, name))
    }

    /// The documents named `names`, read as `parts` says, from the cached list.
    pub(crate) fn loaded_named<'a>(
        &self,
        names: impl Iterator<Item = &'a str>,
        parts: Parts,
    ) -> Result<Loaded> {
        let wanted: std::collections::HashSet<&str> = names.collect();
        let summaries = self.summaries()?;
        Loaded::load_summaries(
            &self.store,
            summaries
                .iter()
                .filter(|d| wanted.contains(d.name.as_str())),
            parts,
        )
    }

    pub fn conflicts(&self) -> Result<Vec<ConflictOut>> {
        let graph = self.graph_outline()?;
        // Their quotes are all they read of the documents (texts only).
        let loaded = self.loaded_named(
            graph
                .conflicts
                .iter()
                .flat_map(|c| c.citations.iter().map(|c| c.doc.as_str())),
            Parts::Text,
        )?;
        Ok(graph
            .conflicts
            .iter()
            .enumerate()
            .map(|(i, c)| {
                let judgments = graph.judged.conflicts.get(&i).cloned().unwrap_or_default();
                ConflictOut {
                    kind: c.kind,
                    reason: c.reason.clone(),
                    values: c.values.clone(),
                    compatible: c.compatible,
                    citations: c.citations.iter().map(|x| loaded.cite(x)).collect(),
                    resolved: judgments.iter().any(|v| v.kind == "resolve_conflict"),
                    judgments,
                }
            })
            .collect())
    }

    pub fn entities(&self) -> Result<Vec<EntityOut>> {
        let graph = self.graph()?;
        let loaded = Loaded::load_summaries(&self.store, self.summaries()?, Parts::All)?;
        Ok(entities_of(&graph, &loaded))
    }

    /// [`Engine::entities`] and [`Engine::passage_facets`] from one reading of every
    /// document (each reads every extraction: a server's warm-up wants both).
    pub fn entities_and_passage_facets(
        &self,
    ) -> Result<(Vec<EntityOut>, super::search::PassageFacets)> {
        let graph = self.graph()?;
        let loaded = Loaded::load_summaries(&self.store, self.summaries()?, Parts::All)?;
        let facets = super::search::PassageFacets::of_documents(
            loaded.docs.iter().map(|(summary, _, x)| (summary.key, x)),
        );
        Ok((entities_of(&graph, &loaded), facets))
    }
}

/// Every entity of `graph`, then the dates, durations and quantities of `loaded`
/// grouped by value, each kind's in the order of their first mention (see
/// [`Engine::entities`]).
fn entities_of(graph: &Graph, loaded: &Loaded) -> Vec<EntityOut> {
    {
        let values: HashMap<(String, u32, u32), Option<String>> = loaded
            .docs
            .iter()
            .flat_map(|(s, _, x)| {
                x.mentions
                    .iter()
                    .map(move |m| ((s.name.clone(), m.span.start, m.span.end), m.value.clone()))
            })
            .collect();
        let mut out: Vec<EntityOut> = graph
            .entities
            .iter()
            .map(|e| entity_out(e, loaded, &values, &graph.judged))
            .collect();
        // Dates, times of day, durations and quantities are grouped by their normalised value.
        let mut grouped: HashMap<(String, String), Vec<MentionOut>> = HashMap::new();
        for (summary, text, extraction) in &loaded.docs {
            for time in &extraction.times {
                // A range written with both ends ("between 1995 and 1998") is two dates,
                // as TimeML has it; the extraction keeps it one range for events.
                let parts = dossier_extract::time::range_parts(time, text);
                if !parts.is_empty() {
                    let anchor = time.anchor;
                    let anchored_on = anchor
                        .and_then(|_| time.anchor_words(&summary.meta, text, &extraction.times));
                    for (span, value) in parts {
                        grouped
                            .entry(("date".to_string(), value.clone()))
                            .or_default()
                            .push(MentionOut {
                                document: summary.name.clone(),
                                start: span.start,
                                end: span.end,
                                text: span.slice(text).to_string(),
                                value: Some(value),
                                anchor,
                                anchored_on: anchored_on.clone(),
                            });
                    }
                    continue;
                }
                let (kind, value) = if time.is_duration {
                    ("duration", time.duration.clone())
                } else if dossier_extract::time::is_time_of_day(time) {
                    // "Thursday night", "this morning": a time of day (TIMEX3 TIME).
                    ("time", dossier_extract::time::timex_value(time))
                } else {
                    // A quarter, a season or a decade the text named keeps its name,
                    // "recently" its vague value (TIMEX3).
                    ("date", dossier_extract::time::timex_value(time))
                };
                let key = (
                    kind.to_string(),
                    value
                        .clone()
                        .unwrap_or_else(|| time.span.slice(text).to_string()),
                );
                let anchor = time.anchor.filter(|_| !time.is_duration);
                grouped.entry(key).or_default().push(MentionOut {
                    document: summary.name.clone(),
                    start: time.span.start,
                    end: time.span.end,
                    text: time.span.slice(text).to_string(),
                    value,
                    anchor,
                    anchored_on: anchor
                        .and_then(|_| time.anchor_words(&summary.meta, text, &extraction.times)),
                });
            }
            for mention in extraction
                .mentions
                .iter()
                .filter(|m| m.kind == dossier_model::MentionKind::Quantity)
            {
                let value = mention.value.clone().unwrap_or_default();
                grouped
                    .entry(("quantity".into(), format!("{value} {}", mention.name)))
                    .or_default()
                    .push(MentionOut {
                        document: summary.name.clone(),
                        start: mention.span.start,
                        end: mention.span.end,
                        text: mention.span.slice(text).to_string(),
                        value: mention.value.clone(),
                        anchor: None,
                        anchored_on: None,
                    });
            }
        }
        // Each kind's entities in the order the documents first mention them (the
        // store's document order, then position): a reader of one document meets its
        // dates as written, and a value's later mentions stay with its first.
        let order: HashMap<&str, usize> = loaded
            .docs
            .iter()
            .enumerate()
            .map(|(i, (s, _, _))| (s.name.as_str(), i))
            .collect();
        let first = |mentions: &[MentionOut]| {
            mentions
                .iter()
                .map(|m| (order.get(m.document.as_str()).copied(), m.start))
                .min()
        };
        let mut grouped: Vec<_> = grouped.into_iter().collect();
        grouped.sort_by_cached_key(|((kind, value), mentions)| {
            (kind.clone(), first(mentions), value.clone())
        });
        for ((kind, name), mentions) in grouped {
            let mut aliases: Vec<String> = mentions.iter().map(|m| m.text.clone()).collect();
            aliases.sort();
            aliases.dedup();
            let mut documents: Vec<String> = mentions.iter().map(|m| m.document.clone()).collect();
            documents.sort();
            documents.dedup();
            out.push(EntityOut {
                id: format!("{kind}-{name}"),
                name,
                kind,
                aliases,
                roles: vec![],
                documents,
                mentions,
                doubtful: vec![],
                judgments: vec![],
            });
        }
        out
    }
}

impl Engine {
    /// One entity by any of its names (case, diacritics and transliteration folded).
    pub fn entity(&self, name: &str) -> Result<(EntityOut, Vec<super::timeline::TimelineEvent>)> {
        let graph = self.graph()?;
        let entity = self.find_entity(&graph, name)?.ok_or_else(|| {
            Error::User(format!(
                "no entity is known as {name:?} (try `dossier entities`)"
            ))
        })?;
        // Its mentions are quoted: only the texts are read.
        let loaded = self.loaded_named(entity.documents.iter().map(|d| d.as_str()), Parts::Text)?;
        let values = HashMap::new();
        let out = entity_out(entity, &loaded, &values, &graph.judged);
        let events = self
            .timeline_from_graph(
                &graph,
                &super::timeline::TimelineRequest::default(),
                // Only the clusters the entity takes part in (only their documents read).
                &|_, cluster| {
                    cluster
                        .participants
                        .iter()
                        .any(|p| p.entity.as_deref() == Some(entity.id.as_str()))
                },
            )?
            .into_iter()
            .filter(|e| e.entities.iter().any(|id| id == &entity.id))
            .collect();
        Ok((out, events))
    }

    /// A jurisdiction's death-penalty status at `as_of`, derived from the documents
    /// that mention it.
    pub fn status(&self, jurisdiction: &str, as_of: PartialDate) -> Result<StatusOut> {
        // The graph's events and its entities' names and documents, each stored
        // apart from the whole graph (which need not be parsed): the same answer.
        let graph = self.graph_outline()?;
        let names = self.graph_names()?;
        // Scope to the documents that name the jurisdiction (spelling variants found
        // through the entity graph).
        let entity = match self.find_entity(&names, jurisdiction)? {
            Some(found) => {
                let summaries = self.entity_summaries()?;
                let at = names
                    .entities
                    .iter()
                    .position(|e| std::ptr::eq(e, found))
                    .and_then(|i| summaries.get(i))
                    .filter(|s| s.id == found.id);
                let summary = match at {
                    Some(summary) => summary.clone(),
                    None => summaries
                        .iter()
                        .find(|s| s.id == found.id)
                        .cloned()
                        .ok_or_else(|| {
                            Error::internal("the graph changed while it was read; ask again")
                        })?,
                };
                Some(summary)
            }
            None => None,
        };
        let entity = entity.as_ref();
        let loaded = match entity {
            Some(e) => self.loaded_named(e.documents.iter().map(|d| d.as_str()), Parts::All)?,
            None => Loaded::load_summaries(&self.store, self.summaries()?, Parts::All)?,
        };
        let mut loaded = loaded;
        let judgments = self.ground_judgments(&graph, &mut loaded)?;
        let inputs = loaded.inputs();
        let canonical = entity
            .map(|e| e.name.clone())
            .unwrap_or_else(|| jurisdiction.to_string());
        let report = dossier_reconcile::status(&inputs, &graph, &canonical, as_of);
        let Some(report) = report else {
            return Ok(StatusOut {
                jurisdiction: canonical,
                as_of: as_of.to_string(),
                status: None,
                moratorium: false,
                capital_offences: vec![],
                excluded: vec![],
                since: None,
                reason:
                    "the documents say nothing about this jurisdiction's death penalty at that date"
                        .into(),
                citations: vec![],
                conflicts: vec![],
                history: vec![],
                judgments,
            });
        };
        Ok(StatusOut {
            jurisdiction: report.jurisdiction.clone(),
            as_of: report.as_of.to_string(),
            status: report.status,
            moratorium: report.moratorium,
            capital_offences: report.capital_offences.clone(),
            excluded: report.excluded.clone(),
            since: report.since.clone(),
            reason: report.reason.clone(),
            citations: report.citations.iter().map(|c| loaded.cite(c)).collect(),
            conflicts: report
                .conflicts
                .iter()
                .map(|(status, citations)| StatusConflictOut {
                    status: *status,
                    citations: citations.iter().map(|c| loaded.cite(c)).collect(),
                })
                .collect(),
            history: report
                .history
                .iter()
                .map(|p| PeriodOut {
                    start: p.start.clone(),
                    end: p.end.clone(),
                    status: p.status,
                    moratorium: p.moratorium,
                    basis: p.basis.clone(),
                    citations: p.citations.iter().map(|c| loaded.cite(c)).collect(),
                })
                .collect(),
            judgments,
        })
    }

    /// The status judgments whose evidence is in `loaded`; a rejected ground's
    /// events and statements are no longer asserted there (status reads only
    /// asserted ones), so status does not rest on them.
    fn ground_judgments(&self, graph: &Graph, loaded: &mut Loaded) -> Result<Vec<GroundJudgment>> {
        use dossier_store::JudgmentKind;
        let mut out = Vec::new();
        for judgment in self.store.judgments()? {
            let kind = judgment.judgment.kind;
            if judgment.withdrawn.is_some()
                || !matches!(
                    kind,
                    JudgmentKind::RejectStatus | JudgmentKind::ConfirmStatus
                )
            {
                continue;
            }
            let Some(at) = graph.judged.evidence.get(&judgment.id) else {
                continue;
            };
            let mut cited = Vec::new();
            for place in at {
                let Some(&i) = loaded.by_name.get(&place.doc) else {
                    continue;
                };
                cited.push(loaded.cite(place));
                if kind != JudgmentKind::RejectStatus {
                    continue;
                }
                let extraction = &mut loaded.docs[i].2;
                for event in extraction.events.iter_mut() {
                    if event.span.overlaps(place.span) {
                        event.modality = dossier_model::Modality::Reported;
                    }
                }
                for statement in extraction.statements.iter_mut() {
                    if statement.span.overlaps(place.span) {
                        statement.modality = dossier_model::Modality::Reported;
                    }
                }
            }
            if !cited.is_empty() {
                out.push(GroundJudgment {
                    verdict: crate::judged::verdict(&judgment),
                    citations: cited,
                });
            }
        }
        Ok(out)
    }
}

fn entity_out(
    entity: &dossier_reconcile::Entity,
    loaded: &Loaded,
    values: &HashMap<(String, u32, u32), Option<String>>,
    judged: &dossier_reconcile::Judged,
) -> EntityOut {
    EntityOut {
        judgments: judged.entities.get(&entity.id).cloned().unwrap_or_default(),
        id: entity.id.clone(),
        name: entity.name.clone(),
        kind: entity.kind.as_str().to_string(),
        aliases: entity.aliases.iter().map(|a| a.text.clone()).collect(),
        roles: entity.roles.clone(),
        documents: entity.documents.clone(),
        mentions: entity
            .mentions
            .iter()
            .map(|m| {
                let cited = loaded.cite(m);
                MentionOut {
                    value: values
                        .get(&(m.doc.clone(), m.span.start, m.span.end))
                        .cloned()
                        .flatten(),
                    document: cited.document,
                    start: cited.start,
                    end: cited.end,
                    text: cited.quote,
                    anchor: None,
                    anchored_on: None,
                }
            })
            .collect(),
        doubtful: entity
            .doubtful
            .iter()
            .map(|d| DoubtfulOut {
                other: d.other.clone(),
                reason: d.reason.clone(),
                citations: d.citations.iter().map(|c| loaded.cite(c)).collect(),
            })
            .collect(),
    }
}
