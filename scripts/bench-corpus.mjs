// The benchmark's synthetic corpora: invented news reports of invented events,
// from a fixed random seed, so every run writes the same files.
//
// Each story (one event in one invented town) gets an original report and, at
// fixed odds, deliberate copies of it (the same body under other furniture:
// masthead, headline, date line, a "Read also" block, footer and share
// buttons; some with the last paragraph cut), a rewrite of it (the same facts
// in other words, in another order) and an independent report (the same event
// and day, its own facts and words). The ground truth of shared origin is
// known from generation: the original, its copies and its rewrite carry one
// report; an independent report carries its own.
//
//   import { generateCorpus } from './bench-corpus.mjs';
//   const { articles, families } = generateCorpus(1000);
//   // articles: [{ file, text }]; families: [[file, …], …] (two or more files that carry one report)
import { MONTH_NAMES, WEEKDAY_NAMES } from '../src/engine/time/names.ts';

/** A fixed-seed 32-bit generator: the same numbers on every machine. */
export function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES =
  'ka lo mir ven dal tor ris an bel cor da el fin gar hol ist jun kel lum mar nor ost pel quin ros sal tam ul var wen yor zel bra cre dro fle gri'.split(
    ' ',
  );
const FIRST =
  'Ada Bram Cleo Dario Edda Femi Goran Hana Ivo Jana Kofi Lena Mato Nia Omar Pia Rafa Sana Teo Uma Vera Wim Yara Zeno Alba Bodil Cyra Dev Elin Faro'.split(
    ' ',
  );
const ROLES = [
  'the regional governor',
  'a police spokesperson',
  'the mayor',
  'the head of the fire service',
  'a hospital director',
  'the transport minister',
  'a union leader',
  'the harbour master',
  'an aid coordinator',
  'the council leader',
];
const EVENTS = [
  { noun: 'flood', verb: 'flooded', thing: 'river' },
  { noun: 'fire', verb: 'burned through', thing: 'warehouse district' },
  { noun: 'bridge collapse', verb: 'brought down', thing: 'old bridge' },
  { noun: 'landslide', verb: 'buried', thing: 'mountain road' },
  { noun: 'train derailment', verb: 'derailed', thing: 'freight line' },
  { noun: 'strike', verb: 'shut', thing: 'port' },
  { noun: 'storm', verb: 'battered', thing: 'coast' },
  { noun: 'power cut', verb: 'darkened', thing: 'city centre' },
];
const NOUNS =
  'school clinic market depot bakery ferry tunnel quarry orchard stadium library factory mill barracks museum pier garage farm chapel hostel'.split(
    ' ',
  );
const ADJ =
  'northern southern eastern western old new main upper lower central narrow busy quiet flooded damaged empty'.split(
    ' ',
  );
const VERBS =
  'inspected reopened cleared closed rebuilt visited searched repaired guarded evacuated surveyed emptied'.split(' ');
const MONTHS = MONTH_NAMES;
const WEEKDAYS = WEEKDAY_NAMES;
const AGENCIES = ['AFP', 'Reuters', 'AP', 'dpa', 'EFE'];
const OUTLETS = [
  'Herald',
  'Gazette',
  'Times',
  'Tribune',
  'Chronicle',
  'Observer',
  'Post',
  'Courier',
  'Sentinel',
  'Echo',
];

const fmt = (n) => n.toLocaleString('en-US');

