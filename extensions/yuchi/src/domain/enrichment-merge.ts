// Decides, figure by figure, whether an outside source (gBizINFO) may write a company's value:
//   - write when the field is empty, or still holds what the source wrote last time (its provenance);
//   - keep a value someone entered by hand and report a conflict instead ('enrich' figures);
//   - keep silently a value of a 'fill' figure (names and addresses the 国税庁 registry maintains) — the source
//     only fills them when they are empty.
// A source that has nothing for a figure never clears it. A unit is a figure of one or more columns (a range and its
// label) that is written or kept as a whole, so a row never mixes two sources' halves of one figure.
export interface MergeUnit {
  key: string;
  fields: readonly string[];
  policy: 'enrich' | 'fill';
}

/** What the source wrote last (per column) and the values it offered that were kept out (per column). */
export interface EnrichmentOrigin {
  values: Record<string, unknown>;
  conflicts: Record<string, unknown>;
}

export interface EnrichmentConflict {
  unit: string;
  fields: string[];
  current: Record<string, unknown>;
  incoming: Record<string, unknown>;
  // False when the same values were already reported by the previous fetch.
  isNew: boolean;
}

export interface MergeResult {
  // The columns to write and their new values.
  writes: Record<string, unknown>;
  // { column: [before, after] } for every column written.
  changes: Record<string, [unknown, unknown]>;
  conflicts: EnrichmentConflict[];
  // Provenance to store with the write.
  origin: EnrichmentOrigin;
}

export interface MergeInput {
  units: readonly MergeUnit[];
  current: Record<string, unknown>;
  incoming: Record<string, unknown>;
  origin: EnrichmentOrigin | null;
}

function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * One comparable form for values read back from SQLite or PostgreSQL through Directus: bigints arrive as strings
 * on PostgreSQL, json columns as text when read raw; empty text and empty lists are no value.
 */
export function comparable(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') {
    const text = value.trim();
    if (text === '') return null;
    if (/^-?\d+(\.\d+)?$/.test(text)) return String(Number(text));
    if (/^[[{]/.test(text)) {
      try {
        return comparable(JSON.parse(text));
      } catch {
        return JSON.stringify(text);
      }
    }
    return JSON.stringify(text);
  }
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : null;
  if (Array.isArray(value) && value.length === 0) return null;
  return stableJson(value);
}

/** A unit's values in comparable form: two fingerprints are equal when every column compares equal. */
const fingerprint = (fields: readonly string[], values: Record<string, unknown>): string => JSON.stringify(fields.map((f) => comparable(values[f])));
const isEmpty = (fields: readonly string[], values: Record<string, unknown>): boolean => fields.every((f) => comparable(values[f]) === null);
const pick = (fields: readonly string[], values: Record<string, unknown>): Record<string, unknown> =>
  Object.fromEntries(fields.map((f) => [f, values[f] ?? null]));

export function mergeEnrichment({ units, current, incoming, origin }: MergeInput): MergeResult {
  const previous: EnrichmentOrigin = { values: { ...(origin?.values ?? {}) }, conflicts: { ...(origin?.conflicts ?? {}) } };
  const next: EnrichmentOrigin = { values: { ...previous.values }, conflicts: { ...previous.conflicts } };
  const writes: Record<string, unknown> = {};
  const changes: Record<string, [unknown, unknown]> = {};
  const conflicts: EnrichmentConflict[] = [];
  const forgetConflict = (fields: readonly string[]) => fields.forEach((f) => delete next.conflicts[f]);
  const remember = (fields: readonly string[]) => {
    for (const f of fields) next.values[f] = incoming[f] ?? null;
    forgetConflict(fields);
  };

  for (const unit of units) {
    const { fields } = unit;
    if (isEmpty(fields, incoming)) continue;
    if (fingerprint(fields, current) === fingerprint(fields, incoming)) {
      // Already what the source says, whoever typed it: from now on the source keeps it current.
      remember(fields);
      continue;
    }
    const wroteLast = fields.every((f) => f in previous.values) && fingerprint(fields, current) === fingerprint(fields, previous.values);
    if (isEmpty(fields, current) || wroteLast) {
      for (const f of fields) {
        if (comparable(current[f]) === comparable(incoming[f])) continue;
        writes[f] = incoming[f] ?? null;
        changes[f] = [current[f] ?? null, incoming[f] ?? null];
      }
      remember(fields);
      continue;
    }
    if (unit.policy === 'fill') {
      forgetConflict(fields);
      continue;
    }
    const offered = pick(fields, incoming);
    const isNew = !fields.every((f) => f in previous.conflicts) || fingerprint(fields, previous.conflicts) !== fingerprint(fields, offered);
    for (const f of fields) next.conflicts[f] = offered[f];
    conflicts.push({ unit: unit.key, fields: [...fields], current: pick(fields, current), incoming: offered, isNew });
  }
  return { writes, changes, conflicts, origin: next };
}

/** Provenance as stored (json column: an object, or its text on some reads), or none. */
export function enrichmentOriginOf(value: unknown): EnrichmentOrigin | null {
  let parsed: unknown = value;
  if (typeof value === 'string') {
    try {
      parsed = JSON.parse(value);
    } catch {
      return null;
    }
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) return null;
  const { values, conflicts } = parsed as { values?: unknown; conflicts?: unknown };
  const record = (v: unknown): Record<string, unknown> => (v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {});
  return { values: record(values), conflicts: record(conflicts) };
}
