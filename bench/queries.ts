/**
 * The query shapes, written once per server so each asks for the same data in its own
 * dialect, and a digest per shape that reduces any server's answer to the same comparable
 * value: the harness refuses to measure servers that disagree.
 */
import { toGlobalId } from '../src/graphql/common/ids.ts';
import type { Samples } from './database.ts';

export type ServerName = 'ours' | 'postgraphile' | 'raw';
export type ShapeName = 'Q1' | 'Q2' | 'Q3' | 'Q4' | 'M1';

export interface BenchRequest {
  path: string;
  body: string;
  headers?: Record<string, string>;
}

export interface Shape {
  name: ShapeName;
  title: string;
  request: Record<ServerName, (pick: <T>(items: T[]) => T, samples: Samples) => BenchRequest>;
  digest: Record<ServerName, (data: unknown) => unknown>;
}

const gql = (query: string, variables: Record<string, unknown> = {}, headers?: Record<string, string>): BenchRequest => ({
  path: '/graphql',
  body: JSON.stringify({ query, variables }),
  ...(headers ? { headers } : {}),
});
const raw = (path: string, params: Record<string, unknown>): BenchRequest => ({ path, body: JSON.stringify(params) });

/* eslint-disable @typescript-eslint/no-explicit-any -- digests read three servers' untyped JSON */
const uuidOf = (globalId: string): string => Buffer.from(globalId, 'base64url').toString('utf8').split(':')[1] ?? globalId;
const names = (list: any[]): string[] => list.map((x) => x?.name ?? null);

const Q1_OURS = `query Q1($slug: String!) { article(slug: $slug) { id slug headline standfirst publishedAt
  authors { role person { name } }
  paragraphs { index kind text }
  quotes { text attributionVerb speakerDescription speaker { name } span { start end } }
  claims { text kind status claimant { name } }
  troopLevels { count kind force qualifier effectiveDate location { name code } } } }`;
const Q1_PGL = `query Q1($slug: String!) { allArticles(condition: { slug: $slug }, first: 1) { nodes { rowId slug headline standfirst publishedAt
  articleAuthorsByArticleId(orderBy: POSITION_ASC) { nodes { role personByPersonId { name } } }
  paragraphsByArticleId(orderBy: INDEX_ASC) { nodes { index kind text } }
  quotesByArticleId(orderBy: [START_ASC, PRIMARY_KEY_ASC]) { nodes { text attributionVerb speakerDescription personBySpeakerId { name } start end } }
  claimsByArticleId(orderBy: [START_ASC, PRIMARY_KEY_ASC]) { nodes { text kind status personByClaimantId { name } } }
  troopLevelsByArticleId(orderBy: [START_ASC, PRIMARY_KEY_ASC]) { nodes { count kind force qualifier effectiveDate locationByLocationId { name isoCode } } } } } }`;

const q1Digest = (a: any) => ({
  slug: a.slug,
  time: new Date(a.publishedAt).getTime(),
  authors: a.authors.map((x: any) => [x.role, x.person.name]),
  paragraphs: a.paragraphs.map((p: any) => [p.index, p.kind, p.text.length]),
  quotes: a.quotes.map((q: any) => [q.text.length, q.speaker?.name ?? q.speakerDescription, q.span?.start ?? q.start]),
  claims: a.claims.map((c: any) => [c.kind, c.status, c.claimant?.name ?? null]),
  levels: a.troopLevels.map((t: any) => [t.count, t.kind, t.force, t.effectiveDate, t.location?.name]),
});

const Q2_OURS = `query Q2 { articles(first: 50) { totalCount edges { node { id slug headline publishedAt
  authors { role person { name } } counts { quotes claims troopLevels } } } } }`;
const Q2_PGL = `query Q2 { allArticles(first: 50, orderBy: [PUBLISHED_AT_DESC, PRIMARY_KEY_ASC]) { totalCount nodes { rowId slug headline publishedAt
  articleAuthorsByArticleId(orderBy: POSITION_ASC) { nodes { role personByPersonId { name } } }
  quotesByArticleId { totalCount } claimsByArticleId { totalCount } troopLevelsByArticleId { totalCount } } } }`;
const q2Digest = (total: number, list: any[]) => ({
  total,
  articles: list.map((a) => [a.slug, names(a.authors.map((x: any) => x.person)), a.counts.quotes, a.counts.claims, a.counts.troopLevels]),
});

const Q3_OURS = `query Q3($place: String!) { troopLevelTimeline(location: $place, first: 100) {
  date count kind qualifier force article { slug headline } } }`;
const Q3_PGL = `query Q3($key: String!) { allLocations(condition: { key: $key }) { nodes {
  troopLevelsByLocationId(first: 100, orderBy: [EFFECTIVE_DATE_ASC, PRIMARY_KEY_ASC]) { nodes {
    effectiveDate count kind qualifier force articleByArticleId { slug headline } } } } } }`;
const q3Digest = (points: any[]) => points.map((p) => [p.date, p.count, p.kind, p.force, p.article.slug]);

const Q4_OURS = `query Q4($q: String!) { search(query: $q, first: 20) { __typename
  ... on Article { id headline } ... on Claim { id text } ... on Quote { id text } } }`;
const Q4_PGL = `query Q4($q: String!) { benchSearch(query: $q, hits: 20) { nodes { kind rowId title } } }`;

const M1_OURS = `mutation M1($id: ID!, $status: ReviewStatus!, $note: String) { reviewClaim(id: $id, status: $status, note: $note) {
  claim { id status reviewNote reviewedAt } userErrors { field message } } }`;
