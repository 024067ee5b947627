//! How to keep originals in PostgreSQL: `bytea` (what the backend does) or large
//! objects? Starts a throwaway cluster, writes the same originals both ways in one
//! transaction, reads them back whole and as a kept-text run (a 4 KB range from the
//! middle), and reports times and space. Figures: `crates/store/RESULTS.md`.
//!
//! `cargo run --release -p dossier-store --example pg_originals [COUNT] [KB]`

use std::time::Instant;

fn main() {
    let mut args = std::env::args().skip(1);
    let count: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(200);
    let kb: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(1024);
    let Some(cluster) = dossier_store::testing::TempCluster::start() else {
        std::process::exit(1);
    };
    let url = cluster.database();
    let mut client = postgres::Client::connect(&url, postgres::NoTls).expect("connect");
    client
        .batch_execute(
            "CREATE TABLE by_bytea(key bigint PRIMARY KEY, bytes bytea NOT NULL);
             ALTER TABLE by_bytea ALTER COLUMN bytes SET STORAGE EXTERNAL;
             CREATE TABLE by_bytea_compressed(key bigint PRIMARY KEY, bytes bytea NOT NULL);
             CREATE TABLE by_lo(key bigint PRIMARY KEY, oid oid NOT NULL);",
        )
        .expect("schema");
    // Originals as the corpora hold them: mostly text (compressible) and PDFs
    // (already compressed); half and half, from a fixed generator.
    let mut state = 0x2545_f491_4f6c_dd1du64;
    let originals: Vec<Vec<u8>> = (0..count)
        .map(|i| {
            (0..kb * 1024)
                .map(|j| {
                    if i % 2 == 0 {
                        b"The court sentenced the activist to five years. "[j % 48]
                    } else {
                        state ^= state << 13;
                        state ^= state >> 7;
                        state ^= state << 17;
                        state as u8
                    }
                })
                .collect()
        })
        .collect();
    let total_mb = (count * kb) as f64 / 1024.0;
    println!("{count} originals of {kb} KB ({total_mb:.0} MB), half text, half random");

    for table in ["by_bytea", "by_bytea_compressed"] {
        let started = Instant::now();
        let mut tx = client.transaction().unwrap();
        let insert = tx
            .prepare(&format!("INSERT INTO {table}(key, bytes) VALUES ($1, $2)"))
            .unwrap();
        for (i, bytes) in originals.iter().enumerate() {
            tx.execute(&insert, &[&(i as i64), bytes]).unwrap();
        }
        tx.commit().unwrap();
        let write = started.elapsed().as_secs_f64();
        let started = Instant::now();
        for i in 0..count {
            let row = client
                .query_one(
                    &format!("SELECT bytes FROM {table} WHERE key = $1"),
                    &[&(i as i64)],
                )
                .unwrap();
            assert_eq!(row.get::<_, &[u8]>(0).len(), kb * 1024);
        }
        let read = started.elapsed().as_secs_f64();
        let started = Instant::now();
        for i in 0..count {
            let row = client
                .query_one(
                    &format!(
                        "SELECT substring(bytes FROM $2 FOR 4096) FROM {table} WHERE key = $1"
                    ),
                    &[&(i as i64), &((kb * 512) as i32)],
                )
                .unwrap();
            assert_eq!(row.get::<_, &[u8]>(0).len(), 4096);
        }
        let run = started.elapsed().as_secs_f64();
        let size: i64 = client
            .query_one(&format!("SELECT pg_total_relation_size('{table}')"), &[])
            .unwrap()
            .get(0);
        report(table, write, read, run, size, total_mb, count);
    }

    let started = Instant::now();
    let mut tx = client.transaction().unwrap();
    let insert = tx
        .prepare("INSERT INTO by_lo(key, oid) VALUES ($1, lo_from_bytea(0, $2))")
        .unwrap();
    for (i, bytes) in originals.iter().enumerate() {
        tx.execute(&insert, &[&(i as i64), bytes]).unwrap();
    }
    tx.commit().unwrap();
    let write = started.elapsed().as_secs_f64();
    let started = Instant::now();
    for i in 0..count {
        let row = client
            .query_one(
                "SELECT lo_get(oid) FROM by_lo WHERE key = $1",
                &[&(i as i64)],
            )
            .unwrap();
        assert_eq!(row.get::<_, &[u8]>(0).len(), kb * 1024);
    }
    let read = started.elapsed().as_secs_f64();
    let started = Instant::now();
    for i in 0..count {
        let row = client
            .query_one(
                "SELECT lo_get(oid, $2, 4096) FROM by_lo WHERE key = $1",
                &[&(i as i64), &((kb * 512) as i64)],
            )
            .unwrap();
        assert_eq!(row.get::<_, &[u8]>(0).len(), 4096);
    }
    let run = started.elapsed().as_secs_f64();
    let size: i64 = client
        .query_one(
            "SELECT pg_total_relation_size('pg_largeobject') + pg_total_relation_size('by_lo')",
            &[],
        )
        .unwrap()
        .get(0);
    report("large objects", write, read, run, size, total_mb, count);
}

fn report(name: &str, write: f64, read: f64, run: f64, size: i64, total_mb: f64, count: usize) {
    println!(
        "| {name} | {:.0} MB/s | {:.0} MB/s | {:.2} ms | {:.0} MB |",
        total_mb / write,
        total_mb / read,
        run * 1000.0 / count as f64,
        size as f64 / 1048576.0
    );
}
