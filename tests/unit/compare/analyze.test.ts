/** The analysis of the seeds: every comparison in one record, and the corpus's origin pass reused as given. */
import { describe, expect, it } from 'vitest';
import { analyzeCorpus } from '../../../src/engine/compare/analyze.ts';
import { originFamilies } from '../../../src/engine/compare/origin.ts';
import { originDoc } from '../../../src/engine/compare/similarity.ts';
import { seedCorpus } from '../../helpers.ts';
import { seedAnalysis, seedGazetteer } from './helpers.ts';

describe('analyzeCorpus on the seeds', () => {
  const analysis = seedAnalysis();

  it('holds every comparison the pages show', () => {
    expect({
      figureGroups: analysis.figures.length,
      differing: analysis.figures.filter((g) => g.differs).length,
      names: analysis.names.length,
      eventDates: analysis.eventDates.length,
      quotes: analysis.quotes.length,
      families: analysis.families.length,
      places: analysis.places.length,
      unnamedPlaces: analysis.unnamedPlaces,
      pairs: analysis.similarity.length,
      columns: analysis.coverage.columns.length,
    }).toEqual({
      figureGroups: 5,
      differing: 2,
      names: 1,
      eventDates: 1,
      quotes: 6,
      families: 0,
      places: 18,
      unnamedPlaces: [],
      pairs: 10,
      columns: 5,
    });
  });

  it('gives the same analysis from an origin pass the corpus already ran', () => {
    const { articles, events } = seedCorpus();
    const origin = originFamilies(articles.map(originDoc));
    expect(analyzeCorpus(articles, events, seedGazetteer(), undefined, origin)).toEqual(analysis);
  });
});
