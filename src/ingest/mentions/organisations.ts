/**
 * The organisations of one article that speak or claim: ministries, armed forces, the
 * Pentagon, a press wing, a government named by its capital. One entry per organisation,
 * found again by its name, its acronym ("Inter-Services Public Relations (ISPR)") or a
 * shorter form ("the ministry" after "South Korea's defence ministry").
 */
import { INSTITUTIONS, ORGANISATION_HEADS } from '../lexicon/organisations.ts';
import { fold } from '../text.ts';
import type { OrganisationDraft, OrganisationKind } from '../types.ts';

export const organisationKey = (name: string): string =>
  fold(name)
    .replace(/^(the|a|an)\s+/, '')
    .replace(/[’']s\b/g, 's')
    .replace(/[^\p{L}\p{N}&' -]/gu, '')
    .replace(/\s+/g, ' ')
    .trim();

/** The kind an organisation's name says: its institution, else its last head noun. */
function organisationKind(name: string): OrganisationKind {
  const key = organisationKey(name);
  const institution = INSTITUTIONS[key];
  if (institution) return institution.kind;
  const heads = key.split(' ').filter((w) => w in ORGANISATION_HEADS);
  return (heads.length > 0 ? ORGANISATION_HEADS[heads.at(-1) as string] : undefined) ?? 'OTHER';
}

export class Organisations {
  private readonly byKey = new Map<string, OrganisationDraft>();

  add(rawName: string, options: { alias?: string; countryCode?: string; kind?: OrganisationKind } = {}): OrganisationDraft {
    const name = rawName
      .replace(/\s+/g, ' ')
      .replace(/^(?:the|a|an)\s+/i, '')
      .replace(/[’']s$/, '')
      .trim();
    const key = organisationKey(name);
    let organisation = this.byKey.get(key) ?? this.byAlias(name);
    if (!organisation) {
      const institution = INSTITUTIONS[key];
      const countryCode = options.countryCode ?? institution?.country;
      organisation = { key, name, kind: options.kind ?? organisationKind(name), aliases: [], ...(countryCode ? { countryCode } : {}) };
      this.byKey.set(key, organisation);
    }
    if (options.alias && !organisation.aliases.includes(options.alias)) organisation.aliases.push(options.alias);
    return organisation;
  }

  /** An organisation known by this acronym or other form. */
  byAlias(name: string): OrganisationDraft | undefined {
    const key = organisationKey(name);
    return [...this.byKey.values()].find((o) => o.aliases.some((a) => organisationKey(a) === key));
  }

  /** The latest added organisation whose name has this head noun ("the ministry"). */
  byHead(head: string): OrganisationDraft | undefined {
    const h = fold(head);
    return [...this.byKey.values()].reverse().find((o) => organisationKey(o.name).split(' ').includes(h));
  }

  get(key: string): OrganisationDraft | undefined {
    return this.byKey.get(key);
  }

  all(): OrganisationDraft[] {
    return [...this.byKey.values()];
  }
}
