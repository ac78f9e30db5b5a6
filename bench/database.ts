/**
 * The benchmark's Postgres: its own embedded cluster (pg_stat_statements loaded, so SQL
 * statements per request are counted the same way for every server) with one database per
 * corpus size. A finished corpus is kept and reused; a half-written one never is, because the
 * corpus is built under a temporary name and renamed when complete.
 */
import path from 'node:path';
import pg from 'pg';
import { projectRoot } from '../src/config.ts';
import { connectionUrl, ensureDatabase, startEmbeddedPostgres, type EmbeddedPostgres } from '../src/db/embedded.ts';
import { migrate } from '../src/db/migrate.ts';
import { generateCorpus } from './generate.ts';

/** Bump when the corpus shape changes, so stale corpora are rebuilt. */
const CORPUS_VERSION = 1;

export async function startBenchCluster(port: number): Promise<EmbeddedPostgres> {
  return startEmbeddedPostgres({
    dataDir: path.join(projectRoot, '.data', 'bench-postgres'),
    port,
    database: 'postgres',
    // Every corpus fits in memory (20k articles ≈ 630 MB), as it would on a tuned server: the
    // benchmark compares the servers, not the disk.
    settings: {
      shared_preload_libraries: 'pg_stat_statements',
      'pg_stat_statements.track': 'top',
      max_connections: '200',
      shared_buffers: '1GB',
    },
  });
}

export async function corpusDatabase(
  cluster: EmbeddedPostgres,
  articles: number,
  seed: number,
  log: (line: string) => void,
): Promise<string> {
  const name = `bench_${articles}_s${seed}_v${CORPUS_VERSION}`;
  const url = connectionUrl('postgres', 'postgres', cluster.port, name);
  const admin = new pg.Client({ connectionString: cluster.adminUrl });
  await admin.connect();
  try {
    const exists = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (exists.rowCount === 0) {
      const building = `${name}_building`;
      await admin.query(`DROP DATABASE IF EXISTS ${building}`);
      await ensureDatabase(cluster.adminUrl, building);
      const buildingUrl = connectionUrl('postgres', 'postgres', cluster.port, building);
      await migrate(buildingUrl);
      const stats = await generateCorpus(buildingUrl, articles, seed, (done) =>
        process.stderr.write(`\r  generating ${done}/${articles} articles`),
      );
      process.stderr.write('\n');
      log(`corpus ${name}: ${JSON.stringify(stats)}`);
      await admin.query(`ALTER DATABASE ${building} RENAME TO ${name}`);
    }
  } finally {
    await admin.end();
  }
  await migrate(url); // a kept corpus gets migrations added since it was built
  await prepareForPeers(url);
  await vacuum(url);
  return url;
}

/**
 * Every run starts from a vacuumed database, as autovacuum leaves a settled one: otherwise
 * whether count(*) is an index-only scan (visibility map set) depends on autovacuum's timing
 * after the bulk load and on earlier runs' M1 updates.
 */
async function vacuum(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('VACUUM (ANALYZE)');
  } finally {
    await client.end();
  }
}

/**
 * What the peers need beside our tables: pg_stat_statements, and the search function that
 * PostGraphile exposes as a query field (it has no full-text search of its own). The
 * function ranks articles, claims and quotes with the same tsquery and ranking our service uses.
 */
async function prepareForPeers(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('CREATE EXTENSION IF NOT EXISTS pg_stat_statements');
    await client.query(`
      CREATE SCHEMA IF NOT EXISTS bench;
      DROP TYPE IF EXISTS bench.search_hit CASCADE;
      CREATE TYPE bench.search_hit AS (kind text, id uuid, rank float8, title text);
      DROP FUNCTION IF EXISTS bench.search(text, int);
      CREATE OR REPLACE FUNCTION bench.search(query text, hits int) RETURNS SETOF bench.search_hit
      LANGUAGE sql STABLE AS $$
        WITH q AS (SELECT websearch_to_tsquery('english', query) AS tsq)
        SELECT * FROM (
          (SELECT 'Article' AS kind, a.id, ts_rank_cd(a.search, q.tsq)::float8 AS rank, a.headline AS title FROM article a, q WHERE a.search @@ q.tsq ORDER BY 3 DESC, 2 LIMIT hits)
          UNION ALL
          (SELECT 'Claim', c.id, ts_rank_cd(c.search, q.tsq)::float8, c.text FROM claim c, q WHERE c.search @@ q.tsq ORDER BY 3 DESC, 2 LIMIT hits)
          UNION ALL
          (SELECT 'Quote', t.id, ts_rank_cd(t.search, q.tsq)::float8, t.text FROM quote t, q WHERE t.search @@ q.tsq ORDER BY 3 DESC, 2 LIMIT hits)
        ) ranked ORDER BY rank DESC, kind, id LIMIT hits
      $$;`);
  } finally {
    await client.end();
  }
}

/** Sample keys the load generator draws from: slugs, claim ids, the busiest place. */
export interface Samples {
  slugs: string[];
  claimIds: string[];
  busiestPlace: { id: string; name: string; key: string };
  searchTerms: string[];
}

export async function samplesOf(url: string): Promise<Samples> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const slugs = await client.query<{ slug: string }>('SELECT slug FROM article ORDER BY id LIMIT 500');
    const claims = await client.query<{ id: string }>('SELECT id FROM claim ORDER BY id LIMIT 500');
    const busiest = await client.query<{ id: string; name: string; key: string }>(
      'SELECT l.id, l.name, l.key FROM location l JOIN troop_level t ON t.location_id = l.id GROUP BY l.id ORDER BY count(*) DESC LIMIT 1',
    );
    const place = busiest.rows[0];
    if (!place) throw new Error('The corpus has no troop levels.');
    return { slugs: slugs.rows.map((r) => r.slug), claimIds: claims.rows.map((r) => r.id), busiestPlace: place, searchTerms: SEARCH_TERMS };
  } finally {
    await client.end();
  }
}

/** Web-search queries as people type them: selective phrases and names, not stop words. */
const SEARCH_TERMS = [
  '"air defence" Poland',
  'Haddad drawdown',
  'ceasefire Somalia',
  '"intelligence sharing" Kosovo',
  'Okafor sanctions',
  'peacekeeping Mali -budget',
];

/** Starts counting SQL statements in the corpus database afresh. */
export async function resetStatements(stats: pg.Client): Promise<void> {
  await stats.query('SELECT pg_stat_statements_reset()');
}

/** SQL statements run in the corpus database since the last reset, except our own counting. */
export async function countStatements(stats: pg.Client): Promise<number> {
  const { rows } = await stats.query<{ calls: string }>(
    `SELECT coalesce(sum(calls), 0) AS calls FROM pg_stat_statements
      WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database()) AND query NOT LIKE '%pg_stat_statements%'`,
  );
  return Number(rows[0]?.calls ?? 0);
}
