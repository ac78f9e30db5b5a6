import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../helpers/api.ts';
import { articleText } from '../../helpers/fuzzArbitraries.ts';

let api: TestApi;

beforeAll(async () => {
  api = await startTestApi();
});

afterAll(async () => {
  await api.close();
});

interface Span {
  start: number;
  end: number;
  text: string;
}

interface Stored {
  text: string;
  paragraphs: { text: string; span: Span }[];
  quotes: { text: string; span: Span }[];
  claims: { text: string; span: Span }[];
  troopLevels: { span: Span }[];
}

interface Ingested {
  ingestArticle: { article: { id: string } | null; userErrors: { code: string; message: string }[] };
}

const INGEST = 'mutation ($text: String!) { ingestArticle(input: { text: $text }) { article { id } userErrors { code message } } }';
const STORED = `query ($id: ID!) { node(id: $id) { ... on Article {
  text
  paragraphs { text span { start end text } }
  quotes { text span { start end text } }
  claims { text span { start end text } }
  troopLevels { span { start end text } }
} } }`;

/** Stores the text or refuses it clearly; a stored article's every span slices its text. */
async function ingestOrRefuse(text: string): Promise<'stored' | 'refused'> {
  const { data, errors } = await api.asEditor<Ingested>(INGEST, { text });
  if (errors) {
    // Refused before GraphQL ran: a body over the HTTP limit.
    expect(errors.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    return 'refused';
  }
  const { article, userErrors } = data?.ingestArticle ?? { article: null, userErrors: [] };
  if (!article) {
    expect(userErrors.map((e) => e.code)).toEqual(['BAD_USER_INPUT']);
    expect(userErrors[0]?.message).toMatch(/\w/);
    return 'refused';
  }
  const stored = (await api.query<{ node: Stored }>(STORED, { id: article.id })).data?.node;
  if (!stored) throw new Error('stored article not found');
  for (const item of [...stored.paragraphs, ...stored.quotes, ...stored.claims, ...stored.troopLevels]) {
    expect(stored.text.slice(item.span.start, item.span.end)).toBe(item.span.text);
  }
  for (const item of [...stored.quotes, ...stored.claims]) expect(item.span.text).toBe(item.text);
  return 'stored';
}

describe('fuzzed article texts', () => {
  it('stores an article whose spans all slice its text, or refuses it with BAD_USER_INPUT', async () => {
    const outcomes = { stored: 0, refused: 0 };
    await fc.assert(
      fc.asyncProperty(articleText, async (text) => {
        outcomes[await ingestOrRefuse(text)]++;
      }),
      { numRuns: 300, seed: Number(process.env.FUZZ_SEED ?? 20261124), endOnFailure: true },
    );
    expect(outcomes.stored).toBeGreaterThan(50);
    expect(outcomes.refused).toBeGreaterThan(20);
  }, 120_000);

  it.each([
    ['empty', ''],
    ['binary', '\u0000\u0001\u0002 troops \u0003'],
    ['only quotation marks', '"“”‘’"'.repeat(50)],
    ['no words', '1234 5678 !!!'],
  ])('refuses an article that is %s with BAD_USER_INPUT', async (_name, text) => {
    expect(await ingestOrRefuse(text)).toBe('refused');
  });

  it.each([
    ['unbalanced quotes', 'Troops to leave Iraq\n\nBy Ann Lee\n\n"We are leaving, the general said.\n\nAbout 2,500 troops “will stay.'],
    [
      'right-to-left text',
      'القوات الأمريكية تغادر العراق\n\nBy Ann Lee\n\nقال الجنرال إن 2500 جندي سيبقون. "We stay," said General Tom Hale. שלום',
    ],
    [
      'emoji and astral characters',
      'Troops 🪖 to leave 𝕀raq\n\nBy Ann Lee\n\n"We are going home 👩🏽‍✈️," said General Tom Hale, as 2,500 troops 🪖 prepared to leave.',
    ],
  ])('stores an article with %s, every span slicing its text', async (_name, text) => {
    expect(await ingestOrRefuse(text)).toBe('stored');
  });

  it('stores a text that fills the 1 MB request and refuses a text over 1 MB with BAD_USER_INPUT', async () => {
    const paragraph = 'About 2,500 troops remain in Iraq, officials said on Tuesday. "We will stay," said General Tom Hale.\n\n';
    const envelope = (text: string) => Buffer.byteLength(JSON.stringify({ query: INGEST, variables: { text } }));
    const perParagraph = envelope(paragraph.repeat(2)) - envelope(paragraph);
    const head = 'Troops remain in Iraq\n\nBy Ann Lee\n\n';
    const fills = head + paragraph.repeat(Math.floor((1_048_576 - envelope(head)) / perParagraph));
    expect(envelope(fills)).toBeLessThanOrEqual(1_048_576);
    expect(envelope(fills)).toBeGreaterThan(1_048_576 - perParagraph * 2);
    expect(await ingestOrRefuse(fills)).toBe('stored');
    expect(await ingestOrRefuse(head + 'x'.repeat(1_048_577))).toBe('refused');
  }, 60_000);
});
