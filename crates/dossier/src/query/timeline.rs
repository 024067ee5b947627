//! The chronology: asserted (and hedged) events in date order, each with the words
//! that state it.

use super::Citation;
use crate::{Engine, Result};
use dossier_model::{EventKind, Modality, PartialDate, TimeValue};
use dossier_reconcile::Graph;
use serde::Serialize;

#[derive(Clone, Debug, Default)]
pub struct TimelineRequest {
    /// Only events with a participant (or cited text) matching this name.
    pub about: Option<String>,
    pub kinds: Vec<EventKind>,
    pub from: Option<PartialDate>,
    pub to: Option<PartialDate>,
}

#[derive(Clone, Debug, Serialize)]
pub struct DateOut {
    pub start: Option<String>,
    pub end: Option<String>,
    /// The words the date was read from.
    pub text: Option<String>,
}

#[derive(Clone, Debug, Serialize)]
pub struct ParticipantOut {
    pub name: String,
    pub role: String,
}

#[derive(Clone, Debug, Serialize)]
pub struct TimelineEvent {
    #[serde(rename = "type")]
    pub kind: String,
    pub date: DateOut,
    pub participants: Vec<ParticipantOut>,
    pub quantity: Option<f64>,
    pub place: Option<String>,
    pub modality: Modality,
    pub summary: String,
    pub citations: Vec<Citation>,
    /// Independent publishers that report it.
    pub publishers: Vec<String>,
    /// How many independent sources report it.
    pub corroboration: usize,
    /// Ids of the resolved entities taking part.
    pub entities: Vec<String>,
    /// Analysts' judgments on it (confirmed, its date corrected, rejected): who,
    /// when, why.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub judgments: Vec<dossier_reconcile::Verdict>,
    #[serde(skip)]
    pub sort_key: String,
    /// The date as a value (what `from` and `to` are compared with).
    #[serde(skip)]
    pub time: Option<TimeValue>,
    /// Its cluster's place in the graph's events (`None` for a rejected event).
    #[serde(skip)]
    pub cluster: Option<usize>,
}

pub fn date_out(date: Option<&TimeValue>, text: Option<String>) -> DateOut {
    DateOut {
        start: date.and_then(|d| d.start).map(|d| d.to_string()),
        end: date.and_then(|d| d.end).map(|d| d.to_string()),
        text,
    }
}

/// A chronology as the CLI and the API write it: the events it can place in time, in
/// date order, and apart from them the events whose date no report gives (an event
/// with no date has no place on a chronology, but it is still a cited event).
#[derive(Clone, Debug, Serialize)]
pub struct Chronology<'a> {
    pub events: Vec<&'a TimelineEvent>,
    pub undated: Vec<&'a TimelineEvent>,
    /// Events an analyst rejected: off the chronology, listed with who and why.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub rejected: Vec<&'a TimelineEvent>,
}

impl TimelineEvent {
    /// Whether a report gives the event a date (a start, an end or both).
    pub fn is_dated(&self) -> bool {
        self.date.start.is_some() || self.date.end.is_some()
    }
}

/// Dated events (in the given order) apart from undated ones.
pub fn chronology(events: &[TimelineEvent]) -> Chronology<'_> {
    let (events, undated) = events.iter().partition(|e| e.is_dated());
    Chronology {
        events,
        undated,
        rejected: Vec::new(),
    }
}

impl<'a> Chronology<'a> {
    /// The chronology with the rejected events listed apart.
    pub fn with_rejected(mut self, rejected: &'a [TimelineEvent]) -> Self {
        self.rejected = rejected.iter().collect();
        self
    }
}

/// Whether a timeline shows an event of this modality.
pub fn shown(modality: Modality) -> bool {
    matches!(modality, Modality::Asserted | Modality::Hedged)
}

impl Engine {
    /// Events in date order: one entry per real-world event, citing every report of it.
    pub fn timeline(&self, request: &TimelineRequest) -> Result<Vec<TimelineEvent>> {
        // A name is looked up among the entities' names, stored apart from the
        // graph like its outline ([`Engine::graph_names`]).
        let graph = self.graph_outline()?;
        self.timeline_from_graph(&graph, request, &|_, _| true)
    }

