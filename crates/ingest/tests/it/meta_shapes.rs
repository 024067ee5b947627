//! Metadata as a careful reader reads it, on short documents written for these tests
//! (`tests/fixtures/meta/`, expected values in its `gold.jsonl`): ministry mastheads,
//! UN and wire datelines, NGO press-release headers, reference lines, encyclopedia
//! pages, judgment captions, and news pages whose `<title>` ends with the site's name.
//! A missing value and a wrong one both fail; a field the gold leaves `null` must stay
//! empty (a byline's person, a section's name, a segment the page never repeats).

use dossier_ingest::{parse, Config};
use dossier_model::{Document, Layer, MetaField};
use std::path::PathBuf;

fn dir() -> PathBuf {
    PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/meta"))
}

fn gold(name: &str) -> serde_json::Value {
    let text = std::fs::read_to_string(dir().join("gold.jsonl")).expect("gold present");
    text.lines()
        .map(|l| serde_json::from_str::<serde_json::Value>(l).expect("gold row is JSON"))
        .find(|row| row["document"] == name)
        .unwrap_or_else(|| panic!("no gold row for {name}"))
}

fn doc(name: &str) -> Document {
    let path = dir().join(name);
    let bytes = std::fs::read(&path).expect("fixture present");
    parse(&path, &bytes, &Config::default()).expect("fixture parses")
}

fn value(field: &Option<MetaField<String>>) -> Option<&str> {
    field.as_ref().map(|f| f.value.as_str())
}

/// Every field of the gold row, and each value read from the text quotes it.
fn check(name: &str) {
    let d = doc(name);
    let g = gold(name);
    let m = &d.meta;
    for (field, got) in [
        ("title", value(&m.title)),
        ("publisher", value(&m.publisher)),
        ("published", value(&m.published)),
    ] {
        let want = g[field].as_str();
        assert_eq!(got, want, "{name}: {field}");
    }
    if let Some(want) = g.get("period").filter(|p| !p.is_null()) {
        let got = m
            .period
            .as_ref()
            .map(|p| (p.value.start.as_str(), p.value.end.as_str()));
        assert_eq!(
            got,
            Some((
                want["start"].as_str().unwrap(),
                want["end"].as_str().unwrap()
            )),
            "{name}: period"
        );
    }
    // A published day read from the kept text points at its words.
    if let Some(f) = m.published.as_ref().filter(|f| f.layer == Layer::Text) {
        let span = f.span.expect("a date read from the text has a span");
        assert!(
            d.text[span.range()].chars().any(|c| c.is_ascii_digit()),
            "{name}: published span {:?}",
            &d.text[span.range()]
        );
    }
}

#[test]
fn a_ministry_masthead_names_the_publisher_and_the_headline_below_is_the_title() {
    check("gov-kenya.txt");
    check("gov-ghana.txt");
}

#[test]
fn a_un_press_release_dateline_with_its_date_in_brackets_dates_the_release() {
    check("un-geneva.txt");
}

#[test]
fn a_dateline_alone_on_its_line_is_no_title() {
    check("ngo-masthead.txt");
}

#[test]
fn a_reference_line_without_a_date_is_no_title() {
    check("amnesty-statement.txt");
}

#[test]
fn a_title_over_the_encyclopedia_line_is_the_title() {
    check("wiki.txt");
}

#[test]
fn a_caption_with_leaders_and_versus_set_apart_is_the_title() {
    check("judgment-decided.txt");
}

#[test]
fn the_site_name_at_the_end_of_the_title_is_the_publisher_when_the_page_repeats_it() {
    for name in [
        "news-pipe.html",
        "news-section.html",
        "news-colons.html",
        "ngo-page.html",
    ] {
        check(name);
    }
}

#[test]
fn a_person_or_an_unrepeated_segment_is_never_the_publisher() {
    for name in [
        "news-author.html",
        "news-unrepeated.html",
        "news-alabama-like.txt",
        "news-og.html",
    ] {
        check(name);
    }
}

#[test]
fn an_organisation_over_its_release_line_is_the_publisher_and_the_release_line_dates_it() {
    check("release-numbered.txt");
    check("immediate-dash.txt");
}

#[test]
fn an_office_masthead_over_a_dated_release_line_and_a_contact_line() {
    check("us-governor.txt");
}

#[test]
fn a_clippings_title_and_source_lines_name_the_title_and_the_publisher() {
    check("clipping-labels.txt");
    check("notes-source.md");
}

#[test]
fn a_label_naming_the_kind_of_page_is_no_title() {
    check("label-commentary.txt");
    check("un-meetings.txt");
}

#[test]
fn an_organisation_over_a_public_statement_line_is_the_publisher() {
    check("public-statement.txt");
}

#[test]
fn a_chapter_with_no_title_of_its_own_takes_its_running_footer() {
    check("ai-chapter-footer.txt");
}

#[test]
fn an_organisations_global_report_masthead_names_the_publisher() {
    check("global-report.txt");
}

#[test]
fn a_judgment_signed_at_its_end_is_dated_by_the_signature_line() {
    check("judgment-signed.txt");
}

#[test]
fn an_english_judgment_between_respondent_and_appellant_dated_day_first() {
    check("judgment-ewca.txt");
}

#[test]
fn the_court_named_with_its_chamber_before_sitting_is_the_publisher() {
    check("judgment-strasbourg.txt");
}

#[test]
fn an_american_caption_loses_the_office_a_party_is_sued_in() {
    check("judgment-warden.txt");
}

#[test]
fn a_title_tag_that_is_the_sites_name_alone_or_beside_home_is_the_publisher() {
    check("site-title-home.html");
    check("agency-title.html");
    check("legacy-short.html");
}

#[test]
fn a_privy_council_judgment_its_roles_in_brackets_and_the_day_given_under_its_label() {
    check("judgment-privy.txt");
}

#[test]
fn a_release_dated_day_month_year_with_hyphens() {
    check("release-hyphen-date.txt");
}

#[test]
fn a_front_matters_quoted_title() {
    check("front-matter-quoted.md");
}

#[test]
fn a_headline_over_a_press_statement_line_is_the_title_not_the_issuer() {
    check("headline-over-statement.txt");
}

#[test]
fn a_report_covers_kind_label_is_no_title_and_prepared_by_names_the_publisher() {
    check("shadow-cover.txt");
}

#[test]
fn an_urgent_actions_index_line_dates_it() {
    check("urgent-index.txt");
}

#[test]
fn an_h1_that_is_the_sites_logo_gives_way_to_the_pages_heading() {
    check("logo-h1.html");
    check("blog-colon.html");
}

#[test]
fn a_meta_title_that_joins_the_sites_name_is_the_headline() {
    check("og-title-site.html");
}

#[test]
fn a_court_press_release_its_number_no_title_and_its_dotted_date_day_first() {
    check("court-press.txt");
}

#[test]
fn published_by_an_international_body_and_a_covers_place_and_month() {
    check("cover-published-by.txt");
}

#[test]
fn a_un_heading_in_two_columns_names_the_un_and_the_line_over_the_body_is_the_title() {
    check("un-two-column.txt");
}

#[test]
fn a_un_documents_title_is_the_line_over_its_report_of_line() {
    check("un-report-of.txt");
}

#[test]
fn a_wire_dateline_names_its_agency() {
    check("wire-agency.txt");
}

#[test]
fn a_from_line_names_the_office_not_its_minister() {
    check("gov-from-line.txt");
}

#[test]
fn a_judgment_of_a_day_dates_the_judgment() {
    check("judgment-of-date.txt");
}

#[test]
fn a_circuit_court_named_over_two_lines_and_roles_between_the_parties() {
    check("judgment-circuit.txt");
}

#[test]
fn a_title_tag_of_body_names_only_gives_way_to_the_pages_heading() {
    check("ministry-title.html");
}

#[test]
fn an_acronym_publisher_is_spelled_out_where_the_page_names_the_body() {
    check("acronym-site.html");
}

#[test]
fn a_quoted_report_title_over_its_subtitle() {
    check("quoted-title.txt");
}

#[test]
fn a_un_letters_title_names_a_date() {
    check("un-letter-title.txt");
}

#[test]
fn a_from_line_naming_a_ministry_alone() {
    check("gov-from-ministry.txt");
}

#[test]
fn the_home_links_name_in_the_title_is_the_publisher_and_the_heading_the_title() {
    check("home-acronym.html");
    check("home-whole-title.html");
}

#[test]
fn a_long_site_name_in_a_copyright_notice_titles_no_page_and_a_dotted_date_with_its_time() {
    check("site-title-long.html");
}

#[test]
fn a_site_named_inside_a_sentence_with_by_is_no_byline() {
    check("said-by-site.html");
}

#[test]
fn a_title_that_ends_with_the_pages_heading_after_a_label_is_the_heading() {
    check("label-title-heading.html");
}

#[test]
fn a_cover_in_capitals_names_its_publisher_and_its_title_over_lines() {
    check("cover-caps.txt");
    check("annual-kind.txt");
    check("wrapped-title.txt");
}

#[test]
fn an_embargo_notice_is_no_title() {
    check("embargo-line.txt");
}

#[test]
fn pleading_captions_in_columns_and_their_days() {
    check("judgment-pleading.txt");
    check("judgment-gr.txt");
    check("judgment-filed.txt");
}

#[test]
fn a_resolutions_number_and_title_under_a_un_heading() {
    check("un-resolution.txt");
}

#[test]
fn a_source_line_in_cells_names_the_publisher_and_its_day() {
    check("source-cells.txt");
}

#[test]
fn published_by_a_body_and_a_month_after_the_comma() {
    check("published-by-comma.txt");
}

#[test]
fn a_cover_title_over_a_subtitle_that_ends_with_its_month() {
    check("subtitle-dated.txt");
}

#[test]
fn a_departments_masthead_over_a_nineties_state_department_title() {
    check("state-masthead-1996.txt");
}

#[test]
fn a_period_to_the_day_recorded_between_two_days() {
    check("period-days.txt");
}

#[test]
fn a_cover_title_with_its_editions_year_published_that_year_gives_no_period() {
    check("edition-cover.txt");
    assert!(doc("edition-cover.txt").meta.period.is_none());
}

#[test]
fn a_one_page_papers_footer_names_the_publisher_and_its_title_stands_over_its_month() {
    check("footer-one-page.txt");
}

#[test]
fn a_title_tag_of_site_and_day_dates_the_page_and_is_no_title() {
    check("title-day.html");
}

#[test]
fn a_title_tag_segment_printed_as_a_line_is_the_headline() {
    check("title-section.html");
}

#[test]
fn an_appellate_summary_block_is_dated_by_its_disposition_not_the_trial_judgment() {
    check("judgment-disposition.txt");
}

#[test]
fn a_claim_for_judicial_review_on_the_application_of_the_claimant() {
    check("judgment-judicial-review.txt");
}

#[test]
fn a_breadcrumb_trail_without_home_is_chrome_and_the_headline_below_is_the_title() {
    check("breadcrumb-trail.html");
}

#[test]
fn a_front_matters_organisation_and_reporting_period_keys() {
    check("front-matter-organization.md");
}

#[test]
fn an_updated_stamp_with_the_day_first_published_dates_the_story_by_the_first() {
    check("updated-originally.html");
    let d = doc("updated-originally.html");
    assert_eq!(value(&d.meta.updated), Some("2020-06-12"));
}

#[test]
fn a_party_over_its_address_and_a_role_set_far_right_is_the_captions_party() {
    check("judgment-address-block.txt");
}

#[test]
fn an_icc_record_number_names_the_court() {
    check("icc-record.txt");
}

#[test]
fn a_cover_title_over_a_submission_to_a_body_is_the_title() {
    check("cover-submitted-to.txt");
}

#[test]
fn a_home_link_named_again_on_the_page_is_the_publisher_of_a_headline_only_title() {
    check("home-link-alone.html");
}

#[test]
fn a_home_link_named_only_once_names_no_publisher() {
    let path = dir().join("home-link-alone.html");
    let html = std::fs::read_to_string(&path)
        .unwrap()
        .replace("Thanks for reading Behind the Wall.", "Thanks for reading.");
    let d = parse(&path, html.as_bytes(), &Config::default()).unwrap();
    assert_eq!(value(&d.meta.publisher), None);
}

#[test]
fn a_front_matters_quoted_organisation_loses_its_quotes() {
    check("front-matter-quoted-org.md");
}

#[test]
fn a_bodys_name_as_the_title_tag_named_again_over_an_h2_headline() {
    check("site-title-h2.html");
}

#[test]
fn a_source_line_with_a_section_cell_gives_the_body_and_the_day_and_a_deck_leaves_the_headline() {
    check("dispatch-pipe-section.txt");
}

#[test]
fn a_writers_name_opening_a_line_of_cells_is_no_publisher() {
    let path = dir().join("dispatch-pipe-section.txt");
    let text = std::fs::read_to_string(&path).unwrap().replace(
        "Example Rights Watch | Commentary",
        "Peter Lindqvist | Commentary",
    );
    let d = parse(&path, text.as_bytes(), &Config::default()).unwrap();
    assert_eq!(value(&d.meta.publisher), None);
    assert_eq!(value(&d.meta.published), Some("2022-05-03"));
}

#[test]
fn a_dateline_alone_with_an_ordinal_day_dates_the_statement() {
    let d = doc("dateline-ordinal.txt");
    assert_eq!(value(&d.meta.published), Some("2019-03-21"));
    assert_eq!(
        value(&d.meta.title),
        Some("Minister opens new juvenile rehabilitation centre")
    );
}

#[test]
fn a_heading_that_names_the_kind_of_document_gives_way_to_the_next() {
    check("genre-heading.md");
}

#[test]
fn an_online_editions_title_beside_a_place_names_the_site() {
    check("edition-beside-place.html");
}

#[test]
fn an_online_editions_masthead_is_no_title_when_no_heading_holds_the_headline() {
    let path = dir().join("edition-beside-place.html");
    let html = std::fs::read_to_string(&path)
        .unwrap()
        .replace("<h3>", "<p><b>")
        .replace("</h3>", "</b></p>");
    let d = parse(&path, html.as_bytes(), &Config::default()).unwrap();
    assert_ne!(
        value(&d.meta.title),
        Some("Harbour Times Online - Westland")
    );
    assert_ne!(value(&d.meta.title), Some("Harbour Times"));
}

#[test]
fn a_headline_in_size_four_type_under_an_online_editions_title_is_the_title() {
    let path = dir().join("edition-beside-place.html");
    let html = std::fs::read_to_string(&path)
        .unwrap()
        .replace("<h3>", "<font size=\"4\"><b>")
        .replace("</h3>", "</b></font><br>");
    let d = parse(&path, html.as_bytes(), &Config::default()).unwrap();
    assert_eq!(
        value(&d.meta.title),
        Some("Protesters held for a week without charge")
    );
}

#[test]
fn toml_front_matter_gives_title_publisher_and_day() {
    check("toml-front-matter.md");
}

#[test]
fn an_unquoted_toml_value_is_no_title() {
    let path = dir().join("toml-front-matter.md");
    let text = std::fs::read_to_string(&path).unwrap().replace(
        "title = \"Water Cuts in the Eastern Townships: What Residents Told Us\"",
        "title = the name",
    );
    let d = parse(&path, text.as_bytes(), &Config::default()).unwrap();
    assert_ne!(value(&d.meta.title), Some("the name"));
}

#[test]
fn a_reference_line_with_its_day_in_a_cell_dates_the_release_and_is_no_title() {
    check("ref-no-date-cells.txt");
}

#[test]
fn a_numbered_respondent_role_is_no_part_of_the_party() {
    check("numbered-respondents.txt");
}

#[test]
fn a_wire_slug_and_editors_note_are_passed_over_for_the_headline() {
    check("wire-slug.txt");
}

#[test]
fn a_publication_on_a_platform_is_the_publisher() {
    check("platform-post.html");
}

#[test]
fn a_platform_stays_the_publisher_when_the_title_does_not_name_the_publication() {
    let path = dir().join("platform-post.html");
    let html = std::fs::read_to_string(&path)
        .unwrap()
        .replace(" | Cell Notes | Medium", " | Medium");
    let d = parse(&path, html.as_bytes(), &Config::default()).unwrap();
    assert_eq!(value(&d.meta.publisher), Some("Medium"));
}

#[test]
fn a_sections_name_beside_the_sites_in_the_title_leaves_the_heading_as_title() {
    check("site-section-title.html");
}

