//! Pages from `pdftotext -bbox-layout`: the same flows, lines and words (in the same
//! reading order) as its plain output, but with the words as printed. The plain output
//! joins a hyphen at the end of a line to the next line's word *always*
//! ("Kabardino-" + "Balkaria" becomes "KabardinoBalkaria"); here the hyphen stays and
//! [`super::layout`] decides. Words on a line are joined with a space, except where the
//! gap between them is under 5 % of the line height (one word split at a font change,
//! "Marovi" + "»").
//!
//! Output per page: one line of text per `<line>`, a blank line after each `<flow>`.

/// Parse the XHTML that `pdftotext -bbox-layout` writes into page texts.
pub fn pages(xhtml: &str) -> Vec<String> {
    let mut pages = Vec::new();
    let mut page = String::new();
    let mut line = String::new();
    // Right edge and height of the last word on the line.
    let mut last: Option<(f64, f64)> = None;
    let mut rest = xhtml;
    while let Some(open) = rest.find('<') {
        rest = &rest[open + 1..];
        let Some(close) = rest.find('>') else { break };
        let tag = &rest[..close];
        rest = &rest[close + 1..];
        let name = tag.split_whitespace().next().unwrap_or("");
        match name {
            "page" => page.clear(),
            "/page" => pages.push(std::mem::take(&mut page)),
            "line" => {
                line.clear();
                last = None;
            }
            "/line" => {
                page.push_str(line.trim_end());
                page.push('\n');
            }
            "/flow" => page.push('\n'),
            "word" => {
                let end = rest.find("</word>").unwrap_or(rest.len());
                let word = decode(&rest[..end]);
                rest = &rest[end..];
                let x_min = attr(tag, "xMin");
                let (y_min, y_max) = (attr(tag, "yMin"), attr(tag, "yMax"));
                if let Some((prev_right, height)) = last {
                    let glued = match x_min {
                        Some(x) => x - prev_right < 0.05 * height,
                        None => false,
                    };
                    if !glued {
                        line.push(' ');
                    }
                }
                line.push_str(&word);
                let height = match (y_min, y_max) {
                    (Some(a), Some(b)) => (b - a).abs(),
                    _ => 0.0,
                };
                last = Some((attr(tag, "xMax").unwrap_or(f64::MAX), height));
            }
            _ => {}
        }
    }
    pages
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
