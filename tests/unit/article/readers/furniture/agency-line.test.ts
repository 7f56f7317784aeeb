/** An agency's name alone on a line. */
import { describe, expect, it } from 'vitest';
import { agencyLineReader } from '../../../../../src/engine/article/readers/furniture/agency-line.ts';
import { furnitureTake } from '../helpers.ts';

describe('agencyLineReader', () => {
  it.each<[string, string | null, string[]]>([
    ['AFP', 'agency-tag', ['AFP']],
    ['(Xinhua)', 'agency-tag', ['Xinhua']],
    ['Agence France-Presse', 'agency-tag', ['AFP']],
    ['APA/red', 'agency-tag', ['APA']],
    ['Agência Lusa', 'agency-tag', ['Lusa']],
    ['Europa Press', 'agency-tag', ['Europa Press']],
    ['(شينخوا)', 'agency-tag', ['Xinhua']],
    ['Source: AFP', 'agency-tag', ['AFP']],
    ['المصدر: د ب أ', 'agency-tag', ['dpa']],
    ['Source: the harbour office', null, []],
    ['AFP reporters saw the first ferry dock.', null, []],
    ['Harbour Post', null, []],
  ])('%s → %s', (line, kind, credited) => {
    const { kind: taken, found } = furnitureTake(agencyLineReader, line);
    expect(taken).toBe(kind);
    expect(found.credits.map((c) => c.name)).toEqual(credited);
    if (kind) expect(found.credits[0]!.quote).toBe(`The agency line “${line}” on line 5.`);
  });
});