/// A portal's page that wraps another body's document ("Portal | Title", a home link to
/// the portal) and names that body in a labelled row: the labelled body is the publisher.
#[test]
fn a_labelled_publisher_outranks_the_portal_that_wraps_it() {
    let html = "<html><head><title>Lawbank | Prison conditions in Example Land</title></head><body>\
        <div class=\"top\"><a href=\"/\">Lawbank</a> | <a href=\"/about\">About</a></div>\
        <h1>Prison conditions in Example Land</h1>\
        <table><tr><th>Publisher</th><td>Example Prison Watch</td></tr>\
        <tr><th>Publication Date</th><td>2 February 2021</td></tr></table>\
        <p>Cells built for four people held twelve, the monitors found on visits to five prisons in the north of the country.</p>\
        </body></html>";
    let path = PathBuf::from("wrapper.html");
    let d = parse(&path, html.as_bytes(), &Config::default()).expect("page parses");
    assert_eq!(value(&d.meta.publisher), Some("Example Prison Watch"));
    assert_eq!(value(&d.meta.published), Some("2021-02-02"));
    assert_eq!(
        value(&d.meta.title),
        Some("Prison conditions in Example Land")
    );
}

/// The period covered of a parsed page, as its first and last days.
fn period_of(d: &Document) -> Option<(&str, &str)> {
    d.meta
        .period
        .as_ref()
        .map(|p| (p.value.start.as_str(), p.value.end.as_str()))
}

fn parse_page(name: &str, text: &str) -> Document {
    parse(&PathBuf::from(name), text.as_bytes(), &Config::default()).expect("page parses")
}

/// "The Lantern Quarterly - Archive": the site's name beside the archive's section name
/// titles every page of the archive; the story's heading is the title, the magazine
/// (named again in its footer) the publisher, the day in "By NAME — 22 March 2011".
#[test]
fn an_archive_title_gives_way_to_the_storys_heading() {
    let d = parse_page(
        "archive.html",
        "<html><head><title>The Lantern Quarterly - Archive</title></head><body>\
         <div class=\"crumbs\"><a href=\"/archive/\">Archive</a> &rsaquo; 2011</div>\
         <h2>The prisoners nobody counts on the island</h2>\
         <p class=\"byline\">By Ilse Morandi &mdash; 22 March 2011</p>\
         <p>The ferry to the island leaves twice a week and carries no passengers who are not guards, suppliers or relatives.</p>\
         <div id=\"foot\">&copy; 1998&ndash;2011 The Lantern Quarterly. All rights reserved.</div>\
         </body></html>",
    );
    assert_eq!(
        value(&d.meta.title),
        Some("The prisoners nobody counts on the island")
    );
    assert_eq!(value(&d.meta.publisher), Some("The Lantern Quarterly"));
    assert_eq!(value(&d.meta.published), Some("2011-03-22"));
}

/// "Posted on 07.11.2023 by NAME": dots are read day first.
#[test]
fn a_posted_line_with_a_dotted_day_is_read_day_first() {
    let d = parse_page(
        "post.html",
        "<html><head><title>Blog - Civic Monitor Europe</title></head><body>\
         <h1>The charges still do not add up</h1>\
         <div class=\"entry-meta\">Posted on 07.11.2023 by Jonas Vermeulen</div>\
         <p>On the evening of 16 October 2023 police detained 41 people who had gathered on the square to mark the anniversary.</p>\
         </body></html>",
    );
    assert_eq!(value(&d.meta.published), Some("2023-11-07"));
}

/// A parliament's written answer: the day it was answered.
#[test]
fn a_written_answer_is_dated_by_its_answer() {
    let d = parse_page(
        "answer.html",
        "<html><head><title>Written questions and answers - UK Parliament</title></head><body>\
         <h1>Tarsen: Political Prisoners</h1>\
         <p>UIN 18342, tabled on 5 March 2024</p>\
         <p>To ask the Secretary of State what recent representations he has made on the detention of activists.</p>\
         <p>Answered on 14 March 2024</p>\
         <p>The UK remains concerned about the detention of opposition figures and will continue to press for access.</p>\
         </body></html>",
    );
    assert_eq!(value(&d.meta.published), Some("2024-03-14"));
}

/// An aggregator's page naming the wrapped document's source over its day, unlabelled.
#[test]
fn an_unlabelled_source_over_its_day_is_the_publisher() {
    let d = parse_page(
        "wrapper.txt",
        "Tarsen\n\nNetwork of Independent Election Observers\n14 December 2023\n\n\
         Tarsen: Final statement on the parliamentary elections\n\n\
         The Network deployed 340 observers to 1,120 polling stations on election day and reported that voters were photographed.\n",
    );
    assert_eq!(
        value(&d.meta.publisher),
        Some("Network of Independent Election Observers")
    );
    assert_eq!(value(&d.meta.published), Some("2023-12-14"));
}

/// A letter's signature over its day, under the letter's text, is no source line.
#[test]
fn a_signature_over_its_day_below_the_text_is_no_source() {
    let d = parse_page(
        "letter.txt",
        "Letter to the Minister\n\nDear Minister,\nIn accordance with the Act I submit for your information and presentation to Parliament the annual report of this office.\n\n\
         Inspector of Custodial Services\n20 September 2019\n",
    );
    assert_ne!(
        value(&d.meta.publisher),
        Some("Inspector of Custodial Services")
    );
}

/// "English | Français | Português" over a communiqué under a site-wide title ("Name |
/// Official Website"): the communiqué's heading is the title.
#[test]
fn a_language_row_and_an_official_website_title_are_no_titles() {
    let d = parse_page(
        "communique.html",
        "<html><head><title>Economic Community of Example States | Official Website</title></head><body>\
         <div class=\"topbar\">English | Fran&ccedil;ais | Portugu&ecirc;s</div>\
         <p><strong>FINAL COMMUNIQU&Eacute;</strong></p>\
         <p>Port Amalie, 9 August 2023</p>\
         <p>The Authority of Heads of State and Government of the Economic Community of Example States held an Extraordinary Summit.</p>\
         <footer>&copy; 2023 Economic Community of Example States. All rights reserved.</footer>\
         </body></html>",
    );
    assert_eq!(value(&d.meta.title), Some("FINAL COMMUNIQUÉ"));
    assert_eq!(value(&d.meta.published), Some("2023-08-09"));
}

/// "Westland Assembly resolution of 2 May 2023 on ..." under the subject: the body that
/// adopted the act put it out, that day.
#[test]
fn a_body_s_act_of_a_day_names_its_publisher_and_day() {
    let d = parse_page(
        "resolution.txt",
        "Detention of human rights defenders in Eastmark\n\n\
         Westland Regional Assembly resolution of 2 May 2023 on the detention of human rights defenders in Eastmark\n\n\
         The Westland Regional Assembly,\n\
         - having regard to its earlier resolutions on Eastmark, in particular that of 4 April 2021,\n\
         1. Calls for the release of all defenders detained for their work.\n",
    );
    assert_eq!(value(&d.meta.publisher), Some("Westland Regional Assembly"));
    assert_eq!(value(&d.meta.published), Some("2023-05-02"));
}

/// A resolution quoted in a story's sentence names no publisher of the story.
#[test]
fn an_act_quoted_in_a_sentence_is_no_header() {
    let d = parse_page(
        "story.txt",
        "Lawmakers rebuke Eastmark\n\n\
         The Westland Regional Assembly resolution of 2 May 2023 was welcomed by families of the detained, who said it came late.\n",
    );
    assert_ne!(value(&d.meta.publisher), Some("Westland Regional Assembly"));
}

/// A show's transcript: the episode's line is the title, not the show's name over it,
/// and "A podcast from NAME" names the publisher.
#[test]
fn a_podcast_episode_line_is_the_title_and_its_series_line_the_publisher() {
    let d = parse_page(
        "transcript.txt",
        "VOICES FROM THE CELL\nA podcast from the Eastmark Prisoners' Rights Collective Network\n\n\
         Episode 7: Visiting Day at Harrow Point\nAired: 3 March 2024\nHost: Ana Veil\n\n\
         ANA VEIL: Welcome back. Today we talk about what families see on visiting day.\n",
    );
    assert_eq!(value(&d.meta.title), Some("Visiting Day at Harrow Point"));
    assert_eq!(
        value(&d.meta.publisher),
        Some("Eastmark Prisoners' Rights Collective Network")
    );
}

/// An office's name over a situation report's title, its issue number and its day with
/// a lead ("As of ..."): the office publishes, the title is the line under its name.
#[test]
fn a_title_over_its_issue_number_and_an_as_of_day() {
    let d = parse_page(
        "sitrep.txt",
        "Regional Office for Humanitarian Coordination in Eastmark\n\n\
         EASTMARK: Coastal Cyclone\nSituation Report No. 4\nAs of 8 October 2023\n\n\
         The cyclone made landfall on 2 October. Partners have reached 9,000 people.\n",
    );
    assert_eq!(value(&d.meta.title), Some("EASTMARK: Coastal Cyclone"));
    assert_eq!(
        value(&d.meta.publisher),
        Some("Regional Office for Humanitarian Coordination in Eastmark")
    );
    assert_eq!(value(&d.meta.published), Some("2023-10-08"));
}

/// A committee's cover under its chambers, over its session line: the first chamber's
/// name is taken for the publisher, the title is the line under the stack.
#[test]
fn a_committee_cover_under_its_chambers() {
    let d = parse_page(
        "cover.txt",
        "House of Delegates\nHouse of Elders\nJoint Committee on Prison Conditions\n\n\
         Overcrowding at Harrow Point Prison\nThird Report of Session 2022-23\n\n\
         Summary\nThe prison held twice the prisoners it was built for when we visited.\n",
    );
    assert_eq!(
        value(&d.meta.title),
        Some("Overcrowding at Harrow Point Prison")
    );
    assert_eq!(value(&d.meta.publisher), Some("House of Delegates"));
}

/// A union's letterhead over its organ, the meeting's number and the place and day: none
/// of these lines is the title; the communiqué's word is.
#[test]
fn a_meeting_number_and_a_place_and_day_are_no_titles() {
    let d = parse_page(
        "communique.txt",
        "EXAMPLE UNION\n\nwww.example-union.org\n\nCOUNCIL OF ELDERS\n4TH MEETING\nPORT AMALIE, WESTLAND, 3 MARCH 2023\n\n\
         COMMUNIQUÉ\n\nAdopted by the Council of Elders at its 4th meeting held on 3 March 2023, on the situation in Eastmark.\n",
    );
    assert_eq!(value(&d.meta.title), Some("COMMUNIQUÉ"));
}

/// "PENAL REFORM INTERNATIONAL" heading a cover, the body named again in small letters:
/// the masthead, the title is the line under it; "First published in 2022" near the
/// imprint's month alone dates it to the month.
#[test]
fn an_international_masthead_and_the_imprint_month() {
    let d = parse_page(
        "report.txt",
        "PRISON REFORM INTERNATIONAL\n\nBEHIND THE WALLS OF HARROW POINT\n\n\
         (c) Prison Reform International 2022\nFirst published in 2022\nby Prison Reform International\n\
         Original language: English\nMarch 2022 prisonreform.org\n\n\
         Summary\nThe prison held twice the prisoners it was built for.\n",
    );
    assert_eq!(
        value(&d.meta.title),
        Some("BEHIND THE WALLS OF HARROW POINT")
    );
    assert_eq!(value(&d.meta.published), Some("2022-03"));
}

/// "A report of the Westland Rights Centre, June 1999" under an old page's title: the
/// centre published it that month.
#[test]
fn a_report_of_a_body_with_its_month() {
    let d = parse_page(
        "old.txt",
        "Detention Without Charge in Westland\nA report of the Westland Rights Centre, June 1999\n\n\
         Since the emergency was declared, at least 300 people have been detained without charge.\n",
    );
    assert_eq!(value(&d.meta.publisher), Some("Westland Rights Centre"));
    assert_eq!(value(&d.meta.published), Some("1999-06"));
}

/// A 1990s framed page as a web archive serves it: the archive's toolbar (capture count
/// and days) is no text of the page, and the page's text in `NOFRAMES` is read.
#[test]
fn a_web_archive_toolbar_is_dropped_and_a_framed_page_is_read_from_noframes() {
    let d = parse_page(
        "archived.html",
        "<HTML><HEAD><TITLE>Coastal Rights Forum</TITLE></HEAD>\
         <!-- BEGIN WAYBACK TOOLBAR INSERT -->\
         <div id=\"wm-ipp\"><table><tr><td>Wayback Machine</td><td>12 captures<br>3 Mar 2000 - 9 Jan 2006</td></tr></table></div>\
         <!-- END WAYBACK TOOLBAR INSERT -->\
         <FRAMESET COLS=\"150,*\"><FRAME SRC=\"menu.htm\"><FRAME SRC=\"main.htm\">\
         <NOFRAMES><BODY><TABLE><TR><TD><FONT SIZE=\"5\"><B>Coastal Rights Forum</B></FONT></TD></TR><TR><TD>\
         <P><FONT SIZE=\"4\"><B>Fishermen held without charge in Port Sela</B></FONT></P>\
         <P><I>Statement - 14 February 2000</I></P>\
         <P>Eleven fishermen arrested at sea on 2 February 2000 are still held at the naval base without access to lawyers, the Forum said today.</P>\
         </TD></TR></TABLE></BODY></NOFRAMES></FRAMESET></HTML>",
    );
    assert!(!d.text.contains("captures"), "{}", d.text);
    assert!(d.text.contains("Eleven fishermen"), "{}", d.text);
    assert_eq!(
        value(&d.meta.title),
        Some("Fishermen held without charge in Port Sela")
    );
    assert_eq!(value(&d.meta.published), Some("2000-02-14"));
}

/// A Universal Periodic Review report: "Report of the Working Group on the Universal
/// Periodic Review*" over the country's name, a footnote under them.
#[test]
fn a_un_report_of_a_working_group_over_a_country_is_titled_with_both() {
    let d = parse_page(
        "upr.txt",
        "United Nations                                       A/HRC/58/9\n\n\
         General Assembly                                     Distr.: General\n\
         \x20                                                    11 December 2024\n\n\
         Human Rights Council\nFifty-eighth session\nAgenda item 6\nUniversal periodic review\n\n\
         \x20     Report of the Working Group on the Universal Periodic Review*\n\n\
         \x20     Sarnia\n\n\
         \x20 * The annex is being circulated without formal editing.\n\n\
         \x20     Introduction\n\n\
         1.   The Working Group on the Universal Periodic Review held its forty-seventh session from 4 to 15 November 2024. The review of Sarnia was held at the 3rd meeting.\n",
    );
    assert_eq!(
        value(&d.meta.title),
        Some("Report of the Working Group on the Universal Periodic Review: Sarnia")
    );
    assert_eq!(value(&d.meta.published), Some("2024-12-11"));
}

/// "JUDGMENT OF THE COURT (Third Chamber)": the EU Court of Justice, never a heading's
/// words as the publisher.
#[test]
fn an_eu_court_of_justice_heading_names_the_court() {
    let d = parse_page(
        "cjeu.txt",
        "JUDGMENT OF THE COURT (Third Chamber)\n\n5 September 2024 (*)\n\n\
         (Reference for a preliminary ruling – Social policy – Equal treatment)\n\n\
         In Case C-77/23,\n\nREQUEST for a preliminary ruling under Article 267 TFEU from the Supreme Court, made by decision of 2 February 2023.\n",
    );
    assert_eq!(
        value(&d.meta.publisher),
        Some("Court of Justice of the European Union")
    );
    assert_eq!(value(&d.meta.published), Some("2024-09-05"));
}

/// An EU court's caption: each side on a line of its own, a bare "v" between blank
/// lines, the second side ending with the comma that runs on into the court's
/// composition.
#[test]
fn an_eu_court_caption_with_a_bare_v_between_blank_lines_is_the_title() {
    let d = parse_page(
        "cjeu-caption.txt",
        "JUDGMENT OF THE COURT (Fifth Chamber)

11 July 2024 (*)

         (Reference for a preliminary ruling – Asylum – Procedures)

         In Case C-301/23,

         REQUEST for a preliminary ruling under Article 267 TFEU from the Administrative Court, made by decision of 3 May 2023, in the proceedings

         K.M.

v

Ministry of the Interior of Westland,

         THE COURT (Fifth Chamber),

composed of E. Regan, President of the Chamber, and Z. Csehi, Judge,
",
    );
    assert_eq!(
        value(&d.meta.title),
        Some("K.M. v. Ministry of the Interior of Westland")
    );
}

/// A site's section ("Media Centre") over "Press Release" over the headline is no
/// publisher.
#[test]
fn a_site_section_over_a_release_line_is_no_publisher() {
    let d = parse_page(
        "release.html",
        "<html><head><title>Commission urges inquiry into deaths at border post</title></head><body>\
         <p>Media Centre</p><h4>Press Release</h4>\
         <h3>Commission urges inquiry into deaths at border post</h3><p>3 June 2024</p>\
         <p>The Commission called today for an independent inquiry into the deaths of four migrants at the border post last week.</p>\
         </body></html>",
    );
    assert_ne!(value(&d.meta.publisher), Some("Media Centre"));
    assert_eq!(
        value(&d.meta.title),
        Some("Commission urges inquiry into deaths at border post")
    );
}

