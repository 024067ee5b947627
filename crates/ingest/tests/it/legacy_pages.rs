//! Old web pages (fixtures written for these tests): a table-layout news site and a
//! government agency page lose their layout chrome and keep their own title.

use dossier_ingest::{parse, Config};
use dossier_model::Document;
use std::path::{Path, PathBuf};

fn fixture(name: &str) -> Document {
    let path = PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures")).join(name);
    let bytes = std::fs::read(&path).expect("fixture present");
    parse(&path, &bytes, &Config::default()).expect("fixture parses")
}

fn value(field: &Option<dossier_model::MetaField<String>>) -> Option<&str> {
    field.as_ref().map(|f| f.value.as_str())
}

#[test]
fn a_table_layout_news_page_loses_its_notice_box_and_footer_links() {
    let doc = fixture("legacy-news.html");
    for chrome in [
        "NOTICE TO READERS",
        "no longer updated",
        "Archive index",
        "Subscriptions",
        "Sport",
        "Contact us",
        "All rights reserved",
    ] {
        assert!(!doc.text.contains(chrome), "{chrome} kept:\n{}", doc.text);
    }
    for story in [
        "Court commutes death sentences of three men",
        "eleven years they had spent on death row",
        "Westland has not carried out an execution since 1996",
    ] {
        assert!(doc.text.contains(story), "{story} lost");
    }
    let rules: Vec<&str> = doc.dropped.iter().map(|d| d.rule.as_str()).collect();
    assert!(rules.contains(&"html_layout_side"), "{rules:?}");
    assert!(rules.contains(&"html_link_list"), "{rules:?}");
    // The headline, not the site's name joined to it; the byline's date.
    assert_eq!(
        value(&doc.meta.title),
        Some("Court commutes death sentences of three men")
    );
    assert_eq!(value(&doc.meta.published), Some("2004-07-09"));
    assert_eq!(value(&doc.meta.publisher), Some("Westland Daily Courier"));
}

#[test]
fn an_agency_page_loses_its_staff_and_contact_links_and_keeps_its_own_title() {
    let doc = fixture("agency-page.html");
    for chrome in [
        "Staff directory",
        "Regional offices",
        "Records requests",
        "Site map",
        "Accessibility",
    ] {
        assert!(!doc.text.contains(chrome), "{chrome} kept:\n{}", doc.text);
    }
    assert!(doc.text.contains("the state carried out 41 executions"));
    // The site-wide meta title names the agency: it is the publisher, not the title.
    assert_eq!(
        value(&doc.meta.title),
        Some("Execution statistics, 1990-2010")
    );
    assert_eq!(
        value(&doc.meta.publisher),
        Some("Westland Department of Corrections")
    );
}

#[test]
fn data_tables_and_link_rich_stories_stay() {
    let page = r#"<html><head><title>Death sentences by year</title></head><body>
<h1>Death sentences by year</h1>
<table border="1">
<tr><th>Year</th><th>Sentences</th><th>Executions</th></tr>
<tr><td>2008</td><td>12</td><td>3</td></tr>
<tr><td>2009</td><td>9</td><td>0</td></tr>
</table>
<p>The <a href="/a">Supreme Court</a> confirmed nine of the sentences passed in 2009, according to the <a href="/b">annual report</a> of the <a href="/c">prison service</a>, which also recorded that no execution took place that year.</p>
</body></html>"#;
    let doc = parse(Path::new("table.html"), page.as_bytes(), &Config::default()).unwrap();
    for kept in ["Executions", "2008", "12", "Supreme Court confirmed nine"] {
        assert!(doc.text.contains(kept), "{kept} lost:\n{}", doc.text);
    }
    // A list that holds half the page's text or more is the page, not its chrome.
    let page = r#"<html><body><p>Reports on Westland.</p><ul><li><a href="/1">Report on Westland, 2009</a><li><a href="/2">Report on Westland, 2010</a><li><a href="/3">Report on Westland, 2011</a></ul><p>More.</p></body></html>"#;
    let doc = parse(Path::new("list.html"), page.as_bytes(), &Config::default()).unwrap();
    assert!(doc.dropped.iter().all(|d| d.rule != "html_link_list"));
}

/// An annual-report chapter on the publisher's site: the page's `<title>` names the
/// series and its year ("Annual Report: Ruritania 2013"), the headline only the country.
/// The report of 2013 covers 2012.
#[test]
fn an_annual_report_chapter_page_covers_the_year_before_its_title() {
    let period = |page: &str| {
        let doc = parse(
            Path::new("chapter.html"),
            page.as_bytes(),
            &Config::default(),
        )
        .unwrap();
        doc.meta
            .period
            .map(|p| (p.value.start, p.value.end))
            .unwrap_or_default()
    };
    let body = "<h1>Ruritania</h1><p>Head of state: A. Person</p><p>Death penalty: retentionist</p>\
        <p>In May, police arrested three journalists in the capital. On 4 June, parliament passed a \
        law on the press. Several dozen people were executed during the year.</p>";
    let titled = format!(
        "<html><head><title>Annual Report: Ruritania 2013 | Amnesty International</title></head>\
         <body>{body}</body></html>"
    );
    let years = ("2012-01-01".to_string(), "2012-12-31".to_string());
    assert_eq!(period(&titled), years);
}

