//! ODK entities in the form model: the `meta/entity` block that an XLSForm `entities` sheet
//! adds is made of ordinary elements, marked so that they stay out of `${name}` lookups.
//!
//! An entity is a [`ElementKind::Group`] named `entity` whose first instance attribute is
//! `dataset`; its XML attributes that need binds are question children named `@attr` (type
//! [`ATTRIBUTE_TYPE`], written as attributes of the parent, never as nodes), and its label is a
//! question child named `label` (type [`LABEL_TYPE`]).

use crate::model::{Element, ElementKind};

/// Question type of an entity attribute with a bind (`@id`, `@create`, ...).
pub const ATTRIBUTE_TYPE: &str = "entity attribute";
/// Question type of an entity's `label` child.
pub const LABEL_TYPE: &str = "entity label";

/// True for the entity node and its children, which `${name}` must never resolve to.
pub fn is_internal(el: &Element) -> bool {
    match &el.kind {
        ElementKind::Question { qtype } => qtype == ATTRIBUTE_TYPE || qtype == LABEL_TYPE,
        ElementKind::Group => {
            el.name == "entity" && el.instance_attributes.first().is_some_and(|(k, _)| k == "dataset")
        }
        ElementKind::Repeat => false,
    }
}
