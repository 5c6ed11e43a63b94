//! Reviewed one-off fixes to what the extractor gets wrong on a report,
//! kept as data (`assets/data/reports/*.corrections.json`) so each fix says what it
//! changes, from what, and why. Applying them is pure: a report in, a
//! report out, plus a list of corrections that no longer apply cleanly.

use serde::Deserialize;
use serde_json::Value;

use crate::model::Indicator;

/// One fix. Exactly one of: `field` + `from` + `to` (change a field),
/// `drop` (remove a false positive), `add` (insert a missed record).
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Correction {
    /// The target indicator, by its byte offset and raw text.
    #[serde(default)]
    pub start: usize,
    #[serde(default)]
    pub raw: String,
    #[serde(default)]
    pub field: Option<String>,
    #[serde(default)]
    pub from: Option<Value>,
    #[serde(default)]
    pub to: Option<Value>,
    #[serde(default)]
    pub drop: bool,
    #[serde(default)]
    pub add: Option<Indicator>,
    pub why: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    corrections: Vec<Correction>,
}

pub fn parse(json: &str) -> Result<Vec<Correction>, String> {
    serde_json::from_str::<File>(json)
        .map(|f| f.corrections)
        .map_err(|e| format!("corrections: {e}"))
}

/// Applies `corrections` in order. Returns one message per correction that
/// did not apply cleanly (target gone, `from` not matching, bad field);
/// those are skipped, never half-applied.
pub fn apply(indicators: &mut Vec<Indicator>, corrections: &[Correction]) -> Vec<String> {
    let mut problems = Vec::new();
    for c in corrections {
        if let Err(e) = apply_one(indicators, c) {
            problems.push(format!("{} @{}: {e}", c.raw, c.start));
        }
    }
    crate::order::sort_by_key(indicators, |i| i.start);
    problems
}

fn apply_one(indicators: &mut Vec<Indicator>, c: &Correction) -> Result<(), String> {
    if let Some(new) = &c.add {
        if indicators.iter().any(|i| i.start == new.start) {
            return Err("a record already exists at that offset".into());
        }
        indicators.push(new.clone());
        return Ok(());
    }
    let at = indicators
        .iter()
        .position(|i| i.start == c.start && i.raw == c.raw)
        .ok_or("no such indicator")?;
    if c.drop {
        indicators.remove(at);
        return Ok(());
    }
    let (Some(field), Some(from), Some(to)) = (&c.field, &c.from, &c.to) else {
        return Err("needs field, from and to (or drop, or add)".into());
    };
    let mut record = serde_json::to_value(&indicators[at]).map_err(|e| e.to_string())?;
    let slot = record
        .get_mut(field.as_str())
        .ok_or_else(|| format!("no field {field}"))?;
    if slot != from {
        return Err(format!("{field} is {slot}, not {from}"));
    }
    *slot = to.clone();
    indicators[at] = serde_json::from_value(record).map_err(|e| e.to_string())?;
    // The English name follows the subject it names.
    if field == "subject" {
        indicators[at].subject_en = crate::glossary::english(&indicators[at].subject);
    }
    Ok(())
}
