import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, startTestApi, type TestApi } from '../../../tests/helpers/api.ts';
import { toGlobalId } from '../common/ids.ts';
import { germanyQuotes, ministryQuotes, quoteToCorrect } from './scenario.ts';

let api: TestApi;
let articleId: string;
let ministryArticleId: string;
beforeAll(async () => {
  api = await startTestApi(germanyQuotes(), ministryQuotes());
  articleId = toGlobalId('Article', api.saved[0]!.articleId);
  ministryArticleId = toGlobalId('Article', api.saved[1]!.articleId);
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

const personId = async (name: string) =>
  toGlobalId('Person', (await api.db.prisma.person.findUniqueOrThrow({ where: { key: name.toLowerCase() } })).id);
const organisationId = async (key: string) =>
  toGlobalId('Organisation', (await api.db.prisma.organisation.findUniqueOrThrow({ where: { key } })).id);

/** A test's own article: its one quote, as the API lists it. */
async function quoteToCorrectIn(tag: string): Promise<QuoteNode> {
  const saved = await api.save(quoteToCorrect(tag));
  const [quote] = await quotes({ articleId: toGlobalId('Article', saved.articleId) });
  return quote!;
}

describe('quotes', () => {
  it("returns an article's quotes in reading order with their speakers", async () => {
    expect(
      (await quotes({ articleId })).map((q) => [q.text, q.partial, q.speaker?.name ?? null, q.speakerDescription, q.attributionVerb]),
    ).toEqual([
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
    const result = await api.query<{ quotes: { totalCount: number } }>(
      'query ($id: ID) { quotes(filter: { speakerId: $id }) { totalCount } }',
      { id: await personId('Karin Vogt') },
    );
    expect(result.data?.quotes.totalCount).toBe(3);
  });

  it('refuses a filter id of the wrong type', async () => {
    const result = await api.query('{ quotes(filter: { speakerId: "bm9wZQ" }) { totalCount } }');
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
  });
});

describe('quotes spoken by organisations and in segments', () => {
  const SEGMENTS = `query ($filter: QuoteFilter) { quotes(first: 100, filter: $filter) { edges { node {
    text speaker { name } speakerOrganisation { name kind countryCode } continues { text } continuation { text } } } } }`;
  interface SegmentNode {
    text: string;
    speaker: { name: string } | null;
    speakerOrganisation: { name: string; kind: string; countryCode: string | null } | null;
    continues: { text: string } | null;
    continuation: { text: string } | null;
  }
  const segments = async (filter: Record<string, unknown>) =>
    (await api.query<{ quotes: { edges: { node: SegmentNode }[] } }>(SEGMENTS, { filter })).data!.quotes.edges.map((e) => e.node);

  it('names an organisation as the speaker, not a person', async () => {
    const [first] = await segments({ articleId: ministryArticleId });
    expect(first).toMatchObject({
      speaker: null,
      speakerOrganisation: { name: 'Ministry of National Defense', kind: 'MINISTRY', countryCode: 'KR' },
    });
  });

  it('links the second segment of an utterance to the first, and the first to the second', async () => {
    expect(
      (await segments({ articleId: ministryArticleId })).map((q) => [q.text, q.continues?.text ?? null, q.continuation?.text ?? null]),
    ).toEqual([
      ['The Dongmyeong unit will stay another year', null, 'Its 280 troops rotate in May.'],
      ['Its 280 troops rotate in May.', 'The Dongmyeong unit will stay another year', null],
      ['We are proud to serve', null, null],
    ]);
  });

  it('filters by speaking organisation', async () => {
    const found = await segments({ speakerOrganisationId: await organisationId('ministry of national defense') });
    expect(found.map((q) => q.text)).toEqual(['The Dongmyeong unit will stay another year', 'Its 280 troops rotate in May.']);
  });

  it('lists a date-only article’s quotes among the dated ones, newest article first', async () => {
    const result = await api.query<{ quotes: { edges: { node: { article: { headline: string } } }[] } }>(
      '{ quotes(first: 100) { edges { node { article { headline } } } } }',
    );
    // Undated articles (the update tests' own) come after both.
    expect([...new Set(result.data!.quotes.edges.map((e) => e.node.article.headline))].slice(0, 2)).toEqual([
      'Seoul extends its Lebanon mission',
      'Germany to host more US troops',
    ]);
  });
});

describe('updateQuote', () => {
  it('moves the span to corrected words that appear in the article', async () => {
    const quote = await quoteToCorrectIn('narrowed');
    const result = await api.asEditor<{
      updateQuote: { quote: { text: string; span: { start: number; text: string } }; userErrors: unknown[] };
    }>(
      'mutation ($id: ID!) { updateQuote(id: $id, input: { text: "remain on alert" }) { quote { text span { start text } } userErrors { message } } }',
      { id: quote.id },
    );
    expect(result.data?.updateQuote.userErrors).toEqual([]);
    expect(result.data?.updateQuote.quote).toEqual({
      text: 'remain on alert',
      span: { start: quote.span.start + 'Our troops '.length, text: 'remain on alert' },
    });
  });

  it('refuses corrected words that do not appear in the article', async () => {
    const quote = await quoteToCorrectIn('unwritten');
    const result = await api.asEditor<{ updateQuote: unknown }>(
      'mutation ($id: ID!) { updateQuote(id: $id, input: { text: "words never written" }) { quote { text } userErrors { field message } } }',
      { id: quote.id },
    );
    expect(result.data?.updateQuote).toEqual({
      quote: null,
      userErrors: [{ field: ['input', 'text'], message: 'The quoted words must appear in the article.' }],
    });
  });

  it('changes the speaker to another person', async () => {
    const quote = await quoteToCorrectIn('respoken');
    const result = await api.asEditor<{ updateQuote: { quote: { speaker: { name: string } } } }>(
      'mutation ($id: ID!, $speaker: ID) { updateQuote(id: $id, input: { speakerId: $speaker }) { quote { speaker { name } } } }',
      { id: quote.id, speaker: await personId('Tom Becker') },
    );
    expect(result.data?.updateQuote.quote.speaker.name).toBe('Tom Becker');
  });

  it('sets an organisation as the speaker and clears it again', async () => {
    const quote = await quoteToCorrectIn('organisation');
    const set = await api.asEditor<{ updateQuote: { quote: { speakerOrganisation: { name: string } | null }; userErrors: unknown[] } }>(
      'mutation ($id: ID!, $org: ID) { updateQuote(id: $id, input: { speakerOrganisationId: $org }) { quote { speakerOrganisation { name } } userErrors { message } } }',
      { id: quote.id, org: await organisationId('army press office organisation') },
    );
    expect(set.data?.updateQuote).toEqual({ quote: { speakerOrganisation: { name: 'Army Press Office' } }, userErrors: [] });
    const cleared = await api.asEditor<{ updateQuote: { quote: { speakerOrganisation: null; speaker: { name: string } } } }>(
      'mutation ($id: ID!) { updateQuote(id: $id, input: { speakerOrganisationId: null }) { quote { speakerOrganisation { name } speaker { name } } } }',
      { id: quote.id },
    );
    expect(cleared.data?.updateQuote.quote).toEqual({ speakerOrganisation: null, speaker: { name: 'Ana Ruiz' } });
  });

  it('answers NOT_FOUND in userErrors for an organisation that does not exist', async () => {
    const quote = await quoteToCorrectIn('no organisation');
    const result = await api.asEditor<{ updateQuote: unknown }>(
      'mutation ($id: ID!, $org: ID) { updateQuote(id: $id, input: { speakerOrganisationId: $org }) { quote { id } userErrors { field message code } } }',
      { id: quote.id, org: toGlobalId('Organisation', '00000000-0000-4000-8000-000000000000') },
    );
    expect(result.data?.updateQuote).toEqual({
      quote: null,
      userErrors: [{ field: ['input', 'speakerOrganisationId'], message: 'No organisation with that id.', code: 'NOT_FOUND' }],
    });
  });

  it('refuses a person id as the speaking organisation', async () => {
    const quote = await quoteToCorrectIn('wrong type');
    const result = await api.asEditor<{ updateQuote: unknown }>(
      'mutation ($id: ID!, $org: ID) { updateQuote(id: $id, input: { speakerOrganisationId: $org }) { quote { id } userErrors { field code } } }',
      { id: quote.id, org: await personId('Ana Ruiz') },
    );
    expect(result.data?.updateQuote).toEqual({
      quote: null,
      userErrors: [{ field: ['input', 'speakerOrganisationId'], code: 'BAD_USER_INPUT' }],
    });
  });

  it('refuses to change a speaking organisation without the editor key', async () => {
    const quote = await quoteToCorrectIn('viewer');
    const result = await api.server.graphql(
      'mutation ($id: ID!) { updateQuote(id: $id, input: { speakerOrganisationId: null }) { quote { id } } }',
      { id: quote.id },
      {
        authorization: `Bearer ${api.keys.viewer}`,
      },
    );
    expect(errorCode(result)).toBe('FORBIDDEN');
  });

  it('answers NOT_FOUND for a deleted quote', async () => {
    const quote = await quoteToCorrectIn('deleted');
    const deleted = await api.asEditor<{ deleteQuote: { deletedId: string } }>(
      'mutation ($id: ID!) { deleteQuote(id: $id) { deletedId } }',
      { id: quote.id },
    );
    expect(deleted.data?.deleteQuote.deletedId).toBe(quote.id);
    const again = await api.asEditor('mutation ($id: ID!) { updateQuote(id: $id, input: { partial: true }) { quote { id } } }', {
      id: quote.id,
    });
    expect(errorCode(again)).toBe('NOT_FOUND');
  });
});
