import { describe, expect, it } from 'vitest';
import { formatAddress, formatDate, formatDays, formatList, formatNumber, formatPlage, formatTime, isAddressComplete } from '../../src/lib/format';

const NBSP = '\u00a0';

describe('OQLF formats', () => {
  it('writes a complete address on one line with two spaces before the postal code', () => {
    const adresse = { numero: '2505', rue: 'rue Saint-Hubert', ville: 'Jonquière', province: 'Québec', code_postal: 'G7X 7W2' };
    expect(formatAddress(adresse)).toBe(`2505, rue Saint-Hubert, Jonquière (Québec)${NBSP} G7X 7W2`);
    expect(isAddressComplete(adresse)).toBe(true);
  });

  it('writes a partial address without inventing what is missing', () => {
    const adresse = { rue: 'rue Sainte-Famille', ville: 'Jonquière', secteur: 'Kénogami', province: 'Québec' };
    expect(formatAddress(adresse)).toBe('rue Sainte-Famille, Jonquière (secteur Kénogami) (Québec)');
    expect(isAddressComplete(adresse)).toBe(false);
    expect(formatAddress({ ville: 'Larouche', province: 'Québec' })).toBe('Larouche (Québec)');
  });

  it('writes dates, numbers and times in Québec French', () => {
    expect(formatDate(new Date('2026-11-29T12:00:00Z'))).toBe('29 novembre 2026');
    expect(formatNumber(60579).replace(/\s/g, ' ')).toBe('60 579');
    expect(formatNumber(44.8)).toBe('44,8');
    expect(formatTime('09:00')).toBe(`9${NBSP}h`);
    expect(formatTime('13:30')).toBe(`13${NBSP}h${NBSP}30`);
  });

  it('writes consecutive days as a range and others as a list', () => {
    expect(formatDays(['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi'])).toBe('lundi au vendredi');
    expect(formatDays(['vendredi', 'lundi', 'mercredi'])).toBe('lundi, mercredi et vendredi');
    expect(formatDays(['samedi', 'dimanche'])).toBe('samedi et dimanche');
    expect(formatDays(['mardi'])).toBe('mardi');
    expect(formatPlage({ jours: ['lundi', 'mardi', 'mercredi'], ouverture: '09:00', fermeture: '16:30' })).toBe(
      `lundi au mercredi, de 9${NBSP}h à 16${NBSP}h${NBSP}30`,
    );
  });

  it('joins lists the French way', () => {
    expect(formatList([])).toBe('');
    expect(formatList(['a'])).toBe('a');
    expect(formatList(['a', 'b', 'c'])).toBe('a, b et c');
  });
});
