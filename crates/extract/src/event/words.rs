//! The English words the event phases read, as data (`words` and `kinds` in
//! `rules/events.en.json`): clause breakers, prepositions, auxiliaries, pronouns, and
//! the roles an event kind plays in the passes over a document's events. A rules file
//! may add to every list; unknown keys are an error.

use dossier_model::EventKind;
use serde::Deserialize;

/// Word lists of the event phases. Entries keep their spaces: `" after "` is the
/// word inside a sentence, `"in "` the word before a name.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EventWords {
    /// A date, quantity or cue does not cross these (",", " after ", " which ").
    #[serde(default)]
    pub clause_breakers: Vec<String>,
    /// Words between a subject that refers back and its trigger that make the
    /// trigger another verb's ("He said that ..."): it takes nothing from the
    /// sentence before.
    #[serde(default)]
    pub saying: Vec<String>,
    /// Verbs of reaction whose object is an event told as a noun ("today condemned
    /// the execution of ...", "expressed alarm at the hanging of ..."): a date
    /// before them dates the reaction, not the event, which lies before it.
    #[serde(default)]
    pub reactions: Vec<String>,
    /// Capitalised nouns of a text whose year is part of its name ("the Penal Code
    /// (Amendment) Act No. 25 of 2022", "the Constitution of 1995", "the Protocol of
    /// 2014", "Criminal Case No. 88 of 2015"), lower-case: such a year does not date
    /// the event while another date in the sentence may.
    #[serde(default)]
    pub law_nouns: Vec<String>,
    /// Demonstratives: an undated event named with one ("these executions") was
    /// told before.
    #[serde(default)]
    pub demonstratives: Vec<String>,
    /// Words after "for" that make an abolition whole ("for all crimes"); any other
    /// scope ("for seven offences") makes it a change of the law.
    #[serde(default)]
    pub whole_scope: Vec<String>,
    /// Adverbs between an abolition and its scope ("abolishing the death penalty
    /// altogether for seven offences"): the scope is read past them.
    #[serde(default)]
    pub scope_adverbs: Vec<String>,
    /// Present-tense auxiliaries ("is", "are"): a present passive states the law or
    /// the practice.
    #[serde(default)]
    pub present_auxiliaries: Vec<String>,
    /// Relative pronouns ("who", "which"): a clause they open is vouched for by its
    /// own source; a present passive after one describes a class of people.
    #[serde(default)]
    pub relatives: Vec<String>,
    /// Prepositions that introduce the ground of an event ("for", "of"): a hedge
    /// right after one ("executed for alleged drug trafficking") qualifies the charge.
    #[serde(default)]
    pub ground_prepositions: Vec<String>,
    /// Auxiliaries of the passive, found shortly before a trigger (" was ", "were ").
    #[serde(default)]
    pub passive_auxiliaries: Vec<String>,
    /// Prepositions before a person that make the person another noun's ("adviser
    /// to President X").
    #[serde(default)]
    pub person_prepositions: Vec<String>,
    /// Nouns of the one affected before a person ("the trial of X"), lower-case.
    #[serde(default)]
    pub affected_of: Vec<String>,
    /// Words before a body that make it the place, not the agent ("At the UN
    /// General Assembly, X voted"), lower-case.
    #[serde(default)]
    pub place_of_body: Vec<String>,
    /// Words between a court and its trigger that put it in another clause (" who ",
    /// "; ").
    #[serde(default)]
    pub clause_openers: Vec<String>,
    /// Words between a trigger and the first person after it that open another
    /// clause (", and acquitted Corporal X" after "convicted six soldiers"): that
    /// person is not the trigger's object.
    #[serde(default)]
    pub object_clause_breaks: Vec<String>,
    /// Nouns after a body that make it the name of a text (" resolution").
    #[serde(default)]
    pub document_nouns: Vec<String>,
    /// Words before an agent in a passive ("by ", "by the ").
    #[serde(default)]
    pub agent_markers: Vec<String>,
    /// Determiners skipped before a person who may be a verb's object ("asked the
    /// President").
    #[serde(default)]
    pub object_determiners: Vec<String>,
    /// Third-person pronouns (lower-case; a capitalised one matches too): the person
    /// of the sentence before is meant.
    #[serde(default)]
    pub pronouns: Vec<String>,
    /// Words before a bare year that make it qualify a noun ("the 1982 coup").
    #[serde(default)]
    pub year_determiners: Vec<String>,
    /// Words that may stand between two coordinated dates ("2008, and again in 2016").
    #[serde(default)]
    pub date_coordinators: Vec<String>,
    /// Words before a place that make it where an event happened ("in ", "from ").
    #[serde(default)]
    pub place_prepositions: Vec<String>,
    /// Words opening a comparison or another party's reaction ("despite appeals from"): places
    /// past one are the other side of it.
    #[serde(default)]
    pub comparisons: Vec<String>,
    /// Words that tell an event later than the one before ("later", "subsequently").
    #[serde(default)]
    pub later: Vec<String>,
    /// Words after a trigger that date it from a time told before ("since then",
    /// "ever since"): the event runs from the last date before the trigger.
    #[serde(default)]
    pub since_then: Vec<String>,
    /// An agent phrase repeated after a trigger's date with a date of its own ("on 3
    /// April and by the upper house on 11 April"): the trigger holds both dates.
    #[serde(default)]
    pub repeated_agents: Vec<String>,
    /// Names of laws that abolish the death penalty as a whole ("Death Penalty
    /// Abolition Bill", "Abolition of the Death Penalty Act"), lower-case.
    #[serde(default)]
    pub abolition_names: Vec<String>,
    /// Words of the step that makes a passed law the law ("signed into law",
    /// "assented", "came into force"), lower-case.
    #[serde(default)]
    pub enacting_steps: Vec<String>,
    /// Words inside an abolition's trigger that make it partial ("removed the
    /// mandatory death penalty"): a change of the law.
    #[serde(default)]
    pub partial_modifiers: Vec<String>,
    /// Subject pronouns: a since-clause opening with one has its own verb ("since it
    /// seized power in 2021"), whose date is not the trigger's.
    #[serde(default)]
    pub subject_pronouns: Vec<String>,
    /// A coordinator and a preposition that open a clause with its own date ("...
    /// won the election, and on May 10, X was sworn in"): that date is its trigger's,
    /// not the sentence's first one.
    #[serde(default)]
    pub coordinated_openers: Vec<String>,
    /// Words that give a predicate a time of its own ("detained three weeks after the
    /// riot and sentenced ... by the High Court in May 2011"): such a predicate does
    /// not share the date after the acting court with the one coordinated after it.
    #[serde(default)]
    pub own_time_words: Vec<String>,
    /// Words that make an agent phrase ("by the High Court") a clause of its own ("by
    /// the court which ...", "by the judge after ..."): a date after it is not the
    /// predicate's.
    #[serde(default)]
    pub agent_phrase_stops: Vec<String>,
    /// What a sentence says of a bill that was passed but never became law ("The bill
    /// did not become law because the president did not sign it"): told right after
    /// the passage, with the bill (or "it") as its subject, it unmakes the law event.
    #[serde(default)]
    pub failed_law: Vec<String>,
    /// A table's column of dates, by the event its rows record ("date of execution",
    /// "executed"), lower-case: each row below such a header with one full date is
    /// that event, dated by it.
    #[serde(default)]
    pub table_date_columns: std::collections::BTreeMap<EventKind, Vec<String>>,
    /// Tables that list events ("Recent executions" over "Date | Name | Place"): the
    /// kind each names, by words of its heading or header row.
    #[serde(default)]
    pub table_kinds: Vec<TableKind>,
    /// Header cells of a table's date column ("date", "date of execution").
    #[serde(default)]
    pub table_date_headers: Vec<String>,
    /// Header cells of a table's name column ("name", "prisoner").
    #[serde(default)]
    pub table_name_headers: Vec<String>,
    /// Words of a heading that lists acts not (yet) done ("Upcoming executions",
    /// "Scheduled executions"): its table's rows are no events.
    #[serde(default)]
    pub table_unrealised_headings: Vec<String>,
    /// Words before a date that set it for an act to come ("the elections scheduled for
    /// April"): such a date dates an event only when nothing else in its sentence does.
    #[serde(default)]
    pub schedule_leads: Vec<String>,
    /// The last word of a heading that names a treaty action ("MALAWI: SIGNATURE",
    /// "Armenia - Ratification"), lower-case, by the event it is: a depositary notice
    /// gives the action's day in a sentence under it.
    #[serde(default)]
    pub treaty_action_headings: std::collections::BTreeMap<EventKind, Vec<String>>,
    /// Verbs of that sentence ("The above action was effected on ...", "Instrument
    /// deposited ... on ..."), by the event the heading names: a signature is "signed",
    /// a ratification "deposited", never "signed".
    #[serde(default)]
    pub treaty_action_verbs: std::collections::BTreeMap<EventKind, Vec<String>>,
    /// Words that make a heading's item a treaty's when its party is no known place
    /// ("the above action", "instrument"): "Stage 4: Approval" heads no treaty action.
    #[serde(default)]
    pub treaty_action_nouns: Vec<String>,
    /// Words that open a comma-delimited aside belonging to a text's title ("the Second
    /// Optional Protocol to the ICCPR, aiming at the abolition of the death penalty, on
    /// 23 December 2008"): such an aside does not end the clause a date closes.
    #[serde(default)]
    pub name_asides: Vec<String>,
    /// Words that open a comparison with an earlier count ("38 executions in 2023, up
    /// from 6 in 2022"): the comparison's date is the earlier count's, it dates no
    /// other trigger of the sentence.
    #[serde(default)]
    pub comparison_leads: Vec<String>,
}

