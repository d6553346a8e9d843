//! Presentation mode for trainers: one slide per screen (the overview, each step, the
//! specialist tiers, the trainings open to all), stepped through with ←/→ or a clicker's
//! PgUp/PgDn. A slide too long for the screen is shown as continuation pages (主任 1/2,
//! 2/2), measured by the UI at each draw, so a resize recomputes them. It never shows
//! anyone's saved record or standing.

use super::{App, Mode};
use crate::keymap::Action;
use crate::model::{Place, StepIndex, TierIndex};

/// A slide of the presentation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Slide {
    Cover,
    Overview,
    /// A line step.
    Step(StepIndex),
    /// A specialist tier.
    Tier(TierIndex),
    Blocks,
}

/// The most digits a slide number takes.
/// The digits a slide number may have.
pub const MAX_TYPED: usize = 3;

#[derive(Clone, Debug)]
pub struct Presentation {
    pub slides: Vec<Slide>,
    pub current: usize,
    /// The page of the current slide (its continuation slides), 0-based.
    pub page: usize,
    /// How many pages the current slide had at the last draw (set by the UI).
    pub pages: usize,
    /// Digits typed for "number, then Enter".
    pub typed: String,
    /// The slide index, when open: the selected slide.
    pub index: Option<usize>,
    /// The screen is blanked (`b`); any key brings it back.
    pub blank: bool,
    /// Entered from the navigator (Esc goes back) rather than started as `present`.
    pub from_app: bool,
}

impl Presentation {
    pub fn new(app: &App, from_app: bool) -> Self {
        let mut slides = vec![Slide::Cover, Slide::Overview];
        slides.extend(app.ladder.iter().map(|&s| Slide::Step(s)));
        slides.extend(app.map.tiers_indexed().map(|(t, _)| Slide::Tier(t)));
        // A map with no training open to every grade has no such slide.
        if !app.map.blocks.is_empty() {
            slides.push(Slide::Blocks);
        }
        Presentation {
            slides,
            current: 0,
            page: 0,
            pages: 1,
            typed: String::new(),
            index: None,
            blank: false,
            from_app,
        }
    }

    pub fn slide(&self) -> Slide {
        self.slides[self.current.min(self.slides.len() - 1)]
    }

    /// The slide of a place (a step or a specialist tier), for `present --from`.
    pub fn slide_of(&self, place: Place) -> Option<usize> {
        let want = match place {
            Place::Step(i) => Slide::Step(i),
            Place::Tier(t) => Slide::Tier(t),
        };
        self.slides.iter().position(|s| *s == want)
    }

    /// Go to slide `to` (0-based, clamped), at its first page.
    pub fn go(&mut self, to: usize) {
        self.current = to.min(self.slides.len() - 1);
        self.page = 0;
        self.pages = 1;
    }

    /// The UI reports how many pages the current slide takes at this size; the page is
    /// kept in range (a resize can shorten the slide).
    pub fn measure(&mut self, pages: usize) {
        self.pages = pages.max(1);
        self.page = self.page.min(self.pages - 1);
    }

    /// Forward: the next page of this slide, else the next slide.
    pub(crate) fn next(&mut self) {
        if self.page + 1 < self.pages {
            self.page += 1;
        } else if self.current + 1 < self.slides.len() {
            self.go(self.current + 1);
        }
    }

    /// Back: the previous page of this slide, else the last page of the previous slide.
    pub(crate) fn prev(&mut self) {
        if self.page > 0 {
            self.page -= 1;
        } else if self.current > 0 {
            self.go(self.current - 1);
            // Clamped to the last page at the next draw.
            self.page = usize::MAX;
        }
    }

    /// The slide number typed so far, when it names a slide (1-based on screen).
    pub(crate) fn typed_slide(&self) -> Option<usize> {
        let n: usize = self.typed.parse().ok()?;
        (1..=self.slides.len()).contains(&n).then(|| n - 1)
    }
}

impl App {
    /// Enter presentation mode.
    pub fn start_presentation(&mut self, from_app: bool) {
        self.mode = Mode::Presenting(Presentation::new(self, from_app));
        self.overlay = None;
    }

    /// Start at the slide of `place` (`present --from 主任`).
    pub fn present_from(&mut self, place: Place) {
        if let Some(p) = self.presentation_mut()
            && let Some(i) = p.slide_of(place)
        {
            p.go(i);
        }
    }

    /// While the screen is blanked, any key (quit too) only brings it back. True when the
    /// key was taken that way.
    pub(crate) fn unblank(&mut self) -> bool {
        match self.presentation_mut() {
            Some(p) if p.blank => {
                p.blank = false;
                true
            }
            _ => false,
        }
    }

    /// Whether a presentation key would do anything now (the hint bar shows those).
    pub(crate) fn can_present(&self, action: Action) -> bool {
        let Some(p) = self.presentation() else {
            return false;
        };
        match action {
            Action::DeleteDigit => !p.typed.is_empty(),
            Action::EditKey(_) => p.blank,
            _ => true,
        }
    }
}