    /// The timeline of the clusters `keep` accepts (by their place in the graph's
    /// events, and themselves; only their documents are read).
    pub(crate) fn timeline_from_graph(
        &self,
        graph: &Graph,
        request: &TimelineRequest,
        keep: &dyn Fn(usize, &dossier_reconcile::EventCluster) -> bool,
    ) -> Result<Vec<TimelineEvent>> {
        let names: std::collections::HashSet<&str> = graph
            .events
            .iter()
            .enumerate()
            .filter(|(i, c)| keep(*i, c))
            .flat_map(|(_, c)| c.citations.iter().map(|c| c.doc.as_str()))
            .collect();
        let loaded = self.loaded_named(names.into_iter(), super::graph::Parts::All)?;
        let about = match &request.about {
            Some(name) => Some((crate::query::fold(name), self.entity_id(name)?)),
            None => None,
        };
        let mut out = Vec::new();
        for (i, cluster) in graph.events.iter().enumerate().filter(|(i, c)| keep(*i, c)) {
            if !request.kinds.is_empty() && !request.kinds.contains(&cluster.kind) {
                continue;
            }
            if !in_range(cluster.date.as_ref(), request.from, request.to) {
                continue;
            }
            let citations: Vec<Citation> =
                cluster.citations.iter().map(|c| loaded.cite(c)).collect();
            if let Some((folded, entity)) = &about {
                let by_entity = entity.as_ref().is_some_and(|id| {
                    cluster
                        .participants
                        .iter()
                        .any(|p| p.entity.as_deref() == Some(id.as_str()))
                });
                let by_text = cluster
                    .participants
                    .iter()
                    .any(|p| crate::query::fold(&p.name).contains(folded.as_str()))
                    || citations
                        .iter()
                        .any(|c| crate::query::fold(&c.quote).contains(folded.as_str()));
                if !by_entity && !by_text {
                    continue;
                }
            }
            // The words the date was read from, in the first member that has them.
            let date_text = cluster.members.iter().find_map(|member| {
                let (_, text, extraction) = loaded.get(&member.doc)?;
                let span = extraction.events.get(member.index)?.date_span?;
                Some(span.slice(text).to_string())
            });
            let modality = cluster
                .members
                .iter()
                .find_map(|member| {
                    let (_, _, extraction) = loaded.get(&member.doc)?;
                    Some(extraction.events.get(member.index)?.modality)
                })
                .unwrap_or(Modality::Asserted);
            let summary = citations
                .first()
                .map(|c| c.quote.split_whitespace().collect::<Vec<_>>().join(" "))
                .unwrap_or_default();
            let verdicts = graph.judged.events.get(&i).cloned().unwrap_or_default();
            // A date an analyst corrected was not read from the words.
            let date_text = date_text.filter(|_| !verdicts.iter().any(|v| v.kind == "reject_date"));
            let mut event = event_of(cluster, citations, summary, date_text, modality);
            event.judgments = verdicts;
            event.cluster = Some(i);
            out.push(event);
        }
        sort_events(&mut out);
        Ok(out)
    }

    /// The events analysts rejected (taken off the timeline), with their
    /// judgments, in date order.
    pub fn rejected_events(&self) -> Result<Vec<TimelineEvent>> {
        let graph = self.graph_outline()?;
        let rejected = &graph.judged.rejected;
        if rejected.is_empty() {
            return Ok(Vec::new());
        }
        let loaded = self.loaded_named(
            rejected
                .iter()
                .flat_map(|(c, _)| c.citations.iter().map(|c| c.doc.as_str())),
            super::graph::Parts::Text,
        )?;
        let mut out: Vec<TimelineEvent> = rejected
            .iter()
            .map(|(cluster, verdicts)| {
                let citations: Vec<Citation> =
                    cluster.citations.iter().map(|c| loaded.cite(c)).collect();
                let summary = citations
                    .first()
                    .map(|c| c.quote.split_whitespace().collect::<Vec<_>>().join(" "))
                    .unwrap_or_default();
                let mut event = event_of(cluster, citations, summary, None, Modality::Asserted);
                event.judgments = verdicts.clone();
                event
            })
            .collect();
        sort_events(&mut out);
        Ok(out)
    }

