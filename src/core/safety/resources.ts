/**
 * Vetted safety resources per country, shown on the private safety screen.
 *
 * The data lives in `resources.json` next to this file; how it is kept (sources, verification,
 * adding a country) is described in docs/safety-resources.md. This module only adds types and a
 * typed export: no I/O, so it can ship to the browser. The validation test in
 * src/server/features/support/resources.test.ts checks every number with libphonenumber.
 */
import data from './resources.json';

/** The fixed list of resource kinds. */
export const RESOURCE_KINDS = [
  'domestic_violence',
  'suicide_crisis',
  'mental_health_crisis',
  'perpetrator_support',
  'directory',
  'lgbtq',
  'men',
] as const;

export type ResourceKind = (typeof RESOURCE_KINDS)[number];

/** ISO 3166-1 alpha-2 region code, as libphonenumber uses it (e.g. "GB", not "UK"). */
export type CountryCode = string;

/** An ISO calendar date, YYYY-MM-DD. */
export type IsoDate = string;

/**
 * How far an entry was checked.
 * - `verified`: confirmed in a review against at least one authoritative source (the provider's own
 *   site or an official government page; for emergency numbers also libphonenumber's metadata).
 *   `lastVerified` is the date of that review.
 * - `seed-only`: kept from the research seed because at least two independent sources agreed, but
 *   not yet confirmed against an authoritative source. Show it, but re-check it first next review.
 */
export type Verification =
  | { verification: 'verified'; lastVerified: IsoDate }
  | { verification: 'seed-only' };

/** A way to reach a service by SMS. */
export interface TextContact {
  /** The number to text, as people type it in that country. */
  number: string;
  /** A word to send first, if the service asks for one (e.g. "START"). */
  keyword?: string;
  /** Limits worth knowing (registration needed, local availability, language). */
  note?: string;
}

/** How to get help from the emergency services without speaking. */
export interface SilentCall {
  /** Short steps, in the person's terms. */
  how: string;
  /** Where it works and what it does not do. */
  note?: string;
}

export type EmergencyInfo = {
  /** Numbers people dial, main number first; every one is an emergency number in libphonenumber. */
  numbers: string[];
  /** Which number is for what, or where a number does not work. */
  note?: string;
  silent?: SilentCall;
  /** Emergency SMS, where it exists; always with its limits in `note`. */
  text?: TextContact;
  /** A short, neutral description of what happens on the call; only when a source supports it. */
  whatHappens?: string;
  /** URLs or page names actually checked, the most authoritative first. */
  sources: string[];
} & Verification;

export type SafetyResource = {
  /** Stable, unique across all countries: `<country>-<slug>`, lower case. */
  id: string;
  name: string;
  kind: ResourceKind;
  /** One or two plain sentences in our own words. */
  description: string;
  /** Part of the country the service covers, when it is not national (e.g. "Scotland"). */
  region?: string;
  /** Main phone number, as people dial it inside the country. */
  phone?: string;
  /** Other numbers for the same service. */
  altPhones?: string[];
  /** Text-telephone number for deaf or speech-impaired callers. */
  tty?: string;
  text?: TextContact;
  /** WhatsApp number, as people dial it inside the country. */
  whatsapp?: string;
  /** Web chat address (https). */
  chat?: string;
  /** The provider's web page (https); left out when no source confirmed it. */
  url?: string;
  /** Opening hours as the source states them, e.g. "24/7". */
  hours?: string;
  /** True only when a source says calls are free. */
  free?: boolean;
  /** BCP 47 language codes the line answers in, where a source lists them. */
  languages?: string[];
  /** Interpreting, sign language, or limits on languages. */
  languagesNote?: string;
  /** A short, neutral description of what happens on the call; only when a source supports it. */
  whatHappens?: string;
  /** Anything else the person should know (costs, coverage, gaps in verification). */
  note?: string;
  /** URLs or page names actually checked, the provider's own first when available. */
  sources: string[];
} & Verification;

export interface CountryResources {
  /** Country name in English. */
  name: string;
  emergency: EmergencyInfo;
  /** False when the country has no single national domestic-violence line (see `gapNote`). */
  nationalDvLine?: boolean;
  /** How to find help where there is no national line. */
  gapNote?: string;
  resources: SafetyResource[];
}

export interface SafetyResourcesFile {
  /** Date of the last full review of this file. */
  lastReviewed: IsoDate;
  countries: Record<CountryCode, CountryResources>;
}

/** The vetted safety resources (typed view of resources.json). */
export const safetyResources: SafetyResourcesFile = data as SafetyResourcesFile;

/** The resources for one country, or undefined when the file has none for it. */
export function resourcesFor(country: CountryCode): CountryResources | undefined {
  return safetyResources.countries[country.toUpperCase()];
}
