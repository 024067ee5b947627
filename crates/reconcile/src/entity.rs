//! Entity resolution: mentions in many documents to one entity per real thing.
//!
//! - Names fold by [`crate::name`] rules; folded keys one edit apart join (places,
//!   organisations, surnames), never a feminine `-a` apart.
//! - Acronyms join their expansion when a mention links them (`acronym` field, in
//!   any document), or when the expansion's initials fit and the expansion is the
//!   only one that fits in the same document (else in the corpus).
//! - People: same folded surname class and compatible given names join. Different
//!   given names stay apart; when they look alike and share a paragraph or an event
//!   of one document, both entities record a [`DoubtfulLink`] (and conflicts list a
//!   `name` conflict). Surname-only and initial-only mentions join the one full-name
//!   entity that fits in the same document, else in the corpus; when several fit,
//!   they stay a surname entity with doubtful links to the candidates.

use crate::name::{
    acronym_key, fold_name, fold_tokens, given_compatible, initials, natural_order, near,
    near_groups, parse_person, slug, PersonName,
};
use crate::FxMap;
use crate::{tidy, Citation, DocInput, Graph};
use dossier_model::{MentionKind, Span};
use serde::Serialize;
use std::collections::BTreeMap;

/// One real person, organisation, place, court, law or treaty.
#[derive(Clone, Debug, PartialEq, Serialize, serde::Deserialize)]
pub struct Entity {
    /// Stable slug: `person-nursultan-nazarbayev`.
    pub id: String,
    /// The most complete, then most frequent, form (people in given-name order).
    pub name: String,
    pub kind: MentionKind,
    /// Every written form, with where it was written.
    pub aliases: Vec<Alias>,
    pub roles: Vec<String>,
    /// Every mention (whole mention span, role included).
    pub mentions: Vec<Citation>,
    pub documents: Vec<String>,
    /// Links to entities that may be the same but were not merged.
    pub doubtful: Vec<DoubtfulLink>,
}

#[derive(Clone, Debug, PartialEq, Serialize, serde::Deserialize)]
pub struct Alias {
    pub text: String,
    pub citations: Vec<Citation>,
}

#[derive(Clone, Debug, PartialEq, Serialize, serde::Deserialize)]
pub struct DoubtfulLink {
    /// Id of the other entity.
    pub other: String,
    pub reason: String,
    /// Both sides.
    pub citations: Vec<Citation>,
}

/// A doubtful same-person link that is also a `name` conflict.
#[derive(Clone, Debug)]
pub(crate) struct NameDoubt {
    pub doc: usize,
    pub a: usize,
    pub b: usize,
    pub written_a: String,
    pub written_b: String,
    pub noun: &'static str,
    pub citations: Vec<Citation>,
}

/// A participant: a resolved entity, or a folded surname.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub(crate) enum Who {
    Entity(usize),
    Name(String),
}

/// Entities plus the indexes later stages use to resolve participants.
pub(crate) struct Resolution {
    pub entities: Vec<Entity>,
    pub name_doubts: Vec<NameDoubt>,
    /// Per document: folded name -> entity.
    by_doc_key: Vec<FxMap<String, usize>>,
    by_key: FxMap<String, Vec<usize>>,
    surname_class: FxMap<String, usize>,
    class_people: FxMap<usize, Vec<(Option<String>, usize)>>,
    entity_docs: Vec<Vec<usize>>,
}

impl Resolution {
    /// The entity a name written in document `doc` refers to, when it is clear;
    /// `key` is `fold_name(written)`.
    pub fn lookup(&self, doc: usize, written: &str, key: &str) -> Option<usize> {
        if let Some(&entity) = self.by_doc_key.get(doc).and_then(|names| names.get(key)) {
            return Some(entity);
        }
        if let Some([entity]) = self.by_key.get(key).map(Vec::as_slice) {
            return Some(*entity);
        }
        let person = parse_person(written)?;
        let class = self.surname_class.get(&person.surname)?;
        let fits: Vec<usize> = self
            .class_people
            .get(class)?
            .iter()
            .filter(|(given, _)| match (person.first_given(), given) {
                (Some(a), Some(b)) => given_compatible(a, b),
                _ => true,
            })
            .map(|(_, entity)| *entity)
            .collect();
        let in_doc: Vec<usize> = fits
            .iter()
            .copied()
            .filter(|e| self.entity_docs[*e].binary_search(&doc).is_ok())
            .collect();
        match (in_doc.as_slice(), fits.as_slice()) {
            ([one], _) => Some(*one),
            ([], [one]) => Some(*one),
            _ => None,
        }
    }

    /// Who a participant is: its entity when resolved, else its folded surname.
    pub fn participant(&self, doc: usize, written: &str, folded: &str) -> Who {
        match self.lookup(doc, written, folded) {
            Some(entity) => Who::Entity(entity),
            None => Who::Name(
                parse_person(written)
                    .map(|p| p.surname)
                    .unwrap_or_else(|| folded.to_string()),
            ),
        }
    }
}

fn is_entity_kind(kind: MentionKind) -> bool {
    matches!(
        kind,
        MentionKind::Person
            | MentionKind::Organisation
            | MentionKind::Place
            | MentionKind::Court
            | MentionKind::Law
            | MentionKind::Treaty
    )
}

/// Minimal union-find.
struct Sets(Vec<usize>);