    /// The timeline's events from the graph alone, without their citations, quotes
    /// or the words of their dates (no document is read): enough to count them by
    /// month and type while the whole timeline is computed. Read from the graph's
    /// outline ([`Engine::graph_outline`]): the whole graph need not be parsed.
    pub fn timeline_outline(&self) -> Result<TimelineIndex> {
        let graph = self.graph_outline()?;
        let mut out: Vec<TimelineEvent> = graph
            .events
            .iter()
            .enumerate()
            .map(|(i, cluster)| {
                let mut event =
                    event_of(cluster, Vec::new(), String::new(), None, Modality::Asserted);
                event.cluster = Some(i);
                event
            })
            .collect();
        sort_events(&mut out);
        let mut index = TimelineIndex::new(out);
        index.outline = true;
        index.quoted = false;
        Ok(index)
    }

    /// `outline` with its events' quotes (folded), read from the documents they
    /// cite (their texts only): a name is then matched as on the whole timeline
    /// without reading a document again.
    pub fn timeline_outline_quoted(&self, outline: &TimelineIndex) -> Result<TimelineIndex> {
        let graph = self.graph_outline()?;
        let positions: Vec<usize> = (0..outline.events.len()).collect();
        let clusters = outline.clusters_at(&graph, &positions)?;
        Ok(TimelineIndex {
            events: outline.events.clone(),
            names: outline.names.clone(),
            quotes: self.folded_quotes(&graph, &clusters)?,
            outline: true,
            quoted: true,
        })
    }
}

/// Date order (open starts first, undated last), then type.
fn sort_events(events: &mut [TimelineEvent]) {
    events.sort_by(|a, b| {
        a.sort_key
            .cmp(&b.sort_key)
            .then_with(|| a.kind.cmp(&b.kind))
    });
}

/// A cluster of the graph as a timeline event.
fn event_of(
    cluster: &dossier_reconcile::EventCluster,
    citations: Vec<Citation>,
    summary: String,
    date_text: Option<String>,
    modality: Modality,
) -> TimelineEvent {
    TimelineEvent {
        kind: cluster.kind.as_str().to_string(),
        date: date_out(cluster.date.as_ref(), date_text),
        participants: cluster
            .participants
            .iter()
            .map(|p| ParticipantOut {
                name: p.name.clone(),
                role: format!("{:?}", p.role).to_lowercase(),
            })
            .collect(),
        entities: cluster
            .participants
            .iter()
            .filter_map(|p| p.entity.clone())
            .collect(),
        quantity: cluster.quantity,
        place: cluster.place.clone(),
        modality,
        summary,
        sort_key: cluster
            .date
            .map(|d| d.sort_key())
            .unwrap_or_else(|| "9999".into()),
        time: cluster.date,
        publishers: cluster.publishers.clone(),
        corroboration: cluster.corroboration,
        citations,
        judgments: Vec::new(),
        cluster: None,
    }
}

/// The whole timeline computed once, with what its filters compare (folded names
/// and quotes): a server keeps one per store generation and answers every timeline
/// request from it: the events of a range, a page of them, or their counts per
/// month, without reading a document again.
#[derive(Debug, Default)]
pub struct TimelineIndex {
    /// Every event, dated ones in date order, then the undated.
    pub events: Vec<TimelineEvent>,
    /// Per event: its participants' names, folded.
    names: Vec<Vec<String>>,
    /// Per event: its citations' quotes, folded (none in an outline).
    quotes: Vec<Vec<String>>,
    /// Whether this is the graph's outline ([`Engine::timeline_outline`]): the
    /// events without their citations, quotes, words of dates or modality.
    outline: bool,
    /// Whether `quotes` are filled (the whole timeline, or an outline given its
    /// quotes by [`Engine::timeline_outline_quoted`]).
    quoted: bool,
}

