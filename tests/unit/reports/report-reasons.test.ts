/**
 * The report's reasons in plain words: one sentence for each kind of reason, in Dutch and English, with
 * the vocabulary's real names and none of the screen's codes, arrows or quotes; the map's markers apart.
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { Reason } from '../../../electron/shared/matching/types';
import { plainReason, plainReasons } from '../../../electron/shared/reports/report-reasons';
import { layoutMarkers } from '../../../electron/shared/reports/marker-layout';
import { openMatcher } from '../../support/matcher-fixture';

const m = openMatcher();
afterAll(() => m.close());
const label = m.matcher.label;

const hit = (concept: string, words: string) =>
  ({ concept, words, term: words, how: 'exact', start: 0, end: words.length }) as never;

const REASONS: [Reason, string, string][] = [
  [
    {
      type: 'concept',
      concept: 'theme:smart_maintenance',
      hit: hit('theme:smart_maintenance', 'onderhoud'),
      via: null,
    },
    'Werkt aan slim onderhoud, waar u naar vroeg',
    'Works on smart maintenance, which you asked about',
  ],
  [
    { type: 'concept', concept: 'theme:cobots', hit: hit('theme:robotics', 'robot'), via: 'near' },
    'Werkt aan cobots en mens-robotsamenwerking, dicht bij robotica waar u naar vroeg',
    'Works on cobots and human-robot collaboration, close to the robotics you asked about',
  ],
  [
    { type: 'concept', concept: 'offer:training', hit: hit('offer:training', 'cursus'), via: null },
    'Biedt training en scholing, waar u naar vroeg',
    'Offers training and courses, which you asked about',
  ],
  [
    { type: 'need', concept: 'theme:smart_maintenance', hit: hit('need:downtime', 'stilstand'), via: null },
    'Werkt aan slim onderhoud, wat helpt bij wat u noemde: machines staan stil of vallen uit',
    'Works on smart maintenance, which helps with what you mentioned: machines stand still or break down',
  ],
  [
    { type: 'part', name: 'Lectoraat Smart Industry', kind: 'lectoraat', town: 'Zwolle' },
    'De kennis zit bij Lectoraat Smart Industry in Zwolle',
    'The expertise sits with Lectoraat Smart Industry in Zwolle',
  ],
  [
    { type: 'text', words: ['robot', 'verpakking'] },
    'Noemt in de beschrijving robot en verpakking',
    'Its description mentions robot and verpakking',
  ],
  [
    { type: 'sector', concept: 'sector:sbi_10' },
    'Werkt voor bedrijven in uw sector: voedingsmiddelenindustrie',
    'Works with companies in your sector: food products',
  ],
  [
    {
      type: 'distance',
      km: 28.4,
      city: 'Harderwijk',
      region: 'Gelderland',
      precision: 'city',
      site: null,
      subject: null,
    },
    'Ligt op 28 km van het bedrijf, in Harderwijk',
    '28 km from the company, in Harderwijk',
  ],
  [
    { type: 'region', province: 'Gelderland' },
    'Het regionale loket voor Gelderland: helpt verder met een intake',
    'The regional front door for Gelderland: helps further with an intake',
  ],
  [
    { type: 'crossborder', km: 61 },
    'Een Duits centrum over de grens, op 61 km',
    'A German centre across the border, 61 km away',
  ],
  [
    { type: 'broad' },
    'Een brede kennisinstelling dichtbij: een goed begin voor een eerste gesprek',
    'A broad knowledge institution nearby: a good place for a first conversation',
  ],
];

describe('the reasons on the report', () => {
  it.each(REASONS.map(([reason, nl, en]) => ({ kind: reason.type, reason, nl, en })))(
    'a $kind reason is one plain sentence in Dutch and in English',
    ({ reason, nl, en }) => {
      expect(plainReason(reason, 'nl', label)).toBe(nl);
      expect(plainReason(reason, 'en', label)).toBe(en);
      for (const text of [nl, en]) expect(text).not.toMatch(/→|"|\b(theme|offer|need|sector):\w/);
    },
  );

  it('the themes asked about directly come in one sentence, a need of a theme named says only the need, the distance last', () => {
    const reasons: Reason[] = [
      { type: 'distance', km: 35, city: 'Zwolle', region: null, precision: 'city', site: null, subject: null },
      { type: 'need', concept: 'theme:robotics', hit: hit('need:order_handling', 'inpaklijn'), via: null },
      { type: 'concept', concept: 'theme:robotics', hit: hit('theme:robotics', 'robot'), via: null },
      { type: 'concept', concept: 'theme:robotics', hit: hit('theme:robotics', 'robots'), via: null },
      { type: 'concept', concept: 'theme:welding', hit: hit('theme:welding', 'lassen'), via: null },
    ];
    expect(plainReasons(reasons, 'nl', label)).toEqual([
      'Werkt aan robotica en lassen, waar u naar vroeg',
      'Helpt bij wat u noemde: bestellingen en orders gaan nog met de hand',
      'Ligt op 35 km van het bedrijf, in Zwolle',
    ]);
  });
});

describe("the report map's markers", () => {
  it('never overlap each other or the star, even in one town beside the company, and stay on the map', () => {
    const radius = 10;
    const star: [number, number] = [150, 150];
    const markers = [1, 2, 3, 4, 5].map((rank) => ({ rank, at: [151, 149] as [number, number] }));
    markers.push({ rank: 6, at: [290, 5] });
    const placed = layoutMarkers(markers, { radius, gap: 2, size: 300, star, starRadius: 10 });
    for (const a of placed) {
      expect(Math.hypot(a.at[0] - star[0], a.at[1] - star[1])).toBeGreaterThanOrEqual(2 * radius + 2 - 0.01);
      for (const c of a.at) expect(c).toBeGreaterThanOrEqual(radius);
      for (const c of a.at) expect(c).toBeLessThanOrEqual(300 - radius);
      for (const b of placed) {
        if (a.rank < b.rank) expect(Math.hypot(a.at[0] - b.at[0], a.at[1] - b.at[1])).toBeGreaterThanOrEqual(22 - 0.01);
      }
    }
    // Each remembers its place, and one with room stays near it.
    expect(placed[0].from).toEqual([151, 149]);
    expect(Math.hypot(placed[5].at[0] - 290, placed[5].at[1] - 10)).toBeLessThan(1);
  });
});
