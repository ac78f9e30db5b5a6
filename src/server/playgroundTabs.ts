/**
 * The example queries Playground opens with: what a first-time user should try.
 */
import type { PlaygroundTab } from './playground.ts';

export const playgroundTabs: PlaygroundTab[] = [
  {
    name: 'Articles',
    query: `# The newest articles.
{
  articles(first: 10) {
    totalCount
    edges {
      node {
        headline
        publishedAt
        slug
      }
    }
  }
}
`,
  },
];
