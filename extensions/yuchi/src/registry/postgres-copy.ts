// COPY … FROM STDIN on a node-postgres connection, for bulk inserts: PostgreSQL's cheapest way in (it parses one
// line per row and writes tuples in groups). The pg client takes any object with `submit` as a query; this one
// answers the server's CopyInResponse with the rows, as pg-copy-streams does, without the extra dependency.

/** The parts of a pg client connection COPY talks to. */
interface PgWire {
  query(text: string): void;
  sendCopyFromChunk(chunk: Buffer): void;
  endCopyFrom(): void;
}

interface PgClient {
  query(submittable: object): unknown;
}

const SPECIAL = /[\\\t\n\r]/;
const SPECIAL_ALL = /[\\\t\n\r]/g;
const ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };

/** A value in COPY's text format: \N for null, t/f for booleans, JSON as its text; backslash escapes. */
export function copyText(value: unknown): string {
  if (value === null || value === undefined) return '\\N';
  if (typeof value === 'boolean') return value ? 't' : 'f';
  const text = typeof value === 'string' ? value : typeof value === 'object' ? JSON.stringify(value) : String(value);
  return SPECIAL.test(text) ? text.replace(SPECIAL_ALL, (ch) => ESCAPES[ch]!) : text;
}

// Encoded a piece at a time: one long string of Japanese text costs more to turn into UTF-8 than several short ones.
const PIECE_CHARACTERS = 16_384;

/** Rows as COPY text (one line each, columns separated by tabs), in pieces of UTF-8. */
export function copyLines(rows: readonly object[], columns: readonly string[]): Buffer[] {
  const pieces: Buffer[] = [];
  let text = '';
  for (const row of rows as readonly Record<string, unknown>[]) {
    let line = copyText(row[columns[0]!]);
    for (let i = 1; i < columns.length; i++) line += '\t' + copyText(row[columns[i]!]);
    text += line + '\n';
    if (text.length >= PIECE_CHARACTERS) {
      pieces.push(Buffer.from(text, 'utf8'));
      text = '';
    }
  }
  if (text !== '') pieces.push(Buffer.from(text, 'utf8'));
  return pieces;
}

/** Runs `COPY table (columns) FROM STDIN` with the given rows; resolves with the number of rows copied. */
export function copyInto(client: PgClient, table: string, columns: readonly string[], rows: readonly object[]): Promise<number> {
  const data = copyLines(rows, columns);
  const sql = `COPY "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) FROM STDIN`;
  return new Promise((resolve, reject) => {
    let copied = 0;
    client.query({
      text: sql,
      submit(wire: PgWire) {
        wire.query(sql);
      },
      handleCopyInResponse(wire: PgWire) {
        for (const piece of data) wire.sendCopyFromChunk(piece);
        wire.endCopyFrom();
      },
      handleCommandComplete(message: { text?: string }) {
        copied = Number(/COPY (\d+)/.exec(message.text ?? '')?.[1] ?? rows.length);
      },
      handleReadyForQuery() {
        resolve(copied);
      },
      // After an error the client sends no ReadyForQuery to this query: settle here.
      handleError(error: Error) {
        reject(error);
      },
      handleRowDescription() {},
      handleDataRow() {},
      handleEmptyQuery() {},
      handleCopyData() {},
      handlePortalSuspended() {},
    });
  });
}
