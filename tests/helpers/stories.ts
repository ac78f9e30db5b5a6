/**
 * Short, distinct wire stories for tests that write many articles at once: each names the
 * same reporters and minister, quotes him, and reports a troop figure for its place.
 */
const PLACES = [
  'Estonia',
  'Latvia',
  'Lithuania',
  'Poland',
  'Romania',
  'Bulgaria',
  'Slovakia',
  'Hungary',
  'Finland',
  'Norway',
  'Sweden',
  'Germany',
];

export function wireStory(n: number, paragraphs = 2): string {
  const place = PLACES[n % PLACES.length] as string;
  const troops = 100 + n;
  const extra = Array.from({ length: paragraphs }, (_, i) => [
    '',
    `Officials said a further ${(troops + i + 1).toLocaleString('en-GB')} troops could follow by the end of ${2023 + (i % 3)}, and that about ${(i + 2) * 1000} troops were already in ${place}.`,
    '',
    `"This deployment is about deterrence, not escalation," Wallace said in paragraph ${i + 1} of report ${n}.`,
  ]).flat();
  return [
    `Britain to send ${troops} more troops to ${place}`,
    '',
    'By Alice Carver and Tomas Lindqvist',
    '',
    'March 3, 2022',
    '',
    `LONDON (Reuters) - Britain will send ${troops.toLocaleString('en-GB')} more troops to ${place}, Defence Secretary Ben Wallace said on Thursday.`,
    '',
    `"We stand with ${place}," Wallace said.`,
    ...extra,
  ].join('\n');
}
