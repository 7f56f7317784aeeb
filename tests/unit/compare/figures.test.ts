/** Figures: numbers with what they count, their scope and date, grouped across articles. */
import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../../../src/engine/timeline/corpus.ts';
import { extractFigures, figuresInSentence, groupFigures } from '../../../src/engine/compare/figures.ts';
import type { AsOf } from '../../../src/engine/schema/compare.ts';
import { readStory, textSeed } from '../../helpers.ts';
import { fixture, seedAnalysis, slugOf } from './helpers.ts';

const published: AsOf = { date: '2023-12-11', basis: 'published', expression: null };

describe('figures in one sentence', () => {
  it('read the hedge, the noun, the measure and the scope', () => {
    const [f] = figuresInSentence(
      'Tragically, about 180 peacekeeping personnel lost their lives in hostile acts.',
      published,
    );
    expect(f).toMatchObject({
      value: 180,
      qualifier: 'about',
      noun: 'personnel',
      counts: 'personnel',
      measure: 'killed',
      scope: 'in hostile acts',
      wording: 'about 180 peacekeeping personnel lost their lives in hostile acts',
    });
  });

  it('join nouns linked by “and” and take a scope that opens the clause', () => {
    const [f] = figuresInSentence(
      'Over the past decade, the mission maintained a presence of approximately 15,000 soldiers and police in the country.',
      published,
    );
    expect(f).toMatchObject({
      value: 15000,
      qualifier: 'about',
      noun: 'soldiers and police',
      measure: 'strength',
      scope: 'Over the past decade',
    });
  });

  it('let a bare number inherit the noun of the figure before it', () => {
    const fs = figuresInSentence(
      'He paid tribute to the 311 personnel who lost their lives and the over 700 who were injured during the mission.',
      published,
    );
    expect(fs.map((f) => [f.value, f.counts, f.measure, f.qualifier])).toEqual([
      [311, 'personnel', 'killed', 'exact'],
      [700, 'personnel', 'injured', 'more-than'],
    ]);
  });

  it('read a noun written before the number (“staff of about 13,800”)', () => {
    const [f] = figuresInSentence(
      'This was most of the initial staff of about 13,800 at the beginning of the withdrawal.',
      published,
    );
    expect(f).toMatchObject({ value: 13800, noun: 'staff', scope: 'at the beginning of the withdrawal' });
  });

  it('skip years, dates, durations and numbers that count nothing', () => {
    expect(
      figuresInSentence(
        'The 10-year mission, deployed in 2013, must leave by December 31 under resolution 2690.',
        published,
      ),
    ).toEqual([]);
  });

  it('take “civilian” as an adjective, not as people counted', () => {
    const [f] = figuresInSentence('More than 10,500 uniformed or civilian staff have left.', published);
    expect(f).toMatchObject({ counts: 'personnel', measure: 'departed', noun: 'staff' });
  });
});

describe('figures in fixture articles', () => {
  const corpus = buildCorpus(
    [textSeed('a.txt', fixture('figures-a.txt')), textSeed('b.txt', fixture('figures-b.txt'))],
    readStory(),
  );
  const figures = corpus.articles.flatMap((a) => extractFigures(a, corpus.events));
  const groups = groupFigures(figures);

  it('date a figure “as of” the day its sentence names', () => {
    const left = figures.find((f) => f.measure === 'departed')!;
    expect(left.asOf).toEqual({ date: '2024-03-01', basis: 'stated', expression: 'As of Friday' });
    expect(figures.find((f) => f.value === 42)!.asOf).toEqual({
      date: '2024-03-04',
      basis: 'published',
      expression: null,
    });
  });

  it('group the same quantity across articles and flag differing values', () => {
    const injured = groups.find((g) => g.id === 'personnel-injured')!;
    expect(injured.variants.map((v) => v.value)).toEqual([42, 45]);
    expect(injured.differs).toBe(true);
    expect(injured.note).toBe('The articles state no difference in scope or date.');
    const staff = groups.find((g) => g.id === 'personnel-strength')!;
    expect(staff.variants.map((v) => v.value)).toEqual([1200, 1500]);
    expect(groups.find((g) => g.id === 'positions-strength')!.variants.map((v) => v.value)).toEqual([30]);
    expect(groups.find((g) => g.id === 'people-killed')!.differs).toBe(false);
  });
});

describe('the seeds’ discrepancy table', () => {
  const { figures } = seedAnalysis();
  const group = (id: string) => figures.find((g) => g.id === id)!;
  const valuesBy = (id: string) =>
    Object.fromEntries(group(id).variants.map((v) => [v.value, v.figures.map((f) => f.slug).sort()]));

  it('contains the death-toll difference, with the scope of each figure', () => {
    const killed = group('personnel-killed');
    expect(killed.differs).toBe(true);
    expect(valuesBy('personnel-killed')).toEqual({
      180: [slugOf('000'), slugOf('004')].sort(),
      310: [slugOf('001')],
      311: [slugOf('002'), slugOf('003')].sort(),
    });
    const scopes = killed.variants.flatMap((v) => v.figures.map((f) => f.scope));
    expect(scopes).toEqual(expect.arrayContaining(['in hostile acts', 'in hostilities', 'during its tenure']));
    expect(killed.note).toMatch(/different scopes/);
  });

  it('contains the personnel-count difference', () => {
    const strength = valuesBy('personnel-strength');
    expect(strength[12000]).toEqual([slugOf('001')]);
    expect(strength[15000]).toEqual(expect.arrayContaining([slugOf('000'), slugOf('003'), slugOf('004')]));
    expect(strength[13800]).toEqual([slugOf('000'), slugOf('004')].sort());
  });

  it('keeps agreeing figures apart from differing ones', () => {
    expect(group('personnel-departed')).toMatchObject({ differs: false, articleCount: 2 });
    expect(
      group('personnel-departed').variants[0]!.figures.every(
        (f) => f.asOf.date === '2023-12-08' && f.asOf.basis === 'stated',
      ),
    ).toBe(true);
    expect(group('positions-strength').variants[0]!.value).toBe(13);
  });
});
