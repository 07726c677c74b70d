// 抽出リスト on both databases: save the current criteria, refresh from them (row count change recorded), share
// with chosen users, and export a list.
import { createItem, readItem, readItems, readRevisions } from '@directus/sdk';
import { beforeAll, describe, expect, test } from 'vitest';
import { makeCorporateNumber } from '../../extensions/yuchi/src/domain/corporate-number.validator.ts';
import { USERS } from '../support/fixtures.ts';
import { createSearchDataset } from '../support/search-dataset.ts';
import { hasVendor, useDirectus, VENDORS } from '../support/suite-directus.ts';
import { callYuchi, errorCode, errorMessage } from '../support/yuchi-api.ts';

interface ListChange {
  id: number;
  before: number;
  after: number;
  added: number;
  removed: number;
}

describe.each(VENDORS)('target lists on %s', (vendor) => {
  describe.skipIf(!hasVendor(vendor))('POST /yuchi/lists', () => {
    const dx = useDirectus(vendor);
    let ids: Awaited<ReturnType<typeof createSearchDataset>>;
    beforeAll(async () => {
      ids = await createSearchDataset(dx);
    });
    let list = 0;

    const members = async (user: 'staff1' | 'admin', id: number) =>
      ((await (await dx.as(user)).request(readItems('target_list_companies', { filter: { list: { _eq: id } }, fields: ['company'], limit: -1 }))) as { company: number }[])
        .map((m) => m.company)
        .sort((a, b) => a - b);

    test('saving the current criteria stores the matching companies as members', async () => {
      const answer = await callYuchi<{ data: ListChange }>(dx, 'staff1', '/lists', {
        name: '新潟の精密関連',
        criteria: { q: '精密', prefectures: ['15'], page: 3, limit: 1 },
        shared_with: [USERS.staff2.id],
      });
      expect(answer.status).toBe(201);
      list = answer.body.data.id;
      expect(answer.body.data).toMatchObject({ before: 0, after: 2, added: 2, removed: 0 });
      expect(await members('staff1', list)).toEqual([ids.niigataPrecision, ids.sakura].sort((a, b) => a - b));
      const saved = (await (await dx.as('staff1')).request(readItem('target_lists', list))) as Record<string, unknown>;
      // Paging is not part of a list's criteria.
      expect(saved['criteria']).toEqual({ q: '精密', prefectures: ['15'] });
      expect(saved).toMatchObject({ row_count: 2, owner: USERS.staff1.id });
    });

    test('refreshing adds new matches and records the change in row count', async () => {
      await (await dx.as('admin')).request(
        createItem('companies', { corporate_number: makeCorporateNumber('770000000099'), name: '新潟精密新興株式会社', status: 'active', prefecture_code: '15' } as never),
      );
      const answer = await callYuchi<{ data: ListChange }>(dx, 'staff1', `/lists/${list}/refresh`, {});
      expect(answer.status).toBe(200);
      expect(answer.body.data).toMatchObject({ id: list, before: 2, after: 3, added: 1, removed: 0 });
      const revisions = (await (await dx.as('admin')).request(
        readRevisions({ filter: { collection: { _eq: 'target_lists' }, item: { _eq: String(list) } }, fields: ['delta'], sort: ['-id'], limit: 1 } as never),
      )) as { delta: { row_count?: number } }[];
      expect(revisions[0]?.delta.row_count).toBe(3);
    });

    test('a user the list is shared with sees it and its members; others do not', async () => {
      expect((await members('admin', list)).length).toBe(3);
      const shared = await callYuchi<{ data: ListChange }>(dx, 'staff2', `/lists/${list}/refresh`, {});
      expect(shared.status).toBe(200);
      const other = await callYuchi(dx, 'viewer', `/lists/${list}/refresh`, {});
      expect(other.status).toBe(403);
    });

    test('a list can be searched and exported as its members', async () => {
      const search = await callYuchi<{ data: { id: number }[]; meta: { total: number } }>(dx, 'staff1', '/search', { list, fields: ['id'] });
      expect(search.body.meta.total).toBe(3);
      const file = await callYuchi(dx, 'staff1', '/export', { list, columns: ['name'] });
      expect(file.status).toBe(200);
    });

    test.each<[string, Record<string, unknown>]>([
      ['name', { criteria: { q: '精密' } }],
      ['criteria', { name: 'x', criteria: 'q=精密' }],
      ['employees', { name: 'x', criteria: { employees: { min: 5, max: 1 } } }],
      ['shared_with', { name: 'x', shared_with: 'everyone' }],
    ])('a bad %s is refused with 400 naming it, and no list is saved', async (key, body) => {
      const before = (await (await dx.as('admin')).request(readItems('target_lists', { fields: ['id'], limit: -1 }))).length;
      const answer = await callYuchi(dx, 'staff1', '/lists', body);
      expect(answer.status).toBe(400);
      expect(errorCode(answer)).toBe('YUCHI_SEARCH_INVALID');
      expect(errorMessage(answer)).toContain(`「${key}」`);
      expect((await (await dx.as('admin')).request(readItems('target_lists', { fields: ['id'], limit: -1 }))).length).toBe(before);
    });
  });
});