/** The drawing tools of one corpus: a fixed-seed stream and the invented names, sentences and reports made from it. */
function inventor(seed) {
  const rand = mulberry32(seed);
  const pick = (xs) => xs[Math.floor(rand() * xs.length)];
  const int = (lo, hi) => lo + Math.floor(rand() * (hi - lo + 1));
  const name = (k = int(2, 3)) => {
    let s = '';
    for (let i = 0; i < k; i++) s += pick(SYLLABLES);
    return s[0].toUpperCase() + s.slice(1);
  };
  // A sentence of colour: every word or two is drawn, so unrelated reports rarely share five words in a row.
  const SUBJECTS =
    'Crews Volunteers Residents Engineers Neighbours Officials Police Soldiers Teachers Nurses Farmers Drivers'.split(
      ' ',
    );
  const PREPS = 'near behind beside opposite past below above around'.split(' ');
  const TIMES = [
    'before dusk',
    'by noon',
    'overnight',
    'at first light',
    'within hours',
    'on foot',
    'in silence',
    'by boat',
    'after midnight',
    'in the rain',
  ];
  const filler = () =>
    `${pick(SUBJECTS)} ${pick(VERBS)} ${pick(['the', 'a', 'one', 'every'])} ${pick(ADJ)} ${pick(NOUNS)} ${pick(PREPS)} ${pick(['the', 'a', 'an old', 'their'])} ${pick(ADJ)} ${pick(NOUNS)} ${pick(TIMES)}.`;

  /**
   * One invented story (event, town, day, toll): its wire report, a rewrite and an independent report, and the
   * furniture an outlet wraps a body in. `when` gives a copy its own day (default: the story's day).
   */
  const inventStory = (story) => {
    const town = name();
    const region = name(3);
    const ev = pick(EVENTS);
    const day = new Date(Date.UTC(2021, 0, 1) + int(0, 1000) * 86400000);
    const iso = day.toISOString().slice(0, 10);
    const weekday = WEEKDAYS[day.getUTCDay()];
    const monthDay = `${MONTHS[day.getUTCMonth()]} ${day.getUTCDate()}`;
    const agency = rand() < 0.6 ? pick(AGENCIES) : null;
    const person = () => ({ name: `${pick(FIRST)} ${name()}`, role: pick(ROLES) });
    const quote = () =>
      `${pick(['We', 'Everyone', 'Nobody', 'The whole street', 'My family'])} ${pick(['saw', 'expected', 'wanted', 'feared', 'heard'])} ${pick(['the', 'this', 'that'])} ${pick(ADJ)} ${pick(NOUNS)} ${pick(['fail', 'hold', 'go', 'close', 'shake'])} ${pick(['so soon', 'like this', 'before winter', 'at night', 'in minutes', 'without warning'])}`;
    // The event's headline facts, which every report of it gives.
    const killed = int(2, 40);
    const headline = () =>
      pick([
        () =>
          `${pick(['At least', 'No fewer than', 'Some'])} ${killed} ${pick(['people', 'residents', 'villagers'])} ${pick(['died', 'were killed', 'lost their lives'])} when a ${ev.noun} ${ev.verb} the ${ev.thing} of ${town} on ${weekday}, ${monthDay}.`,
        () =>
          `A ${ev.noun} ${ev.verb} the ${ev.thing} of ${town} in ${region} on ${weekday}, ${monthDay}, ${pick(['killing', 'leaving dead'])} ${killed} ${pick(['people', 'residents'])}.`,
      ])();
    // One report's own facts: its sources, figures and quotations.
    const reportFacts = () => ({
      a: person(),
      b: person(),
      injured: int(10, 400),
      displaced: int(1000, 90000),
      cost: (int(12, 9800) / 10).toFixed(1),
      share: int(11, 95),
      km: int(11, 300),
      q1: quote(),
      q2: quote(),
      year: int(1950, 2019),
    });
    const v = (alts) => pick(alts.split('|'));
    const credit = agency ? pick([` told ${agency}`, `, ${agency} reported`]) : '';
    // Alternatives are picked once per sentence, so that unrelated reports rarely share five words in a row.
    const wire = (f) => [
      `${headline()} ${f.a.name}, ${f.a.role}${credit}, ${v('said|added|confirmed|reported')} ${f.injured} ${v('more|others|people')} ${v('were|had been')} ${v('injured|hurt|wounded')}.`,
      `${v('About|Around|Some|Nearly')} ${fmt(f.displaced)} ${v('residents|people|villagers|families')} ${v('left|fled|abandoned|quit')} their ${v('homes|houses|flats|streets')}, ${v('and|while|as')} ${f.share} per cent of the ${ev.thing} ${v('was|remained|stood')} ${v('without|short of|cut off from')} ${v('water|power|gas|phone lines')}. ${filler()}`,
      `“${f.q1},” ${f.a.name.split(' ')[1]} ${v('said|told reporters|added')}. ${filler()} ${v('Repairs|Rebuilding|The clean-up')} ${v('could|may|might|would')} ${v('cost|reach|exceed')} ${f.cost} million euros.`,
      `${f.b.name}, ${f.b.role}, ${v('said|noted|warned')} ${v('roads|routes|streets|lanes')} within ${f.km} kilometres ${v('were|had been|stayed')} ${v('closed|shut|blocked')}. ${filler()}`,
      `“${f.q2},” ${v('said|added|explained')} ${f.b.name}. The ${ev.thing} ${v('was|had been')} ${v('last|first|fully')} ${v('rebuilt|repaired|restored')} in ${f.year}. ${filler()}`,
    ];
    const rewrite = (f) => [
      `${f.b.name}, who is ${f.b.role}, ${v('said|stated')} every ${v('road|route')} inside ${f.km} kilometres had been ${v('shut|sealed')}. ${filler()}`,
      `${f.injured} ${v('people|others')} were ${v('hurt|injured')} and ${killed} ${v('lost their lives|died')} after the ${ev.noun} in ${town} on ${weekday}, ${monthDay}, ${v('according to|said')} ${f.a.name}${agency ? ` speaking to ${agency}` : ''}.`,
      `The ${v('bill|cost')} for repairs may reach ${f.cost} million euros. In ${f.year} the ${ev.thing} was ${v('rebuilt|restored')}. “${f.q1},” ${f.a.role} ${f.a.name} said. ${filler()}`,
      `${v('Some|Roughly')} ${f.share} per cent of the ${ev.thing} had no ${v('water|power')}, and close to ${fmt(f.displaced)} ${v('residents|people')} ${v('fled|left')}. ${filler()}`,
      `“${f.q2},” ${f.b.name.split(' ')[1]} ${v('added|went on')}. ${filler()}`,
    ];
    const furniture = (body, k, when = day) => {
      const outlet = `The ${name()} ${pick(OUTLETS)}`;
      const title = `${ev.noun[0].toUpperCase()}${ev.noun.slice(1)} in ${town}: ${pick(['what we know', 'the latest', 'dozens affected', 'clean-up begins'])} (${story}.${k})`;
      const [whenIso, whenMonthDay] = [
        when.toISOString().slice(0, 10),
        `${MONTHS[when.getUTCMonth()]} ${when.getUTCDate()}`,
      ];
      const published =
        rand() < 0.5
          ? `date ${whenIso}\n${outlet}\n\n${title}\n\n`
          : `${outlet}\n\n${title}\nPublished: ${whenMonthDay}, ${when.getUTCFullYear()}\n\n`;
      const readAlso =
        rand() < 0.5 ? `\n\nRead also: ${name()} ${pick(NOUNS)} ${pick(VERBS)} after ${pick(EVENTS).noun}` : '';
      const footer = pick([
        '',
        '\n\nShare\nFacebook\nWhatsApp\nEmail',
        `\n\n© ${when.getUTCFullYear()} ${outlet}. All rights reserved.`,
        '\n\nLeave a Reply\nYour email address will not be published. Required fields are marked *',
      ]);
      return `${published}${body}${readAlso}${footer}\n`;
    };
    const independent = () => {
      // An independent report: the same event, day and toll, its own sources, figures and words.
      const f = reportFacts();
      return [
        `${town}, ${v('in|of')} ${region}, ${v('counted|mourned')} ${killed} ${v('dead|victims')} ${v('after|following')} ${v('the|a')} ${ev.noun} on ${weekday}, ${monthDay}, ${v('officials said|local radio said')}. ${filler()}`,
        `${v('Speaking|Talking')} ${v('outside|near|beside')} ${v('the|a')} ${pick(NOUNS)}, ${f.a.name} ${v('put|placed')} the ${v('number|count')} of ${v('injured|wounded')} at ${f.injured}. ${filler()} ${filler()}`,
        `“${f.q1},” ${v('she|he')} ${v('said|told us')}. ${filler()}`,
        `${v('Insurers|Analysts|Engineers')} ${v('put|set')} ${v('the|a')} ${v('likely|first')} ${v('damage|repair')} ${v('bill|estimate')} at ${f.cost} million euros. ${filler()}`,
      ].join('\n\n');
    };
    return { day, reportFacts, wire, rewrite, furniture, independent };
  };
  return { rand, pick, inventStory };
}