impl Sets {
    fn add(&mut self) -> usize {
        self.0.push(self.0.len());
        self.0.len() - 1
    }
    fn find(&mut self, mut i: usize) -> usize {
        while self.0[i] != i {
            self.0[i] = self.0[self.0[i]];
            i = self.0[i];
        }
        i
    }
    fn union(&mut self, a: usize, b: usize) {
        let (a, b) = (self.find(a), self.find(b));
        if a != b {
            self.0[a.max(b)] = a.min(b);
        }
    }
}

/// A mention taking part in resolution.
struct Item<'a> {
    doc: usize,
    mention: usize,
    kind: MentionKind,
    written: &'a str,
    name_span: Span,
    span: Span,
}

/// Nodes of the union-find: one per distinct (kind, key).
#[derive(Default)]
struct Nodes {
    index: FxMap<(MentionKind, String), usize>,
    keys: Vec<(MentionKind, String)>,
    written: Vec<Option<String>>,
    docs: Vec<Vec<usize>>,
}

impl Nodes {
    fn get(&mut self, sets: &mut Sets, kind: MentionKind, key: String) -> usize {
        if let Some(&node) = self.index.get(&(kind, key.clone())) {
            return node;
        }
        let node = sets.add();
        self.index.insert((kind, key.clone()), node);
        self.keys.push((kind, key));
        self.written.push(None);
        self.docs.push(Vec::new());
        node
    }
    fn seen(&mut self, node: usize, doc: usize, written: &str) {
        if self.written[node].is_none() {
            self.written[node] = Some(written.to_string());
        }
        if self.docs[node].last() != Some(&doc) {
            self.docs[node].push(doc);
        }
    }
}

fn non_person_key(written: &str) -> Option<String> {
    if let Some(acronym) = acronym_key(written) {
        return Some(format!("acr:{acronym}"));
    }
    let mut tokens = fold_tokens(written);
    if tokens.len() > 1 && tokens[0] == "te" {
        tokens.remove(0); // "the" folds to "te"
    }
    (!tokens.is_empty()).then(|| tokens.join(" "))
}

fn tokens_near(a: &str, b: &str) -> bool {
    let (ta, tb): (Vec<&str>, Vec<&str>) = (a.split(' ').collect(), b.split(' ').collect());
    ta.len() == tb.len() && ta.iter().zip(&tb).all(|(x, y)| near(x, y))
}

