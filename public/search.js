// The search page's script. Pagefind (its script, WebAssembly and index) is
// imported on the first search only, so nothing loads until search is used.
const form = document.querySelector('.search-form');
const input = document.getElementById('search-q');
const status = document.getElementById('search-status');
const list = document.getElementById('search-results');

let pagefind = null;
function loadPagefind() {
  pagefind ??= import('/pagefind/pagefind.js').then(async (pf) => {
    await pf.options({ excerptLength: 24 });
    await pf.init();
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

function resultItem(r) {
  const li = document.createElement('li');
  li.className = 'search-result';
  const a = document.createElement('a');
  a.href = r.url;
  a.textContent = r.meta.title ?? r.url;
  const kind = document.createElement('span');
  kind.className = 'search-result__kind';
  kind.textContent = r.meta.kind ?? 'Article';
  li.append(a, ' ', kind, excerptNode(r.excerpt));
  return li;
}

async function run(query) {
  const q = query.trim();
  const url = new URL(location.href);
  if (q) url.searchParams.set('q', q);
  else url.searchParams.delete('q');
  history.replaceState(null, '', url);
  if (!q) {
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
  const n = search.results.length;
  status.textContent = n === 0 ? `Nothing found for “${q}”.` : `${n} ${n === 1 ? 'result' : 'results'} for “${q}”${n > results.length ? `, the first ${results.length} shown` : ''}.`;
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
