/**
 * The directory as open data in HSDS 3.0 (Human Services Data Specification, Open Referral), the format
 * 211 services and other directories read. Built from the directory model, never from the content files,
 * so the export says exactly what the pages say.
 *
 * Rules: an optional field the content does not know is left out; a field HSDS requires that the content
 * does not know (e.g. the postal code of an address) is an empty string, never a guess.
 * Ids are UUIDs derived from the content ids (version 5), so they are the same on every build.
 */
import { createHash } from 'node:crypto';
import datapackage from '../../schemas/hsds/datapackage.json' with { type: 'json' };
import { fr } from '../i18n/fr';
import type { Directory, DirectoryPlace, DirectoryService, Entry } from './directory';
import { formatPlage, formatStreet } from './format';
import { absoluteUrl, routes } from './routes';
import type { Categorie } from '../schemas/categorie';
import type { PlageHoraire } from '../schemas/horaire';
import { lastChecked, type Organisme, type Statut } from '../schemas/organisme';
import type { Telephone } from '../schemas/telephone';

export const HSDS_VERSION = '3.0';
/** No HSDS profile is used: the export follows the base specification. */
export const HSDS_PROFILE = 'https://docs.openreferral.org/en/latest/hsds/';

/** Namespace of every id of the export. Never change it: partners' systems keep the ids. */
export const HSDS_NAMESPACE = '3d1a8f0e-6c2b-5e4d-9a71-8b5f2c0e7d43';

function uuidBytes(uuid: string): Buffer {
  return Buffer.from(uuid.replace(/-/g, ''), 'hex');
}

/** RFC 9562 version 5 UUID: SHA-1 of the namespace and the name. */
export function uuidV5(name: string, namespace: string = HSDS_NAMESPACE): string {
  const hash = createHash('sha1').update(uuidBytes(namespace)).update(name, 'utf8').digest();
  const bytes = hash.subarray(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x50;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The id of an HSDS object, from its kind and its content key, e.g. `hsdsId('service', 'patro-camp-de-jour')`. */
export function hsdsId(kind: string, key: string): string {
  return uuidV5(`${kind}:${key}`);
}

export type HsdsRecord = { [field: string]: unknown };

/** Drops the fields left undefined (unknown), keeps everything else as is. */
function known<T extends HsdsRecord>(record: T): T {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined)) as T;
}

export interface HsdsSite {
  url: string;
  base: string;
}

/** The objects of the export, in their tabular form: one list of flat rows per HSDS table. */
export const HSDS_TABLES = [
  'organization',
  'service',
  'location',
  'address',
  'phone',
  'schedule',
  'service_area',
  'service_at_location',
  'language',
  'accessibility',
  'taxonomy',
  'taxonomy_term',
  'attribute',
] as const;
export type HsdsTable = (typeof HSDS_TABLES)[number];

export interface HsdsExport {
  index: { version: string; profile: string };
  /** Full organizations, with their phones and locations. */
  organizations: HsdsRecord[];
  /** Full services, with everything HSDS can nest in a service. */
  services: HsdsRecord[];
  tables: Record<HsdsTable, HsdsRecord[]>;
}

const STATUS: Record<Statut, string> = {
  actif: 'active',
  'ferme-temporairement': 'temporarily closed',
  ferme: 'defunct',
};

/** RFC 6350 phone types, as HSDS asks. */
const PHONE_TYPES: Record<Telephone['type'], string> = {
  principal: 'voice',
  'sans-frais': 'voice',
  texto: 'text',
  telecopieur: 'fax',
  autre: 'voice',
};

const BYDAY = { lundi: 'MO', mardi: 'TU', mercredi: 'WE', jeudi: 'TH', vendredi: 'FR', samedi: 'SA', dimanche: 'SU' } as const;

/** Fields of one object that are nested lists or objects, hence not columns of its CSV file. */
function scalarFields(record: HsdsRecord): HsdsRecord {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value === null || typeof value !== 'object'));
}

