/**
 * Generated wire stories for the scale run: plain text as ingestArticle takes it (headline,
 * dateline, byline, paragraphs with a quote and troop figures), each different, from a seed.
 */
const COUNTRIES = ['Estonia', 'Latvia', 'Lithuania', 'Poland', 'Romania', 'Norway', 'Kuwait', 'Qatar', 'Djibouti', 'Niger', 'Chad', 'Iraq'];
const SENDERS = ['Britain', 'Germany', 'France', 'Canada', 'Italy', 'Spain', 'the Netherlands', 'Denmark', 'Sweden', 'Finland'];
const FIRST = ['Anna', 'Marek', 'Ilse', 'Tomas', 'Greta', 'Pavel', 'Sofia', 'Jonas', 'Laura', 'Emil', 'Rita', 'Hugo'];
const LAST = ['Kask', 'Novak', 'Berg', 'Lind', 'Varga', 'Moreau', 'Keller', 'Rossi', 'Dahl', 'Petrov', 'Jansen', 'Costa'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
}

/** Article `index` of the run: the same index always gives the same text, two indexes never do. */
export function generatedArticle(index: number): string {
  const next = random(index * 7919 + 17);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const sender = pick(SENDERS);
  const host = pick(COUNTRIES);
  const now = 100 * (2 + Math.floor(next() * 40));
  const target = now + 50 * (1 + Math.floor(next() * 20));
  const speaker = `${pick(FIRST)} ${pick(LAST)}`;
  const reporter = `${pick(FIRST)} ${pick(LAST)}`;
  const day = 1 + (index % 28);
  const month = MONTHS[index % 12] as string;
  return [
    `${sender} to raise its force in ${host} to ${target} (report ${index + 1})`,
    '',
    `${host.toUpperCase()}, ${day} ${month} 2026 –`,
    `By ${reporter}`,
    '',
    `${sender} will increase the number of its troops in ${host} from about ${now} to ${target} by the end of the year, the defence ministry said on ${['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'][index % 5]}.`,
    '',
    `"We are sending more soldiers because our allies asked for them," ${speaker}, a ministry spokesperson, told reporters.`,
    '',
    `The ministry said the first ${50 * (1 + (index % 6))} soldiers would arrive within weeks, and that the deployment would be reviewed in ${2027 + (index % 3)}.`,
    '',
  ].join('\n');
}
