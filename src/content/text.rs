//! The building blocks of the content model: static strings and lists, bilingual text, and the
//! code generator that turns loaded content into a Rust `static`.
//!
//! Implementation note: the app reads its content from a `static` that `build.rs` generates, so
//! every string and list is `&'static`. The same types are deserialized from TOML at build time
//! and in host tests; there the deserializer leaks each string and list once, which is the price
//! of one type for both uses (the content is a few tens of kilobytes, loaded once per process).

use serde::{Deserialize, Deserializer};
use std::any::Any;
use std::fmt::Write as _;

/// A string that lives as long as the program.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Str(pub &'static str);

impl Str {
    pub fn as_str(&self) -> &'static str {
        self.0
    }
}

impl std::ops::Deref for Str {
    type Target = str;
    fn deref(&self) -> &str {
        self.0
    }
}

impl PartialEq<&str> for Str {
    fn eq(&self, other: &&str) -> bool {
        self.0 == *other
    }
}

impl PartialEq<str> for Str {
    fn eq(&self, other: &str) -> bool {
        self.0 == other
    }
}

impl std::fmt::Debug for Str {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        std::fmt::Debug::fmt(self.0, f)
    }
}

impl std::fmt::Display for Str {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.0)
    }
}

impl<'de> Deserialize<'de> for Str {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        Ok(Str(Box::leak(s.into_boxed_str())))
    }
}

/// A list that lives as long as the program.
#[derive(PartialEq, Eq, Debug)]
pub struct List<T: 'static>(pub &'static [T]);

impl<T> Clone for List<T> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<T> Copy for List<T> {}

impl<T> Default for List<T> {
    fn default() -> Self {
        List(&[])
    }
}

impl<T> std::ops::Deref for List<T> {
    type Target = [T];
    fn deref(&self) -> &[T] {
        self.0
    }
}

impl<'de, T: Deserialize<'de> + 'static> Deserialize<'de> for List<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let v = Vec::<T>::deserialize(d)?;
        Ok(List(Box::leak(v.into_boxed_slice())))
    }
}

/// The two languages of the explainer. Dutch is the source language and the default.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Default, Hash)]
pub enum Lang {
    #[default]
    Nl,
    En,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::Nl, Lang::En];

    /// The BCP 47 code, as used in `lang` attributes and in the route.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Nl => "nl",
            Lang::En => "en",
        }
    }

    pub fn from_code(code: &str) -> Option<Lang> {
        match code.to_ascii_lowercase().as_str() {
            "nl" => Some(Lang::Nl),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    pub fn other(self) -> Lang {
        match self {
            Lang::Nl => Lang::En,
            Lang::En => Lang::Nl,
        }
    }
}

/// A visible text in Dutch with its English translation.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Text {
    pub nl: Str,
    pub en: Str,
}

impl Text {
    pub fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::Nl => self.nl.0,
            Lang::En => self.en.0,
        }
    }
}

/// Writes a value as a Rust expression that rebuilds it in a `static`.
pub trait ToRust {
    fn to_rust(&self, out: &mut String);
}

impl ToRust for Str {
    fn to_rust(&self, out: &mut String) {
        // `{:?}` on a str writes a valid Rust string literal (it escapes quotes, backslashes
        // and control characters).
        let _ = write!(out, "Str({:?})", self.0);
    }
}

impl<T: ToRust> ToRust for List<T> {
    fn to_rust(&self, out: &mut String) {
        out.push_str("List(&[");
        for item in self.0 {
            item.to_rust(out);
            out.push(',');
        }
        out.push_str("])");
    }
}

impl<T: ToRust> ToRust for Option<T> {
    fn to_rust(&self, out: &mut String) {
        match self {
            None => out.push_str("None"),
            Some(v) => {
                out.push_str("Some(");
                v.to_rust(out);
                out.push(')');
            }
        }
    }
}

macro_rules! to_rust_number {
    ($($t:ty),*) => {$(
        impl ToRust for $t {
            fn to_rust(&self, out: &mut String) {
                let _ = write!(out, "{}", self);
            }
        }
    )*};
}
to_rust_number!(u8, u16);

impl ToRust for bool {
    fn to_rust(&self, out: &mut String) {
        out.push_str(if *self { "true" } else { "false" });
    }
}

impl ToRust for Text {
    fn to_rust(&self, out: &mut String) {
        out.push_str("Text{nl:");
        self.nl.to_rust(out);
        out.push_str(",en:");
        self.en.to_rust(out);
        out.push('}');
    }
}

