/**
 * The example queries Playground opens with: what a first-time user should try.
 */
import type { PlaygroundTab } from './playground.ts';

export const playgroundTabs: PlaygroundTab[] = [
  {
    name: 'Seed article',
    query: `# The seed article with its troop-level figures and quotes, each tied to its text.
query SeedArticle($slug: String) {
  article(slug: $slug) {
    headline
    publishedAt
    authors { person { name } role }
    troopLevels {
      count
      kind
      qualifier
      force
      effectiveDate
      location { name code }
      span { text }
    }
    quotes {
      text
      partial
      speaker { name roles }
      speakerDescription
    }
  }
}
`,
    variables: { slug: 'us-to-pull-almost-half-its-troops-from-iraq-this-month-2020-09-09' },
  },
  {
    name: 'Iraq timeline',
    query: `# Every figure for a place, by date, with the sources that disagree.
{
  troopLevelTimeline(location: "Iraq") {
    date
    count
    kind
    qualifier
    force
    article { headline publishedAt }
    span { text }
    conflicts { count article { headline } }
  }
}
`,
  },
  {
    name: 'Search',
    query: `# Full-text search over articles, claims and quotes.
{
  search(query: "Soleimani", first: 10) {
    __typename
    ... on Article { headline }
    ... on Claim { text status claimant { name } }
    ... on Quote { text speaker { name } }
  }
}
`,
  },
  {
    name: 'Ingest a page',
    query: `# Fetch a news page and store it with its metadata, quotes and troop levels.
# Put the page's address in QUERY VARIABLES below. Needs an editor key: under HTTP HEADERS
# put {"Authorization": "Bearer <key>"} (npm run apikey -- create --role editor --name me).
mutation IngestPage($url: String!) {
  ingestUrl(input: { url: $url }) {
    created
    userErrors { field message code }
    article {
      headline
      publishedAt
      outlet { name site }
      language
      canonicalUrl
      authors { person { name } }
      troopLevels { count kind location { name } span { text } }
    }
  }
}
`,
    variables: { url: '' },
  },
];
