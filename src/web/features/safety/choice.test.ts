import { describe, expect, it } from 'vitest';
import { countryFromLocale, countryFromLocales, quickExitDetector } from './choice';

const known = ['GB', 'US', 'DE', 'IE'];

describe('countryFromLocale', () => {
  it('takes the region from a language tag', () => {
    expect(countryFromLocale('en-GB', known)).toBe('GB');
    expect(countryFromLocale('en-US', known)).toBe('US');
    expect(countryFromLocale('de-DE', known)).toBe('DE');
    expect(countryFromLocale('de_de', known)).toBe('DE');
    expect(countryFromLocale('zh-Hant-DE', known)).toBe('DE');
  });
  it('treats UK as GB', () => {
    expect(countryFromLocale('en-UK', known)).toBe('GB');
  });
  it('gives nothing without a region or for a region with no checked resources', () => {
    expect(countryFromLocale('en', known)).toBeUndefined();
    expect(countryFromLocale('fr-FR', known)).toBeUndefined();
    expect(countryFromLocale('es-419', known)).toBeUndefined();
    expect(countryFromLocale('', known)).toBeUndefined();
    expect(countryFromLocale(undefined, known)).toBeUndefined();
  });
  it('uses the first of the browser languages that points to a known country', () => {
    expect(countryFromLocales(['en', 'fr-FR', 'en-IE', 'en-US'], known)).toBe('IE');
    expect(countryFromLocales(['en'], known)).toBeUndefined();
  });
});

describe('quickExitDetector', () => {
  it('fires on the third Escape within one and a half seconds', () => {
    const press = quickExitDetector();
    expect(press('Escape', 0)).toBe(false);
    expect(press('Escape', 500)).toBe(false);
    expect(press('Escape', 1400)).toBe(true);
  });
  it('fires on three Shift presses too', () => {
    const press = quickExitDetector();
    expect([press('Shift', 0), press('Shift', 100), press('Shift', 200)]).toEqual([false, false, true]);
  });
  it('does not fire when the presses are too far apart', () => {
    const press = quickExitDetector();
    expect(press('Escape', 0)).toBe(false);
    expect(press('Escape', 1000)).toBe(false);
    expect(press('Escape', 2000)).toBe(false);
    expect(press('Escape', 2400)).toBe(true);
  });
  it('starts again after another key or a mix of exit keys', () => {
    const press = quickExitDetector();
    expect(press('Escape', 0)).toBe(false);
    expect(press('a', 100)).toBe(false);
    expect(press('Escape', 200)).toBe(false);
    expect(press('Shift', 300)).toBe(false);
    expect(press('Escape', 400)).toBe(false);
    expect(press('Escape', 500)).toBe(false);
    expect(press('Escape', 600)).toBe(true);
  });
  it('counts afresh after firing', () => {
    const press = quickExitDetector({ count: 2, windowMs: 1000 });
    expect(press('Escape', 0)).toBe(false);
    expect(press('Escape', 10)).toBe(true);
    expect(press('Escape', 20)).toBe(false);
  });
});
