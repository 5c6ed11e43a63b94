//! Sector colours: one per sector, chosen from Paul Tol's colour-blind-safe
//! schemes (muted, plus three from vibrant), so sectors stay apart for
//! readers with any common colour-vision deficiency. Colour is never the
//! only cue: every chart and highlight also names its sector.

use crate::model::Sector;

/// `#rrggbb` for a sector.
pub fn sector_hex(sector: Sector) -> &'static str {
    match sector {
        Sector::Macro => "#332288",
        Sector::Industry => "#88CCEE",
        Sector::Innovation => "#44AA99",
        Sector::Agriculture => "#117733",
        Sector::Consumption => "#DDCC77",
        Sector::Investment => "#CC6677",
        Sector::Opening => "#AA4499",
        Sector::Reform => "#882255",
        Sector::Environment => "#999933",
        Sector::Safety => "#EE7733",
        Sector::Livelihood => "#0077BB",
        Sector::Government => "#BBBBBB",
    }
}

/// The same colour as RGB bytes, for drawing.
pub fn sector_rgb(sector: Sector) -> (u8, u8, u8) {
    let hex = &sector_hex(sector)[1..];
    let byte = |i: usize| u8::from_str_radix(&hex[i..i + 2], 16).unwrap_or(0);
    (byte(0), byte(2), byte(4))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_sector_has_its_own_colour() {
        let mut all: Vec<&str> = Sector::ALL.iter().map(|&s| sector_hex(s)).collect();
        all.sort();
        all.dedup();
        assert_eq!(all.len(), 12);
        assert_eq!(sector_rgb(Sector::Macro), (0x33, 0x22, 0x88));
    }
}
