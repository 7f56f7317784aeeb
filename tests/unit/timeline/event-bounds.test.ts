/** Bounds on an undated article from the acts its past-tense weekdays tell, where dated articles date them. */
import { describe, expect, it } from 'vitest';
import { boundByPeerEvents } from '../../../src/engine/timeline/event-bounds.ts';
import { extractMentions } from '../../../src/engine/timeline/mentions.ts';
import { readPassages } from '../../../src/engine/timeline/passages.ts';

const passagesOf = (...paragraphs: string[]) =>
  readPassages(paragraphs.map((text, i) => ({ type: 'paragraph' as const, text, anchor: `p-${i + 1}`, line: i + 1 })));
const dated = (date: string, text: string) => extractMentions('dated', date, passagesOf(text)).mentions;

describe('boundByPeerEvents', () => {
  const peer = dated(
    '2024-03-06',
    'Port Selby dockworkers ended their strike on Tuesday after the union accepted a new shift system.',
  );

  it('bounds an article to the seven days from the day another article dates the same act to', () => {
    const bound = boundByPeerEvents(
      passagesOf('The Port Selby strike ended on Tuesday when the union accepted the shift system.'),
      peer,
    );
    expect(bound).toMatchObject({ date: null, earliest: '2024-03-05', latest: '2024-03-11', precision: 'window' });
    expect(bound!.reason).toContain('another article dates that act to Tuesday 2024-03-05');
  });

  it('takes nothing from an act that shares only a kind and common words, with no name or figure', () => {
    expect(boundByPeerEvents(passagesOf('The strike ended on Tuesday when workers accepted a deal.'), peer)).toBeNull();
  });

  it('takes nothing from a weekday that is not the day the other article dates', () => {
    expect(
      boundByPeerEvents(
        passagesOf('The Port Selby strike ended on Wednesday when the union accepted the shift system.'),
        peer,
      ),
    ).toBeNull();
  });
});