/// A statistics bulletin's cover: the kind of release is no title; "Name:" over its
/// edition is, and the edition's period after its frequency is the period covered.
#[test]
fn a_statistics_bulletin_title_over_two_lines_gives_the_period() {
    let d = parse_page(
        "bulletin.txt",
        "Department of Corrections of Westland\nOfficial Statistics\n\n\
         Community Sentences Statistics:\nQuarterly, January to March 2024\n\n\
         Published 27 June 2024\n\n\
         The number of people serving community sentences rose by four per cent over the quarter to 8,410 at the end of March.\n",
    );
    assert_eq!(
        value(&d.meta.title),
        Some("Community Sentences Statistics: Quarterly, January to March 2024")
    );
    let p = period_of(&d);
    assert_eq!(p, Some(("2024-01-01", "2024-03-31")));
    assert_eq!(value(&d.meta.published), Some("2024-06-27"));
}

/// A visit report's long title ("Report to the Government of X on the visit ...") alone
/// over the body is the title.
#[test]
fn a_long_report_title_naming_its_addressee_is_the_title() {
    let title = "Report to the Government of Westland on the visit to Westland carried out by the European Committee for the Prevention of Torture and Inhuman or Degrading Treatment or Punishment (CPT) from 5 to 16 May 2024";
    let d = parse_page(
        "cpt.txt",
        &format!(
            "{title}\n\nThe Government of Westland has requested the publication of this report and of its response to it in full.\n\nStrasbourg, 2 December 2024\n"
        ),
    );
    assert_eq!(value(&d.meta.title), Some(title));
}

/// A watchdog's yearly chapter printed alone: the country's name, then "Events of 2023" on a
/// line of its own: the year the chapter covers, though no series heading names the report.
/// The same words inside a sentence are no period.
#[test]
fn an_events_of_year_line_under_a_chapter_heading_is_the_period() {
    let d = parse_page(
        "chapter.txt",
        "Westland\n\nEvents of 2023\n\nThe government of Westland continued to restrict assembly.\n\nIn May, parliament adopted a law on foreign funding.\n",
    );
    let period = period_of(&d);
    assert_eq!(period, Some(("2023-01-01", "2023-12-31")));
    let d = parse_page(
        "story.txt",
        "Westland protest\n\nThe minister spoke about the events of 2023 in the capital.\n",
    );
    assert!(d.meta.period.is_none());
}

/// A mailing list's archived message (pipermail): the list's tag is no part of the
/// subject, the message in `<PRE>` keeps its lines, so its masthead ("NAME -- ALERT")
/// names the body without the document's type and the day under it is read.
#[test]
fn a_list_archives_message_keeps_its_lines_and_loses_the_lists_tag() {
    let d = parse_page(
        "msg.html",
        "<HTML><HEAD><TITLE> [rights-alerts] KESTRIA: Editor held over cartoon\n</TITLE></HEAD><BODY>\
         <H1>[rights-alerts] KESTRIA: Editor held over cartoon</H1>\
         <B>Rights Alerts</B> <A HREF=\"mailto:x\">rights-alerts at lists.example.org</A><BR>\
         <I>Tue Mar  5 10:01:22 CET 2019</I>\
         <HR><PRE>WRITERS AT RISK NETWORK -- ALERT\n5 March 2019\n\nKESTRIA: Editor held over cartoon\n\n\
         The Writers at Risk Network condemns the arrest of the editor of a weekly paper\n\
         in Port Selma on 3 March 2019 after it printed a cartoon of the President.\n</PRE>\
         </BODY></HTML>",
    );
    assert_eq!(
        value(&d.meta.title),
        Some("KESTRIA: Editor held over cartoon")
    );
    assert_eq!(value(&d.meta.publisher), Some("Writers at Risk Network"));
    assert_eq!(value(&d.meta.published), Some("2019-03-05"));
    assert!(d.text.contains("Writers at Risk Network condemns the arrest of the editor of a weekly paper\nin Port Selma"));
}

/// "Date: 04/06/2024" could be 4 June or 6 April; the site's other days ("20/06/2024"
/// in its sidebar) put the day first. With no such day the date stays unread.
#[test]
fn a_labelled_numeric_day_is_read_in_the_order_the_page_writes_its_days() {
    let page = |side: &str| {
        parse_page(
            "news.html",
            &format!(
                "<html><head><title>News | Human Rights Commission of Westland</title></head><body>\
                 <main><h1>Commission opens inquiry into remand conditions</h1>\
                 <table><tr><th>Date:</th><td>04/06/2024</td></tr></table>\
                 <p>The Human Rights Commission of Westland has opened an inquiry into conditions at the central remand prison.</p></main>\
                 <aside><ul><li><a href=\"/a\">Statement on refugee day</a> <span>{side}</span></li></ul></aside>\
                 <footer>&copy; 2024 Human Rights Commission of Westland</footer></body></html>"
            ),
        )
    };
    assert_eq!(
        value(&page("20/06/2024").meta.published),
        Some("2024-06-04")
    );
    assert_eq!(
        value(&page("06/20/2024").meta.published),
        Some("2024-04-06")
    );
    assert_eq!(value(&page("no date").meta.published), None);
}

/// A news portal's stamp, the time over a dotted day ("14:05 / 12.03.2024"): day first.
#[test]
fn a_time_over_a_dotted_day_is_read_day_first() {
    let d = parse_page(
        "story.html",
        "<html><head><title>Returnees describe beatings at border camp - KDN</title></head><body>\
         <h1>Returnees describe beatings at border camp</h1>\
         <div><span>14:05 / 02.03.2024</span> <span>Views: 1 482</span></div>\
         <p>Five men deported last month told KDN that they were held for nine days at the camp.</p>\
         <div>&copy; 2010-2024 Kestrian Diaspora News (KDN)</div></body></html>",
    );
    assert_eq!(value(&d.meta.published), Some("2024-03-02"));
}

/// A text saved from a search engine's cache: the banner over the page is chrome, the
/// page's own headline its title and its own day its day.
#[test]
fn a_web_caches_banner_is_no_part_of_the_page() {
    let d = parse_page(
        "cache.txt",
        "This is Google's cache of http://www.example.org/pr.htm. It is a snapshot of the page as it appeared on 3 Feb 2009 06:41:12 GMT. The current page could have changed in the meantime. Learn more\n\n\
         Text-only version\n\
         These search terms are highlighted: asylum\n\n\
         NORTHERN COALITION FOR REFUGEE LAW\n\n\
         PRESS RELEASE\n\n\
         For immediate release: 17 September 2001\n\n\
         Asylum seekers held in warehouse for six weeks without lawyers\n\n\
         The Northern Coalition for Refugee Law today called on the Immigration Service to close the facility.\n",
    );
    assert_eq!(
        value(&d.meta.title),
        Some("Asylum seekers held in warehouse for six weeks without lawyers")
    );
    assert_eq!(value(&d.meta.published), Some("2001-09-17"));
}

/// "ACHPR :: Press Releases :: Headline", "OAS :: IACHR :: Press Release No. 118/24":
/// the trail's last acronym is the body; the page's heading, not the trail, is the title.
#[test]
fn an_acronym_trail_in_the_title_names_the_body() {
    let d = parse_page(
        "pr.html",
        "<html><head><title>ACHPR :: Press Releases :: Press Release on the arrest of lawyers</title></head><body>\
         <div class=\"pr-title\">Press Release on the arrest of lawyers</div><div>Jul 05, 2021</div>\
         <p>The Commission is following with deep concern the arrest of six lawyers.</p></body></html>",
    );
    assert_eq!(value(&d.meta.publisher), Some("ACHPR"));
    let d = parse_page(
        "pr2.html",
        "<html><head><title>OAS :: IACHR :: Press Release No. 18/24</title></head><body>\
         <h4>Press Release</h4><h3>Commission Condemns Killing of Land Defender in Costa Verde</h3><p>May 22, 2024</p>\
         <p>Washington, D.C. - The Inter-American Commission on Human Rights (IACHR) condemns the killing of a land defender.</p></body></html>",
    );
    // A hyphened word of two capitals ("Inter-American") is not yet read as two letters
    // of the acronym: the acronym stays.
    assert_eq!(value(&d.meta.publisher), Some("IACHR"));
    assert_eq!(
        value(&d.meta.title),
        Some("Commission Condemns Killing of Land Defender in Costa Verde")
    );
}

/// A database's `<title>` ("NORMLEX - Information System on ...") that its masthead
/// prints as logo and tagline, on a page with no `h1`: the page's `h2` is the title,
/// the copyright holder the publisher, not the database.
#[test]
fn a_masthead_title_gives_way_to_the_pages_h2() {
    let d = parse_page(
        "c.html",
        "<html><head><title>LABOURLEX - Information System on Labour Standards</title></head><body>\
         <div id=\"top\"><span>LABOURLEX<br>Information System on Labour Standards</span></div>\
         <h2>Observation (CEACR) - adopted 2022, published 111st ILC session (2023)</h2>\
         <h3>Forced Labour Convention, 1930 (No. 29) - Norland (Ratification: 1961)</h3>\
         <p>The Committee notes the Government's report on the implementation of the Anti-Trafficking Act.</p>\
         <div id=\"footer\">Copyright &copy; 1996-2024 International Labour Organization (ILO)</div></body></html>",
    );
    assert_eq!(
        value(&d.meta.title),
        Some("Observation (CEACR) - adopted 2022, published 111st ILC session (2023)")
    );
    assert_ne!(value(&d.meta.publisher), Some("LABOURLEX"));
}

/// A UN special procedure's country-visit report whose symbol was removed as the running
/// header it also is: "Distr.: General" still marks the heading; "Visit to Norland" over
/// the author's line (run over two) is titled with both.
#[test]
fn a_un_visit_report_is_titled_with_its_author_line() {
    let d = parse_page(
        "visit.txt",
        "United Nations\n\nGeneral Assembly\n\nDistr.: General\n2 May 2024\nOriginal: English\n\n\
         Human Rights Council\nFifty-sixth session\n18 June-12 July 2024\nAgenda item 3\n\n\
         Visit to Norland\n\
         Report of the Special Rapporteur on the independence of judges\n\
         and lawyers, Maria Ortega*\n\
         Summary\n\
         The Special Rapporteur conducted an official visit to Norland from 4 to 15 September 2023.\n",
    );
    assert_eq!(
        value(&d.meta.title),
        Some("Visit to Norland: Report of the Special Rapporteur on the independence of judges and lawyers, Maria Ortega")
    );
    assert_eq!(value(&d.meta.publisher), Some("United Nations"));
    assert_eq!(value(&d.meta.published), Some("2024-05-02"));
}

/// A working paper's series strip over its title: the strip is no title, its first cell
/// the publisher; the title ends with a colon over its second line.
#[test]
fn a_series_strip_names_the_publisher_not_the_title() {
    let d = parse_page(
        "paper.txt",
        "VELMAR CENTRE FOR HUMAN RIGHTS LAW - WORKING PAPER SERIES - No. 07/2024 - ISSN 2750-1234\n\n\
         Habeas Corpus under Emergency Rule:\nThe Courts of Norland, 2015-2023\n\
         Anna Petrova and Jonas Keller\n\n\
         Abstract\nEmergency decrees adopted after 2015 allowed the police to hold suspects for up to thirty days.\n",
    );
    assert_eq!(
        value(&d.meta.title),
        Some("Habeas Corpus under Emergency Rule: The Courts of Norland, 2015-2023")
    );
    assert_eq!(
        value(&d.meta.publisher),
        Some("Velmar Centre for Human Rights Law")
    );
}

/// A cover's masthead over the body's unit ("National Preventive Mechanism against
/// ..."), then the title over its subtitle in sentence case: the unit is no title.
#[test]
fn a_unit_under_the_masthead_is_no_title() {
    let d = parse_page(
        "npm.txt",
        "PARLIAMENTARY OMBUDSMAN OF NORLAND\n\
         National Preventive Mechanism against Torture and Ill-treatment\n\n\
         Annual Report 2023\n\
         Monitoring places of deprivation of liberty under the Optional Protocol to the UN Convention against Torture\n\n\
         Foreword by the Ombudsman\nIn 2023 the mechanism carried out 41 visits to prisons and police custody suites.\n",
    );
    assert_eq!(value(&d.meta.title), Some("Annual Report 2023"));
    assert_eq!(
        value(&d.meta.publisher),
        Some("Parliamentary Ombudsman of Norland")
    );
}

/// A strip of partners' names on a donor-funded report's cover, then the title over its
/// subtitle: the publisher is the first name, the title the short line.
#[test]
fn a_partner_strip_and_a_subtitle_leave_the_title() {
    let d = parse_page(
        "ngo.txt",
        "VELMAR LEGAL AID CENTRE\n\nKESSEL WOMEN'S NETWORK\n\n\
         Locked Out of Justice\nPre-trial detention of women in Norland's northern provinces\n\n\
         Summary\nWomen held on remand in the northern provinces wait on average fourteen months for trial.\n",
    );
    assert_eq!(value(&d.meta.title), Some("Locked Out of Justice"));
    assert_eq!(value(&d.meta.publisher), Some("Velmar Legal Aid Centre"));
}

/// A yearly report's name in capitals over two lines ("FUNDAMENTAL RIGHTS" / "REPORT
/// 2024") and the publisher's copyright line with the same year: the year it came out,
/// not a year covered.
#[test]
fn a_copyright_year_dates_a_yearly_report_edition() {
    let d = parse_page(
        "fra.txt",
        "FUNDAMENTAL RIGHTS\nREPORT 2024\n\n\
         EUROPEAN UNION AGENCY FOR FUNDAMENTAL RIGHTS\n\n\
         (c) European Union Agency for Fundamental Rights, 2024\n\
         Reproduction is authorised provided the source is acknowledged.\n\n\
         Foreword\nThe year 2023 brought new challenges for fundamental rights in the European Union.\n",
    );
    assert_eq!(
        value(&d.meta.title).map(str::to_lowercase).as_deref(),
        Some("fundamental rights report 2024")
    );
    assert_eq!(value(&d.meta.published), Some("2024"));
    assert!(d.meta.period.is_none());
}

/// A footnote's mark in `<sup>` leaves the text ("Burkina Faso<sup>a</sup>" is the
/// country's name, "in 2017<sup>3</sup>" the year), its span kept among the dropped; an
/// ordinal's suffix and a power stay words of the text.
#[test]
fn footnote_marks_in_superscript_leave_the_text() {
    let d = parse_page(
        "annex.html",
        "<html><body><h1>Annex</h1><table><tr><td>Westland<sup>a</sup></td><td>AB</td></tr>\
         <tr><td>Ostland<sup><a href=\"#n2\">[2]</a></sup></td><td>R</td></tr></table>\
         <p>It was abolished in 2017<sup>3</sup> by the 1<sup>st</sup> chamber; the camp covers 4 km<sup>2</sup> and 10<sup>6</sup> people.</p></body></html>",
    );
    let text = &d.text;
    assert!(text.contains("Westland AB"), "{text}");
    assert!(text.contains("Ostland R"), "{text}");
    assert!(
        text.contains("abolished in 2017 by the 1st chamber"),
        "{text}"
    );
    assert!(text.contains("4 km2 and 106 people"), "{text}");
}

/// "ANNUAL REPORT 2023 (1 January - 31 December 2023)": the period a report's title line
/// gives in brackets; a year alone in brackets is none.
#[test]
fn a_period_in_brackets_after_a_report_title_is_the_period() {
    let d = parse_page(
        "annual.txt",
        "NATIONAL COMMISSION\n\nANNUAL REPORT 2023 (1 January - 31 December 2023)\n\nIn March, the Commission visited ten prisons.\n",
    );
    let period = period_of(&d);
    assert_eq!(period, Some(("2023-01-01", "2023-12-31")));
    let d = parse_page(
        "story.txt",
        "Commission report (2023)\n\nThe commission published its report today.\n",
    );
    assert!(d.meta.period.is_none());
}

fn meta_of(d: &Document) -> (Option<&str>, Option<&str>, Option<&str>) {
    (
        value(&d.meta.title),
        value(&d.meta.publisher),
        value(&d.meta.published),
    )
}

const LONG_BODY: &str = "The district's water points served fewer than half of the families who \
    lived in the camps, and most of them had to walk for more than an hour to reach one.\n";

