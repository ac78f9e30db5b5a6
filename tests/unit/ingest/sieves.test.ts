/**
 * Quote attribution, one table per sieve (stage one) and one for resolving a mention to whom it
 * names (stage two). Each row is an article of our own, the first words of one of its quotes, the
 * sieve that must link it and who must be its speaker: a person's full name, an organisation's
 * name, or an unnamed source's description.
 */
import { describe, expect, it } from 'vitest';
import { attributeQuotes } from '../../../src/ingest/attribution/index.ts';
import { SIEVES } from '../../../src/ingest/attribution/sieves/index.ts';
import { inferGenders } from '../../../src/ingest/mentions/gender.ts';
import { readMentions } from '../../../src/ingest/mentions/index.ts';
import { People } from '../../../src/ingest/mentions/people.ts';
import { parseArticle } from '../../../src/ingest/parse.ts';
import { normalizeText } from '../../../src/ingest/text.ts';

type Who = string | { organisation: string } | { description: string };

interface Attributed {
  sieve: string;
  speaker: Who | undefined;
}

/** The quote that starts with `opening` in an article of these paragraphs: its sieve and speaker. */
function attributed(paragraphs: string[], opening: string): Attributed | undefined {
  const text = normalizeText(['Troops to leave the northern province', ...paragraphs].join('\n\n'));
  const parsed = parseArticle(text, 'UTC');
  const people = new People();
  const read = readMentions(
    parsed.paragraphs.filter((p) => p.kind === 'BODY' || p.kind === 'STANDFIRST'),
    people,
  );
  inferGenders(people, text, read.mentions);
  const { quotes, via } = attributeQuotes(text, read);
  const at = quotes.findIndex((q) => q.text.startsWith(opening));
  const quote = quotes[at];
  if (!quote) return undefined;
  const speaker: Who | undefined = quote.speakerKey
    ? people.get(quote.speakerKey)?.name
    : quote.speakerOrganisationKey
      ? { organisation: read.organisations.get(quote.speakerOrganisationKey)?.name ?? '' }
      : quote.speakerDescription
        ? { description: quote.speakerDescription }
        : undefined;
  return { sieve: via[at] ?? '', speaker };
}

type Row = [pattern: string, paragraphs: string[], opening: string, speaker: Who];

