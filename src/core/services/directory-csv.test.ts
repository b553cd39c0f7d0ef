import { describe, expect, it } from 'vitest';
import { parseCsv } from './csv';
import { forSafetyConcern } from './directory';
import { readDirectoryCsv, writeDirectoryCsv } from './directory-csv';

// Fictional services: drama-range phone numbers (01632 960xxx) and example.org addresses.
const HEADER = 'name,kind,area,phone,languages,cost';

describe('CSV records', () => {
  it('keep commas, line breaks and doubled quotes inside quoted fields, and the line each record starts on', () => {
    const records = parseCsv('a,b\r\n"x, y","line one\nline two"\n"say ""hi""",\n\nlast,row');
    expect(records).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 2, cells: ['x, y', 'line one\nline two'] },
      { line: 4, cells: ['say "hi"', ''] },
      { line: 6, cells: ['last', 'row'] },
    ]);
  });

  it('name the line of a quote that is never closed', () => {
    expect(() => parseCsv('a,b\nok,"never\nclosed')).toThrow('line 2: a quoted field is never closed');
  });
});

describe('the directory file', () => {
  it('reads kinds and costs as people write them, and languages split by semicolons', () => {
    const file = readDirectoryCsv(
      `${HEADER}\nOak Line,Crisis line,York,01632 960020,English; Welsh ,Sliding scale\n`,
    );
    expect(file.errors).toEqual([]);
    expect(file.rows[0]).toMatchObject({
      line: 2,
      key: 'oak line | york',
      entry: { kind: 'crisis_line', cost: 'sliding_scale', languages: ['English', 'Welsh'] },
    });
  });

  it('reports every bad row with its line and imports none of the file', () => {
    const file = readDirectoryCsv(
      [
        HEADER,
        '"Two-line, quoted",other,"York',
        'North",01632 960021,English,free',
        'No Contact,other,York,,English,free',
        'Wrong Kind,astrology,York,01632 960022,English,cheap',
        'Oak Line,other,York,01632 960023,English,free',
        'oak line,other,York,01632 960024,English,free',
        'Too,few',
      ].join('\n'),
    );
    expect(file.rows).toEqual([]);
    expect(file.errors).toEqual([
      'line 4: phone needs a way to reach it: a phone number, a web address or an address',
      'line 5: kind must be one of: couples_counselling, individual_counselling, abuse_advocacy, crisis_line, legal_advice, other',
      'line 5: cost must be one of: free, sliding_scale, paid',
      'line 7: the same service as line 6 (same key, or same name and area)',
      'line 8: has 2 field(s) but the header has 6; put text with commas in double quotes',
    ]);
  });

  it('names unknown and missing columns in the header', () => {
    expect(readDirectoryCsv('name,type,area\nx,y,z').errors).toEqual([
      'line 1: unknown column(s) "type"; the columns are key, name, kind, area, postcode_prefix, country, address, phone, web, languages, cost, notes',
      'line 1: missing column(s) kind, cost',
    ]);
    expect(readDirectoryCsv('').errors).toEqual(['line 1: the file is empty; it needs a header row']);
  });

  it('writes a file that reads back the same', () => {
    const read = readDirectoryCsv(
      `key,${HEADER},notes\nk1,"Oak, Line",other,York,01632 960025,English;Welsh,free,"two\nlines"\n`,
    );
    const text = writeDirectoryCsv(read.rows.map((r) => ({ key: r.key, ...r.entry, address: null })));
    expect(readDirectoryCsv(text).rows).toEqual([{ ...read.rows[0], line: 2 }]);
  });
});

describe('with a safety concern', () => {
  it('leaves out couples counselling and puts advocates and crisis lines first', () => {
    const kinds = forSafetyConcern(
      (
        [
          'couples_counselling',
          'legal_advice',
          'individual_counselling',
          'crisis_line',
          'abuse_advocacy',
        ] as const
      ).map((kind) => ({ kind })),
    ).map((e) => e.kind);
    expect(kinds).toEqual(['abuse_advocacy', 'crisis_line', 'individual_counselling', 'legal_advice']);
  });
});
