import libphonenumber from 'google-libphonenumber';
import { describe, expect, it } from 'vitest';
import { RESOURCE_KINDS, type SafetyResource, safetyResources } from '../../../core/safety/resources';

const phoneUtil = libphonenumber.PhoneNumberUtil.getInstance();
const shortInfo = libphonenumber.ShortNumberInfo.getInstance();

const supportedRegions = new Set<string>(phoneUtil.getSupportedRegions());

/** The country key as a libphonenumber region; fails the test for an unknown code. */
function asRegion(code: string): libphonenumber.RegionCode {
  if (!supportedRegions.has(code)) throw new Error(`${code} is not a libphonenumber region`);
  return code as libphonenumber.RegionCode;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const today = new Date().toISOString().slice(0, 10);
const countries = Object.entries(safetyResources.countries);

function isIsoDate(value: unknown): boolean {
  if (typeof value !== 'string' || !ISO_DATE.test(value)) return false;
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === value;
}

/** A number dialled inside `region`: short numbers by the short-number metadata, others by full parsing. */
function dialsInRegion(dialled: string, code: string): boolean {
  const digits = dialled.replace(/\D/g, '');
  if (digits.length === 0) return false;
  try {
    const region = asRegion(code);
    const parsed = phoneUtil.parse(dialled, region);
    if (phoneUtil.isValidNumberForRegion(parsed, region)) return true;
    if (digits.length <= 6) {
      return (
        shortInfo.isValidShortNumberForRegion(parsed, region) ||
        shortInfo.isPossibleShortNumberForRegion(parsed, region)
      );
    }
    return false;
  } catch {
    return false;
  }
}

function numbersOf(resource: SafetyResource): string[] {
  return [
    resource.phone,
    ...(resource.altPhones ?? []),
    resource.tty,
    resource.text?.number,
    resource.whatsapp,
  ].filter((n): n is string => typeof n === 'string');
}

function expectVerified(
  entry: { verification: string; lastVerified?: string; sources: string[] },
  label: string,
) {
  expect(entry.sources.length, `${label}: sources`).toBeGreaterThan(0);
  for (const source of entry.sources) expect(source.trim(), `${label}: empty source`).not.toBe('');
  if (entry.verification === 'verified') {
    expect(isIsoDate(entry.lastVerified), `${label}: lastVerified ${entry.lastVerified}`).toBe(true);
    expect(entry.lastVerified && entry.lastVerified <= today, `${label}: lastVerified in the future`).toBe(
      true,
    );
  } else {
    expect(entry.verification, `${label}: verification marker`).toBe('seed-only');
    expect(entry.lastVerified, `${label}: seed-only entries carry no lastVerified`).toBeUndefined();
  }
}

describe('safety resources file', () => {
  it('has a lastReviewed date that is not in the future', () => {
    expect(isIsoDate(safetyResources.lastReviewed)).toBe(true);
    expect(safetyResources.lastReviewed <= today).toBe(true);
  });

  it('uses known region codes and lists at least one country', () => {
    expect(countries.length).toBeGreaterThan(0);
    for (const [code, country] of countries) {
      expect(supportedRegions.has(code), `${code} is a libphonenumber region`).toBe(true);
      expect(country.name.trim()).not.toBe('');
    }
  });

  it.each(countries)('%s: every emergency number is an emergency number there', (code, country) => {
    expect(country.emergency.numbers.length).toBeGreaterThan(0);
    for (const number of country.emergency.numbers) {
      expect(shortInfo.isEmergencyNumber(number, asRegion(code)), `${code} ${number}`).toBe(true);
    }
    expectVerified(country.emergency, `${code} emergency`);
    if (country.emergency.text) {
      expect(dialsInRegion(country.emergency.text.number, code), `${code} emergency text`).toBe(true);
    }
  });

  it.each(countries)('%s: every phone, text and WhatsApp number dials in the country', (code, country) => {
    for (const resource of country.resources) {
      const numbers = numbersOf(resource);
      for (const number of numbers) {
        expect(dialsInRegion(number, code), `${resource.id}: ${number}`).toBe(true);
      }
      if (resource.kind !== 'directory')
        expect(numbers.length, `${resource.id} has a number`).toBeGreaterThan(0);
    }
  });

  it.each(countries)(
    '%s: every entry has sources, a verification state, a known kind and https links',
    (code, country) => {
      const kinds: readonly string[] = RESOURCE_KINDS;
      for (const resource of country.resources) {
        expect(resource.id.startsWith(`${code.toLowerCase()}-`), `${resource.id} prefix`).toBe(true);
        expect(resource.name.trim()).not.toBe('');
        expect(resource.description.trim()).not.toBe('');
        expect(kinds, `${resource.id} kind`).toContain(resource.kind);
        expectVerified(resource, resource.id);
        for (const link of [resource.url, resource.chat]) {
          if (link === undefined) continue;
          expect(new URL(link).protocol, `${resource.id}: ${link}`).toBe('https:');
        }
        if (resource.kind === 'directory') expect(resource.url, `${resource.id} needs a url`).toBeDefined();
        for (const language of resource.languages ?? []) {
          expect(Intl.getCanonicalLocales(language)[0], `${resource.id}: ${language}`).toBe(language);
        }
      }
    },
  );

  it('has unique ids across all countries', () => {
    const ids = countries.flatMap(([, country]) => country.resources.map((r) => r.id));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('explains how to find help where there is no national domestic-violence line', () => {
    for (const [code, country] of countries) {
      const hasNationalDvLine = country.resources.some((r) => r.kind === 'domestic_violence' && !r.region);
      if (country.nationalDvLine === false || !hasNationalDvLine) {
        expect(country.gapNote?.trim(), `${code} needs a gap note`).toBeTruthy();
        const hasFallback = country.resources.some(
          (r) => r.kind === 'directory' || r.kind === 'domestic_violence',
        );
        expect(hasFallback, `${code} needs a directory or regional lines`).toBe(true);
      }
    }
  });
});