/// A [`TimelineRequest`] made ready to test events of a [`TimelineIndex`] (its
/// entity looked up once).
pub struct TimelineFilter<'r> {
    request: &'r TimelineRequest,
    about: Option<(String, Option<String>)>,
}

/// How many events fall in each month (by the middle of their date), per type.
#[derive(Clone, Debug, Default, Serialize)]
pub struct TimelineCounts {
    /// `[month, type, events]`, `month` being `year * 12 + month - 1` of the middle
    /// of each event's date (its start to its end; one bound stands for both).
    pub months: Vec<(i64, String, usize)>,
    /// Events per type, dated or not (every type, whatever `kinds` asks for: what a
    /// type menu counts).
    pub types: Vec<(String, usize)>,
    /// Dated events that pass the filter.
    pub dated: usize,
    /// Undated events that pass the filter.
    pub undated: usize,
    /// The earliest start and the latest end, as fractional years.
    pub extent: Option<(f64, f64)>,
    /// Participants' names, the most frequent first (at most `MAX_NAMES`).
    pub names: Vec<String>,
}

/// How many participant names [`TimelineCounts`] lists.
const MAX_NAMES: usize = 2000;

/// A date as a fractional year: the start of its period, or (`upper`) its end.
pub fn year_value(date: PartialDate, upper: bool) -> f64 {
    let year = f64::from(date.year);
    let up = if upper { 1.0 } else { 0.0 };
    match (date.month, date.day) {
        (None, _) => year + up,
        (Some(m), None) => year + (f64::from(m) - 1.0 + up) / 12.0,
        (Some(m), Some(d)) => year + (f64::from(m) - 1.0 + (f64::from(d) - 1.0 + up) / 31.0) / 12.0,
    }
}

/// An event's span as fractional years (one bound stands for both), if dated.
pub fn year_span(time: Option<&TimeValue>) -> Option<(f64, f64)> {
    let time = time?;
    let first = time.start.or(time.end)?;
    let last = time.end.or(time.start)?;
    Some((year_value(first, false), year_value(last, true)))
}

impl TimelineIndex {
    pub fn new(events: Vec<TimelineEvent>) -> TimelineIndex {
        let (dated, undated): (Vec<_>, Vec<_>) = events.into_iter().partition(|e| e.is_dated());
        let events: Vec<TimelineEvent> = dated.into_iter().chain(undated).collect();
        let names = events
            .iter()
            .map(|e| {
                e.participants
                    .iter()
                    .map(|p| crate::query::fold(&p.name))
                    .collect()
            })
            .collect();
        let quotes = events
            .iter()
            .map(|e| {
                e.citations
                    .iter()
                    .map(|c| crate::query::fold(&c.quote))
                    .collect()
            })
            .collect();
        TimelineIndex {
            events,
            names,
            quotes,
            outline: false,
            quoted: true,
        }
    }

    /// The graph's clusters of the events at `positions`, checked against `graph`
    /// (an outline of another generation is an error, never a wrong event).
    fn clusters_at(&self, graph: &Graph, positions: &[usize]) -> Result<Vec<usize>> {
        positions
            .iter()
            .map(|&i| {
                let event = self.events.get(i);
                let cluster = event.and_then(|e| e.cluster);
                match (event, cluster.and_then(|c| graph.events.get(c))) {
                    (Some(event), Some(found))
                        if found.kind.as_str() == event.kind && found.date == event.time =>
                    {
                        Ok(cluster.unwrap_or_default())
                    }
                    _ => Err(crate::Error::internal(
                        "the timeline changed while it was read; ask again",
                    )),
                }
            })
            .collect()
    }

    /// Whether this is the graph's outline, whose events have no citations.
    pub fn is_outline(&self) -> bool {
        self.outline
    }

