import { describe, expect, test } from 'vitest';
import { readDiscardRequest, readLinkRequest, readReviewRequest } from './risk-review.request.ts';

describe('a review request', () => {
  test('confirms or dismisses with a reason', () => {
    expect(readReviewRequest({ decision: 'confirmed', note: ' 処分庁の公表で確認 ' })).toEqual({ ok: true, value: { decision: 'confirmed', note: '処分庁の公表で確認' } });
    expect(readReviewRequest({ decision: 'dismissed', note: '同名の別法人' })).toMatchObject({ ok: true });
  });

  test.each([
    ['no decision', { note: '理由' }],
    ['an unknown decision', { decision: 'open', note: '理由' }],
    ['no note', { decision: 'confirmed' }],
    ['an empty note', { decision: 'dismissed', note: '  ' }],
    ['a note that is not text', { decision: 'dismissed', note: 5 }],
    ['no body', null],
  ])('is refused with %s', (_case, body) => {
    const read = readReviewRequest(body);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.reason).toMatch(/[ぁ-んァ-ン]/u);
  });
});

describe('a link request', () => {
  test('names a company by id, the note is optional', () => {
    expect(readLinkRequest({ company: 12 })).toEqual({ ok: true, value: { company: 12, note: null } });
    expect(readLinkRequest({ company: '12', note: '所在地で確認' })).toEqual({ ok: true, value: { company: 12, note: '所在地で確認' } });
  });

  test.each([[{}], [{ company: 0 }], [{ company: 'x' }], [{ company: 1.5 }]])('is refused for %j', (body) => {
    expect(readLinkRequest(body).ok).toBe(false);
  });
});

test('a discard needs a reason', () => {
  expect(readDiscardRequest({}).ok).toBe(false);
  expect(readDiscardRequest({ note: '該当企業なし' })).toEqual({ ok: true, value: { note: '該当企業なし' } });
});