/// Resolve all entity mentions of `docs`.
pub(crate) fn resolve(docs: &[DocInput]) -> Resolution {
    let mut items: Vec<Item> = Vec::new();
    for (doc_idx, doc) in docs.iter().enumerate() {
        for (mention_idx, mention) in doc.extraction.mentions.iter().enumerate() {
            if is_entity_kind(mention.kind) && !mention.name.trim().is_empty() {
                // A demonym stands for its place: "Nigerian nationals" names
                // Nigeria, not a place called "Nigerian".
                // A place's name in capitals ("THAILAND 2018 HUMAN RIGHTS REPORT")
                // is its gazetteer name, never an acronym of its own.
                let shouted = mention.name.chars().any(char::is_alphabetic)
                    && !mention.name.chars().any(char::is_lowercase);
                let written = match &mention.value {
                    Some(place)
                        if mention.kind == MentionKind::Place
                            && (mention.rule == "gazetteer.demonym" || shouted) =>
                    {
                        place.trim()
                    }
                    _ => mention.name.trim(),
                };
                items.push(Item {
                    doc: doc_idx,
                    mention: mention_idx,
                    kind: mention.kind,
                    written,
                    name_span: mention.name_span,
                    span: mention.span,
                });
            }
        }
    }
    let mut sets = Sets(Vec::new());
    let mut nodes = Nodes::default();
    let mut item_node: Vec<Option<usize>> = vec![None; items.len()];

    // Non-person names: exact keys, explicit acronym links. A name is written the
    // same way many times over ("United Nations"): its key is worked out once.
    let mut keys_of: FxMap<&str, Option<String>> = FxMap::default();
    for (i, item) in items.iter().enumerate() {
        if item.kind == MentionKind::Person {
            continue;
        }
        let key = keys_of
            .entry(item.written)
            .or_insert_with(|| non_person_key(item.written));
        let Some(key) = key.clone() else {
            continue;
        };
        let node = nodes.get(&mut sets, item.kind, key.clone());
        nodes.seen(node, item.doc, item.written);
        item_node[i] = Some(node);
        let Some(acronym_text) = docs[item.doc].extraction.mentions[item.mention]
            .acronym
            .as_deref()
            .map(str::trim)
            .filter(|a| !a.is_empty())
        else {
            continue;
        };
        let linked = match (key.starts_with("acr:"), acronym_key(acronym_text)) {
            (false, Some(acronym)) => Some(format!("acr:{acronym}")),
            (true, None) => non_person_key(acronym_text),
            _ => None,
        };
        if let Some(other_key) = linked {
            let other = nodes.get(&mut sets, item.kind, other_key);
            nodes.seen(other, item.doc, acronym_text);
            sets.union(node, other);
        }
    }
    // Near keys of one kind join.
    let mut by_kind: BTreeMap<MentionKind, Vec<usize>> = BTreeMap::new();
    for (node, (kind, key)) in nodes.keys.iter().enumerate() {
        if !key.starts_with("acr:") {
            by_kind.entry(*kind).or_default().push(node);
        }
    }
    for members in by_kind.values() {
        let keys: Vec<&str> = members.iter().map(|n| nodes.keys[*n].1.as_str()).collect();
        // "Zambia" and "Gambia" one edit apart: two places the gazetteer knows apart
        // are two entities, however near their spellings.
        let same = |a: &str, b: &str| {
            tokens_near(a, b)
                && !(a != b
                    && crate::status::known_jurisdiction(a)
                    && crate::status::known_jurisdiction(b))
        };
        for (pos, group) in near_groups(&keys, same).into_iter().enumerate() {
            sets.union(members[pos], members[group]);
        }
    }
    // Acronyms with no linked expansion: initials that fit one expansion.
    let mut by_initials: FxMap<(MentionKind, String), Vec<usize>> = FxMap::default();
    for (node, (kind, key)) in nodes.keys.iter().enumerate() {
        if !key.starts_with("acr:") && key.contains(' ') {
            if let Some(written) = &nodes.written[node] {
                by_initials
                    .entry((*kind, initials(written)))
                    .or_default()
                    .push(node);
            }
        }
    }
    for node in 0..nodes.keys.len() {
        let (kind, key) = nodes.keys[node].clone();
        let Some(acronym) = key.strip_prefix("acr:") else {
            continue;
        };
        let root = sets.find(node);
        let Some(candidates) = by_initials.get(&(kind, acronym.to_string())) else {
            continue;
        };
        let mut roots: Vec<usize> = candidates.iter().map(|c| sets.find(*c)).collect();
        roots.sort_unstable();
        roots.dedup();
        if roots.contains(&root) {
            continue;
        }
        let acronym_docs = nodes.docs[node].clone();
        let mut in_doc: Vec<usize> = candidates
            .iter()
            .filter(|c| nodes.docs[**c].iter().any(|d| acronym_docs.contains(d)))
            .map(|c| sets.find(*c))
            .collect();
        in_doc.sort_unstable();
        in_doc.dedup();
        let target = match (in_doc.as_slice(), roots.as_slice()) {
            ([one], _) => Some(*one),
            ([], [one]) => Some(*one),
            _ => None,
        };
        if let Some(target) = target {
            sets.union(node, target);
        }
    }

    // People.
    // Names repeat: parse each written form once.
    let mut parsed: FxMap<&str, Option<usize>> = FxMap::default();
    let mut arena: Vec<PersonName> = Vec::new();
    let mut person_of: Vec<Option<usize>> = Vec::with_capacity(items.len());
    for item in &items {
        person_of.push(if item.kind == MentionKind::Person {
            *parsed.entry(item.written).or_insert_with(|| {
                let person = parse_person(item.written)?;
                arena.push(person);
                Some(arena.len() - 1)
            })
        } else {
            None
        });
    }
    drop(parsed);
    let people: Vec<Option<&PersonName>> = person_of.iter().map(|p| p.map(|i| &arena[i])).collect();
    let mut surnames: Vec<&str> = people
        .iter()
        .flatten()
        .map(|p| p.surname.as_str())
        .collect();
    surnames.sort_unstable();
    surnames.dedup();
    let surname_groups = near_groups(&surnames, near);
    let surname_class: FxMap<String, usize> = surnames
        .iter()
        .zip(&surname_groups)
        .map(|(s, g)| (s.to_string(), *g))
        .collect();
    // Full names: (class, given group).
    let mut givens_by_class: BTreeMap<usize, Vec<String>> = BTreeMap::new();
    for person in people.iter().flatten() {
        if let Some(given) = person.first_given().filter(|_| !person.initials_only()) {
            givens_by_class
                .entry(surname_class[&person.surname])
                .or_default()
                .push(given.to_string());
        }
    }
    let mut given_rep: FxMap<(usize, String), String> = FxMap::default();
    for (class, givens) in givens_by_class.iter_mut() {
        givens.sort_unstable();
        givens.dedup();
        let keys: Vec<&str> = givens.iter().map(String::as_str).collect();
        for (pos, group) in near_groups(&keys, given_compatible).into_iter().enumerate() {
            given_rep.insert((*class, givens[pos].clone()), givens[group].clone());
        }
    }
    let person_key = |class: usize, given: &str| format!("{class}:{given}");
    let mut node_of_written: FxMap<&str, usize> = FxMap::default();
    for (i, item) in items.iter().enumerate() {
        let Some(person) = people[i] else { continue };
        if let Some(given) = person.first_given().filter(|_| !person.initials_only()) {
            let node = match node_of_written.get(item.written) {
                Some(&node) => node,
                None => {
                    let class = surname_class[&person.surname];
                    let rep = &given_rep[&(class, given.to_string())];
                    let node = nodes.get(&mut sets, MentionKind::Person, person_key(class, rep));
                    node_of_written.insert(item.written, node);
                    node
                }
            };
            nodes.seen(node, item.doc, item.written);
            item_node[i] = Some(node);
        }
    }
    // Full-name people of each class, for short forms and lookups.
    let mut class_full: FxMap<usize, Vec<(String, usize)>> = FxMap::default();
    for ((class, _), rep) in &given_rep {
        let Some(&node) = nodes
            .index
            .get(&(MentionKind::Person, person_key(*class, rep)))
        else {
            continue;
        };
        class_full
            .entry(*class)
            .or_default()
            .push((rep.clone(), node));
    }
    for list in class_full.values_mut() {
        list.sort();
        list.dedup();
    }
    // Documents of full-name people, before short forms add theirs (sorted: items
    // come in document order).
    let full_docs: Vec<Vec<usize>> = nodes.docs.clone();
    let mut ambiguous: Vec<(usize, Vec<usize>)> = Vec::new();
    for (i, item) in items.iter().enumerate() {
        let Some(person) = people[i] else { continue };
        if item_node[i].is_some() {
            continue;
        }
        let class = surname_class[&person.surname];
        let fits: Vec<usize> = class_full
            .get(&class)
            .map(|list| {
                list.iter()
                    .filter(|(given, _)| {
                        person
                            .first_given()
                            .is_none_or(|initial| given_compatible(initial, given))
                    })
                    .map(|(_, node)| *node)
                    .collect()
            })
            .unwrap_or_default();
        let in_doc: Vec<usize> = fits
            .iter()
            .copied()
            .filter(|n| {
                full_docs
                    .get(*n)
                    .is_some_and(|d| d.binary_search(&item.doc).is_ok())
            })
            .collect();
        let node = match (in_doc.as_slice(), fits.as_slice()) {
            ([one], _) | ([], [one]) => *one,
            _ => {
                let short = person
                    .first_given()
                    .map(|g| format!("{g}."))
                    .unwrap_or_default();
                let node = nodes.get(&mut sets, MentionKind::Person, person_key(class, &short));
                if fits.len() > 1 {
                    ambiguous.push((node, fits.clone()));
                }
                node
            }
        };
        nodes.seen(node, item.doc, item.written);
        item_node[i] = Some(node);
    }

    // Components to entities.
    let mut root_entity: FxMap<usize, usize> = FxMap::default();
    let mut builders: Vec<Builder> = Vec::new();
    let mut item_entity: Vec<Option<usize>> = vec![None; items.len()];
    for (i, item) in items.iter().enumerate() {
        let Some(node) = item_node[i] else { continue };
        let root = sets.find(node);
        let slot = *root_entity.entry(root).or_insert_with(|| {
            builders.push(Builder::new(item.kind));
            builders.len() - 1
        });
        item_entity[i] = Some(slot);
        let mention = &docs[item.doc].extraction.mentions[item.mention];
        builders[slot].add(
            docs[item.doc].name,
            item.doc,
            item.written,
            item.name_span,
            item.span,
            mention,
        );
    }
    let mut order: Vec<usize> = (0..builders.len()).collect();
    let mut names: Vec<String> = builders.iter().map(Builder::best_name).collect();
    let folded: Vec<String> = names.iter().map(|n| fold_name(n)).collect();
    order.sort_by(|a, b| {
        (builders[*a].kind, &folded[*a], builders[*a].first()).cmp(&(
            builders[*b].kind,
            &folded[*b],
            builders[*b].first(),
        ))
    });
    let mut final_of = vec![0usize; builders.len()];
    for (pos, slot) in order.iter().enumerate() {
        final_of[*slot] = pos;
    }
    let mut used_ids: FxMap<String, usize> = FxMap::default();
    let mut entities = Vec::with_capacity(builders.len());
    let mut entity_docs = Vec::with_capacity(builders.len());
    let mut builders: Vec<Option<Builder>> = builders.into_iter().map(Some).collect();
    for slot in &order {
        let Some(builder) = builders[*slot].take() else {
            continue;
        };
        let base = format!("{}-{}", builder.kind.as_str(), slug(&names[*slot]));
        let n = used_ids.entry(base.clone()).or_insert(0);
        *n += 1;
        let id = if *n == 1 { base } else { format!("{base}-{n}") };
        entity_docs.push(builder.doc_idx.clone());
        entities.push(builder.build(id, std::mem::take(&mut names[*slot])));
    }
    let item_entity: Vec<Option<usize>> =
        item_entity.iter().map(|e| e.map(|s| final_of[s])).collect();

    // Indexes.
    let mut by_doc_key: Vec<FxMap<String, usize>> =
        (0..docs.len()).map(|_| FxMap::default()).collect();
    let mut by_key: FxMap<String, Vec<usize>> = FxMap::default();
    let mut folded_names: FxMap<&str, String> = FxMap::default();
    for (i, item) in items.iter().enumerate() {
        let Some(entity) = item_entity[i] else {
            continue;
        };
        let key = folded_names
            .entry(item.written)
            .or_insert_with(|| fold_name(item.written))
            .clone();
        by_doc_key[item.doc].entry(key.clone()).or_insert(entity);
        let list = by_key.entry(key).or_default();
        if !list.contains(&entity) {
            list.push(entity);
        }
    }
    let mut class_people: FxMap<usize, Vec<(Option<String>, usize)>> = FxMap::default();
    for (i, item) in items.iter().enumerate() {
        let (Some(person), Some(entity)) = (people[i], item_entity[i]) else {
            continue;
        };
        let _ = item;
        let entry = (
            person
                .first_given()
                .filter(|_| !person.initials_only())
                .map(str::to_string),
            entity,
        );
        let list = class_people
            .entry(surname_class[&person.surname])
            .or_default();
        if entry.0.is_some() && !list.contains(&entry) {
            list.push(entry);
        }
    }
    for list in class_people.values_mut() {
        list.sort();
    }

    let mut resolution = Resolution {
        entities,
        name_doubts: Vec::new(),
        by_doc_key,
        by_key,
        surname_class,
        class_people,
        entity_docs,
    };
    // Ambiguous short forms: doubtful links to every candidate.
    for (node, candidates) in ambiguous {
        let Some(&slot) = root_entity.get(&sets.find(node)) else {
            continue;
        };
        let short = final_of[slot];
        for candidate in candidates {
            let Some(&other_slot) = root_entity.get(&sets.find(candidate)) else {
                continue;
            };
            let other = final_of[other_slot];
            let reason = format!(
                "'{}' may be '{}': several people share the surname",
                resolution.entities[short].name, resolution.entities[other].name
            );
            let citations = vec![
                resolution.entities[short].mentions[0].clone(),
                resolution.entities[other].mentions[0].clone(),
            ];
            link(&mut resolution.entities, short, other, reason, citations);
        }
    }
    find_name_doubts(docs, &items, &people, &item_entity, &mut resolution);
    resolution
}

