import { afterAll, describe, expect, it } from 'vitest';
import { openMatcher } from '../../support/matcher-fixture';
import { vowelLengthDiffers } from '../../../electron/shared/matching/concept-matcher';

const engine = openMatcher();
afterAll(() => engine.close());
const read = (text: string, lists?: Parameters<typeof engine.matcher.concepts.match>[1]) =>
  engine.matcher.concepts.match(text, lists).hits;
const concepts = (text: string) => read(text).map((h) => h.concept);

describe('reading what the owner types', () => {
  it.each([
    ['lasrobot', ['theme:robotics', 'theme:welding']],
    ['3D printen', ['theme:additive_manufacturing']],
    ['3d-printen', ['theme:additive_manufacturing']],
    ['plaatwerk kanten', ['theme:sheet_metal', 'sector:sbi_25']],
    ['we want to try cobots and need training', ['theme:cobots', 'offer:training']],
    ['metaalbewerkingsbedrijf', ['sector:sbi_25']],
    ['koffie branden', []],
  ])('%s', (text, expected) => {
    expect(concepts(text)).toEqual(expected);
  });

  it.each([
    ['de verpakkingsmachine staat vaak stil', 'need:downtime'],
    ['onze machines vallen onverwacht uit', 'need:downtime'],
    ['we maken te veel fouten', 'need:quality_errors'],
    ['we vinden geen vakmensen', 'need:staff_shortage'],
    ['we vinden geen lassers', 'need:staff_shortage'],
    ['bestellingen komen nog per mail', 'need:order_handling'],
    ['slimmer werken', 'need:efficiency'],
    ['minder verspilling', 'need:waste'],
    ['de energiekosten zijn te hoog', 'need:energy_costs'],
    ['we willen brandstoffen besparen', 'need:energy_costs'],
    ['we want to save fuel', 'need:energy_costs'],
    ['our machines keep breaking down', 'need:downtime'],
    ['we cannot find welders', 'need:staff_shortage'],
  ])('understands the everyday words "%s" as %s', (text, need) => {
    expect(concepts(text)).toContain(need);
  });

  it('reads a need in words with others in between, and says which words it read', () => {
    const hit = read('de lijn staat heel vaak stil').find((h) => h.concept === 'need:downtime');
    expect(hit?.words).toContain('staat heel vaak stil');
    expect(hit).toMatchObject({ how: 'phrase' });
  });

  it.each([['Duitsland'], ['een Duits instituut'], ['over de grens'], ['Germany'], ['a German partner']])(
    'understands a German request in "%s"',
    (text) => {
      expect(concepts(text)).toContain('need:germany');
    },
  );

  it('never reads a phrase across a comma or a sentence end', () => {
    expect(concepts('we vinden geen lassers meer, de orders blijven liggen')).not.toContain('need:growth');
    expect(concepts('we vinden geen lassers meer. De orders blijven liggen')).not.toContain('need:growth');
    expect(concepts('we willen meer orders')).toContain('need:growth');
  });

  it('never lets a short word stand for a longer one by its stem', () => {
    // "per" stems like "peren" (pears), "met" like "meten" (to measure).
    expect(concepts('per perceel')).toEqual([]);
    expect(concepts('kloppen niet met elkaar')).not.toContain('need:no_insight');
  });

  it('never "corrects" a compound of two real words', () => {
    expect(read('geen geld voor een eigen productielijn').filter((h) => h.how === 'typo')).toEqual([]);
    // A misspelling that only falls apart into odd pieces is still corrected.
    expect(read('automatisring')).toMatchObject([{ concept: 'theme:automation', how: 'typo' }]);
  });

  it('reads word forms by their stems and Dutch compounds by their parts', () => {
    expect(concepts('lasrobots')).toEqual(['theme:robotics', 'theme:welding']);
    expect(concepts('onderhouden')).toEqual(['theme:smart_maintenance']);
    expect(concepts('spuitgietonderdelen')).toContain('theme:plastics_processing');
    expect(concepts('oeverbeschoeiing')).toContain('theme:water_infra');
    expect(concepts('verpakkingslijn')).toContain('theme:packaging');
    expect(concepts('petrochemie')).toContain('theme:chemistry');
    expect(concepts('het bioafval')).toEqual(['theme:recycling']);
  });

  it('lists as not recognised only words that could name a subject, not words of time or talk', () => {
    const unmatched = (text: string) => engine.matcher.concepts.match(text).unmatched;
    expect(unmatched('our parts have to come out right first time, during forming')).toEqual(['parts', 'forming']);
    expect(unmatched('we zoeken eerst een veilige plek met luchtruim')).toEqual(['veilige', 'luchtruim']);
  });

  it('still reads compounds with a linking -en-, derived words and real compounds near a term', () => {
    expect(concepts('ons architectenbureau')).toContain('sector:sbi_71');
    expect(concepts('we werken aan circulariteit')).toContain('theme:circularity');
    // Real compounds one edit from another term are never corrected into it.
    expect(read('wij maken verfproducten').filter((h) => h.how === 'typo')).toEqual([]);
    expect(concepts('onze zaagmachine staat vaak stil')).not.toContain('theme:smart_farming');
  });

  it('takes a voiced plural for a word, but a z or v written for the s or f of a plural for a typo', () => {
    expect(concepts('de druivenoogst')).toEqual(['theme:smart_farming']);
    expect(read('we zoeken hulp bij het plaatwalzen')).toMatchObject([{ term: 'plaatwalsen', how: 'typo' }]);
    expect(concepts('wij doen de fabricatie van metalen onderdelen')).not.toContain('sector:sbi_13');
  });

  it('keeps words of time and people as the start of a phrase', () => {
    expect(concepts('we besparen veel tijd met een cobot')).toContain('need:efficiency');
    expect(concepts('wij kweken groenten onder glas')).toContain('theme:horticulture');
  });

  it('reads no compound where the rest is no word or the head is only a verb ending', () => {
    // "in|p|akker" (a field), "sleu|telen" and "kan|telen" (growing), "groe|peren" (pears).
    expect(concepts('de inpakker is ziek')).toEqual([]);
    expect(concepts('we sleutelen zelf aan de machines')).not.toContain('theme:horticulture');
    expect(concepts('de pallets kantelen')).not.toContain('theme:horticulture');
    expect(concepts('we groeperen de orders')).not.toContain('theme:horticulture');
  });

  it('never "corrects" a real Dutch or English word into a theme', () => {
    for (const text of ['opties', 'we weten het niet', 'options', 'knowing', 'machines']) {
      expect(
        read(text).filter((h) => h.how === 'typo'),
        text,
      ).toEqual([]);
    }
    expect(concepts('we willen opties bekijken')).not.toContain('theme:optics_photonics');
    expect(concepts('we weten niet hoe')).not.toContain('theme:chain_integration');
  });

  it('takes a consonant and a bare -n for a typo, not a word form', () => {
    // "kostn" is no form of "kost": the compound is misspelt, and corrected as a guess.
    expect(read('onze energiekostn zijn hoog')).toMatchObject([{ concept: 'need:energy_costs', how: 'typo' }]);
  });

  it('corrects words that are no words, and marks them as a guess', () => {
    expect(read('predictiv maintanence')).toEqual([
      {
        concept: 'theme:smart_maintenance',
        words: 'predictiv maintanence',
        term: 'predictive maintenance',
        how: 'typo',
      },
    ]);
    expect(read('inspektie')[0]).toMatchObject({ concept: 'theme:inspection_quality', how: 'typo' });
    expect(read('automatisring')[0]).toMatchObject({ concept: 'theme:automation', how: 'typo' });
  });

  it('takes an SBI code or its words in the sector field', () => {
    for (const sector of [
      '25',
      '2562',
      '25.62',
      'SBI 25.62.1',
      'vervaardiging van producten van metaal',
      'metaalbewerking',
    ]) {
      expect(
        read(sector, ['sector']).map((h) => h.concept),
        sector,
      ).toEqual(['sector:sbi_25']);
    }
    expect(read('10', ['sector']).map((h) => h.concept)).toEqual(['sector:sbi_10']);
    // In a question a number is a count, unless it follows "SBI".
    expect(concepts('we zijn met 25 man en maken 500 stuks per dag')).toEqual([]);
    expect(concepts('onze SBI-code is 25.62')).toContain('sector:sbi_25');
    // A mussel farm is aquaculture, not a plant nursery ("kwekerij").
    for (const sector of ['mosselkwekerij', 'oesterkweker', 'mussel farm'])
      expect(
        read(sector, ['sector']).map((h) => h.concept),
        sector,
      ).toEqual(['sector:sbi_03']);
  });

  it('reads what a company makes as its sector, and waste it wants to cut as a need, not a sector', () => {
    expect(concepts('we maken plaatwerk voor de bouw')).toContain('sector:sbi_25');
    expect(concepts('kleine meubelmakerij in de Achterhoek')).toContain('sector:sbi_31');
    for (const need of [
      'minder zaagafval in onze meubelmakerij',
      'we willen minder afval',
      'we produce too much waste',
    ])
      expect(concepts(need), need).not.toContain('sector:sbi_38');
    expect(concepts('wij zijn een recyclingbedrijf')).toContain('sector:sbi_38');
  });
});

