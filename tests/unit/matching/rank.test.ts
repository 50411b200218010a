import { afterAll, describe, expect, it } from 'vitest';
import { explainReason } from '../../../electron/shared/i18n/explain';
import type { Match, MatchProfile } from '../../../electron/shared/matching/types';
import { openMatcher } from '../../support/matcher-fixture';

const engine = openMatcher();
afterAll(() => engine.close());
const run = engine.run;
const ids = (p: MatchProfile) => run(p).matches.map((m) => m.id);
/** A record listed for what it offers itself, not only as the region's front door. */
const answers = (m: Match) => m.reasons.some((r) => r.type === 'concept' || r.type === 'need' || r.type === 'text');
const onlyRelated = (m: Match) =>
  m.reasons.some((r) => r.type === 'concept' || r.type === 'need') &&
  m.reasons.every((r) => (r.type !== 'concept' && r.type !== 'need') || r.via === 'related');

describe('ranking', () => {
  it('puts a nearby fitting fieldlab first for a bakery in Apeldoorn that wants a packaging robot', () => {
    const r = run({ place: 'Apeldoorn', sector: 'bakkerij', need: 'verpakkingsrobot' });
    expect(r.matches[0].id).toBe('fieldlab-industrial-robotics');
    expect(r.matches[0].reasons.map((x) => x.type)).toEqual(expect.arrayContaining(['concept', 'distance']));
  });

  it('counts what the company makes: a carbon-fibre parts maker that wants to automate gets composites labs first', () => {
    const composites = (m: Match) =>
      m.reasons.some((r) => (r.type === 'concept' || r.type === 'need') && r.concept === 'theme:composites');
    const need = 'we willen de productie automatiseren';
    const plain = run({ place: 'Zwolle', need }).matches.slice(0, 3);
    const made = run({ place: 'Zwolle', sector: 'koolstofvezel onderdelen', need });
    expect(plain.filter(composites)).toEqual([]);
    expect(made.matches.slice(0, 3).filter(composites).length).toBeGreaterThanOrEqual(2);
    // The sector's words stay the sector's: the question itself is not rewritten.
    expect(made.query.concepts.map((h) => h.concept)).not.toContain('theme:composites');
  });

  it('reads a sector word as the sector, not as a wish for that research field', () => {
    // "metaal" is the company's industry: a question about digitalising brings no metallurgy labs.
    const r = run({ place: 'Doetinchem', sector: 'metaal', need: 'moeten we gaan digitaliseren?' });
    const metallurgy = r.matches.filter((m) =>
      m.reasons.some((x) => (x.type === 'concept' || x.type === 'need') && x.concept === 'theme:metals_metallurgy'),
    );
    expect(metallurgy).toEqual([]);
    expect(r.query.sector.map((h) => h.concept)).toContain('sector:sbi_25');
  });

  it('never offers an ended or merged record as an open option', () => {
    for (const need of ['predictive maintenance', '5g', 'lasrobot', 'drones']) {
      const r = run({ place: 'Breda', need, limit: 40 });
      expect(
        r.matches.filter((m) => m.status === 'ended' || m.status === 'merged'),
        need,
      ).toEqual([]);
    }
    const r = run({ place: 'Breda', need: 'predictive maintenance' });
    expect(r.flagged.map((m) => m.id)).toContain('campione');
    expect(r.flagged.every((m) => m.status === 'ended' || m.status === 'merged')).toBe(true);
  });

  it('matches a record without coordinates on content, with distance unknown', () => {
    const camino = run({ place: 'Utrecht', need: 'infra onderhoud data', limit: 40 }).matches.find(
      (m) => m.id === 'infra-fieldlab-camino',
    );
    expect(camino).toMatchObject({ distanceKm: null });
    expect(camino!.reasons.some((x) => x.type === 'distance_unknown')).toBe(true);
  });

  it('a nearby good fit clearly beats a distant equal one', () => {
    const fromEnschede = ids({ place: 'Enschede', need: 'drones', limit: 40 });
    const fromKatwijk = ids({ place: 'Katwijk', need: 'drones', limit: 40 });
    expect(fromEnschede.indexOf('space53')).toBeLessThan(fromEnschede.indexOf('unmanned-valley'));
    expect(fromKatwijk.indexOf('unmanned-valley')).toBeLessThan(fromKatwijk.indexOf('space53'));
    const fromKatwijkList = run({ place: 'Katwijk', need: 'drones', limit: 40 }).matches;
    const near = fromKatwijkList.find((m) => m.id === 'unmanned-valley')!;
    const far = fromKatwijkList.find((m) => m.id === 'space53')!;
    expect(near.score).toBeGreaterThan(1.5 * far.score);
  });

  it('never lets a record that only shares a related theme outrank one that answers the question', () => {
    for (const need of ['lasrobot', 'composieten', 'drones voor inspectie', 'machine vision', 'spuitgieten']) {
      // The front door has its own fixed place (next test); every other listed record is ordered by fit.
      const list = run({ place: 'Utrecht', need, limit: 30 }).matches.filter(
        (m) => answers(m) && !m.reasons.some((r) => r.type === 'region'),
      );
      const firstRelated = list.findIndex(onlyRelated);
      if (firstRelated < 0) continue;
      expect(list.slice(firstRelated).every(onlyRelated), need).toBe(true);
    }
  });

  it("puts the EDIH of the company's province in the same place for a specific question: after the first three direct fits", () => {
    for (const [place, need, edih] of [
      ['Apeldoorn', 'verpakkingsrobot', 'edih-boost-robotics-eastnl'],
      ['Breda', 'lasrobot', 'edih-zuid-nederland'],
      ['Leeuwarden', 'melkveehouderij sensoren', 'edih-noord-nederland'],
      ['Haarlem', '3d printen', 'edih-noordwest-nederland'],
    ]) {
      const r = run({ place, need });
      const at = r.matches.findIndex((m) => m.id === edih);
      const direct = r.matches.filter((m) => m.id !== edih && answers(m) && !onlyRelated(m)).length;
      expect(at, `${place}: ${need}`).toBe(Math.min(3, direct));
    }
  });

  it('puts the EDIH first when the owner asks where to start without naming a technology', () => {
    for (const [place, need, edih] of [
      ['Groningen', 'ik heb geen idee waar ik moet beginnen met digitaliseren', 'edih-noord-nederland'],
      ['Amersfoort', 'iedereen heeft het over smart industry, is dat iets voor ons?', 'edih-noordwest-nederland'],
      ['Tilburg', 'where do we start with going digital?', 'edih-zuid-nederland'],
    ]) {
      expect(ids({ place, need })[0], need).toBe(edih);
    }
    // A named technology or problem is a concrete next step: the place for it stays before the front door.
    const robots = ids({ place: 'Apeldoorn', need: 'we willen robots maar weten niet waar te beginnen' });
    expect(robots.indexOf('edih-boost-robotics-eastnl')).toBeGreaterThan(0);
    expect(robots.indexOf('fieldlab-industrial-robotics')).toBe(0);
    const packing = ids({ place: 'Zwolle', need: 'de verpakkingslijn staat vaak stil, waar begin ik?' });
    expect(packing[0]).toBe('perron038');
    expect(packing.indexOf('edih-boost-robotics-eastnl')).toBeGreaterThan(0);
    // Nor when a kind of partner is asked for: then that kind comes first.
    expect(ids({ place: 'Zwolle', need: 'waar begin ik, misschien met een hogeschool?' })[0]).toBe('windesheim');
  });

  it('puts the kind of partner the owner names first, and says so: a hogeschool, an mbo-school, a research institute', () => {
    const subtype = (id: string, m: Match[]) =>
      m.find((x) => x.id === id)!.reasons.find((r) => r.type === 'partner_type');
    const schools = run({ place: 'Zwolle', need: 'we zoeken een hogeschool die ons kan helpen met automatiseren' });
    const plain = ids({ place: 'Zwolle', need: 'we willen automatiseren' });
    expect(plain[0]).toBe('perron038');
    expect(schools.matches[0].id).toBe('windesheim');
    expect(schools.matches.findIndex((m) => m.id === 'perron038')).toBeGreaterThan(2);
    const why = subtype('windesheim', schools.matches)!;
    expect(explainReason(why, 'nl', (c) => c)).toBe('een hogeschool, het soort partner dat u zoekt');
    expect(explainReason(why, 'en', (c) => c)).toBe(
      'a university of applied sciences, the kind of partner you asked for',
    );
    // No reason for a record of another kind.
    expect(subtype('edih-boost-robotics-eastnl', schools.matches)).toBeUndefined();
    const mbo = run({ place: 'Zwolle', need: 'kan een roc ons helpen met lassers opleiden?' }).matches;
    expect(mbo[0].id).toBe('deltion-landstede');
    expect(mbo.filter((m) => m.reasons.some((r) => r.type === 'partner_type')).map((m) => m.id)).toEqual(
      expect.arrayContaining(['deltion-landstede']),
    );
    expect(
      mbo.filter((m) => m.reasons.some((r) => r.type === 'partner_type')).every((m) => m.kind === 'institution'),
    ).toBe(true);
    // A kind of partner named in passing is no wish: the list is the one without those words.
    for (const [need, without] of [
      [
        'we werken al met een hogeschool maar zoeken nu een fieldlab voor robotica',
        'we zoeken nu een fieldlab voor robotica',
      ],
      [
        'we already work with a university but now look for a fieldlab for robotics',
        'now we look for a fieldlab for robotics',
      ],
      ['ik zoek een fieldlab, geen hogeschool', 'ik zoek een fieldlab'],
      ['we hebben een universiteit als klant en willen robots inzetten', 'we willen robots inzetten'],
    ]) {
      const list = run({ place: 'Zwolle', need }).matches;
      expect(
        list.filter((m) => m.kind === 'institution' && m.reasons.some((r) => r.type === 'partner_type')),
        need,
      ).toEqual([]);
      expect(
        list.slice(0, 3).map((m) => m.id),
        need,
      ).toEqual(ids({ place: 'Zwolle', need: without }).slice(0, 3));
    }
    // With a German request too: German schools before German centres that are no school.
    const german = ids({ place: 'Venlo', need: 'we willen samenwerken met een Duitse hogeschool aan automatisering' });
    expect(german.indexOf('rwth-aachen')).toBeLessThan(german.indexOf('de-mdz-rheinland'));
  });

  it('says plainly when nothing specific fits, and offers the front door and nearby broad institutions', () => {
    const r = run({ place: 'Apeldoorn', need: 'koffie branden' });
    expect(r.nothingSpecific).toBe(true);
    expect(r.matches[0].id).toBe('edih-boost-robotics-eastnl');
    const rest = r.matches.slice(1);
    expect(rest.length).toBeGreaterThan(0);
    expect(rest.every((m) => m.kind === 'institution' && m.reasons.some((x) => x.type === 'broad'))).toBe(true);
    expect(r.matches.filter(answers)).toEqual([]);
  });

  it('brings German centres near the company to the top for a German request, in Dutch and English', () => {
    for (const need of [
      'we zoeken een Duits instituut voor digitalisering',
      'digitalisation with a partner in Germany',
    ]) {
      const r = run({ place: 'Enschede', need });
      expect(r.query.wantsGermany).toBe(true);
      const first = r.matches.slice(0, 3);
      expect(
        first.every((m) => m.kind === 'crossborder' || m.reasons.some((x) => x.type === 'crossborder')),
        need,
      ).toBe(true);
    }
    expect(
      run({ place: 'Middelburg', need: 'digitalisering', limit: 50 }).matches.filter((m) => m.kind === 'crossborder'),
    ).toEqual([]);
  });

  it('offers several German centres near the border when the rest of a German request is only a wish for funding', () => {
    const r = run({ place: 'Winterswijk', need: 'over de grens samenwerken, is daar subsidie voor?' });
    expect(r.query.wantsGermany).toBe(true);
    const german = r.matches.filter((m) => m.reasons.some((x) => x.type === 'crossborder'));
    expect(german.length).toBeGreaterThanOrEqual(3);
    expect(r.matches.slice(0, 3).every((m) => german.includes(m))).toBe(true);
  });

  it('never lists a function word as found in a record or as not recognised', () => {
    const r = run({ place: 'Groningen', need: 'een apparaat waarmee we zelf zonder lab een test doen', limit: 20 });
    const found = r.matches.flatMap((m) => m.reasons.flatMap((x) => (x.type === 'text' ? x.words : [])));
    for (const word of ['zelf', 'zonder', 'waarmee']) {
      expect(found).not.toContain(word);
      expect(r.query.unmatchedWords).not.toContain(word);
    }
  });

  it('names the centre of an institution that carries the fit', () => {
    const saxion = run({ place: 'Enschede', need: 'thermoplastische composieten', limit: 20 }).matches.find(
      (m) => m.id === 'saxion',
    );
    expect(saxion?.reasons.find((r) => r.type === 'part')).toMatchObject({ name: expect.stringContaining('TPAC') });
  });

  it('counts a specialised site only for its own subjects: no marine station next door for composites', () => {
    // WUR has a marine research station in Den Helder; composites are no subject of it.
    const r = run({ place: 'Den Helder', need: 'composieten onderdelen ontwikkelen', limit: 30 });
    const wur = r.matches.find((m) => m.id === 'wur');
    if (wur) {
      expect(wur.distanceKm).toBeGreaterThan(100);
      expect(wur.reasons.find((x) => x.type === 'distance')).not.toMatchObject({ city: 'Den Helder' });
    }
    // Inholland's composites come from its Delft lab, so that is where it is, not its Alkmaar campus nearby.
    const inholland = r.matches.find((m) => m.id === 'inholland');
    expect(inholland?.reasons.find((x) => x.type === 'distance')).toMatchObject({
      city: 'Delft',
      subject: { nl: 'composieten' },
    });
  });

  it('finds the specialised site a question meets, and names what it works on, in Dutch and English', () => {
    const r = run({ place: 'Goes', need: 'we kweken mosselen en oesters en willen de kweek verbeteren' });
    const wur = r.matches.slice(0, 3).find((m) => m.id === 'wur');
    expect(wur?.distanceKm).toBeLessThan(20);
    const distance = wur!.reasons.find((x) => x.type === 'distance')!;
    expect(explainReason(distance, 'nl', engine.matcher.label)).toContain('(Yerseke: schelpdieren)');
    expect(explainReason(distance, 'en', engine.matcher.label)).toContain('(Yerseke: shellfish)');
  });

  it('counts a specialised site only in its own field of application: greenhouse robots are no tank robots', () => {
    // WUR Bleiswijk works on robotics and sensing in greenhouses, 11 km from Rotterdam.
    const tanks = run({ place: 'Rotterdam', need: 'robots die onze opslagtanks inspecteren', limit: 30 });
    const wur = tanks.matches.find((m) => m.id === 'wur');
    if (wur) expect(wur.reasons.find((x) => x.type === 'distance')).not.toMatchObject({ city: 'Bleiswijk' });
    // A grower asking the same of robots in the greenhouse finds that station near.
    const grower = run({
      place: 'Rotterdam',
      sector: 'glastuinbouw',
      need: 'robots die in onze kas oogsten',
      limit: 30,
    });
    expect(grower.matches.find((m) => m.id === 'wur')?.reasons.find((x) => x.type === 'distance')).toMatchObject({
      city: 'Bleiswijk',
    });
  });

  it('names the one town a distance is measured to, for a record written with several', () => {
    // TNO's place reads "Delft / Den Haag / Eindhoven / Groningen / Soesterberg (multiple sites)"; its point is Delft.
    const r = run({ place: 'Schiedam', need: 'data en mechatronica', limit: 15 });
    const tno = r.matches.find((m) => m.id === 'tno')!;
    expect(tno.reasons.find((x) => x.type === 'distance')).toMatchObject({ city: 'Delft', region: 'Zuid-Holland' });
    const line = explainReason(
      tno.reasons.find((x) => x.type === 'distance')!,
      'nl',
      engine.matcher.label,
    );
    expect(line).not.toMatch(/multiple|\//);
  });

  it('reads names of campuses, partners and towns as names, not as compounds or typos', () => {
    const read = (need: string) => {
      const r = engine.matcher.run({ place: 'Eindhoven', need });
      if (!r.ok) throw new Error(r.error.message);
      return [...r.value.query.sector, ...r.value.query.concepts].map((h) => h.concept);
    };
    // "Brainport" is no port, "NHL Stenden" no stone, "Leerpark" no leather.
    expect(read('we zitten op de Brainport Industries Campus en zoeken een lasrobot')).toEqual([
      'theme:robotics',
      'theme:welding',
    ]);
    expect(read('we werken met NHL Stenden aan recycling')).not.toContain('sector:sbi_23');
    expect(read('ons bedrijf zit naast het Leerpark in Dordrecht')).toEqual([]);
  });

  it('never sends a company to a site that has closed', () => {
    // WUR's pig research centre in Sterksel closed at the end of 2020 (wur.nl): a pig farmer next door
    // is not told WUR is 0 km away.
    const r = run({ place: 'Sterksel', need: 'varkenshouderij, stalklimaat verbeteren met sensoren', limit: 30 });
    const wur = r.matches.find((m) => m.id === 'wur');
    expect(wur).toBeDefined();
    expect(wur!.distanceKm).toBeGreaterThan(20);
    expect(engine.catalogue.get('wur')!.otherSites.map((s) => s.city)).not.toContain('Sterksel');
  });

  it('does not count a specialised site for a question only broader than its subjects', () => {
    // Shellfish and dairy are both agrifood: a dairy question from Goes is not local to the shellfish station.
    const r = run({ place: 'Goes', need: 'sensoren voor melkkoeien', limit: 30 });
    const wur = r.matches.find((m) => m.id === 'wur');
    expect(wur).toBeDefined();
    expect(wur!.reasons.find((x) => x.type === 'distance')).not.toMatchObject({ city: 'Yerseke' });
  });

  it('lists only words a record really contains as found in its text', () => {
    const r = run({ place: 'Utrecht', need: 'zeewier eiwitten fermentatie', limit: 20 });
    for (const m of r.matches) {
      const text = m.reasons.find((x) => x.type === 'text');
      if (!text || text.type !== 'text') continue;
      const record = JSON.stringify(engine.catalogue.get(m.id)).toLowerCase();
      for (const word of text.words) expect(record, `${m.id}: ${word}`).toContain(word.slice(0, 5));
    }
  });

  it('respects the maximum distance and the kinds', () => {
    const r = run({ place: 'Delft', need: 'robotica', maxKm: 30, kinds: ['fieldlab'] });
    expect(r.matches.length).toBeGreaterThan(0);
    expect(r.matches.every((m) => m.kind === 'fieldlab' && (m.distanceKm === null || m.distanceKm <= 30))).toBe(true);
  });

  it('rejects an empty need with a code', () => {
    expect(engine.matcher.run({ place: 'Apeldoorn', need: '  ' })).toMatchObject({
      ok: false,
      error: { code: 'need_empty' },
    });
  });
});
