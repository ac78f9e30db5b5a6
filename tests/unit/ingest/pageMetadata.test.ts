/**
 * The pieces of a page's metadata, one table each: dates as pages write them, schema.org
 * JSON-LD as CMSs lay it out, language tags, and feeds' item links.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readFeed } from '../../../src/ingest/feed.ts';
import { IngestInputError } from '../../../src/ingest/index.ts';
import { canonicalLanguage, detectLanguage } from '../../../src/ingest/language.ts';
import { readJsonLd } from '../../../src/ingest/page/jsonLd.ts';
import { readMetadata, readPublication, type MetadataSource } from '../../../src/ingest/page/metadata.ts';
import { parseHTML } from 'linkedom';
import { PAGES_DIR } from '../../helpers/pageServer.ts';

describe('readPublication', () => {
  it.each([
    ['2026-03-14T09:30:00+02:00', 'Europe/London', { at: '2026-03-14T07:30:00.000Z', on: '2026-03-14', precision: 'SECOND' }],
    ['2026-03-14T09:30+0200', 'Europe/London', { at: '2026-03-14T07:30:00.000Z', on: '2026-03-14', precision: 'MINUTE' }],
    ['2026-03-14T23:30:00-05:00', 'Europe/London', { at: '2026-03-15T04:30:00.000Z', on: '2026-03-14', precision: 'SECOND' }],
    ['2026-03-14T09:30:00.250Z', 'Europe/London', { at: '2026-03-14T09:30:00.250Z', on: '2026-03-14', precision: 'SECOND' }],
    ['2026-07-14T09:30:00', 'Europe/London', { at: '2026-07-14T08:30:00.000Z', on: '2026-07-14', precision: 'SECOND' }],
    ['2026-07-14 09:30', 'Asia/Tokyo', { at: '2026-07-14T00:30:00.000Z', on: '2026-07-14', precision: 'MINUTE' }],
    ['2026-03-14', 'Europe/London', { on: '2026-03-14', precision: 'DAY' }],
    ['Sat, 14 Mar 2026 09:30:00 +0200', 'Europe/London', { at: '2026-03-14T07:30:00.000Z', on: '2026-03-14', precision: 'SECOND' }],
    ['March 13, 2015 9:30pm AEDT', 'Europe/London', { at: '2015-03-13T10:30:00.000Z', on: '2015-03-13', precision: 'MINUTE' }],
  ])('reads %s (zone %s)', (written, zone, expected) => {
    const read = readPublication(written, zone);
    expect({ ...read, ...(read?.at ? { at: read.at.toISOString() } : {}) }).toEqual(expected);
  });

  it.each(['', 'yesterday', '2026-13-45', 'not a date', 'Fri Mar 13 21:30:09 EST 2015'])('reads nothing from %j', (written) => {
    expect(readPublication(written, 'Europe/London')).toBeUndefined();
  });
});

const ld = (...blocks: unknown[]) => readJsonLd(blocks.map((b) => (typeof b === 'string' ? b : JSON.stringify(b))));

describe('readJsonLd', () => {
  it('follows @id references inside an @graph to the author and publisher nodes', () => {
    const graph = {
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebPage', '@id': 'https://s.example/a#page', name: 'Page title - Site' },
        {
          '@type': 'NewsArticle',
          headline: 'Troops stay',
          author: { '@id': 'https://s.example/#/person/1' },
          publisher: { '@id': 'https://s.example/#org' },
        },
        { '@type': 'Person', '@id': 'https://s.example/#/person/1', name: 'Ana Ruiz' },
        { '@type': 'Organization', '@id': 'https://s.example/#org', name: 'Site Daily', url: 'https://s.example/' },
      ],
    };
    expect(ld(graph)).toMatchObject({
      headline: 'Troops stay',
      authors: [{ name: 'Ana Ruiz', kind: 'PERSON' }],
      publisher: { name: 'Site Daily', kind: 'ORGANIZATION', url: 'https://s.example/' },
    });
  });

  it('prefers a NewsArticle to a plain Article on the same page', () => {
    expect(
      ld([
        { '@type': 'Article', headline: 'Generic' },
        { '@type': ['NewsArticle'], headline: 'News' },
      ])?.headline,
    ).toBe('News');
  });

  it('reads authors given as names, as given and family names, and as a list mixing people and organisations', () => {
    expect(
      ld({
        '@type': 'NewsArticle',
        author: ['Jo Park', { '@type': 'Person', givenName: 'Lee', familyName: 'Kim' }, { '@type': 'NewsMediaOrganization', name: 'Wire' }],
      })?.authors,
    ).toEqual([
      { name: 'Jo Park', kind: 'PERSON' },
      { name: 'Lee Kim', kind: 'PERSON' },
      { name: 'Wire', kind: 'ORGANIZATION' },
    ]);
  });

  it('skips a block that is not JSON and reads the next; unwraps an HTML comment around a block', () => {
    expect(ld('{ not json', '<!-- {"@type":"NewsArticle","headline":"Kept"} -->')?.headline).toBe('Kept');
  });

  it('reads the canonical address from mainEntityOfPage when url is missing, and a paywall flag written as text', () => {
    expect(ld({ '@type': 'NewsArticle', mainEntityOfPage: { '@id': 'https://s.example/a' }, isAccessibleForFree: 'False' })).toMatchObject({
      url: 'https://s.example/a',
      accessibleForFree: false,
    });
  });

  it('finds nothing on a page whose JSON-LD declares no article', () => {
    expect(ld({ '@type': 'WebSite', name: 'Site' })).toBeUndefined();
  });
});

describe('canonicalLanguage', () => {
  it.each([
    ['en_GB', 'en-GB'],
    ['EN', 'en'],
    ['zh-hant-tw', 'zh-Hant-TW'],
    [' fr ', 'fr'],
    ['english', undefined],
    ['', undefined],
  ])('reads %j as %j', (tag, expected) => {
    expect(canonicalLanguage(tag)).toBe(expected);
  });
});

describe('readFeed', () => {
  const fixture = (name: string) => readFileSync(path.join(PAGES_DIR, name), 'utf8').replaceAll('{{BASE}}', 'http://127.0.0.1:8080');

  it('lists the links of an RSS 2.0 feed in order', () => {
    expect(readFeed(fixture('feed-rss.xml')).links.map((l) => l.split('/').at(-1))).toEqual([
      'wordpress-jsonld.html',
      'opengraph-only.html',
      'several-authors.html',
      'time-only.html',
    ]);
  });

  it('lists the alternate links of an Atom feed', () => {
    expect(readFeed(fixture('feed-atom.xml')).links.map((l) => l.split('/').at(-1))).toEqual([
      'amp.html',
      'windows-1252.html',
      'french.html',
    ]);
  });

  it('takes a permalink guid when an item has no link, resolves relative links, and lists each link once', () => {
    const rss = `<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><link>https://s.example/</link><description>d</description>
      <item><title>a</title><guid isPermaLink="true">https://s.example/a</guid></item>
      <item><title>b</title><link>/b</link></item><item><title>b again</title><link>/b</link></item>
      <item><title>c</title><guid isPermaLink="false">tag:s.example,2026:c</guid></item></channel></rss>`;
    expect(readFeed(rss, 'https://s.example/feed.xml').links).toEqual(['https://s.example/a', 'https://s.example/b']);
  });

  it('refuses a document that is not a feed', () => {
    expect(() => readFeed(fixture('not-a-feed.xml'))).toThrow(
      new IngestInputError('Not an RSS or Atom feed (no <rss>, <feed> or <rdf:RDF> document in it).'),
    );
  });
});

describe('detectLanguage', () => {
  it.each([
    ['Britain will keep about 900 troops in Estonia until the end of next year, the ministry said on Saturday.', 'en'],
    ['La France ramènera sa présence militaire au Gabon à environ 150 soldats d’ici l’été, a annoncé mardi l’état-major.', 'fr'],
    ['Deutschland wird bis zum Sommer weitere 350 Soldaten nach Litauen schicken, teilte das Ministerium am Dienstag mit.', 'de'],
    ['España enviará 250 soldados más a Letonia en primavera, según informó el Ministerio de Defensa el miércoles.', 'es'],
    ['1,200 — 3,400 / 2026', undefined],
  ])('reads %j as %j', (text, expected) => {
    expect(detectLanguage(text)).toBe(expected);
  });
});

describe('readMetadata from meta tags alone', () => {
  const metadataOf = (head: string) =>
    readMetadata(
      // linkedom types its window with the DOM library, which the project does not load.
      (parseHTML(`<html><head>${head}</head><body></body></html>`) as unknown as { document: MetadataSource }).document,
      undefined,
      'Europe/London',
    );

  it("reads Parse.ly's title, date and author where a page has no OpenGraph", () => {
    const read = metadataOf(
      '<meta name="parsely-title" content="Troops stay"><meta name="parsely-pub-date" content="2024-04-20T04:20:00.000Z"><meta name="parsely-author" content="Jane Doe">',
    );
    expect([read.headline, read.published?.at?.toISOString(), read.authors]).toEqual([
      'Troops stay',
      '2024-04-20T04:20:00.000Z',
      [{ name: 'Jane Doe', kind: 'PERSON' }],
    ]);
  });

  it('splits a meta author naming several people, without its "By"', () => {
    expect(metadataOf('<meta name="author" content="By Jane Doe and John Roe">').authors.map((a) => a.name)).toEqual([
      'Jane Doe',
      'John Roe',
    ]);
  });

  it('prefers article:published_time to a generic date tag', () => {
    expect(
      metadataOf(
        '<meta name="date" content="2020-01-01"><meta property="article:published_time" content="2026-02-03T17:45:00Z">',
      ).published?.at?.toISOString(),
    ).toBe('2026-02-03T17:45:00.000Z');
  });
});