/**
 * `n` articles and the ground truth: which files carry one report. Same `n`
 * and `seed`, same corpus, byte for byte.
 */
export function generateCorpus(n, { seed = 20231231 } = {}) {
  const { rand, inventStory } = inventor(seed);
  const articles = [];
  const families = [];
  let story = 0;
  while (articles.length < n) {
    story++;
    const { reportFacts, wire, rewrite, furniture, independent } = inventStory(story);
    const add = (body, k) => {
      const file = `bench-${String(articles.length).padStart(5, '0')}.txt`;
      articles.push({ file, text: furniture(body, k) });
      return file;
    };
    const facts = reportFacts();
    const paragraphs = wire(facts);
    const family = [add(paragraphs.join('\n\n'), 0)];
    const copies = rand() < 0.5 ? 0 : rand() < 0.5 ? 1 : rand() < 0.6 ? 2 : 3;
    for (let c = 1; c <= copies && articles.length < n; c++) {
      // Some copies cut the last paragraph, as a site short of space does.
      family.push(add((rand() < 0.3 ? paragraphs.slice(0, -1) : paragraphs).join('\n\n'), c));
    }
    if (rand() < 0.25 && articles.length < n) family.push(add(rewrite(facts).join('\n\n'), 8));
    if (family.length > 1) families.push(family);
    if (rand() < 0.3 && articles.length < n) add(independent(), 9);
  }
  return { articles, families };
}

