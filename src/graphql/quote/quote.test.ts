import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, startTestApi, type TestApi } from '../../../tests/helpers/api.ts';
import { toGlobalId } from '../common/ids.ts';
import { germanyQuotes, quoteToCorrect } from './scenario.ts';

let api: TestApi;
let articleId: string;
beforeAll(async () => {
  api = await startTestApi(germanyQuotes());
  articleId = toGlobalId('Article', api.saved[0]!.articleId);
});
afterAll(() => api.close());

interface QuoteNode {
  id: string;
  text: string;
  partial: boolean;
  attributionVerb: string | null;
  speaker: { name: string } | null;
  speakerDescription: string | null;
  span: { start: number; end: number; text: string; paragraph: number | null };
}

const QUOTES = `query ($filter: QuoteFilter) { quotes(first: 100, filter: $filter) { totalCount edges { node {
  id text partial attributionVerb speaker { name } speakerDescription span { start end text paragraph } } } } }`;

async function quotes(filter: Record<string, unknown>): Promise<QuoteNode[]> {
  const result = await api.query<{ quotes: { edges: { node: QuoteNode }[] } }>(QUOTES, { filter });
  expect(result.errors).toBeUndefined();
  return result.data!.quotes.edges.map((e) => e.node);
}

const personId = async (name: string) => toGlobalId('Person', (await api.db.prisma.person.findUniqueOrThrow({ where: { key: name.toLowerCase() } })).id);

/** A test's own article: its one quote, as the API lists it. */
async function quoteToCorrectIn(tag: string): Promise<QuoteNode> {
  const saved = await api.save(quoteToCorrect(tag));
  const [quote] = await quotes({ articleId: toGlobalId('Article', saved.articleId) });
  return quote!;
}

describe('quotes', () => {
  it("returns an article's quotes in reading order with their speakers", async () => {
    expect((await quotes({ articleId })).map((q) => [q.text, q.partial, q.speaker?.name ?? null, q.speakerDescription, q.attributionVerb])).toEqual([
      ['clear signal', true, 'Karin Vogt', null, 'said'],
      ['We will train together and stand together', false, 'Karin Vogt', null, 'told reporters'],
      ['The first units arrive in May.', false, 'Karin Vogt', null, null],
      ['It is a symbolic move', false, null, 'a senior NATO diplomat', 'said'],
    ]);
  });

  it('gives each quote the span of exactly its words, in its paragraph', async () => {
    const { text } = await api.db.prisma.article.findUniqueOrThrow({ where: { id: api.saved[0]!.articleId } });
    const found = await quotes({ articleId });
    for (const quote of found) {
      expect(text.slice(quote.span.start, quote.span.end)).toBe(quote.text);
      expect(quote.span.text).toBe(quote.text);
    }
    expect(found.map((q) => q.span.paragraph)).toEqual([1, 2, 3, 4]);
  });

  it('filters by speaker', async () => {
    const result = await api.query<{ quotes: { totalCount: number } }>('query ($id: ID) { quotes(filter: { speakerId: $id }) { totalCount } }', { id: await personId('Karin Vogt') });
    expect(result.data?.quotes.totalCount).toBe(3);
  });

  it('refuses a filter id of the wrong type', async () => {
    const result = await api.query('{ quotes(filter: { speakerId: "bm9wZQ" }) { totalCount } }');
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
  });
});

describe('updateQuote', () => {
  it('moves the span to corrected words that appear in the article', async () => {
    const quote = await quoteToCorrectIn('narrowed');
    const result = await api.asEditor<{ updateQuote: { quote: { text: string; span: { start: number; text: string } }; userErrors: unknown[] } }>(
      'mutation ($id: ID!) { updateQuote(id: $id, input: { text: "remain on alert" }) { quote { text span { start text } } userErrors { message } } }',
      { id: quote.id },
    );
    expect(result.data?.updateQuote.userErrors).toEqual([]);
    expect(result.data?.updateQuote.quote).toEqual({ text: 'remain on alert', span: { start: quote.span.start + 'Our troops '.length, text: 'remain on alert' } });
  });

  it('refuses corrected words that do not appear in the article', async () => {
    const quote = await quoteToCorrectIn('unwritten');
    const result = await api.asEditor<{ updateQuote: unknown }>(
      'mutation ($id: ID!) { updateQuote(id: $id, input: { text: "words never written" }) { quote { text } userErrors { field message } } }',
      { id: quote.id },
    );
    expect(result.data?.updateQuote).toEqual({ quote: null, userErrors: [{ field: ['input', 'text'], message: 'The quoted words must appear in the article.' }] });
  });

  it('changes the speaker to another person', async () => {
    const quote = await quoteToCorrectIn('respoken');
    const result = await api.asEditor<{ updateQuote: { quote: { speaker: { name: string } } } }>(
      'mutation ($id: ID!, $speaker: ID) { updateQuote(id: $id, input: { speakerId: $speaker }) { quote { speaker { name } } } }',
      { id: quote.id, speaker: await personId('Tom Becker') },
    );
    expect(result.data?.updateQuote.quote.speaker.name).toBe('Tom Becker');
  });

  it('answers NOT_FOUND for a deleted quote', async () => {
    const quote = await quoteToCorrectIn('deleted');
    const deleted = await api.asEditor<{ deleteQuote: { deletedId: string } }>('mutation ($id: ID!) { deleteQuote(id: $id) { deletedId } }', { id: quote.id });
    expect(deleted.data?.deleteQuote.deletedId).toBe(quote.id);
    const again = await api.asEditor('mutation ($id: ID!) { updateQuote(id: $id, input: { partial: true }) { quote { id } } }', { id: quote.id });
    expect(errorCode(again)).toBe('NOT_FOUND');
  });
});
