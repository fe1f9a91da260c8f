/**
 * The rows of a CSV text (RFC 4180), each with the line it starts on, read from a stream of
 * decoded text chunks. Written for the importer rather than taken from a library because an
 * import must name the line of every problem and never lose a row: csv-parse 7 counts a CRLF
 * inside a quoted value as two lines (so every later line number is off), and after a row it
 * cannot read it silently drops the rows that follow.
 *
 * - Line ends are CRLF, LF or a lone CR (as NDJSON lines are read); inside a quoted value they
 *   are part of the value and still count as lines.
 * - A quoted value doubles its quotes (`"Ima ""Big"" Buyer"`) and may hold commas and line ends.
 * - A quote inside an unquoted value (`12" barrel`) is kept as text, as spreadsheets read it.
 * - A row that cannot be read (text after a closing quote; a quote never closed) comes back with
 *   `error` and no cells; reading goes on with the next line, so one bad row costs only itself.
 * - Blank lines are skipped (they still count as lines).
 */
export interface CsvRow {
  /** 1-based line the row starts on. */
  line: number;
  cells: string[];
  error?: string;
}

const AFTER_CLOSING_QUOTE = 'has text after a closing double quote (a double quote inside a quoted value is written twice: "")';

export async function* csvRows(chunks: AsyncIterable<string> | Iterable<string>): AsyncGenerator<CsvRow> {
  let line = 1;
  let rowLine = 1;
  let cells: string[] = [];
  let field = '';
  /** start: before a field's first character; plain/quoted: inside one; closed: just after a quote inside a quoted value; bad: skipping the rest of an unreadable row. */
  let state: 'start' | 'plain' | 'quoted' | 'closed' | 'bad' = 'start';
  let error: string | undefined;
  let lastWasCR = false;
  let first = true;

  const endField = () => {
    cells.push(field);
    field = '';
    state = 'start';
  };
  const endRow = (): CsvRow | null => {
    const blank = cells.length === 0 && field === '' && state === 'start';
    let row: CsvRow | null = null;
    if (error) row = { line: rowLine, cells: [], error };
    else if (!blank) {
      endField();
      row = { line: rowLine, cells };
    }
    cells = [];
    field = '';
    state = 'start';
    error = undefined;
    return row;
  };

  for await (let chunk of chunks) {
    // A UTF-8 byte order mark (Excel's "CSV UTF-8") is not part of the first header name.
    if (first && chunk.charCodeAt(0) === 0xfeff) chunk = chunk.slice(1);
    first &&= chunk.length === 0;
    for (let i = 0; i < chunk.length; i += 1) {
      const c = chunk[i]!;
      const isLineEnd = c === '\n' || c === '\r';
      if (c === '\n' && lastWasCR) {
        // The LF of a CRLF: the line was counted at its CR.
        lastWasCR = false;
        if (state === 'quoted') field += c;
        continue;
      }
      lastWasCR = c === '\r';
      if (state === 'quoted') {
        if (c === '"') state = 'closed';
        else field += c;
        if (isLineEnd) line += 1;
        continue;
      }
      if (isLineEnd) {
        line += 1;
        const row = endRow();
        rowLine = line;
        if (row) yield row;
        continue;
      }
      if (state === 'bad') continue;
      if (c === ',') {
        endField();
        continue;
      }
      if (state === 'closed') {
        if (c === '"') {
          field += '"';
          state = 'quoted';
        } else if (c !== ' ' && c !== '\t') {
          error = AFTER_CLOSING_QUOTE;
          state = 'bad';
        }
        continue;
      }
      if (state === 'start') {
        if (c === '"') {
          // Spaces before an opening quote are not part of the value.
          field = '';
          state = 'quoted';
          continue;
        }
        if (c !== ' ' && c !== '\t') state = 'plain';
      }
      field += c;
    }
  }
  if (state === 'quoted') {
    const last = line - (/[\r\n]$/.test(field) ? 1 : 0);
    yield {
      line: rowLine,
      cells: [],
      error: `has a double quote that is never closed: lines ${rowLine}–${Math.max(rowLine, last)} (the rest of the file) could not be read`,
    };
    return;
  }
  const row = endRow();
  if (row) yield row;
}