fn link(entities: &mut [Entity], a: usize, b: usize, reason: String, mut citations: Vec<Citation>) {
    tidy(&mut citations);
    let other_id = entities[b].id.clone();
    if !entities[a].doubtful.iter().any(|d| d.other == other_id) {
        entities[a].doubtful.push(DoubtfulLink {
            other: other_id,
            reason: reason.clone(),
            citations: citations.clone(),
        });
    }
    let this_id = entities[a].id.clone();
    if !entities[b].doubtful.iter().any(|d| d.other == this_id) {
        entities[b].doubtful.push(DoubtfulLink {
            other: this_id,
            reason,
            citations,
        });
    }
}

/// What a person is called in a conflict's reason, from the events they take part in.
const EVENT_NOUNS: &[(dossier_model::EventKind, &str)] = &[
    (dossier_model::EventKind::DeathInCustody, "detainee"),
    (dossier_model::EventKind::Arrest, "detainee"),
    (dossier_model::EventKind::IllTreatment, "detainee"),
    (dossier_model::EventKind::Execution, "prisoner"),
    (dossier_model::EventKind::DeathSentence, "prisoner"),
    (dossier_model::EventKind::Commutation, "prisoner"),
    (dossier_model::EventKind::Trial, "defendant"),
    (dossier_model::EventKind::Conviction, "defendant"),
];

