import type { z } from 'zod';
import { ServiceInputSchema } from '../contracts/services';
import { CsvError, parseCsv, writeCsv } from './csv';
import { directoryKey } from './directory';

/**
 * The directory's CSV file: a header row naming the columns (in any order), then one service per
 * record. README.md documents the columns for operators.
 */
export const DIRECTORY_COLUMNS = [
  'key',
  'name',
  'kind',
  'area',
  'postcode_prefix',
  'country',
  'address',
  'phone',
  'web',
  'languages',
  'cost',
  'notes',
] as const;
type Column = (typeof DIRECTORY_COLUMNS)[number];
const REQUIRED: Column[] = ['name', 'kind', 'area', 'cost'];

export type DirectoryEntry = z.output<typeof ServiceInputSchema>;

export interface DirectoryRow {
  line: number;
  key: string;
  entry: DirectoryEntry;
}

export type DirectoryFile = { rows: DirectoryRow[]; errors: [] } | { rows: []; errors: string[] };

/** "Sliding scale", "sliding-scale" and "sliding_scale" are all the same value. */
const asCode = (value: string) =>
  value
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');

const FIELD_OF: Record<string, Column> = { postcodePrefix: 'postcode_prefix' };

/**
 * Reads a whole file and checks every record. Either every row is good and all of them come
 * back, or none do and each problem is named with its line, so a half-broken file never lands.
 */
export function readDirectoryCsv(text: string): DirectoryFile {
  let records: ReturnType<typeof parseCsv>;
  try {
    records = parseCsv(text);
  } catch (error) {
    if (error instanceof CsvError) return { rows: [], errors: [error.message] };
    throw error;
  }
  const [header, ...body] = records;
  if (!header) return { rows: [], errors: ['line 1: the file is empty; it needs a header row'] };

  const columns = header.cells.map((cell) => cell.trim().toLowerCase());
  const errors: string[] = [];
  const unknown = columns.filter((c) => !(DIRECTORY_COLUMNS as readonly string[]).includes(c));
  if (unknown.length > 0)
    errors.push(
      `line ${header.line}: unknown column(s) ${unknown.map((c) => `"${c}"`).join(', ')}; the columns are ${DIRECTORY_COLUMNS.join(', ')}`,
    );
  const missing = REQUIRED.filter((c) => !columns.includes(c));
  if (missing.length > 0) errors.push(`line ${header.line}: missing column(s) ${missing.join(', ')}`);
  if (errors.length > 0) return { rows: [], errors };

  const rows: DirectoryRow[] = [];
  const firstLineOfKey = new Map<string, number>();
  for (const record of body) {
    if (record.cells.length !== columns.length) {
      errors.push(
        `line ${record.line}: has ${record.cells.length} field(s) but the header has ${columns.length}; put text with commas in double quotes`,
      );
      continue;
    }
    const cell = (name: Column) => {
      const index = columns.indexOf(name);
      return index < 0 ? '' : (record.cells[index] ?? '').trim();
    };
    const blankless = (value: string) => value || undefined;
    const parsed = ServiceInputSchema.safeParse({
      name: cell('name'),
      kind: asCode(cell('kind')),
      area: cell('area'),
      postcodePrefix: blankless(cell('postcode_prefix')),
      country: blankless(cell('country').toUpperCase()),
      address: blankless(cell('address')),
      phone: blankless(cell('phone')),
      web: blankless(cell('web')),
      languages: cell('languages')
        .split(';')
        .map((language) => language.trim())
        .filter(Boolean),
      cost: asCode(cell('cost')),
      notes: blankless(cell('notes')),
    });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) errors.push(`line ${record.line}: ${describe(issue)}`);
      continue;
    }
    const key = directoryKey({ key: cell('key'), ...parsed.data });
    const earlier = firstLineOfKey.get(key);
    if (earlier !== undefined) {
      errors.push(
        `line ${record.line}: the same service as line ${earlier} (same key, or same name and area)`,
      );
      continue;
    }
    firstLineOfKey.set(key, record.line);
    rows.push({ line: record.line, key, entry: parsed.data });
  }
  if (rows.length === 0 && errors.length === 0) errors.push('the file has a header row but no services');
  return errors.length > 0 ? { rows: [], errors } : { rows, errors: [] };
}

function describe(issue: z.core.$ZodIssue): string {
  const [field] = issue.path;
  const column = field === undefined ? 'row' : (FIELD_OF[String(field)] ?? String(field));
  if (issue.code === 'invalid_type' && issue.input === undefined) return `${column} is required`;
  return `${column} ${issue.message}`;
}

type Text = string | null | undefined;
export interface ListedService {
  key: string;
  name: string;
  kind: string;
  area: string;
  postcodePrefix?: Text;
  country?: Text;
  address?: Text;
  phone?: Text;
  web?: Text;
  languages: string[];
  cost: string;
  notes?: Text;
}

/** The directory back to a file `readDirectoryCsv` reads, so an export can be edited and imported again. */
export function writeDirectoryCsv(services: ListedService[]): string {
  const text = (value: Text) => value ?? '';
  return writeCsv([
    [...DIRECTORY_COLUMNS],
    ...services.map((s) => [
      s.key,
      s.name,
      s.kind,
      s.area,
      text(s.postcodePrefix),
      text(s.country),
      text(s.address),
      text(s.phone),
      text(s.web),
      s.languages.join('; '),
      s.cost,
      text(s.notes),
    ]),
  ]);
}
