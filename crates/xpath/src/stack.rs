//! Stack safety for the recursive walks over expression trees.
//!
//! Parsing, printing, cloning, comparing and evaluating recurse once per level of a tree; each
//! level takes a few kilobytes in unoptimised builds. Instead of overflowing on a deep (but
//! accepted) expression or a small thread stack, these walks continue on a heap-allocated
//! stack segment when the current one runs low.

/// Stack that must remain before going one level deeper.
const RED_ZONE: usize = 128 * 1024;
/// Size of each extra stack segment.
const STACK_CHUNK: usize = 1024 * 1024;

/// Runs `f`, first moving to a fresh stack segment if less than the red zone is left.
pub(crate) fn guarded<R>(f: impl FnOnce() -> R) -> R {
    stacker::maybe_grow(RED_ZONE, STACK_CHUNK, f)
}
