import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiKey } from '../../../src/db/apiKeys.ts';
import { ingestArticle } from '../../../src/ingest/index.ts';
import { cleanEnv, exitOf, spawnNode, waitForOutput } from '../../helpers/cli.ts';
import { createMigratedDatabase, type MigratedTestDatabase } from '../../helpers/database.ts';
import { freePort } from '../../helpers/ports.ts';
import { wireStory } from '../../helpers/stories.ts';

let db: MigratedTestDatabase;

beforeAll(async () => {
  db = await createMigratedDatabase();
});

afterAll(async () => {
  await db.drop();
});

const INGEST = `mutation ($text: String!) { ingestArticle(input: { text: $text }) { article { id } } }`;
const COUNTS = `query ($id: ID!) { node(id: $id) { ... on Article { counts { paragraphs quotes claims troopLevels } } } }`;

interface Counts {
  paragraphs: number;
  quotes: number;
  claims: number;
  troopLevels: number;
}

/** What the pipeline extracts from a text: what a complete stored article holds. */
function expectedCounts(text: string): Counts {
  const draft = ingestArticle(text);
  return {
    paragraphs: draft.paragraphs.length,
    quotes: draft.quotes.length,
    claims: draft.claims.length,
    troopLevels: draft.troopLevels.length,
  };
}

async function startService(port: number) {
  const child = spawnNode('src/cli/start.ts', cleanEnv({ DATABASE_URL: db.url, PORT: String(port), SEED_ON_START: 'false' }));
  await waitForOutput(child, /ready at/);
  const url = `http://127.0.0.1:${port}/graphql`;
  const graphql = async <T>(
    query: string,
    variables: Record<string, unknown>,
    headers: Record<string, string> = {},
  ): Promise<{ status: number; data?: T }> => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query, variables }),
    });
    return { status: response.status, ...((await response.json()) as { data?: T }) };
  };
  return { child, graphql };
}

describe('kill -9 during 100 concurrent ingests', () => {
  it('keeps every acknowledged article whole after a restart, and no partial article', async () => {
    const port = await freePort();
    const { secret } = await createApiKey(db.prisma, 'crash test', 'EDITOR');
    const first = await startService(port);
    const texts = Array.from({ length: 100 }, (_, i) => wireStory(i, 4));
    const acknowledged = new Map<string, string>();
    const requests = texts.map(
      (text) =>
        first
          .graphql<{ ingestArticle: { article: { id: string } | null } }>(INGEST, { text }, { authorization: `Bearer ${secret}` })
          .then(({ data }) => data?.ingestArticle.article && acknowledged.set(data.ingestArticle.article.id, text))
          .catch(() => undefined), // cut off by the kill: not acknowledged
    );
    while (acknowledged.size < 10) await new Promise((resolve) => setTimeout(resolve, 2));
    first.child.kill('SIGKILL');
    await exitOf(first.child);
    await Promise.all(requests);
    expect(acknowledged.size).toBeLessThan(100);

    const second = await startService(port);
    try {
      for (const [id, text] of acknowledged) {
        const { data } = await second.graphql<{ node: { counts: Counts } | null }>(COUNTS, { id });
        expect(data?.node?.counts).toEqual(expectedCounts(text));
      }
      const stored = await db.prisma.article.findMany({
        select: { text: true, _count: { select: { paragraphs: true, quotes: true, claims: true, troopLevels: true } } },
      });
      expect(stored.length).toBeGreaterThanOrEqual(acknowledged.size);
      for (const article of stored) expect(article._count).toEqual(expectedCounts(article.text));
    } finally {
      second.child.kill('SIGTERM');
      await exitOf(second.child);
    }
  });
});
