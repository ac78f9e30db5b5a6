/**
 * Words that report speech. One list for the whole pipeline: attribution, people and claims
 * all read speech through these.
 */

/** Finite speech verbs: "X said", "said X", "X told reporters". */
export const SPEECH_VERBS = [
  'said', 'says', 'say', 'added', 'adds', 'told', 'tells', 'stated', 'states', 'warned', 'warns', 'insisted', 'insists',
  'explained', 'explains', 'noted', 'notes', 'stressed', 'stresses', 'claimed', 'claims', 'announced', 'announces',
  'confirmed', 'confirms', 'wrote', 'writes', 'tweeted', 'posted', 'argued', 'argues', 'declared', 'declares',
  'acknowledged', 'acknowledges', 'admitted', 'admits', 'vowed', 'vows', 'promised', 'promises', 'pledged', 'pledges',
  'replied', 'replies', 'asked', 'asks', 'continued', 'continues', 'urged', 'urges', 'cautioned', 'predicted',
  'conceded', 'revealed', 'reported', 'reports', 'testified', 'remarked', 'observed', 'emphasised', 'emphasized',
  'emphasises', 'emphasizes', 'suggested', 'maintained', 'recalled', 'agreed', 'countered', 'responded', 'contended',
  'read', 'reads', 'affirmed', 'reiterated', 'underlined', 'underscored', 'highlighted', 'described', 'characterised',
  'characterized', 'assured', 'denied', 'called', 'lamented', 'complained', 'boasted', 'quipped', 'concluded', 'indicated',
  'mentioned', 'commented', 'disclosed', 'specified', 'clarified', 'elaborated', 'pointed out', 'went on', 'wrote on',
];

/** Participles that go on with the sentence's subject as speaker: "…, adding "…"". */
export const SPEECH_PARTICIPLES = [
  'saying', 'adding', 'noting', 'calling', 'warning', 'stressing', 'insisting', 'explaining', 'describing', 'declaring',
  'arguing', 'vowing', 'promising', 'pledging', 'urging', 'telling', 'announcing', 'claiming', 'stating', 'writing',
  'emphasising', 'emphasizing', 'referring', 'branding', 'labelling', 'labeling', 'terming', 'pointing out', 'suggesting', 'indicating',
  'reiterating', 'asserting', 'recalling', 'acknowledging', 'conceding', 'predicting', 'cautioning', 'complaining', 'boasting',
];

/** Speech verbs used only with a speaker that is a document: "the statement read". */
export const DOCUMENT_VERBS = ['read', 'reads', 'stated', 'states', 'said', 'says', 'noted', 'added', 'stressed', 'continued'];

/** Speech verbs that, alone, rarely introduce a quotation of the subject's own words. */
export const WEAK_SPEECH_VERBS = ['called', 'described', 'characterised', 'characterized', 'denied', 'asked', 'reported', 'reports', 'read', 'reads'];

/** "was quoted as saying", "quoted X as saying". */
export const QUOTED_AS = /\b(?:was|were|is|are|has been|had been)\s+quoted\s+(?:by\s+[^,.;"“”]{2,60}\s+)?as\s+saying\b/i;
export const QUOTED_X_AS = /\bquoted\s+(.{2,120}?)\s+as\s+(?:saying|telling)\b/i;

/** Verb phrases that make the next words a speaker's: "according to X". */
export const ACCORDING_TO = /\baccording to\s*$/i;

/** Phrases between a speech verb and a colon: "said in a statement:", "told reporters:". */
export const SPEECH_TAIL = /^(?:\s+(?:on|in|at|to|during|after|before|from|by|via|with|about|of|that|later|also|then|again|earlier|last|this|today|tonight|yesterday|the|a|an|his|her|their|its|[A-Z][\w'’.-]*|[a-z]+)){0,12}\s*$/;
