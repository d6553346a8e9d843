//! An area cut into rows (or columns) of fixed sizes, shares and one that takes the rest:
//! the only layouts the screens use. Worked out by arithmetic where every part fits, which
//! is the solver's answer too (tested below); ratatui's constraint solver only where they do
//! not (a terminal too small), whose way of sharing out too little space is kept. The
//! solver's first answers cost 0.74 M instructions of a start (5 %: building its
//! constraints for each new split; BENCHMARKS.md).

use ratatui::layout::{Constraint, Direction, Layout, Rect};

/// One part of the area.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    /// Exactly this many rows (or columns).
    Fixed(u16),
    /// This percentage of the area, rounded to the nearest row (half away from zero).
    Percent(u16),
    /// What the fixed parts leave, at least this many.
    Rest(u16),
}

/// `area` cut into rows, top to bottom.
pub fn rows<const N: usize>(area: Rect, parts: [Part; N]) -> [Rect; N] {
    split(area, Direction::Vertical, parts)
}

/// `area` cut into columns, left to right.
pub fn columns<const N: usize>(area: Rect, parts: [Part; N]) -> [Rect; N] {
    split(area, Direction::Horizontal, parts)
}

fn split<const N: usize>(area: Rect, direction: Direction, parts: [Part; N]) -> [Rect; N] {
    let vertical = direction == Direction::Vertical;
    let total = u32::from(if vertical { area.height } else { area.width });
    let share = |p: u16| (f64::from(total) * f64::from(p) / 100.0).round() as u32;
    let (mut fixed, mut least, mut rests) = (0u32, 0u32, 0);
    for part in parts {
        match part {
            Part::Fixed(n) => fixed += u32::from(n),
            Part::Percent(p) => fixed += share(p),
            Part::Rest(n) => {
                least += u32::from(n);
                rests += 1;
            }
        }
    }
    if rests != 1 || fixed + least > total {
        return area.layout(&Layout::new(direction, parts.map(constraint)));
    }
    let mut at = if vertical { area.y } else { area.x };
    parts.map(|part| {
        let size = match part {
            Part::Fixed(n) => n,
            Part::Percent(p) => share(p) as u16,
            // fixed <= total, checked above.
            Part::Rest(_) => (total - fixed) as u16,
        };
        let rect = if vertical {
            Rect::new(area.x, at, area.width, size)
        } else {
            Rect::new(at, area.y, size, area.height)
        };
        at += size;
        rect
    })
}

fn constraint(part: Part) -> Constraint {
    match part {
        Part::Fixed(n) => Constraint::Length(n),
        Part::Percent(p) => Constraint::Percentage(p),
        Part::Rest(n) => Constraint::Min(n),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn solver<const N: usize>(area: Rect, direction: Direction, parts: [Part; N]) -> [Rect; N] {
        area.layout(&Layout::new(direction, parts.map(constraint)))
    }

    /// Every shape the screens use, over sizes that fit, that just fit and that do not, in
    /// both directions and away from the origin: what the solver gives.
    #[test]
    fn the_same_as_the_solver() {
        for direction in [Direction::Vertical, Direction::Horizontal] {
            for total in 0..=14u16 {
                let area = Rect::new(3, 2, total, total);
                for a in 0..=3 {
                    for m in 0..=1 {
                        let two = [Part::Fixed(a), Part::Rest(m)];
                        assert_eq!(
                            split(area, direction, two),
                            solver(area, direction, two),
                            "{direction:?} {total} {two:?}"
                        );
                        for b in 0..=1 {
                            for c in [0, 2] {
                                for d in [1, 3] {
                                    let five = [
                                        Part::Fixed(a),
                                        Part::Fixed(b),
                                        Part::Fixed(c),
                                        Part::Rest(m),
                                        Part::Fixed(d),
                                    ];
                                    assert_eq!(
                                        split(area, direction, five),
                                        solver(area, direction, five),
                                        "{direction:?} {total} {five:?}"
                                    );
                                }
                            }
                        }
                    }
                }
            }
        }
        // The record's halves, at every size up to a wide terminal.
        for direction in [Direction::Vertical, Direction::Horizontal] {
            for total in 0..=300u16 {
                let area = Rect::new(1, 1, total, total);
                for p in [50, 55] {
                    let parts = [Part::Percent(p), Part::Rest(0)];
                    assert_eq!(
                        split(area, direction, parts),
                        solver(area, direction, parts),
                        "{direction:?} {total} {parts:?}"
                    );
                }
            }
        }
        // A wide terminal.
        let wide = Rect::new(0, 0, 400, 120);
        let parts = [Part::Fixed(38), Part::Rest(1)];
        assert_eq!(
            columns(wide, parts),
            solver(wide, Direction::Horizontal, parts)
        );
    }

    /// Where everything fits no solver runs: the parts follow one another and the rest
    /// takes what is left.
    #[test]
    fn fitting_parts_are_added_up() {
        let area = Rect::new(0, 1, 80, 23);
        let [a, b, c] = rows(area, [Part::Fixed(1), Part::Rest(1), Part::Fixed(2)]);
        assert_eq!(a, Rect::new(0, 1, 80, 1));
        assert_eq!(b, Rect::new(0, 2, 80, 20));
        assert_eq!(c, Rect::new(0, 22, 80, 2));
        let [l, r] = columns(area, [Part::Fixed(30), Part::Rest(1)]);
        assert_eq!((l, r), (Rect::new(0, 1, 30, 23), Rect::new(30, 1, 50, 23)));
    }
}
