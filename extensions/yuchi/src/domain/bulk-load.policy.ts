// When an NTA import loads in bulk (PostgreSQL): the file must be large in absolute terms, for dropping and
// building indexes again costs a scan of the whole table, and large next to what is stored, for the rows already
// there are indexed again too. Below that, keeping the indexes up row by row is cheaper.
export const DEFAULT_BULK_MIN_ROWS = 200_000;

// A registry line is 200–300 bytes (UTF-8 more than Shift-JIS); a zip holds more rows a byte, so this undercounts.
const BYTES_PER_ROW = 300;

export interface BulkLoadFacts {
  fileBytes: number;
  /** records of the file a resumed run has read already */
  alreadyRead: number;
  storedRows: number;
  minRows?: number;
}

/** Rows the file is expected to hold still, from its size. */
export function expectedRows(fileBytes: number, alreadyRead: number): number {
  return Math.max(0, Math.floor(fileBytes / BYTES_PER_ROW) - alreadyRead);
}

export function shouldLoadInBulk({ fileBytes, alreadyRead, storedRows, minRows = DEFAULT_BULK_MIN_ROWS }: BulkLoadFacts): boolean {
  const rows = expectedRows(fileBytes, alreadyRead);
  return rows >= minRows && storedRows * 4 < rows;
}
