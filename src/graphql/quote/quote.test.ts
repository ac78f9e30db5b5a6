import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, startTestApi, type TestApi } from '../../../tests/helpers/api.ts';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

interface QuoteNode {
  id: string;
  text: string;
  partial: boolean;
  speaker: { name: string } | null;
  speakerDescription: string | null;
  span: { start: number; end: number; text: string; paragraph: number | null };
}

async function seedQuotes(): Promise<QuoteNode[]> {
  const result = await api.query<{ quotes: { edges: { node: QuoteNode }[] } }>(
    '{ quotes(first: 100) { edges { node { id text partial speaker { name } speakerDescription span { start end text paragraph } } } } }',
  );
  return result.data!.quotes.edges.map((e) => e.node);
}

describe('quotes', () => {
  it('returns the seed article four quotes with their speakers', async () => {
    const quotes = await seedQuotes();
    expect(quotes.map((q) => [q.text.slice(0, 30), q.partial, q.speaker?.name ?? null])).toEqual([
      ['in recognition', true, 'Frank McKenzie'],
      ['endless wars', true, 'Donald Trump'],
      ['The US decision is a clear dem', false, 'Frank McKenzie'],
      ['The journey has been difficult', false, 'Frank McKenzie'],
    ]);
  });

  it('gives each quote the span of exactly its words', async () => {
    const article = await api.db.prisma.article.findFirstOrThrow();
    for (const quote of await seedQuotes()) {
      expect(article.text.slice(quote.span.start, quote.span.end)).toBe(quote.text);
      expect(quote.span.text).toBe(quote.text);
      expect(quote.span.paragraph).toEqual(expect.any(Number));
    }
  });

  it('filters by speaker', async () => {
    const people = await api.query<{ people: { edges: { node: { id: string } }[] } }>('{ people(search: "McKenzie") { edges { node { id } } } }');
    const speakerId = people.data!.people.edges[0]!.node.id;
    const result = await api.query<{ quotes: { totalCount: number } }>('query ($id: ID) { quotes(filter: { speakerId: $id }) { totalCount } }', { id: speakerId });
    expect(result.data?.quotes.totalCount).toBe(3);
  });

  it('refuses a filter id of the wrong type', async () => {
    const result = await api.query('{ quotes(filter: { speakerId: "bm9wZQ" }) { totalCount } }');
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
  });
});

describe('updateQuote', () => {
  it('moves the span to corrected words that appear in the article', async () => {
    const [quote] = await seedQuotes();
    const result = await api.asEditor<{ updateQuote: { quote: { text: string; span: { start: number; text: string } }; userErrors: unknown[] } }>(
      'mutation ($id: ID!) { updateQuote(id: $id, input: { text: "recognition" }) { quote { text span { start text } } userErrors { message } } }',
      { id: quote!.id },
    );
    expect(result.data?.updateQuote.userErrors).toEqual([]);
    expect(result.data?.updateQuote.quote).toEqual({ text: 'recognition', span: { start: quote!.span.start + 3, text: 'recognition' } });
  });

  it('refuses corrected words that do not appear in the article', async () => {
    const [, quote] = await seedQuotes();
    const result = await api.asEditor<{ updateQuote: { quote: null; userErrors: { field: string[]; message: string }[] } }>(
      'mutation ($id: ID!) { updateQuote(id: $id, input: { text: "words never written" }) { quote { text } userErrors { field message } } }',
      { id: quote!.id },
    );
    expect(result.data?.updateQuote).toEqual({ quote: null, userErrors: [{ field: ['input', 'text'], message: 'The quoted words must appear in the article.' }] });
  });

  it('changes the speaker to another person', async () => {
    const quotes = await seedQuotes();
    const trump = quotes.find((q) => q.speaker?.name === 'Donald Trump')!;
    const mckenzie = await api.query<{ people: { edges: { node: { id: string } }[] } }>('{ people(search: "McKenzie") { edges { node { id } } } }');
    const result = await api.asEditor<{ updateQuote: { quote: { speaker: { name: string } } } }>(
      'mutation ($id: ID!, $speaker: ID) { updateQuote(id: $id, input: { speakerId: $speaker }) { quote { speaker { name } } } }',
      { id: trump.id, speaker: mckenzie.data!.people.edges[0]!.node.id },
    );
    expect(result.data?.updateQuote.quote.speaker.name).toBe('Frank McKenzie');
  });

  it('answers NOT_FOUND for a deleted quote', async () => {
    const quotes = await seedQuotes();
    const last = quotes.at(-1)!;
    const deleted = await api.asEditor<{ deleteQuote: { deletedId: string } }>('mutation ($id: ID!) { deleteQuote(id: $id) { deletedId } }', { id: last.id });
    expect(deleted.data?.deleteQuote.deletedId).toBe(last.id);
    const again = await api.asEditor('mutation ($id: ID!) { updateQuote(id: $id, input: { partial: true }) { quote { id } } }', { id: last.id });
    expect(errorCode(again)).toBe('NOT_FOUND');
  });
});
