/**
 * fast-check arbitraries for hostile input: GraphQL request bodies and article texts of every
 * shape a careless or malicious client might send.
 */
import fc from 'fast-check';

/** Characters that break naive code: NUL, lone surrogates, right-to-left marks, emoji, quotes. */
const NASTY = [
  '\u0000',
  '\ud800',
  '\udfff',
  '\u202e',
  '\u200f',
  '🪖',
  '👩🏽‍✈️',
  '"',
  '\\',
  '\n',
  '\r\n',
  '\t',
  'ﷺ',
  'שלום',
  'مرحبا',
  '𝕏',
  '\uffff',
];

const nastyString = (maxLength = 200): fc.Arbitrary<string> =>
  fc.oneof(
    fc.string({ unit: 'binary', maxLength }),
    fc.string({ unit: 'grapheme', maxLength }),
    fc.array(fc.constantFrom(...NASTY), { maxLength: 40 }).map((parts) => parts.join('')),
  );

/** Queries the schema accepts, with the variables they declare. */
const VALID_QUERIES = [
  'query ($s: String) { article(slug: $s) { headline quotes { text speaker { name } } } }',
  'query ($q: String!) { search(query: $q) { __typename ... on Claim { text } } }',
  'query ($n: Int) { articles(first: $n) { totalCount edges { node { headline counts { quotes } } } } }',
  'query ($id: ID!) { node(id: $id) { id ... on Article { headline } } }',
  'query ($l: String!) { troopLevelTimeline(location: $l) { date count } }',
  'query ($f: ClaimFilter) { claims(filter: $f, first: 5) { totalCount } }',
  'mutation ($id: ID!, $s: ReviewStatus!, $n: String) { reviewClaim(id: $id, status: $s, note: $n) { userErrors { message } } }',
  'mutation ($i: IngestArticleInput!) { ingestArticle(input: $i) { userErrors { message } } }',
  '{ __schema { types { name } } }',
  '{ articles { totalCount } }',
];

const anyValue: fc.Arbitrary<unknown> = fc.oneof(
  nastyString(),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.jsonValue({ maxDepth: 3 }),
  fc.array(fc.string(), { maxLength: 5 }),
  // Huge values built cheaply: fast-check would draw 200,000 characters one by one.
  fc
    .tuple(fc.integer({ min: 50_000, max: 200_000 }), fc.constantFrom(...NASTY, 'troops '))
    .map(([length, unit]) => unit.repeat(Math.ceil(length / unit.length))),
);

const variables = fc.dictionary(fc.constantFrom('s', 'q', 'n', 'id', 'l', 'f', 'i', 'x', '__proto__', 'constructor'), anyValue, {
  maxKeys: 5,
});

const document: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: nastyString(400), weight: 3 },
  { arbitrary: fc.constantFrom(...VALID_QUERIES), weight: 3 },
  // Truncated and spliced documents: unbalanced braces, half tokens.
  {
    arbitrary: fc
      .tuple(fc.constantFrom(...VALID_QUERIES), fc.nat(), fc.nat(), nastyString(10))
      .map(([q, a, b, junk]) => q.slice(0, a % q.length) + junk + q.slice(b % q.length)),
    weight: 3,
  },
  // Deep nesting, valid and not.
  {
    arbitrary: fc.integer({ min: 5, max: 300 }).map((depth) => `${'{ articles { edges { node '.repeat(depth)}${'} } }'.repeat(depth)}`),
    weight: 1,
  },
  { arbitrary: fc.integer({ min: 5, max: 2_000 }).map((depth) => '{'.repeat(depth) + '}'.repeat(depth >> 1)), weight: 1 },
  // Alias and directive floods, huge literals.
  {
    arbitrary: fc
      .integer({ min: 10, max: 400 })
      .map((n) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: articles { totalCount }`).join(' ')} }`),
    weight: 1,
  },
  { arbitrary: fc.integer({ min: 5, max: 200 }).map((n) => `{ articles { totalCount ${'@skip(if: false) '.repeat(n)} } }`), weight: 1 },
  {
    arbitrary: fc.integer({ min: 1_000, max: 300_000 }).map((n) => `{ search(query: "${'ab '.repeat(n / 3)}") { __typename } }`),
    weight: 1,
  },
);

export interface FuzzRequest {
  body: string;
  contentType: string;
  withKey: boolean;
}

/** A whole HTTP request body: well-formed envelopes with hostile contents, or no envelope at all. */
export const fuzzRequest: fc.Arbitrary<FuzzRequest> = fc.record({
  body: fc.oneof(
    { arbitrary: fc.tuple(document, variables).map(([query, vars]) => JSON.stringify({ query, variables: vars })), weight: 6 },
    {
      arbitrary: fc.tuple(document, anyValue).map(([query, vars]) => JSON.stringify({ query, variables: vars, operationName: vars })),
      weight: 1,
    },
    { arbitrary: fc.jsonValue({ maxDepth: 4 }).map((value) => JSON.stringify(value) ?? 'null'), weight: 1 },
    { arbitrary: nastyString(300), weight: 1 },
    { arbitrary: fc.integer({ min: 1, max: 60 }).map((depth) => '['.repeat(depth * 1_000)), weight: 1 },
  ),
  contentType: fc.constantFrom(
    'application/json',
    'application/json',
    'application/json',
    'application/json; charset=utf-8',
    'text/plain',
    'application/graphql',
    'multipart/form-data; boundary=x',
  ),
  withKey: fc.boolean(),
});

/** Article texts: empty, binary, huge, all quotes, unbalanced quotes, RTL, emoji, and story-like mixes. */
export const articleText: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.constantFrom('', ' ', '\n\n\n', '\t \r\n'), weight: 1 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 2_000 }), weight: 2 },
  {
    arbitrary: fc.array(fc.constantFrom('"', '“', '”', '‘', '’', "'", '«', '»'), { minLength: 1, maxLength: 300 }).map((q) => q.join('')),
    weight: 1,
  },
  { arbitrary: fc.array(storyLine(), { minLength: 1, maxLength: 25 }).map((lines) => lines.join('\n\n')), weight: 6 },
  {
    arbitrary: fc
      .array(fc.constantFrom('مرحبا بالعالم', 'שלום עולם', '\u202eevil', '🪖🪖', '👩🏽‍✈️ said', '"unbalanced', 'text”', '2,500 troops'), {
        minLength: 1,
        maxLength: 50,
      })
      .map((parts) => parts.join(' ')),
    weight: 2,
  },
);

function storyLine(): fc.Arbitrary<string> {
  return fc.oneof(
    fc.constantFrom(
      'US to cut troops in Iraq to 3,000',
      'By Jane Holloway and Mark Dufresne',
      'By AP staff | Associated Press',
      'BAGHDAD (Reuters) —',
      'KABUL, Afghanistan, Feb. 11 (AP) -',
      'September 9, 2020',
      'About 2,500 troops will remain in Afghanistan, officials said.',
      '"We are bringing our troops home," the president said.',
      'He added: "The mission is not over."',
      'She said: "We will keep roughly 5,200 soldiers there until next year.',
      'The number of troops fell from 5,200 to 3,000 by the end of September.',
      '“It is a good day,” said General Frank McKenzie, head of Central Command.',
      'A senior official, who spoke on condition of anonymity, said some 800 troops would leave.',
    ),
    nastyString(120),
    fc
      .tuple(fc.integer({ min: 1, max: 200_000 }), fc.constantFrom('troops', 'soldiers', 'marines', 'personnel'))
      .map(([n, noun]) => `Roughly ${n.toLocaleString('en-US')} ${noun} are stationed in Syria.`),
  );
}
