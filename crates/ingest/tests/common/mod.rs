//! What the ingest tests share (and `examples/fuzz.rs`, which includes this file):
//! a deterministic mutator, a writer of PDF files and one of image-only PDFs. Each test crate uses part
//! of it.
#![allow(dead_code)]

/// Tokens of PDF syntax spliced into a damaged PDF.
pub const PDF_TOKENS: &[&[u8]] = &[
    b"endobj",
    b"endstream",
    b"<< /Length 999999999 >>",
    b"xref\n0 99999\n",
    b"startxref\n1\n%%EOF",
    b"/Filter /FlateDecode",
    b"[[[[[[[[[[[[[[[[[[[[",
    b"<<<<<<<<<<<<<<<<<<<<",
    b"1 0 R 1 0 R",
    b"/Encrypt",
];

/// Tokens of markup spliced into a damaged HTML page.
pub const HTML_TOKENS: &[&[u8]] = &[
    b"<table><tr><td>",
    b"</td></tr></table>",
    b"<!--",
    b"<script>",
    b"<![CDATA[",
    b"&#x10FFFF;&#0;&amp",
    b"<meta charset=\"utf-16\">",
    b"\xff\xfe\xef\xbb\xbf",
    b"<title>",
    b"</div></div></div>",
];

/// How a [`Mutator`] damages a file.
#[derive(Clone, Copy, Debug)]
pub struct Damage {
    /// Tokens of the format's syntax to write over the bytes.
    pub tokens: &'static [&'static [u8]],
    /// Longest run cut out, repeated or zeroed.
    pub max_run: usize,
    /// Most single bits flipped in one mutant.
    pub max_flips: usize,
    /// Most copies of a run inserted.
    pub max_repeats: usize,
}

/// Damage for PDFs: long runs (a stream, an object), few repeats.
pub const PDF_DAMAGE: Damage = Damage {
    tokens: PDF_TOKENS,
    max_run: 4096,
    max_flips: 64,
    max_repeats: 8,
};

/// Damage for HTML pages: short runs, many repeats (deep nesting).
pub const HTML_DAMAGE: Damage = Damage {
    tokens: HTML_TOKENS,
    max_run: 256,
    max_flips: 32,
    max_repeats: 50,
};

/// A deterministic mutator (xorshift): each [`Mutator::mutant`] is a damaged copy of
/// the seed with one kind of damage a file meets, in turn: bits flipped, cut short, a
/// run deleted, repeated, zeroed, or overwritten with a token of the format's syntax.
pub struct Mutator {
    state: u64,
    damage: Damage,
    made: usize,
}

impl Mutator {
    /// A mutator whose sequence is fixed by `salt` (the same salt, the same mutants).
    pub fn new(salt: u64, damage: Damage) -> Mutator {
        Mutator {
            state: 0x9e37_79b9_7f4a_7c15 ^ salt.max(1),
            damage,
            made: 0,
        }
    }

    fn next(&mut self, bound: usize) -> usize {
        self.state ^= self.state << 13;
        self.state ^= self.state >> 7;
        self.state ^= self.state << 17;
        (self.state % bound.max(1) as u64) as usize
    }

    /// Up to `max_len` random bytes.
    pub fn random_bytes(&mut self, max_len: usize) -> Vec<u8> {
        let len = self.next(max_len + 1);
        (0..len).map(|_| self.next(256) as u8).collect()
    }

    /// The next damaged copy of `seed`.
    pub fn mutant(&mut self, seed: &[u8]) -> Vec<u8> {
        let kind = self.made % 6;
        self.made += 1;
        let d = self.damage;
        let mut b = seed.to_vec();
        let len = b.len().max(1);
        let at = self.next(len).min(b.len());
        let end = (at + 1 + self.next(d.max_run)).min(b.len());
        match kind {
            0 => {
                for _ in 0..1 + self.next(d.max_flips) {
                    let p = self.next(len);
                    let bit = self.next(8);
                    if p < b.len() {
                        b[p] ^= 1 << bit;
                    }
                }
            }
            1 => b.truncate(at),
            2 => {
                b.drain(at..end);
            }
            3 => {
                let copy = b[at..end].to_vec();
                for _ in 0..1 + self.next(d.max_repeats) {
                    b.splice(at..at, copy.iter().copied());
                }
            }
            4 => b[at..end].fill(0),
            _ => {
                let token = d.tokens[self.next(d.tokens.len())];
                b.splice(at..(at + token.len()).min(b.len()), token.iter().copied());
            }
        }
        b
    }
}

