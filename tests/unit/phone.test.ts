import { describe, expect, it } from 'vitest';
import { formatPhone, isTollFree, phoneHref, phoneLabel, toE164 } from '../../src/lib/phone';

describe('North-American phone numbers', () => {
  it.each([
    ['418 542-7536', '+14185427536'],
    ['(418) 542-7536', '+14185427536'],
    ['418.542.7536', '+14185427536'],
    ['1 418 542-7536', '+14185427536'],
    ['+1 418 542 7536', '+14185427536'],
    ['4185427536', '+14185427536'],
    ['1-800-555-0199', '+18005550199'],
  ])('normalises %s to E.164', (input, expected) => {
    expect(toE164(input)).toBe(expected);
  });

  it.each(['418 542-753', '418 542-75366', '011 542-1234', '418 142-1234', '118 542-1234', '2 418 542-7536', 'quatre', ''])(
    'refuses %s',
    (input) => {
      expect(toE164(input)).toBeNull();
    },
  );

  it('writes numbers the OQLF way and dials extensions after a pause', () => {
    expect(formatPhone('+14185427536')).toBe('418 542-7536');
    // On a page, a number never breaks across lines.
    expect(phoneLabel('+14185427536')).toBe('418\u00a0542-7536');
    expect(phoneHref('+14185427536')).toBe('tel:+14185427536');
    expect(phoneHref('+14185427536', '112')).toBe('tel:+14185427536,112');
  });

  it('recognises toll-free numbers', () => {
    expect(isTollFree('+18005550199')).toBe(true);
    expect(isTollFree('+14185427536')).toBe(false);
  });
});
