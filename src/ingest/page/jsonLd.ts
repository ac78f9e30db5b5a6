/**
 * schema.org JSON-LD: the article node of a page and what it says of itself. Pages put it in
 * one or several `<script type="application/ld+json">` blocks, as one object, an array, or an
 * `@graph` whose nodes refer to each other by `@id` (Yoast's Person and Organization nodes).
 */

type Node = Record<string, unknown>;

/** The article types news pages use, most specific first. */
const ARTICLE_TYPES = [
  'NewsArticle',
  'ReportageNewsArticle',
  'AnalysisNewsArticle',
  'BackgroundNewsArticle',
  'OpinionNewsArticle',
  'ReviewNewsArticle',
  'LiveBlogPosting',
  'Article',
  'BlogPosting',
  'Report',
];

export interface Party {
  name: string;
  kind: 'PERSON' | 'ORGANIZATION';
  url?: string;
}

export interface JsonLdArticle {
  headline?: string;
  description?: string;
  datePublished?: string;
  dateModified?: string;
  authors: Party[];
  publisher?: Party;
  language?: string;
  url?: string;
  /** False when the page declares its text paywalled (isAccessibleForFree: false). */
  accessibleForFree?: boolean;
}

const isNode = (value: unknown): value is Node => typeof value === 'object' && value !== null && !Array.isArray(value);
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : value === undefined || value === null ? [] : [value]);
const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() ? value.trim().replace(/\s+/g, ' ') : undefined;
const types = (node: Node): string[] =>
  list(node['@type'])
    .filter((t): t is string => typeof t === 'string')
    .map((t) => t.replace(/^https?:\/\/schema\.org\//, ''));

/** Every node of every block, with `@graph` and nested arrays flattened. */
function nodesOf(blocks: readonly string[]): Node[] {
  const nodes: Node[] = [];
  const visit = (value: unknown) => {
    for (const item of list(value)) {
      if (!isNode(item)) continue;
      nodes.push(item);
      if (item['@graph']) visit(item['@graph']);
    }
  };
  for (const block of blocks) {
    try {
      // CMSs wrap blocks in HTML comments or CDATA markers now and then.
      visit(JSON.parse(block.replace(/^\s*(?:<!--|\/\/\s*<!\[CDATA\[)|(?:-->|\/\/\s*\]\]>)\s*$/g, '')));
    } catch {
      // A block that is not JSON says nothing; the page's other metadata still counts.
    }
  }
  return nodes;
}

/** A party named inline, or by `@id` reference to a node elsewhere in the graph. */
function party(value: unknown, byId: Map<string, Node>, fallback: Party['kind']): Party | undefined {
  if (typeof value === 'string') return text(value) ? { name: text(value) as string, kind: fallback } : undefined;
  if (!isNode(value)) return undefined;
  const node = typeof value['@id'] === 'string' && !text(value.name) ? (byId.get(value['@id']) ?? value) : value;
  const name = text(node.name) ?? text([node.givenName, node.familyName].filter((n) => typeof n === 'string').join(' '));
  if (!name) return undefined;
  const kind = types(node).some((t) => t === 'Person') ? 'PERSON' : types(node).length > 0 ? 'ORGANIZATION' : fallback;
  const url = text(node.url) ?? (isNode(node.url) ? text(node.url['@id']) : undefined);
  return { name, kind, ...(url ? { url } : {}) };
}

const urlOf = (value: unknown): string | undefined => text(value) ?? (isNode(value) ? (text(value['@id']) ?? text(value.url)) : undefined);

const freeFlag = (value: unknown): boolean | undefined =>
  value === false || (typeof value === 'string' && value.trim().toLowerCase() === 'false')
    ? false
    : value === true || value === 'True' || value === 'true'
      ? true
      : undefined;

/** The page's article node read into plain fields; undefined when the page declares none. */
export function readJsonLd(blocks: readonly string[]): JsonLdArticle | undefined {
  const nodes = nodesOf(blocks);
  const byId = new Map(nodes.flatMap((n) => (typeof n['@id'] === 'string' ? [[n['@id'], n] as const] : [])));
  const rank = (node: Node) =>
    Math.min(
      ...types(node)
        .map((t) => ARTICLE_TYPES.indexOf(t))
        .filter((i) => i >= 0),
    );
  const article = nodes.filter((n) => Number.isFinite(rank(n))).sort((a, b) => rank(a) - rank(b))[0];
  if (!article) return undefined;
  const authors: Party[] = [];
  for (const value of list(article.author)) {
    const author = party(value, byId, 'PERSON');
    if (author && !authors.some((a) => a.name.toLowerCase() === author.name.toLowerCase())) authors.push(author);
  }
  const publisher = party(list(article.publisher)[0], byId, 'ORGANIZATION');
  const language = text(article.inLanguage) ?? (isNode(article.inLanguage) ? text(article.inLanguage.alternateName) : undefined);
  const url = urlOf(article.url) ?? urlOf(article.mainEntityOfPage);
  const accessibleForFree = freeFlag(article.isAccessibleForFree);
  const fields = {
    headline: text(article.headline) ?? text(article.name),
    description: text(article.description),
    datePublished: text(article.datePublished) ?? text(article.dateCreated),
    dateModified: text(article.dateModified),
    language,
    url,
  };
  return {
    ...Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)),
    authors,
    ...(publisher ? { publisher } : {}),
    ...(accessibleForFree === undefined ? {} : { accessibleForFree }),
  };
}