describe('reading Dutch sentence structure', () => {
  it('joins a separable verb only into a real word that is a term', () => {
    expect(read('we schalen de productie op')).toContainEqual(
      expect.objectContaining({ concept: 'need:growth', words: 'schalen op' }),
    );
    expect(concepts('we werken samen met een hogeschool')).toContain('need:collaborate');
    expect(concepts('we leiden onze mensen zelf op')).toContain('need:skills_gap');
    // "op de vloer" closes nothing: no "opleiden" here.
    expect(concepts('we leiden mensen op de vloer')).toEqual([]);
    // A conjunction starts the next clause, so the particle before it closes the verb.
    expect(concepts('hoe schalen we dat op en waar vinden we technici?')).toEqual(
      expect.arrayContaining(['need:growth', 'need:staff_shortage']),
    );
    expect(concepts('we leiden mensen op maar ze vertrekken weer')).toContain('need:skills_gap');
  });

  it('reads a past participle as the verb it comes from', () => {
    expect(read('alles wordt nog met de hand gelast')).toContainEqual(
      expect.objectContaining({ concept: 'theme:welding', words: 'gelast' }),
    );
    expect(concepts('onze mensen zijn er niet voor opgeleid')).toContain('need:skills_gap');
  });

  it('joins a particle, "te" and a verb into the verb it makes', () => {
    expect(read('we zoeken een plek om de installatie op te schalen')).toContainEqual(
      expect.objectContaining({ concept: 'need:growth', words: 'op te schalen' }),
    );
    expect(concepts('we zoeken een hogeschool om mee samen te werken')).toContain('need:collaborate');
  });

  it('reads a phrase of three words or more before its single words', () => {
    expect(concepts('ik heb geen idee waar ik moet beginnen')).toEqual(['need:where_to_start']);
    expect(concepts('we have no idea where to start')).toEqual(['need:where_to_start']);
  });

  it('never lets a phrase with words in between swallow a phrase or a word that means something of its own', () => {
    // "looking for a (German) partner": "German partner" is read, not passed over as filler.
    expect(concepts('we are looking for a German partner for our welding robots')).toContain('need:germany');
    expect(concepts('we zoeken een Duitse partner')).toContain('need:germany');
    // Filler between the words still is skipped: "staat (heel vaak) stil".
    expect(concepts('de machine staat heel vaak stil')).toContain('need:downtime');
  });

  it('writes out Dutch contractions, which are no words of their own', () => {
    const r = engine.matcher.concepts.match("zo'n robot, is dat iets voor m'n bedrijf of 't magazijn?");
    expect(r.hits.map((h) => h.concept)).toContain('theme:robotics');
    expect(r.unmatched).not.toContain('zon');
    expect(r.unmatched).not.toContain('mn');
  });

  it('leaves function words out of what is searched in the text', () => {
    const r = engine.matcher.concepts.match('elke dag weer opnieuw in de kantine, dus misschien toch iets doen');
    expect(r.unmatched).toEqual(['kantine']);
  });

  it('reads long delivery times as planning, and collaborating as a kind of help', () => {
    expect(concepts('de levertijd is te lang')).toEqual(['need:planning_stock']);
    expect(concepts('our lead times are too long')).toContain('need:planning_stock');
    expect(concepts('we want to collaborate')).toEqual(['need:collaborate']);
    const units = engine.matcher.graph.entry('need:collaborate')?.leadsTo ?? [];
    expect(units.every((u) => u.startsWith('offer:'))).toBe(true);
  });
});

