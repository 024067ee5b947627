//! Pages from `pdftotext -bbox-layout`: the same flows, lines and words (in the same
//! reading order) as its plain output, but with the words as printed. The plain output
//! joins a hyphen at the end of a line to the next line's word *always*
//! ("Kabardino-" + "Balkaria" becomes "KabardinoBalkaria"); here the hyphen stays and
//! [`super::layout`] decides. Words on a line are joined with a space, except where the
//! gap between them is under 5 % of the line height (one word split at a font change,
//! "Marovi" + "»").
//!
//! Output per page: one line of text per `<line>`, a blank line after each `<flow>`.

/// A word as printed: its text and box (`x0`, `x1` left and right, `y0`, `y1` top and
/// bottom; a missing coordinate is NaN).
#[derive(Debug, Clone)]
struct Word {
    text: String,
    x0: f64,
    x1: f64,
    y0: f64,
    y1: f64,
}

impl Word {
    fn height(&self) -> f64 {
        let h = (self.y1 - self.y0).abs();
        if h.is_nan() {
            0.0
        } else {
            h
        }
    }
}

/// A page's flows, each a list of lines of words.
type Flows = Vec<Vec<Vec<Word>>>;

/// Parse the XHTML that `pdftotext -bbox-layout` writes into page texts.
pub fn pages(xhtml: &str) -> Vec<String> {
    page_flows(xhtml)
        .into_iter()
        .map(|flows| render(rejoin_justified(flows).0))
        .collect()
}

/// The texts of the pages where a justified line's spread words went back onto their
/// line ([`rejoin_justified`]); `None` for a page read as the plain output reads it.
pub fn rejoined_pages(xhtml: &str) -> Vec<Option<String>> {
    page_flows(xhtml)
        .into_iter()
        .map(|flows| {
            let (flows, joined) = rejoin_justified(flows);
            joined.then(|| render(flows))
        })
        .collect()
}

/// Each page's flows of lines of words.
fn page_flows(xhtml: &str) -> Vec<Flows> {
    let mut pages = Vec::new();
    let mut flows: Flows = Vec::new();
    let mut flow: Vec<Vec<Word>> = Vec::new();
    let mut line: Vec<Word> = Vec::new();
    let mut rest = xhtml;
    while let Some(open) = rest.find('<') {
        rest = &rest[open + 1..];
        let Some(close) = rest.find('>') else { break };
        let tag = &rest[..close];
        rest = &rest[close + 1..];
        let name = tag.split_whitespace().next().unwrap_or("");
        match name {
            "page" => {
                flows.clear();
                flow.clear();
                line.clear();
            }
            "/page" => {
                if !flow.is_empty() {
                    flows.push(std::mem::take(&mut flow));
                }
                pages.push(std::mem::take(&mut flows));
            }
            "line" => line.clear(),
            "/line" => flow.push(std::mem::take(&mut line)),
            "/flow" => flows.push(std::mem::take(&mut flow)),
            "word" => {
                let end = rest.find("</word>").unwrap_or(rest.len());
                let text = decode(&rest[..end]);
                rest = &rest[end..];
                let get = |n| attr(tag, n).unwrap_or(f64::NAN);
                line.push(Word {
                    text,
                    x0: get("xMin"),
                    x1: get("xMax"),
                    y0: get("yMin"),
                    y1: get("yMax"),
                });
            }
            _ => {}
        }
    }
    pages
}

/// A page's text: one line per line, words joined with a space except where the gap
/// between them is under 5 % of the line height; a blank line after each flow.
fn render(flows: Flows) -> String {
    let mut page = String::new();
    for flow in flows {
        for line in flow {
            let mut text = String::new();
            let mut last: Option<&Word> = None;
            for w in &line {
                if let Some(prev) = last {
                    let glued = !w.x0.is_nan() && w.x0 - prev.x1 < 0.05 * prev.height();
                    if !glued {
                        text.push(' ');
                    }
                }
                text.push_str(&w.text);
                last = Some(w);
            }
            page.push_str(text.trim_end());
            page.push('\n');
        }
        page.push('\n');
    }
    page
}