const TABLES: Record<string, Row[]> = {
  trailing: [
    [
      '"…," X said',
      ['"We will not leave before the job is done," Defence Minister Halvard Tønnesen said on Monday.'],
      'We will not leave',
      'Halvard Tønnesen',
    ],
    [
      '"…," said X, an appositive after',
      ['"The battalion is ready," said Colonel Ines Okafor, the mission commander.'],
      'The battalion is ready',
      'Ines Okafor',
    ],
    [
      '"…," an unnamed source told reporters',
      ['"Nobody here wants a longer war," a senior ministry official told reporters.'],
      'Nobody here wants',
      { description: 'a senior ministry official' },
    ],
    [
      '"…," a rank and name said, with "according to" an agency after',
      ['"Nothing can be paused overnight," Army Major Tomas Brandt said, according to Example News.'],
      'Nothing can be paused',
      'Tomas Brandt',
    ],
    [
      '"…," a long title before the name said',
      ['"The airfield stays open," the country\'s deputy minister of defence for logistics Piotr Zawadzki said.'],
      'The airfield stays open',
      'Piotr Zawadzki',
    ],
    [
      '"…," X said closing a quotation that goes on in a paragraph without reopening it',
      [
        '"We will double our presence here. We will stay as long as we are needed.',
        'These engineers will rebuild the airfield by spring," Prime Minister Aino Lehtinen said.',
      ],
      'These engineers will rebuild',
      'Aino Lehtinen',
    ],
  ],
  colon: [
    [
      'X said: "…"',
      ['Prime Minister Aino Lehtinen said: "Our soldiers will stay as long as they are needed."'],
      'Our soldiers will stay',
      'Aino Lehtinen',
    ],
    [
      'Mr X told reporters: "…"',
      ['General Tomas Brandt inspected the base on Friday.', 'Mr Brandt told reporters: "We have counted every rifle."'],
      'We have counted',
      'Tomas Brandt',
    ],
    [
      'a speech clause and a colon closing the paragraph before',
      ["The brigade's commander, Colonel Ines Okafor, told the radio station:", '"Nobody goes home until the bridge is rebuilt."'],
      'Nobody goes home',
      'Ines Okafor',
    ],
    [
      'a sentence about the speaker closing the paragraph before with a colon',
      ['Colonel Ines Okafor put it plainly in an interview:', '"Nobody goes home until the bridge is rebuilt."'],
      'Nobody goes home',
      'Ines Okafor',
    ],
  ],
  quotedAs: [
    [
      'X was quoted as saying',
      ['The deputy minister, Pavel Ruzicka, was quoted as saying the troops "would be home well before Christmas".'],
      'would be home',
      'Pavel Ruzicka',
    ],
    [
      'an agency quoted X as saying',
      ['A local agency quoted the garrison commander, Colonel Dana Whitlow, as saying that "the last convoy has left the valley".'],
      'the last convoy',
      'Dana Whitlow',
    ],
  ],
  accordingTo: [
    [
      'according to X, "…"',
      ['According to the army chief, General Samuel Odhiambo, "the northern camps are now secure".'],
      'the northern camps',
      'Samuel Odhiambo',
    ],
    [
      '"…" in a clause after according to X',
      ['Figures differ, and according to Colonel Ana Ferreira the camp "has never held more than two hundred soldiers".'],
      'has never held',
      'Ana Ferreira',
    ],
  ],
  participle: [
    [
      '…, adding "…"',
      ['Chancellor Dieter Vahl welcomed the soldiers on Tuesday, adding "you are among friends here".'],
      'you are among friends',
      'Dieter Vahl',
    ],
    [
      '…, saying "…" for the subject',
      ['General Tomas Brandt spoke at the base.', 'Brandt ended the briefing, saying "the drawdown will be orderly and slow".'],
      'the drawdown will be',
      'Tomas Brandt',
    ],
  ],
  verbBefore: [
    [
      'X said that … "…"',
      [
        'Prime Minister Aino Lehtinen visited the garrison.',
        'Lehtinen said on Thursday that the government had "no intention of sending more troops".',
      ],
      'no intention of sending',
      'Aino Lehtinen',
    ],
    [
      'X who called … "…", with no comma before "who"',
      [
        'The summit was a success for Warsaw.',
        'Its position was summed up by Foreign Minister Piotr Zawadzki who called the decision "a turning point for the region".',
      ],
      'a turning point',
      'Piotr Zawadzki',
    ],
    [
      'a quotation in doubled single marks',
      ['The admiral, Tomas Brandt, said the force would ‘’build on the army already there and deter any attack.‘’'],
      'build on the army',
      'Tomas Brandt',
    ],
    [
      '"who told" after a senator\'s party and state',
      ['Sen. Marcus Pell, R-Ohio, who told reporters on Sunday that "the work is not yet done", backed the plan.'],
      'the work is not yet done',
      'Marcus Pell',
    ],
    [
      'a participle some words before the quotation, for the person the sentence names',
      ['Opposition deputy Marta Kowal of the Example Party criticized the plan, saying the agreement is "arbitrary in nature".'],
      'arbitrary in nature',
      'Marta Kowal',
    ],
    [
      'X told parliament the … was "…"',
      ['The defence secretary, Marcus Pell, told parliament the deployment was "a measured and temporary step".'],
      'a measured and temporary',
      'Marcus Pell',
    ],
    [
      'an absolute phrase "with X suggesting" names someone new',
      [
        'Prime Minister Aino Lehtinen defended the plan.',
        'Critics were unmoved, with the head of the opposition defence committee suggesting it would "leave the north exposed".',
      ],
      'leave the north exposed',
      { description: 'the head of the opposition defence committee' },
    ],
  ],
  verbAfter: [
    [
      '"…" …, X added',
      ['The mission would "stay focused on training" for now, a NATO spokeswoman added.'],
      'stay focused on training',
      { description: 'a NATO spokeswoman' },
    ],
    [
      '"…" … , Ms X said',
      [
        'Prime Minister Aino Lehtinen met the troops.',
        'The troops will be "back in their barracks by spring" if the talks hold, Ms Lehtinen said.',
      ],
      'back in their barracks',
      'Aino Lehtinen',
    ],
  ],
  openContinuation: [
    [
      'a quotation running over a paragraph break',
      [
        '"The first battalion leaves in March," said Colonel Ines Okafor. "The second follows in May, and the engineers stay until the airfield is handed over.',
        '"After that, the base belongs to the host nation."',
      ],
      'After that, the base',
      'Ines Okafor',
    ],
  ],
  paragraphSpeaker: [
    [
      '"A," X said. "B."',
      ['Colonel Ines Okafor addressed the troops.', '"We are not leaving," Okafor said. "We are changing how we stay."'],
      'We are changing',
      'Ines Okafor',
    ],
    [
      'a quotation before the sentence that names its speaker',
      ['"The roads are open again." Governor Ruth Kamau said the convoys could now reach the border towns.'],
      'The roads are open',
      'Ruth Kamau',
    ],
  ],
  lonePerson: [
    [
      'one person named in the paragraph, no speech verb',
      ['Colonel Märt Kask, who leads the battalion, was blunt. "Numbers alone do not deter anyone."'],
      'Numbers alone',
      'Märt Kask',
    ],
    [
      'one organisation named in the paragraph, no speech verb',
      ['The Ministry of Defence was less cautious. "The brigade will be at full strength by the autumn."'],
      'The brigade will be',
      { organisation: 'Ministry of Defence' },
    ],
  ],
  conversation: [
    [
      'a quotation paragraph after a quoted speaker',
      ['"The handover went smoothly," said General Tomas Brandt.', '"Our partners are ready to take over the northern sector."'],
      'Our partners are ready',
      'Tomas Brandt',
    ],
    [
      'a quotation paragraph after "according to" a person',
      ['According to Governor Ruth Kamau, about 120 soldiers will stay in the city.', '"The soldiers help us keep the streets calm."'],
      'The soldiers help us',
      'Ruth Kamau',
    ],
    [
      'a quotation paragraph after a paragraph reporting words',
      [
        'The border will reopen next week, Interior Minister Farid Nasser told state television on Sunday.',
        '"We have enough soldiers at every crossing."',
      ],
      'We have enough soldiers',
      'Farid Nasser',
    ],
  ],
  subject: [
    [
      "a fragment the sentence's subject promised",
      ['President Karin Olsen has long promised to end the "forever deployments" abroad.'],
      'forever deployments',
      'Karin Olsen',
    ],
    [
      'a fragment in a sentence about its subject',
      ['Defence Minister Halvard Tønnesen wants the new units "ready for any winter we get" within two years.'],
      'ready for any winter',
      'Halvard Tønnesen',
    ],
  ],
};

