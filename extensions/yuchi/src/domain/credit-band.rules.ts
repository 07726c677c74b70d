// 信用評点 (0–100) in bands, and the financial severity each band stands for. Data, not code: a データ管理者 can
// replace the bands (another vendor's scale) with a document parseCreditBandRules accepts.
import { arrayAt, invalidAt, numberAt, objectAt, readDocument, severityAt, textAt, type DocumentResult } from './rules-document.reader.ts';
import type { Severity } from './risk-category.labels.ts';

export interface CreditBand {
  band: string;
  /** the lowest score in the band; the band runs up to the next band's min (or 100) */
  min: number;
  severity: Severity;
}

export interface CreditBandRules {
  /** highest first; the last starts at 0, so every score has a band */
  bands: CreditBand[];
}

export const MAX_CREDIT_SCORE = 100;

export const DEFAULT_CREDIT_BANDS: CreditBandRules = {
  bands: [
    { band: 'A', min: 86, severity: 0 },
    { band: 'B', min: 71, severity: 0 },
    { band: 'C', min: 51, severity: 1 },
    { band: 'D', min: 36, severity: 2 },
    { band: 'E', min: 0, severity: 3 },
  ],
};

/** Bands are compared in one form: Ｂ, b and B are the same band. */
export const bandKey = (text: string): string => text.normalize('NFKC').trim().toUpperCase();

export function creditBandOf(score: number, rules: CreditBandRules): CreditBand {
  // The last band starts at 0; a score below it (never accepted by the parsers) still lands there.
  return rules.bands.find((b) => score >= b.min) ?? rules.bands[rules.bands.length - 1]!;
}

export function findCreditBand(band: string, rules: CreditBandRules): CreditBand | null {
  const key = bandKey(band);
  return rules.bands.find((b) => b.band === key) ?? null;
}

/** The scores of a band as people write them: 'B（71〜85点）', 'E（35点以下）'. */
export function describeCreditBand(band: CreditBand, rules: CreditBandRules): string {
  const i = rules.bands.indexOf(band);
  const above = i > 0 ? rules.bands[i - 1]!.min : null;
  const max = above === null ? MAX_CREDIT_SCORE : Number.isInteger(above) ? above - 1 : above;
  return band.min === 0 ? `${band.band}（${max}点以下）` : `${band.band}（${band.min}〜${max}点）`;
}

export function parseCreditBandRules(document: unknown): DocumentResult<CreditBandRules> {
  return readDocument(() => {
    const root = objectAt('credit_bands', document, ['bands']);
    const list = arrayAt('credit_bands.bands', root['bands'], '点数の高い帯から順に {"band", "min", "severity"}');
    if (list.length === 0) invalidAt('credit_bands.bands', '帯を1つ以上指定してください');
    const bands = list.map((item, i): CreditBand => {
      const path = `credit_bands.bands[${i}]`;
      const band = objectAt(path, item, ['band', 'min', 'severity']);
      return {
        band: bandKey(textAt(`${path}.band`, band['band'], { maxLength: 8 })),
        min: numberAt(`${path}.min`, band['min'], { min: 0, max: MAX_CREDIT_SCORE }),
        severity: severityAt(`${path}.severity`, band['severity']),
      };
    });
    bands.forEach((band, i) => {
      const previous = bands[i - 1];
      if (bands.findIndex((b) => b.band === band.band) !== i) invalidAt(`credit_bands.bands[${i}].band`, `帯「${band.band}」が重複しています`);
      if (previous && band.min >= previous.min) invalidAt(`credit_bands.bands[${i}].min`, `点数の高い帯から順に並べてください（前の帯「${previous.band}」の min ${previous.min} より小さくします）`);
    });
    if (bands[bands.length - 1]!.min !== 0) invalidAt(`credit_bands.bands[${bands.length - 1}].min`, '最後の帯の min は 0 にしてください（どの点数も、いずれかの帯に入るように）');
    return { bands };
  });
}
