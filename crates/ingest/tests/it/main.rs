//! Integration tests: the reference corpus, bad input, robustness and speed.

mod bad_input;
mod corpus;
mod legacy_pages;
mod robust;
mod snapshot;
mod speed;