/**
 * The "copies" corpus: `n` articles made mostly of copies of a few (`reports`) invented wire reports, as a desk
 * that takes one agency feed sees them. Each report's original comes first, on the story's day; then, in a drawn
 * order, copies (90 %: the same body under their own masthead, headline, date line, read-also block and footer,
 * published 1 to 4 days later; some with the last paragraph cut), rewrites (4 %: the report in other words) and
 * independent reports of the same events (6 %: their own sources and words, in no family). Returns the articles,
 * the families (ground truth of shared origin) and each family's original, the true first publication.
 */
export function generateCopiesCorpus(n, { seed = 20240607, reports = 5 } = {}) {
  const { rand, inventStory } = inventor(seed);
  const articles = [];
  const add = (text) => {
    const file = `copies-${String(articles.length).padStart(5, '0')}.txt`;
    articles.push({ file, text });
    return file;
  };
  const stories = Array.from({ length: reports }, (_, k) => {
    const s = inventStory(k + 1);
    const facts = s.reportFacts();
    return { ...s, facts, paragraphs: s.wire(facts) };
  });
  const families = stories.map((s) => [add(s.furniture(s.paragraphs.join('\n\n'), 0))]);
  const originals = families.map((f) => f[0]);
  for (let k = 1; articles.length < n; k++) {
    const r = Math.floor(rand() * reports);
    const s = stories[r];
    const later = new Date(s.day.getTime() + (1 + Math.floor(rand() * 4)) * 86400000);
    const draw = rand();
    if (draw < 0.9) {
      const body = (rand() < 0.3 ? s.paragraphs.slice(0, -1) : s.paragraphs).join('\n\n');
      families[r].push(add(s.furniture(body, k, later)));
    } else if (draw < 0.94) families[r].push(add(s.furniture(s.rewrite(s.facts).join('\n\n'), k, later)));
    else add(s.furniture(s.independent(), k, s.day));
  }
  return { articles, families: families.filter((f) => f.length > 1), originals };
}

/** Every pair of files that carry one report, as `a + b` keys (a < b). */
export function truePairs(families) {
  const out = new Set();
  for (const f of families)
    for (let i = 0; i < f.length; i++) for (let j = i + 1; j < f.length; j++) out.add([f[i], f[j]].sort().join(' + '));
  return out;
}
