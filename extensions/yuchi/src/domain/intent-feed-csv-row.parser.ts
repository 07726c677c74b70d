// One row of a vendor's intent feed (`import intent-feed`): a company by its 法人番号, a keyword, a day and the
// vendor's score for it, which adds to that day's value as given. Mistakes are row errors naming the column.
import { cellError, corporateNumberCell, readCsvRow, requiredDayCell } from './csv-cell.reader.ts';
import { normalizeKeyword } from './page-topic.matcher.ts';
import type { CsvRowResult } from './relation-csv-row.parser.ts';

export const INTENT_FEED_HEADER = ['corporate_number', 'keyword', 'date', 'score'] as const;

/** One vendor score of 100 alone already gives an intent_score of 100; a larger one is a different scale. */
export const MAX_FEED_SCORE = 100;

export interface IntentFeedRow {
  corporateNumber: string;
  keyword: string;
  day: string;
  score: number;
}

export interface IntentFeedOptions {
  /** The prefecture's keywords: a row's keyword is matched to one of them (ＤＸ to DX) or refused. */
  keywords?: readonly string[];
}

export function parseIntentFeedRow(fields: readonly string[], { keywords }: IntentFeedOptions = {}): CsvRowResult<IntentFeedRow> {
  const known = keywords === undefined ? null : new Map(keywords.map((k) => [normalizeKeyword(k), k]));
  return readCsvRow({
    fields,
    header: INTENT_FEED_HEADER,
    columnsCode: 'YUCHI_INTENT_FEED_COLUMNS',
    read: (cells) => {
      const corporateNumber = corporateNumberCell(cells.corporate_number, { column: 'corporate_number', required: true })!;
      const typed = cells.keyword.normalize('NFKC').trim();
      if (typed === '' || typed.length > 255) cellError('YUCHI_INTENT_FEED_KEYWORD', 'keyword は1〜255文字で入れてください');
      const keyword = known === null ? typed : known.get(normalizeKeyword(typed));
      if (keyword === undefined) {
        return cellError('YUCHI_INTENT_FEED_KEYWORD_UNKNOWN', `keyword「${typed}」は注目キーワードにありません。注目キーワードに登録するか、登録済みの表記にしてください`);
      }
      const day = requiredDayCell(cells.date, { column: 'date', code: 'YUCHI_INTENT_FEED_DATE' });
      const scoreText = cells.score.normalize('NFKC').trim();
      const score = Number(scoreText);
      if (!/^\d+(\.\d+)?$/.test(scoreText) || score > MAX_FEED_SCORE) {
        cellError('YUCHI_INTENT_FEED_SCORE', `score「${scoreText}」は 0〜${MAX_FEED_SCORE} の数値にしてください`);
      }
      return { corporateNumber, keyword, day, score };
    },
  });
}