describe('stage one: every sieve has its table', () => {
  it('names a table for each sieve in the pipeline, in order', () => {
    expect(Object.keys(TABLES).sort()).toEqual(SIEVES.map((s) => s.name).sort());
  });
});

describe.each(Object.entries(TABLES))('the %s sieve', (sieve, rows) => {
  it.each(rows)('links %s', (_, paragraphs, opening, speaker) => {
    expect(attributed(paragraphs, opening)).toEqual({ sieve, speaker });
  });
});

describe('speakers who are nobody', () => {
  it('makes no speaker of an ordinary word opening the sentence before a participle', () => {
    const paragraphs = [
      'Hundreds of Swedish troops arrived in Latvia on Saturday, a mission Sweden is calling its largest yet.',
      'Colonel Henrik Dahl said he felt great pride.',
      '"It is a historic day," he said.',
    ];
    expect(attributed(paragraphs, 'It is a historic day')?.speaker).toBe('Henrik Dahl');
  });
});

describe('not quotations', () => {
  it('reads no quotation in a name opened by a curly mark and closed by a straight one', () => {
    expect(
      attributed(["France's Operation ‘Sentinel' completed its withdrawal from the northern bases, officials said on Monday."], 'Sentinel'),
    ).toBeUndefined();
  });
});

