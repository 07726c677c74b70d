// One row of a 信用評点 file from a credit bureau: a company by 法人番号, its score and/or band, the day it was
// scored. The band comes from the score when the column is empty; a band the score contradicts is refused, since
// one of the two was copied wrong and the finding would rest on it.
import { bandKey, creditBandOf, DEFAULT_CREDIT_BANDS, describeCreditBand, findCreditBand, type CreditBandRules } from './credit-band.rules.ts';
import { cellError, corporateNumberCell, optionalTextCell, readCsvRow, requiredDayCell } from './csv-cell.reader.ts';
import { parseRatio, type CsvRowResult } from './relation-csv-row.parser.ts';
import type { Severity } from './risk-category.labels.ts';

export const CREDIT_SCORE_HEADER = ['corporate_number', 'score', 'band', 'as_of', 'source'] as const;

/** The source a row without one is filed under. */
export const DEFAULT_CREDIT_SOURCE = 'credit';

export interface CreditScoreRow {
  corporateNumber: string;
  /** null when the bureau gave a band only */
  score: number | null;
  band: string;
  severity: Severity;
  asOf: string;
  source: string;
}

export function parseCreditScoreRow(fields: readonly string[], rules: CreditBandRules = DEFAULT_CREDIT_BANDS): CsvRowResult<CreditScoreRow> {
  return readCsvRow({
    fields,
    header: CREDIT_SCORE_HEADER,
    columnsCode: 'YUCHI_CREDIT_COLUMNS',
    read: (cells) => {
      const corporateNumber = corporateNumberCell(cells.corporate_number, { column: 'corporate_number', required: true })!;
      // The score shares the 0–100 reading of voting-rights ratios: full-width digits, decimals, empty = unknown.
      const score = parseRatio(cells.score);
      if (score === 'invalid') cellError('YUCHI_CREDIT_SCORE', `score（評点）「${cells.score}」は 0〜100 の数値にしてください`);
      const named = cells.band === '' ? null : findCreditBand(cells.band, rules);
      if (cells.band !== '' && named === null) {
        cellError('YUCHI_CREDIT_BAND', `band（評点の帯）「${cells.band}」は使えません。${rules.bands.map((b) => describeCreditBand(b, rules)).join('、')}のいずれかにしてください`);
      }
      if (score === null && named === null) cellError('YUCHI_CREDIT_SCORE', 'score（評点）か band（評点の帯）の少なくとも一方を入れてください');
      const scored = score === null ? null : creditBandOf(score, rules);
      if (named && scored && named !== scored) {
        cellError('YUCHI_CREDIT_BAND_MISMATCH', `band「${bandKey(cells.band)}」は score ${score} と合いません。score ${score} は ${describeCreditBand(scored, rules)}です。どちらかを直してください`);
      }
      const band = (named ?? scored)!;
      return {
        corporateNumber,
        score,
        band: band.band,
        severity: band.severity,
        asOf: requiredDayCell(cells.as_of, { column: 'as_of（評点の基準日）', code: 'YUCHI_CREDIT_DATE' }),
        source: optionalTextCell(cells.source, { column: 'source（評価機関）', code: 'YUCHI_CREDIT_SOURCE' }) ?? DEFAULT_CREDIT_SOURCE,
      };
    },
  });
}
