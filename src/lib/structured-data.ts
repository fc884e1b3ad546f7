/**
 * Structured data (schema.org, JSON-LD) for search engines and other directories. Each builder takes what
 * the content says and nothing more: a field the content does not know is left out, never guessed or empty.
 * Pages render the result with `components/JsonLd.astro`.
 */
import { isClosed, type Directory, type DirectoryService, type Entry } from './directory';
import { formatStreet, isoDate } from './format';
import { absoluteUrl, routes } from './routes';
import type { PlageHoraire } from '../schemas/horaire';
import type { Adresse, Lieu } from '../schemas/lieu';
import type { Organisme, Secteur } from '../schemas/organisme';
import { PROJET_COMMUN } from '../schemas/provenance';
import type { Telephone } from '../schemas/telephone';
import type { Territoire } from '../schemas/territoire';

export type JsonLd = { [key: string]: unknown };

/** The part of the site configuration the builders need. */
export interface JsonLdSite {
  name: string;
  url: string;
  base: string;
  lang: string;
}

const CONTEXT = 'https://schema.org';

/** schema.org type of an organisation, by sector. Sectors without a precise type stay `Organization`. */
export const ORGANIZATION_TYPES: Record<Secteur, string> = {
  communautaire: 'NGO',
  'economie-sociale': 'Organization',
  public: 'GovernmentOrganization',
  education: 'EducationalOrganization',
  syndical: 'WorkersUnion',
  concertation: 'Organization',
};

const DAYS = {
  lundi: 'Monday',
  mardi: 'Tuesday',
  mercredi: 'Wednesday',
  jeudi: 'Thursday',
  vendredi: 'Friday',
  samedi: 'Saturday',
  dimanche: 'Sunday',
} as const;

function isEmpty(value: unknown): boolean {
  if (value === undefined || value === null || value === '') return true;
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === 'object' && !(value instanceof Date)) {
    return Object.keys(value).every((key) => key.startsWith('@'));
  }
  return false;
}

/**
 * Drops unknown fields (undefined, null, empty text, empty list, object with nothing but its type),
 * at every depth, and turns a one-item list into its item.
 */
export function compact<T>(value: T): T {
  if (Array.isArray(value)) {
    const items = value.map(compact).filter((item) => !isEmpty(item));
    return (items.length === 1 ? items[0] : items) as T;
  }
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    const entries = Object.entries(value)
      .map(([key, item]) => [key, compact(item)] as const)
      .filter(([, item]) => !isEmpty(item));
    return Object.fromEntries(entries) as T;
  }
  return value;
}

/** JSON for a `<script type="application/ld+json">`: `<` is escaped so no text can close the script. */
export function serializeJsonLd(data: JsonLd | JsonLd[]): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}

const urlOf = (site: JsonLdSite, path: string) => absoluteUrl(path, site.url, site.base);

/** The Table itself, publisher of the site. */
export function tableOrganization(site: JsonLdSite): JsonLd {
  return { '@type': 'Organization', '@id': `${urlOf(site, routes.home())}#table`, name: site.name, url: urlOf(site, routes.home()) };
}

export function postalAddress(adresse: Adresse): JsonLd {
  return compact({
    '@type': 'PostalAddress',
    streetAddress: formatStreet(adresse),
    addressLocality: adresse.ville,
    addressRegion: adresse.province,
    postalCode: adresse.code_postal,
    // The territory lies in Québec: every address of the directory is Canadian.
    addressCountry: 'CA',
  });
}

function placeOfLieu(lieu: Lieu): JsonLd {
  return compact({
    '@type': 'Place',
    name: lieu.nom,
    address: postalAddress(lieu.adresse),
    geo: lieu.coordonnees && { '@type': 'GeoCoordinates', latitude: lieu.coordonnees.lat, longitude: lieu.coordonnees.lng },
  });
}

function phones(telephones: readonly Telephone[]): { telephone: string[]; faxNumber: string[] } {
  return {
    telephone: telephones.filter((phone) => phone.type !== 'telecopieur' && phone.type !== 'texto').map((phone) => phone.numero),
    faxNumber: telephones.filter((phone) => phone.type === 'telecopieur').map((phone) => phone.numero),
  };
}

function territoireRef(site: JsonLdSite, territoire: Entry<Territoire>): JsonLd {
  return { '@type': 'Place', '@id': `${urlOf(site, routes.territoire(territoire.id))}#lieu`, name: territoire.data.nom };
}