describe('ordinary verbs', () => {
  it('reads "bouwen" alone as making something, not as construction, but keeps building phrases', () => {
    expect(concepts('wij bouwen productielijnen voor klanten')).not.toContain('theme:construction_tech');
    expect(concepts('we willen karretjes bouwen')).not.toContain('sector:sbi_41');
    expect(concepts('we willen modulair bouwen')).toContain('theme:construction_tech');
    expect(concepts('de bouw')).toContain('theme:construction_tech');
  });

  it('reads sharing knowledge and innovating together as kinds of help', () => {
    expect(concepts('met andere bedrijven kennis delen')).toContain('offer:network');
    expect(concepts('samen innoveren')).toEqual(['need:collaborate']);
    expect(concepts('we hebben geen eigen productielijn')).toContain('need:scale_up_production');
  });
});

describe('everyday wordings of situations the vocabulary knows', () => {
  it.each([
    ["samen met collega's ons productieproces vernieuwen", ['need:find_partners', 'need:process_renewal']],
    ['stroom en warmte zijn duur', ['need:energy_costs']],
    ['we want to electrify our ovens', ['need:electrify_heat']],
    ['slecht bereik op het land', ['need:poor_connection']],
    ['jongeren kiezen niet voor techniek', ['need:technical_education']],
    ['we willen innoveren', ['need:innovate']],
    // A production line is not a product line: it is the way things are made.
    ['we want to set up a new production line', ['need:process_renewal']],
    ['we kopen een nieuwe productielijn', ['need:process_renewal']],
    ['the wifi keeps dropping in the hall', ['need:poor_connection']],
  ])('reads "%s" as %j', (text, expected) => {
    expect(concepts(text)).toEqual(expected);
  });

  it("says which of the owner's words it read", () => {
    expect(read('de hele dag typen we orders over')).toEqual([
      expect.objectContaining({ concept: 'need:order_handling', words: 'typen we orders over' }),
    ]);
    expect(read('we willen vocht en temperatuur meten')).toContainEqual(
      expect.objectContaining({ concept: 'theme:sensors_iot' }),
    );
    expect(read('we willen op te schalen van pilot naar demo').map((h) => h.concept)).toEqual(
      expect.arrayContaining(['need:scale_up_production', 'need:growth']),
    );
  });

  it('reads past tenses and other persons of the same situation', () => {
    expect(read('onze machine is gisteren uitgevallen')).toContainEqual(
      expect.objectContaining({ concept: 'need:downtime', how: 'exact' }),
    );
    expect(concepts('de machine viel drie keer uit')).toEqual(['need:downtime']);
    expect(concepts('ik stook veel gas')).toContain('need:energy_costs');
    expect(concepts('we need to train our operators')).toEqual(['need:skills_gap']);
    expect(concepts('we hebben moeite om goede mensen te vinden')).toEqual(['need:staff_shortage']);
  });

  it('reads a verb split by "te" where the joined verb alone is no term', () => {
    // The matcher joins "op te leiden" into opleiden itself; phrases of their own are needed only where
    // the term is a phrase ("warmte terugwinnen") or the joined word is not in the word list (overtypen).
    expect(concepts('we zoeken een manier om mensen op te leiden')).toContain('need:skills_gap');
    expect(concepts('het kost veel tijd om alle orders over te typen')).toEqual(['need:order_handling']);
    expect(concepts('we willen warmte terug te winnen uit de koeling')).toEqual(['theme:energy_efficiency']);
    expect(concepts('we willen de machines uit te lezen')).toEqual(['need:no_insight']);
    // "In te voeren" alone is to introduce something, not to type orders in.
    expect(concepts('we willen een nieuw erp in te voeren')).not.toContain('need:order_handling');
  });

  it('reads English everyday wordings', () => {
    expect(concepts('our packaging machine keeps jamming')).toEqual(
      expect.arrayContaining(['need:packaging_line', 'need:downtime']),
    );
    expect(concepts('we have no idea what our machines are doing')).toEqual(['need:no_insight']);
    expect(concepts('it is hard to get young people into technology')).toEqual(['need:technical_education']);
    expect(concepts('the part is no longer made')).toEqual(['need:spare_parts']);
    // "By hand" alone says how, not what: planning by hand is no assembly line.
    expect(concepts('we plannen alles handmatig')).not.toContain('need:manual_assembly');
  });

  it('reads subjects named in plain words as their themes', () => {
    expect(concepts('we willen zelf stroom opwekken')).toEqual(['theme:energy_transition']);
    expect(concepts('we willen onze producten lichter maken')).toEqual(['theme:composites']);
    expect(concepts('onze boten worden met de hand gelamineerd')).toEqual(
      expect.arrayContaining(['theme:composites', 'theme:maritime_tech']),
    );
    // Making the work lighter is about the body, not about lightweight materials.
    expect(concepts('we willen het werk lichter maken voor ons personeel')).toEqual(['need:heavy_work']);
    expect(concepts('we want to reuse waste heat')).toContain('theme:energy_efficiency');
    expect(concepts('we willen onze vrachtwagens elektrisch maken')).not.toContain('need:electrify_heat');
    // A company that calls itself a specialist is not looking for one.
    expect(concepts('wij zijn specialist in plaatwerk')).toEqual(['theme:sheet_metal', 'sector:sbi_25']);
    expect(concepts('we zoeken een expert in composieten')).toContain('need:knowledge_partner');
  });

  it('reads renewing in general as a wish without a direction, and renewing the production process as a specific one', () => {
    const vague = engine.run({ place: 'Tilburg', need: 'we willen innoveren' });
    expect(vague.query.concepts.map((h) => h.concept)).toEqual(['need:innovate']);
    expect(vague.nothingSpecific).toBe(true);
    const specific = engine.run({ place: 'Tilburg', need: 'we willen ons productieproces vernieuwen' });
    expect(specific.nothingSpecific).toBe(false);
  });

  it('keeps ordinary sentences with the same words out of those needs', () => {
    expect(concepts('we hebben veel energie in dit project gestoken')).not.toContain('need:energy_costs');
    expect(concepts('een lab op korte afstand van Zwolle')).not.toContain('need:remote_monitoring');
    expect(concepts('we ontwikkelen een sneltest voor een virus')).not.toContain('need:cyber_threat');
    expect(concepts('de marge van de meting is 0,1 mm')).not.toContain('need:cost_price');
    // A German university is still a school as a partner, and German.
    expect(concepts('we zoeken een Duitse hogeschool')).toEqual(['need:germany', 'need:school_partner']);
  });
});

