import { describe, expect, test } from 'vitest';
import { emptyBusinessCard, type BusinessCard } from './business-card.types.ts';
import { planCardMerge } from './card-merge.planner.ts';

const OLD: BusinessCard = {
  ...emptyBusinessCard('試験 太郎'),
  personNameKana: 'シケン タロウ',
  companyName: '株式会社テスト',
  departmentName: '営業部',
  title: '課長',
  emails: ['taro@example.jp'],
  phones: ['03-0000-0001'],
  postalCode: '950-0000',
  address: '新潟県新潟市中央区試験町1-2-3',
  exchangedOn: '2022-04-01',
  notes: '初回は展示会',
};

const NEW: BusinessCard = {
  ...emptyBusinessCard('試験 太郎'),
  companyName: '株式会社テスト',
  title: '部長',
  emails: ['TARO@example.jp', 'shiken@example.com'],
  phones: ['03(0000)0001', '03-0000-0009'],
  mobiles: ['090-0000-0001'],
  exchangedOn: '2024-03-12',
  notes: '昇進のご挨拶',
};

describe('planCardMerge', () => {
  test('keeps values only one card has, prefers the newer where both have one, and joins lists and memos', () => {
    const plan = planCardMerge({ keep: { card: OLD, updatedAt: '2022-04-01T09:00:00Z' }, other: { card: NEW, updatedAt: '2024-03-12T09:00:00Z' } });
    expect(plan.merged).toEqual({
      ...OLD,
      title: '部長',
      emails: ['TARO@example.jp', 'shiken@example.com'],
      phones: ['03(0000)0001', '03-0000-0009'],
      mobiles: ['090-0000-0001'],
      exchangedOn: '2022-04-01',
      notes: '昇進のご挨拶\n\n初回は展示会',
    });
    expect(plan.changes).toEqual([
      { field: 'title', label: '役職', before: '課長', after: '部長' },
      { field: 'emails', label: 'メールアドレス', before: ['taro@example.jp'], after: ['TARO@example.jp', 'shiken@example.com'] },
      { field: 'phones', label: '電話番号', before: ['03-0000-0001'], after: ['03(0000)0001', '03-0000-0009'] },
      { field: 'mobiles', label: '携帯電話', before: [], after: ['090-0000-0001'] },
      { field: 'notes', label: 'メモ', before: '初回は展示会', after: '昇進のご挨拶\n\n初回は展示会' },
    ]);
    expect(plan.summary).toBe('名刺「試験 太郎」に重複した名刺を統合しました（役職、メールアドレス、電話番号、携帯電話、メモ）');
  });

  test('gives the same merged card whichever of the two is kept; only the changes differ', () => {
    const keepOld = planCardMerge({ keep: { card: OLD, updatedAt: '2022-04-01T09:00:00Z' }, other: { card: NEW, updatedAt: '2024-03-12T09:00:00Z' } });
    const keepNew = planCardMerge({ keep: { card: NEW, updatedAt: '2024-03-12T09:00:00Z' }, other: { card: OLD, updatedAt: '2022-04-01T09:00:00Z' } });
    expect(keepNew.merged).toEqual(keepOld.merged);
    expect(keepNew.changes.map((c) => c.field)).toEqual(['personNameKana', 'departmentName', 'postalCode', 'address', 'exchangedOn', 'notes']);
  });

  test('counts a card without a time as the older, and the kept card as newer on equal times', () => {
    expect(planCardMerge({ keep: { card: OLD, updatedAt: null }, other: { card: NEW, updatedAt: '2024-03-12T09:00:00Z' } }).merged.title).toBe('部長');
    expect(planCardMerge({ keep: { card: OLD, updatedAt: '2024-03-12T09:00:00Z' }, other: { card: NEW, updatedAt: '2024-03-12T09:00:00Z' } }).merged.title).toBe('課長');
  });

  test('takes the postal code with the address from the newer card when the office moved', () => {
    const moved = { ...NEW, address: '東京都千代田区試験町9-9' };
    expect(planCardMerge({ keep: { card: OLD, updatedAt: '2022' }, other: { card: moved, updatedAt: '2024' } }).merged).toMatchObject({ address: '東京都千代田区試験町9-9', postalCode: null });
    const samePlace = { ...NEW, address: '新潟県新潟市中央区試験町 1-2-3' };
    expect(planCardMerge({ keep: { card: OLD, updatedAt: '2022' }, other: { card: samePlace, updatedAt: '2024' } }).merged.postalCode).toBe('950-0000');
  });

  test('keeps one memo when one holds the other, and drops a kana that reads another spelling of the name', () => {
    const plan = planCardMerge({ keep: { card: OLD, updatedAt: '2022' }, other: { card: { ...NEW, personName: 'Taro Shiken', notes: '初回は展示会。追記あり' }, updatedAt: '2024' } });
    expect(plan.merged).toMatchObject({ personName: 'Taro Shiken', personNameKana: null, notes: '初回は展示会。追記あり' });
  });

  test('reports no changes when the other card adds nothing', () => {
    const plan = planCardMerge({ keep: { card: OLD, updatedAt: '2024' }, other: { card: { ...emptyBusinessCard('試験 太郎'), emails: ['Taro@example.jp '] }, updatedAt: '2022' } });
    expect(plan.changes).toEqual([]);
    expect(plan.summary).toContain('変更なし');
  });
});