describe('stage two: a mention resolved to whom it names', () => {
  const intro = 'Major General Lydia Marsh, the commander of the northern task force, arrived on Monday with Colonel Erik Dahl.';
  it.each<[string, string, Who]>([
    ['a surname', '"The river crossings are secure," Marsh said.', 'Lydia Marsh'],
    ['a title and surname with a full stop', '"Supplies come by road," Col. Dahl said.', 'Erik Dahl'],
    ['"Ms" and a surname without a full stop', '"We leave nothing behind," Ms Marsh said.', 'Lydia Marsh'],
    ['a role the person was given', '"The weather is our worst enemy," the commander said.', 'Lydia Marsh'],
    ['a pronoun, by gender, to the latest such person', '"We will be back," she said.', 'Lydia Marsh'],
    ['an organisation, not a person', '"The rotation is routine," the Pentagon said.', { organisation: 'Pentagon' }],
  ])('resolves %s', (_, paragraph, speaker) => {
    const opening = paragraph.slice(1, 12);
    expect(attributed([intro, paragraph], opening)?.speaker).toEqual(speaker);
  });

  it('resolves a pronoun to the person the paragraph before shows speaking through a participle', () => {
    const paragraphs = [
      '"The cuts are final," Prime Minister Jonas Berg said on Monday.',
      'Colonel Erik Dahl disagreed, suggesting the cuts were a mistake.',
      'He said it was "a decision nobody asked us about".',
    ];
    expect(attributed(paragraphs, 'a decision nobody')?.speaker).toBe('Erik Dahl');
  });

  it.each<[string, string[], string, Who]>([
    [
      '"the NATO chief" to the person who spoke before, not the alliance',
      [
        '"We will send more troops," NATO Secretary General Anna Holm said in Brussels.',
        '"The decision is final," the NATO chief told reporters.',
      ],
      'The decision is final',
      'Anna Holm',
    ],
    [
      'a surname after a name printed with a weekday',
      [
        'Chilean Defence Minister Ana Fuentes Monday pledged her support to the force.',
        '"Chile is committed to peace on the island," Fuentes told reporters.',
      ],
      'Chile is committed',
      'Ana Fuentes',
    ],
    [
      '"the commander" to the general named before',
      [
        '"We stay," Lt. Gen. Tomas Brandt said at the base.',
        'The U.S. commander, however, assured reporters that the alliance "will see no degradation".',
      ],
      'will see no degradation',
      'Tomas Brandt',
    ],
    [
      'a pronoun opening a sentence whose asides name a place',
      [
        'Major General Ines Okafor spoke at the graduation.',
        'She spoke at the training centre in Tamale, Northern Region, said, "The contingent is ready."',
      ],
      'The contingent is ready',
      'Ines Okafor',
    ],
    [
      'a role whose domain is an ordinary word, and the person after it',
      ['The Chief of Operations, Army headquarters, Brigadier Kwame Mensah, said "the contingent is ready to leave".'],
      'the contingent is ready',
      'Kwame Mensah',
    ],
    [
      'a role with its country and its other words',
      [
        "Estonian prime minister Kaja Tamm met Finland's foreign minister Aino Lehtinen on Monday.",
        '"We agree on the brigade," the Finnish foreign minister said.',
      ],
      'We agree on the brigade',
      'Aino Lehtinen',
    ],
  ])('resolves %s', (_, paragraphs, opening, speaker) => {
    expect(attributed(paragraphs, opening)?.speaker).toEqual(speaker);
  });

  it('resolves a surname spelled another way to the person introduced', () => {
    const paragraphs = ['Defence Minister Oleksandr Kovalenkko visited the front on Monday.', '"We hold the line," Kovalenko said.'];
    expect(attributed(paragraphs, 'We hold the line')?.speaker).toBe('Oleksandr Kovalenkko');
  });
});