describe('word forms that look alike but are other words', () => {
  it('does not read a short vowel as a long one: counting stock is no horticulture, lacquering no sheets', () => {
    expect(concepts('voorraad tellen kost veel tijd')).not.toContain('theme:horticulture');
    expect(concepts('we willen minder lakken')).toEqual(['theme:surfaces_coatings']);
    // Forms of one word still meet: "brandstoffen" is the plural of "brandstof".
    expect(vowelLengthDiffers('brandstoffen', 'brandstof')).toBe(false);
    expect(vowelLengthDiffers('tellen', 'telen')).toBe(true);
    // English doubles a consonant for other endings: "digitally" still comes from "digital".
    expect(vowelLengthDiffers('digitally', 'digitalize')).toBe(false);
  });

  it('reads steel parts as steel, not stables, and an adverb as no measuring', () => {
    // "stalen" (of steel) stems like "stal" (a stable) but is the adjective of "staal".
    expect(concepts('wij ontbramen stalen onderdelen met de hand')).toContain('theme:metals_metallurgy');
    expect(concepts('wij ontbramen stalen onderdelen met de hand')).not.toContain('theme:livestock');
    // "meteen" (right away) stems like "meten" (to measure).
    expect(concepts('zonder meteen het hele bedrijf om te gooien')).toEqual([]);
  });

  it.each([
    ['we willen leren hoe dat werkt', 'sector:sbi_15'],
    ['in addition we want faster delivery', 'theme:additive_manufacturing'],
    ['we freeze our products after baking', 'theme:precision_machining'],
    ['de interne communicatie loopt stroef', 'need:students_interns'],
    ['tell us what to do first', 'theme:horticulture'],
    ['hoe stel je zo iets in', 'theme:metals_metallurgy'],
    ['onze mensen zijn niet getraind', 'theme:mobility_vehicles'],
    ['we train new people on the job', 'theme:mobility_vehicles'],
    ['we need to meet new safety rules', 'theme:sensors_iot'],
  ])('reads "%s" without the look-alike %s', (text, wrong) => {
    expect(concepts(text)).not.toContain(wrong);
  });

  it('still reads training and inflected forms', () => {
    expect(concepts('onze mensen zijn niet getraind')).toContain('need:skills_gap');
    expect(concepts('our staff are not trained')).toContain('need:skills_gap');
    expect(concepts('we doen veel inspecties')).toContain('theme:inspection_quality');
  });

  it('reads growing under glass as horticulture, not a glass maker', () => {
    const sector = read('teelt van groenten onder glas', ['sector']).map((h) => h.concept);
    expect(sector).toEqual(['sector:sbi_01']);
  });

  it('reads slow uploads as a connection problem and workshop space as shared facilities', () => {
    expect(concepts('uploaden duurt uren, we zoeken een snellere verbinding')).toContain('need:poor_connection');
    // A connection between systems is integration, no coverage problem.
    expect(concepts('een betere verbinding tussen ons ERP en de webshop')).not.toContain('need:poor_connection');
    expect(concepts('a better connection with our customers')).not.toContain('need:poor_connection');
    expect(concepts('we need extra hands and workshop space to build prototypes')).not.toContain('offer:training');
    expect(concepts('we need extra hands and workshop space to build prototypes')).toContain('offer:shared_facilities');
  });

  it('reads a press shop as sheet metal work, in Dutch and English', () => {
    expect(concepts('de pers valt vaak uit')).toEqual(['theme:sheet_metal', 'need:downtime']);
    expect(concepts('our stamping press keeps breaking down')).toEqual(
      expect.arrayContaining(['theme:sheet_metal', 'need:downtime']),
    );
  });
});

describe('the verb first, as a Dutch main clause says it', () => {
  it.each([
    ['wij controleren alles visueel', 'need:visual_inspection'],
    ['een medewerker controleert elk product visueel', 'need:visual_inspection'],
    ['we missen de kennis', 'need:skills_gap'],
  ])('reads "%s" as %s', (text, need) => {
    expect(concepts(text)).toContain(need);
  });

  it('does not join a verb to a word past another subject in between, nor across a clause', () => {
    expect(concepts('wij controleren de lasrobot visueel')).not.toContain('need:visual_inspection');
    expect(concepts('we controleren veel, maar visueel is het niet')).not.toContain('need:visual_inspection');
  });
});