/// "Research note | June 2019" over the cover's title: the kind of paper and its month,
/// metadata giving the day of publication, never the title.
#[test]
fn a_cover_strip_of_kind_and_month_dates_the_paper_and_is_no_title() {
    let d = parse_page(
        "note.txt",
        &format!("Research note | June 2019\n\nWater for the Camps\n\n{LONG_BODY}"),
    );
    assert_eq!(
        meta_of(&d),
        (Some("Water for the Camps"), None, Some("2019-06"))
    );
}

/// A body's name over "Working Paper No. 3/2020" is the publisher; the series line is no
/// title; a title that asks a question stands over its subtitle; "This version:" dates it.
#[test]
fn a_question_title_under_a_series_line_and_its_version_day() {
    let d = parse_page(
        "wp.txt",
        &format!(
            "Ostland Institute - Department of Law\nWorking Paper No. 3/2020\n\n\
             Who Guards the Guards?\nPrison Oversight in Ostland since 2010\n\n\
             Ana Berg and Tom Roos\nThis version: 9 October 2020\n\n{LONG_BODY}"
        ),
    );
    assert_eq!(
        meta_of(&d),
        (
            Some("Who Guards the Guards?"),
            Some("Ostland Institute - Department of Law"),
            Some("2020-10-09")
        )
    );
}

/// A stakeholder's submission to the UPR: the body's name over "Submission to the ...",
/// "Submitted by: BODY (ACRONYM)", "Date of submission: DAY". A person after "Submitted
/// by:" is no publisher.
#[test]
fn a_upr_submission_names_its_author_and_its_day() {
    let d = parse_page(
        "upr.txt",
        &format!(
            "Ostland Network for Press Freedom\n\nSubmission to the Universal Periodic Review of Ostland\n\n\
             Submitted by: Ostland Network for Press Freedom (ONPF)\nDate of submission: 4 October 2021\n\n{LONG_BODY}"
        ),
    );
    assert_eq!(
        meta_of(&d),
        (
            Some("Submission to the Universal Periodic Review of Ostland"),
            Some("Ostland Network for Press Freedom"),
            Some("2021-10-04")
        )
    );
    let d = parse_page(
        "upr2.txt",
        &format!(
            "Submission to the Universal Periodic Review of Ostland\n\n\
             Submitted by: Ostland Network for Press Freedom (ONPF)\n\n{LONG_BODY}"
        ),
    );
    assert_eq!(
        value(&d.meta.publisher),
        Some("Ostland Network for Press Freedom (ONPF)")
    );
    let d = parse_page(
        "note.txt",
        &format!("A Note on Wells\n\nSubmitted by: Ana Berg\n\n{LONG_BODY}"),
    );
    assert_eq!(value(&d.meta.publisher), None);
}

/// A periodical's name in capitals over "Bulletin of the BODY" and "Issue 7 -- Winter
/// 2015": the name is the title, the body the publisher, the year the day.
#[test]
fn a_newsletter_names_its_body_and_its_seasons_year() {
    let d = parse_page(
        "bulletin.txt",
        &format!(
            "THE HARBOUR LANTERN\nBulletin of the Harbour Tenants' Association\nIssue 7 -- Winter 2015\n\n{LONG_BODY}"
        ),
    );
    assert_eq!(
        meta_of(&d),
        (
            Some("THE HARBOUR LANTERN"),
            Some("Harbour Tenants' Association"),
            Some("2015")
        )
    );
}

/// An observation mission's "STATEMENT OF PRELIMINARY FINDINGS AND CONCLUSIONS" under the
/// election's line with its day: the statement is the title.
#[test]
fn an_election_missions_statement_is_the_title_not_the_elections_line() {
    let d = parse_page(
        "eom.txt",
        "JOINT OBSERVATION MISSION\nRepublic of Ostland - General Elections, 2 May 2021\n\n\
         STATEMENT OF PRELIMINARY FINDINGS AND CONCLUSIONS\n\n\
         Ostburg, 3 May 2021 - The general elections were orderly but the campaign was marred by the misuse of state resources, observers said today.\n",
    );
    assert_eq!(
        value(&d.meta.title),
        Some("STATEMENT OF PRELIMINARY FINDINGS AND CONCLUSIONS")
    );
    assert_eq!(value(&d.meta.published), Some("2021-05-03"));
}

/// The State Department's religious freedom report titled "COUNTRY 2019 INTERNATIONAL
/// RELIGIOUS FREEDOM REPORT": the department and the year covered.
#[test]
fn a_religious_freedom_report_heading_names_the_department_and_the_year() {
    let d = parse_page(
        "irf.txt",
        &format!("OSTLAND 2019 INTERNATIONAL RELIGIOUS FREEDOM REPORT\n\nExecutive Summary\n\n{LONG_BODY}"),
    );
    assert_eq!(value(&d.meta.publisher), Some("U.S. Department of State"));
    assert_eq!(period_of(&d), Some(("2019-01-01", "2019-12-31")));
}

/// A UN Geneva meeting summary: the "MEETING SUMMARIES" kicker is no title, the closing
/// "Produced by the United Nations Information Service in Geneva" names the publisher.
#[test]
fn a_un_geneva_meeting_summary_is_titled_by_its_headline() {
    let d = parse_page(
        "summary.txt",
        &format!(
            "MEETING SUMMARIES\n\nCOMMITTEE AGAINST TORTURE CONCLUDES REVIEW OF OSTLAND\n\n12 May 2022\n\n{LONG_BODY}\n\
             Produced by the United Nations Information Service in Geneva for use of the information media; not an official record.\n"
        ),
    );
    assert_eq!(
        meta_of(&d),
        (
            Some("COMMITTEE AGAINST TORTURE CONCLUDES REVIEW OF OSTLAND"),
            Some("United Nations Information Service in Geneva"),
            Some("2022-05-12")
        )
    );
}

/// An old paper's `<title>` "PAPER - World" (a section's name): the paper publishes, the
/// headline set in large type is the title, not the paper's name.
#[test]
fn a_papers_section_in_the_title_gives_way_to_the_headline() {
    let d = parse_page(
        "paper.html",
        "<html><head><title>The Evening Lamp - World</title></head><body><table><tr><td>\
         <img src=\"m.gif\" alt=\"The Evening Lamp\"><br><a href=\"/world/\">World</a> <a href=\"/sport/\">Sport</a></td></tr>\
         <tr><td><font size=\"5\"><b>Ferry strike strands islanders for a week</b></font><br>\
         <font size=\"2\">By Ana Berg | March 2, 2003 | Page 5</font>\
         <p>Islanders were left without supplies after ferry crews walked out over unpaid wages, the harbour office said on Sunday.</p>\
         <p>Copyright 2003 The Evening Lamp</p></td></tr></table></body></html>",
    );
    assert_eq!(
        meta_of(&d),
        (
            Some("Ferry strike strands islanders for a week"),
            Some("The Evening Lamp"),
            Some("2003-03-02")
        )
    );
}

/// A site named as a body's press office (`og:site_name` "Example Union Newsroom") whose
/// footer's copyright names the body: the body publishes. "Brussels, 3 May 2021. The
/// Council ..." dates the release; "Written by NAME on DAY" dates a post.
#[test]
fn a_press_office_site_yields_to_its_body_and_sentence_datelines() {
    let d = parse_page(
        "release.html",
        "<html><head><title>Ostland Union Newsroom | Council adopts asylum rules</title>\
         <meta property=\"og:site_name\" content=\"Ostland Union Newsroom\"></head><body>\
         <h1>Council adopts asylum rules</h1>\
         <p><b>Ostburg, 3 May 2021.</b> The Council of the Ostland Union adopted new rules on the examination of asylum applications at the border today.</p>\
         <footer><p>&copy; 2021 Ostland Union Council. All rights reserved.</p></footer></body></html>",
    );
    assert_eq!(
        meta_of(&d),
        (
            Some("Council adopts asylum rules"),
            Some("Ostland Union Council"),
            Some("2021-05-03")
        )
    );
    let d = parse_page(
        "post.html",
        "<html><head><title>Wells and Rights | Ostland Law Blog</title></head><body>\
         <h1>Wells and Rights</h1><p>Written by Ana Berg on March 3, 2019 &middot; 2 Comments</p>\
         <p>The right to water was argued before the constitutional court of Ostland for the first time last week, and the court listened.</p></body></html>",
    );
    assert_eq!(value(&d.meta.published), Some("2019-03-03"));
}

/// "By the time police arrived on 12 June 2019, ..." opens a sentence, no byline: only a
/// name of capitalised words stands between "By" and "on".
#[test]
fn a_sentence_opening_with_by_is_no_byline() {
    let d = parse_page(
        "story.html",
        "<html><head><title>Protest ends in Ostburg</title></head><body>\
         <h1>Protest ends in Ostburg</h1>\
         <p>By the time police arrived on 12 June 2019, the protest in the square had ended and the marchers had gone home.</p></body></html>",
    );
    assert_ne!(value(&d.meta.published), Some("2019-06-12"));
}

/// A Pandoc title block ("% title", "% authors", "% day") heads a markdown file: its
/// first line is the title, its third the day, not the first `#` heading under it.
#[test]
fn a_pandoc_title_block_gives_title_and_day() {
    let d = parse_page(
        "note.md",
        "% Wells Without Water: Notes on the Ostland Drought Survey\n% A. Berg; T. Lund\n% 4 March 2021\n\n\
         # Background\n\nThe survey team visited forty villages in the dry season and asked each household how far it walked for water.\n",
    );
    assert_eq!(
        value(&d.meta.title),
        Some("Wells Without Water: Notes on the Ostland Drought Survey")
    );
    assert_eq!(value(&d.meta.published), Some("2021-03-04"));
}

/// A printed page's running head ("A1043   PROVINCIAL BULLETIN -- Notices   June 3,
/// 2019") over a notice: the notice's own line under the department is the title, the
/// department the publisher, the head's day the day of publication.
#[test]
fn a_printed_running_head_is_no_title() {
    let d = parse_page(
        "notice.txt",
        "A1043          PROVINCIAL BULLETIN -- Notices              June 3, 2019\n\n\
         MINISTRY OF LABOUR\n\n[Notice 55]\n\n\
         Extension of the Seasonal Workers Permit Scheme\n\n\
         SUMMARY: The Minister has extended the scheme by twelve months for workers already admitted under it.\n",
    );
    assert_eq!(
        meta_of(&d),
        (
            Some("Extension of the Seasonal Workers Permit Scheme"),
            Some("Ministry of Labour"),
            Some("2019-06-03")
        )
    );
    // Without a department, the periodical the head names publishes.
    let d = parse_page(
        "remarks.txt",
        "S2210          OSTLAND RECORD -- Senate              May 9, 2018\n\n\
         HONORING THE VOLUNTEERS OF THE RIVER FLOOD RELIEF\n\n\
         Mr. LUND. Madam President, I rise today to thank the volunteers who worked through the spring floods.\n",
    );
    assert_eq!(
        meta_of(&d),
        (
            Some("HONORING THE VOLUNTEERS OF THE RIVER FLOOD RELIEF"),
            Some("Ostland Record"),
            Some("2018-05-09")
        )
    );
}

/// A masthead in two languages across the page ("COUNCIL OF OSTLAND   CONSEIL
/// D'OSTLAND"): the first is the publisher, the line under it past a reference line the
/// title.
#[test]
fn a_masthead_in_two_languages_is_the_publisher() {
    let d = parse_page(
        "notification.txt",
        "COUNCIL OF OSTLAND                                   CONSEIL D'OSTLAND\n\n\
         Reference: JJ/2020/114\n\n\
         CHARTER ON THE RIGHTS OF SEASONAL WORKERS\n\n\
         The Secretary General communicates that Westmark signed the Charter on 2 April 2020.\n\n9 April 2020\n",
    );
    assert_eq!(
        value(&d.meta.title),
        Some("CHARTER ON THE RIGHTS OF SEASONAL WORKERS")
    );
    assert_eq!(value(&d.meta.publisher), Some("Council of Ostland"));
}

/// `citation_publication_date` as journals write it ("2021/04/30") is a day.
#[test]
fn a_day_with_slashes_year_first_is_read() {
    let d = parse_page(
        "article.html",
        "<html><head><title>Water rights in Ostland | Ostland Law Quarterly</title>\
         <meta name=\"citation_title\" content=\"Water rights in Ostland\">\
         <meta name=\"citation_publication_date\" content=\"2021/04/30\"></head><body>\
         <h1>Water rights in Ostland</h1><p>This article reads the water code of Ostland against the constitution's guarantee of a right to water for every household.</p></body></html>",
    );
    assert_eq!(value(&d.meta.published), Some("2021-04-30"));
}

/// A page's `h1` naming the site's list ("Press Releases") over the release's own
/// headline in an `h2`, past its reference line: the headline is the title.
#[test]
fn a_listing_heading_gives_way_to_the_headline_under_it() {
    let d = parse_page(
        "release.html",
        "<html><head><title>Ostland Union :: Together for the region</title></head><body>\
         <h1>Press Releases</h1><p>Reference: P-112/21</p>\
         <h2>Union envoys meet flood-affected farmers in Westmark</h2><p>June 2, 2021</p>\
         <p>The envoys of the Ostland Union travelled today to the districts worst hit by the floods and met farmers who lost their harvest.</p></body></html>",
    );
    assert_eq!(
        value(&d.meta.title),
        Some("Union envoys meet flood-affected farmers in Westmark")
    );
}

/// A kicker that is only the document's kind and reference ("Written question -
/// Q-00412/2022") over the subject: the subject is the title.
#[test]
fn a_kind_and_reference_kicker_is_no_title() {
    let d = parse_page(
        "question.txt",
        "Written question - Q-00412/2022\n\nClosure of rural clinics in Westmark\n\n\
         Question for written answer to the Council of Ostland from Member Ana Berg.\n\n\
         On 3 January 2022 the ministry closed nine rural clinics without consulting the districts they served.\n",
    );
    assert_eq!(
        value(&d.meta.title),
        Some("Closure of rural clinics in Westmark")
    );
}

/// A markdown table of the document's particulars ("| **Issued by** | Body |") names
/// its publisher; a document-hosting platform ("X - Google Docs") never publishes.
#[test]
fn a_table_cell_names_the_publisher_and_a_platform_does_not() {
    let d = parse_page(
        "qa.md",
        "# Questions on the Ostland Assembly Law\n\n| | |\n|---|---|\n| **Issued by** | Westmark Civic Watch |\n| **Date** | 5 May 2022 |\n\n\
         ## What does the law change?\n\nIt requires every assembly of more than ten people to be notified to the police five days ahead.\n",
    );
    assert_eq!(value(&d.meta.publisher), Some("Westmark Civic Watch"));
    let d = parse_page(
        "letter.html",
        "<html><head><title>Open letter on the Ostland Assembly Law - Google Docs</title></head><body>\
         <div id=\"header\"><div id=\"title\">Open letter on the Ostland Assembly Law</div></div>\
         <p>5 May 2022</p><p>We, the undersigned organisations, ask the Assembly of Ostland to reject the draft law on public gatherings.</p>\
         <div id=\"footer\">Published by Google Docs - Report Abuse</div></body></html>",
    );
    assert_ne!(value(&d.meta.publisher), Some("Google Docs"));
}

/// A cover's presentation line ("Presented to the Assembly by the Minister of Labour by
/// order of the Assembly") is no title: the block above it is; a state's name heading
/// the cover publishes; "Presented ... on DAY" dates it.
#[test]
fn a_presentation_line_is_no_title() {
    let d = parse_page(
        "cover.txt",
        "REPUBLIC OF OSTLAND\n\nSeasonal Workers and the Law: The Ministry's Response to the Labour Inspectorate\n\n\
         Presented to the Assembly by the Minister of Labour\nby order of the Assembly\n\n\
         The Ministry accepts eleven of the Inspectorate's fourteen recommendations and sets out how it will carry them out.\n",
    );
    assert_eq!(
        value(&d.meta.title),
        Some("Seasonal Workers and the Law: The Ministry's Response to the Labour Inspectorate")
    );
    assert_eq!(value(&d.meta.publisher), Some("Republic of Ostland"));
}

/// A letterhead's contact strip ("2 Mill Lane | +00 31 555 0101 | office@example.org")
/// is no title: the letter's "Re:" line is.
#[test]
fn a_letterhead_contact_strip_gives_way_to_the_subject_line() {
    let d = parse_page(
        "letter.txt",
        "2 Mill Lane, Westmark 1100 | +00 31 555 0101 | office@example.org\n\nWESTMARK TENANTS' UNION\n\n\
         12 February 2022\n\nDear Mayor,\n\nRe: Evictions in the Mill Lane estate\n\n\
         We write about the eviction notices served on forty families of the Mill Lane estate last month.\n",
    );
    assert_eq!(
        value(&d.meta.title),
        Some("Evictions in the Mill Lane estate")
    );
}

