/**
 * A reproducible synthetic corpus for the benchmark. Every article is built sentence by
 * sentence, so quotes, claims and troop levels point at real spans of its text, as the
 * ingestion pipeline's would; nothing here runs that pipeline.
 */
import { FILLER, FIRST_NAMES, FORCES, LAST_NAMES, PLACES, ROLES, TOPICS, VERBS } from './vocabulary.ts';

/** mulberry32: a tiny seeded PRNG; the corpus must be identical for the same seed. */
export function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export class Random {
  constructor(readonly next: () => number) {}
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)] as T;
  }
  /** Index drawn with weight 1/(i+1): a few busy items and a long tail. */
  zipf(length: number): number {
    const total = harmonic(length);
    let target = this.next() * total;
    for (let i = 0; i < length; i += 1) {
      target -= 1 / (i + 1);
      if (target <= 0) return i;
    }
    return length - 1;
  }
  /** A UUID from the stream, so ids are reproducible too. */
  uuid(): string {
    const hex = Array.from({ length: 32 }, () => Math.floor(this.next() * 16).toString(16)).join('');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
  }
}

const harmonic = (n: number): number => Array.from({ length: n }, (_, i) => 1 / (i + 1)).reduce((a, b) => a + b, 0);

export interface PersonRow {
  id: string;
  name: string;
  key: string;
  role: string;
}
export interface LocationRow {
  id: string;
  name: string;
  key: string;
  kind: string;
  isoCode: string | null;
}
export interface ParagraphRow {
  id: string;
  index: number;
  kind: string;
  text: string;
  start: number;
  end: number;
}
export interface QuoteRow {
  id: string;
  paragraphId: string;
  text: string;
  speakerId: string | null;
  speakerDescription: string | null;
  verb: string;
  start: number;
  end: number;
}
export interface ClaimRow {
  id: string;
  paragraphId: string;
  text: string;
  kind: string;
  claimantId: string | null;
  claimantDescription: string | null;
  status: string;
  start: number;
  end: number;
  quoteId: string | null;
}
export interface TroopLevelRow {
  id: string;
  paragraphId: string;
  claimId: string | null;
  locationId: string;
  force: string;
  count: number;
  kind: string;
  effectiveDate: string;
  text: string;
  start: number;
  end: number;
}

export interface ArticleRow {
  id: string;
  slug: string;
  headline: string;
  standfirst: string;
  publishedAt: string;
  text: string;
  authors: { personId: string; position: number; role: string | null }[];
  paragraphs: ParagraphRow[];
  quotes: QuoteRow[];
  claims: ClaimRow[];
  troopLevels: TroopLevelRow[];
}

export interface Cast {
  people: PersonRow[];
  locations: LocationRow[];
}

export const PEOPLE = 500;

export function castOf(random: Random): Cast {
  const people: PersonRow[] = [];
  for (let i = 0; people.length < PEOPLE; i += 1) {
    const name = `${FIRST_NAMES[i % FIRST_NAMES.length]} ${LAST_NAMES[Math.floor(i / FIRST_NAMES.length) % LAST_NAMES.length]}`;
    const suffix = i >= FIRST_NAMES.length * LAST_NAMES.length ? ` ${i}` : '';
    people.push({ id: random.uuid(), name: name + suffix, key: keyOf(name + suffix), role: random.pick(ROLES) });
  }
  const locations = PLACES.map((place) => ({
    id: random.uuid(),
    name: place.name,
    key: keyOf(place.name),
    kind: place.kind,
    isoCode: place.isoCode ?? null,
  }));
  return { people, locations };
}

const keyOf = (name: string): string => name.toLowerCase().replace(/[^a-z0-9]+/g, '-');
const STATUSES = ['UNREVIEWED', 'UNREVIEWED', 'UNREVIEWED', 'SUPPORTED', 'DISPUTED', 'MISLEADING', 'FALSE'];
const LEVEL_KINDS = ['CURRENT', 'CURRENT', 'TARGET', 'CHANGE', 'HISTORICAL'];
const DAY = 86_400_000;
const FIRST_DAY = Date.UTC(2010, 0, 1);

