import { afterAll, describe, expect, it } from 'vitest';
import { CatalogueDb } from '../../../electron/main/catalogue/catalogue-db';
import { PlaceResolver } from '../../../electron/shared/geo/place-resolver';
import { buildTempCatalogue } from '../../support/catalogue-fixture';

const built = buildTempCatalogue();
const catalogue = CatalogueDb.open(built.file);
const gazetteer = catalogue.gazetteer();
const places = PlaceResolver.fromGazetteer(gazetteer);
afterAll(() => {
  catalogue.close();
  built.cleanup();
});

const where = (typed: string) => {
  const r = places.resolve(typed);
  return r.ok ? { name: r.place.name, province: r.place.province, municipality: r.place.municipality } : r.error.code;
};

describe('resolving a place name', () => {
  it.each([
    ['den bosch', "'s-Hertogenbosch", 'Noord-Brabant'],
    ['Almere', 'Almere', 'Flevoland'],
    ['hengelo', 'Hengelo', 'Overijssel'],
    ['Hengelo Gelderland', 'Hengelo', 'Gelderland'],
    ['Hengelo Gld', 'Hengelo', 'Gelderland'],
    ['Apeldorn', 'Apeldoorn', 'Gelderland'],
    ['Deurne', 'Deurne', 'Noord-Brabant'],
    // Towns the GeoNames city list lacks, found through the postcode file.
    ['Nieuwleusen', 'Nieuwleusen', 'Overijssel'],
    ['Zwaag', 'Zwaag', 'Noord-Holland'],
    ['Etten-Leur', 'Etten-Leur', 'Noord-Brabant'],
    ['Eemnes', 'Eemnes', 'Utrecht'],
    // Dutch names first; the exonym still works.
    ['Den Haag', 'Den Haag', 'Zuid-Holland'],
    ['The Hague', 'Den Haag', 'Zuid-Holland'],
    ["'s-Gravenhage", 'Den Haag', 'Zuid-Holland'],
    // Another spelling the data holds (Frisian and Dutch forms, abbreviations).
    ['Holwerd', 'Holwert', 'Friesland'],
    ['Wergea', 'Warga', 'Friesland'],
    ['St.-Annaparochie', 'Sint Annaparochie', 'Friesland'],
    // "aan den" as people abbreviate it.
    ['Krimpen a/d IJssel', 'Krimpen aan den IJssel', 'Zuid-Holland'],
    ['Capelle a.d. IJssel', 'Capelle aan den IJssel', 'Zuid-Holland'],
    ['Alphen a/d Rijn', 'Alphen aan den Rijn', 'Zuid-Holland'],
    // The official Frisian names of Frisian towns.
    ['Ljouwert', 'Leeuwarden', 'Friesland'],
    ['Snits', 'Sneek', 'Friesland'],
    ['It Hearrenfean', 'Heerenveen', 'Friesland'],
    ['Easterwâlde', 'Oosterwolde', 'Friesland'],
  ])('%s → %s (%s)', (typed, name, province) => {
    expect(where(typed)).toMatchObject({ name, province });
  });

  it('reads what the suggestions put in the field for namesakes in different provinces', () => {
    expect(where('Oosterhout (Noord-Brabant)')).toMatchObject({ name: 'Oosterhout', province: 'Noord-Brabant' });
    expect(where('Oosterhout (Gelderland)')).toMatchObject({ name: 'Oosterhout', province: 'Gelderland' });
    expect(where('Rijswijk (Zuid-Holland)')).toMatchObject({ name: 'Rijswijk', province: 'Zuid-Holland' });
    expect(where('Rijswijk (Gelderland)')).toMatchObject({
      name: 'Rijswijk',
      province: 'Gelderland',
      municipality: 'Buren',
    });
    expect(where('Bergen (Noord-Holland)')).toMatchObject({ name: 'Bergen', province: 'Noord-Holland' });
    expect(where('Bergen (Limburg)')).toMatchObject({ name: 'Bergen', province: 'Limburg' });
  });

  it('tells two places of one name in one province apart by municipality', () => {
    expect(where('Alteveer (Hoogeveen)')).toMatchObject({ province: 'Drenthe', municipality: 'Hoogeveen' });
    expect(where('Alteveer (Noordenveld)')).toMatchObject({ province: 'Drenthe', municipality: 'Noordenveld' });
    const values = places.suggest('Alteveer').map((s) => s.value);
    expect(values).toEqual(
      expect.arrayContaining(['Alteveer (Hoogeveen)', 'Alteveer (Noordenveld)', 'Alteveer (Groningen)']),
    );
  });

  it('every place the autocomplete can offer resolves to exactly that place', () => {
    const wrong: string[] = [];
    for (const p of gazetteer.places) {
      const value = places.valueOf(p);
      const r = places.resolve(value);
      const same =
        r.ok && r.place.name === p.name && r.place.province === p.province && r.place.municipality === p.municipality;
      if (!same)
        wrong.push(
          `${value} → ${r.ok ? `${r.place.name}, ${r.place.municipality}, ${r.place.province}` : r.error.code}`,
        );
    }
    expect(gazetteer.places.length).toBeGreaterThan(3000);
    expect(wrong).toEqual([]);
  });

  it('resolves a district to its town and says so, never to another district', () => {
    for (const [typed, town, district] of [
      ['Amsterdam Noord', 'Amsterdam', 'Noord'],
      ['Amsterdam-Noord', 'Amsterdam', 'Noord'],
      ['Rotterdam-Zuid', 'Rotterdam', 'Zuid'],
      ['Utrecht centrum', 'Utrecht', 'Centrum'],
    ]) {
      const r = places.resolve(typed);
      expect(r.ok && { name: r.place.name, how: r.place.how, district: r.place.district }, typed).toEqual({
        name: town,
        how: 'district',
        district,
      });
    }
  });

  it('names the other places of the same name', () => {
    const r = places.resolve('hengelo');
    expect(r.ok && r.place.alternatives.map((a) => a.value)).toEqual(['Hengelo (Gelderland)']);
  });

  it('says an unknown place is unknown, with suggestions, and never reads a prototype key', () => {
    expect(where('Atlantis')).toBe('unknown');
    expect(where('Apeldoorn constructor')).toBe('unknown');
    expect(where('__proto__')).toBe('unknown');
    expect(where('   ')).toBe('empty');
  });
});