/// A caption's alias ("@") is no e-mail address: the title of a judgment whose
/// party is written "NAME s/o FATHER @ ALIAS" stays its caption.
#[test]
fn a_caption_alias_is_no_contact_strip() {
    let d = parse_page(
        "appeal.txt",
        "IN THE COURT OF APPEAL OF NORVIA\nAT VELMAR\n\nCRIMINAL APPEAL NO. 12 OF 2020\n\n\
         BAKARI s/o SELEMANI @ JUMA ........................ APPELLANT\n\nVERSUS\n\n\
         THE REPUBLIC ........................ RESPONDENT\n\nJUDGMENT OF THE COURT\n\n\
         The appellant was convicted of murder and appeals against his conviction.\n",
    );
    let title = value(&d.meta.title).unwrap_or_default().to_string();
    assert!(title.contains("BAKARI"), "{title:?}");
}

/// Review of session 28: a report's year ("Annual report 2023", "2022-23") is no
/// reference, so the title is not handed to the body's name under it; a table's
/// header row ("| Organisation | Contact |" over "|---|---|") names no publisher; a
/// presentation day wrapped over two lines dates the cover without a wrong span.
#[test]
fn a_reports_year_is_no_reference_kicker() {
    for title in ["Annual report 2023", "Annual report 2022-23"] {
        let d = parse_page(
            "report.txt",
            &format!(
                "{title}\n\nOffice of the Prisons Ombudsman of Westmark\n\n\
                 This report covers the visits the Office paid to the country's nine prisons during the year.\n"
            ),
        );
        assert_eq!(value(&d.meta.title), Some(title));
    }
}

#[test]
fn a_tables_header_row_names_no_publisher() {
    let d = parse_page(
        "contacts.md",
        "# Monitors of the Ostland assembly law\n\n| Organisation | Contact |\n|---|---|\n\
         | Westmark Civic Watch | watch@example.org |\n| Ostland Tenants Union | union@example.org |\n\n\
         The monitors met every week during the session.\n",
    );
    assert_ne!(value(&d.meta.publisher), Some("Contact"));
}

#[test]
fn a_presentation_day_wrapped_over_two_lines_has_no_wrong_span() {
    let d = parse_page(
        "cover.txt",
        "Prison Health in Westmark: The Ministry's Reply to the Inspectorate\n\n\
         Presented to the Assembly on 9 June\n2021 by the Minister of Justice\n\n\
         The Ministry accepts nine of the Inspectorate's twelve recommendations.\n",
    );
    let published = d.meta.published.as_ref().expect("a presentation day");
    assert_eq!(published.value.as_str(), "2021-06-09");
    if let Some(span) = published.span.filter(|_| published.layer == Layer::Text) {
        assert!(
            d.text[span.range()].contains("9 June"),
            "{:?}",
            &d.text[span.range()]
        );
    }
}

/// Session 30 (`meta-29`): an issuer's name with the release line under its address, or
/// under the release line over the headline; a large-type letterhead is no title.
#[test]
fn an_issuer_near_its_release_line_is_the_publisher() {
    let d = parse_page(
        "release.txt",
        "WESTMARK PRISONERS' AID SOCIETY\nP.O. Box 88, Velmar\n\nMEDIA STATEMENT\n\n\
         Velmar, 4 May 2001\n\nVisits suspended at Ostgate prison for a third month\n\n\
         Families have not seen relatives held at Ostgate since early February, the Society said.\n",
    );
    assert_eq!(
        value(&d.meta.title),
        Some("Visits suspended at Ostgate prison for a third month")
    );
    assert_eq!(
        value(&d.meta.publisher),
        Some("Westmark Prisoners' Aid Society")
    );
    let d = parse_page(
        "release2.txt",
        "EMBARGOED UNTIL 10:00 CET, 3 MARCH 2020\n\nNEWS RELEASE\n\nOstland Ombudsman Office\n\n\
         Ombudsman finds migrants held without legal advice\n\n\
         Ostland, 3 March 2020 - The Ombudsman today published a report on two border camps.\n",
    );
    assert_eq!(
        value(&d.meta.title),
        Some("Ombudsman finds migrants held without legal advice")
    );
    assert_eq!(value(&d.meta.publisher), Some("Ostland Ombudsman Office"));
    // A headline under the release line stays the title.
    let d = parse_page(
        "release3.txt",
        "PRESS RELEASE\n\nCourt Frees Two Reporters\n\nThe regional court in Velmar ordered the release of two reporters on Tuesday after a month in custody.\n",
    );
    assert_eq!(value(&d.meta.title), Some("Court Frees Two Reporters"));
    let d = parse_page(
        "old.html",
        "<HTML><BODY><CENTER><FONT SIZE=4><B>WESTMARK PRISONERS' AID SOCIETY</B></FONT></CENTER>\
         <P>PRESS STATEMENT</P><P>Velmar, 4 May 2001</P>\
         <P><FONT SIZE=5><B>Visits suspended at Ostgate prison for a third month</B></FONT></P>\
         <P>Families have not seen relatives held at Ostgate since early February, the Society said.</P></BODY></HTML>",
    );
    assert_eq!(
        value(&d.meta.title),
        Some("Visits suspended at Ostgate prison for a third month")
    );
}

/// "From:" names the issuer (a government page's list, a mail's sender) when it is a
/// body; a long mail subject is the title; a person is no publisher.
#[test]
fn a_from_line_names_a_body_and_a_long_subject_is_the_title() {
    let d = parse_page(
        "speech.html",
        "<html><body><h1>Minister's address to the regional forum on detention</h1>\
         <dl><dt>From:</dt><dd>Ministry of the Interior and Jan Holm</dd>\
         <dt>Published:</dt><dd>3 April 2022</dd></dl><p>Colleagues, friends, thank you for coming to Velmar.</p></body></html>",
    );
    assert_eq!(value(&d.meta.publisher), Some("Ministry of the Interior"));
    let d = parse_page(
        "mail.txt",
        "From: Ostland Detention Monitoring Network <info@example.org>\nDate: Mon, 6 Mar 2023 10:00:00 +0000\n\
         Subject: [ODMN] March 2023: the number of children held at the border camps rose again for the third month\n\n\
         Dear members,\n\nThe camps held 41 children at the end of February.\n",
    );
    assert_eq!(
        value(&d.meta.title),
        Some("March 2023: the number of children held at the border camps rose again for the third month")
    );
    assert_eq!(
        value(&d.meta.publisher),
        Some("Ostland Detention Monitoring Network")
    );
    let d = parse_page(
        "mail2.txt",
        "From: Ana Lind <ana@example.org>\nSubject: Notes from the visit\n\nThe visit went well.\n",
    );
    assert_eq!(value(&d.meta.publisher), None);
}

/// A dataset card's "Maintained by the **Unit, Institute**.".
#[test]
fn a_dataset_cards_maintainer() {
    let d = parse_page(
        "card.md",
        "# Dataset Card for WESTMARK-EVICTIONS\n\nMaintained by the **Housing Data Lab, Velmar Institute of Social Research**.\n\n\
         ## Summary\n\nOne row per eviction recorded by the courts.\n\n- **Version:** 2.0\n- **Released:** 4 July 2022\n",
    );
    assert_eq!(
        value(&d.meta.publisher),
        Some("Housing Data Lab, Velmar Institute of Social Research")
    );
}

/// A live blog's only day is its update's: its day of publication. A WordPress post's
/// day in its `post-date` item, though the meta row is dropped as a link list. A Google
/// Docs export's `<title>` "Copy of ... v2" is the file's name.
#[test]
fn live_blogs_blog_post_dates_and_drive_file_names() {
    let d = parse_page(
        "live.html",
        "<html><head><title>Velmar protests - live updates | Westmark Daily</title></head><body>\
         <div>LIVE</div><h1>Velmar protests</h1><p>Updated 21:10, Fri 5 May 2023</p>\
         <p>21:10 Police have closed the main square after a second night of protests.</p></body></html>",
    );
    assert_eq!(value(&d.meta.published), Some("2023-05-05"));
    let d = parse_page(
        "post.html",
        "<html><head><title>On the new bail rules &#8211; Velmar Law Notes</title></head><body>\
         <article><h1 class=\"entry-title\">On the new bail rules</h1><ul class=\"post-meta\">\
         <li class=\"post-author\"><a href=\"/a\">Ola Berg</a></li><li class=\"post-date\"><a href=\"/p\">March 9, 2020</a></li>\
         <li><a href=\"#c\">2 Comments</a></li></ul><div class=\"entry-content\"><p>The bail rules adopted last week change the position of defendants held before trial.</p></div></article></body></html>",
    );
    assert_eq!(value(&d.meta.published), Some("2020-03-09"));
    let d = parse_page(
        "drive.html",
        "<html><head><title>Copy of statement draft v2</title></head><body>\
         <p class=\"title\"><span>Statement on the closure of the Velmar legal aid office</span></p>\
         <p>Velmar, 2 June 2021</p><p>We regret the decision of the ministry to close the office.</p></body></html>",
    );
    assert_eq!(
        value(&d.meta.title),
        Some("Statement on the closure of the Velmar legal aid office")
    );
}

/// A "From:" line is cut before a person only: a body's name with " and " or ", " in
/// it stays whole.
#[test]
fn a_from_line_keeps_a_body_name_with_and_or_a_comma() {
    for (line, want) in [
        (
            "Department of Justice and Constitutional Development",
            "Department of Justice and Constitutional Development",
        ),
        (
            "Ministry of Foreign Affairs, Trade and Development",
            "Ministry of Foreign Affairs, Trade and Development",
        ),
        (
            "Ministry of Foreign Affairs, Trade and Development and The Hon. Ada Lind",
            "Ministry of Foreign Affairs, Trade and Development",
        ),
        (
            "Ministry of Home Affairs and Jan Holm",
            "Ministry of Home Affairs",
        ),
        (
            "Westland Office for Trade and Lord Berg of Velmar",
            "Westland Office for Trade",
        ),
    ] {
        let page = format!(
            "<html><body><h1>Statement on the detention of lawyers in Velmar</h1>\
             <dl><dt>From:</dt><dd>{line}</dd><dt>Published:</dt><dd>3 April 2022</dd></dl>\
             <p>The ministry calls for the release of the lawyers held since March.</p></body></html>"
        );
        let d = parse_page("release.html", &page);
        assert_eq!(value(&d.meta.publisher), Some(want), "{line}");
    }
}

/// A site menu's "Live" item is no live blog's badge: the page's update is no day of
/// publication. A badge beside the headline is one.
#[test]
fn a_menu_live_item_is_no_live_badge() {
    let story = "<h1>Court rules on the Velmar protests</h1>\
         <p>The court ruled on Friday that the police had had no power under the public order law to close \
         the main square of Velmar to the protesters, and it ordered the city to reopen it.</p>\
         <p>Updated 21:10, Fri 5 May 2023</p><p>21:10 Police have closed the main square after a second night of protests.</p></body></html>";
    let menu = format!(
        "<html><head><title>Court rules on the Velmar protests | Westmark Daily</title></head><body>\
         <ul><li>News</li><li>Live</li><li>Sport</li><li>Opinion</li><li>Culture</li><li>Weather</li></ul>\
         <p>Home</p><p>World</p><p>Regions</p>{story}"
    );
    let d = parse_page("menu.html", &menu);
    assert_eq!(value(&d.meta.published), None);
    let badge = menu
        .replace("<li>Live</li>", "")
        .replace("<p>Regions</p>", "<p>Regions</p><div>LIVE</div>");
    let d = parse_page("badge.html", &badge);
    assert_eq!(value(&d.meta.published), Some("2023-05-05"));
}

/// A post's day is its own `post-date`, not the first one in the source: a sidebar's
/// Recent Posts widget lists other posts' days.
#[test]
fn a_sidebar_widget_post_date_is_no_posts_day() {
    for sidebar in [
        "<aside><ul><li><a href=\"/o\">Older note</a><span class=\"post-date\">January 4, 2019</span></li></ul></aside>",
        "<div class=\"widget widget_recent_entries\"><ul><li><a href=\"/o\">Older note</a><span class=\"post-date\">January 4, 2019</span></li></ul></div>",
    ] {
        let page = format!(
            "<html><head><title>On the new bail rules</title></head><body>{sidebar}\
             <div class=\"content\"><h1 class=\"entry-title\">On the new bail rules</h1><ul class=\"post-meta\">\
             <li class=\"post-author\"><a href=\"/a\">Ola Berg</a></li><li class=\"post-date\"><a href=\"/p\">March 9, 2020</a></li>\
             <li><a href=\"#c\">2 Comments</a></li></ul>\
             <div class=\"entry-content\"><p>The bail rules adopted last week change the position of defendants held before trial.</p></div></div></body></html>"
        );
        let d = parse_page("post.html", &page);
        assert_eq!(value(&d.meta.published), Some("2020-03-09"), "{sidebar}");
    }
}

/// A custom element's end tag (`</amp-sidebar>`) closes the element its start tag opened:
/// a side drawer dropped as chrome does not take the rest of the page with it.
#[test]
fn a_custom_elements_end_tag_closes_it() {
    let page = "<!doctype html><html amp lang=\"en\"><head><title>Dock strike ends after nine days | Harbour FM</title></head><body>\
         <amp-sidebar id=\"sidebar\" layout=\"nodisplay\"><ul><li><a href=\"/\">Home</a></li><li><a href=\"/news\">News</a></li></ul></amp-sidebar>\
         <article><h1>Dock strike ends after nine days</h1>\
         <p>Dock workers in Velmar went back to work on Monday after the port authority agreed to pay the wages owed since June.</p>\
         <amp-img src=\"/a.jpg\" width=\"8\" height=\"4\" alt=\"Workers at the gate\"></amp-img>\
         <p>The union said the agreement would be put to a vote of its members next week.</p></article></body></html>";
    let d = parse_page("amp.html", page);
    assert_eq!(
        value(&d.meta.title),
        Some("Dock strike ends after nine days")
    );
    assert!(d.text.contains("agreed to pay the wages"));
}

/// A web archive's capture names the archive in `og:site_name`: the archive hosts the
/// page, it never publishes it.
#[test]
fn a_web_archive_is_no_publisher() {
    let page = "<html><head><title>Court upholds ban on night raids | Office of the Attorney General</title>\
         <meta property=\"og:site_name\" content=\"archive.today\"></head><body>\
         <div>Saved from https://ag.example/news/raids search 3 Mar 2020 10:11:12 UTC</div>\
         <h1>Court upholds ban on night raids</h1><p>Posted: 28 February 2020</p>\
         <p>The Supreme Court on Thursday upheld the ban on police raids between 10 p.m. and 6 a.m. in the northern districts.</p>\
         <div>&copy; 2020 Office of the Attorney General</div></body></html>";
    let d = parse_page("capture.html", page);
    assert_ne!(value(&d.meta.publisher), Some("archive.today"));
}

/// A periodical's issue line with its month ("Issue 41 | March 2021") dates the issue.
#[test]
fn an_issue_line_with_its_month_dates_the_issue() {
    let text = "THE DEFENDER\n\nNewsletter of the Brenn Prisoners' Aid Society\n\nNo. 41 - March 2021\n\n\
                Visits to the Brenn county jail resumed in February after a year of closure. Our volunteers met 212 prisoners.\n";
    let d = parse_page("newsletter.txt", text);
    assert_eq!(value(&d.meta.published), Some("2021-03"));
}

/// A periodical "Published every Friday by the X" names its publisher.
#[test]
fn published_every_week_by_names_the_publisher() {
    let text = "THE WESTMARK OFFICIAL JOURNAL\n\nNo. 9   Friday, 4 June 2021\n\n\
                Published every Friday by the Office of the Cabinet Secretary\n\n\
                NOTICE No. 112\n\nThe Minister of the Interior appoints the members of the Prisons Board.\n";
    let d = parse_page("journal.txt", text);
    assert_eq!(
        value(&d.meta.publisher),
        Some("Office of the Cabinet Secretary")
    );
}

/// A page printed from a browser: the print header's title (past the webmail client's
/// name) is the title, the sender that is a body the publisher, not the print's day.
#[test]
fn a_browser_print_header_gives_the_title_and_a_senders_body_the_publisher() {
    let text = "3/14/24, 4:40 PM          Gmail - Alert: journalist detained in Osk\n\n\
                Gmail                                   Ana Berg <ana@example.com>\n\n\
                Alert: journalist detained in Osk\n1 message\n\n\
                Osk Press Freedom Centre <alerts@opfc.example.org>          Wed, Mar 13, 2024 at 9:02 AM\n\
                To: ana@example.com\n\n\
                Police in Osk detained the journalist Lev Marek on 12 March 2024 at his home.\n";
    let d = parse_page("print.txt", text);
    assert_eq!(
        value(&d.meta.title),
        Some("Alert: journalist detained in Osk")
    );
    assert_eq!(value(&d.meta.publisher), Some("Osk Press Freedom Centre"));
}