type Role = 'plain' | 'quote' | 'claim' | 'quotedClaim' | 'level';

/** Article number `n` of the corpus; the cast is shared by all articles. */
export function articleOf(random: Random, n: number, cast: Cast): ArticleRow {
  const place = cast.locations[random.zipf(cast.locations.length)] as LocationRow;
  const topic = random.pick(TOPICS);
  const published = FIRST_DAY + random.int(0, 15 * 365) * DAY + random.int(6, 20) * 3_600_000;
  const headline = `${random.pick(FORCES)} ${topic} in ${place.name} ${random.pick(['draws scrutiny', 'moves ahead', 'stalls', 'is confirmed', 'divides allies'])}`;
  const standfirst = `Officials outline the next phase of the ${topic} as allies weigh their commitments.`;
  const authors = Array.from({ length: random.int(1, 3) }, () => random.pick(cast.people)).filter((p, i, all) => all.indexOf(p) === i);

  const bodyParagraphs = random.int(10, 30) - 3;
  const sentences: { paragraph: number; role: Role; text: string }[] = [];
  for (let p = 0; p < bodyParagraphs; p += 1) {
    for (let s = random.int(2, 4); s > 0; s -= 1) sentences.push({ paragraph: p, role: 'plain', text: '' });
  }
  assignRoles(random, sentences);

  const draft = new TextBuilder();
  const paragraphs: ParagraphRow[] = [];
  const addParagraph = (kind: string, text: string) => {
    const start = draft.length;
    draft.append(text);
    paragraphs.push({ id: random.uuid(), index: paragraphs.length, kind, text, start, end: draft.length });
    draft.append('\n\n');
  };
  addParagraph('HEADLINE', headline);
  addParagraph('STANDFIRST', standfirst);
  addParagraph('BYLINE', `By ${authors.map((a) => a.name).join(' and ')}`);

  const quotes: QuoteRow[] = [];
  const claims: ClaimRow[] = [];
  const troopLevels: TroopLevelRow[] = [];
  for (let p = 0; p < bodyParagraphs; p += 1) {
    const start = draft.length;
    const paragraphId = random.uuid();
    const parts: string[] = [];
    for (const sentence of sentences.filter((s) => s.paragraph === p)) {
      if (parts.length > 0) parts.push(' ');
      const offset = start + parts.join('').length;
      const written = writeSentence(random, sentence.role, { place, topic, cast, paragraphId, offset, published });
      parts.push(written.text);
      if (written.quote) quotes.push(written.quote);
      if (written.claim) claims.push(written.claim);
      if (written.level) troopLevels.push(written.level);
    }
    const text = parts.join('');
    draft.append(text);
    paragraphs.push({ id: paragraphId, index: paragraphs.length, kind: 'BODY', text, start, end: draft.length });
    if (p < bodyParagraphs - 1) draft.append('\n\n');
  }
  return {
    id: random.uuid(),
    slug: `${keyOf(headline).replace(/-+$/, '')}-${n}`,
    headline,
    standfirst,
    publishedAt: new Date(published).toISOString(),
    text: draft.toString(),
    authors: authors.map((a, position) => ({ personId: a.id, position, role: position === 0 ? 'Correspondent' : null })),
    paragraphs,
    quotes,
    claims,
    troopLevels,
  };
}

