import { describe, expect, it } from 'vitest';
import { article, organizationJsonLd, placeJsonLd, serializeJsonLd, type JsonLd } from '../../src/lib/structured-data';
import { fixtureDirectory, fixtureSite } from '../support/directory-fixture';

const directory = fixtureDirectory();
const organisme = (id: string) => directory.organisme(id)!;

/** Paths of fields that are empty: JSON-LD must leave unknown fields out instead. */
function emptyFields(value: unknown, path = ''): string[] {
  if (value === undefined || value === null || value === '') return [path];
  if (Array.isArray(value)) return value.length === 0 ? [path] : value.flatMap((item, index) => emptyFields(item, `${path}/${index}`));
  if (typeof value === 'object') return Object.entries(value).flatMap(([key, item]) => emptyFields(item, `${path}/${key}`));
  return [];
}

describe('JSON-LD of a profile', () => {
  const ngo = organizationJsonLd(fixtureSite, organisme('organisme-exemple'), directory) as JsonLd & Record<string, any>;

  it('types the organisation by its sector', () => {
    expect(ngo['@type']).toBe('NGO');
    expect(organizationJsonLd(fixtureSite, organisme('service-public-exemple'), directory)['@type']).toBe('GovernmentOrganization');
  });

  it('gives its address, E.164 phones, areas served and services as offers', () => {
    expect(ngo).toMatchObject({
      '@context': 'https://schema.org',
      name: 'Organisme d’exemple',
      alternateName: 'Organisme d’exemple inc.',
      url: 'https://exemple.org',
      mainEntityOfPage: 'https://exemple.test/tlpj/organismes/organisme-exemple/',
      telephone: '+14185551234',
      faxNumber: '+14185559999',
      address: { '@type': 'PostalAddress', streetAddress: '2505, rue Saint-Hubert, bureau 200', addressLocality: 'Jonquière', postalCode: 'G7X 7W2', addressCountry: 'CA' },
      location: { '@type': 'Place', geo: { '@type': 'GeoCoordinates', latitude: 48.42, longitude: -71.25 } },
    });
    expect(ngo.areaServed.map((place: JsonLd) => place.name)).toEqual(['Jonquière', 'Larouche']);
    const [free, paying] = ngo.makesOffer;
    expect(free).toMatchObject({ '@type': 'Offer', price: '0', priceCurrency: 'CAD', itemOffered: { '@type': 'Service', name: 'Dépannage alimentaire', serviceType: 'Alimentation' } });
    expect(free.itemOffered.hoursAvailable).toMatchObject({ dayOfWeek: ['https://schema.org/Monday', 'https://schema.org/Tuesday', 'https://schema.org/Wednesday'], opens: '09:00', closes: '16:30' });
    // A paying service's price is unknown: no price at all rather than a guess.
    expect(paying).not.toHaveProperty('price');
    expect(paying.description).toBe('5 $ par rencontre');
  });

  it('leaves out every unknown field instead of writing it empty', () => {
    const sparse = organizationJsonLd(fixtureSite, organisme('service-public-exemple'), directory);
    expect(emptyFields(ngo)).toEqual([]);
    expect(emptyFields(sparse)).toEqual([]);
    // Membership is no longer assumed: a profile that does not state it is no memberOf.
    expect(Object.keys(sparse).sort()).toEqual(['@context', '@id', '@type', 'areaServed', 'mainEntityOfPage', 'name']);
  });
});

describe('other JSON-LD', () => {
  it('describes a municipality as a Place with its coordinates', () => {
    expect(placeJsonLd(fixtureSite, directory.territoire('larouche')!)).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Place',
      '@id': 'https://exemple.test/tlpj/territoire/larouche/#lieu',
      name: 'Larouche',
      url: 'https://exemple.test/tlpj/territoire/larouche/',
      geo: { '@type': 'GeoCoordinates', latitude: 48.42, longitude: -71.25 },
    });
  });

  it('builds an Article with only what is known', () => {
    const known = article(fixtureSite, { headline: 'Un préjugé', path: '/prejuges/un-prejuge/', datePublished: new Date('2026-11-29T12:00:00Z') });
    expect(known).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Article',
      headline: 'Un préjugé',
      url: 'https://exemple.test/tlpj/prejuges/un-prejuge/',
      mainEntityOfPage: 'https://exemple.test/tlpj/prejuges/un-prejuge/',
      inLanguage: 'fr-CA',
      datePublished: '2026-11-29',
      publisher: { '@type': 'Organization', '@id': 'https://exemple.test/tlpj/#table', name: 'Table d’exemple', url: 'https://exemple.test/tlpj/' },
    });
  });

  it('serialises so that no text can close the script element', () => {
    const json = serializeJsonLd({ name: '</script><script>alert(1)</script>' });
    expect(json).not.toContain('</script>');
    expect(JSON.parse(json)).toEqual({ name: '</script><script>alert(1)</script>' });
  });
});