/// A UN agency's briefing note names its agency in the spokesperson line.
#[test]
fn a_briefing_notes_spokesperson_line_names_the_agency() {
    let text = "Floods displace 80,000 in the Sarne valley\n\n\
                This is a summary of what was said by Ines Moll, UNHCR spokesperson - to whom quoted text may be attributed - at today's press briefing at the Palais des Nations in Geneva.\n\n\
                GENEVA - Floods have displaced some 80,000 people in the Sarne valley since 2 May.\n";
    let d = parse_page("note.txt", text);
    assert_eq!(value(&d.meta.publisher), Some("UNHCR"));
}

/// A wiki's `<title>` "page_id [Wiki Name]" over the wiki's name in the header's `h1`: the
/// article's own `h1` is the title and the wiki the publisher; a publication's meta row
/// that opens with its day ("4 May 2021 · Region · Topics") dates it.
#[test]
fn a_wikis_bracketed_site_and_a_day_first_meta_row() {
    let page = "<html><head><title>cases:osk_evictions [Housing Rights Wiki]</title></head><body>\
         <div id=\"site_header\"><h1><a href=\"/\">Housing Rights Wiki</a></h1></div>\
         <div class=\"page\"><h1>Osk evictions (2020)</h1><p>The evictions in Osk began on 3 March 2020 when the city council ordered the clearance of the river bank.</p>\
         <h2>Court case</h2><p>The High Court halted the evictions on 20 March 2020.</p></div></body></html>";
    let d = parse_page("wiki.html", page);
    assert_eq!(value(&d.meta.title), Some("Osk evictions (2020)"));
    assert_eq!(value(&d.meta.publisher), Some("Housing Rights Wiki"));
    let page = "<html><head><title>Publications | Velmar Land Forum</title></head><body>\
         <div class=\"kicker\">Research report</div><h1>Water for Whom? Irrigation and Displacement in the Sarne Valley</h1>\
         <div class=\"meta\">4 May 2021 &middot; Sarne Valley &middot; Land, Water</div>\
         <p>This report documents the displacement of 1,200 families for the Sarne irrigation scheme.</p>\
         <footer>&copy; 2024 Velmar Land Forum</footer></body></html>";
    let d = parse_page("landing.html", page);
    assert_eq!(value(&d.meta.published), Some("2021-05-04"));
    // Review: a top bar's day beside the site's controls is today's, not the page's.
    let page = "<html><head><title>Velmar Land Forum</title></head><body>\
         <div class=\"topbar\">19 March 2024 | Login | Register</div>\
         <h1>Water for Whom? Irrigation and Displacement in the Sarne Valley</h1>\
         <p>This report documents the displacement of 1,200 families for the Sarne irrigation scheme.</p>\
         </body></html>";
    let d = parse_page("topbar.html", page);
    assert_ne!(value(&d.meta.published), Some("2024-03-19"));
}

/// A case cited in a wrapped line of a paper's prose is no caption.
#[test]
fn a_case_cited_in_prose_is_no_caption() {
    let text = "MINISTRY OF JUSTICE\n\nDISCUSSION PAPER\n\nReform of the Bail Act:\nPresumptions and Time Limits\n\n\
                Consultation opens:   6 March 2023\nConsultation closes:  5 May 2023\n\n\
                1. In 2021 the magistrates refused bail in 4,100 cases. The\n\
                High Court reversed 210 of those refusals, most recently in Osei v. Director of\n\
                Public Prosecutions (judgment of 2 December 2022).\n";
    let d = parse_page("paper.txt", text);
    assert_ne!(
        value(&d.meta.title).map(|t| t.contains(" v. ")),
        Some(true),
        "{:?}",
        value(&d.meta.title)
    );
}

/// A page shown on a platform (a professional network's article, a code host's
/// repository) is not the platform's: its `og:site_name` publishes nothing, and the code
/// host's "Platform - owner/repo: description" `<title>` is the description.
#[test]
fn a_platform_never_publishes_and_a_repository_title_is_its_description() {
    let d = parse_page(
        "post.html",
        "<html><head><title>Prison visits after the pandemic | LinkedIn</title>\
         <meta property=\"og:site_name\" content=\"LinkedIn\"></head><body><main><article>\
         <h1>Prison visits after the pandemic</h1><p>Published on 3 April 2023 by Ines Carrow</p>\
         <p>Visits to the prisons of Ostland have not returned to their level before 2020.</p>\
         </article></main><footer>&copy; 2023 LinkedIn Corporation</footer></body></html>",
    );
    assert_eq!(value(&d.meta.publisher), None);
    assert_eq!(
        value(&d.meta.title),
        Some("Prison visits after the pandemic")
    );
    let d = parse_page(
        "repo.html",
        "<html><head><title>GitLab - westmark-watch/evictions-db: Forced evictions in Westmark, 2015-2022</title>\
         <meta property=\"og:title\" content=\"GitLab - westmark-watch/evictions-db: Forced evictions in Westmark, 2015-2022\">\
         </head><body><div class=\"repo\"><h2>About</h2><p>Forced evictions in Westmark, 2015-2022</p>\
         <p>The table lists every eviction the Westmark Housing Watch recorded, with the district and the number of families.</p></div></body></html>",
    );
    assert_eq!(
        value(&d.meta.title),
        Some("Forced evictions in Westmark, 2015-2022")
    );
    assert_ne!(value(&d.meta.publisher), Some("GitLab"));
}

/// A wiki page titled "SPACE : PAGE" under a link to the space's index: the page's name
/// is the title, in the `<title>` and in the heading that repeats it.
#[test]
fn a_wiki_space_before_the_page_name_is_no_part_of_the_title() {
    let d = parse_page(
        "wiki.html",
        "<html><head><title>Field Unit : Visit to Harrow Road detention centre (May 2022)</title></head><body>\
         <div id=\"main\"><ol id=\"crumbs\"><li><a href=\"index.html\">Field Unit</a></li><li><a href=\"visits.html\">Visits</a></li></ol>\
         <h1 id=\"title-heading\"><span>Field Unit : Visit to Harrow Road detention centre (May 2022)</span></h1>\
         <div class=\"wiki-content\"><p>The team visited the centre on 12 May 2022 and met eleven detainees.</p></div></div></body></html>",
    );
    assert_eq!(
        value(&d.meta.title),
        Some("Visit to Harrow Road detention centre (May 2022)")
    );
}

/// A print view titled "Printer-friendly version" whose headline is an `h2`: the
/// headline is the title.
#[test]
fn a_print_view_takes_its_heading_for_its_title() {
    let d = parse_page(
        "print.html",
        "<html><head><title>Printer-friendly version</title></head><body>\
         <div class=\"print-top\"><p>Printed on 4 June 2021</p></div>\
         <h2 class=\"node-title\">Ministry opens two new shelters for victims of trafficking</h2>\
         <p>Date of publication: 1 June 2021</p><p>The two shelters will house forty people each.</p></body></html>",
    );
    assert_eq!(
        value(&d.meta.title),
        Some("Ministry opens two new shelters for victims of trafficking")
    );
}

/// A letter under its sender's letterhead with a "Re:" line beside the salutation: the
/// subject is the title, not the letterhead.
#[test]
fn a_letters_subject_line_is_its_title() {
    let d = parse_page(
        "letter.txt",
        "Westmark Tenants Association\n14 Canal Row, Westmark\n\n9 February 2022\n\n\
         The Mayor of Westmark\nCity Hall\n\nDear Mayor,\n\n\
         Re: Evictions from the Canal Row estate during the winter months\n\n\
         We write about the eviction of 38 families from the estate since November 2021.\n\n\
         Yours sincerely,\nAnna Brell\nChair\n",
    );
    assert_eq!(
        value(&d.meta.title),
        Some("Evictions from the Canal Row estate during the winter months")
    );
}

/// A data portal's page: a `<title>` that is the portal's name alone, the name carried by
/// the `alt` of the logo that links home, gives way to the dataset's heading; a `<meta>`
/// title joining the heading to the portal's name is the heading.
#[test]
fn a_portals_name_in_a_logos_alt_is_no_title() {
    let d = parse_page(
        "dataset.html",
        "<html><head><title>Westmark Data Hub</title></head><body>\
         <header><a class=\"brand\" href=\"/\"><img src=\"/brand.svg\" alt=\"Westmark Data Hub\"></a></header>\
         <main><h2 class=\"dataset-title\">Evictions by district and month, 2016-2021</h2>\
         <p>The number of evictions the courts of Westmark ordered, by district and month.</p></main></body></html>",
    );
    assert_eq!(
        value(&d.meta.title),
        Some("Evictions by district and month, 2016-2021")
    );
    let d = parse_page(
        "dataset2.html",
        "<html><head><title>Evictions by district, 2016-2021 - Dataset - Westmark Data Hub</title>\
         <meta property=\"og:title\" content=\"Evictions by district, 2016-2021 - Westmark Data Hub\"></head><body>\
         <header><a class=\"brand\" href=\"/\"><img src=\"/brand.svg\" alt=\"Westmark Data Hub\"></a></header>\
         <main><h1>Evictions by district, 2016-2021</h1>\
         <p>The number of evictions the courts of Westmark ordered, by district and month.</p></main></body></html>",
    );
    assert_eq!(
        value(&d.meta.title),
        Some("Evictions by district, 2016-2021")
    );
}

/// A site named by one word for its service ("Consultations") whose footer says whose
/// service it is ("Consultations – Westmark City Council"): the body is the publisher.
#[test]
fn a_services_body_publishes_not_the_service() {
    let d = parse_page(
        "consult.html",
        "<html><head><title>Consultation: New rules for street traders - Consultations</title></head><body>\
         <header><a class=\"logo\" href=\"/\">Consultations</a></header>\
         <main><h1>New rules for street traders</h1><p>Opened on 2 March 2022.</p>\
         <p>The council proposes to license every street trader and to fix the places they may use.</p></main>\
         <footer><p>Consultations &ndash; Westmark City Council</p></footer></body></html>",
    );
    assert_eq!(value(&d.meta.publisher), Some("Westmark City Council"));
}

/// A print view with no publisher but the ministry its logo's `alt` names above the
/// headline: the ministry publishes.
#[test]
fn a_logos_alt_above_the_headline_names_the_publisher() {
    let d = parse_page(
        "print2.html",
        "<html><head><title>Print</title></head><body>\
         <div class=\"print-top\"><img src=\"/img/crest.png\" alt=\"Ministry of Labour - Republic of Westmark\"></div>\
         <h2>Minimum wage to rise by eight per cent from January</h2>\
         <p>Date of publication: 3 November 2021</p><p>The new rate applies to every worker over eighteen.</p></body></html>",
    );
    assert_eq!(
        value(&d.meta.publisher),
        Some("Ministry of Labour - Republic of Westmark")
    );
}

/// A memorandum's "RE:" among its "TO:" / "FROM:" / "DATE:" lines, a letter's "Subject:"
/// run on to a second line over its salutation, and a letter's unlabelled subject alone
/// under "Dear ...,": the subject is the title when nothing else gave one.
#[test]
fn memo_and_letter_subjects_title_an_untitled_letter() {
    let d = parse_page(
        "memo.txt",
        "CONFIDENTIAL\n\nMEMORANDUM\n\nTO:     Steering Committee\nFROM:   Research Desk, Harbour Rights Clinic\n\
         DATE:   9 May 2022\nRE:     Whether to intervene in the appeal on the vagrancy ordinance\n\n\
         1. Summary\n\nWe advise that the Clinic seek leave to intervene.\n",
    );
    assert_eq!(
        value(&d.meta.title),
        Some("Whether to intervene in the appeal on the vagrancy ordinance")
    );
    let d = parse_page(
        "letter.txt",
        "Ref. 44/2020                               Lorn, 3 March 2020\n\nThe Director\nCentral Prison\nLorn\n\n\
         Subject: Access of lawyers to the isolation wing -\nrequest for a meeting\n\nDear Director,\n\n\
         We write about the visits our lawyers were refused in February.\n",
    );
    assert_eq!(
        value(&d.meta.title),
        Some("Access of lawyers to the isolation wing - request for a meeting")
    );
    // A labelled line under the subject is no run-on of it.
    let d = parse_page(
        "letter-cc.txt",
        "Ref. 45/2020                               Lorn, 4 March 2020\n\nThe Director\nCentral Prison\nLorn\n\n\
         Subject: Visits to the isolation wing\ncc: the Ombudsman\n\nDear Director,\n\n\
         We write again about the visits our lawyers were refused.\n",
    );
    assert_ne!(
        value(&d.meta.title),
        Some("Visits to the isolation wing cc: the Ombudsman")
    );
    let d = parse_page(
        "reply.txt",
        "Records Office\nDepartment of Corrections\n\nOur reference: R-2021-77\nDate: 2 June 2021\n\nDear Ms Obi,\n\n\
         Request for records: use of restraints in youth centres 2019-2020\n\n\
         Thank you for your request of 5 May 2021.\n",
    );
    assert_eq!(
        value(&d.meta.title),
        Some("Request for records: use of restraints in youth centres 2019-2020")
    );
    // No salutation and no memorandum block: a "Re:" line in a story is no title.
    let d = parse_page(
        "story.txt",
        "Re: the vote on Tuesday\n\nThe council met and argued for three hours about the budget for the year.\n",
    );
    assert_ne!(value(&d.meta.title), Some("the vote on Tuesday"));
}

/// A repository's full item record (DSpace): "dc.publisher", "dc.date.issued" (a year and
/// month) and "dc.coverage.temporal" rows give the item's publisher, day and period, not
/// the repository's name in its header.
#[test]
fn dublin_core_rows_of_a_repository_record() {
    let d = parse_page(
        "item.html",
        "<html><head><title>Land Disputes in Vora, 2015-2019 | Example University Repository</title></head><body>\
         <div id=\"header\"><a href=\"/\">Example University Repository</a></div>\
         <h2>Land Disputes in Vora, 2015-2019</h2><table>\
         <tr><td>dc.contributor.author</td><td>Mensah, Ama</td><td>en</td></tr>\
         <tr><td>dc.coverage.temporal</td><td>2015-2019</td><td>en</td></tr>\
         <tr><td>dc.date.accessioned</td><td>2021-02-01T09:00:00Z</td><td></td></tr>\
         <tr><td>dc.date.issued</td><td>2020-11</td><td></td></tr>\
         <tr><td>dc.publisher</td><td>Vora Land Rights Network</td><td>en</td></tr>\
         <tr><td>dc.title</td><td>Land Disputes in Vora, 2015-2019</td><td>en</td></tr>\
         </table><p>Example University Repository, 2021.</p></body></html>",
    );
    assert_eq!(value(&d.meta.publisher), Some("Vora Land Rights Network"));
    assert_eq!(value(&d.meta.published), Some("2020-11"));
    let p = d
        .meta
        .period
        .as_ref()
        .map(|p| (p.value.start.clone(), p.value.end.clone()));
    assert_eq!(
        p,
        Some(("2015-01-01".to_string(), "2019-12-31".to_string()))
    );
}

/// A MultiMarkdown block's "Author:" under its "Title:" that names a body publishes; a
/// notebook's italic "*Prepared by the X · DAY*" names its issuer; a person never does.
#[test]
fn metadata_block_author_and_prepared_by_with_a_day() {
    let d = parse_page(
        "mmd.md",
        "Title: Water Cut-offs in Sela: Report 2021\nAuthor: Sela Water Rights Coalition\nDate: 2022-01-20\n\n# Summary\n\nThe utility cut off 900 homes.\n",
    );
    assert_eq!(
        value(&d.meta.publisher),
        Some("Sela Water Rights Coalition")
    );
    let d = parse_page(
        "mmd2.md",
        "Title: Notes on the hearing\nAuthor: Jo Lind\nDate: 2022-01-20\n\n# Notes\n\nThe hearing was adjourned.\n",
    );
    assert_eq!(value(&d.meta.publisher), None);
    // A person with an affiliation: no publisher from the author line.
    let d = parse_page(
        "mmd3.md",
        "Title: Notes on the hearing\nAuthor: Jo Lind, Institute for Court Studies\nDate: 2022-01-20\n\n# Notes\n\nThe hearing was adjourned.\n",
    );
    assert_ne!(
        value(&d.meta.publisher),
        Some("Jo Lind, Institute for Court Studies")
    );
    let d = parse_page(
        "nb.md",
        "# Bail refusals in Arn: a look at the data\n\n*Prepared by the Arn Court Watch Data Unit · 3 May 2022*\n\nWe read the records.\n",
    );
    assert_eq!(value(&d.meta.publisher), Some("Arn Court Watch Data Unit"));
}