export function buildHsds(directory: Directory, site: HsdsSite): HsdsExport {
  const url = (path: string) => absoluteUrl(path, site.url, site.base);
  const tables = Object.fromEntries(HSDS_TABLES.map((table) => [table, [] as HsdsRecord[]])) as Record<HsdsTable, HsdsRecord[]>;
  const add = <T extends HsdsRecord>(table: HsdsTable, record: T): T => {
    tables[table].push(scalarFields(record));
    return record;
  };

  const taxonomy = add(
    'taxonomy',
    known({
      id: hsdsId('taxonomy', 'besoins'),
      name: fr.donnees.taxonomyName,
      description: fr.donnees.taxonomyDescription,
      uri: url(routes.organismes()),
    }),
  );
  const termOf = new Map<string, HsdsRecord>();
  for (const categorie of directory.categories) termOf.set(categorie.id, add('taxonomy_term', taxonomyTerm(categorie)));

  function taxonomyTerm(categorie: Entry<Categorie>): HsdsRecord {
    return known({
      id: hsdsId('taxonomy_term', categorie.id),
      code: categorie.id,
      name: categorie.data.nom,
      description: categorie.data.description,
      taxonomy: taxonomy.name,
      language: 'fr',
      taxonomy_id: taxonomy.id,
      term_uri: url(routes.categorie(categorie.id)),
    });
  }

  function phoneRecords(telephones: readonly Telephone[], owner: { service_id?: string; organization_id?: string }): HsdsRecord[] {
    const ownerKey = owner.service_id ?? owner.organization_id ?? '';
    const seen = new Set<string>();
    return telephones.flatMap((phone) => {
      const key = `${ownerKey}:${phone.numero}:${phone.poste ?? ''}:${phone.type}`;
      if (seen.has(key)) return [];
      seen.add(key);
      return [
        add(
          'phone',
          known({
            id: hsdsId('phone', key),
            ...owner,
            number: phone.numero,
            extension: phone.poste === undefined ? undefined : Number(phone.poste),
            type: PHONE_TYPES[phone.type],
            description: phone.description ?? (phone.type === 'principal' ? undefined : fr.profile.phoneKinds[phone.type]),
          }),
        ),
      ];
    });
  }

  const locationOf = new Map<string, HsdsRecord>();
  function location(place: DirectoryPlace): HsdsRecord {
    const id = hsdsId('location', place.id);
    const { lieu } = place;
    const address = add(
      'address',
      known({
        id: hsdsId('address', place.id),
        location_id: id,
        address_1: formatStreet(lieu.adresse),
        city: lieu.adresse.ville,
        region: lieu.adresse.secteur,
        state_province: lieu.adresse.province,
        postal_code: lieu.adresse.code_postal ?? '',
        // The territory lies in Québec: every address of the directory is Canadian.
        country: 'CA',
        address_type: 'physical',
      }),
    );
    const accessibility = lieu.accessibilite
      ? [add('accessibility', { id: hsdsId('accessibility', place.id), location_id: id, description: lieu.accessibilite })]
      : [];
    return add(
      'location',
      known({
        id,
        location_type: 'physical',
        organization_id: hsdsId('organization', place.organisme.id),
        name: lieu.nom,
        description: lieu.note,
        latitude: place.coordonnees?.lat,
        longitude: place.coordonnees?.lng,
        addresses: [address],
        accessibility,
      }),
    );
  }
  for (const place of directory.places) locationOf.set(place.id, location(place));

  function organizationSummary(organisme: Entry<Organisme>): HsdsRecord {
    const { data } = organisme;
    return known({
      id: hsdsId('organization', organisme.id),
      name: data.nom,
      alternate_name: data.nom_officiel && data.nom_officiel !== data.nom ? data.nom_officiel : data.sigle,
      description: data.resume ?? organisme.body?.trim() ?? '',
      email: data.courriel,
      website: data.site_web,
      uri: url(routes.organisme(organisme.id)),
    });
  }

  const organizations = directory.organismes.map((organisme) => {
    const summary = add('organization', organizationSummary(organisme));
    return {
      ...summary,
      phones: phoneRecords(organisme.data.telephones, { organization_id: summary.id as string }),
      locations: directory.placesOf(organisme.id).map((place) => locationOf.get(place.id)),
    };
  });

  function schedules(item: DirectoryService, serviceId: string): HsdsRecord[] {
    const { horaires, note_horaires: note } = item.service;
    const weekly = horaires.map((plage: PlageHoraire, index) =>
      add(
        'schedule',
        known({
          id: hsdsId('schedule', `${item.id}:${index}`),
          service_id: serviceId,
          freq: 'WEEKLY',
          wkst: 'MO',
          byday: plage.jours.map((jour) => BYDAY[jour]).join(','),
          opens_at: plage.ouverture,
          closes_at: plage.fermeture,
          description: formatPlage(plage),
          notes: note,
        }),
      ),
    );
    if (weekly.length > 0 || !note) return weekly;
    return [add('schedule', { id: hsdsId('schedule', `${item.id}:note`), service_id: serviceId, description: note })];
  }

  const services = directory.services.map((item) => {
    const { service, organisme } = item;
    const id = hsdsId('service', item.id);
    const fees = item.gratuit === true ? fr.profile.free : item.gratuit === false ? fr.profile.notFree : undefined;
    const summary = add(
      'service',
      known({
        id,
        organization_id: hsdsId('organization', organisme.id),
        name: service.nom,
        description: service.description,
        url: url(routes.service(organisme.id, service.id)),
        // HSDS 3.0 requires `status` and has no « unknown » (active, inactive, defunct, temporarily closed).
        // With no source on its current activity, « active » would vouch that it runs, « defunct » and
        // « temporarily closed » would claim a closure: « inactive » (not known to be offered now) is the
        // one value that asserts no event, and the alert says plainly that the activity is to be confirmed.
        status: organisme.data.statut === undefined ? 'inactive' : STATUS[organisme.data.statut],
        alert: organisme.data.statut === undefined ? fr.truth.status.unknown : organisme.data.note_statut,
        application_process: service.acces.length > 0 ? fr.format.list(service.acces.map((mode) => fr.profile.acces[mode])) : undefined,
        fees_description: [fees, service.cout?.details].filter(Boolean).join(' — ') || undefined,
        eligibility_description: service.admissibilite,
        last_modified: lastChecked(organisme.data).toISOString(),
      }),
    );
    const serviceAtLocations = organisme.data.lieux
      .filter((lieu) => service.lieux.includes(lieu.id))
      .map((lieu) => {
        const placeId = `${organisme.id}--${lieu.id}`;
        const link = add('service_at_location', {
          id: hsdsId('service_at_location', `${item.id}@${placeId}`),
          service_id: id,
          location_id: hsdsId('location', placeId),
        });
        return { ...link, location: locationOf.get(placeId) };
      });
    return {
      ...summary,
      phones: phoneRecords(item.telephones, { service_id: id }),
      schedules: schedules(item, id),
      service_areas: item.territoires
        .map((territoireId) => directory.territoire(territoireId))
        .filter((territoire) => territoire !== undefined)
        .map((territoire) =>
          add(
            'service_area',
            known({
              id: hsdsId('service_area', `${item.id}:${territoire.id}`),
              service_id: id,
              name: territoire.data.nom,
              description: territoire.data.type,
              uri: url(routes.territoire(territoire.id)),
            }),
          ),
        ),
      service_at_locations: serviceAtLocations,
      languages: service.langues.map((code) =>
        add(
          'language',
          known({ id: hsdsId('language', `${item.id}:${code}`), service_id: id, name: fr.profile.languageNames[code], code }),
        ),
      ),
      organization: organizationSummary(organisme),
      attributes: item.categories.map((categorie) => {
        const term = termOf.get(categorie.id)!;
        const attribute = add('attribute', {
          id: hsdsId('attribute', `${item.id}:${categorie.id}`),
          link_id: id,
          taxonomy_term_id: term.id,
          link_entity: 'service',
        });
        return { ...attribute, taxonomy_term: { ...term, taxonomy_detail: taxonomy } };
      }),
    };
  });

  return { index: { version: HSDS_VERSION, profile: HSDS_PROFILE }, organizations, services, tables };
}