/// Alike given names with one surname, linked by a paragraph or an event of one
/// document: kept apart, recorded as doubtful and as a name conflict.
fn find_name_doubts(
    docs: &[DocInput],
    items: &[Item],
    people: &[Option<&PersonName>],
    item_entity: &[Option<usize>],
    resolution: &mut Resolution,
) {
    // (doc, surname class) -> full-name items.
    let mut groups: BTreeMap<(usize, usize), Vec<usize>> = BTreeMap::new();
    for (i, person) in people.iter().enumerate() {
        let Some(person) = person else { continue };
        if person.first_given().is_some() && !person.initials_only() {
            groups
                .entry((items[i].doc, resolution.surname_class[&person.surname]))
                .or_default()
                .push(i);
        }
    }
    let mut seen_pairs: Vec<(usize, usize, usize)> = Vec::new();
    for ((doc, _), members) in groups {
        if members.len() < 2 {
            continue;
        }
        let text = docs[doc].text;
        for (pos, &i) in members.iter().enumerate() {
            for &j in &members[pos + 1..] {
                let (Some(a), Some(b)) = (item_entity[i], item_entity[j]) else {
                    continue;
                };
                if a == b {
                    continue;
                }
                let pair = (doc, a.min(b), a.max(b));
                if seen_pairs.contains(&pair) {
                    continue;
                }
                let (Some(ga), Some(gb)) = (
                    people[i].as_ref().and_then(|p| p.first_given()),
                    people[j].as_ref().and_then(|p| p.first_given()),
                ) else {
                    continue;
                };
                if !alike(ga, gb) {
                    continue;
                }
                let (first, second) = if items[i].span.start <= items[j].span.start {
                    (&items[i], &items[j])
                } else {
                    (&items[j], &items[i])
                };
                let same_paragraph = second.span.start.saturating_sub(first.span.end) <= 1500
                    && text
                        .get(first.span.end as usize..second.span.start as usize)
                        .is_some_and(|between| !between.contains("\n\n"));
                let key_a = fold_name(items[i].written);
                let key_b = fold_name(items[j].written);
                let events = &docs[doc].extraction.events;
                let same_event = events.iter().any(|e| {
                    let keys: Vec<String> =
                        e.participants.iter().map(|p| fold_name(&p.name)).collect();
                    keys.contains(&key_a) && keys.contains(&key_b)
                });
                if !same_paragraph && !same_event {
                    continue;
                }
                seen_pairs.push(pair);
                let noun = events
                    .iter()
                    .filter(|e| {
                        e.participants
                            .iter()
                            .any(|p| [&key_a, &key_b].contains(&&fold_name(&p.name)))
                    })
                    .find_map(|e| {
                        EVENT_NOUNS
                            .iter()
                            .find(|(k, _)| *k == e.kind)
                            .map(|(_, n)| *n)
                    })
                    .unwrap_or("person");
                let citations = vec![
                    Citation::new(docs[doc].name, first.name_span),
                    Citation::new(docs[doc].name, second.name_span),
                ];
                let reason = format!(
                    "'{}' and '{}' share a surname and a passage of {} but their given names differ",
                    first.written, second.written, docs[doc].name
                );
                link(&mut resolution.entities, a, b, reason, citations.clone());
                resolution.name_doubts.push(NameDoubt {
                    doc,
                    a,
                    b,
                    written_a: first.written.to_string(),
                    written_b: second.written.to_string(),
                    noun,
                    citations,
                });
            }
        }
    }
}

