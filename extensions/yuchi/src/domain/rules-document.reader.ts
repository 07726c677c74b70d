// Reads a JSON document a データ管理者 edits (risk rules, keyword dictionaries, score bands) into checked values.
// The first mistake stops the reading and names its path (「rules[2].severity」) with what is expected there.
import { isSeverity, type Severity } from './risk-category.labels.ts';

export interface DocumentError {
  path: string;
  message: string;
}

export type DocumentResult<T> = { ok: true; value: T } | { ok: false; error: DocumentError };

class Invalid extends Error {
  constructor(readonly path: string, message: string) {
    super(message);
  }
}

export function invalidAt(path: string, message: string): never {
  throw new Invalid(path, `「${path}」: ${message}`);
}

/** Runs a reader built from the helpers below; a mistake becomes { ok: false }, anything else is rethrown. */
export function readDocument<T>(read: () => T): DocumentResult<T> {
  try {
    return { ok: true, value: read() };
  } catch (error) {
    if (error instanceof Invalid) return { ok: false, error: { path: error.path, message: error.message } };
    throw error;
  }
}

export function objectAt(path: string, value: unknown, keys: readonly string[]): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return invalidAt(path, `JSON オブジェクトで指定してください（使える項目: ${keys.join(', ')}）`);
  const extra = Object.keys(value).find((key) => !keys.includes(key));
  if (extra !== undefined) invalidAt(`${path}.${extra}`, `この項目はありません。使える項目: ${keys.join(', ')}`);
  return value as Record<string, unknown>;
}

export function arrayAt(path: string, value: unknown, expected: string): unknown[] {
  if (!Array.isArray(value)) return invalidAt(path, `配列で指定してください（${expected}）`);
  return value;
}

export function textAt(path: string, value: unknown, { maxLength = 255 }: { maxLength?: number } = {}): string {
  if (typeof value !== 'string' || value.trim() === '') return invalidAt(path, '空でない文字列で指定してください');
  if (value.length > maxLength) return invalidAt(path, `${maxLength}文字以内にしてください`);
  return value.trim();
}

export function numberAt(path: string, value: unknown, { min, max, integer = false }: { min?: number; max?: number; integer?: boolean } = {}): number {
  const kind = integer ? '整数' : '数値';
  const range = min !== undefined && max !== undefined ? `${min}〜${max} の${kind}` : min !== undefined ? `${min} 以上の${kind}` : max !== undefined ? `${max} 以下の${kind}` : kind;
  const ok = typeof value === 'number' && Number.isFinite(value) && (!integer || Number.isInteger(value)) && (min === undefined || value >= min) && (max === undefined || value <= max);
  return ok ? (value as number) : invalidAt(path, `${range}で指定してください`);
}

export function severityAt(path: string, value: unknown): Severity {
  return isSeverity(value) ? value : invalidAt(path, '重大度は 0（なし）〜3（高）の整数で指定してください');
}

export function booleanAt(path: string, value: unknown): boolean {
  return typeof value === 'boolean' ? value : invalidAt(path, 'true か false で指定してください');
}

export function oneOfAt<T extends string>(path: string, value: unknown, allowed: readonly T[]): T {
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
  return invalidAt(path, `${allowed.map((a) => `"${a}"`).join(' / ')} のいずれかで指定してください`);
}

/** A rule id: lower-case letters, digits and _, starting with a letter; unique within the document. */
export function idAt(path: string, value: unknown, seen: Set<string>): string {
  if (typeof value !== 'string' || !/^[a-z][a-z0-9_]{0,63}$/.test(value)) return invalidAt(path, '英小文字で始まる英小文字・数字・_（64文字以内）で指定してください');
  if (seen.has(value)) return invalidAt(path, `「${value}」は他の項目と重複しています。別の id にしてください`);
  seen.add(value);
  return value;
}
