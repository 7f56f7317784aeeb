// The search page's script. Pagefind (its script, WebAssembly and index) is
// imported on the first search only, so nothing loads until search is used.
const form = document.querySelector('.search-form');
const input = document.getElementById('search-q');
const status = document.getElementById('search-status');
const list = document.getElementById('search-results');
const suggest = document.getElementById('search-suggest');

let pagefind = null;
function loadPagefind() {
  pagefind ??= import('/pagefind/pagefind.js').then(async (pf) => {
    await pf.options({ excerptLength: 24 });
    await pf.init();
    // One index per language, each stemmed in its own: the page's language is the primary one and the others are
    // merged in. Pagefind skips a merge whose path starts like the primary's, so the others go by absolute URL.
    const entry = await (await fetch('/pagefind/pagefind-entry.json')).json();
    const primary = document.documentElement.lang;
    for (const language of Object.keys(entry.languages))
      if (language !== primary) await pf.mergeIndex(new URL('/pagefind/', location.href).href, { language });
    return pf;
  });
  return pagefind;
}

// Pagefind's excerpts are escaped text with <mark> around the hits; rebuild
// them as nodes rather than trusting them as markup.
function excerptNode(excerpt) {
  const p = document.createElement('p');
  p.className = 'search-result__excerpt';
  excerpt.split(/<\/?mark>/).forEach((part, i) => {
    const inert = document.createElement('template');
    inert.innerHTML = part;
    const text = inert.content.textContent ?? '';
    if (i % 2) {
      const mark = document.createElement('mark');
      mark.textContent = text;
      p.append(mark);
    } else {
      p.append(text);
    }
  });
  return p;
}

// An article's hits come back by paragraph (sub-results whose URLs carry the anchor): the result links to the
// paragraph with the most hits, and shows its excerpt.
function bestPart(r) {
  const parts = (r.sub_results ?? []).filter((s) => /#p-\d+$/.test(s.url));
  if (!parts.length) return { url: local(r.url), excerpt: r.excerpt, where: '' };
  const best = parts.reduce((a, b) => ((b.locations?.length ?? 0) > (a.locations?.length ?? 0) ? b : a));
  return { url: local(best.url), excerpt: best.excerpt, where: `, paragraph ${best.url.split('#p-')[1]}` };
}

// A merged index (another language) answers with absolute URLs; every link stays on this site, by path.
function local(url) {
  const u = new URL(url, location.href);
  return `${u.pathname}${u.hash}`;
}

function resultItem(r) {
  const li = document.createElement('li');
  li.className = 'search-result';
  const part = bestPart(r);
  const a = document.createElement('a');
  a.href = part.url;
  a.textContent = r.meta.title ?? r.url;
  const kind = document.createElement('span');
  kind.className = 'search-result__kind';
  kind.textContent = `${r.meta.kind ?? 'Article'}${part.where}`;
  li.append(a, ' ', kind, excerptNode(part.excerpt));
  return li;
}

async function run(query) {
  const q = query.trim();
  const url = new URL(location.href);
  if (q) url.searchParams.set('q', q);
  else url.searchParams.delete('q');
  history.replaceState(null, '', url);
  if (!q) {
    if (suggest) suggest.hidden = true;
    list.replaceChildren();
    list.hidden = true;
    status.textContent = 'Type a word or a phrase to search.';
    return;
  }
  status.textContent = 'Searching…';
  const pf = await loadPagefind();
  const search = await pf.debouncedSearch(q, {}, 150);
  if (search === null) return; // A newer query superseded this one.
  const results = await Promise.all(search.results.slice(0, 20).map((r) => r.data()));
  list.replaceChildren(...results.map(resultItem));
  list.hidden = results.length === 0;
  if (suggest) suggest.hidden = results.length > 0;
  const n = search.results.length;
  status.textContent = n === 0 ? `Nothing found for “${q}”. Try one of the story’s own words.` : `${n} ${n === 1 ? 'result' : 'results'} for “${q}”${n > results.length ? `, the first ${results.length} shown` : ''}.`;
}

status.textContent = 'Type a word or a phrase to search.';
input.addEventListener('input', () => run(input.value));
form.addEventListener('submit', (event) => {
  event.preventDefault();
  run(input.value);
});
const initial = new URLSearchParams(location.search).get('q');
if (initial) {
  input.value = initial;
  run(initial);
}
