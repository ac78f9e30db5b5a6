/**
 * Where a figure's troops are, read from its clause: a deployment names where they go ("send
 * 1,000 troops to Mozambique"), a withdrawal the country they leave ("withdraw 4,000 troops
 * from South Korea"), a relocation where they are now ("move 5,000 Marines from Okinawa to
 * Guam"), a level where it stands ("2,500 troops in Iraq"). Cities, regions and bases stand for
 * their country ("350 troops in Dakar" is Senegal). "In each of Estonia, Latvia and Lithuania"
 * makes one figure per country; "in these countries" without "each" is no one place.
 */
import { DEPLOYING_VERBS, RELOCATING_VERBS, WITHDRAWING_VERBS } from '../lexicon/quantities.ts';
import { alternation } from '../text.ts';
import type { LocationDraft } from '../types.ts';
import type { Clause } from './clause.ts';

/** A place named in the sentence; `location` is the country for a city or base. */
export interface SentencePlace {
  location: LocationDraft;
  /** What the text named: a city, base or region standing for `location`, or the country itself. */
  named?: LocationDraft['kind'];
  /** Offsets within the sentence. */
  start: number;
  end: number;
}

export interface PlacingContext {
  sentence: string;
  places: SentencePlace[];
  clause: Clause;
  /** The figure's phrase within the sentence. */
  local: number;
  localEnd: number;
  /** The troops' own country: their home, not where they are. */
  forceCode?: string;
  main?: LocationDraft;
  /** The country the article is most about (when the main place is a region): where an unplaced base is. */
  mainCountry?: LocationDraft;
  /** The last place an earlier sentence named: what "there" stands for. */
  previous?: LocationDraft;
}

const DEPLOYING = new RegExp(`\\b(?:${alternation(DEPLOYING_VERBS)})\\b`);
const WITHDRAWING = new RegExp(`\\b(?:${alternation(WITHDRAWING_VERBS)})\\b`);
const RELOCATING = new RegExp(`\\b(?:${alternation(RELOCATING_VERBS)})\\b`);
const PLURAL_PLACES =
  /\b(?:these|those|both|the\s+(?:two|three|four|five|six|seven|eight)|all\s+(?:three|four|five|the))\s+(?:\w+\s+)?(?:countries|nations|states|bases|capitals)\b/;

/** A place in an attribution: "according to officials in Kabul", "told reporters in Oslo". */
const SOURCE_SITE =
  /(?:\baccording to|\b(?:told|briefed)\s+(?:reporters|journalists|a news conference|a press conference))[^,;]{0,40}\b(?:in|at)\s+(?:the\s+)?$/i;

/**
 * The troops' own country named as where they go or are ("deploy 20,000 troops in Ukraine" when
 * the force was read as Ukraine's, "Russian troops in Russia's Kursk region"): a country, after a
 * locative, and not their way home ("back to", "returned to", "from").
 */
