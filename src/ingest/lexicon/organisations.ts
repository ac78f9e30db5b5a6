/**
 * What makes a noun phrase an organisation rather than a person or a place, and the sources
 * that speak without a name. Lowercase forms.
 */
import type { OrganisationKind } from '../types.ts';

/** Head nouns of organisations ("defence ministry", "Inter-Services Public Relations"), with their kind. */
export const ORGANISATION_HEADS: Record<string, OrganisationKind> = {
  ministry: 'MINISTRY', department: 'MINISTRY', affairs: 'MINISTRY', office: 'GOVERNMENT', government: 'GOVERNMENT', administration: 'GOVERNMENT',
  cabinet: 'GOVERNMENT', presidency: 'GOVERNMENT', embassy: 'GOVERNMENT', mission: 'GOVERNMENT', consulate: 'GOVERNMENT',
  parliament: 'GOVERNMENT', congress: 'GOVERNMENT', senate: 'GOVERNMENT', assembly: 'GOVERNMENT', secretariat: 'GOVERNMENT',
  authorities: 'GOVERNMENT', authority: 'GOVERNMENT', council: 'INTERNATIONAL', commission: 'INTERNATIONAL', committee: 'GOVERNMENT',
  army: 'MILITARY', navy: 'MILITARY', military: 'MILITARY', forces: 'MILITARY', corps: 'MILITARY', guard: 'MILITARY', command: 'MILITARY',
  headquarters: 'MILITARY', staff: 'MILITARY', wing: 'MILITARY', relations: 'MILITARY', intelligence: 'MILITARY', directorate: 'GOVERNMENT',
  alliance: 'INTERNATIONAL', coalition: 'INTERNATIONAL', union: 'INTERNATIONAL', organisation: 'INTERNATIONAL', organization: 'INTERNATIONAL',
  bloc: 'INTERNATIONAL', community: 'INTERNATIONAL', agency: 'AGENCY', bureau: 'AGENCY', service: 'AGENCY', services: 'AGENCY',
  police: 'AGENCY', institute: 'OTHER', centre: 'OTHER', center: 'OTHER', foundation: 'OTHER', group: 'OTHER', company: 'OTHER',
  corporation: 'OTHER', party: 'OTHER', movement: 'OTHER', front: 'OTHER', court: 'GOVERNMENT', tribunal: 'GOVERNMENT',
  brigade: 'MILITARY', battalion: 'MILITARY', regiment: 'MILITARY', division: 'MILITARY', squadron: 'MILITARY', fleet: 'MILITARY',
  battalions: 'MILITARY', brigades: 'MILITARY', battlegroup: 'MILITARY', contingent: 'MILITARY', garrison: 'MILITARY', hussars: 'MILITARY',
  newspaper: 'MEDIA', broadcaster: 'MEDIA', television: 'MEDIA', radio: 'MEDIA', news: 'MEDIA', times: 'MEDIA', post: 'MEDIA',
  journal: 'MEDIA', herald: 'MEDIA', tribune: 'MEDIA', telegraph: 'MEDIA', gazette: 'MEDIA', daily: 'MEDIA',
};

