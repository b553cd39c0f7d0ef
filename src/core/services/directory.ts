/**
 * The local services directory: what kinds of help it lists, what they cost, and how a search
 * matches an entry. Pure and zod-free, so the server searches and the web app orders with the
 * same rules.
 */

export const SERVICE_KINDS = [
  'couples_counselling',
  'individual_counselling',
  'abuse_advocacy',
  'crisis_line',
  'legal_advice',
  'other',
] as const;
export type ServiceKind = (typeof SERVICE_KINDS)[number];

/** A directory is a town's or a region's worth of services; far more than this is a mistake. */
export const DIRECTORY_MAX = 5000;

export const SERVICE_COSTS = ['free', 'sliding_scale', 'paid'] as const;
export type ServiceCost = (typeof SERVICE_COSTS)[number];

/** The fields a search looks at; the directory entry has more. */
export interface Searchable {
  name: string;
  kind: ServiceKind;
  area: string;
  postcodePrefix: string | null;
  country: string | null;
  address: string | null;
  languages: string[];
  cost: ServiceCost;
}

export interface DirectorySearch {
  area?: string | undefined;
  kind?: ServiceKind | undefined;
  language?: string | undefined;
  cost?: ServiceCost | undefined;
}

/** Lower case, accents and extra spaces gone: "Zürich " and "zurich" are the same place. */
export function normalise(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

const compact = (text: string) => normalise(text).replace(/[\s-]/g, '');

let regionNames: Intl.DisplayNames | null = null;
/** "DE" → "germany", so a search for the country's name finds entries that only carry its code. */
function countryName(code: string): string {
  regionNames ??= new Intl.DisplayNames(['en'], { type: 'region' });
  try {
    return normalise(regionNames.of(code) ?? '');
  } catch {
    return '';
  }
}

export function matchesArea(entry: Searchable, query: string | undefined): boolean {
  const wanted = normalise(query ?? '');
  if (!wanted) return true;
  const places = [entry.area, entry.address ?? '', entry.country ?? ''].map(normalise);
  if (entry.country) places.push(countryName(entry.country));
  if (places.some((place) => place.includes(wanted))) return true;
  // A postcode and a prefix match when one starts with the other: "SW1A 1AA" is in "SW1".
  const code = compact(wanted);
  const prefix = entry.postcodePrefix ? compact(entry.postcodePrefix) : '';
  return prefix.length > 0 && code.length >= 2 && (code.startsWith(prefix) || prefix.startsWith(code));
}

export function matchesLanguage(entry: Searchable, query: string | undefined): boolean {
  const wanted = normalise(query ?? '');
  if (!wanted) return true;
  return entry.languages.some((language) => normalise(language).startsWith(wanted));
}

export function matchesSearch(entry: Searchable, search: DirectorySearch): boolean {
  return (
    (!search.kind || entry.kind === search.kind) &&
    (!search.cost || entry.cost === search.cost) &&
    matchesArea(entry, search.area) &&
    matchesLanguage(entry, search.language)
  );
}

// Someone who doesn't feel safe sees help for themselves first.
const ORDER_FOR_SAFETY: Record<ServiceKind, number> = {
  abuse_advocacy: 0,
  crisis_line: 1,
  individual_counselling: 2,
  legal_advice: 3,
  other: 4,
  couples_counselling: 5,
};

/**
 * What the directory suggests while a safety concern is marked: never couples counselling, and
 * advocates, crisis lines and counselling on one's own before anything else.
 */
export function forSafetyConcern<T extends Pick<Searchable, 'kind'>>(entries: T[]): T[] {
  return entries
    .filter((entry) => entry.kind !== 'couples_counselling')
    .map((entry, index) => ({ entry, index }))
    .sort((a, b) => ORDER_FOR_SAFETY[a.entry.kind] - ORDER_FOR_SAFETY[b.entry.kind] || a.index - b.index)
    .map(({ entry }) => entry);
}

/**
 * The key that makes importing the same file twice change rows instead of adding them: the
 * operator's own key when the file has one, otherwise the name and area together.
 */
export function directoryKey(entry: { key?: string | null; name: string; area: string }): string {
  const own = entry.key?.trim();
  return own ? own : `${normalise(entry.name)} | ${normalise(entry.area)}`;
}
