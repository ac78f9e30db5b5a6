/**
 * `tsx bench/generate.ts --articles N [--seed S] --database-url URL`: writes a synthetic corpus
 * straight into the tables (batched `INSERT … SELECT FROM unnest(...)`), not through the
 * NLP pipeline, so 20k articles take a minute or two rather than an hour.
 */
import { parseArgs } from 'node:util';
import pg from 'pg';
import { unnestInsert, type Column } from '../src/db/unnestInsert.ts';
import { articleOf, castOf, prng, Random, type ArticleRow, type Cast } from './corpus.ts';

const BATCH = 200;

export interface CorpusStats {
  articles: number;
  paragraphs: number;
  quotes: number;
  claims: number;
  troopLevels: number;
  people: number;
  locations: number;
  seconds: number;
}

/** Fills an empty, migrated database with `articles` articles from `seed`. */
export async function generateCorpus(
  databaseUrl: string,
  articles: number,
  seed: number,
  onProgress?: (done: number) => void,
): Promise<CorpusStats> {
  const started = performance.now();
  const random = new Random(prng(seed));
  const cast = castOf(random);
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const stats = {
    articles: 0,
    paragraphs: 0,
    quotes: 0,
    claims: 0,
    troopLevels: 0,
    people: cast.people.length,
    locations: cast.locations.length,
  };
  try {
    await client.query('BEGIN');
    await insertCast(client, cast);
    for (let first = 0; first < articles; first += BATCH) {
      const batch = Array.from({ length: Math.min(BATCH, articles - first) }, (_, i) => articleOf(random, first + i + 1, cast));
      await insertArticles(client, batch);
      stats.articles += batch.length;
      for (const article of batch) {
        stats.paragraphs += article.paragraphs.length;
        stats.quotes += article.quotes.length;
        stats.claims += article.claims.length;
        stats.troopLevels += article.troopLevels.length;
      }
      onProgress?.(stats.articles);
    }
    await client.query('COMMIT');
    await client.query('ANALYZE');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
  return { ...stats, seconds: (performance.now() - started) / 1000 };
}

/** One `INSERT … SELECT * FROM unnest($1::type[], …)` for a batch of rows. */
async function insertRows<T>(client: pg.Client, table: string, columns: Column<T>[], rows: T[]): Promise<void> {
  const statement = unnestInsert(table, columns, rows);
  if (statement) await client.query(statement.text, statement.values);
}

async function insertCast(client: pg.Client, cast: Cast): Promise<void> {
  await insertRows(
    client,
    'person',
    [
      ['id', 'uuid', (p) => p.id],
      ['name', 'text', (p) => p.name],
      ['key', 'text', (p) => p.key],
      ['updated_at', 'timestamptz', () => new Date()],
    ],
    cast.people,
  );
  await client.query('UPDATE person SET roles = ARRAY[r.role] FROM unnest($1::uuid[], $2::text[]) AS r(id, role) WHERE person.id = r.id', [
    cast.people.map((p) => p.id),
    cast.people.map((p) => p.role),
  ]);
  await insertRows(
    client,
    'location',
    [
      ['id', 'uuid', (l) => l.id],
      ['name', 'text', (l) => l.name],
      ['key', 'text', (l) => l.key],
      ['kind', '"LocationKind"', (l) => l.kind],
      ['iso_code', 'text', (l) => l.isoCode],
    ],
    cast.locations,
  );
}

async function insertArticles(client: pg.Client, batch: ArticleRow[]): Promise<void> {
  const now = new Date();
  const each = <T>(pick: (a: ArticleRow) => T[]) => batch.flatMap((a) => pick(a).map((row) => ({ articleId: a.id, ...row })));
  await insertRows(
    client,
    'article',
    [
      ['id', 'uuid', (a) => a.id],
      ['slug', 'text', (a) => a.slug],
      ['headline', 'text', (a) => a.headline],
      ['standfirst', 'text', (a) => a.standfirst],
      ['published_at', 'timestamptz', (a) => a.publishedAt],
      ['text', 'text', (a) => a.text],
      ['content_hash', 'text', (a) => `synthetic-${a.id}`],
      ['updated_at', 'timestamptz', () => now],
    ],
    batch,
  );
  await insertRows(
    client,
    'article_author',
    [
      ['article_id', 'uuid', (r) => r.articleId],
      ['person_id', 'uuid', (r) => r.personId],
      ['position', 'int', (r) => r.position],
      ['role', 'text', (r) => r.role],
    ],
    each((a) => a.authors),
  );
  await insertRows(
    client,
    'paragraph',
    [
      ['id', 'uuid', (r) => r.id],
      ['article_id', 'uuid', (r) => r.articleId],
      ['index', 'int', (r) => r.index],
      ['kind', '"ParagraphKind"', (r) => r.kind],
      ['text', 'text', (r) => r.text],
      ['start', 'int', (r) => r.start],
      ['end', 'int', (r) => r.end],
    ],
    each((a) => a.paragraphs),
  );
  await insertRows(
    client,
    'quote',
    [
      ['id', 'uuid', (r) => r.id],
      ['article_id', 'uuid', (r) => r.articleId],
      ['paragraph_id', 'uuid', (r) => r.paragraphId],
      ['text', 'text', (r) => r.text],
      ['speaker_id', 'uuid', (r) => r.speakerId],
      ['speaker_description', 'text', (r) => r.speakerDescription],
      ['attribution_verb', 'text', (r) => r.verb],
      ['start', 'int', (r) => r.start],
      ['end', 'int', (r) => r.end],
      ['updated_at', 'timestamptz', () => now],
    ],
    each((a) => a.quotes),
  );
  await insertRows(
    client,
    'claim',
    [
      ['id', 'uuid', (r) => r.id],
      ['article_id', 'uuid', (r) => r.articleId],
      ['paragraph_id', 'uuid', (r) => r.paragraphId],
      ['text', 'text', (r) => r.text],
      ['kind', '"ClaimKind"', (r) => r.kind],
      ['claimant_id', 'uuid', (r) => r.claimantId],
      ['claimant_description', 'text', (r) => r.claimantDescription],
      ['status', '"ReviewStatus"', (r) => r.status],
      ['start', 'int', (r) => r.start],
      ['end', 'int', (r) => r.end],
      ['updated_at', 'timestamptz', () => now],
    ],
    each((a) => a.claims),
  );
  await insertRows(
    client,
    'claim_quote',
    [
      ['claim_id', 'uuid', (r) => r.id],
      ['quote_id', 'uuid', (r) => r.quoteId],
    ],
    each((a) => a.claims.filter((c) => c.quoteId !== null)),
  );
  await insertRows(
    client,
    'troop_level',
    [
      ['id', 'uuid', (r) => r.id],
      ['article_id', 'uuid', (r) => r.articleId],
      ['paragraph_id', 'uuid', (r) => r.paragraphId],
      ['claim_id', 'uuid', (r) => r.claimId],
      ['location_id', 'uuid', (r) => r.locationId],
      ['force', 'text', (r) => r.force],
      ['count', 'int', (r) => r.count],
      ['kind', '"TroopLevelKind"', (r) => r.kind],
      ['effective_date', 'date', (r) => r.effectiveDate],
      ['date_precision', '"DatePrecision"', () => 'DAY'],
      ['text', 'text', (r) => r.text],
      ['start', 'int', (r) => r.start],
      ['end', 'int', (r) => r.end],
      ['updated_at', 'timestamptz', () => now],
    ],
    each((a) => a.troopLevels),
  );
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      articles: { type: 'string', default: '1000' },
      seed: { type: 'string', default: '1' },
      'database-url': { type: 'string' },
      help: { type: 'boolean' },
    },
  });
  const url = values['database-url'] ?? process.env.DATABASE_URL;
  if (values.help || !url) {
    console.log(
      'Usage: tsx bench/generate.ts --articles N [--seed S] --database-url URL (or DATABASE_URL)\nFills an empty, migrated database with a synthetic corpus.',
    );
    return;
  }
  const stats = await generateCorpus(url, Number(values.articles), Number(values.seed), (done) =>
    process.stdout.write(`\r${done} articles`),
  );
  console.log(`\n${JSON.stringify(stats)}`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