/** Institutions known by a proper name: who speaks when "the Pentagon said". */
export const INSTITUTIONS: Record<string, { kind: OrganisationKind; country?: string }> = {
  pentagon: { kind: 'MINISTRY', country: 'US' }, 'white house': { kind: 'GOVERNMENT', country: 'US' }, 'state department': { kind: 'MINISTRY', country: 'US' },
  kremlin: { kind: 'GOVERNMENT', country: 'RU' }, elysee: { kind: 'GOVERNMENT', country: 'FR' }, 'elysee palace': { kind: 'GOVERNMENT', country: 'FR' },
  'downing street': { kind: 'GOVERNMENT', country: 'GB' }, 'number 10': { kind: 'GOVERNMENT', country: 'GB' }, whitehall: { kind: 'GOVERNMENT', country: 'GB' },
  'blue house': { kind: 'GOVERNMENT', country: 'KR' }, bundeswehr: { kind: 'MILITARY', country: 'DE' }, 'quai d\'orsay': { kind: 'MINISTRY', country: 'FR' },
  nato: { kind: 'INTERNATIONAL' }, un: { kind: 'INTERNATIONAL' }, 'u.n.': { kind: 'INTERNATIONAL' }, 'united nations': { kind: 'INTERNATIONAL' },
  eu: { kind: 'INTERNATIONAL' }, 'european union': { kind: 'INTERNATIONAL' }, 'european commission': { kind: 'INTERNATIONAL' },
  'african union': { kind: 'INTERNATIONAL' }, ecowas: { kind: 'INTERNATIONAL' }, sadc: { kind: 'INTERNATIONAL' }, asean: { kind: 'INTERNATIONAL' },
  osce: { kind: 'INTERNATIONAL' }, kfor: { kind: 'INTERNATIONAL' }, unmiss: { kind: 'INTERNATIONAL' }, monusco: { kind: 'INTERNATIONAL' },
  monuc: { kind: 'INTERNATIONAL' }, minusma: { kind: 'INTERNATIONAL' }, unifil: { kind: 'INTERNATIONAL' }, 'security council': { kind: 'INTERNATIONAL' },
  centcom: { kind: 'MILITARY', country: 'US' }, africom: { kind: 'MILITARY', country: 'US' }, eucom: { kind: 'MILITARY', country: 'US' },
  indopacom: { kind: 'MILITARY', country: 'US' }, usfk: { kind: 'MILITARY', country: 'US' }, idf: { kind: 'MILITARY', country: 'IL' },
  pla: { kind: 'MILITARY', country: 'CN' }, ispr: { kind: 'MILITARY', country: 'PK' }, mod: { kind: 'MINISTRY' },
  cnn: { kind: 'MEDIA' }, bbc: { kind: 'MEDIA' }, 'le monde': { kind: 'MEDIA' }, 'le figaro': { kind: 'MEDIA' }, rfi: { kind: 'MEDIA' },
  'al jazeera': { kind: 'MEDIA' }, 'al arabiya': { kind: 'MEDIA' }, 'chosun ilbo': { kind: 'MEDIA' }, 'joongang ilbo': { kind: 'MEDIA' },
  'wall street journal': { kind: 'MEDIA' }, 'new york times': { kind: 'MEDIA' }, 'washington post': { kind: 'MEDIA' }, guardian: { kind: 'MEDIA' },
  'sky news': { kind: 'MEDIA' }, 'fox news': { kind: 'MEDIA' }, nbc: { kind: 'MEDIA' }, cbs: { kind: 'MEDIA' }, abc: { kind: 'MEDIA' },
  cbc: { kind: 'MEDIA' }, dw: { kind: 'MEDIA' }, 'deutsche welle': { kind: 'MEDIA' }, euronews: { kind: 'MEDIA' }, rt: { kind: 'MEDIA' },
  'der spiegel': { kind: 'MEDIA' }, politico: { kind: 'MEDIA' }, axios: { kind: 'MEDIA' }, nhk: { kind: 'MEDIA' }, 'nikkei': { kind: 'MEDIA' },
  taliban: { kind: 'OTHER' }, hamas: { kind: 'OTHER' }, hezbollah: { kind: 'OTHER' }, wagner: { kind: 'OTHER' },
};

/** Adjectives of regions and blocs, capitalized without naming anyone: "Baltic states", "African troops". */
export const REGIONAL_ADJECTIVES = new Set(['baltic', 'african', 'european', 'asian', 'arab', 'western', 'eastern', 'northern', 'southern', 'nordic', 'scandinavian', 'balkan', 'latin', 'gulf', 'pacific', 'atlantic', 'sahelian', 'soviet', 'caucasian', 'central', 'transatlantic', 'islamic', 'muslim', 'christian', 'jewish', 'kurdish', 'shia', 'sunni', 'serb', 'ethnic']);

/** Nouns of unnamed sources: "a senior official", "diplomatic sources", "a senior figure in Estonia". */
export const SOURCE_NOUNS = [
  'official', 'officials', 'source', 'sources', 'diplomat', 'diplomats', 'aide', 'aides', 'adviser', 'advisers', 'advisor', 'advisors',
  'officer', 'officers', 'analyst', 'analysts', 'commander', 'commanders', 'insider', 'insiders', 'lawmaker', 'lawmakers', 'envoy',
  'representative', 'representatives', 'spokesman', 'spokeswoman', 'spokesperson', 'figure', 'figures', 'member', 'members', 'staffer',
  'staffers', 'expert', 'experts', 'observer', 'observers', 'witness', 'witnesses', 'resident', 'residents', 'person', 'people',
  'soldier', 'soldiers', 'minister', 'ministers', 'leader', 'leaders', 'negotiator', 'negotiators',
];

/** Documents that speak for their organisation: "the statement read", "a press release said". */
export const DOCUMENT_NOUNS = ['statement', 'press release', 'release', 'communique', 'communiqué', 'readout', 'report', 'post', 'letter', 'note', 'briefing', 'announcement', 'tweet', 'notice', 'bulletin'];