/// `count` damaged copies of `seed` (the sequence is fixed by the seed's length).
pub fn mutants(seed: &[u8], count: usize, damage: Damage) -> Vec<Vec<u8>> {
    let mut mutator = Mutator::new(seed.len() as u64, damage);
    (0..count).map(|_| mutator.mutant(seed)).collect()
}

/// Grey pictures (`(width, height, pixels)`, 8 bits a pixel, at `dpi`) as a PDF with one
/// page each and no text layer: a scan.
pub fn image_only_pdf(pages: &[(usize, usize, Vec<u8>)], dpi: usize) -> Vec<u8> {
    let n = pages.len();
    let mut objects: Vec<Vec<u8>> = vec![
        b"<< /Type /Catalog /Pages 2 0 R >>".to_vec(),
        format!(
            "<< /Type /Pages /Kids [{}] /Count {n} >>",
            (0..n)
                .map(|i| format!("{} 0 R", 3 + 3 * i))
                .collect::<Vec<_>>()
                .join(" ")
        )
        .into_bytes(),
    ];
    for (i, (w, h, pixels)) in pages.iter().enumerate() {
        let (pw, ph) = (w * 72 / dpi, h * 72 / dpi);
        let content = format!("q {pw} 0 0 {ph} 0 0 cm /Im1 Do Q");
        objects.push(
            format!(
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {pw} {ph}] /Contents {} 0 R /Resources << /XObject << /Im1 {} 0 R >> >> >>",
                4 + 3 * i,
                5 + 3 * i
            )
            .into_bytes(),
        );
        objects.push(
            format!(
                "<< /Length {} >>\nstream\n{content}\nendstream",
                content.len()
            )
            .into_bytes(),
        );
        objects.push(
            [
                format!(
                    "<< /Type /XObject /Subtype /Image /Width {w} /Height {h} /ColorSpace /DeviceGray /BitsPerComponent 8 /Length {} >>\nstream\n",
                    pixels.len()
                )
                .into_bytes(),
                pixels.clone(),
                b"\nendstream".to_vec(),
            ]
            .concat(),
        );
    }
    pdf_file(&objects, "")
}

/// A PDF file of `objects` (numbered from 1, the first the catalog): header, the
/// objects, the cross-reference table, and a trailer with `/Size`, `/Root` and
/// `trailer_keys` (written after `/Root 1 0 R` as they are: start with a space).
pub fn pdf_file<O: AsRef<[u8]>>(objects: &[O], trailer_keys: &str) -> Vec<u8> {
    let mut out = b"%PDF-1.4\n".to_vec();
    let mut offsets = Vec::new();
    for (i, obj) in objects.iter().enumerate() {
        offsets.push(out.len());
        out.extend_from_slice(format!("{} 0 obj\n", i + 1).as_bytes());
        out.extend_from_slice(obj.as_ref());
        out.extend_from_slice(b"\nendobj\n");
    }
    let xref = out.len();
    out.extend_from_slice(
        format!("xref\n0 {}\n0000000000 65535 f \n", objects.len() + 1).as_bytes(),
    );
    for off in offsets {
        out.extend_from_slice(format!("{off:010} 00000 n \n").as_bytes());
    }
    out.extend_from_slice(
        format!(
            "trailer\n<< /Size {} /Root 1 0 R{trailer_keys} >>\nstartxref\n{xref}\n%%EOF\n",
            objects.len() + 1
        )
        .as_bytes(),
    );
    out
}
