//! The fixed labels: one field per word or sentence without parameters.

macro_rules! labels {
    ($($(#[$doc:meta])* $name:ident,)*) => {
        /// The fixed words of one language. Each language's table is a struct literal, so
        /// the compiler insists that every field is there in both.
        #[derive(Debug)]
        pub struct Labels {
            $($(#[$doc])* pub $name: &'static str,)*
        }

        impl Labels {
            /// Every label with its field name (for tests over the tables).
            pub fn all(&self) -> Vec<(&'static str, &'static str)> {
                vec![$((stringify!($name), self.$name),)*]
            }
        }
    };
}

labels! {
    /// Key::AnyChar in help.
    key_any_char,
    /// Key::AnyKey in help.
    key_any_key,
    /// After the help's first section title.
    help_this_screen,
    /// The help's legend of marks.
    help_legend,
    /// A pane's bottom edge when more follows.
    more_below,
}
