//! Integration tests: the reference corpus, bad input, robustness and speed.

mod bad_input;
mod corpus;
mod robust;
mod snapshot;
mod speed;
