import { describe, expect, it } from 'vitest';
import { ingestArticle } from '../../../src/ingest/index.ts';
import { loadFixtures } from '../../../scripts/evalIngest.ts';
import { loose, placeKey } from '../../../scripts/eval/score.ts';

const fixtures = await loadFixtures();

describe.each(fixtures)('fixture $name', ({ text, gold }) => {
  const draft = ingestArticle(text);
  const person = (key: string | undefined) => draft.people.find((p) => p.key === key)?.name ?? null;

  it('reads the headline and the publication day as printed', () => {
    expect(draft.headline).toBe(gold.headline);
    expect(draft.publishedOn ?? null).toBe(gold.publishedDate);
    if ('publishedAt' in gold) expect(draft.publishedAt?.toISOString() ?? null).toBe(gold.publishedAt ?? null);
  });

  it('reads the authors', () => {
    expect(draft.authors.map((a) => person(a.personKey))).toEqual(gold.authors);
  });

  it('counts body, caption and related-link paragraphs', () => {
    const count = (kind: string) => draft.paragraphs.filter((p) => p.kind === kind).length;
    for (const [kind, n] of Object.entries(gold.paragraphKinds ?? {})) expect(count(kind), kind).toBe(n);
  });

  it('finds the quotes with their speakers', () => {
    // A segment going on with an earlier quote's words is part of that quote, as the gold counts it.
    const quotes = draft.quotes
      .filter((q) => q.continues === undefined)
      .map((q) => ({ text: q.text, speaker: person(q.speakerKey), partial: q.partial }));
    expect(quotes.map((q) => ({ ...q, text: loose(q.text) }))).toEqual(
      gold.quotes.map((q, i) => ({
        text: q.text ? loose(q.text) : expect.stringMatching(new RegExp(`^${loose(q.startsWith).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`)),
        speaker: q.speaker,
        partial: q.partial ?? quotes[i]?.partial,
      })),
    );
  });

  it('finds the troop levels with place, kind and whatever the fixture pins (range, qualifier, force, date)', () => {
    const found = draft.troopLevels.map((t) => ({
      location: t.locationKey ?? '?',
      count: t.count,
      kind: t.kind.toLowerCase(),
      countMax: t.countMax,
      qualifier: t.qualifier,
      force: t.force,
      effectiveDate: t.effectiveDate,
    }));
    // Each expected figure, compared on the fields the fixture states.
    const expected = gold.troopLevels.map(({ location, kind, ...pinned }) => ({
      location: placeKey(location),
      ...(kind === 'any' ? {} : { kind }),
      ...pinned,
    }));
    const unmatched = [...found];
    for (const want of expected) {
      const i = unmatched.findIndex((f) => Object.entries(want).every(([k, v]) => f[k as keyof typeof f] === v));
      expect(i, `${JSON.stringify(want)} among ${JSON.stringify(unmatched)}`).toBeGreaterThanOrEqual(0);
      unmatched.splice(i, 1);
    }
    expect(unmatched).toEqual([]);
  });

  it('does not take other numbers for troop levels', () => {
    const counts = draft.troopLevels.map((t) => t.count);
    for (const n of gold.mustNotBeTroopLevels) expect(counts).not.toContain(n);
  });
});