/// A kind of event a table lists, and the words of its heading or header that say so.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TableKind {
    pub kind: EventKind,
    pub topic: Vec<String>,
}

/// The roles event kinds play in the passes over a document's events. A new kind
/// names its roles here (none is needed).
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct KindRoles {
    /// Kinds told as tallies ("249 executions in 2018"): elliptical counts follow
    /// them, and a world-wide one has no place.
    #[serde(default)]
    pub tallies: Vec<EventKind>,
    /// Kinds whose count dated only by "since" is a running total, no event.
    #[serde(default)]
    pub running_totals: Vec<EventKind>,
    /// Kinds an "after" clause tells as a cause, an event of its own ("died after he
    /// was beaten").
    #[serde(default)]
    pub caused: Vec<EventKind>,
    /// Kinds that judge a crime ("convicted for their roles in the attack").
    #[serde(default)]
    pub judging: Vec<EventKind>,
    /// Kinds a court pronounces at once: "convicted and sentenced to death on DATE"
    /// dates both.
    #[serde(default)]
    pub verdicts: Vec<EventKind>,
    /// Kinds that, after a judging event and " for ", are the crime judged.
    #[serde(default)]
    pub crimes: Vec<EventKind>,
    /// Kinds whose events count nothing: a number near a law, treaty, vote or
    /// moratorium counts something else ("two categories"); a country before their
    /// trigger is not where they happened.
    #[serde(default)]
    pub uncounted: Vec<EventKind>,
    /// Kinds whose negation since a date ("has not executed anyone since 1992") or
    /// "first ... since" ("the first execution since April 2020") tells that the last
    /// one before took place then.
    #[serde(default)]
    pub last_before_since: Vec<EventKind>,
    /// Kinds that end a life: a person's life span set after the name ("X (14 August
    /// 1979 - 4 February 2021) was hanged") dates them by its last day.
    #[serde(default)]
    pub deaths: Vec<EventKind>,
    /// Kinds of public record (a treaty action with its depositary): one told with its
    /// day on someone's word ("the official said that X had deposited its instrument
    /// of accession on 14 May 2024") is the record, not a claim.
    #[serde(default)]
    pub public_record: Vec<EventKind>,
}

