/**
 * Titles, ranks, honorifics and roles that stand before or beside a name: stripped from a
 * name ("Marine General Frank McKenzie" → Frank McKenzie) and kept as the person's role.
 * Lowercase forms; a title may be several words ("prime minister").
 */
import type { Gender } from '../types.ts';

/** Words that, capitalized before a name, are part of a title. */
export const TITLE_WORDS = new Set([
  'president', 'president-elect', 'vice', 'prime', 'premier', 'minister', 'chancellor', 'senator', 'sen', 'rep', 'representative',
  'congressman', 'congresswoman', 'governor', 'gov', 'mayor', 'secretary', 'secretary-general', 'under-secretary', 'undersecretary',
  'general', 'gen', 'lt', 'lieutenant', 'maj', 'major', 'brig', 'brigadier', 'col', 'colonel', 'capt', 'cpt', 'captain', 'adm', 'admiral',
  'cmdr', 'commander', 'sgt', 'sergeant', 'cpl', 'corporal', 'pvt', 'private', 'staff', 'marshal', 'field', 'air', 'chief', 'ambassador',
  'envoy', 'spokesman', 'spokeswoman', 'spokesperson', 'press', 'deputy', 'acting', 'former', 'retired', 'mr', 'mrs', 'ms', 'miss', 'mx',
  'dr', 'prof', 'professor', 'sir', 'dame', 'lord', 'lady', 'king', 'queen', 'prince', 'princess', 'crown', 'sheikh', 'emir', 'sultan',
  'ayatollah', 'pope', 'cardinal', 'chairman', 'chairwoman', 'chair', 'director', 'director-general', 'head', 'leader', 'foreign', 'defence',
  'defense', 'interior', 'home', 'state', 'army', 'navy', 'military', 'armed', 'commanding', 'officer', 'inspector', 'commissioner',
  'justice', 'judge', 'attorney', 'speaker', 'minister-counsellor', 'counsellor', 'attache', 'attaché', 'consul', 'high', 'special',
  'senior', 'top', 'coordinator', 'commandant', 'rear', 'second', 'first', 'lady', 'mullah', 'imam', 'rabbi', 'reverend', 'rev',
  'father', 'brother', 'sister', 'gen.', 'pm', 'md', 'ceo', 'secretary-designate', 'then-president', 'ex-president', 'marine', 'corps',
  'force', 'forces', 'wing', 'squadron', 'leader', 'warrant', 'petty', 'master', 'mp', 'mep', 'msp', 'mla', 'td', 'opposition', 'lawmaker',
  'legislator', 'congressional', 'parliamentary', 'deputy-chief', 'chief-of-staff', 'sgt.', 'lt.', 'col.', 'maj.', 'capt.', 'brig.', 'adm.',
]);

/** Lowercase role nouns that, written before a name or after "the", say what a person is. */
export const ROLE_NOUNS = [
  'general', 'commander', 'leader', 'president', 'minister', 'spokesman', 'spokeswoman', 'spokesperson', 'official', 'chief', 'colonel',
  'admiral', 'cleric', 'envoy', 'ambassador', 'secretary', 'senator', 'chancellor', 'journalist', 'analyst', 'head', 'director', 'governor',
  'mayor', 'premier', 'diplomat', 'attache', 'attaché', 'officer', 'captain', 'major', 'lieutenant', 'sergeant', 'chairman', 'chairwoman',
  'adviser', 'advisor', 'lawmaker', 'legislator', 'congressman', 'congresswoman', 'representative', 'deputy', 'aide', 'negotiator',
  'coordinator', 'commissioner', 'brigadier', 'marshal', 'monarch', 'king', 'queen', 'prince', 'emir', 'sheikh', 'predecessor', 'successor',
  'counterpart', 'ruler', 'dictator', 'strongman', 'warlord', 'pilot', 'soldier', 'veteran', 'expert', 'researcher', 'professor',
  'member', 'mp', 'parliamentarian', 'politician', 'activist',
];

/** Honorifics and titles that give a gender. */
export function genderOfTitle(title: string): Gender | undefined {
  const words = title.toLowerCase().replace(/\./g, '').split(/[\s-]+/);
  if (words.some((w) => ['mr', 'sir', 'lord', 'king', 'prince', 'spokesman', 'congressman', 'chairman', 'emir', 'sultan', 'father', 'brother'].includes(w))) return 'MALE';
  if (words.some((w) => ['mrs', 'ms', 'miss', 'dame', 'lady', 'queen', 'princess', 'spokeswoman', 'congresswoman', 'chairwoman', 'sister'].includes(w))) return 'FEMALE';
  return undefined;
}

/** Honorifics alone are a gender, never a role worth keeping. */
export const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'mx']);

/** Particles inside names: "Mustafa al-Kadhimi", "Ursula von der Leyen", "Alain Le Roy". */
export const NAME_PARTICLES = new Set(['al', 'el', 'bin', 'ibn', 'bint', 'van', 'von', 'de', 'der', 'den', 'da', 'du', 'la', 'le', 'di', 'del', 'dos', 'ul', 'abu', 'abd', 'ter', 'ten', 'mac', 'ap']);

/** Ranks a role noun stands for when a story goes on about someone: "the commander" after "Lt. Gen. Jane Doe". */
export const ROLE_RANKS: Record<string, readonly string[]> = {
  commander: ['gen', 'general', 'admiral', 'adm', 'colonel', 'col', 'brigadier', 'brig', 'cmdr', 'commodore'],
  general: ['gen'],
  colonel: ['col'],
  admiral: ['adm'],
};