    /// Positions (in `events`) of the events `filter` accepts, in order. On an
    /// outline, a name is matched in participants' names and by entity only (see
    /// [`Engine::timeline_select`]).
    pub fn select(&self, filter: &TimelineFilter) -> Vec<usize> {
        (0..self.events.len())
            .filter(|&i| filter.accepts(self, i, true))
            .collect()
    }

    /// The events `filter` accepts, counted per month and type (on an outline, as
    /// [`TimelineIndex::select`] says; see [`Engine::timeline_counts`]).
    pub fn counts(&self, filter: &TimelineFilter) -> TimelineCounts {
        let accepted: Vec<usize> = (0..self.events.len())
            .filter(|&i| filter.accepts(self, i, false))
            .collect();
        self.counts_of(filter, &accepted)
    }

    /// The events at `accepted` (positions accepted by `filter` whatever their
    /// type), counted per month and type.
    fn counts_of(&self, filter: &TimelineFilter, accepted: &[usize]) -> TimelineCounts {
        let mut months: std::collections::BTreeMap<(i64, &str), usize> = Default::default();
        let mut types: std::collections::BTreeMap<&str, usize> = Default::default();
        let mut names: std::collections::HashMap<&str, usize> = Default::default();
        let mut out = TimelineCounts::default();
        for &i in accepted {
            let Some(event) = self.events.get(i) else {
                continue;
            };
            let span = year_span(event.time.as_ref());
            *types.entry(event.kind.as_str()).or_default() += 1;
            if !filter.request.kinds.is_empty()
                && !filter
                    .request
                    .kinds
                    .iter()
                    .any(|k| k.as_str() == event.kind)
            {
                continue;
            }
            for p in &event.participants {
                *names.entry(p.name.as_str()).or_default() += 1;
            }
            let Some((x0, x1)) = span else {
                out.undated += 1;
                continue;
            };
            out.dated += 1;
            let month = ((x0 + x1) / 2.0 * 12.0).floor() as i64;
            *months.entry((month, event.kind.as_str())).or_default() += 1;
            out.extent = Some(match out.extent {
                Some((lo, hi)) => (lo.min(x0), hi.max(x1)),
                None => (x0, x1),
            });
        }
        out.months = months
            .into_iter()
            .map(|((m, kind), n)| (m, kind.to_string(), n))
            .collect();
        out.types = types.into_iter().map(|(k, n)| (k.to_string(), n)).collect();
        let mut names: Vec<(&str, usize)> = names.into_iter().collect();
        names.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(b.0)));
        names.truncate(MAX_NAMES);
        out.names = names.into_iter().map(|(n, _)| n.to_string()).collect();
        out.names.sort();
        out
    }
}

impl TimelineFilter<'_> {
    /// Whether event `i` of `index` passes: its type (unless `with_kinds` is false),
    /// its date within `from`..`to`, and `about` (the entity by id, else the name
    /// in a participant's name or a quote), as [`Engine::timeline`] filters.
    fn accepts(&self, index: &TimelineIndex, i: usize, with_kinds: bool) -> bool {
        match self.settled(index, i, with_kinds) {
            Some(answer) => answer,
            None => self.in_quotes(&index.quotes[i]),
        }
    }

    /// Whether event `i` passes, if that can be told without its quotes; `None`
    /// when it passes all but `about`, which no participant settles (only a
    /// quote naming it could).
    fn settled(&self, index: &TimelineIndex, i: usize, with_kinds: bool) -> Option<bool> {
        let request = self.request;
        let event = &index.events[i];
        if with_kinds
            && !request.kinds.is_empty()
            && !request.kinds.iter().any(|k| k.as_str() == event.kind)
        {
            return Some(false);
        }
        if !in_range(event.time.as_ref(), request.from, request.to) {
            return Some(false);
        }
        if let Some((folded, entity)) = &self.about {
            let by_entity = entity
                .as_ref()
                .is_some_and(|id| event.entities.iter().any(|e| e == id));
            let by_name = index.names[i].iter().any(|n| n.contains(folded.as_str()));
            if !by_entity && !by_name {
                return None;
            }
        }
        Some(true)
    }

    /// Whether `about` is in one of these (folded) quotes.
    fn in_quotes(&self, quotes: &[String]) -> bool {
        self.about
            .as_ref()
            .is_some_and(|(folded, _)| quotes.iter().any(|q| q.contains(folded.as_str())))
    }
}