/** 5–15 quotes, 5–20 claims (some of them quoted), 1–6 troop levels, within the sentences there are. */
function assignRoles(random: Random, sentences: { role: Role }[]): void {
  const free = () => sentences.filter((s) => s.role === 'plain');
  const take = (role: Role, count: number) => {
    for (let i = 0; i < count; i += 1) {
      const candidates = free();
      if (candidates.length === 0) return;
      random.pick(candidates).role = role;
    }
  };
  const budget = Math.floor(sentences.length * 0.8);
  const levels = Math.min(random.int(1, 6), budget);
  const quotes = Math.min(random.int(5, 15), Math.floor((budget - levels) / 2));
  const quotedClaims = Math.min(quotes, random.int(1, 4));
  take('level', levels);
  take('quotedClaim', quotedClaims);
  take('quote', quotes - quotedClaims);
  take('claim', Math.max(0, Math.min(random.int(5, 20) - levels - quotedClaims, budget - levels - quotes)));
}

interface SentenceContext {
  place: LocationRow;
  topic: string;
  cast: Cast;
  paragraphId: string;
  offset: number;
  published: number;
}

interface Written {
  text: string;
  quote?: QuoteRow;
  claim?: ClaimRow;
  level?: TroopLevelRow;
}

function writeSentence(random: Random, role: Role, c: SentenceContext): Written {
  const speaker = random.next() < 0.85 ? random.pick(c.cast.people) : undefined;
  const claimFor = (text: string, start: number, kind: string, quoteId: string | null): ClaimRow => ({
    id: random.uuid(),
    paragraphId: c.paragraphId,
    text,
    kind,
    claimantId: speaker?.id ?? null,
    claimantDescription: speaker ? null : 'a senior official',
    status: random.pick(STATUSES),
    start,
    end: start + text.length,
    quoteId,
  });
  if (role === 'level') {
    const count = random.pick([150, 500, 800, 1_200, 2_500, 3_000, 5_200, 8_600, 12_000, 34_000]);
    const figure = `${count.toLocaleString('en-US')} troops`;
    const force = random.pick(FORCES);
    const head = `The ${force} presence in ${c.place.name} will stand at about `;
    const text = `${head}${figure} after the ${c.topic}, officials said.`;
    const claim = claimFor(text, c.offset, 'FIGURE', null);
    const level: TroopLevelRow = {
      id: random.uuid(),
      paragraphId: c.paragraphId,
      claimId: claim.id,
      locationId: c.place.id,
      force,
      count,
      kind: random.pick(LEVEL_KINDS),
      effectiveDate: new Date(c.published - random.int(0, 400) * DAY).toISOString().slice(0, 10),
      text: figure,
      start: c.offset + head.length,
      end: c.offset + head.length + figure.length,
    };
    return { text, claim, level };
  }
  if (role === 'quote' || role === 'quotedClaim') {
    const said = `${random.pick(FILLER)} and the ${c.topic} in ${c.place.name} would continue`;
    const who = speaker ? `${speaker.name}, the ${speaker.role},` : 'a senior official';
    const verb = random.pick(VERBS);
    const text = `“${said},” ${who} ${verb}.`;
    const quote: QuoteRow = {
      id: random.uuid(),
      paragraphId: c.paragraphId,
      text: said,
      speakerId: speaker?.id ?? null,
      speakerDescription: speaker ? null : who,
      verb,
      start: c.offset + 1,
      end: c.offset + 1 + said.length,
    };
    return { text, quote, ...(role === 'quotedClaim' ? { claim: claimFor(said, c.offset + 1, 'STATEMENT', quote.id) } : {}) };
  }
  const text = `${random.pick(FILLER)}, according to people familiar with the ${c.topic} in ${c.place.name}.`;
  return role === 'claim' ? { text, claim: claimFor(text, c.offset, random.pick(['EVENT', 'STATEMENT', 'FORECAST']), null) } : { text };
}

/** Appends text and tracks its length in UTF-16 units, the unit spans are counted in. */
class TextBuilder {
  private parts: string[] = [];
  length = 0;
  append(text: string): void {
    this.parts.push(text);
    this.length += text.length;
  }
  toString(): string {
    return this.parts.join('');
  }
}
