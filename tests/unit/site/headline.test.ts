/** Headlines as shown: a stated one whole, a derived one cut at a word boundary with an ellipsis. */
import { describe, expect, it } from 'vitest';
import { headline } from '../../../src/site/headline.ts';

describe('headline', () => {
  const long = 'The river authority opened all four spillway gates on Tuesday after a week of heavy rain upstream';

  it('shows a stated headline whole, however long', () => {
    expect(headline({ title: long, titleBasis: 'stated' })).toBe(long);
  });

  it('cuts a long derived headline at the last word boundary within the limit, with an ellipsis', () => {
    expect(headline({ title: long, titleBasis: 'derived' }, 40)).toBe('The river authority opened all four…');
  });

  it('drops a comma left at the cut', () => {
    expect(headline({ title: 'After a long week, the ferry ran again on time', titleBasis: 'derived' }, 20)).toBe(
      'After a long week…',
    );
  });

  it('leaves a short derived headline as it is', () => {
    expect(headline({ title: 'Ferries run again', titleBasis: 'derived' })).toBe('Ferries run again');
  });
});