/// A thread unrolled by a platform ("Thread by @handle on Thread Reader App"): the
/// platform is neither the publisher nor part of the title.
#[test]
fn a_thread_unrolled_by_a_platform() {
    let d = parse_page(
        "thread.html",
        "<html><head><title>Thread by @kofi_law on Thread Reader App – Thread Reader App</title>\
         <meta property=\"og:site_name\" content=\"Thread Reader App\"></head><body>\
         <h3>Kofi Mensah</h3><p>1/ The court ruled this morning on the eviction case. A thread.</p>\
         <p>2/ The judges held that the notice was too short.</p></body></html>",
    );
    assert_eq!(value(&d.meta.title), Some("Thread by @kofi_law"));
    assert_eq!(value(&d.meta.publisher), None);
    // A title about a platform keeps its platform.
    let d = parse_page(
        "statement.html",
        "<html><head><title>Statement by Westland Rights Watch on Telegram</title></head><body>\
         <p>The ministry blocked the messaging service on 2 May. We call for the block to be lifted.</p>\
         </body></html>",
    );
    assert_eq!(
        value(&d.meta.title),
        Some("Statement by Westland Rights Watch on Telegram")
    );
}

/// Session 34 (meta33): a repository's `<meta>` day that is a month alone ("2019-05")
/// dates the record, not the deposit day in its table.
#[test]
fn a_repository_month_in_meta_dates_the_record() {
    let d = parse_page(
        "eprint.html",
        "<html><head><title>Bail in the islands: a study of case files</title>\
         <meta name=\"DC.date\" content=\"2019-05\"></head><body>\
         <h1>Bail in the islands: a study of case files</h1><p>The study reads 90 files.</p>\
         <table><tr><th>Date Deposited:</th><td>30 Jul 2019 10:14</td></tr></table></body></html>",
    );
    assert_eq!(value(&d.meta.published), Some("2019-05"));
}

/// A byline that names the writer and then "Published DAY · Updated DAY" on one line is
/// dated by the day of publication; a host's "NAME Published on DAY" names its owner.
#[test]
fn published_after_a_name_on_its_line() {
    let d = parse_page(
        "story.html",
        "<html><head><title>Council evicts families from riverside camp</title></head><body>\
         <h1>Council evicts families from riverside camp</h1>\
         <p>By Ana Dvor Published 3 June 2021 · Updated 9 June 2021</p>\
         <p>The council evicted about forty families on Thursday morning.</p></body></html>",
    );
    assert_eq!(value(&d.meta.published), Some("2021-06-03"));
    assert_eq!(value(&d.meta.publisher), None);
    let d = parse_page(
        "hosted.html",
        "<html><head><title>Annual Report 2022 by Tessel Legal Aid Centre - Issuu</title>\
         <meta property=\"og:site_name\" content=\"Issuu\"></head><body>\
         <h1>Annual Report 2022</h1><p>Tessel Legal Aid Centre Published on Mar 14, 2023</p>\
         <p>Our work in 2022: 4,000 people advised.</p></body></html>",
    );
    assert_eq!(value(&d.meta.published), Some("2023-03-14"));
    assert_eq!(value(&d.meta.publisher), Some("Tessel Legal Aid Centre"));
}

/// An aggregator's "Originally published" day outranks its own "Posted" day above it.
#[test]
fn originally_published_outranks_posted() {
    let d = parse_page(
        "sitrep.txt",
        "Flash Update No. 3 - Floods in the north\n\nSource: Example Humanitarian Office\n\nPosted: 16 Aug 2023\n\nOriginally published: 15 Aug 2023\n\nAbout 9,000 people have left their homes since the floods began.\n",
    );
    assert_eq!(value(&d.meta.published), Some("2023-08-15"));
}

/// A span of years at a title's end or before its subtitle is the period it covers.
#[test]
fn a_title_span_of_years_is_the_period() {
    let d = parse_page(
        "deaths.md",
        "# Deaths in Immigration Detention in Tessel, 2017-2022: A Dataset\n\nThe dataset lists 57 deaths.\n",
    );
    assert_eq!(period_of(&d), Some(("2017-01-01", "2022-12-31")));
    let d = parse_page(
        "news.md",
        "# Court jails three activists for 2019-2022 protests\n\nThe court sentenced three activists.\n",
    );
    assert_eq!(period_of(&d), None);
}

/// A gazette's state on the line under its name ("OF THE REPUBLIC OF ...") publishes it.
#[test]
fn a_gazette_state_under_its_name() {
    let d = parse_page(
        "gazette.txt",
        "GOVERNMENT GAZETTE\nOF THE REPUBLIC OF TESSEL\nPublished by Authority\n\nVol. 58    NORTHPORT, FRIDAY, 14 OCTOBER 2022    No. 2217\n\nGOVERNMENT NOTICE No. 1043\n\nThe Minister makes the following Rules.\n",
    );
    assert_eq!(value(&d.meta.publisher), Some("Republic of Tessel"));
}

/// A case number alone, and a document's kind alone ("TERMS OF REFERENCE"), are never a
/// title.
#[test]
fn kind_and_case_number_lines_are_no_titles() {
    let d = parse_page(
        "transcript.txt",
        "                                   Case No. CR-2022-0418\n\nIN THE HIGH COURT OF TESSEL\n\nThursday, 4 May 2023\n\nTHE STATE\n\n-v-\n\nJON DORN\n\nTRANSCRIPT OF PROCEEDINGS\n\nTHE JUDGE: Good morning.\n",
    );
    assert_ne!(value(&d.meta.title), Some("Case No. CR-2022-0418"));
    let d = parse_page(
        "tor.txt",
        "TERMS OF REFERENCE\n\nConsultancy: Baseline study on legal aid in Tessel\n\nOrganisation: Tessel Women Lawyers' Association\nDate of issue: 3 June 2024\n\n1. Background\n\nThe Association runs clinics.\n",
    );
    assert_ne!(value(&d.meta.title), Some("TERMS OF REFERENCE"));
}

/// A cover's short title over its subtitle, printed again joined by a colon in the
/// imprint: the two lines are the title.
#[test]
fn a_cover_title_repeated_in_the_imprint() {
    let d = parse_page(
        "cover.txt",
        "CENTRE FOR CIVIC FREEDOMS TESSEL\n\nUnder Watch\nSurveillance of human rights defenders in Tessel\n\nUnder Watch: Surveillance of human rights defenders in Tessel. (c) Centre for Civic Freedoms Tessel, 2023.\n\nSummary\n\nIn 2022 the Centre documented 96 cases.\n",
    );
    assert_eq!(
        value(&d.meta.title),
        Some("Under Watch: Surveillance of human rights defenders in Tessel")
    );
}

/// A page's JSON-LD node of the work (a `Report`, a `VideoObject`), found by its keys:
/// its name, day, publisher (or an author that names a body) and `temporalCoverage` fill
/// what no `<meta>` gives; a person as author publishes nothing.
#[test]
fn json_ld_work_nodes_fill_empty_fields() {
    let d = parse_page(
        "report.html",
        r#"<html><head><title>Reports - Tessel Housing Centre</title>
<script type="application/ld+json">{"@context": "https://schema.org", "@type": "Report", "name": "Evicted: Forced evictions in Tessel", "datePublished": "2022-06-21", "temporalCoverage": "2019-01/2021-12", "publisher": {"@type": "Organization", "name": "Tessel Housing Centre"}}</script>
</head><body><h2>Evicted</h2><p>Between 2019 and 2021 the authorities demolished the homes of 14,300 people.</p></body></html>"#,
    );
    assert_eq!(
        value(&d.meta.title),
        Some("Evicted: Forced evictions in Tessel")
    );
    assert_eq!(value(&d.meta.publisher), Some("Tessel Housing Centre"));
    assert_eq!(value(&d.meta.published), Some("2022-06-21"));
    assert_eq!(period_of(&d), Some(("2019-01-01", "2021-12-31")));
    let d = parse_page(
        "video.html",
        r#"<html><head><title>Policing protest in Tessel on Vimeo</title>
<meta property="og:title" content="Policing protest in Tessel">
<script type="application/ld+json">{"@type": "VideoObject", "name": "Policing protest in Tessel", "uploadDate": "2022-05-10T14:02:11-04:00", "author": {"@type": "Person", "name": "Coastal Rights Clinic"}}</script>
</head><body><h1>Policing protest in Tessel</h1><p>A talk given on 3 May 2022.</p></body></html>"#,
    );
    assert_eq!(value(&d.meta.publisher), Some("Coastal Rights Clinic"));
    assert_eq!(value(&d.meta.published), Some("2022-05-10"));
    let d = parse_page(
        "story.html",
        r#"<html><head><script type="application/ld+json">{"@type": "NewsArticle", "headline": "Court frees three activists", "datePublished": "2021-03-02", "author": {"@type": "Person", "name": "Ana Ruiz"}}</script>
</head><body><h1>Court frees three activists</h1><p>The court freed them.</p></body></html>"#,
    );
    assert_ne!(value(&d.meta.publisher), Some("Ana Ruiz"));
    // (The node was read: its day is the page's.)
    assert_eq!(value(&d.meta.published), Some("2021-03-02"));
}

/// A newsroom's JSON-LD, a list of stories or an array of them, gives the page no story's
/// headline or day, unless one story is the page's own (`mainEntityOfPage`); its values
/// are decoded like a `<title>`.
#[test]
fn json_ld_of_a_newsroom_is_no_story() {
    let list = r#"<html><head><title>Newsroom | Tessel Rights Watch</title>
<script type="application/ld+json">{"@context": "https://schema.org", "@type": "ItemList", "itemListElement": [{"@type": "ListItem", "position": 1, "item": {"@type": "NewsArticle", "headline": "Court frees three activists", "datePublished": "2021-03-02", "publisher": {"@type": "Organization", "name": "Tessel Rights Watch"}}}]}</script>
</head><body><p>Latest news from Tessel Rights Watch.</p></body></html>"#;
    let d = parse_page("newsroom.html", list);
    assert_ne!(value(&d.meta.title), Some("Court frees three activists"));
    assert_ne!(value(&d.meta.published), Some("2021-03-02"));
    let array = r#"<html><head><title>Newsroom | Tessel Rights Watch</title>
<script type="application/ld+json">[{"@type": "NewsArticle", "headline": "Court frees three activists", "datePublished": "2021-03-02", "publisher": "Tessel Rights Watch"}, {"@type": "NewsArticle", "headline": "Prison visits resume", "datePublished": "2021-02-11", "publisher": "Tessel Rights Watch"}]</script>
</head><body><p>Latest news from Tessel Rights Watch.</p></body></html>"#;
    let d = parse_page("newsroom.html", array);
    assert_ne!(value(&d.meta.title), Some("Court frees three activists"));
    assert_ne!(value(&d.meta.published), Some("2021-03-02"));
    let own = r#"<html><head>
<script type="application/ld+json">[{"@type": "NewsArticle", "headline": "Tessel&#8217;s prisons &amp; jails", "datePublished": "2021-03-02", "mainEntityOfPage": "https://example.org/news/prisons"}, {"@type": "NewsArticle", "headline": "Prison visits resume", "datePublished": "2021-02-11"}]</script>
</head><body><p>The ministry counted 41 people on death row.</p></body></html>"#;
    let d = parse_page("story.html", own);
    assert_eq!(
        value(&d.meta.title),
        Some("Tessel\u{2019}s prisons & jails")
    );
    assert_eq!(value(&d.meta.published), Some("2021-03-02"));
}

/// An affidavit's jurat dates it, its words broken over lines beside a bracket column;
/// a court file number line is no title.
#[test]
fn an_affidavit_jurat_dates_it() {
    let d = parse_page(
        "affidavit.txt",
        "                                         Court File No. CV-18-00612\n\n                SUPERIOR COURT OF JUSTICE\n\n                    AFFIDAVIT OF JO PELL\n\nI, Jo Pell, MAKE OATH AND SAY:\n\n1.  The Applicant was detained on 14 August 2017.\n\nSWORN BEFORE ME at the City of     )\nTessel, in the Province of         )\nNorth, this 11th day of March,     )      ____________________\n2019.                              )           JO PELL\n___________________________        )\nA Commissioner for Taking Affidavits\n",
    );
    assert_eq!(value(&d.meta.published), Some("2019-03-11"));
    assert_ne!(value(&d.meta.title), Some("Court File No. CV-18-00612"));
}

/// A line that opens "Affirmed", "Sworn" or "Declared" with "on DATE" is no jurat without
/// a jurat's frame ("before me", "this ... day of", "sworn at PLACE"): a judgment affirmed
/// in an annex, a president sworn in, do not date the document.
#[test]
fn affirmed_and_sworn_in_are_no_jurat() {
    let d = parse_page(
        "brief.txt",
        "BRIEFING ON THE TESSEL DEATH ROW\n\nThe Tessel Prison Monitoring Network counted 41 people on death row.\n\nANNEX: CASES\n\n1. Ana Ruiz was sentenced to death by the High Court of Tessel.\nAffirmed by the Court of Appeal on 4 June 2018.\n2. Jo Pell was pardoned by the new president.\nSworn in as President on 29 May 2023.\n",
    );
    assert_ne!(value(&d.meta.published), Some("2018-06-04"));
    assert_ne!(value(&d.meta.published), Some("2023-05-29"));
    let d = parse_page(
        "declaration.txt",
        "STATUTORY DECLARATION OF ANA RUIZ\n\nI, Ana Ruiz, solemnly declare that I was held at Tessel Central Prison.\n\nDeclared at Tessel this 5th day of June 2018\n\nBefore me: Jo Pell, Commissioner for Oaths\n",
    );
    assert_eq!(value(&d.meta.published), Some("2018-06-05"));
}

/// A report's body saying which months it covers ("covers events between April 2020 and
/// March 2021"), and a title ending in a span of months, give the period.
#[test]
fn periods_of_months_in_a_body_and_a_title() {
    let d = parse_page(
        "annual.txt",
        "ANNUAL REPORT\nof the Prisons Ombudsman\n\nFOREWORD\n\nThis report covers events between April 2020 and March 2021, the first full\nyear under the restrictions.\n",
    );
    assert_eq!(period_of(&d), Some(("2020-04-01", "2021-03-31")));
    let d = parse_page(
        "monitoring.md",
        "# Tessel: Protection Monitoring Report, January - March 2022\n\nMonitors recorded 1,204 incidents.\n",
    );
    assert_eq!(period_of(&d), Some(("2022-01-01", "2022-03-31")));
}

/// Org-mode keywords ("#+TITLE:", "#+DATE: <...>") and an AsciiDoc header ("= Title",
/// the revision line "v1.1, DAY") are the document's own labels.
#[test]
fn org_and_asciidoc_headers() {
    let d = parse_page(
        "notes.org",
        "#+TITLE: Monitoring visit to Tessel prison: field notes\n#+AUTHOR: Tessel Prison Monitoring Network\n#+DATE: <2023-02-14 Tue>\n#+OPTIONS: toc:nil\n\n* Summary\nThe team visited the prison on 7 and 8 February 2023.\n",
    );
    assert_eq!(
        value(&d.meta.title),
        Some("Monitoring visit to Tessel prison: field notes")
    );
    assert_eq!(value(&d.meta.published), Some("2023-02-14"));
    let d = parse_page(
        "review.adoc",
        "= Digital Rights in Tessel: Annual Review 2021\nTessel Digital Freedom Lab <contact@example.org>\nv1.1, 2022-03-29\n:doctype: book\n\n== Summary\n\nIn 2021 the authorities shut down mobile internet for 57 days.\n",
    );
    assert_eq!(
        value(&d.meta.title),
        Some("Digital Rights in Tessel: Annual Review 2021")
    );
    assert_eq!(value(&d.meta.published), Some("2022-03-29"));
}

/// A line "= text" is an AsciiDoc title only as a document's first line with words, and
/// with a word of letters after the "=": a tally ("= 1,234 executions") or a line under
/// others is no title.
#[test]
fn an_equals_line_is_a_title_only_at_the_head() {
    let d = parse_page(
        "tally.txt",
        "= 1,234 executions\n\nThe Tessel Prison Monitoring Network counted them between 2010 and 2020.\n",
    );
    assert_ne!(value(&d.meta.title), Some("1,234 executions"));
    let d = parse_page(
        "log.txt",
        "Tessel prison visits\nVisits in March\n= Cells inspected in the east wing\n\nThe monitors inspected 40 cells.\n",
    );
    assert_ne!(
        value(&d.meta.title),
        Some("Cells inspected in the east wing")
    );
    let d = parse_page(
        "review.txt",
        "= Digital Rights in Tessel\n\nIn 2021 the authorities shut down mobile internet for 57 days.\n",
    );
    assert_eq!(value(&d.meta.title), Some("Digital Rights in Tessel"));
}

