//! Statements about the state of the law (stub, filled below).

use crate::event::Input;
use dossier_model::Statement;

pub fn statements(_input: &Input) -> Vec<Statement> {
    Vec::new()
}
