import { describe, expect, it } from 'vitest';
import { mediaTypeOf, mediaTypeVerdict, opensAsFeed } from '../../../src/fetch/mediaTypes.ts';

const bytes = (text: string) => new Uint8Array(Buffer.from(text, 'latin1'));

describe('mediaTypeOf', () => {
  it('is the lowercase type without parameters, or empty when there is no header', () => {
    expect([mediaTypeOf('Text/HTML; charset=UTF-8'), mediaTypeOf(undefined)]).toEqual(['text/html', '']);
  });
});

describe('mediaTypeVerdict', () => {
  it.each([
    ['page', 'text/html', 'accept'],
    ['page', 'application/xhtml+xml', 'accept'],
    ['page', 'application/rss+xml', 'refuse'],
    ['page', '', 'refuse'],
    ['feed', 'application/rss+xml', 'accept'],
    ['feed', 'application/atom+xml', 'accept'],
    ['feed', 'application/rdf+xml', 'accept'],
    ['feed', 'application/xml', 'accept'],
    ['feed', 'text/xml', 'accept'],
    ['feed', 'text/html', 'refuse'],
    ['feed', 'image/png', 'refuse'],
    ['feed', '', 'sniff'],
    ['feed', 'application/octet-stream', 'sniff'],
    ['feed', 'text/plain', 'sniff'],
  ] as const)('gives a %s served as %j the verdict %s', (type, mediaType, verdict) => {
    expect(mediaTypeVerdict(type, mediaType)).toBe(verdict);
  });
});

describe('opensAsFeed', () => {
  it.each([
    '<rss version="2.0"><channel>',
    '<?xml version="1.0"?>\n<rss version="2.0">',
    '\u00EF\u00BB\u00BF<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">',
    '<?xml version="1.0"?><?xml-stylesheet href="feed.xsl"?><!-- generated --><rdf:RDF xmlns:rdf="x">',
  ])('recognises a feed opening %j', (opening) => {
    expect(opensAsFeed(bytes(opening))).toBe(true);
  });

  it.each(['<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml">', '<!doctype html><html>', '<rssfeed>', 'PNG\r\n', ''])(
    'does not take %j for a feed',
    (opening) => {
      expect(opensAsFeed(bytes(opening))).toBe(false);
    },
  );
});
