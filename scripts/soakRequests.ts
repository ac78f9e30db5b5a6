/**
 * The soak test's request mix: 80% reads (an article in full, a page of articles, a place's
 * timeline, a search) and 20% writes (reviews of existing claims, new articles), drawn from a
 * seeded generator so every run sends the same sequence.
 */
import { createServer } from 'node:net';
import { prng } from '../bench/corpus.ts';

export type Kind = 'article' | 'articles' | 'timeline' | 'search' | 'review' | 'ingest';

export interface Targets {
  key: string;
  slugs: string[];
  claims: string[];
  places: string[];
}

export interface SoakRequest {
  kind: Kind;
  body: string;
  headers: Record<string, string>;
}

const ARTICLE = `query ($slug: String) { article(slug: $slug) { headline paragraphs { text } quotes { text speaker { name } span { start end } }
  claims { text status claimant { name } } troopLevels { count kind effectiveDate location { name } } } }`;
const ARTICLES =
  '{ articles(first: 20) { totalCount edges { node { headline publishedAt authors { person { name } } counts { quotes claims troopLevels } } } } }';
const TIMELINE =
  'query ($place: String!) { troopLevelTimeline(location: $place, first: 50) { date count kind article { headline } conflicts { count } } }';
const SEARCH = 'query ($q: String!) { search(query: $q, first: 10) { __typename ... on Claim { text } ... on Quote { text } } }';
const REVIEW =
  'mutation ($id: ID!, $status: ReviewStatus!, $note: String) { reviewClaim(id: $id, status: $status, note: $note) { claim { status } userErrors { message } } }';
const INGEST = 'mutation ($text: String!) { ingestArticle(input: { text: $text }) { article { id } userErrors { message } } }';

const WEIGHTS: [Kind, number][] = [
  ['article', 35],
  ['articles', 15],
  ['timeline', 15],
  ['search', 15],
  ['review', 12],
  ['ingest', 8],
];
const PHRASES = ['troops withdraw', 'Iraq', 'drawdown', '"United States"', 'military -navy', 'Baghdad'];
const STATUSES = ['SUPPORTED', 'DISPUTED', 'MISLEADING', 'FALSE', 'UNREVIEWED'];

export function mix(targets: Targets, seed = 20261124): () => SoakRequest {
  const random = prng(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const total = WEIGHTS.reduce((sum, [, weight]) => sum + weight, 0);
  const editor = { authorization: `Bearer ${targets.key}` };
  let stories = 0;
  return () => {
    let roll = random() * total;
    const kind = WEIGHTS.find(([, weight]) => (roll -= weight) < 0)?.[0] ?? 'article';
    const body = (query: string, variables: Record<string, unknown> = {}) => JSON.stringify({ query, variables });
    switch (kind) {
      case 'article':
        return { kind, body: body(ARTICLE, { slug: pick(targets.slugs) }), headers: {} };
      case 'articles':
        return { kind, body: body(ARTICLES), headers: {} };
      case 'timeline':
        return { kind, body: body(TIMELINE, { place: pick(targets.places) }), headers: {} };
      case 'search':
        return { kind, body: body(SEARCH, { q: pick(PHRASES) }), headers: {} };
      case 'review':
        return {
          kind,
          body: body(REVIEW, { id: pick(targets.claims), status: pick(STATUSES), note: `soak ${Math.floor(random() * 1e6)}` }),
          headers: editor,
        };
      case 'ingest':
        return { kind, body: body(INGEST, { text: soakStory((stories += 1), random) }), headers: editor };
    }
  };
}

const PLACES = ['Iraq', 'Syria', 'Germany', 'Poland', 'Estonia', 'Japan', 'South Korea', 'Afghanistan', 'Niger', 'Kuwait'];
const PEOPLE = ['Mark Esper', 'Lloyd Austin', 'Ben Wallace', 'Frank McKenzie', 'Kenneth McKenzie', 'Jens Stoltenberg'];

/** A new, distinct wire story: headline, byline, dateline, a figure and a quote. */
function soakStory(n: number, random: () => number): string {
  const place = PLACES[n % PLACES.length] as string;
  const speaker = PEOPLE[Math.floor(random() * PEOPLE.length)] as string;
  const troops = 500 + Math.floor(random() * 20_000);
  return [
    `Troops in ${place}: update ${n}`,
    '',
    'By Soak Reporter',
    '',
    `WASHINGTON, March ${1 + (n % 28)}, 2021 (Reuters) - About ${troops.toLocaleString('en-US')} troops are stationed in ${place}, ${speaker} said on Tuesday in briefing number ${n}.`,
    '',
    `"We will keep ${(troops - 100).toLocaleString('en-US')} troops there until next year," ${speaker.split(' ').at(-1)} said.`,
  ].join('\n');
}

/** A TCP port nobody listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (address && typeof address === 'object' ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}