impl EventWords {
    pub(crate) fn extend(&mut self, other: EventWords) {
        let EventWords {
            clause_breakers,
            saying,
            reactions,
            law_nouns,
            demonstratives,
            whole_scope,
            scope_adverbs,
            present_auxiliaries,
            relatives,
            ground_prepositions,
            passive_auxiliaries,
            person_prepositions,
            affected_of,
            place_of_body,
            clause_openers,
            object_clause_breaks,
            document_nouns,
            agent_markers,
            object_determiners,
            pronouns,
            year_determiners,
            date_coordinators,
            place_prepositions,
            comparisons,
            later,
            since_then,
            repeated_agents,
            abolition_names,
            enacting_steps,
            partial_modifiers,
            subject_pronouns,
            coordinated_openers,
            own_time_words,
            agent_phrase_stops,
            failed_law,
            table_date_columns,
            table_kinds,
            table_date_headers,
            table_name_headers,
            table_unrealised_headings,
            schedule_leads,
            treaty_action_headings,
            treaty_action_verbs,
            treaty_action_nouns,
            name_asides,
            comparison_leads,
        } = other;
        self.clause_breakers.extend(clause_breakers);
        self.saying.extend(saying);
        self.reactions.extend(reactions);
        self.law_nouns.extend(law_nouns);
        self.demonstratives.extend(demonstratives);
        self.whole_scope.extend(whole_scope);
        self.scope_adverbs.extend(scope_adverbs);
        self.present_auxiliaries.extend(present_auxiliaries);
        self.relatives.extend(relatives);
        self.ground_prepositions.extend(ground_prepositions);
        self.passive_auxiliaries.extend(passive_auxiliaries);
        self.person_prepositions.extend(person_prepositions);
        self.affected_of.extend(affected_of);
        self.place_of_body.extend(place_of_body);
        self.clause_openers.extend(clause_openers);
        self.object_clause_breaks.extend(object_clause_breaks);
        self.document_nouns.extend(document_nouns);
        self.agent_markers.extend(agent_markers);
        self.object_determiners.extend(object_determiners);
        self.pronouns.extend(pronouns);
        self.year_determiners.extend(year_determiners);
        self.date_coordinators.extend(date_coordinators);
        self.place_prepositions.extend(place_prepositions);
        self.comparisons.extend(comparisons);
        self.later.extend(later);
        self.since_then.extend(since_then);
        self.repeated_agents.extend(repeated_agents);
        self.abolition_names.extend(abolition_names);
        self.enacting_steps.extend(enacting_steps);
        self.partial_modifiers.extend(partial_modifiers);
        self.subject_pronouns.extend(subject_pronouns);
        self.coordinated_openers.extend(coordinated_openers);
        self.own_time_words.extend(own_time_words);
        self.agent_phrase_stops.extend(agent_phrase_stops);
        self.failed_law.extend(failed_law);
        for (kind, headers) in table_date_columns {
            self.table_date_columns
                .entry(kind)
                .or_default()
                .extend(headers);
        }
        self.table_kinds.extend(table_kinds);
        self.table_date_headers.extend(table_date_headers);
        self.table_name_headers.extend(table_name_headers);
        self.table_unrealised_headings
            .extend(table_unrealised_headings);
        self.schedule_leads.extend(schedule_leads);
        for (kind, words) in treaty_action_headings {
            self.treaty_action_headings
                .entry(kind)
                .or_default()
                .extend(words);
        }
        for (kind, words) in treaty_action_verbs {
            self.treaty_action_verbs
                .entry(kind)
                .or_default()
                .extend(words);
        }
        self.treaty_action_nouns.extend(treaty_action_nouns);
        self.name_asides.extend(name_asides);
        self.comparison_leads.extend(comparison_leads);
    }