const M1_PGL = `mutation M1($id: UUID!, $status: ReviewStatus!, $note: String, $at: Datetime!) {
  updateClaimByRowId(input: { rowId: $id, claimPatch: { status: $status, reviewNote: $note, reviewedAt: $at } }) {
    claim { rowId status reviewNote reviewedAt } } }`;
const STATUSES = ['SUPPORTED', 'DISPUTED', 'MISLEADING', 'FALSE'];

/** The editor key for our mutation; set by the harness after it creates one. */
export const auth = { ours: '' };

export const SHAPES: Shape[] = [
  {
    name: 'Q1',
    title: 'article detail: paragraphs, quotes + speakers, claims, troop levels + places',
    request: {
      ours: (pick, s) => gql(Q1_OURS, { slug: pick(s.slugs) }),
      postgraphile: (pick, s) => gql(Q1_PGL, { slug: pick(s.slugs) }),
      raw: (pick, s) => raw('/q1', { slug: pick(s.slugs) }),
    },
    digest: {
      ours: (d: any) => q1Digest(d.article),
      postgraphile: (d: any) => {
        const a = d.allArticles.nodes[0];
        return q1Digest({
          ...a,
          authors: a.articleAuthorsByArticleId.nodes.map((x: any) => ({ role: x.role, person: x.personByPersonId })),
          paragraphs: a.paragraphsByArticleId.nodes,
          quotes: a.quotesByArticleId.nodes.map((q: any) => ({ ...q, speaker: q.personBySpeakerId })),
          claims: a.claimsByArticleId.nodes.map((c: any) => ({ ...c, claimant: c.personByClaimantId })),
          troopLevels: a.troopLevelsByArticleId.nodes.map((t: any) => ({ ...t, location: t.locationByLocationId })),
        });
      },
      raw: (d: any) => q1Digest(d.article),
    },
  },
  {
    name: 'Q2',
    title: 'articles(first: 50) with authors and counts',
    request: { ours: () => gql(Q2_OURS), postgraphile: () => gql(Q2_PGL), raw: () => raw('/q2', { first: 50 }) },
    digest: {
      ours: (d: any) =>
        q2Digest(
          d.articles.totalCount,
          d.articles.edges.map((e: any) => e.node),
        ),
      postgraphile: (d: any) =>
        q2Digest(
          d.allArticles.totalCount,
          d.allArticles.nodes.map((a: any) => ({
            ...a,
            authors: a.articleAuthorsByArticleId.nodes.map((x: any) => ({ person: x.personByPersonId })),
            counts: {
              quotes: a.quotesByArticleId.totalCount,
              claims: a.claimsByArticleId.totalCount,
              troopLevels: a.troopLevelsByArticleId.totalCount,
            },
          })),
        ),
      raw: (d: any) => q2Digest(d.totalCount, d.articles),
    },
  },
  {
    name: 'Q3',
    title: 'troop-level timeline of the busiest place (first 100 points)',
    request: {
      ours: (_pick, s) => gql(Q3_OURS, { place: s.busiestPlace.name }),
      postgraphile: (_pick, s) => gql(Q3_PGL, { key: s.busiestPlace.key }),
      raw: (_pick, s) => raw('/q3', { locationId: s.busiestPlace.id, first: 100 }),
    },
    digest: {
      ours: (d: any) => q3Digest(d.troopLevelTimeline),
      postgraphile: (d: any) =>
        q3Digest(
          d.allLocations.nodes[0].troopLevelsByLocationId.nodes.map((t: any) => ({
            ...t,
            date: t.effectiveDate,
            article: t.articleByArticleId,
          })),
        ),
      raw: (d: any) => q3Digest(d.points),
    },
  },
  {
    name: 'Q4',
    title: 'full-text search over articles, claims and quotes, top 20',
    request: {
      ours: (pick, s) => gql(Q4_OURS, { q: pick(s.searchTerms) }),
      postgraphile: (pick, s) => gql(Q4_PGL, { q: pick(s.searchTerms) }),
      raw: (pick, s) => raw('/q4', { q: pick(s.searchTerms), first: 20 }),
    },
    digest: {
      ours: (d: any) => d.search.map((h: any) => `${h.__typename}:${uuidOf(h.id)}`),
      postgraphile: (d: any) => d.benchSearch.nodes.map((h: any) => `${h.kind}:${h.rowId}`),
      raw: (d: any) => d.hits.map((h: any) => `${h.kind}:${h.id}`),
    },
  },
  {
    name: 'M1',
    title: 'reviewClaim: set a claim’s review status and note',
    request: {
      ours: (pick, s) =>
        gql(
          M1_OURS,
          { id: toGlobalId('Claim', pick(s.claimIds)), status: pick(STATUSES), note: 'checked against the ministry figures' },
          { authorization: `Bearer ${auth.ours}` },
        ),
      postgraphile: (pick, s) =>
        gql(M1_PGL, {
          id: pick(s.claimIds),
          status: pick(STATUSES),
          note: 'checked against the ministry figures',
          at: new Date().toISOString(),
        }),
      raw: (pick, s) => raw('/m1', { id: pick(s.claimIds), status: pick(STATUSES), note: 'checked against the ministry figures' }),
    },
    digest: {
      ours: (d: any) => [d.reviewClaim.claim.status !== 'UNREVIEWED', d.reviewClaim.claim.reviewNote],
      postgraphile: (d: any) => [d.updateClaimByRowId.claim.status !== 'UNREVIEWED', d.updateClaimByRowId.claim.reviewNote],
      raw: (d: any) => [d.claim.status !== 'UNREVIEWED', d.claim.reviewNote],
    },
  },
];
