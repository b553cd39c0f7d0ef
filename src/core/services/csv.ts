/**
 * CSV as RFC 4180 writes it: fields separated by commas, records by line breaks (CRLF or LF),
 * fields in double quotes may hold commas, line breaks and doubled quotes. Each record keeps the
 * line it starts on, so an error can name the line a person sees in their editor.
 */

export interface CsvRecord {
  /** The line (1-based) the record starts on. */
  line: number;
  cells: string[];
}

export class CsvError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(`line ${line}: ${message}`);
  }
}

export function parseCsv(text: string): CsvRecord[] {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let cell = '';
  let line = 1;
  let recordLine = 1;
  let i = 0;
  let isQuoted = false;
  let quoteLine = 0;

  const endCell = () => {
    cells.push(cell);
    cell = '';
  };
  const endRecord = () => {
    endCell();
    // A blank line is not a record.
    if (!(cells.length === 1 && cells[0] === '')) records.push({ line: recordLine, cells });
    cells = [];
  };

  while (i < source.length) {
    const char = source[i] as string;
    if (isQuoted) {
      if (char === '"') {
        if (source[i + 1] === '"') {
          cell += '"';
          i += 2;
          continue;
        }
        isQuoted = false;
        i++;
        const next = source[i];
        if (next !== undefined && next !== ',' && next !== '\n' && next !== '\r') {
          throw new CsvError(line, 'a quoted field must end at a comma or the end of the line');
        }
        continue;
      }
      if (char === '\n') line++;
      cell += char;
      i++;
      continue;
    }
    if (char === '"') {
      if (cell !== '') throw new CsvError(line, 'a quote may only start a field; double it ("") inside one');
      isQuoted = true;
      quoteLine = line;
      i++;
    } else if (char === ',') {
      endCell();
      i++;
    } else if (char === '\r' || char === '\n') {
      endRecord();
      i += char === '\r' && source[i + 1] === '\n' ? 2 : 1;
      line++;
      recordLine = line;
    } else {
      cell += char;
      i++;
    }
  }
  if (isQuoted) throw new CsvError(quoteLine, 'a quoted field is never closed');
  if (cell !== '' || cells.length > 0) endRecord();
  return records;
}

function quote(cell: string): string {
  return /[",\r\n]/.test(cell) || cell !== cell.trim() ? `"${cell.replaceAll('"', '""')}"` : cell;
}

/** Records back to CSV text, quoting only the cells that need it, lines ending in CRLF. */
export function writeCsv(rows: string[][]): string {
  return rows.map((row) => `${row.map(quote).join(',')}\r\n`).join('');
}
