//! Light and dark colour sets, the same as the page's CSS variables so a
//! chart sits in the page like any other panel.

use plotters::style::RGBColor;

/// Colours matching the page's light and dark CSS variables.
pub struct Theme {
    pub bg: RGBColor,
    pub fg: RGBColor,
    pub muted: RGBColor,
    pub grid: RGBColor,
    pub focus: RGBColor,
    /// Result and target in the pairs chart, then the periods of the sectors chart.
    pub series: [RGBColor; 4],
}

impl Theme {
    pub fn of(dark: bool) -> Theme {
        if dark {
            Theme {
                bg: RGBColor(0x0d, 0x11, 0x17),
                fg: RGBColor(0xe6, 0xed, 0xf3),
                muted: RGBColor(0x9d, 0xa7, 0xb3),
                grid: RGBColor(0x30, 0x36, 0x3d),
                focus: RGBColor(0xf0, 0x88, 0x3e),
                // Paul Tol's bright scheme, lighter members for a dark ground.
                series: [
                    RGBColor(0x66, 0xcc, 0xee),
                    RGBColor(0xcc, 0xbb, 0x44),
                    RGBColor(0xee, 0x66, 0x77),
                    RGBColor(0xbb, 0xbb, 0xbb),
                ],
            }
        } else {
            Theme {
                bg: RGBColor(0xff, 0xff, 0xff),
                fg: RGBColor(0x1b, 0x1f, 0x24),
                muted: RGBColor(0x57, 0x60, 0x6a),
                grid: RGBColor(0xd0, 0xd7, 0xde),
                focus: RGBColor(0xc2, 0x41, 0x0c),
                series: [
                    RGBColor(0x44, 0x77, 0xaa),
                    RGBColor(0xcc, 0xbb, 0x44),
                    RGBColor(0xee, 0x66, 0x77),
                    RGBColor(0x88, 0x88, 0x88),
                ],
            }
        }
    }
}
