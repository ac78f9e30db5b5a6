import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ingestArticle, IngestInputError } from '../../../src/ingest/index.ts';

const word = fc.constantFrom(
  'troops',
  'the',
  'US',
  'Iraq',
  'said',
  'General',
  'will',
  'leave',
  'from',
  'to',
  'about',
  'more than',
  'Germany',
  'soldiers',
  'in',
  'by',
  'March',
  'he',
  'she',
  'added:',
);
const number = fc.integer({ min: 1, max: 99_999 }).map((n) => n.toLocaleString('en-US'));
const sentence = fc
  .array(fc.oneof(word, word, number, fc.constantFrom('Gen. Anna Berg', 'President Tom Bell', 'a senior official')), {
    minLength: 3,
    maxLength: 14,
  })
  .map((words) => `${words.join(' ')}.`);
const quoted = fc
  .tuple(sentence, fc.constantFrom('"', '“'), fc.constantFrom('he said.', 'said Gen. Anna Berg.', ''))
  .map(([s, mark, tail]) => `${mark}${s}${mark === '“' ? '”' : '"'} ${tail}`);
const paragraph = fc.array(fc.oneof(sentence, quoted), { minLength: 1, maxLength: 4 }).map((s) => s.join(' '));
const article = fc
  .tuple(
    fc.constantFrom('US to cut troops', 'Troops leave Iraq'),
    fc.constantFrom('9 September 2020, 17:30', 'Nov. 17, 2020', ''),
    fc.array(paragraph, { minLength: 1, maxLength: 8 }),
    fc.constantFrom('\n', '\r\n'),
  )
  .map(([headline, dateline, paragraphs, eol]) => [headline, dateline, ...paragraphs].filter(Boolean).join(eol + eol));

describe('spans', () => {
  it('slice the stored text to exactly each extracted item, for any article', () => {
    fc.assert(
      fc.property(article, (text) => {
        const draft = ingestArticle(text);
        for (const item of [...draft.paragraphs, ...draft.quotes, ...draft.claims, ...draft.troopLevels]) {
          expect(draft.text.slice(item.start, item.end)).toBe(item.text);
        }
        for (const claim of draft.claims) {
          for (const i of claim.troopLevelIndexes) expect(draft.troopLevels[i]).toBeDefined();
          for (const i of claim.quoteIndexes) expect(draft.quotes[i]).toBeDefined();
        }
      }),
      { numRuns: 300 },
    );
  });

  it('either reads any string or refuses it with an IngestInputError', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400, unit: 'binary' }), (text) => {
        try {
          const draft = ingestArticle(text);
          for (const p of draft.paragraphs) expect(draft.text.slice(p.start, p.end)).toBe(p.text);
        } catch (error) {
          expect(error).toBeInstanceOf(IngestInputError);
        }
      }),
      { numRuns: 500 },
    );
  });
});