describe('resolving a postcode', () => {
  it.each(['7711', '7711 AB', '7711AB', '7711 ab'])(
    '%s is Nieuwleusen, at the centre of the postcode area',
    (typed) => {
      const r = places.resolve(typed);
      expect(r.ok && r.place).toMatchObject({
        name: 'Nieuwleusen',
        province: 'Overijssel',
        how: 'postcode',
        postcode: '7711',
      });
      const [, , lat, lon] = gazetteer.postcodes.find((p) => p[0] === '7711')!;
      expect(r.ok && [r.place.lat, r.place.lon]).toEqual([lat, lon]);
    },
  );

  it('takes the town typed after the postcode', () => {
    expect(where('5611 AB Eindhoven')).toMatchObject({ name: 'Eindhoven', province: 'Noord-Brabant' });
    expect(where('7913 Nieuweroord')).toMatchObject({ name: 'Nieuweroord' });
  });

  it('says a postcode that does not exist is unknown, and what to do', () => {
    const r = places.resolve('1000 AA');
    expect(r.ok ? null : r.error).toMatchObject({
      code: 'postcode_unknown',
      message: expect.stringContaining('type the town'),
    });
  });

  it('suggests postcodes as the digits are typed', () => {
    expect(places.suggest('771').map((s) => `${s.value} ${s.name}`)).toContain('7711 Nieuwleusen');
  });
});
