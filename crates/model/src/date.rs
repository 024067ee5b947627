//! Partial dates and intervals, kept at the granularity the text gave.

use serde::{Deserialize, Serialize};
use std::fmt;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Granularity {
    Year,
    Month,
    Day,
}

/// A calendar date known to year, month or day. Ordered by (year, month, day) with
/// unknown parts first, so `2003 < 2003-01 < 2003-01-01`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct PartialDate {
    pub year: i32,
    pub month: Option<u8>,
    pub day: Option<u8>,
}

impl PartialDate {
    pub fn year(year: i32) -> Self {
        PartialDate {
            year,
            month: None,
            day: None,
        }
    }
    pub fn month(year: i32, month: u8) -> Self {
        PartialDate {
            year,
            month: Some(month),
            day: None,
        }
    }
    pub fn day(year: i32, month: u8, day: u8) -> Self {
        PartialDate {
            year,
            month: Some(month),
            day: Some(day),
        }
    }
    pub fn granularity(&self) -> Granularity {
        match (self.month, self.day) {
            (Some(_), Some(_)) => Granularity::Day,
            (Some(_), None) => Granularity::Month,
            _ => Granularity::Year,
        }
    }
    /// Parse `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, checking ranges.
    pub fn parse(s: &str) -> Option<Self> {
        let mut parts = s.split('-');
        let year: i32 = parts.next()?.parse().ok()?;
        if !(1..=9999).contains(&year) {
            return None;
        }
        let month = match parts.next() {
            Some(m) => Some(m.parse::<u8>().ok().filter(|m| (1..=12).contains(m))?),
            None => None,
        };
        let day = match parts.next() {
            Some(d) => {
                let d = d.parse::<u8>().ok()?;
                if d < 1 || d > days_in_month(year, month?) {
                    return None;
                }
                Some(d)
            }
            None => None,
        };
        if parts.next().is_some() {
            return None;
        }
        Some(PartialDate { year, month, day })
    }
    /// The first day this partial date covers, as `YYYY-MM-DD`.
    pub fn first_day(&self) -> String {
        format!(
            "{:04}-{:02}-{:02}",
            self.year,
            self.month.unwrap_or(1),
            self.day.unwrap_or(1)
        )
    }
    /// Days since 1970-01-01 of a full date (`None` without a month and day): the
    /// proleptic Gregorian calendar, as in Hinnant's `days_from_civil`.
    pub fn day_count(&self) -> Option<i64> {
        let (m, d) = (i64::from(self.month?), i64::from(self.day?));
        if !(1..=12).contains(&m) || d < 1 || d > i64::from(days_in_month(self.year, m as u8)) {
            return None;
        }
        let y = i64::from(self.year) - i64::from(m <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let doy = (153 * (m + if m > 2 { -3 } else { 9 }) + 2) / 5 + d - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        Some(era * 146_097 + doe - 719_468)
    }
    /// The last day this partial date covers, as `YYYY-MM-DD`.
    pub fn last_day(&self) -> String {
        let month = self.month.unwrap_or(12);
        let day = self.day.unwrap_or_else(|| days_in_month(self.year, month));
        format!("{:04}-{:02}-{:02}", self.year, month, day)
    }
}

/// Day of the week of a day, 1 = Monday .. 7 = Sunday (Sakamoto's method); none for
/// a month or a year.
pub fn weekday_of(d: PartialDate) -> Option<u8> {
    const T: [i32; 12] = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4];
    let (m, day) = (d.month?, d.day?);
    if !(1..=12).contains(&m) {
        return None;
    }
    let y = if m < 3 { d.year - 1 } else { d.year };
    let w = (y + y.div_euclid(4) - y.div_euclid(100)
        + y.div_euclid(400)
        + T[usize::from(m - 1)]
        + i32::from(day))
    .rem_euclid(7);
    Some(if w == 0 { 7 } else { w as u8 })
}

pub fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        _ => 0,
    }
}

