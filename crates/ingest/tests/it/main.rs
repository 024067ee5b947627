//! Integration tests: the reference corpus, bad input, robustness and speed.

mod bad_input;
#[path = "../common/mod.rs"]
mod common;
mod corpus;
mod legacy_pages;
mod meta_shapes;
mod robust;
mod snapshot;
mod speed;