const abroadAtHome = (c: PlacingContext, p: SentencePlace): boolean =>
  p.location.kind === 'COUNTRY' &&
  (p.named ?? 'COUNTRY') === 'COUNTRY' &&
  TO(c, p) &&
  !/\bfor\s+(?:the\s+)?(?:[\w-]+\s+)?$/i.test(preposition(c, p)) &&
  // ("vital to US military operations": the country as an adjective is no place.)
  !/^(?:['’]s\b|\s+(?:military|troops|forces|soldiers|operations|officials|army|navy|government|embassy|bases?|personnel|commanders?)\b)/i.test(
    c.sentence.slice(p.end, p.end + 14),
  ) &&
  !/\b(?:back|home|return\w*|from|out of|withdrawn|recalled|brought|arriv\w*|land\w*)\s+(?:\w+\s+){0,2}$/i.test(preposition(c, p));

/** The words just before a place, back to the place before it ("in Somalia includes Kenya": Kenya has no "in" of its own). */
const preposition = (c: PlacingContext, p: SentencePlace): string => {
  const previous = c.places.filter((q) => q.end <= p.start).at(-1);
  return c.sentence.slice(Math.max(0, p.start - 26, previous?.end ?? 0), p.start).toLowerCase();
};
const after = (re: RegExp) => (c: PlacingContext, p: SentencePlace) => re.test(preposition(c, p));
const TO = after(/\b(?:to|into|in|at|toward|towards|inside|for)\s+(?:the\s+)?(?:[\w-]+\s+)?$/);
const DESTINATION = after(/\b(?:to|into|toward|towards)\s+(?:the\s+)?(?:[\w-]+\s+)?$/);
/** Inside a "from …" phrase: "from Fort Carson, Colorado", "from the reserve force for Western Balkans". */
const FROM = (c: PlacingContext, p: SentencePlace) =>
  /\b(?:from|out of)\s+(?:(?!\b(?:to|into|in)\b)[^;])*$/i.test(c.sentence.slice(Math.max(0, p.start - 45), p.start));
/** Inside a "to …" phrase: "moving them to other locations in the Indo-Pacific region". */
const TOWARD = (c: PlacingContext, p: SentencePlace) =>
  /\b(?:to|into|toward|towards)\s+(?:(?!\b(?:from|out of)\b)[^;,])*$/i.test(c.sentence.slice(Math.max(0, p.start - 40), p.start));
/** The figure's own "in": "187 on the Golan Heights", "900 in neighbouring Syria". */
const OWN_IN = /^\s+(?:[\w-]+\s+){0,3}?(?:in|at|on|inside)\s+(?:the\s+)?(?:[a-z-]+\s+)?$/;
// ("will leave the Philippines as the largest contributor" leaves no place.)
const LEFT = (c: PlacingContext, p: SentencePlace): boolean =>
  after(/\b(?:from|out of|leave|leaving|left|quit|quitting|exit|exiting)\s+(?:the\s+)?(?:\w+\s+)?$/)(c, p) &&
  !/^\s+as\b/.test(c.sentence.slice(p.end, p.end + 4));
const IN = after(
  /\b(?:in|at|inside|within|across|throughout|on|near|to|into|for|based in|stationed in|stationed at|mission|forces?|command)\s+(?:the\s+)?(?:\w+\s+){0,3}$/,
);

/** The places coordinated with the one at `i`: "Estonia, Latvia and Lithuania". */
function coordinated(c: PlacingContext, i: number): SentencePlace[] {
  const list = [c.places[i] as SentencePlace];
  for (let j = i + 1; j < c.places.length; j++) {
    const gap = c.sentence.slice((c.places[j - 1] as SentencePlace).end, (c.places[j] as SentencePlace).start);
    if (!/^\s*(?:,|and|or|, and|&)\s*(?:the\s+)?$/i.test(gap)) break;
    list.push(c.places[j] as SentencePlace);
  }
  return list;
}

const unique = (places: SentencePlace[]): LocationDraft[] => [...new Map(places.map((p) => [p.location.key, p.location])).values()];

/** "in each of the Baltic states of Estonia, Latvia and Lithuania", "350 troops each stationed in Libreville and Dakar", "in each country". */
function distributive(c: PlacingContext, own: SentencePlace[]): LocationDraft[] | undefined {
  const tail = c.sentence.slice(c.localEnd);
  // "Each of the three Baltic republics – Estonia, Latvia and Lithuania – hosts a battlegroup of 1,000".
  if (
    /^\s*each of\b/i.test(c.sentence) ||
    /\beach of the (?:\w+ ){0,3}(?:countries|states|republics|nations)\b/i.test(c.sentence.slice(0, c.local))
  ) {
    const lists = own.map((_, i) => coordinated({ ...c, places: own }, i)).filter((l) => (l.at(-1) as SentencePlace).end <= c.local);
    const longest = lists.sort((a, b) => b.length - a.length)[0];
    if (longest && longest.length > 1) return unique(longest);
  }
  const eachOf = /\bin each of\b/i.exec(tail) ?? (/^\s*(?:\w+\s+){0,3}each\b/i.test(tail) ? /each/i.exec(tail) : null);
  if (eachOf) {
    // The longest list soon after "each": "each of the Baltic states of Estonia, Latvia and Lithuania".
    const from = c.localEnd + eachOf.index;
    const lists = own
      .map((p, i) => ({ p, i }))
      .filter(({ p }) => p.start >= from && p.start - from < 90 && !/\bcountr(?:y|ies)\b/i.test(c.sentence.slice(from, p.start)))
      .map(({ i }) => coordinated({ ...c, places: own }, i));
    const longest = lists.sort((a, b) => b.length - a.length)[0];
    if (longest && longest.length > 1) return unique(longest);
  }
  if (/\bin each (?:of the (?:\w+ ){0,2})?(?:country|countries|nation|nations|state|one)\b/i.test(tail)) {
    // "the contingents in Djibouti and Chad … with 1,500 soldiers in each country": the list before.
    for (let i = own.length - 1; i >= 0; i--) {
      if ((own[i] as SentencePlace).start >= c.local) continue;
      let k = i;
      while (
        k > 0 &&
        /^\s*(?:,|and|or|, and)\s*(?:the\s+)?$/i.test(c.sentence.slice((own[k - 1] as SentencePlace).end, (own[k] as SentencePlace).start))
      )
        k--;
      const list = coordinated({ ...c, places: own }, k);
      if (list.length > 1) return unique(list);
      break;
    }
  }
  return undefined;
}

/**
 * The places the figure is in or goes to; [] when the text names places but no single one for
 * it; undefined when neither the sentence nor the article names any ("Nato will increase the
 * number of troops on high alert to 300,000").
 */
export function placesOf(c: PlacingContext): LocationDraft[] | undefined {
  if (c.places.length === 0 && !c.main) return undefined;
  // "…, according to diplomats in New York", "told reporters in Oslo": where the news came from, not the troops.
  // A region, city or base at home where troops are ("in the eastern Ladakh sector, where 50,000 Indian troops …") is theirs too.
  // (Not where they come home to: "will land in Vienna".)
  const homePost = (p: SentencePlace) =>
    p.named !== undefined &&
    p.named !== 'COUNTRY' &&
    IN(c, p) &&
    !FROM(c, p) &&
    !/\b(?:land\w*|arriv\w*|return\w*|home|back|fly|flew)\b/.test(preposition(c, p));
  // ("on the border with Mexico": the neighbour across the border is not where the troops are.)
  const across = (p: SentencePlace) =>
    /\b(?:border|frontier|boundary)\s+with\s+$/i.test(c.sentence.slice(Math.max(0, p.start - 20), p.start));
  const kept = c.places.filter(
    (p) =>
      (p.location.isoCode === undefined || p.location.isoCode !== c.forceCode || abroadAtHome(c, p) || homePost(p)) &&
      !across(p) &&
      !SOURCE_SITE.test(c.sentence.slice(Math.max(0, p.start - 50), p.start)),
  );
  // "Vietnam's second group … at Vietnam's field hospital … in South Sudan": an owner is not a place while another is named.
  const possessive = (p: SentencePlace) => p.location.kind === 'COUNTRY' && /^['’]s\b/.test(c.sentence.slice(p.end, p.end + 3));
  const own = kept.some((p) => !possessive(p)) ? kept.filter((p) => !possessive(p)) : kept;
  const spread = distributive(c, own);
  if (spread) return spread;
  const inClause = own.filter((p) => p.start >= c.clause.start && p.end <= c.clause.end);
  if (PLURAL_PLACES.test(c.clause.after.slice(0, 60)) && !/\beach\b/.test(c.clause.text.toLowerCase())) return [];
  const text = c.clause.text.toLowerCase();
  const afterFigure = (p: SentencePlace) => p.start >= c.localEnd;
  // "900 in neighboring Syria": the place the figure's own "in" names, else the closest edge to edge.
  const gap = (p: SentencePlace) => (p.start >= c.localEnd ? p.start - c.localEnd : Math.max(0, c.local - p.end));
  const nearest = (pool: SentencePlace[]) =>
    pool.find(
      (p) =>
        p.start >= c.localEnd &&
        /^\s+(?:[\w-]+\s+){0,3}?(?:in|at|on|inside)\s+(?:the\s+)?(?:[a-z-]+\s+)?$/.test(c.sentence.slice(c.localEnd, p.start)),
    ) ??
    // "… (UNMISS), 203 were with the Multinational Force and Observers in Egypt": an "in" later in the figure's own stretch.
    pool.find(
      (p) =>
        p.start >= c.localEnd &&
        p.start - c.localEnd <= 80 &&
        /^[^,;\d]*\b(?:in|at|on|inside|Mission|Forces?|Command)\s+(?:the\s+)?(?:[a-z-]+\s+)?$/.test(c.sentence.slice(c.localEnd, p.start)),
    ) ??
    [...pool].sort((a, b) => gap(a) - gap(b))[0];
  // "the 200 troops already there", "13,500 troops in the country": the article's place.
  // "Camp Lemonnier, home to about 4,000 US soldiers": the place the appositive describes.
  const homeTo = /,\s*(?:which is\s+|now\s+)?home to\s+(?:\S+\s+){0,2}$/i.exec(c.sentence.slice(0, c.local));
  const described = homeTo ? own.filter((p) => p.end <= homeTo.index && homeTo.index - p.end <= 2).at(-1) : undefined;
  if (described) return [described.location];
  // (The last place named before, unless it is the troops' home.)
  // ("In Afghanistan, … the 33,000 surge troops sent there": the sentence's own place first.)
  const there =
    own.filter((p) => p.end <= c.local && (IN(c, p) || DESTINATION(c, p)) && !FROM(c, p)).at(-1)?.location ??
    (c.previous && c.previous.isoCode !== c.forceCode ? c.previous : c.main);
  if (
    /^\s+(?:[\w-]+\s+){0,3}?(?:already\s+)?(?:there|in the country|in the region|in the kingdom)\b/i.test(c.sentence.slice(c.localEnd)) &&
    c.main
  )
    return [there ?? c.main];
  // "reduce the number of American troops there to about 1,000": where the sentences before were.
  if (inClause.length === 0 && there && /\b(?:troops|forces|soldiers|personnel|presence)\s+there\b/i.test(c.clause.before)) return [there];
  let chosen: SentencePlace | undefined;
  if (WITHDRAWING.test(text) && !DEPLOYING.test(c.clause.before.slice(-30)))
    chosen = inClause.find((p) => LEFT(c, p)) ?? nearest(inClause.filter((p) => IN(c, p) && !DESTINATION(c, p) && !TOWARD(c, p)));
  else if (RELOCATING.test(text)) chosen = inClause.find((p) => FROM(c, p));
  // ("3,756 are deployed in Congo, …, and 187 on the Golan Heights": the figure's own place first.)
  // ("1,000 soldiers from a regiment based in Germany to Romania": "to" names the destination before "in" does.)
  else if (DEPLOYING.test(text))
    chosen =
      inClause.find((p) => afterFigure(p) && DESTINATION(c, p) && !FROM(c, p)) ??
      inClause.find((p) => afterFigure(p) && TO(c, p) && !FROM(c, p)) ??
      inClause.find((p) => afterFigure(p) && OWN_IN.test(c.sentence.slice(c.localEnd, p.start))) ??
      inClause.find((p) => TO(c, p) && !FROM(c, p));
  else chosen = nearest(inClause.filter((p) => IN(c, p) && !FROM(c, p)));
  // ", leaving a liaison team of fewer than 100": a participle's clause is where the clause before it is.
  if (!chosen && /^\s*,\s*(?:joining|leaving|bringing|taking|adding)\b/i.test(c.sentence.slice(c.clause.start, c.clause.start + 12))) {
    const before = own.filter((p) => p.end <= c.clause.start && !FROM(c, p)).at(-1);
    if (before) return [before.location];
  }
  // "the contingent in Djibouti, where 1,500 personnel were deployed": a relative clause is where its antecedent is.
  // "El Salvador, which plans to send another 90": a country as the subject sends; it is not where they go.
  if (!chosen && /^\s*,?\s*(?:where|which|who)\b/i.test(c.sentence.slice(c.clause.start, c.clause.start + 8))) {
    const where = /^\s*,?\s*where\b/i.test(c.sentence.slice(c.clause.start, c.clause.start + 8));
    const antecedent = own.filter((p) => p.end <= c.clause.start && c.clause.start - p.end < 25 && (where || IN(c, p))).at(-1);
    if (antecedent) return [antecedent.location];
  }
  if (!chosen) {
    if (c.main && !(c.main.isoCode && c.main.isoCode === c.forceCode)) return [c.main];
    const fallback = nearest(inClause.filter((p) => !FROM(c, p)));
    // "550 Self-Defense Force members were stationed on Amami-Oshima": at home is where they are, when nowhere else is named.
    // An article that names no other country is about troops at home ("2,000 troops at the border").
    const atHome = c.main?.isoCode !== undefined && c.main.isoCode === c.forceCode;
    const home = fallback ?? (c.main && !atHome ? undefined : c.places.find((p) => p.location.isoCode === c.forceCode && !FROM(c, p)));
    if (home) return [home.location];
    return atHome && c.main ? [c.main] : [];
  }
  // A list of places without "each" is none of them alone: the article's place, if it has one.
  const index = own.indexOf(chosen);
  const list = coordinated({ ...c, places: own }, index);
  const before = index > 0 && /^\s*(?:,|and|, and)\s*$/.test(c.sentence.slice((own[index - 1] as SentencePlace).end, chosen.start));
  if ((list.length > 1 || before) && c.main) return [c.main];
  // A base whose country the text does not say is in the country the article is about.
  if (chosen.location.kind === 'BASE') return (c.mainCountry ?? c.main) ? [(c.mainCountry ?? c.main) as LocationDraft] : [chosen.location];
  return [chosen.location];
}
