import { aggregate, createItem, readItems, updateItem } from '@directus/sdk';
import { describe, expect, test } from 'vitest';
import { makeCorporateNumber } from '../../extensions/yuchi/src/domain/corporate-number.validator.ts';
import { outcome } from '../support/expect-http.ts';
import { hasVendor, useDirectus, VENDORS } from '../support/suite-directus.ts';

const BAD_NUMBERS = [
  { why: 'a wrong check digit', value: '2000000000014' },
  { why: '12 digits', value: '100000000001' },
  { why: 'full-width digits', value: '１０００００００００１４' },
  { why: 'letters', value: '10000000000AB' },
  { why: 'an empty string', value: '' },
];

describe.each(VENDORS)('companies on %s', (vendor) => {
  describe.skipIf(!hasVendor(vendor))('corporate numbers and search names', () => {
    const dx = useDirectus(vendor);

    test.each(BAD_NUMBERS)('a company with $why as corporate number is refused and nothing is written', async ({ value }) => {
      const client = await dx.as('dataManager');
      const count = async () => Number(((await client.request(aggregate('companies' as never, { aggregate: { count: '*' } } as never))) as unknown as [{ count: string }])[0].count);
      const before = await count();
      const result = await outcome(client.request(createItem('companies' as never, { corporate_number: value, name: '不正番号株式会社' } as never)));
      expect(result.status).toBe(400);
      expect(result.code).toBe('YUCHI_INVALID_CORPORATE_NUMBER');
      expect(result.message).toContain('法人番号');
      expect(await count()).toBe(before);
    });

    test('changing a company to a bad corporate number is refused and the old one stays', async () => {
      const client = await dx.as('dataManager');
      const number = makeCorporateNumber('300000000001');
      const created = (await client.request(createItem('companies' as never, { corporate_number: number, name: '番号変更テスト株式会社' } as never))) as { id: number };
      const result = await outcome(client.request(updateItem('companies' as never, created.id, { corporate_number: '1234567890123' } as never)));
      expect(result.code).toBe('YUCHI_INVALID_CORPORATE_NUMBER');
      const [row] = (await client.request(readItems('companies' as never, { filter: { id: { _eq: created.id } }, fields: ['corporate_number'] } as never))) as { corporate_number: string }[];
      expect(row?.corporate_number).toBe(number);
    });

    test('a corporate number is unique', async () => {
      const client = await dx.as('dataManager');
      const number = makeCorporateNumber('300000000002');
      await client.request(createItem('companies' as never, { corporate_number: number, name: '一意テスト株式会社' } as never));
      const again = await outcome(client.request(createItem('companies' as never, { corporate_number: number, name: '重複株式会社' } as never)));
      expect(again.ok).toBe(false);
      expect(again.code).toBe('RECORD_NOT_UNIQUE');
    });

    test('search_name follows the names, whatever a client sends for it', async () => {
      const client = await dx.as('dataManager');
      const created = (await client.request(
        createItem('companies' as never, { corporate_number: makeCorporateNumber('300000000003'), name: '株式会社　ＡＢＣ精密', search_name: 'tampered' } as never),
      )) as { id: number };
      const read = async () =>
        ((await client.request(readItems('companies' as never, { filter: { id: { _eq: created.id } }, fields: ['search_name'] } as never))) as { search_name: string }[])[0]?.search_name;
      expect(await read()).toBe('abc精密');
      await client.request(updateItem('companies' as never, created.id, { name: '(株)新潟ＸＹＺ', name_kana: 'ニイガタエックスワイゼット' } as never));
      const after = await read();
      expect(after).toContain('新潟xyz');
      expect(after).not.toContain('abc');
    });
  });
});
