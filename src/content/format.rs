//! Formatting helpers for content texts: placeholders and dates.

use super::model::Date;
use super::text::Lang;
use super::ui_text::MonthNames;

/// Replaces each `{name}` in a template by its value.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = template.to_string();
    for (name, value) in values {
        out = out.replace(&format!("{{{name}}}"), value);
    }
    out
}

/// A number of things in words: `zero` for none, `one` for one, else `many` with `{n}` filled
/// ("geen onderwerpen", "1 onderwerp", "3 onderwerpen").
pub fn count(n: usize, zero: &str, one: &str, many: &str) -> String {
    match n {
        0 => zero.to_string(),
        1 => one.to_string(),
        _ => fill(many, &[("n", &n.to_string())]),
    }
}

/// A date as precise as it is known: "14 juni 2023", "december 2023", "2026"; with an end date
/// a period "2021-2025".
pub fn format_date(date: &Date, until: Option<&Date>, lang: Lang, months: &MonthNames) -> String {
    let one = |d: &Date| {
        let names = match lang {
            Lang::Nl => &months.nl,
            Lang::En => &months.en,
        };
        let month = d.month.and_then(|m| names.get(usize::from(m).wrapping_sub(1)));
        match (d.day, month) {
            (Some(day), Some(m)) => format!("{day} {m} {}", d.year),
            (None, Some(m)) => format!("{m} {}", d.year),
            _ => d.year.to_string(),
        }
    };
    match until {
        Some(end) => format!("{}-{}", one(date), one(end)),
        None => one(date),
    }
}

/// A key that orders dates in time; a date known only to the year sorts before its months.
pub fn date_key(d: &Date) -> (u16, u8, u8) {
    (d.year, d.month.unwrap_or(0), d.day.unwrap_or(0))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::text::{List, Str};

    const NL: &[Str] = &[
        Str("januari"), Str("februari"), Str("maart"), Str("april"), Str("mei"), Str("juni"),
        Str("juli"), Str("augustus"), Str("september"), Str("oktober"), Str("november"), Str("december"),
    ];

    fn months() -> MonthNames {
        MonthNames { nl: List(NL), en: List(NL) }
    }

    #[test]
    fn formats_dates_as_precise_as_known() {
        let m = months();
        let d = |year, month, day| Date { year, month, day };
        assert_eq!(format_date(&d(2023, Some(6), Some(14)), None, Lang::Nl, &m), "14 juni 2023");
        assert_eq!(format_date(&d(2023, Some(12), None), None, Lang::Nl, &m), "december 2023");
        assert_eq!(format_date(&d(2026, None, None), None, Lang::Nl, &m), "2026");
        assert_eq!(format_date(&d(2021, None, None), Some(&d(2025, None, None)), Lang::Nl, &m), "2021-2025");
    }

    #[test]
    fn counts_in_words() {
        let words = |n| count(n, "geen onderwerpen", "1 onderwerp", "{n} onderwerpen");
        assert_eq!([words(0), words(1), words(2), words(12)], ["geen onderwerpen", "1 onderwerp", "2 onderwerpen", "12 onderwerpen"]);
    }

    #[test]
    fn fills_placeholders() {
        assert_eq!(fill("Stap {n} van {total}", &[("n", "2"), ("total", "6")]), "Stap 2 van 6");
        assert!(date_key(&Date { year: 2023, month: None, day: None }) < date_key(&Date { year: 2023, month: Some(1), day: None }));
    }
}
