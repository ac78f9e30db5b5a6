/**
 * `npx tsx examples/client/src/main.ts [endpoint]`: prints the seed article's figures and
 * the Iraq timeline through typed documents.
 */
import { pathToFileURL } from 'node:url';
import { request } from './client.ts';
import { SeedArticleDocument, TimelineDocument } from './gql/graphql.ts';

const SEED_SLUG = 'us-to-pull-almost-half-its-troops-from-iraq-this-month-2020-09-09';

/** Which article and place to summarize: the seed article and Iraq unless told otherwise. */
export interface Subject {
  slug?: string;
  location?: string;
}

export async function summarize(endpoint: string, { slug = SEED_SLUG, location = 'Iraq' }: Subject = {}): Promise<string[]> {
  const { article } = await request(endpoint, SeedArticleDocument, { slug });
  if (!article) return [`No article ${slug}`];
  const lines = [`${article.headline} (${article.publishedAt ?? 'undated'}) by ${article.authors.map((a) => a.person.name).join(', ')}`];
  for (const level of article.troopLevels)
    lines.push(`  ${level.kind} ${level.qualifier} ${level.count} in ${level.location?.name ?? 'unknown place'}`);
  const { troopLevelTimeline } = await request(endpoint, TimelineDocument, { location });
  lines.push(`${location} timeline: ${troopLevelTimeline.length} figures`);
  return lines;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const line of await summarize(process.argv[2] ?? 'http://localhost:4000/graphql')) console.log(line);
}
