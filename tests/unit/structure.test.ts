/**
 * The layout's own rules, checked on the sources: data flows one way (the
 * engine imports neither the content layer nor the site nor Astro's runtime,
 * and pages read the collections only through src/site/data.ts), and the
 * engine stays in rooms a newcomer can read (files up to about 400 lines,
 * functions up to about 80).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const SRC = join(import.meta.dirname, '..', '..', 'src');

function filesUnder(dir: string, ext: RegExp): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? filesUnder(p, ext) : ext.test(name) ? [p] : [];
  });
}

/** Every module specifier a file imports or re-exports (static and dynamic). */
function imports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)['"]([^'"]+)['"]/g)].map((m) => m[1]!);
}

const engine = filesUnder(join(SRC, 'engine'), /\.ts$/);
const rel = (f: string) => relative(SRC, f);

describe('data flows one way', () => {
  it('the engine imports nothing from the content layer, the site, the pages or Astro’s runtime', () => {
    const outward = engine.flatMap((f) =>
      imports(f)
        .filter((s) => /(^|\/)(content|site|pages|components|layouts|integrations)\//.test(s) || /^astro:/.test(s))
        .map((s) => `${rel(f)} → ${s}`),
    );
    expect(outward).toEqual([]);
  });

  it('pages, components and layouts read the collections only through src/site/data.ts', () => {
    const presentation = ['pages', 'components', 'layouts'].flatMap((d) => filesUnder(join(SRC, d), /\.(astro|ts)$/));
    const direct = presentation.filter((f) => imports(f).includes('astro:content')).map(rel);
    expect(direct).toEqual([]);
    expect(imports(join(SRC, 'site', 'data.ts'))).toContain('astro:content');
  });
});

describe('the engine’s rooms', () => {
  it('no file of the engine is longer than 400 lines', () => {
    const long = engine
      .map((f) => [rel(f), readFileSync(f, 'utf8').split('\n').length] as const)
      .filter(([, n]) => n > 400);
    expect(long).toEqual([]);
  });

  it('no function of the engine is longer than 80 lines', () => {
    const long: string[] = [];
    for (const f of engine) {
      const source = ts.createSourceFile(f, readFileSync(f, 'utf8'), ts.ScriptTarget.Latest, true);
      const visit = (node: ts.Node): void => {
        if (ts.isFunctionLike(node) && 'body' in node && node.body) {
          const start = source.getLineAndCharacterOfPosition(node.getStart()).line;
          const end = source.getLineAndCharacterOfPosition(node.getEnd()).line;
          if (end - start + 1 > 80) long.push(`${rel(f)}:${start + 1} (${end - start + 1} lines)`);
        }
        ts.forEachChild(node, visit);
      };
      visit(source);
    }
    expect(long).toEqual([]);
  });
});
