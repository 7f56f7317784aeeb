#!/usr/bin/env node
// `npm run eval:html -- <folder> <ground-truth.json>`: body extraction scored as the public article-extraction
// benchmark scores it (shingle F1), for Readability alone and for Readability followed by the project's line rules,
// in the same run, with precision, recall and time per page. The benchmark's pages are not in the repository: pass
// the folder that holds them (<id>.html or <id>.html.gz). `--worst N` lists the N pages with the lowest F1.
const { evaluateHtml } = await import('./eval-html.ts');
const [folder, truth] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
if (!folder || !truth) {
  console.error('Usage: npm run eval:html -- <folder of pages> <ground-truth.json> [--worst N]');
  process.exit(2);
}
const worstAt = process.argv.indexOf('--worst');
const worst = worstAt > 0 ? Number(process.argv[worstAt + 1]) : 0;
const results = evaluateHtml(folder, truth);
console.log(`${results[0].pages.size} pages`);
console.log('| extractor | F1 | precision | recall | ms per page |');
console.log('|---|--:|--:|--:|--:|');
for (const r of results)
  console.log(
    `| ${r.name} | ${r.f1.toFixed(3)} | ${r.precision.toFixed(3)} | ${r.recall.toFixed(3)} | ${r.msPerPage.toFixed(1)} |`,
  );
if (worst)
  for (const r of results) {
    console.log(`\n${r.name}, lowest F1:`);
    const f1 = ([tp, fp, fn]) => (tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn));
    const sorted = [...r.pages].sort((a, b) => f1(a[1]) - f1(b[1])).slice(0, worst);
    for (const [id, c] of sorted)
      console.log(
        `  ${id.slice(0, 12)} F1 ${f1(c).toFixed(3)} tp ${c[0].toFixed(2)} fp ${c[1].toFixed(2)} fn ${c[2].toFixed(2)}`,
      );
  }