/// A newsletter's line naming its body ends where the issue's cells begin.
#[test]
fn a_newsletter_body_line_ends_at_the_issue_cells() {
    let d = parse_page(
        "newsletter.txt",
        "INSIDE DETENTION\nThe newsletter of the Tessel Detention Visitors Network | Issue 12 | Autumn 2020\n\nRecord numbers held\n\nThe centre held 212 people on 30 September 2020.\n",
    );
    assert_eq!(
        value(&d.meta.publisher),
        Some("Tessel Detention Visitors Network")
    );
}

/// A release's embargo line at its head dates it when nothing else does.
#[test]
fn an_embargo_line_at_the_head_dates_a_release() {
    let d = parse_page(
        "release.html",
        "<html><head><title>Press releases | Tessel Prison Reform Alliance</title></head><body><p><strong>EMBARGOED UNTIL 00:01 BST, THURSDAY 9 SEPTEMBER 2021</strong></p><p>PRESS RELEASE</p><h2>Solitary confinement of children has doubled since 2018</h2><p>Children spent 41,200 days in solitary confinement in 2020, the Alliance said.</p></body></html>",
    );
    assert_eq!(value(&d.meta.published), Some("2021-09-09"));
}

/// An English transcript's caption over three lines, "R" / "-v-" / "NAME": the title, and
/// the court it names heads it.
#[test]
fn a_dashed_caption_of_the_crown() {
    let d = parse_page(
        "remarks.txt",
        "                                                 Case No: T20217741\nIN THE CROWN COURT AT TESSEL\n                                                 Tuesday, 8 June 2021\n\n                              Before:\n\n                    HIS HONOUR JUDGE ALDOUS\n\n                                 R\n\n                                -v-\n\n                          DANIEL MERCER\n\n                       SENTENCING REMARKS\n\nJUDGE ALDOUS:\n\n1.   Daniel Mercer, on 2 March 2021 you were convicted by the jury of assault.\n",
    );
    assert_eq!(value(&d.meta.title), Some("R v. DANIEL MERCER"));
}

/// A sworn statement's heading naming its maker is its title when no caption is read.
#[test]
fn an_affidavit_heading_is_the_title_without_a_caption() {
    let d = parse_page(
        "affidavit.txt",
        "                                         Court File No. CV-18-00612\n\n                SUPERIOR COURT OF JUSTICE\n\nB E T W E E N:\n\n                 AMARA NWOSU\n                                          Applicant\n\n                  - and -\n\n     THE ATTORNEY GENERAL OF TESSEL and\n     THE WARDEN OF NORTH DETENTION CENTRE\n                                          Respondents\n\n                    AFFIDAVIT OF JO PELL\n\nI, Jo Pell, MAKE OATH AND SAY:\n\n1.  The Applicant was detained on 14 August 2017.\n",
    );
    assert_eq!(value(&d.meta.title), Some("AFFIDAVIT OF JO PELL"));
}

/// A release sent as a mail: the document type's label before the subject is the mail's
/// kind, not the headline's words.
#[test]
fn a_doctype_label_before_a_mails_subject_is_no_title() {
    let d = parse_page(
        "release.txt",
        "From: Media Unit <media@example.org>\nSent: Tuesday, 4 October 2022 09:15\nTo: desk@example.com\nSubject: MEDIA RELEASE: Court frees the lawyer Ana Pell after five months\n\nTessel, 4 October 2022 - The regional court today ordered the release of Ana Pell.\n",
    );
    assert_eq!(
        value(&d.meta.title),
        Some("Court frees the lawyer Ana Pell after five months")
    );
}

/// A dataset page's Markdown table of fields: the publisher's cell, without the bar.
#[test]
fn a_publisher_in_a_markdown_table_cell() {
    let d = parse_page(
        "dataset.md",
        "# Arrests of journalists in Tessel: a dataset, 2015-2022\n\n| Field | Value |\n| --- | --- |\n| Publisher | Tessel Press Freedom Centre |\n| Published | 2023-04-03 |\n\n## About\n\nThe dataset records 217 arrests.\n",
    );
    assert_eq!(
        value(&d.meta.publisher),
        Some("Tessel Press Freedom Centre")
    );
}

/// A statistics bulletin's "Reference period:" row is the period covered.
#[test]
fn a_bulletins_reference_period() {
    let d = parse_page(
        "bulletin.txt",
        "Statistical bulletin\n\nPrisoners in Tessel: April to June 2022\n\nRelease date: 28 July 2022\nNext release: 27 October 2022\nReference period: April to June 2022\n\nThe prison population was 4,218 on 30 June 2022.\n",
    );
    let period = d
        .meta
        .period
        .as_ref()
        .map(|p| (p.value.start.as_str(), p.value.end.as_str()));
    assert_eq!(period, Some(("2022-04-01", "2022-06-30")));
}

/// A `<title>` that joins the headline to a site's name made of two parts ("Hansard - UK
/// Parliament", as `og:site_name` gives it): the headline.
#[test]
fn a_site_name_of_two_parts_leaves_the_title() {
    let d = parse_page(
        "sitting.html",
        "<html><head><title>Detention of Children - Hansard - Tessel Parliament</title><meta property=\"og:site_name\" content=\"Hansard - Tessel Parliament\"></head><body><div>Upper Chamber</div><h1>Detention of Children</h1><div>Volume 81: debated on Wednesday 8 September 2021</div><p>To ask the Government how many children were detained in 2020.</p><p>&copy; Tessel Parliament 2021</p></body></html>",
    );
    assert_eq!(value(&d.meta.title), Some("Detention of Children"));
}

/// A committee report's cover whose only day is the order to print it.
#[test]
fn an_order_to_print_dates_a_committee_report() {
    let d = parse_page(
        "committee.txt",
        "House of Assembly\nJustice Committee\n\nPrison overcrowding in Tessel\n\nSecond Report of Session 2020-21\n\nReport, together with formal minutes relating to the report\n\nOrdered by the House of Assembly to be printed 12 May 2021\n\nHA 404\n\nSummary\n\nThe prisons of Tessel held 4,100 people in places for 2,900.\n",
    );
    assert_eq!(value(&d.meta.published), Some("2021-05-12"));
}

/// A PDF cover's authors under the title are a line of their own, not the title's end.
#[test]
fn a_covers_authors_are_not_joined_to_its_title() {
    let layout = dossier_ingest::pdf::layout::clean(&[
        "Working Paper No. 3 | May 2022\n\nWaiting for Justice: Pre-trial Delay in\nTessel's Criminal Courts, 2015-2020\nJo Pell and Ruth Abebe\n\nTessel Institute for Justice Studies\n",
        "Abstract\nThis paper uses court records from 2015 to 2020 to estimate how long defendants wait.\n",
    ]);
    assert!(
        layout.text.contains("2015-2020\nJo Pell and Ruth Abebe"),
        "{}",
        layout.text
    );
}

/// A mail's signature, a body's name beside its web address, above the list's
/// unsubscribe note: the publisher.
#[test]
fn a_mails_signature_above_its_unsubscribe_note_publishes() {
    let d = parse_page(
        "release.txt",
        "From: Media Unit <media@example.org>\nSent: Tuesday, 4 October 2022 09:15\nSubject: Court frees the lawyer Ana Pell after five months\n\nTessel, 4 October 2022 - The regional court today ordered the release of Ana Pell.\n\n--\nTessel Lawyers Association | 12 Orchard Lane, Tessel | www.tla.example.org\nTo unsubscribe from these mailings, reply with UNSUBSCRIBE.\n",
    );
    assert_eq!(value(&d.meta.publisher), Some("Tessel Lawyers Association"));
}

/// A cover's span of days alone on its line ("1 July 2020 - 30 June 2021") is the period
/// it covers, never a dateline's day: the month under it dates the report.
#[test]
fn a_covers_span_of_days_is_no_dateline() {
    let d = parse_page(
        "annual.txt",
        "          TESSEL HUMAN RIGHTS COMMISSION\n\n\n                  ANNUAL REPORT\n\n            1 July 2020 - 30 June 2021\n\n\n     Presented to Parliament pursuant to section 42 of the Act\n\n                  October 2021\n\n\nCONTENTS\n\n1. Complaints received\n\nThe Commission received 3,914 complaints in the year ending 30 June 2021.\n",
    );
    assert_eq!(value(&d.meta.published), Some("2021-10"));
}

/// A cover's title over its authors' names on the next line: the title alone.
#[test]
fn a_covers_title_over_its_authors() {
    let d = parse_page(
        "paper.txt",
        "Working Paper No. 3 | May 2022\n\nWaiting for Justice: Pre-trial Delay in Tessel's Criminal Courts, 2015-2020\nJo Pell and Ruth Abebe\n\nAbstract\nThis paper uses court records from 2015 to 2020 to estimate how long defendants wait.\n",
    );
    assert_eq!(
        value(&d.meta.title),
        Some("Waiting for Justice: Pre-trial Delay in Tessel's Criminal Courts, 2015-2020")
    );
}

/// A treaty body's concluding observations: the title carries a footnote mark, the
/// footnote (the session it was adopted at) stands under it, and the body opens on a
/// lettered chapter ("A. Introduction") before its first numbered paragraph: the title
/// is the line with the mark, never the chapter's heading.
#[test]
fn concluding_observations_over_a_lettered_introduction_keep_their_title() {
    let d = parse_page(
        "co.txt",
        "                                                   CRC/C/KST/CO/2\n\
         United Nations\n\
         Convention on the Rights of the Child              Distr.: General\n\
         \x20                                                  9 February 2022\n\n\
         Committee on the Rights of the Child\n\n\
         \x20      Concluding observations on the second report of Kestland*\n\n\
         \x20 * Adopted by the Committee at its eighty-ninth session (17 January-4 February 2022).\n\n\
         A. Introduction\n\n\
         1. The Committee considered the second report of Kestland at its 2570th and 2571st\n\
         meetings, held on 20 and 21 January 2022, and adopted the present concluding observations.\n",
    );
    assert_eq!(
        value(&d.meta.title),
        Some("Concluding observations on the second report of Kestland")
    );
}

/// A parliament's question paper: its number, "TO BE ANSWERED ON" a day (a second
/// calendar's day after the slash, or a dotted day), then the subject on a line of its
/// own: the subject is the title (not the chamber's name above), the answering day the
/// day of publication.
#[test]
fn a_question_papers_subject_and_answering_day_title_and_date_it() {
    let d = parse_page(
        "usq.txt",
        "GOVERNMENT OF EXAMPLIA\nMINISTRY OF LAW AND JUSTICE\n\nHOUSE OF THE PEOPLE\n\n\
         UNSTARRED QUESTION NO. 845\n\
         TO BE ANSWERED ON THE 3RD AUGUST, 2022 / SRAVANA 12, 1944 (SAKA)\n\n\
         LEGAL AID FOR UNDERTRIAL PRISONERS\n\n\
         845. SHRI A. B. MEMBER:\n\n\
         Will the Minister of LAW AND JUSTICE be pleased to state the number of legal aid clinics?\n\n\
         ANSWER\n\nThe number of clinics is given in the annexure.\n",
    );
    assert_eq!(
        value(&d.meta.title),
        Some("Legal Aid for Undertrial Prisoners")
    );
    assert_eq!(value(&d.meta.published), Some("2022-08-03"));
    let d = parse_page(
        "sq.txt",
        "COUNCIL OF STATES\nSTARRED QUESTION NO. 61\nANSWERED ON 09.12.2021\n\n\
         Overcrowding in district jails\n\n\
         61. Shri C. D. Member asked the Minister whether jails are overcrowded.\n",
    );
    assert_eq!(value(&d.meta.title), Some("Overcrowding in district jails"));
    assert_eq!(value(&d.meta.published), Some("2021-12-09"));
}

/// A judgment whose day stands only at its foot, the seat over it under the judges'
/// names ("CAPITAL CITY;" / "MARCH 14, 2023."), or both on one line: that day is the
/// judgment's; a day in the body is not.
#[test]
fn a_judgments_seat_and_day_at_its_foot_date_it() {
    let body = "IN THE HIGH COURT OF EXAMPLIA\n\nCRIMINAL APPEAL NO. 77 OF 2020\n\n\
                RAVI KUMAR                    ...APPELLANT\n\nVERSUS\n\n\
                STATE OF NORTHLAND            ...RESPONDENT\n\nJ U D G M E N T\n\n\
                1. The appellant was convicted on 11.02.2019 and the appeal was admitted on 3 March 2020.\n\n\
                2. For the reasons we have given, the appeal is allowed and the conviction is set aside.\n\n\
                ...............................J.\n(A. JUDGE)\n\n...............................J.\n(B. JUDGE)\n\n";
    let d = parse_page("foot.txt", &format!("{body}PORT ROYAL;\nMARCH 14, 2023.\n"));
    assert_eq!(value(&d.meta.published), Some("2023-03-14"));
    assert_eq!(
        d.meta.published.as_ref().map(|p| p.rule.as_str()),
        Some("judgment_foot_day")
    );
    let d = parse_page("foot1.txt", &format!("{body}Port Royal; 14 March 2023.\n"));
    assert_eq!(value(&d.meta.published), Some("2023-03-14"));
    // A day alone at the foot under a line that is no seat dates nothing by this rule.
    let d = parse_page(
        "foot2.txt",
        &format!("{body}Copy sent to the parties\n14 March 2023\n"),
    );
    assert_ne!(
        d.meta.published.as_ref().map(|p| p.rule.as_str()),
        Some("judgment_foot_day")
    );
}

/// A news page whose only day is its byline's `<time datetime>`, shown as "2 days ago":
/// the day of publication; the days of a sidebar's list under it are not. A `<time>` in a
/// sidebar alone dates nothing.
#[test]
fn a_bylines_time_element_dates_a_page_that_shows_a_relative_day() {
    let d = parse_page(
        "story.html",
        "<html><head><title>Court frees two journalists | The Example Ledger</title></head><body>\
         <main><article><h1>Court frees two journalists</h1>\
         <div class=\"meta\"><span>By A. Writer</span> <time datetime=\"2022-10-04T07:15:00Z\">2 days ago</time></div>\
         <p>The court ordered the release of two reporters held since the spring, their lawyers said.</p>\
         </article><aside><ul><li><a href=\"/x\">Other story</a> <time datetime=\"2022-10-05T10:00:00Z\">1 day ago</time></li></ul></aside>\
         </main></body></html>",
    );
    assert_eq!(value(&d.meta.published), Some("2022-10-04"));
    let d = parse_page(
        "story2.html",
        "<html><head><title>Court frees two journalists | The Example Ledger</title></head><body>\
         <main><article><h1>Court frees two journalists</h1>\
         <p>The court ordered the release of two reporters held since the spring, their lawyers said.</p>\
         </article><aside><ul><li><a href=\"/x\">Other story</a> <time datetime=\"2022-10-05T10:00:00Z\">1 day ago</time></li></ul></aside>\
         </main></body></html>",
    );
    assert_eq!(value(&d.meta.published), None);
}

/// A page whose only day is in its SEO graph's `WebPage` node (`datePublished`, no author
/// nor publisher beside it): the day of publication, not the node's `dateModified`; a day
/// the page's text gives comes first.
#[test]
fn a_graphs_web_page_node_dates_a_page_that_gives_no_day() {
    let graph = "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@graph\":[\
                 {\"@type\":\"WebPage\",\"name\":\"Northland - Example Office\",\"datePublished\":\"2021-06-08T09:00:00+00:00\",\
                 \"dateModified\":\"2021-07-01T10:00:00+00:00\"},{\"@type\":\"WebSite\",\"name\":\"Example Office\"}]}</script>";
    let d = parse_page(
        "graph.html",
        &format!(
            "<html><head><title>Northland - Example Office</title>{graph}</head><body><main>\
             <h1>2020 Report on Prison Conditions: Northland</h1>\
             <p>Prisons in Northland remained overcrowded throughout the year, the office found.</p></main></body></html>"
        ),
    );
    assert_eq!(value(&d.meta.published), Some("2021-06-08"));
    let d = parse_page(
        "graph2.html",
        &format!(
            "<html><head><title>Northland - Example Office</title>{graph}</head><body><main>\
             <h1>2020 Report on Prison Conditions: Northland</h1><p>Published: 2 June 2021</p>\
             <p>Prisons in Northland remained overcrowded throughout the year, the office found.</p></main></body></html>"
        ),
    );
    assert_eq!(value(&d.meta.published), Some("2021-06-02"));
}
