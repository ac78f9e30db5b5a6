import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../src/ingest/sentences.ts';

const texts = (text: string) => splitSentences(text).map((s) => s.text);

describe('splitSentences', () => {
  it('does not break after "Gen.", "U.S." or "Nov."', () => {
    expect(texts('Gen. Frank McKenzie said U.S. troops would leave by Nov. 17, 2020. Then he left.')).toEqual([
      'Gen. Frank McKenzie said U.S. troops would leave by Nov. 17, 2020.',
      'Then he left.',
    ]);
  });

  it('keeps a multi-sentence quotation in one piece', () => {
    expect(texts('"We are ready. We will go," he said. Others disagreed.')).toEqual([
      '"We are ready. We will go," he said.',
      'Others disagreed.',
    ]);
  });

  it('gives offsets relative to the paragraph start', () => {
    const [first] = splitSentences('One two three. Four.', 100);
    expect([first?.start, first?.end]).toEqual([100, 114]);
  });
});
