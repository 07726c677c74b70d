// One row of an IP-range CSV (`import ip-ranges`): an organisation's address range (CIDR) by its 法人番号, where
// the range came from, and the days it belongs to that organisation. Mistakes are row errors naming the column.
import { parseCidr, type CidrRange } from './cidr-range.matcher.ts';
import { cellError, corporateNumberCell, optionalDayCell, optionalTextCell, readCsvRow } from './csv-cell.reader.ts';
import type { CsvRowResult } from './relation-csv-row.parser.ts';

export const IP_RANGE_HEADER = ['cidr', 'corporate_number', 'source', 'valid_from', 'valid_to'] as const;

/** The source a row without one is filed under. */
export const DEFAULT_IP_RANGE_SOURCE = 'csv';

// A range wider than any one organisation holds is a typo (/2 for /24) that would pin every visitor on one company.
export const WIDEST_PREFIX = { 4: 8, 6: 16 } as const;

export interface IpRangeRow {
  range: CidrRange;
  corporateNumber: string;
  source: string;
  validFrom: string | null;
  validTo: string | null;
}

export function parseIpRangeRow(fields: readonly string[]): CsvRowResult<IpRangeRow> {
  return readCsvRow({
    fields,
    header: IP_RANGE_HEADER,
    columnsCode: 'YUCHI_IP_RANGE_COLUMNS',
    read: (cells) => {
      const parsed = parseCidr(cells.cidr);
      if (!parsed.ok) return cellError(parsed.error.code, `cidr: ${parsed.error.message}`);
      const { range } = parsed;
      if (range.prefix < WIDEST_PREFIX[range.version]) {
        cellError('YUCHI_IP_RANGE_TOO_WIDE', `cidr「${range.cidr}」は広すぎます。1つの組織の範囲として、IPv${range.version} では /${WIDEST_PREFIX[range.version]} 以上の長さにしてください`);
      }
      const corporateNumber = corporateNumberCell(cells.corporate_number, { column: 'corporate_number', required: true })!;
      const source = optionalTextCell(cells.source, { column: 'source', code: 'YUCHI_IP_RANGE_SOURCE' }) ?? DEFAULT_IP_RANGE_SOURCE;
      const validFrom = optionalDayCell(cells.valid_from, { column: 'valid_from', code: 'YUCHI_IP_RANGE_DATE' });
      const validTo = optionalDayCell(cells.valid_to, { column: 'valid_to', code: 'YUCHI_IP_RANGE_DATE' });
      if (validFrom !== null && validTo !== null && validFrom > validTo) {
        cellError('YUCHI_IP_RANGE_PERIOD', `valid_from（${validFrom}）が valid_to（${validTo}）より後です。期間の始まりと終わりを確かめてください`);
      }
      return { range, corporateNumber, source, validFrom, validTo };
    },
  });
}