/// English weekday names, lower case, Monday first (ISO 8601: the index plus one is the
/// day's number), each with the abbreviations dates are written with ("Thu 7 Jul
/// 2022"), the three-letter one first. The one list of weekday names outside the time
/// tagger's own word lists (`crates/extract/rules/time.en.json`).
pub const WEEKDAYS: [(&str, &[&str]); 7] = [
    ("monday", &["mon"]),
    ("tuesday", &["tue", "tues"]),
    ("wednesday", &["wed"]),
    ("thursday", &["thu", "thur", "thurs"]),
    ("friday", &["fri"]),
    ("saturday", &["sat"]),
    ("sunday", &["sun"]),
];

/// Whether a lower-case word is an English weekday name written in full.
pub fn is_weekday_name(word: &str) -> bool {
    WEEKDAYS.iter().any(|(name, _)| *name == word)
}

/// Whether a lower-case word is an English weekday name, in full or abbreviated
/// ("thursday", "thu", "thurs").
pub fn is_weekday_word(word: &str) -> bool {
    WEEKDAYS
        .iter()
        .any(|(name, short)| *name == word || short.contains(&word))
}

/// English month names, lower case, January first (the index plus one is the month's
/// number), each with the abbreviations dates are written with ("14 Aug 2019", "Sept.
/// 2023"). The one list of month names outside the time tagger's own word lists
/// (`crates/extract/rules/time.en.json`).
pub const MONTHS: [(&str, &[&str]); 12] = [
    ("january", &["jan"]),
    ("february", &["feb"]),
    ("march", &["mar"]),
    ("april", &["apr"]),
    ("may", &[]),
    ("june", &["jun"]),
    ("july", &["jul"]),
    ("august", &["aug"]),
    ("september", &["sep", "sept"]),
    ("october", &["oct"]),
    ("november", &["nov"]),
    ("december", &["dec"]),
];

/// Whether a lower-case word is an English month name written in full.
pub fn is_month_name(word: &str) -> bool {
    month_number(word).is_some()
}

/// The number (1-12) of a lower-case English month name written in full.
pub fn month_number(word: &str) -> Option<u8> {
    MONTHS
        .iter()
        .position(|(name, _)| *name == word)
        .map(|i| i as u8 + 1)
}

/// The number (1-12) of an English month name, in full or abbreviated, in any case
/// ("January", "jan", "SEPT"); a word that only begins like one ("Marching") is none.
pub fn month_of_word(word: &str) -> Option<u8> {
    let lower = word.to_ascii_lowercase();
    MONTHS
        .iter()
        .position(|(name, short)| *name == lower || short.contains(&lower.as_str()))
        .map(|i| i as u8 + 1)
}

impl fmt::Display for PartialDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}", self.year)?;
        if let Some(m) = self.month {
            write!(f, "-{m:02}")?;
            if let Some(d) = self.day {
                write!(f, "-{d:02}")?;
            }
        }
        Ok(())
    }
}

impl Serialize for PartialDate {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for PartialDate {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        PartialDate::parse(&s).ok_or_else(|| serde::de::Error::custom(format!("bad date {s:?}")))
    }
}

/// A point or interval in time. `start == end` for a single date; `end: None` for
/// an open interval ("since 17 December 2003" is `2003-12-17/`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct TimeValue {
    pub start: Option<PartialDate>,
    pub end: Option<PartialDate>,
}