/** One page of an HSDS list endpoint holding the whole list (the export is small enough). */
export function hsdsPage<T>(contents: T[]): HsdsRecord {
  return {
    total_items: contents.length,
    total_pages: 1,
    page_number: 1,
    size: contents.length,
    first_page: true,
    last_page: true,
    empty: contents.length === 0,
    contents,
  };
}

/** The fields of a list endpoint's items: one-to-one fields only, as the HSDS API asks. */
export function listItem(record: HsdsRecord): HsdsRecord {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => !Array.isArray(value)));
}

interface DataPackageResource {
  name: string;
  path: string;
  schema: { primaryKey?: string; fields: { name: string; type: string; format?: string; constraints?: Record<string, unknown> }[] };
}

const RESOURCES = new Map((datapackage.resources as unknown as DataPackageResource[]).map((resource) => [resource.name, resource]));

function resourceOf(table: HsdsTable): DataPackageResource {
  const resource = RESOURCES.get(table);
  if (!resource) throw new Error(`Table HSDS inconnue dans schemas/hsds/datapackage.json : ${table}`);
  return resource;
}

/** File name of a table in the tabular export, as the specification names it (`services.csv`). */
export function csvFileName(table: HsdsTable): string {
  return resourceOf(table).path;
}

function csvCell(value: unknown): string {
  if (value === undefined || value === null) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A table as CSV (RFC 4180), with every column the specification defines, in its order. */
export function toCsv(table: HsdsTable, rows: readonly HsdsRecord[]): string {
  const columns = resourceOf(table).schema.fields.map((field) => field.name);
  const lines = [columns.join(','), ...rows.map((row) => columns.map((column) => csvCell(row[column])).join(','))];
  return `${lines.join('\r\n')}\r\n`;
}

export interface DataPackageOptions {
  title: string;
  description: string;
  homepage: string;
  licence: { name: string; url: string };
}

/** The Frictionless Data package describing the CSV files (field names, types, keys), for tools that read it. */
export function dataPackage(options: DataPackageOptions): HsdsRecord {
  return {
    name: 'tlpj-hsds',
    title: options.title,
    description: options.description,
    profile: 'tabular-data-package',
    version: HSDS_VERSION,
    homepage: options.homepage,
    licenses: [{ path: options.licence.url, title: options.licence.name }],
    resources: HSDS_TABLES.map((table) => {
      const resource = resourceOf(table);
      return {
        name: resource.name,
        path: resource.path,
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8',
        profile: 'tabular-data-resource',
        schema: {
          primaryKey: resource.schema.primaryKey,
          fields: resource.schema.fields.map(({ name, type, format, constraints }) => known({ name, type, format, constraints })),
        },
      };
    }),
  };
}

/**
 * Every file of the export, as its path under `/donnees/hsds/` and a function giving its text: the texts
 * are made one at a time, as each file is written, so those of a large directory are never all in memory.
 * The model is made when the first text is asked for, and let go once every text is made. A warm build, whose
 * export files are all reused, never makes it (9 s at 5,000 organisations), and a cold one does not hold it
 * (about 90 MB there) through the social images that follow, the build's memory peak (BENCHMARKS.md, eighth
 * session). `build` is for the tests.
 */
export function hsdsFiles(directory: Directory, site: HsdsSite, packageOptions: DataPackageOptions, build = buildHsds): [file: string, text: () => string][] {
  type Text = [string, (model: HsdsExport) => string];
  const files: Text[] = [
    ['index.json', (model) => JSON.stringify(model.index)],
    // Like the HSDS API's `/organizations` and `/services`: one page with every item, one-to-one fields only.
    ['organizations.json', (model) => JSON.stringify(hsdsPage(model.organizations.map(listItem)))],
    ['services.json', (model) => JSON.stringify(hsdsPage(model.services.map(listItem)))],
    ['services-complets.json', (model) => JSON.stringify(hsdsPage(model.services))],
    // Like the HSDS API's `/services/{id}`; the model has one service per service of the directory, in its order.
    ...directory.services.map((item, index): Text => [`services/${hsdsId('service', item.id)}.json`, (model) => JSON.stringify(model.services[index])]),
    ...HSDS_TABLES.map((table): Text => [`csv/${csvFileName(table)}`, (model) => toCsv(table, model.tables[table])]),
    ['csv/datapackage.json', () => JSON.stringify(dataPackage(packageOptions))],
  ];
  let model: HsdsExport | undefined;
  const unmade = new Set(files.map(([file]) => file));
  return files.map(([file, make]) => [
    file,
    () => {
      model ??= build(directory, site);
      const text = make(model);
      unmade.delete(file);
      if (unmade.size === 0) model = undefined;
      return text;
    },
  ]);
}
