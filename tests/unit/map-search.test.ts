import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content-check';
import { buildDirectory, type DirectoryInput } from '../../src/lib/directory';
import { isLocated, locatedPlaces, mapPlaceDetails, mapPlaces, mapPoints, mapPositions, matchesMapFilters } from '../../src/lib/map';
import { FREE_VALUE, needMetaKey, organismeFacets, territoireFacets } from '../../src/lib/search';

const root = join(import.meta.dirname, '../..');
const fixture = checkContent('tests/fixtures/carte', { root });
const directory = buildDirectory(fixture.content as unknown as DirectoryInput);
const ALL = ['jonquiere', 'lac-kenogami', 'saint-ambroise', 'begin', 'saint-charles-de-bourget', 'larouche'];

describe('fictional map content', () => {
  it('is valid, so the browser tests run on a site that builds', () => {
    expect(fixture.errors).toEqual([]);
  });
});

describe('map places', () => {
  const places = mapPlaces(directory);

  it('keeps every place, located or not, and puts only located ones in the data file', () => {
    expect(places.map((place) => place.id).sort()).toEqual([
      'organisme-fictif-a--local',
      'organisme-fictif-b--bureau',
      'organisme-fictif-c--comptoir',
      'organisme-fictif-d--bureau',
    ]);
    expect(places.filter(isLocated)).toHaveLength(3);
    expect(locatedPlaces(places).map((place) => place.id)).not.toContain('organisme-fictif-d--bureau');
  });

  it('writes the positions compactly, and reads them back as they were, in the order of the names file', () => {
    const located = locatedPlaces(places);
    expect(located.length).toBeGreaterThan(1);
    const positions = JSON.parse(JSON.stringify(mapPositions(located)));
    expect(mapPoints(positions)).toEqual(located.map(({ lat, lng, municipalites, besoins }) => ({ lat, lng, municipalites, besoins })));
    // Each municipality and need is written once, rows refer to it by its index.
    expect(new Set(positions.municipalites).size).toBe(positions.municipalites.length);
    expect(JSON.stringify(positions.places)).not.toContain('jonquiere');
    expect(mapPlaceDetails(located).map((place) => place.id)).toEqual(located.map((place) => place.id));
    expect(mapPlaceDetails(located)[0]).not.toHaveProperty('lat');
  });

  it('gives a whole-territory place every municipality, so a municipality filter keeps it', () => {
    const b = places.find((place) => place.id === 'organisme-fictif-b--bureau');
    expect(b?.municipalites.sort()).toEqual([...ALL].sort());
    expect(matchesMapFilters(b!, { municipalite: 'larouche', besoin: 'logement' })).toBe(true);
    expect(matchesMapFilters(b!, { besoin: 'alimentation' })).toBe(false);
  });

  it('carries the phone as written and as a dialable link, and the profile address', () => {
    const a = places.find((place) => place.id === 'organisme-fictif-a--local');
    expect(a?.telephone).toEqual({ label: '418 555-0101', href: 'tel:+14185550101' });
    expect(a?.url).toBe('/organismes/organisme-fictif-a/');
    expect(a?.adresse).toBe('100, rue Fictive, Jonquière (Québec)');
  });
});

describe('search facets', () => {
  it('gives a whole-territory partner every municipality filter and says so in its result', () => {
    const facets = organismeFacets(directory, 'organisme-fictif-b', { wholeTerritory: 'Tout le territoire', areaUnknown: 'à confirmer' });
    expect(facets.filters.municipalite.sort()).toEqual([...ALL].sort());
    expect(facets.meta.municipalite).toBe('Tout le territoire');
    expect(facets.meta[needMetaKey('logement')]).toBe('Recherche de logement fictive');
  });

  it('marks free services, and only them', () => {
    expect(organismeFacets(directory, 'organisme-fictif-a', { wholeTerritory: 'x', areaUnknown: 'y' }).filters.gratuit).toEqual([FREE_VALUE]);
    expect(organismeFacets(directory, 'organisme-fictif-c', { wholeTerritory: 'x', areaUnknown: 'y' }).filters.gratuit).toEqual([]);
    expect(organismeFacets(directory, 'organisme-fictif-a', { wholeTerritory: 'x', areaUnknown: 'y' }).meta.telephone).toBe('418 555-0101');
  });

  it('files a territory page under its own municipality', () => {
    expect(territoireFacets(directory, 'larouche')).toEqual({
      filters: { municipalite: ['larouche'], besoin: [], gratuit: [] },
      meta: { municipalite: 'Larouche' },
    });
  });
});