/// Given names that look like one confused with the other (`Vladislav` /
/// `Vladimir`): same first letter and a common start of three letters or more.
fn alike(a: &str, b: &str) -> bool {
    let common = a.chars().zip(b.chars()).take_while(|(x, y)| x == y).count();
    common >= 3
}

/// Accumulates one entity.
struct Builder {
    kind: MentionKind,
    /// written form -> (count, first seen order, citations of the name)
    aliases: BTreeMap<String, (usize, usize, Vec<Citation>)>,
    roles: Vec<String>,
    mentions: Vec<Citation>,
    doc_idx: Vec<usize>,
    documents: Vec<String>,
    seen: usize,
}

impl Builder {
    fn new(kind: MentionKind) -> Self {
        Builder {
            kind,
            aliases: BTreeMap::new(),
            roles: Vec::new(),
            mentions: Vec::new(),
            doc_idx: Vec::new(),
            documents: Vec::new(),
            seen: 0,
        }
    }
    fn add(
        &mut self,
        doc: &str,
        doc_idx: usize,
        written: &str,
        name_span: Span,
        span: Span,
        mention: &dossier_model::Mention,
    ) {
        self.seen += 1;
        let seen = self.seen;
        match self.aliases.get_mut(written) {
            Some(entry) => {
                entry.0 += 1;
                entry.2.push(Citation::new(doc, name_span));
            }
            None => {
                self.aliases.insert(
                    written.to_string(),
                    (1, seen, vec![Citation::new(doc, name_span)]),
                );
            }
        }
        // A demonym ("Belarusian") is kept as a form to look the place up by,
        // never as its name.
        if written != mention.name.trim() && mention.rule == "gazetteer.demonym" {
            let entry = self
                .aliases
                .entry(mention.name.trim().to_string())
                .or_insert((0, seen, Vec::new()));
            entry.2.push(Citation::new(doc, name_span));
        }
        if let Some(acronym) = mention
            .acronym
            .as_deref()
            .map(str::trim)
            .filter(|a| !a.is_empty())
        {
            let entry = self
                .aliases
                .entry(acronym.to_string())
                .or_insert((0, seen, Vec::new()));
            entry.2.push(Citation::new(doc, span));
        }
        if let Some(role) = mention
            .role
            .as_deref()
            .map(str::trim)
            .filter(|r| !r.is_empty())
        {
            if !self.roles.iter().any(|r| r == role) {
                self.roles.push(role.to_string());
            }
        }
        self.mentions.push(Citation::new(doc, span));
        // Items arrive in document order.
        if self.doc_idx.last() != Some(&doc_idx) {
            self.doc_idx.push(doc_idx);
            self.documents.push(doc.to_string());
        }
    }
    fn first(&self) -> Option<&Citation> {
        self.mentions.first()
    }
    /// People: most tokens, then most frequent, then first seen. Others: not an
    /// acronym, then most frequent, then most tokens, then first seen.
    fn best_name(&self) -> String {
        let person = self.kind == MentionKind::Person;
        let best = self
            .aliases
            .iter()
            .filter(|(_, (count, _, _))| *count > 0)
            .max_by(|(a, (ca, sa, _)), (b, (cb, sb, _))| {
                let (ta, tb) = (a.split_whitespace().count(), b.split_whitespace().count());
                let (aa, ab) = (acronym_key(a).is_none(), acronym_key(b).is_none());
                // People: prefer a form not written surname-first in capitals.
                let (na, nb) = (
                    usize::from(natural_order(a) == a.trim()),
                    usize::from(natural_order(b) == b.trim()),
                );
                let key_a = if person {
                    (ta, *ca, na)
                } else {
                    (usize::from(aa), *ca, ta)
                };
                let key_b = if person {
                    (tb, *cb, nb)
                } else {
                    (usize::from(ab), *cb, tb)
                };
                key_a.cmp(&key_b).then(sb.cmp(sa))
            });
        let name = best.map(|(n, _)| n.clone()).unwrap_or_default();
        if person {
            natural_order(&name)
        } else {
            name
        }
    }
    fn build(self, id: String, name: String) -> Entity {
        let mut aliases: Vec<Alias> = self
            .aliases
            .into_iter()
            .map(|(text, (_, _, mut citations))| {
                tidy(&mut citations);
                Alias { text, citations }
            })
            .collect();
        aliases.sort_by(|a, b| a.text.cmp(&b.text));
        let mut mentions = self.mentions;
        tidy(&mut mentions);
        let mut roles = self.roles;
        roles.sort();
        let mut documents = self.documents;
        documents.sort();
        Entity {
            id,
            name,
            kind: self.kind,
            aliases,
            roles,
            mentions,
            documents,
            doubtful: Vec::new(),
        }
    }
}

