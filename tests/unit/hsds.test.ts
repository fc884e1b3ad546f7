import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { buildHsds, csvFileName, dataPackage, hsdsFiles, hsdsId, HSDS_TABLES, listItem, toCsv, uuidV5, type HsdsExport, type HsdsRecord } from '../../src/lib/hsds';
import { fixtureDirectory, fixtureSite } from '../support/directory-fixture';
import { hsdsErrors } from '../support/hsds-schemas';

const hsds = buildHsds(fixtureDirectory(), fixtureSite);
const service = (id: string) => hsds.services.find((record) => record.id === hsdsId('service', id)) as HsdsRecord & Record<string, any>;

describe('HSDS ids', () => {
  it('computes RFC 9562 version 5 UUIDs', () => {
    // The RFC's own example: "www.example.com" in the DNS namespace.
    expect(uuidV5('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe('2ed6657d-e927-568b-95e1-2665a8aea6a2');
  });

  it('gives a content id the same UUID on every build, and a different one to another kind', () => {
    // Pinned (checked with Python's uuid.uuid5): a change would break every system that imported the data.
    expect(hsdsId('service', 'patro-camp-de-jour')).toBe(uuidV5('service:patro-camp-de-jour'));
    expect(hsdsId('organization', 'patro-de-jonquiere')).toBe('920cc2c5-6508-53b9-8ebc-d2fc26c6534a');
    expect(hsdsId('organization', 'x')).not.toBe(hsdsId('service', 'x'));
    expect(buildHsds(fixtureDirectory(), fixtureSite)).toEqual(hsds);
  });

  it('never gives two records of one table the same id', () => {
    for (const table of HSDS_TABLES) {
      const ids = hsds.tables[table].map((row) => row.id);
      expect(new Set(ids).size, table).toBe(ids.length);
    }
  });
});

describe('HSDS export of a complete directory', () => {
  it('validates every service, organization and list item against the HSDS schemas', () => {
    const errors = [
      ...hsds.services.flatMap((record) => hsdsErrors('service', record, `service ${String(record.name)}`)),
      ...hsds.organizations.flatMap((record) => hsdsErrors('organization', record, `organization ${String(record.name)}`)),
      ...hsds.services.flatMap((record) => hsdsErrors('compiled/service_list', listItem(record), `liste ${String(record.name)}`)),
      ...hsds.organizations.flatMap((record) => hsdsErrors('compiled/organization_list', listItem(record), `liste ${String(record.name)}`)),
    ];
    expect(errors).toEqual([]);
  });

  it('validates every row of every table against the schema of its object', () => {
    for (const table of HSDS_TABLES) {
      for (const row of hsds.tables[table]) expect(hsdsErrors(table, row, `${table} ${String(row.id)}`)).toEqual([]);
    }
  });

  it('names the field of a record that does not validate', () => {
    const bad = { ...service('exemple-depannage'), status: 'ouvert', phones: [{ id: 'pas-un-uuid', number: '418' }] };
    expect(hsdsErrors('service', bad, 'service')).toEqual([
      'service : /status — must be equal to one of the allowed values',
      'service : /phones/0/id — must match format "uuid"',
    ]);
  });

  it('maps a service with its organization, location, address, phone, schedule, languages, areas and need category', () => {
    const depannage = service('exemple-depannage');
    expect(depannage.organization.name).toBe('Organisme d’exemple');
    expect(depannage.status).toBe('active');
    expect(depannage.fees_description).toBe('Gratuit');
    expect(depannage.application_process).toBe('Sans rendez-vous et Par téléphone');
    expect(depannage.url).toBe('https://exemple.test/tlpj/organismes/organisme-exemple/#exemple-depannage');
    const [address] = depannage.service_at_locations[0].location.addresses;
    expect(address).toMatchObject({ address_1: '2505, rue Saint-Hubert, bureau 200', city: 'Jonquière', postal_code: 'G7X 7W2', country: 'CA' });
    expect(depannage.service_at_locations[0].location).toMatchObject({ latitude: 48.42, longitude: -71.25 });
    expect(depannage.phones).toEqual([expect.objectContaining({ number: '+14185551234', extension: 112, type: 'voice', description: 'Dépannage' })]);
    expect(depannage.schedules).toEqual([
      expect.objectContaining({ freq: 'WEEKLY', byday: 'MO,TU,WE', opens_at: '09:00', closes_at: '16:30', notes: 'Fermé pendant les Fêtes.' }),
    ]);
    expect(depannage.languages.map((language: HsdsRecord) => language.code)).toEqual(['fr', 'en']);
    expect(depannage.service_areas.map((area: HsdsRecord) => area.name)).toEqual(['Jonquière', 'Larouche']);
    expect(depannage.attributes[0].taxonomy_term).toMatchObject({ code: 'alimentation', name: 'Alimentation' });
    expect(depannage.attributes[0].taxonomy_term_id).toBe(hsdsId('taxonomy_term', 'alimentation'));
  });

  it('leaves unknown fields out, and marks a temporarily closed organisation’s services', () => {
    const logement = service('exemple-logement');
    expect(logement).not.toHaveProperty('description');
    expect(logement).not.toHaveProperty('eligibility_description');
    expect(logement.fees_description).toBe('Payant — 5 $ par rencontre');
    expect(logement.schedules).toEqual([expect.objectContaining({ description: 'Sur rendez-vous seulement.' })]);
    expect(logement.service_areas.map((area: HsdsRecord) => area.name)).toEqual(['Larouche']);
    const closed = hsds.organizations.find((record) => record.name === 'Service public d’exemple');
    expect(closed).toMatchObject({ description: '' });
    expect(closed).not.toHaveProperty('email');
  });
});

describe('HSDS export of an organisation whose activity no source states', () => {
  const accueil = service('inconnu-accueil');

  it('does not export its services as active, and says in the alert that the activity is to be confirmed', () => {
    expect(accueil.status).not.toBe('active');
    expect(accueil.status).toBe('inactive');
    expect(accueil.alert).toBe('Activité actuelle à confirmer : aucune source récente trouvée.');
    expect(hsds.tables.service.find((row) => row.id === accueil.id)).toMatchObject({ status: 'inactive', alert: accueil.alert });
  });

  it('still validates against the HSDS schemas, with no service area since none is known', () => {
    expect(hsdsErrors('service', accueil, 'service')).toEqual([]);
    expect(accueil.service_areas).toEqual([]);
  });
});

describe('tabular form', () => {
  it('writes every column of the specification, quoting what needs it', () => {
    const csv = toCsv('service', hsds.tables.service);
    const [header, ...rows] = csv.trimEnd().split('\r\n');
    expect(header?.split(',').slice(0, 4)).toEqual(['id', 'organization_id', 'program_id', 'name']);
    expect(rows).toHaveLength(3);
    const organizations = toCsv('organization', [{ id: 'x', name: 'A, "B"', description: 'ligne 1\nligne 2' }]);
    expect(organizations.split('\r\n')[1]).toBe('x,"A, ""B""",,"ligne 1\nligne 2",,,,,,,,,');
  });

  it('describes each CSV file in the data package, with the licence', () => {
    const pkg = dataPackage({ title: 't', description: 'd', homepage: 'https://exemple.test/', licence: { name: 'CC BY 4.0', url: 'https://l' } }) as any;
    expect(pkg.resources.map((resource: HsdsRecord) => resource.path)).toContain('services.csv');
    expect(pkg.resources).toHaveLength(HSDS_TABLES.length);
    expect(pkg.licenses).toEqual([{ path: 'https://l', title: 'CC BY 4.0' }]);
  });
});

describe('files of the export', () => {
  const packageOptions = { title: 'Titre', description: 'Description', homepage: 'https://exemple.org/donnees/', licence: { name: 'CC BY 4.0', url: 'https://exemple.org/licence' } };

  it('gives each file the text of its part of the model', () => {
    const texts = new Map(hsdsFiles(fixtureDirectory(), fixtureSite, packageOptions).map(([file, text]) => [file, text()]));
    const first = hsds.services[0]!;
    expect(JSON.parse(texts.get(`services/${String(first.id)}.json`)!)).toEqual(first);
    expect(JSON.parse(texts.get('services-complets.json')!).contents).toEqual(hsds.services);
    expect(texts.get(`csv/${csvFileName('service')}`)).toBe(toCsv('service', hsds.tables.service));
    expect([...texts.keys()].filter((file) => file.startsWith('services/'))).toHaveLength(hsds.services.length);
  });

  it('makes the model once, when a first text is asked for, and lets it go once every text is made', async () => {
    // A full garbage collection on demand, to see whether anything still holds the model.
    setFlagsFromString('--expose-gc');
    const collectGarbage = runInNewContext('gc') as () => void;
    const models: WeakRef<HsdsExport>[] = [];
    const files = hsdsFiles(fixtureDirectory(), fixtureSite, packageOptions, (directory, site) => {
      const model = buildHsds(directory, site);
      models.push(new WeakRef(model));
      return model;
    });
    const held = async () => {
      await new Promise((resolve) => setImmediate(resolve));
      collectGarbage();
      return models.map((model) => model.deref() !== undefined);
    };
    expect(models).toHaveLength(0);
    for (const [, text] of files.slice(1)) text();
    expect(await held()).toEqual([true]);
    files[0]![1]();
    expect(await held()).toEqual([false]);
  });
});