    /// Whether `w` is one of `pronouns`, as written or capitalised.
    pub(crate) fn is_pronoun(&self, w: &str) -> bool {
        self.pronouns.iter().any(|p| {
            p == w
                || (w.len() == p.len()
                    && w.starts_with(|c: char| c.is_ascii_uppercase())
                    && w.eq_ignore_ascii_case(p)
                    && w[1..] == p[1..])
        })
    }
}

impl KindRoles {
    pub(crate) fn extend(&mut self, other: KindRoles) {
        let KindRoles {
            tallies,
            running_totals,
            caused,
            judging,
            verdicts,
            crimes,
            uncounted,
            last_before_since,
            deaths,
            public_record,
        } = other;
        self.tallies.extend(tallies);
        self.running_totals.extend(running_totals);
        self.caused.extend(caused);
        self.judging.extend(judging);
        self.verdicts.extend(verdicts);
        self.crimes.extend(crimes);
        self.uncounted.extend(uncounted);
        self.last_before_since.extend(last_before_since);
        self.deaths.extend(deaths);
        self.public_record.extend(public_record);
    }
}

/// Whether `list` holds `w` (a word of the text, compared as written).
pub(crate) fn has(list: &[String], w: &str) -> bool {
    list.iter().any(|x| x == w)
}
