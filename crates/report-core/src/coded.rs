//! One way to declare the scheme's closed sets (sectors, statuses, kinds,
//! views, sort columns, languages): each value's id (as JSON, CSV and the
//! URL hash write it) and, where it has them, its names in both languages,
//! written once beside the variant. The macro adds `ALL` (declaration
//! order), `id()` and `from_id()`, and `zh()` / `en()` / `name(lang)` for named sets.

/// `coded! { #[derive(..)] pub enum Kind { Growth = "growth", … } }`, or
/// with names: `Growth = ("growth", "增速", "Growth")`.
macro_rules! coded {
    (
        $(#[$meta:meta])*
        pub enum $name:ident {
            $( $(#[$vmeta:meta])* $variant:ident = ($id:literal, $zh:literal, $en:literal) ),+ $(,)?
        }
    ) => {
        coded! { @enum $(#[$meta])* $name { $( $(#[$vmeta])* $variant = $id ),+ } }

        impl $name {
            /// The name in Chinese.
            pub fn zh(self) -> &'static str {
                match self { $( $name::$variant => $zh ),+ }
            }

            /// The name in English.
            pub fn en(self) -> &'static str {
                match self { $( $name::$variant => $en ),+ }
            }

            /// The name in the interface's language.
            pub fn name(self, lang: $crate::i18n::Lang) -> &'static str {
                match lang {
                    $crate::i18n::Lang::Zh => self.zh(),
                    $crate::i18n::Lang::En => self.en(),
                }
            }
        }
    };
    (
        $(#[$meta:meta])*
        pub enum $name:ident {
            $( $(#[$vmeta:meta])* $variant:ident = $id:literal ),+ $(,)?
        }
    ) => {
        coded! { @enum $(#[$meta])* $name { $( $(#[$vmeta])* $variant = $id ),+ } }
    };
    (@enum $(#[$meta:meta])* $name:ident { $( $(#[$vmeta:meta])* $variant:ident = $id:literal ),+ }) => {
        $(#[$meta])*
        pub enum $name {
            $( $(#[$vmeta])* $variant ),+
        }

        impl $name {
            /// Every value, in declaration order.
            pub const ALL: [$name; [$( $id ),+].len()] = [$( $name::$variant ),+];

            /// The id JSON, CSV and the URL hash write.
            pub fn id(self) -> &'static str {
                match self { $( $name::$variant => $id ),+ }
            }

            /// The value with this id, if any.
            pub fn from_id(id: &str) -> Option<$name> {
                $name::ALL.into_iter().find(|x| x.id() == id)
            }
        }
    };
}

pub(crate) use coded;
