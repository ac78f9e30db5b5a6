import { describe, expect, it } from 'vitest';
import { ingestArticle } from '../../../src/ingest/index.ts';
import { loadFixtures } from '../../../scripts/evalIngest.ts';

const fixtures = await loadFixtures();

describe.each(fixtures)('golden fixture $name', ({ text, golden }) => {
  const draft = ingestArticle(text);
  const person = (key: string | undefined) => draft.people.find((p) => p.key === key)?.name ?? null;
  const place = (key: string | undefined) => draft.locations.find((l) => l.key === key);

  it('reads the headline and publication instant', () => {
    expect(draft.headline).toBe(golden.headline);
    expect(draft.publishedAt?.toISOString() ?? null).toBe(golden.publishedAt);
  });

  it('reads the authors and their roles', () => {
    expect(draft.authors.map((a) => ({ name: person(a.personKey), ...(a.role ? { role: a.role } : {}) }))).toEqual(golden.authors);
  });

  it('counts body, caption and related-link paragraphs', () => {
    const count = (kind: string) => draft.paragraphs.filter((p) => p.kind === kind).length;
    for (const [kind, n] of Object.entries(golden.paragraphKinds ?? {})) expect(count(kind), kind).toBe(n);
  });

  it('finds the quotes with their speakers', () => {
    const quotes = draft.quotes.map((q) => ({ text: q.text, speaker: person(q.speakerKey), partial: q.partial }));
    expect(quotes).toEqual(golden.quotes.map((q) => ({ text: q.text, speaker: q.speaker, partial: q.partial })));
  });

  it('finds the troop levels with place, kind, qualifier and force', () => {
    const found = draft.troopLevels.map((t) => [t.count, t.kind, t.qualifier, t.force]);
    expect(found).toEqual(expect.arrayContaining(golden.troopLevels.map((t) => [t.count, t.kind, t.qualifier, t.force])));
    expect(found).toHaveLength(golden.troopLevels.length);
    for (const t of golden.troopLevels) {
      const match = draft.troopLevels.find((d) => d.count === t.count && d.kind === t.kind);
      const location = place(match?.locationKey);
      expect([location?.name, location?.isoCode].some((n) => n && t.location.includes(n) || t.location === n), `${t.count} in ${t.location}`).toBe(true);
      if (t.effectiveDate) expect(match?.effectiveDate, `${t.count} effective`).toBe(t.effectiveDate);
    }
  });

  it('does not take other numbers for troop levels', () => {
    const counts = draft.troopLevels.map((t) => t.count);
    for (const n of golden.notTroopLevels ?? []) expect(counts).not.toContain(n);
  });
});
