//! Presentation mode for trainers: one slide per screen (the overview, each step, the
//! specialist tiers, the trainings open to all), stepped through with ←/→. It never shows
//! anyone's saved record or standing.

use super::{App, Mode, Scroll};
use crate::keymap::Action;

/// A slide of the presentation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Slide {
    Cover,
    Overview,
    /// A line step, by index into `steps`.
    Step(usize),
    /// A specialist tier, by index into `specialist_tiers`.
    Tier(usize),
    Blocks,
}

#[derive(Clone, Debug)]
pub struct Presentation {
    pub slides: Vec<Slide>,
    pub current: usize,
    pub scroll: Scroll,
    /// Entered from the navigator (Esc goes back) rather than started as `present`.
    pub from_app: bool,
}

impl Presentation {
    pub fn new(app: &App, from_app: bool) -> Self {
        let mut slides = vec![Slide::Cover, Slide::Overview];
        slides.extend(app.ladder.iter().map(|&s| Slide::Step(s)));
        slides.extend((0..app.map.specialist_tiers.len()).map(Slide::Tier));
        // A map with no training open to every grade has no such slide.
        if !app.map.blocks.is_empty() {
            slides.push(Slide::Blocks);
        }
        Presentation {
            slides,
            current: 0,
            scroll: Scroll::default(),
            from_app,
        }
    }

    pub fn slide(&self) -> Slide {
        self.slides[self.current.min(self.slides.len() - 1)]
    }

    /// The chapters the number keys jump to: 1 the overview, then each step, then the
    /// trainings open to all (at most nine).
    pub fn chapters(&self) -> Vec<usize> {
        let mut c: Vec<usize> = self
            .slides
            .iter()
            .enumerate()
            .filter(|(_, s)| matches!(s, Slide::Overview | Slide::Step(_)))
            .map(|(i, _)| i)
            .collect();
        c.truncate(8);
        if let Some(b) = self.slides.iter().position(|s| *s == Slide::Blocks) {
            c.push(b);
        }
        c
    }

    fn go(&mut self, to: usize) {
        let to = to.min(self.slides.len() - 1);
        if to != self.current {
            self.scroll.offset = 0;
        }
        self.current = to;
    }
}

impl App {
    /// Enter presentation mode.
    pub fn start_presentation(&mut self, from_app: bool) {
        self.mode = Mode::Presenting(Presentation::new(self, from_app));
        self.overlay = None;
    }

    pub(super) fn update_present(&mut self, action: Action) {
        let Mode::Presenting(p) = &mut self.mode else {
            return;
        };
        match action {
            Action::Right | Action::PageDown => p.go(p.current + 1),
            Action::Left | Action::PageUp => p.go(p.current.saturating_sub(1)),
            Action::Home => p.go(0),
            Action::End => p.go(usize::MAX),
            Action::GoTab(n) => {
                if let Some(&i) = p.chapters().get(n.saturating_sub(1)) {
                    p.go(i);
                }
            }
            Action::Down | Action::Up => super::scroll(&mut p.scroll, action),
            Action::Back if p.from_app => self.mode = Mode::Browsing,
            // Started as `present`: there is nothing to go back to, so Esc ends it.
            Action::Back => self.quit = true,
            _ => {}
        }
    }
}
