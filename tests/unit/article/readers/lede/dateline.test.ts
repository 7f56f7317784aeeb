/** Wire datelines at the head of the lede: place, date, agencies and outlets. */
import { describe, expect, it } from 'vitest';
import { datelineReader, matchDateline } from '../../../../../src/engine/article/readers/lede/dateline.ts';
import { findings, partTake } from '../helpers.ts';

describe('matchDateline', () => {
  it.each([
    [
      'KAMPALA, March 3 (Reuters) - The council voted…',
      { place: 'KAMPALA', agencies: ['Reuters'], outlets: [], date: { month: 3, day: 3, year: null } },
    ],
    [
      'BAMAKO, Dec. 12 (AFP) -- Troops left…',
      { place: 'BAMAKO', agencies: ['AFP'], date: { month: 12, day: 12, year: null } },
    ],
    ['LAGOS, Nigeria (AP) — Flooding closed…', { place: 'LAGOS, Nigeria', agencies: ['AP'], date: null }],
    ['ANKARA (AA) - A caravanserai reopened…', { place: 'ANKARA', agencies: ['Anadolu'] }],
    [
      'BERLIN, 5 March 2024 (dpa) - Trains stopped…',
      { place: 'BERLIN', agencies: ['dpa'], date: { year: 2024, month: 3, day: 5 } },
    ],
    [
      'Harbourton, (NAN - Coast Ledger / Coast Ledger - 11th Dec, 2023) The port…',
      { place: 'Harbourton', agencies: ['NAN'], outlets: ['Coast Ledger'], date: { year: 2023, month: 12, day: 11 } },
    ],
    ['Stung Treng (Cambodia) (AFP) - Fishers marched…', { place: 'Stung Treng (Cambodia)', agencies: ['AFP'] }],
    // Month names chrono has no locale for, from Intl; a name two languages give to two months dates nothing.
    [
      'DONJA LUKA, 17. svibnja (Hina) - Sajam se otvara…',
      { place: 'DONJA LUKA', agencies: ['HINA'], date: { month: 5, day: 17, year: null } },
    ],
    ['PRAHA, 21. lis (ČTK) - Vláda schválila…', { place: 'PRAHA', agencies: ['ČTK'], date: null }],
    ['Lima, Jun 2 (EFE).- The glacier…', { place: 'Lima', agencies: ['EFE'], date: { month: 6, day: 2, year: null } }],
    // Places with lower-case particles, a region in brackets before the date, a day written `3.`.
    [
      'Puerto del Sol (Islas Verdes), 4 mar (EFE).- El cabildo aprobó…',
      { place: 'Puerto del Sol (Islas Verdes)', agencies: ['EFE'], date: { month: 3, day: 4, year: null } },
    ],
    [
      'Torre Nova de Baixo, 09 abr (Lusa) – A câmara aprovou…',
      { place: 'Torre Nova de Baixo', agencies: ['Lusa'], date: { month: 4, day: 9, year: null } },
    ],
    [
      'Neustadt am Rand, 3. März (dpa) - Die Brücke…',
      { place: 'Neustadt am Rand', agencies: ['dpa'], date: { month: 3, day: 3, year: null } },
    ],
    // An uncased place, its region in brackets, and the agency in Arabic letters.
    ['مرسين (تركيا) - (د ب أ) - افتتحت البلدية…', { place: 'مرسين (تركيا)', agencies: ['dpa'], date: null }],
    // An uncased place, "in", the day and the month's name, and the agency between slashes.
    [
      'الدوحة في 3 مارس /قنا/ افتتحت البلدية حديقة جديدة…',
      { place: 'الدوحة', agencies: ['QNA'], date: { month: 3, day: 3, year: null } },
    ],
    // The same with the sender spaced inside the slashes, or an agency the list does not know: the sender is credited.
    [
      'المنامة في 9 يونيو / بنا / افتتحت البلدية مكتبة للأطفال…',
      { place: 'المنامة', agencies: ['BNA'], date: { month: 6, day: 9, year: null } },
    ],
    [
      'صلالة في 4 مايو /وكالة الساحل/ بدأت البلدية أعمال الصيانة…',
      { place: 'صلالة', agencies: ['وكالة الساحل'], date: { month: 5, day: 4, year: null } },
    ],
    // An uncased place, a comma, the day, the month's name and the year, and the agency's brackets.
    [
      'روصو، 12 أبريل 2024 (الوكالة الموريتانية للأنباء) - افتتح الوالي سوقا جديدا…',
      { place: 'روصو', agencies: ['AMI'], date: { month: 4, day: 12, year: 2024 } },
    ],
    // An uncased place, the date in figures, the agency's word and a dash.
    [
      'قلقيلية 14-3-2024 وفا- أطلقت مكتبة البلدية مسابقة للقراءة…',
      { place: 'قلقيلية', agencies: ['WAFA'], date: { month: 3, day: 14, year: 2024 } },
    ],
    // A capital place with an accented letter, and the day, month and year joined by "de".
    [
      'BAUCAU, 14 de março de 2024 (TATOLI) – A escola abriu…',
      { place: 'BAUCAU', agencies: ['Tatoli'], date: { month: 3, day: 14, year: 2024 } },
    ],
    [
      'ÉVORA, 2 de maio (Lusa) – A câmara aprovou…',
      { place: 'ÉVORA', agencies: ['Lusa'], date: { month: 5, day: 2, year: null } },
    ],
    // A French press release's place, "le" and the date, and a dash.
    [
      'Saint-Aurèle, le 4 avril 2024 – La bibliothèque municipale lance…',
      { place: 'Saint-Aurèle', agencies: [], date: { month: 4, day: 4, year: 2024 } },
    ],
    // A press office's place and full date as the lede's first sentence.
    [
      'Villa Rosales, jueves 8 de agosto de 2024. La alcaldía entregó…',
      { place: 'Villa Rosales', agencies: [], date: { month: 8, day: 8, year: 2024 } },
    ],
    // The agency's own word first, then the place.
    ['وطنية - صيدا - افتتحت البلدية سوقا جديدة…', { place: 'صيدا', agencies: ['NNA'], date: null }],
    // The sender between slashes after the date: press-release wires (not agencies: no credit) and some agencies.
    [
      'BOULDER, Colo., May 6, 2025 /PRNewswire/ -- Acme Widgets said…',
      { place: 'BOULDER, Colo.', agencies: [], date: { year: 2025, month: 5, day: 6 } },
    ],
    [
      'ACCRA, Ghana, June 3, 2025-/Pan-African Wire Service/- The ministry…',
      { place: 'ACCRA, Ghana', agencies: [], date: { year: 2025, month: 6, day: 3 } },
    ],
    [
      'HANOI, April 9. /TASS/. The rail link…',
      { place: 'HANOI', agencies: ['TASS'], date: { month: 4, day: 9, year: null } },
    ],
    [
      'MADRID, 12 abr (EFE).- El Gobierno…',
      { place: 'MADRID', agencies: ['EFE'], date: { month: 4, day: 12, year: null } },
    ],
    // An Arabic agency dateline: the place, day and month in figures, and the agency.
    [
      'الدوحة - 9 - 3 (قنا) -- أعلنت الوزارة',
      { place: 'الدوحة', agencies: ['QNA'], date: { month: 3, day: 9, year: null } },
    ],
    [
      'WINDHOEK, Dec. 12 -- Namibia took control…',
      { place: 'WINDHOEK', agencies: [], date: { month: 12, day: 12, year: null } },
    ],
    [
      'CAIRO — The ministry said on Sunday that the new bridge over the canal would open next spring.',
      { place: 'CAIRO', agencies: [], date: null },
    ],
    [
      'Amman - The minister affirmed the continuation of the water projects in the southern governorates this year.',
      { place: 'Amman', agencies: [], date: null },
    ],
    [
      '新华社杭州6月18日电（记者 王明远） 岛上的公交线路今天恢复运行。',
      { place: '杭州', agencies: ['Xinhua'], date: { month: 6, day: 18, year: null }, reporter: '王明远' },
    ],
    ['Ege Haber — English Edition', null],
    // A sender the agency list does not know, alone in the brackets after a date, and a year with no comma.
    [
      'PORTALEGRE, Mar 9 2026 (Serra Newswire) -',
      { place: 'PORTALEGRE', agencies: [], outlets: ['Serra Newswire'], date: { year: 2026, month: 3, day: 9 } },
    ],
    // The day of the month alone before the agency (it gives no date), and a press office's place and full date.
    ['LUGO, 14 (EUROPA PRESS)', { place: 'LUGO', agencies: ['Europa Press'], date: null }],
    [
      'Villa Serena (Cauca), 9 de mayo de 2024.',
      { place: 'Villa Serena (Cauca)', agencies: [], date: { year: 2024, month: 5, day: 9 } },
    ],
    // A place and a year is no day.
    ['Oslo, Norway, 2024', null],
    // Without a date before them, unknown words in brackets show nothing: a phrase, not a dateline.
    ['HARBOUR WORKS (Phase Two) - The pier reopened…', null],
  ])('%s', (line, expected) => {
    if (expected === null) expect(matchDateline(line)).toBeNull();
    else expect(matchDateline(line)).toMatchObject(expected);
  });

  it.each([
    'The United Nations (UN) said on Monday that it would leave.',
    'NATO — the alliance — met on Tuesday.',
    'Meanwhile - the rains continued.',
    'In Kampala, March 3 was a quiet day.',
  ])('leaves a lede alone: %s', (line) => {
    expect(matchDateline(line)).toBeNull();
  });

  it('takes only the dateline: the rest of the line is the lede', () => {
    const line = 'KAMPALA, March 3 (Reuters) - The council voted on Tuesday.';
    const d = matchDateline(line)!;
    expect(line.slice(d.length)).toBe('The council voted on Tuesday.');
    expect(d.text).toBe('KAMPALA, March 3 (Reuters)');
  });
});

describe('datelineReader', () => {
  it.each([
    [
      'KAMPALA, March 3 (Reuters) - The council voted on Tuesday.',
      { kind: 'dateline', text: 'KAMPALA, March 3 (Reuters) -', rest: 'The council voted on Tuesday.' },
      { place: 'KAMPALA', agencies: ['Reuters'] },
    ],
    ['WINDHOEK, Dec. 12 --', { kind: 'dateline', text: 'WINDHOEK, Dec. 12 --', rest: '' }, { place: 'WINDHOEK' }],
    ['The council voted on Tuesday to reopen the quay after repairs.', null, null],
  ])('%s', (line, taken, match) => {
    const { taken: t, found } = partTake(datelineReader, line, { found: findings() });
    if (taken === null) expect(t).toBeNull();
    else expect(t).toEqual(taken);
    if (match === null) expect(found.dateline).toBeNull();
    else expect(found.dateline).toMatchObject({ match, line: 3 });
  });
});