impl Engine {
    /// Positions of `index`'s events that `filter` accepts (`with_kinds`: by type
    /// too), in order. From the whole timeline as [`TimelineIndex::select`]; from
    /// the graph's outline, a name that neither a participant nor the entity
    /// settles is looked for in the quotes of those events alone (only their
    /// documents are read): the same positions either way.
    fn timeline_accepted(
        &self,
        index: &TimelineIndex,
        filter: &TimelineFilter,
        with_kinds: bool,
    ) -> Result<Vec<usize>> {
        if index.quoted {
            return Ok((0..index.events.len())
                .filter(|&i| filter.accepts(index, i, with_kinds))
                .collect());
        }
        let mut accepted = Vec::new();
        let mut open = Vec::new();
        for i in 0..index.events.len() {
            match filter.settled(index, i, with_kinds) {
                Some(true) => accepted.push(i),
                Some(false) => {}
                None => open.push(i),
            }
        }
        if !open.is_empty() {
            let graph = self.graph_outline()?;
            let clusters = index.clusters_at(&graph, &open)?;
            let quotes = self.folded_quotes(&graph, &clusters)?;
            accepted.extend(
                open.iter()
                    .zip(&quotes)
                    .filter(|(_, quotes)| filter.in_quotes(quotes))
                    .map(|(&i, _)| i),
            );
            accepted.sort_unstable();
        }
        Ok(accepted)
    }

    /// Positions of `index`'s events that `filter` accepts, in order: what
    /// [`TimelineIndex::select`] gives on the whole timeline, from the whole
    /// timeline or from the graph's outline.
    pub fn timeline_select(
        &self,
        index: &TimelineIndex,
        filter: &TimelineFilter,
    ) -> Result<Vec<usize>> {
        self.timeline_accepted(index, filter, true)
    }

    /// The events `filter` accepts counted per month and type: what
    /// [`TimelineIndex::counts`] gives on the whole timeline, from the whole
    /// timeline or from the graph's outline.
    pub fn timeline_counts(
        &self,
        index: &TimelineIndex,
        filter: &TimelineFilter,
    ) -> Result<TimelineCounts> {
        let accepted = self.timeline_accepted(index, filter, false)?;
        Ok(index.counts_of(filter, &accepted))
    }

    /// The whole timeline's events at `positions` of the graph's outline, computed
    /// from the documents of those events alone, in the order asked.
    pub fn timeline_events_at(
        &self,
        outline: &TimelineIndex,
        positions: &[usize],
    ) -> Result<Vec<TimelineEvent>> {
        let graph = self.graph_outline()?;
        let clusters = outline.clusters_at(&graph, positions)?;
        let wanted: std::collections::HashSet<usize> = clusters.iter().copied().collect();
        let mut by_cluster: std::collections::HashMap<usize, TimelineEvent> = self
            .timeline_from_graph(&graph, &TimelineRequest::default(), &|i, _| {
                wanted.contains(&i)
            })?
            .into_iter()
            .filter_map(|event| Some((event.cluster?, event)))
            .collect();
        clusters
            .iter()
            .map(|c| {
                by_cluster
                    .remove(c)
                    .ok_or_else(|| crate::Error::internal("a timeline event was not computed"))
            })
            .collect()
    }

