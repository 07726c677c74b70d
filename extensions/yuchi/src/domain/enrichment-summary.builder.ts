// The one-line Japanese summary of an enrichment for company_history.summary (a string column: 255 characters):
// which figures changed, and which hand-entered values were kept with what the source offered instead.
export interface SummaryUnit {
  label: string;
  fields: readonly string[];
}

export interface SummaryConflict {
  label: string;
  fields: readonly string[];
  incoming: Record<string, unknown>;
}

export interface EnrichmentSummaryInput {
  source: string;
  changed: readonly SummaryUnit[];
  conflicts: readonly SummaryConflict[];
  // Further sentences, e.g. what happened to the company's sites.
  notes?: readonly string[];
}

export const SUMMARY_MAX_LENGTH = 255;
const VALUE_MAX_LENGTH = 40;

const shorten = (text: string, max: number): string => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

const text = (value: unknown): string => {
  if (value === null || value === undefined || value === '') return '';
  if (typeof value === 'number') return value.toLocaleString('ja-JP');
  if (typeof value === 'string' && /^-?\d{4,}$/.test(value)) return Number(value).toLocaleString('ja-JP');
  if (Array.isArray(value)) {
    return value.map((item) => (item && typeof item === 'object' && 'name' in item ? String((item as { name: unknown }).name) : String(item))).join('、');
  }
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
};

/**
 * A figure as a person reads it: a range by its label (else 下限〜上限), a list of holders by their names, an address
 * without the codes that go with it (the first column is the figure, the others follow from it).
 */
export function displayValue(fields: readonly string[], values: Record<string, unknown>): string {
  const labelField = fields.find((f) => f.endsWith('_label'));
  const label = labelField ? text(values[labelField]) : '';
  if (label) return shorten(label, VALUE_MAX_LENGTH);
  const lower = fields.find((f) => /_lower(_|$)/.test(f));
  const upper = fields.find((f) => /_upper(_|$)/.test(f));
  if (lower && upper) {
    const [from, to] = [text(values[lower]), text(values[upper])];
    return from || to ? shorten(`${from}〜${to}`, VALUE_MAX_LENGTH) : '';
  }
  return shorten(fields[0] ? text(values[fields[0]]) : '', VALUE_MAX_LENGTH);
}

export function describeEnrichment({ source, changed, conflicts, notes = [] }: EnrichmentSummaryInput): string {
  const sentences: string[] = [];
  if (changed.length) sentences.push(`${source} から更新: ${changed.map((u) => u.label).join('、')}`);
  if (conflicts.length) {
    const kept = conflicts.map((c) => `${c.label}（${source}: ${displayValue(c.fields, c.incoming)}）`).join('、');
    sentences.push(`手入力の値を残しました: ${kept}`);
  }
  sentences.push(...notes);
  if (sentences.length === 0) sentences.push(`${source} の内容と同じでした`);
  return shorten(`${sentences.join('。')}`, SUMMARY_MAX_LENGTH);
}
