//! The conformance suite ([`dossier_store::conformance`]) on every backend: each
//! check runs on a fresh embedded store and on a fresh PostgreSQL database (a
//! throwaway cluster per test; skipped, saying so, where PostgreSQL is not
//! installed).

mod embedded {
    dossier_store::conformance_tests!(dossier_store::conformance::embedded());
}

mod postgres {
    dossier_store::conformance_tests!(dossier_store::conformance::postgres());
}
