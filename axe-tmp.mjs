import { chromium } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const c = await b.newContext(); const p = await c.newPage();
await p.goto('http://127.0.0.1:4351/');
const r = await new AxeBuilder({ page: p, axeSource: (await import('node:fs')).readFileSync('node_modules/axe-core/axe.min.js','utf8') }).options({ runOnly: { type: 'tag', values: ['wcag2a','wcag2aa','wcag21a','wcag21aa','wcag22aa', 'best-practice'] }, rules: { 'p-as-heading': { enabled: true }, 'td-has-header': {enabled: true}, 'css-orientation-lock': {enabled:true}, 'table-fake-caption': {enabled:true} } }).analyze();
for (const k of ['violations','passes','incomplete','inapplicable']) { const x = r[k].find((v) => v.id === 'label-content-name-mismatch'); console.log(k, x ? x.nodes.length : '-'); }
console.log('violations', r.violations.map(v=>v.id+':'+v.nodes.length+' '+v.nodes[0].target.join(' ')));
console.log('incomplete', r.incomplete.map(v=>v.id+':'+v.nodes.length));
await b.close();
