/** The gazetteer next to the seeds: valid files, and errors that name the file, the line and the fix. */
import { describe, expect, it } from 'vitest';
import { SeedError } from '../../../src/engine/read/errors.ts';
import { parseGazetteer, placeWordTest } from '../../../src/engine/read/gazetteer.ts';
import { fixture, seedGazetteer } from '../compare/helpers.ts';

const errorOf = (name: string) => {
  try {
    parseGazetteer(fixture(name), name);
  } catch (e) {
    return e as SeedError;
  }
  throw new Error(`${name} parsed without error`);
};

describe('gazetteer', () => {
  it('reads the story’s overrides: no fixed frame, only what the datasets lack', () => {
    const g = seedGazetteer();
    expect(g.frame).toBeUndefined();
    expect(g.places.find((p) => p.name === 'Sahel')).toMatchObject({
      kind: 'region',
      aliases: [],
      source: 'places.yaml',
    });
    const fixtureGazetteer = parseGazetteer(fixture('places.yaml'));
    expect(placeWordTest(fixtureGazetteer.places)('Tobago')).toBe(true);
    expect(placeWordTest(fixtureGazetteer.places)('Portvillian’s')).toBe(true);
  });

  it('names the line of an out-of-range latitude', () => {
    const e = errorOf('places-bad-lat.yaml');
    expect(e).toBeInstanceOf(SeedError);
    expect(e.line).toBe(4);
    expect(e.message).toMatch(/^places-bad-lat\.yaml:4: “places\.0\.lat” is invalid/);
    expect(e.fix).toMatch(/lat/);
  });

  it('names the line of an unknown kind', () => {
    expect(errorOf('places-bad-kind.yaml').line).toBe(6);
  });

  it('rejects a name given to two places', () => {
    expect(errorOf('places-duplicate.yaml').message).toMatch(/“Portville” names both Portville and Harbourtown/);
  });

  it('reports YAML syntax errors with their line', () => {
    const e = errorOf('places-bad-yaml.yaml');
    expect(e.message).toMatch(/is not valid YAML/);
    // The YAML library places the error at the mapping whose indentation breaks.
    expect(e.line).toBe(3);
  });
});
