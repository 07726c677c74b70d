// The body of a データ管理者's decision on a risk finding (confirm or dismiss, always with a reason) or on a parked
// candidate (link to a company, or discard). Read here so the endpoint only translates HTTP.
export type ReviewDecision = 'confirmed' | 'dismissed';

export const REVIEW_NOTE_LENGTH = 2000;

export type Read<T> = { ok: true; value: T } | { ok: false; reason: string };

function noteOf(value: unknown, { required }: { required: boolean }): Read<string | null> {
  const note = typeof value === 'string' ? value.trim() : '';
  if (value !== undefined && value !== null && typeof value !== 'string') return { ok: false, reason: 'note（理由）は文字列にしてください。' };
  if (note === '') return required ? { ok: false, reason: 'note（理由）を入れてください。確認済み・却下にした理由は監査の記録に残ります。' } : { ok: true, value: null };
  if (note.length > REVIEW_NOTE_LENGTH) return { ok: false, reason: `note（理由）は${REVIEW_NOTE_LENGTH}文字以内にしてください。` };
  return { ok: true, value: note };
}

const bodyOf = (body: unknown): Record<string, unknown> => (typeof body === 'object' && body !== null && !Array.isArray(body) ? (body as Record<string, unknown>) : {});

export function readReviewRequest(body: unknown): Read<{ decision: ReviewDecision; note: string }> {
  const { decision, note } = bodyOf(body);
  if (decision !== 'confirmed' && decision !== 'dismissed') return { ok: false, reason: 'decision は "confirmed"（確認済み）か "dismissed"（却下）にしてください。' };
  const read = noteOf(note, { required: true });
  return read.ok ? { ok: true, value: { decision, note: read.value! } } : read;
}

export function readLinkRequest(body: unknown): Read<{ company: number; note: string | null }> {
  const { company, note } = bodyOf(body);
  const id = typeof company === 'string' && /^\d+$/.test(company) ? Number(company) : company;
  if (typeof id !== 'number' || !Number.isInteger(id) || id <= 0) return { ok: false, reason: 'company に結び付ける企業の ID（正の整数）を入れてください。' };
  const read = noteOf(note, { required: false });
  return read.ok ? { ok: true, value: { company: id, note: read.value } } : read;
}

export function readDiscardRequest(body: unknown): Read<{ note: string }> {
  const read = noteOf(bodyOf(body)['note'], { required: true });
  return read.ok ? { ok: true, value: { note: read.value! } } : read;
}