/// A line set justified in a large size spreads its words so wide that the extractor
/// reads the words after the gaps as flows of their own ("Freedom of Expression" /
/// "and" / "the" / "Safety of", the last line of the paragraph under the first). A
/// flow of one short line (at most three words) that sits on the same baseline as the
/// last word of an earlier flow's line, at the gap that line's own words keep (all gaps
/// of a justified line are equal, and wider than half the line's height), goes back onto
/// that line. Two columns never rejoin: a column's gutter is not the gap between the
/// words of its lines.
fn rejoin_justified(mut flows: Flows) -> (Flows, bool) {
    let mut any = false;
    let mut i = 1;
    while i < flows.len() {
        let stray = match flows[i].as_slice() {
            [line] if (1..=3).contains(&line.len()) => line.clone(),
            _ => {
                i += 1;
                continue;
            }
        };
        let mut joined = false;
        'target: for flow in flows.iter_mut().take(i) {
            for line in flow.iter_mut() {
                if justified_next(line, &stray) {
                    line.extend(stray.iter().cloned());
                    joined = true;
                    break 'target;
                }
            }
        }
        if joined {
            flows.remove(i);
            any = true;
        } else {
            i += 1;
        }
    }
    (flows, any)
}

/// Whether `next` continues `line` to its right at `line`'s own justified word gap
/// (a line of three words or more: one gap alone is equal to itself).
fn justified_next(line: &[Word], next: &[Word]) -> bool {
    let (Some(last), Some(first)) = (line.last(), next.first()) else {
        return false;
    };
    if line.len() < 3 {
        return false;
    }
    let h = last.height();
    if h <= 0.0 || (first.height() - h).abs() > 0.1 * h {
        return false;
    }
    if (first.y0 - last.y0).abs() > 0.15 * h || (first.y1 - last.y1).abs() > 0.15 * h {
        return false;
    }
    let gaps: Vec<f64> = line.windows(2).map(|w| w[1].x0 - w[0].x1).collect();
    let mean = gaps.iter().sum::<f64>() / gaps.len() as f64;
    if mean.is_nan() || mean <= 0.5 * h || gaps.iter().any(|g| (g - mean).abs() > 0.1 * mean) {
        return false;
    }
    let gap = first.x0 - last.x1;
    (gap - mean).abs() <= 0.1 * mean
        && next
            .windows(2)
            .all(|w| ((w[1].x0 - w[0].x1) - mean).abs() <= 0.1 * mean)
}

/// A numeric attribute of a tag (`xMin="12.5"`).
fn attr(tag: &str, name: &str) -> Option<f64> {
    let start = tag.find(&format!(" {name}=\""))? + name.len() + 3;
    let len = tag[start..].find('"')?;
    tag[start..start + len].parse().ok()
}

