/**
 * Read replicas on two real Postgres servers (a primary and a hot standby fed by streaming
 * replication, tests/helpers/replication.ts): which server answered each statement comes from
 * each server's own pg_stat_statements. The standby applies WAL 300 ms late
 * (recovery_min_apply_delay), so a read that does not wait for replay would be stale.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config.ts';
import { createApiKey } from '../../../src/db/apiKeys.ts';
import { closeClient, createPrismaClient, type PrismaClient } from '../../../src/db/client.ts';
import { migrateQueue } from '../../../src/db/queueSchema.ts';
import { openDatabase } from '../../../src/db/connect.ts';
import { openReplicas, type ReadRouting, type ReplicaStatus } from '../../../src/db/replicas.ts';
import { saveArticle } from '../../../src/db/store.ts';
import { claimToReview } from '../../../src/graphql/claim/scenario.ts';
import { toGlobalId } from '../../../src/graphql/common/ids.ts';
import { startReplicatedClusters, type ReplicatedClusters } from '../../helpers/replication.ts';
import { startTestServer, type TestServer } from '../../helpers/server.ts';

const APPLY_DELAY_MS = 300;
const REVIEW = `mutation ($id: ID!, $status: ReviewStatus!, $note: String) {
  reviewClaim(id: $id, status: $status, note: $note) { claim { status reviewNote article { headline } } userErrors { code } } }`;
const CLAIM = 'query ($id: ID!) { node(id: $id) { ... on Claim { status reviewNote } } }';

let clusters: ReplicatedClusters;
let primary: PrismaClient;
let routing: ReadRouting;
let server: TestServer;
let editor: Record<string, string>;
let claimRowId: string;
let claimId: string;
let headline: string;

beforeAll(async () => {
  clusters = await startReplicatedClusters({ applyDelayMs: APPLY_DELAY_MS });
  primary = createPrismaClient(clusters.primaryUrl, { poolSize: 4 });
  const saved = await saveArticle(primary, claimToReview('replicas'));
  const claim = await primary.claim.findFirstOrThrow({ where: { articleId: saved.articleId }, include: { article: true } });
  [claimRowId, claimId, headline] = [claim.id, toGlobalId('Claim', claim.id), claim.article.headline];
  editor = { authorization: `Bearer ${(await createApiKey(primary, 'editor', 'EDITOR')).secret}` };
  await clusters.caughtUp();
  routing = await openReplicas(primary, [clusters.standbyUrl], { maxLagMs: 1_000, probeIntervalMs: 100 });
  server = await startTestServer(primary, { routing });
}, 60_000);

afterAll(async () => {
  await server?.close();
  await routing?.close();
  if (primary) await closeClient(primary);
  await clusters?.close();
});

beforeEach(() => clusters.resetStatements());

async function until(condition: () => boolean, timeoutMs = 5_000): Promise<void> {
  for (const deadline = Date.now() + timeoutMs; !condition(); await new Promise((resolve) => setTimeout(resolve, 20))) {
    if (Date.now() > deadline) throw new Error(`not so after ${timeoutMs} ms`);
  }
}

const names = (statements: string[], table: string) => statements.filter((sql) => new RegExp(`\\b${table}\\b`).test(sql));
const readyz = async (baseUrl: string) => {
  const response = await fetch(`${baseUrl}/readyz`);
  return { status: response.status, body: (await response.json()) as { status: string; replicas: ReplicaStatus[] } };
};

describe('with a read replica', () => {
  it('answers a GraphQL query from the replica: its statements ran there and none on the primary', async () => {
    const result = await server.graphql<{ articles: { edges: { node: { headline: string; claims: { kind: string }[] } }[] } }>(
      '{ articles(first: 5) { edges { node { headline claims { kind } } } } }',
    );
    expect(result.data?.articles.edges.map((edge) => edge.node)).toEqual([{ headline, claims: [{ kind: 'EVENT' }] }]);
    expect(await clusters.statementsOn('primary')).toEqual([]);
    expect(names(await clusters.statementsOn('standby'), 'article')).not.toEqual([]);
  });

  it('sends a Prisma read through the read-replicas extension to the replica', async () => {
    expect(await routing.prisma.claim.count()).toBe(1);
    expect(await clusters.statementsOn('primary')).toEqual([]);
    expect(names(await clusters.statementsOn('standby'), 'claim')).toHaveLength(1);
  });

  it('runs a mutation, and every read of what it answers, on the primary', async () => {
    const result = await server.graphql(REVIEW, { id: claimId, status: 'SUPPORTED', note: 'on the primary' }, editor);
    expect(result.data?.reviewClaim).toEqual({
      claim: { status: 'SUPPORTED', reviewNote: 'on the primary', article: { headline } },
      userErrors: [],
    });
    const onPrimary = await clusters.statementsOn('primary');
    expect(onPrimary.filter((sql) => /UPDATE claim/.test(sql))).toHaveLength(1);
    expect(names(onPrimary, 'article')).not.toEqual([]);
    // The replica saw only the API-key check, which precedes knowing the operation's kind.
    expect(await clusters.statementsOn('standby')).toEqual([expect.stringMatching(/FROM api_key/)]);
  });

  it('reads the old value on the replica right after a write when nothing waits for replay', async () => {
    await primary.claim.update({ where: { id: claimRowId }, data: { reviewNote: 'not yet replayed' } });
    const { rows } = await routing.reader()<{ review_note: string }>('SELECT review_note FROM claim WHERE id = $1', [claimRowId]);
    expect(rows[0]?.review_note).not.toBe('not yet replayed');
    await clusters.caughtUp();
  });

  it('never reads stale data when a query of the same record follows a mutation at once', async () => {
    for (let round = 1; round <= 8; round += 1) {
      const change = { status: round % 2 === 0 ? 'SUPPORTED' : 'FALSE', reviewNote: `round ${round}` };
      const written = await server.graphql(REVIEW, { id: claimId, status: change.status, note: change.reviewNote }, editor);
      expect(written.errors).toBeUndefined();
      const read = await server.graphql<{ node: unknown }>(CLAIM, { id: claimId });
      expect(read.data?.node).toEqual(change);
    }
    // The reads were the replica's, and it stayed in rotation.
    expect(names(await clusters.statementsOn('standby'), 'claim')).not.toEqual([]);
    expect(routing.replicas().map((replica) => replica.state)).toEqual(['ok']);
  });

  it('skips a replica lagging more than REPLICA_MAX_LAG_MS and reports it lagging', async () => {
    const strict = await openReplicas(primary, [clusters.standbyUrl], { maxLagMs: 150, probeIntervalMs: 50 });
    const strictServer = await startTestServer(primary, { routing: strict });
    try {
      await clusters.setApplyDelay(5_000);
      await primary.claim.update({ where: { id: claimRowId }, data: { reviewNote: 'written while lagging' } });
      await until(() => strict.replicas()[0]?.state === 'lagging');
      await clusters.resetStatements();
      const read = await strictServer.graphql<{ node: { reviewNote: string } }>(CLAIM, { id: claimId });
      expect(read.data?.node.reviewNote).toBe('written while lagging');
      expect(await clusters.statementsOn('standby')).toEqual([]);
      expect(names(await clusters.statementsOn('primary'), 'claim')).not.toEqual([]);
      const { status, body } = await readyz(strictServer.baseUrl);
      expect({ status, body }).toEqual({
        status: 200,
        body: {
          status: 'ready',
          replicas: [{ url: `127.0.0.1:${clusters.standbyPort}/troop_levels`, state: 'lagging', lagMs: expect.any(Number) }],
        },
      });
      expect(body.replicas[0]!.lagMs).toBeGreaterThan(150);
    } finally {
      await clusters.setApplyDelay(APPLY_DELAY_MS);
      await strictServer.close();
      await strict.close();
      await clusters.caughtUp();
    }
  });

  it('queues an ingestion on the primary and answers with its job, although the replica has not seen it yet', async () => {
    await migrateQueue(clusters.primaryUrl);
    const text = 'Garrison grows on the island\n\nThe island garrison will grow to 600 soldiers, the defence office said.';
    const result = await server.graphql<{ ingestArticle: { job: { status: string } | null } }>(
      'mutation ($text: String!) { ingestArticle(input: { text: $text, async: true }) { job { status } } }',
      { text },
      editor,
    );
    expect(result).toEqual({ data: { ingestArticle: { job: { status: 'QUEUED' } } } });
  });

  it('opens the replicas of DATABASE_REPLICA_URLS with the database, in rotation once caught up', async () => {
    const config = loadConfig({ DATABASE_URL: clusters.primaryUrl, DATABASE_REPLICA_URLS: clusters.standbyUrl, SEED_ON_START: 'false' });
    const db = await openDatabase(config);
    try {
      // The first probe runs before openDatabase returns; on a loaded machine it may time out, and a later one succeed.
      await until(() => db.routing.replicas()[0]?.state === 'ok');
      expect(db.routing.replicas()).toEqual([{ url: `127.0.0.1:${clusters.standbyPort}/troop_levels`, state: 'ok', lagMs: 0 }]);
      expect(await db.routing.prisma.claim.count()).toBe(1);
      expect(names(await clusters.statementsOn('standby'), 'claim')).toHaveLength(1);
    } finally {
      await db.close();
    }
  });

  // Last: the standby stays stopped.
  it('skips a stopped replica: queries succeed from the primary and /readyz reports it down with 200', async () => {
    await clusters.stopStandby();
    await until(() => routing.replicas()[0]?.state === 'down');
    const read = await server.graphql<{ node: { reviewNote: string } }>(CLAIM, { id: claimId });
    expect(read.data?.node.reviewNote).toBe('written while lagging');
    expect(names(await clusters.statementsOn('primary'), 'claim')).not.toEqual([]);
    const { status, body } = await readyz(server.baseUrl);
    expect({ status, body }).toEqual({
      status: 200,
      body: { status: 'ready', replicas: [{ url: `127.0.0.1:${clusters.standbyPort}/troop_levels`, state: 'down', lagMs: null }] },
    });
  });
});
