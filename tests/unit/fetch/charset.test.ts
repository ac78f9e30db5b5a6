import { describe, expect, it } from 'vitest';
import { decodeBody } from '../../../src/fetch/index.ts';

const ascii = (text: string) => new Uint8Array(Buffer.from(text, 'latin1'));
const bytes = (...parts: (string | number[])[]) =>
  new Uint8Array(Buffer.concat(parts.map((part) => (typeof part === 'string' ? Buffer.from(part, 'latin1') : Buffer.from(part)))));

/** “quoted” in windows-1252: 0x93 and 0x94 are the curly quotes. */
const QUOTED_1252 = [0x93, 0x71, 0x75, 0x6f, 0x74, 0x65, 0x64, 0x94];

describe('decodeBody', () => {
  it('decodes windows-1252 bytes 0x93 0x94 as curly quotes', () => {
    expect(decodeBody(bytes(QUOTED_1252), 'text/html; charset=windows-1252', 'html')).toEqual({
      text: '“quoted”',
      charset: 'windows-1252',
    });
  });

  it('decodes the windows-1252 bytes that differ from Latin-1 as the Encoding Standard maps them', () => {
    expect(decodeBody(bytes([0x80, 0x85, 0x96, 0x99, 0x9f, 0xe9]), 'text/html; charset=windows-1252', 'html').text).toBe('€…–™Ÿé');
  });

  it('lets the header charset win over a meta charset', () => {
    const body = bytes('<meta charset="utf-8"><p>', QUOTED_1252);
    expect(decodeBody(body, 'text/html; charset=windows-1252', 'html').charset).toBe('windows-1252');
  });

  it('reads a quoted header charset case-insensitively', () => {
    expect(decodeBody(ascii('<p>x'), 'text/html; CHARSET="Shift_JIS"', 'html').charset).toBe('shift_jis');
  });

  it('reports iso-8859-1 by its WHATWG name windows-1252', () => {
    expect(decodeBody(bytes([0xe9]), 'text/html; charset=iso-8859-1', 'html')).toEqual({ text: 'é', charset: 'windows-1252' });
  });

  it('uses <meta charset> when the header names none', () => {
    const body = bytes('<!doctype html><html><head><meta charset=windows-1252><title>', QUOTED_1252);
    expect(decodeBody(body, 'text/html', 'html').text.endsWith('<title>“quoted”')).toBe(true);
  });

  it('uses <meta http-equiv="Content-Type" content="…charset=…">', () => {
    const body = bytes('<head><META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=iso-8859-2"></head>', [0xb1]);
    expect(decodeBody(body, undefined, 'html')).toMatchObject({ text: expect.stringMatching(/ą$/), charset: 'iso-8859-2' });
  });

  it('ignores a charset inside a meta that is not a Content-Type declaration', () => {
    expect(decodeBody(ascii('<meta name="note" content="charset=windows-1252">'), undefined, 'html').charset).toBe('utf-8');
  });

  it('ignores a meta charset past the first 1024 bytes', () => {
    expect(decodeBody(ascii(`${' '.repeat(1024)}<meta charset="windows-1252">`), undefined, 'html').charset).toBe('utf-8');
  });

  it('ignores a meta charset inside a comment', () => {
    expect(decodeBody(ascii('<!-- <meta charset="windows-1252"> --><p>'), undefined, 'html').charset).toBe('utf-8');
  });

  it('reads a meta that claims UTF-16 as UTF-8, as the HTML prescan does', () => {
    expect(decodeBody(ascii('<meta charset="utf-16le"><p>x'), undefined, 'html')).toEqual({
      text: '<meta charset="utf-16le"><p>x',
      charset: 'utf-8',
    });
  });

  it('lets a UTF-8 byte-order mark win over the header, and strips it', () => {
    expect(decodeBody(bytes([0xef, 0xbb, 0xbf], '<p>', [0xc3, 0xa9]), 'text/html; charset=windows-1252', 'html')).toEqual({
      text: '<p>é',
      charset: 'utf-8',
    });
  });

  it('decodes UTF-16LE marked by its byte-order mark', () => {
    expect(decodeBody(new Uint8Array([0xff, 0xfe, 0x3c, 0x00, 0x70, 0x00, 0x3e, 0x00]), undefined, 'html')).toEqual({
      text: '<p>',
      charset: 'utf-16le',
    });
  });

  it('uses the XML declaration for XML', () => {
    const body = bytes('<?xml version="1.0" encoding="windows-1252"?><rss><title>', QUOTED_1252);
    expect(decodeBody(body, 'application/rss+xml', 'xml').text).toBe('<?xml version="1.0" encoding="windows-1252"?><rss><title>“quoted”');
  });

  it('does not read a meta charset in XML', () => {
    expect(decodeBody(ascii('<feed><meta charset="windows-1252"/></feed>'), 'application/atom+xml', 'xml').charset).toBe('utf-8');
  });

  it('falls back to UTF-8 for an unknown label', () => {
    expect(decodeBody(bytes('<meta charset="x-bogus"><p>', [0xc3, 0xa9]), 'text/html; charset=also-bogus', 'html')).toEqual({
      text: '<meta charset="x-bogus"><p>é',
      charset: 'utf-8',
    });
  });

  it('falls back to UTF-8 when nothing declares an encoding', () => {
    expect(decodeBody(bytes('<p>', [0xc3, 0xa9]), undefined, 'html')).toEqual({ text: '<p>é', charset: 'utf-8' });
  });
});
