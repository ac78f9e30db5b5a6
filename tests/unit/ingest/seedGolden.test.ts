import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../../src/config.ts';
import { ingestArticle } from '../../../src/ingest/index.ts';
import type { ArticleDraft } from '../../../src/ingest/types.ts';

let draft: ArticleDraft;
const name = (key: string | undefined) => draft.people.find((p) => p.key === key)?.name;
const kinds = (kind: string) => draft.paragraphs.filter((p) => p.kind === kind);

beforeAll(() => {
  draft = ingestArticle(readFileSync(path.join(projectRoot, 'seed', 'articles', 'us-iraq-troop-drawdown-2020-09-09.txt'), 'utf8'));
});

describe('the seed article, read as a careful reader would', () => {
  it('has the headline and the dateline time in UK summer time', () => {
    expect(draft.headline).toBe('US to pull almost half its troops from Iraq this month');
    expect(draft.publishedAt?.toISOString()).toBe('2020-09-09T16:30:00.000Z');
  });

  it('has one author, Rachael Kennedy, named twice', () => {
    expect(draft.authors.map((a) => name(a.personKey))).toEqual(['Rachael Kennedy']);
    expect(kinds('BYLINE').map((p) => p.text)).toEqual(['Rachael Kennedy', 'By Rachael Kennedy']);
  });

  it('has the standfirst', () => {
    expect(draft.standfirst).toBe(
      'Troops will be reduced by more than 2,000 as Donald Trump aims to fulfil a presidential campaign promise',
    );
  });

  it('has two captions credited Getty and PA, none of them body text', () => {
    expect(kinds('CAPTION').map((p) => p.credit)).toEqual(['Getty', 'PA']);
  });

  it('has five related headlines, four with READ MORE and one bare', () => {
    const related = kinds('RELATED_LINK').map((p) => p.text);
    expect(related).toHaveLength(5);
    expect(related.filter((t) => t.startsWith('READ MORE:'))).toHaveLength(4);
    expect(related).toContain('Donald Trump mocks Joe Biden for manner of wearing mask');
  });

  it('keeps captions, related headlines and bylines out of the body', () => {
    const body = kinds('BODY')
      .map((p) => p.text)
      .join('\n');
    expect(body).not.toMatch(/READ MORE|Picture:|mocks Joe Biden|By Rachael/);
    expect(kinds('BODY')).toHaveLength(15);
  });

  it('reports 5,200 current and 3,000 target US troops in Iraq for September 2020', () => {
    const iraq = draft.troopLevels.filter((t) => t.locationKey === 'iq' && t.force === 'US');
    expect(
      iraq.filter((t) => t.kind !== 'CHANGE').map((t) => [t.count, t.kind, t.qualifier, t.effectiveDate, t.periodEnd, t.datePrecision]),
    ).toEqual([
      [5200, 'CURRENT', 'EXACT', '2020-09-01', '2020-09-30', 'MONTH'],
      [3000, 'TARGET', 'EXACT', '2020-09-01', '2020-09-30', 'MONTH'],
    ]);
  });

  it('reports a change of more than 2,000', () => {
    expect(draft.troopLevels.filter((t) => t.kind === 'CHANGE').map((t) => [t.count, t.qualifier, t.locationKey])).toEqual([
      [2000, 'MORE_THAN', 'iq'],
    ]);
  });

  it('does not count casualties, sites or years as troop levels', () => {
    expect(draft.troopLevels.map((t) => t.count).sort((a, b) => a - b)).toEqual([2000, 3000, 5200]);
  });

  it('finds exactly four quotes with their speakers', () => {
    expect(draft.quotes.map((q) => [q.text.slice(0, 26), q.partial, name(q.speakerKey)])).toEqual([
      ['in recognition', true, 'Frank McKenzie'],
      ['endless wars', true, 'Donald Trump'],
      ['The US decision is a clear', false, 'Frank McKenzie'],
      ['The journey has been diffi', false, 'Frank McKenzie'],
    ]);
  });

  it('gives "he said" to McKenzie although Trump is named in between', () => {
    const decision = draft.quotes.find((q) => q.text.startsWith('The US decision'));
    expect([name(decision?.speakerKey), decision?.attributionVerb]).toEqual(['Frank McKenzie', 'said']);
  });

  it('continues McKenzie in the next paragraph with no verb', () => {
    const journey = draft.quotes.find((q) => q.text.startsWith('The journey'));
    expect(journey?.attributionVerb).toBeUndefined();
  });

  it('records McKenzie as a Marine General and Trump as President', () => {
    expect(draft.people.find((p) => p.name === 'Frank McKenzie')?.roles).toContain('Marine General');
    expect(draft.people.find((p) => p.name === 'Donald Trump')?.roles).toContain('President');
  });

  it('attributes the 5,200 to 3,000 reduction to McKenzie', () => {
    const figure = draft.troopLevels.find((t) => t.count === 5200);
    const claim = draft.claims[figure?.claimIndex ?? -1];
    expect(name(claim?.claimantKey)).toBe('Frank McKenzie');
    expect(claim?.text).toContain('from 5,200 to 3,000');
  });

  it('keeps the unnamed official of the Iraq announcement as a description', () => {
    const claim = draft.claims.find((c) => c.text.includes('imminent'));
    expect(claim).toMatchObject({ claimantDescription: 'a senior Trump administration official', kind: 'FORECAST' });
    expect(claim?.claimantKey).toBeUndefined();
  });

  it('makes the article the claimant of the dated history', () => {
    for (const start of [
      'US troops have been in Afghanistan since 2001',
      'Having left the latter in 2011',
      'Earlier this year, US-Iraq relations',
      'Iran later launched a response',
    ]) {
      const claim = draft.claims.find((c) => c.text.startsWith(start));
      expect(claim, start).toBeDefined();
      expect([claim?.claimantKey, claim?.claimantDescription]).toEqual([undefined, undefined]);
    }
  });

  it('links each claim to the quotes inside it', () => {
    const claim = draft.claims.find((c) => c.text.startsWith('The move, he said'));
    expect(claim?.quoteIndexes.map((i) => draft.quotes[i]?.text)).toEqual(['in recognition']);
  });
});