/// Where the walk over the content is: the field names from the top, and the ids of the items
/// passed on the way (the innermost is the item a problem belongs to).
#[derive(Default, Debug)]
pub struct VisitPath {
    pub fields: Vec<&'static str>,
    pub ids: Vec<&'static str>,
}

impl VisitPath {
    /// The id of the innermost item, or the field path where no item has an id (the UI texts).
    pub fn item(&self) -> String {
        match self.ids.last() {
            Some(id) => (*id).to_string(),
            None => self.fields[1.min(self.fields.len())..].join("."),
        }
    }
    /// The top-level field of [`super::model::Full`] the walk is in.
    pub fn top(&self) -> &'static str {
        self.fields.first().copied().unwrap_or("")
    }
}

/// Walks every value in the content, calling `f` on each (as `&dyn Any`, to be downcast to the
/// type a check is about: `Text`, `Source`, `Date`). Generated for every content type, so a new
/// field is always checked.
pub trait Visit: Any + Sized {
    fn visit(&self, path: &mut VisitPath, f: &mut dyn FnMut(&VisitPath, &dyn Any)) {
        f(path, self as &dyn Any);
    }
    /// The value as an item id, for a `Str` in a field called `id`.
    fn as_id(&self) -> Option<&'static str> {
        None
    }
}

impl Visit for Str {
    fn as_id(&self) -> Option<&'static str> {
        Some(self.0)
    }
}
impl Visit for Text {}
impl Visit for u8 {}
impl Visit for u16 {}
impl Visit for bool {}

impl<T: Visit> Visit for List<T> {
    fn visit(&self, path: &mut VisitPath, f: &mut dyn FnMut(&VisitPath, &dyn Any)) {
        for item in self.0 {
            item.visit(path, f);
        }
    }
}

impl<T: Visit> Visit for Option<T> {
    fn visit(&self, path: &mut VisitPath, f: &mut dyn FnMut(&VisitPath, &dyn Any)) {
        if let Some(v) = self {
            v.visit(path, f);
        }
    }
}

/// Declares a content struct with its [`ToRust`] generator and its [`Visit`] walk from one field
/// list, so neither can miss a field. The calling module must have both traits in scope.
macro_rules! content_struct {
    ($(#[$meta:meta])* pub struct $name:ident { $( $(#[$fmeta:meta])* pub $field:ident : $ty:ty ),* $(,)? }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, PartialEq, Debug, serde::Deserialize)]
        #[serde(deny_unknown_fields)]
        pub struct $name { $( $(#[$fmeta])* pub $field: $ty ),* }

        impl ToRust for $name {
            fn to_rust(&self, out: &mut String) {
                out.push_str(concat!(stringify!($name), "{"));
                $(
                    out.push_str(concat!(stringify!($field), ":"));
                    ToRust::to_rust(&self.$field, out);
                    out.push(',');
                )*
                out.push('}');
            }
        }

        impl Visit for $name {
            fn visit(&self, path: &mut VisitPath, f: &mut dyn FnMut(&VisitPath, &dyn std::any::Any)) {
                let mut pushed_id = false;
                $(
                    if stringify!($field) == "id" {
                        if let Some(id) = Visit::as_id(&self.$field) {
                            path.ids.push(id);
                            pushed_id = true;
                        }
                    }
                )*
                f(path, self as &dyn std::any::Any);
                $(
                    path.fields.push(stringify!($field));
                    Visit::visit(&self.$field, path, f);
                    path.fields.pop();
                )*
                if pushed_id {
                    path.ids.pop();
                }
            }
        }
    };
}

/// Declares a content enum of unit variants with its serde names, its [`ToRust`] generator and
/// its (empty) [`Visit`] walk. The calling module must have both traits in scope.
macro_rules! content_enum {
    ($(#[$meta:meta])* pub enum $name:ident { $( $(#[$vmeta:meta])* $variant:ident = $key:literal ),* $(,)? }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, serde::Deserialize)]
        pub enum $name { $( $(#[$vmeta])* #[serde(rename = $key)] $variant ),* }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),*];

            /// The name used in content files and routes.
            pub fn key(self) -> &'static str {
                match self { $($name::$variant => $key),* }
            }
        }

        impl ToRust for $name {
            fn to_rust(&self, out: &mut String) {
                out.push_str(match self { $($name::$variant => concat!(stringify!($name), "::", stringify!($variant))),* });
            }
        }

        impl Visit for $name {}
    };
}