#[test]
fn a_short_story_beside_a_narrow_notice_cell_loses_the_cell() {
    let path = PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/meta"))
        .join("legacy-short.html");
    let bytes = std::fs::read(&path).expect("fixture present");
    let doc = parse(&path, &bytes, &Config::default()).expect("fixture parses");
    for chrome in [
        "IN THIS EDITION",
        "PLEASE NOTE",
        "offices will be closed",
        "Letters",
    ] {
        assert!(!doc.text.contains(chrome), "{chrome} kept:\n{}", doc.text);
    }
    assert!(
        doc.text.starts_with("Governor denies clemency"),
        "{}",
        doc.text
    );
}

#[test]
fn a_masthead_row_of_two_links_and_a_row_of_bracketed_links_are_chrome() {
    let doc = fixture("report-page-1998.html");
    for chrome in [
        "Ministry of Foreign Affairs",
        "Annual Reports 1998",
        "Table of Contents",
        "Europe Index",
    ] {
        assert!(!doc.text.contains(chrome), "{chrome} kept:\n{}", doc.text);
    }
    assert!(doc.text.contains("Courts imposed eleven death sentences"));
    let rules: Vec<&str> = doc.dropped.iter().map(|d| d.rule.as_str()).collect();
    assert!(rules.contains(&"html_link_row"), "{rules:?}");
    assert!(rules.contains(&"link_row"), "{rules:?}");
}

#[test]
fn an_encyclopedia_articles_link_sections_and_footer_go_its_references_stay() {
    let doc = fixture("encyclopedia-article.html");
    for chrome in [
        "See also",
        "Courts of Westland",
        "External links",
        "prison service",
        "last edited",
    ] {
        assert!(!doc.text.contains(chrome), "{chrome} kept:\n{}", doc.text);
    }
    for kept in [
        "replaced the death penalty",
        "References",
        "Prisons of the West",
    ] {
        assert!(doc.text.contains(kept), "{kept} lost:\n{}", doc.text);
    }
}

#[test]
fn a_short_title_tag_gives_way_to_the_bold_headline_that_holds_it() {
    let page = "<HTML><HEAD><TITLE>KRC - Detention</TITLE></HEAD><BODY>\n<P><A HREF=\"/\">Home</A> | <A HREF=\"/pubs.htm\">Publications</A></P><HR>\n<P><FONT SIZE=4><B>Detention Without Trial in Kestria: The Northern Camps</B></FONT></P>\n<P>Since the emergency of 1997 the army has held hundreds of people without charge in camps in the north of the country, according to former detainees.</P>\n<P>Relatives were never told where they were held and lawyers were refused access to them.</P>\n<HR><FONT SIZE=1>Copyright &copy; 1998-2001 KRC.</FONT></BODY></HTML>";
    let doc = parse(Path::new("krc.html"), page.as_bytes(), &Config::default()).expect("parses");
    assert_eq!(
        value(&doc.meta.title),
        Some("Detention Without Trial in Kestria: The Northern Camps")
    );
    // A `<title>` with no line holding it stays.
    let page = "<html><head><title>KRC - Detention</title></head><body><p>The army has held hundreds of people without charge in camps in the north, according to former detainees.</p></body></html>";
    let doc = parse(Path::new("krc2.html"), page.as_bytes(), &Config::default()).expect("parses");
    assert_eq!(value(&doc.meta.title), Some("KRC - Detention"));
}

/// A portal's page of a department's document: the portal names itself in the `<title>`
/// and the home link, the department's name heads the text over the document's type.
/// The department publishes, whether the type is a release line or not.
#[test]
fn a_department_over_its_document_type_outranks_the_portal() {
    let publisher = |kind: &str| {
        let page = format!(
            "<html><head><title>Ministers act on prison visits - PORTAL.EX</title></head><body>\
             <header><a href=\"https://portal.example/\">PORTAL.EX</a></header><main>\
             <div class=\"organisation-logo\">Ministry of Justice and Prisons</div>\
             <p>{kind}</p><h1>Ministers act on prison visits</h1>\
             <p>The Ministry said on 3 May 2022 that independent monitors would visit every prison \
             twice a year from next spring, and that their reports would be published.</p>\
             </main></body></html>"
        );
        let doc = parse(Path::new("page.html"), page.as_bytes(), &Config::default()).unwrap();
        value(&doc.meta.publisher).map(str::to_string)
    };
    for kind in ["Press release", "Guidance", "Policy paper"] {
        assert_eq!(
            publisher(kind).as_deref(),
            Some("Ministry of Justice and Prisons"),
            "{kind}"
        );
    }
}