impl TimeValue {
    pub fn point(date: PartialDate) -> Self {
        TimeValue {
            start: Some(date),
            end: Some(date),
        }
    }
    pub fn range(start: PartialDate, end: PartialDate) -> Self {
        TimeValue {
            start: Some(start),
            end: Some(end),
        }
    }
    pub fn is_point(&self) -> bool {
        self.start.is_some() && self.start == self.end
    }
    /// ISO form: `2003-11`, `2003-05/2003-11`, `2003-12-17/`, `/2021`.
    pub fn iso(&self) -> String {
        match (self.start, self.end) {
            (Some(s), Some(e)) if s == e => s.to_string(),
            (Some(s), Some(e)) => format!("{s}/{e}"),
            (Some(s), None) => format!("{s}/"),
            (None, Some(e)) => format!("/{e}"),
            (None, None) => String::new(),
        }
    }
    /// The value for a sentence a reader reads ("in {}"): `2003-11`, `2003-05 to
    /// 2003-11`, `2003-12-17 (or later)`, `2021 (or earlier)`; never a bare slash.
    pub fn words(&self) -> String {
        match (self.start, self.end) {
            (Some(s), Some(e)) if s == e => s.to_string(),
            (Some(s), Some(e)) => format!("{s} to {e}"),
            (Some(s), None) => format!("{s} (or later)"),
            (None, Some(e)) => format!("{e} (or earlier)"),
            (None, None) => String::new(),
        }
    }
    /// How a date mention's value is written: [`TimeValue::iso`], except that a range
    /// that is exactly one calendar quarter is written `2009-Q3` (TIMEX3), keeping its
    /// granularity visible.
    pub fn label(&self) -> String {
        self.named_span(|y, sm, ey, em| {
            (ey == y && sm % 3 == 1 && em == sm + 2).then(|| format!("Q{}", sm / 3 + 1))
        })
    }
    /// A date mention's value for a half year the text named: `1997-H1` (TIMEX3) when
    /// the range is exactly January-June or July-December, else [`TimeValue::iso`].
    pub fn half_label(&self) -> String {
        self.named_span(|y, sm, ey, em| {
            (ey == y && matches!((sm, em), (1, 6) | (7, 12))).then(|| format!("H{}", sm / 6 + 1))
        })
    }
    /// A date mention's value for a season the text named: `2008-FA` (TIMEX3: SP, SU,
    /// FA, WI) when the range is exactly the meteorological season, else [`TimeValue::iso`].
    pub fn season_label(&self) -> String {
        self.named_span(|y, sm, ey, em| {
            let code = match (sm, em, ey - y) {
                (3, 5, 0) => "SP",
                (6, 8, 0) => "SU",
                (9, 11, 0) => "FA",
                (12, 2, 1) => "WI",
                _ => return None,
            };
            Some(code.to_string())
        })
    }
    /// `YYYY-NAME` when the value is a range of whole months that `name` (given start
    /// year and month, end year and month) names, else [`TimeValue::iso`].
    fn named_span(&self, name: impl Fn(i32, u8, i32, u8) -> Option<String>) -> String {
        if let (Some(s), Some(e)) = (self.start, self.end) {
            if let (Some(sm), Some(em), None, None) = (s.month, e.month, s.day, e.day) {
                if let Some(name) = name(s.year, sm, e.year, em) {
                    return format!("{:04}-{name}", s.year);
                }
            }
        }
        self.iso()
    }
    /// The finest granularity of its bounds.
    pub fn granularity(&self) -> Granularity {
        let g = |d: Option<PartialDate>| d.map(|d| d.granularity()).unwrap_or(Granularity::Year);
        g(self.start).max(g(self.end))
    }
    /// Sort key: first day covered (open starts sort first).
    pub fn sort_key(&self) -> String {
        self.start
            .map(|d| d.first_day())
            .unwrap_or_else(|| "0000-00-00".into())
    }
    /// Whether two values share at least one day.
    pub fn overlaps(&self, other: &TimeValue) -> bool {
        let lo = |v: &TimeValue| {
            v.start
                .map(|d| d.first_day())
                .unwrap_or_else(|| "0000".into())
        };
        let hi = |v: &TimeValue| v.end.map(|d| d.last_day()).unwrap_or_else(|| "9999".into());
        lo(self) <= hi(other) && lo(other) <= hi(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn month_names_and_abbreviations() {
        assert_eq!(month_number("september"), Some(9));
        assert_eq!(month_number("sept"), None);
        assert!(is_month_name("may"));
        assert!(!is_month_name("May"));
        assert_eq!(month_of_word("Sept"), Some(9));
        assert_eq!(month_of_word("DEC"), Some(12));
        assert_eq!(month_of_word("May"), Some(5));
        assert_eq!(month_of_word("Marching"), None);
        assert_eq!(month_of_word("mayor"), None);
    }

    #[test]
    fn weekday_names_and_abbreviations() {
        assert!(is_weekday_name("thursday"));
        assert!(!is_weekday_name("thu"));
        assert!(!is_weekday_name("Thursday"));
        assert!(is_weekday_word("thurs"));
        assert!(is_weekday_word("sunday"));
        assert!(!is_weekday_word("thursdays"));
        assert!(!is_weekday_word("may"));
    }

    #[test]
    fn day_counts_follow_the_calendar() {
        let d = |s: &str| PartialDate::parse(s).unwrap();
        assert_eq!(d("1970-01-01").day_count(), Some(0));
        assert_eq!(d("2000-03-01").day_count(), Some(11_017));
        assert_eq!(d("1969-12-31").day_count(), Some(-1));
        let between = |a: &str, b: &str| d(b).day_count().unwrap() - d(a).day_count().unwrap();
        assert_eq!(between("2018-06-27", "2018-08-08"), 42);
        assert_eq!(between("2016-02-28", "2016-03-01"), 2);
        assert_eq!(between("2015-02-28", "2015-03-01"), 1);
        assert_eq!(d("2018-06").day_count(), None);
        let no_such_day = PartialDate {
            year: 2019,
            month: Some(2),
            day: Some(29),
        };
        assert_eq!(no_such_day.day_count(), None);
    }

    #[test]
    fn values_in_words_have_no_bare_slash() {
        let y = PartialDate::year;
        assert_eq!(TimeValue::point(y(2021)).words(), "2021");
        assert_eq!(TimeValue::range(y(2003), y(2005)).words(), "2003 to 2005");
        let open = |start: Option<PartialDate>, end: Option<PartialDate>| TimeValue { start, end };
        assert_eq!(open(Some(y(2021)), None).words(), "2021 (or later)");
        assert_eq!(open(None, Some(y(2016))).words(), "2016 (or earlier)");
    }

    #[test]
    fn quarters_are_labelled() {
        let m = |y, mo| PartialDate::month(y, mo);
        assert_eq!(TimeValue::range(m(2009, 7), m(2009, 9)).label(), "2009-Q3");
        assert_eq!(
            TimeValue::range(m(2009, 10), m(2009, 12)).label(),
            "2009-Q4"
        );
        assert_eq!(
            TimeValue::range(m(2009, 8), m(2009, 10)).label(),
            "2009-08/2009-10"
        );
        assert_eq!(TimeValue::point(m(2009, 7)).label(), "2009-07");
    }

    #[test]
    fn halves_are_labelled() {
        let m = |y, mo| PartialDate::month(y, mo);
        assert_eq!(
            TimeValue::range(m(1997, 1), m(1997, 6)).half_label(),
            "1997-H1"
        );
        assert_eq!(
            TimeValue::range(m(1997, 7), m(1997, 12)).half_label(),
            "1997-H2"
        );
        assert_eq!(
            TimeValue::range(m(1997, 4), m(1997, 9)).half_label(),
            "1997-04/1997-09"
        );
    }

    #[test]
    fn seasons_are_labelled() {
        let m = |y, mo| PartialDate::month(y, mo);
        assert_eq!(
            TimeValue::range(m(2008, 9), m(2008, 11)).season_label(),
            "2008-FA"
        );
        assert_eq!(
            TimeValue::range(m(2008, 12), m(2009, 2)).season_label(),
            "2008-WI"
        );
        assert_eq!(
            TimeValue::range(m(2008, 9), m(2008, 12)).season_label(),
            "2008-09/2008-12"
        );
    }

    #[test]
    fn renders_and_parses_iso() {
        for s in ["2003", "2003-11", "2003-12-17"] {
            assert_eq!(PartialDate::parse(s).unwrap().to_string(), s);
        }
        assert!(PartialDate::parse("2003-02-30").is_none());
        assert!(PartialDate::parse("2003-13").is_none());
        assert_eq!(
            PartialDate::parse("2004-02-29").unwrap().last_day(),
            "2004-02-29"
        );
        assert_eq!(PartialDate::month(2003, 2).last_day(), "2003-02-28");
    }

    #[test]
    fn intervals() {
        let may_nov = TimeValue::range(PartialDate::month(2003, 5), PartialDate::month(2003, 11));
        assert_eq!(may_nov.iso(), "2003-05/2003-11");
        assert!(may_nov.overlaps(&TimeValue::point(PartialDate::day(2003, 11, 30))));
        assert!(!may_nov.overlaps(&TimeValue::point(PartialDate::month(2003, 12))));
        let since = TimeValue {
            start: Some(PartialDate::day(2003, 12, 17)),
            end: None,
        };
        assert_eq!(since.iso(), "2003-12-17/");
        assert!(since.overlaps(&TimeValue::point(PartialDate::year(2020))));
    }
}