/// The entity `name` refers to, by any alias (folded); a person also by a surname or
/// a transliteration variant, when only one entity fits.
pub fn find_entity<'g>(graph: &'g Graph, name: &str) -> Option<&'g Entity> {
    let key = fold_name(name);
    if key.is_empty() {
        return None;
    }
    let exact: Vec<&Entity> = graph
        .entities
        .iter()
        .filter(|e| {
            fold_name(&e.name) == key || e.aliases.iter().any(|a| fold_name(&a.text) == key)
        })
        .collect();
    if let Some(first) = exact.first() {
        return Some(first);
    }
    let query = parse_person(name);
    let fits: Vec<&Entity> = graph
        .entities
        .iter()
        .filter(|e| {
            std::iter::once(e.name.as_str())
                .chain(e.aliases.iter().map(|a| a.text.as_str()))
                .any(|alias| {
                    if e.kind == MentionKind::Person {
                        match (&query, parse_person(alias)) {
                            (Some(q), Some(p)) => {
                                near(&q.surname, &p.surname)
                                    && match (q.first_given(), p.first_given()) {
                                        (Some(a), Some(b)) => given_compatible(a, b),
                                        _ => true,
                                    }
                            }
                            _ => false,
                        }
                    } else {
                        // "Zambia" asked of a store that names only "Gambia": two
                        // places the gazetteer knows apart are never one.
                        let alias = fold_name(alias);
                        let distinct_places = alias != key
                            && crate::status::known_jurisdiction(&alias)
                            && crate::status::known_jurisdiction(&key);
                        !distinct_places && tokens_near(&key, &alias)
                    }
                })
        })
        .collect();
    match fits.as_slice() {
        [one] => Some(one),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use crate::testkit::{inputs, TestDoc};
    use crate::{reconcile, Graph};
    use dossier_model::MentionKind;

    /// A mention in a test document: (document, kind, name, acronym).
    type M = (usize, MentionKind, &'static str, Option<&'static str>);

    /// `expect`: every entity as (name, sorted aliases, number of doubtful links).
    fn check(
        case: &str,
        n_docs: usize,
        mentions: &[M],
        expect: &[(&str, &[&str], usize)],
    ) -> Graph {
        let mut docs: Vec<TestDoc> = (0..n_docs)
            .map(|i| TestDoc::new(&format!("d{i}.txt")))
            .collect();
        for (doc, kind, name, acronym) in mentions {
            docs[*doc].mention(*kind, None, name, *acronym);
        }
        let graph = reconcile(&inputs(&docs));
        let mut got: Vec<(String, Vec<String>, usize)> = graph
            .entities
            .iter()
            .map(|e| {
                (
                    e.name.clone(),
                    e.aliases.iter().map(|a| a.text.clone()).collect(),
                    e.doubtful.len(),
                )
            })
            .collect();
        got.sort();
        let mut want: Vec<(String, Vec<String>, usize)> = expect
            .iter()
            .map(|(name, aliases, n)| {
                (
                    name.to_string(),
                    aliases.iter().map(|a| a.to_string()).collect(),
                    *n,
                )
            })
            .collect();
        want.sort();
        assert_eq!(got, want, "{case}");
        graph
    }

    use MentionKind::{Organisation as O, Person as P, Place as L};

    #[test]
    fn resolution_table() {
        check(
            "transliterations across documents",
            3,
            &[
                (0, P, "Kasymzhomart Tokaev", None),
                (1, P, "Kassym-Jomart Tokayev", None),
                (2, P, "Tokayev", None),
            ],
            &[(
                "Kasymzhomart Tokaev",
                &["Kassym-Jomart Tokayev", "Kasymzhomart Tokaev", "Tokayev"],
                0,
            )],
        );
        check(
            "surname first in capitals",
            2,
            &[
                (0, P, "NÉMETH Zsolt", None),
                (1, P, "Zsolt Németh", None),
                (1, P, "Zsolt Németh", None),
            ],
            &[("Zsolt Németh", &["NÉMETH Zsolt", "Zsolt Németh"], 0)],
        );
        check(
            "masculine and feminine forms are two people",
            1,
            &[(0, P, "Anna Ivanova", None), (0, P, "Pyotr Ivanov", None)],
            &[
                ("Anna Ivanova", &["Anna Ivanova"], 0),
                ("Pyotr Ivanov", &["Pyotr Ivanov"], 0),
            ],
        );
        check(
            "close surnames stay apart",
            1,
            &[
                (0, P, "Mukhtar Ablyazov", None),
                (0, P, "Marat Abilov", None),
            ],
            &[
                ("Marat Abilov", &["Marat Abilov"], 0),
                ("Mukhtar Ablyazov", &["Mukhtar Ablyazov"], 0),
            ],
        );
        check(
            "a surname alone with two candidates stays apart, doubtful",
            1,
            &[
                (0, P, "Ivan Petrov", None),
                (0, P, "Sergei Petrov", None),
                (0, P, "Petrov", None),
            ],
            &[
                ("Ivan Petrov", &["Ivan Petrov"], 1),
                ("Petrov", &["Petrov"], 2),
                ("Sergei Petrov", &["Sergei Petrov"], 1),
            ],
        );
        check(
            "a surname alone prefers the one candidate of its own document",
            2,
            &[
                (0, P, "Ivan Petrov", None),
                (1, P, "Sergei Petrov", None),
                (1, P, "Petrov", None),
            ],
            &[
                ("Ivan Petrov", &["Ivan Petrov"], 0),
                ("Sergei Petrov", &["Petrov", "Sergei Petrov"], 0),
            ],
        );
        check(
            "an initial joins the one fitting given name",
            1,
            &[
                (0, P, "Ivan Petrov", None),
                (0, P, "Sergei Petrov", None),
                (0, P, "I. Petrov", None),
            ],
            &[
                ("Ivan Petrov", &["I. Petrov", "Ivan Petrov"], 0),
                ("Sergei Petrov", &["Sergei Petrov"], 0),
            ],
        );
        check(
            "variant given names join",
            2,
            &[
                (0, P, "Sergey Duvanov", None),
                (1, P, "Sergei Duvanov", None),
            ],
            &[("Sergey Duvanov", &["Sergei Duvanov", "Sergey Duvanov"], 0)],
        );
        check(
            "acronym linked in one document, used bare in another",
            2,
            &[
                (0, O, "Freedom Party of Veloria", Some("SPV")),
                (1, O, "SPV", None),
                (1, O, "Freedom Party of Veloria", Some("FPV")),
            ],
            &[(
                "Freedom Party of Veloria",
                &["FPV", "Freedom Party of Veloria", "SPV"],
                0,
            )],
        );
        check(
            "acronym by initials",
            1,
            &[
                (0, O, "National Security Committee", None),
                (0, O, "NSC", None),
            ],
            &[(
                "National Security Committee",
                &["NSC", "National Security Committee"],
                0,
            )],
        );
        check(
            "ambiguous initials stay apart",
            2,
            &[
                (0, O, "National Security Committee", None),
                (1, O, "National Sports Council", None),
                (0, O, "NSC", None),
                (1, O, "NSC", None),
            ],
            &[
                ("NSC", &["NSC"], 0),
                (
                    "National Security Committee",
                    &["National Security Committee"],
                    0,
                ),
                ("National Sports Council", &["National Sports Council"], 0),
            ],
        );
        check(
            "place spellings",
            3,
            &[
                (0, L, "Kazakstan", None),
                (1, L, "Kazakhstan", None),
                (2, L, "Qazaqstan", None),
                (2, L, "Kazakhstan", None),
            ],
            &[("Kazakhstan", &["Kazakhstan", "Kazakstan", "Qazaqstan"], 0)],
        );
        check(
            "a place and a person of one name stay apart",
            1,
            &[(0, L, "Jordan", None), (0, P, "Jordan", None)],
            &[("Jordan", &["Jordan"], 0), ("Jordan", &["Jordan"], 0)],
        );
    }

    #[test]
    fn ids_are_unique_and_stable() {
        let graph = check(
            "two people of one slug",
            2,
            &[(0, P, "Marat Abilov", None), (1, O, "Marat Abilov", None)],
            &[
                ("Marat Abilov", &["Marat Abilov"], 0),
                ("Marat Abilov", &["Marat Abilov"], 0),
            ],
        );
        let ids: Vec<&str> = graph.entities.iter().map(|e| e.id.as_str()).collect();
        assert_eq!(
            ids,
            vec!["person-marat-abilov", "organisation-marat-abilov"]
        );
    }

    #[test]
    fn empty_and_odd_names_do_not_panic() {
        let names = [
            "",
            " ",
            "-",
            "'",
            "É",
            "ß",
            "数据",
            "A",
            "AB",
            "a-b-c",
            "NÉMETH",
            "Ⅻ",
            "\u{0301}x",
        ];
        let mentions: Vec<M> = names
            .iter()
            .flat_map(|n| [(0, P, *n, None), (0, O, *n, Some(*n))])
            .collect();
        let mut docs = vec![TestDoc::new("d.txt")];
        for (doc, kind, name, acronym) in &mentions {
            docs[*doc].mention(*kind, None, name, *acronym);
        }
        let graph = reconcile(&inputs(&docs));
        assert!(!graph.entities.is_empty());
    }

    #[test]
    fn a_demonym_names_its_place_and_finds_it() {
        let mut docs = vec![TestDoc::new("a.txt"), TestDoc::new("b.txt")];
        // "Two Ruritanian nationals were shot": only the demonym in one story.
        docs[0].mention(MentionKind::Place, None, "Ruritanian", None);
        let demonym = docs[0].extraction.mentions.last_mut().unwrap();
        demonym.value = Some("Ruritania".into());
        demonym.rule = "gazetteer.demonym".into();
        docs[1].mention(MentionKind::Place, None, "Ruritania", None);
        let graph = reconcile(&inputs(&docs));
        let places: Vec<&str> = graph
            .entities
            .iter()
            .filter(|e| e.kind == MentionKind::Place)
            .map(|e| e.name.as_str())
            .collect();
        assert_eq!(places, vec!["Ruritania"]);
        let found = super::find_entity(&graph, "Ruritanian").expect("found by its demonym");
        assert_eq!(found.name, "Ruritania");
        assert_eq!(found.documents.len(), 2);
    }

    #[test]
    fn a_place_in_capitals_is_the_place_not_an_acronym() {
        let mut docs = vec![TestDoc::new("a.txt"), TestDoc::new("b.txt")];
        // "RURITANIA 2018 HUMAN RIGHTS REPORT" heads one report; a list names it.
        docs[0].mention(MentionKind::Place, None, "RURITANIA", None);
        docs[0].extraction.mentions.last_mut().unwrap().value = Some("Ruritania".into());
        docs[1].mention(MentionKind::Place, None, "Ruritania", None);
        let graph = reconcile(&inputs(&docs));
        let found = super::find_entity(&graph, "Ruritania").expect("found");
        assert_eq!(found.documents.len(), 2);
        let places = graph
            .entities
            .iter()
            .filter(|e| e.kind == MentionKind::Place)
            .count();
        assert_eq!(places, 1);
    }

    #[test]
    fn a_known_country_is_not_found_as_another_near_in_spelling() {
        let mut docs = vec![TestDoc::new("a.txt")];
        docs[0].mention(MentionKind::Place, None, "Gambia", None);
        let graph = reconcile(&inputs(&docs));
        assert!(super::find_entity(&graph, "Zambia").is_none());
        assert!(super::find_entity(&graph, "Gambia").is_some());
    }
}