    /// For each cluster, its citations' quotes, folded (as [`TimelineIndex::new`]
    /// folds them): as stored beside the graph ([`Engine::graph_quotes`]), else
    /// read from the documents a few hundred at a time.
    fn folded_quotes(&self, graph: &Graph, clusters: &[usize]) -> Result<Vec<Vec<String>>> {
        // As stored beside the graph by the ingest, when they are of this graph.
        if let Some(stored) = self.graph_quotes()? {
            let fits = stored.len() == graph.events.len()
                && graph
                    .events
                    .iter()
                    .zip(stored.iter())
                    .all(|(cluster, quotes)| cluster.citations.len() == quotes.len());
            if fits {
                return Ok(clusters.iter().map(|&c| stored[c].clone()).collect());
            }
        }
        let mut out: Vec<Vec<String>> = clusters
            .iter()
            .map(|&c| vec![String::new(); graph.events[c].citations.len()])
            .collect();
        let mut wanted: std::collections::BTreeMap<&str, Vec<(usize, usize)>> = Default::default();
        for (slot, &c) in clusters.iter().enumerate() {
            for (k, citation) in graph.events[c].citations.iter().enumerate() {
                wanted
                    .entry(citation.doc.as_str())
                    .or_default()
                    .push((slot, k));
            }
        }
        let names: Vec<&str> = wanted.keys().copied().collect();
        for chunk in names.chunks(256) {
            let loaded = self.loaded_named(chunk.iter().copied(), super::graph::Parts::Text)?;
            for name in chunk {
                for &(slot, k) in &wanted[name] {
                    let citation = &graph.events[clusters[slot]].citations[k];
                    out[slot][k] = crate::query::fold(&loaded.cite(citation).quote);
                }
            }
        }
        Ok(out)
    }
}

impl Engine {
    /// The whole timeline, indexed for [`TimelineIndex::select`] and [`TimelineIndex::counts`].
    pub fn timeline_index(&self) -> Result<TimelineIndex> {
        Ok(TimelineIndex::new(
            self.timeline(&TimelineRequest::default())?,
        ))
    }

    /// `request` made ready to filter a [`TimelineIndex`] (its `about` entity looked up).
    pub fn timeline_filter<'r>(&self, request: &'r TimelineRequest) -> Result<TimelineFilter<'r>> {
        let about = match &request.about {
            // Looked up among the entities' names alone: the whole graph need not
            // be parsed.
            Some(name) => Some((crate::query::fold(name), self.entity_id(name)?)),
            None => None,
        };
        Ok(TimelineFilter { request, about })
    }
}

fn in_range(date: Option<&TimeValue>, from: Option<PartialDate>, to: Option<PartialDate>) -> bool {
    if from.is_none() && to.is_none() {
        return true;
    }
    let Some(date) = date else { return false };
    let window = TimeValue {
        start: from,
        end: to,
    };
    date.overlaps(&window)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn event(kind: &str, start: Option<&str>, end: Option<&str>) -> TimelineEvent {
        TimelineEvent {
            kind: kind.to_string(),
            date: DateOut {
                start: start.map(str::to_string),
                end: end.map(str::to_string),
                text: None,
            },
            participants: Vec::new(),
            quantity: None,
            place: None,
            modality: Modality::Asserted,
            summary: String::new(),
            citations: Vec::new(),
            publishers: Vec::new(),
            corroboration: 1,
            entities: Vec::new(),
            judgments: Vec::new(),
            sort_key: String::new(),
            time: None,
            cluster: None,
        }
    }

    #[test]
    fn undated_events_are_listed_apart_from_the_chronology() {
        let events = vec![
            event("arrest", Some("2004-03"), Some("2004-03")),
            event("moratorium", Some("2010"), None),
            event("release", None, Some("2011-05")),
            event("execution", None, None),
        ];
        let split = chronology(&events);
        let kinds =
            |list: &[&TimelineEvent]| list.iter().map(|e| e.kind.clone()).collect::<Vec<_>>();
        // An open interval ("since 2010", "until May 2011") still has a place in time.
        assert_eq!(kinds(&split.events), ["arrest", "moratorium", "release"]);
        assert_eq!(kinds(&split.undated), ["execution"]);
        let json = serde_json::to_value(&split).expect("json");
        assert_eq!(json["events"].as_array().map(Vec::len), Some(3));
        assert_eq!(json["undated"][0]["type"], "execution");
    }
}
