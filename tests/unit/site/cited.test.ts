/** The sentences an article page shows when full text is withheld: every one the site cites, found anywhere in the data. */
import { describe, expect, it } from 'vitest';
import { citedByArticle } from '../../../src/site/cited.ts';

describe('citedByArticle', () => {
  it('finds every record locating a sentence, however deep, once per sentence and paragraph', () => {
    const events = [
      { sources: [{ slug: 'quay', anchor: 'p-2', quote: 'The quay reopened on Monday.', start: '2025-03-10' }] },
    ];
    const analysis = {
      quotes: [{ text: 'safe', sources: [{ slug: 'quay', anchor: 'p-4', quote: '“It is safe,” she said.' }] }],
      figures: [{ figures: [{ slug: 'quay', anchor: 'p-2', quote: 'The quay reopened on Monday.', value: 1 }] }],
      other: { slug: 'quay', anchor: 'p-9' },
    };
    const cited = citedByArticle([analysis, events]);
    expect([...cited.keys()]).toEqual(['quay']);
    expect(Object.fromEntries(cited.get('quay')!)).toEqual({
      'p-2': ['The quay reopened on Monday.'],
      'p-4': ['“It is safe,” she said.'],
    });
  });
});
