// One row of a 反社チェック vendor's results: who was screened, whether the vendor found them (hit), in what
// category, on which day, and the vendor's reference. A hit becomes an open antisocial finding for a データ管理者
// to confirm or dismiss; a row whose hit cannot be read is refused rather than guessed.
import { corporateNumberCell, cellError, optionalTextCell, readCsvRow, requiredDayCell, requiredTextCell } from './csv-cell.reader.ts';
import type { CsvRowResult } from './relation-csv-row.parser.ts';

export const SCREENING_HEADER = ['corporate_number', 'name', 'address', 'hit', 'category', 'screened_on', 'source', 'reference'] as const;

/** The source a row without one is filed under. */
export const DEFAULT_SCREENING_SOURCE = 'screening';

export interface ScreeningRow {
  corporateNumber: string | null;
  name: string;
  address: string | null;
  hit: boolean;
  /** the vendor's own words for what was found (e.g. 暴力団関係), null when nothing was */
  category: string | null;
  screenedOn: string;
  source: string;
  reference: string | null;
}

const HIT_BY_TEXT: Readonly<Record<string, boolean>> = {
  true: true, '1': true, あり: true, 有: true, 該当: true, 該当あり: true,
  false: false, '0': false, なし: false, 無: false, 非該当: false, 該当なし: false,
};

export function parseHit(text: string): boolean | null {
  return HIT_BY_TEXT[text.normalize('NFKC').trim().toLowerCase()] ?? null;
}

export function parseScreeningRow(fields: readonly string[]): CsvRowResult<ScreeningRow> {
  return readCsvRow({
    fields,
    header: SCREENING_HEADER,
    columnsCode: 'YUCHI_SCREENING_COLUMNS',
    read: (cells) => {
      const hit = parseHit(cells.hit) ?? cellError('YUCHI_SCREENING_HIT', `hit（該当の有無）「${cells.hit}」は true / false、1 / 0、あり / なし、該当 / 非該当 のいずれかにしてください`);
      return {
        corporateNumber: corporateNumberCell(cells.corporate_number, { column: 'corporate_number', required: false }),
        name: requiredTextCell(cells.name, { column: 'name（照合した名称）', code: 'YUCHI_SCREENING_NAME' }),
        address: optionalTextCell(cells.address, { column: 'address（所在地）', code: 'YUCHI_SCREENING_TEXT' }),
        hit,
        category: optionalTextCell(cells.category, { column: 'category（該当区分）', code: 'YUCHI_SCREENING_TEXT' }),
        screenedOn: requiredDayCell(cells.screened_on, { column: 'screened_on（照合日）', code: 'YUCHI_SCREENING_DATE' }),
        source: optionalTextCell(cells.source, { column: 'source（照合元）', code: 'YUCHI_SCREENING_TEXT' }) ?? DEFAULT_SCREENING_SOURCE,
        reference: optionalTextCell(cells.reference, { column: 'reference（照合元の参照番号）', code: 'YUCHI_SCREENING_TEXT' }),
      };
    },
  });
}