/// Decode the XML entities poppler writes.
fn decode(s: &str) -> String {
    if !s.contains('&') {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        rest = &rest[amp..];
        let Some(semi) = rest.find(';').filter(|&i| i <= 10) else {
            out.push('&');
            rest = &rest[1..];
            continue;
        };
        let entity = &rest[1..semi];
        let ch = match entity {
            "amp" => Some('&'),
            "lt" => Some('<'),
            "gt" => Some('>'),
            "quot" => Some('"'),
            "apos" => Some('\''),
            _ => entity
                .strip_prefix("#x")
                .and_then(|h| u32::from_str_radix(h, 16).ok())
                .or_else(|| entity.strip_prefix('#').and_then(|d| d.parse().ok()))
                .and_then(char::from_u32),
        };
        match ch {
            Some(c) => {
                out.push(c);
                rest = &rest[semi + 1..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_lines_flows_and_pages() {
        let xhtml = r#"<doc>
  <page width="595" height="842">
    <flow>
      <block xMin="1" yMin="1" xMax="2" yMax="2">
        <line xMin="1" yMin="1" xMax="2" yMax="2">
          <word xMin="10.0" yMin="100.0" xMax="40.0" yMax="110.0">Kabardino-</word>
        </line>
        <line xMin="1" yMin="1" xMax="2" yMax="2">
          <word xMin="10.0" yMin="112.0" xMax="40.0" yMax="122.0">Balkaria</word>
          <word xMin="42.0" yMin="112.0" xMax="60.0" yMax="122.0">&amp;</word>
          <word xMin="62.0" yMin="112.0" xMax="80.0" yMax="122.0">Marovi</word>
          <word xMin="80.0" yMin="112.0" xMax="84.0" yMax="122.0">&#187;</word>
        </line>
      </block>
    </flow>
    <flow>
      <block xMin="1" yMin="1" xMax="2" yMax="2">
        <line xMin="1" yMin="1" xMax="2" yMax="2">
          <word xMin="10.0" yMin="200.0" xMax="40.0" yMax="210.0">&lt;x&gt;</word>
        </line>
      </block>
    </flow>
  </page>
  <page width="595" height="842">
  </page>
</doc>"#;
        assert_eq!(
            pages(xhtml),
            vec![
                "Kabardino-\nBalkaria & Marovi»\n\n<x>\n\n".to_string(),
                String::new()
            ]
        );
    }

    /// A word at `x` (width `w`) on a line at `y` (height 20).
    fn word(text: &str, x: f64, w: f64, y: f64) -> String {
        format!(
            r#"<word xMin="{x}" yMin="{y}" xMax="{}" yMax="{}">{text}</word>"#,
            x + w,
            y + 20.0
        )
    }

    fn flow(lines: &[&[String]]) -> String {
        let lines: Vec<String> = lines
            .iter()
            .map(|l| format!("<line>{}</line>", l.concat()))
            .collect();
        format!("<flow><block>{}</block></flow>", lines.concat())
    }

    #[test]
    fn a_justified_lines_spread_words_go_back_onto_their_line() {
        // "Rivers Under Siege" set justified: every gap 30 wide; the extractor made
        // "Around" and "the Delta" flows of their own.
        let first = [
            word("Rivers", 30.0, 60.0, 100.0),
            word("Under", 120.0, 50.0, 100.0),
            word("Siege", 200.0, 50.0, 100.0),
        ];
        let second = [
            word("Fishing", 30.0, 60.0, 130.0),
            word("Towns", 96.0, 50.0, 130.0),
        ];
        let page = format!(
            "<page>{}{}{}</page>",
            flow(&[&first, &second]),
            flow(&[&[word("Around", 280.0, 60.0, 100.0)]]),
            flow(&[&[
                word("the", 370.0, 30.0, 100.0),
                word("Delta", 430.0, 50.0, 100.0)
            ]]),
        );
        assert_eq!(
            pages(&page),
            vec!["Rivers Under Siege Around the Delta\nFishing Towns\n\n".to_string()]
        );
        // A second column beside a first one keeps its flow: its gutter is no gap of the
        // first column's lines.
        let left = [
            word("The", 30.0, 30.0, 100.0),
            word("court", 64.0, 40.0, 100.0),
        ];
        let page = format!(
            "<page>{}{}</page>",
            flow(&[&left]),
            flow(&[&[word("Appeal", 300.0, 50.0, 100.0)]]),
        );
        assert_eq!(pages(&page), vec!["The court\n\nAppeal\n\n".to_string()]);
    }

    #[test]
    fn broken_markup_does_not_panic() {
        for s in [
            "<",
            "<word",
            "<word>&",
            "<word xMin=\"x>a</word>",
            "&#99999999;",
        ] {
            let _ = pages(s);
            let _ = decode(s);
        }
        assert_eq!(decode("a &bogus; b &#x41; &#66;"), "a &bogus; b A B");
    }
}