function openingHours(plage: PlageHoraire): JsonLd {
  return {
    '@type': 'OpeningHoursSpecification',
    dayOfWeek: plage.jours.map((jour) => `https://schema.org/${DAYS[jour]}`),
    opens: plage.ouverture,
    closes: plage.fermeture,
  };
}

function serviceOffer(site: JsonLdSite, item: DirectoryService, directory: Directory): JsonLd {
  const { service } = item;
  const free = item.gratuit === true;
  return compact({
    '@type': 'Offer',
    // A free service has a known price; a paying one's price is unknown, so it has none.
    price: free ? '0' : undefined,
    priceCurrency: free ? 'CAD' : undefined,
    description: service.cout?.details,
    itemOffered: {
      '@type': 'Service',
      '@id': urlOf(site, routes.service(item.organisme.id, service.id)),
      name: service.nom,
      description: service.description,
      serviceType: item.categories.map((categorie) => categorie.data.nom),
      areaServed: item.territoires
        .map((id) => directory.territoire(id))
        .filter((territoire) => territoire !== undefined)
        .map((territoire) => territoireRef(site, territoire)),
      availableLanguage: service.langues,
      hoursAvailable: service.horaires.map(openingHours),
      availableChannel: service.telephones.map((phone) => ({
        '@type': 'ServiceChannel',
        servicePhone: { '@type': 'ContactPoint', telephone: phone.numero, description: phone.description },
      })),
    },
  });
}

/** A partner's profile: Organization, NGO or GovernmentOrganization…, with its services as offers. */
export function organizationJsonLd(site: JsonLdSite, organisme: Entry<Organisme>, directory: Directory): JsonLd {
  const { data } = organisme;
  const page = urlOf(site, routes.organisme(organisme.id));
  const alternateNames = [data.nom_officiel, data.sigle].filter((name) => name !== undefined && name !== data.nom);
  return compact({
    '@context': CONTEXT,
    '@type': ORGANIZATION_TYPES[data.secteur],
    '@id': `${page}#organisme`,
    name: data.nom,
    alternateName: alternateNames,
    description: data.resume,
    url: data.site_web,
    mainEntityOfPage: page,
    email: data.courriel,
    ...phones(data.telephones),
    address: data.lieux.map((lieu) => postalAddress(lieu.adresse)),
    location: data.lieux.filter((lieu) => lieu.coordonnees).map(placeOfLieu),
    areaServed: directory.territoiresOf(organisme.id).map((territoire) => territoireRef(site, territoire)),
    // schema.org's memberOf has no period: a membership known only from the 2013-2015 list would read as current.
    memberOf: data.membre_tlpj && !isClosed(data) && data.membre_tlpj.source !== PROJET_COMMUN ? tableOrganization(site) : undefined,
    makesOffer: directory.servicesOf(organisme.id).map((item) => serviceOffer(site, item, directory)),
  });
}

/** A municipality of the territory. */
export function placeJsonLd(site: JsonLdSite, territoire: Entry<Territoire>): JsonLd {
  const page = urlOf(site, routes.territoire(territoire.id));
  const { data } = territoire;
  return compact({
    '@context': CONTEXT,
    '@type': 'Place',
    '@id': `${page}#lieu`,
    name: data.nom,
    description: data.description,
    url: page,
    geo: { '@type': 'GeoCoordinates', latitude: data.centre.lat, longitude: data.centre.lng },
  });
}

export interface ArticleInput {
  headline: string;
  description?: string;
  /** Site path of the article, without base. */
  path: string;
  datePublished?: Date;
  dateModified?: Date;
  /** Only when the content names its author. */
  author?: { type: 'Person' | 'Organization'; name: string };
  /** Absolute address of an image of the article. */
  image?: string;
}

/** A myth answered, a story told, a news item: an Article published by the Table. */
export function article(site: JsonLdSite, input: ArticleInput): JsonLd {
  const page = urlOf(site, input.path);
  return compact({
    '@context': CONTEXT,
    '@type': 'Article',
    headline: input.headline,
    description: input.description,
    url: page,
    mainEntityOfPage: page,
    inLanguage: site.lang,
    datePublished: input.datePublished && isoDate(input.datePublished),
    dateModified: input.dateModified && isoDate(input.dateModified),
    author: input.author && { '@type': input.author.type, name: input.author.name },
    image: input.image,
    publisher: tableOrganization(site),
  });
}
