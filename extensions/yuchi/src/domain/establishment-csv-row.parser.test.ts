import { describe, expect, test } from 'vitest';
import { makeCorporateNumber } from './corporate-number.validator.ts';
import { ESTABLISHMENT_HEADER, parseEstablishmentRow } from './establishment-csv-row.parser.ts';

const CN = makeCorporateNumber('780000000001');
const row = (over: Partial<Record<(typeof ESTABLISHMENT_HEADER)[number], string>> = {}) =>
  ESTABLISHMENT_HEADER.map(
    (column) =>
      ({
        corporate_number: CN,
        name: '新潟営業所',
        kind: 'sales_office',
        status: 'active',
        prefecture_code: '15',
        city_code: '15103',
        address: '新潟県新潟市中央区見本町1-1',
        postal_code: '9500000',
        phone: '025-000-0000',
        parent_name: '本社',
        ...over,
      })[column],
  );

describe('parseEstablishmentRow', () => {
  test('reads a full row, writing the postal code with a hyphen', () => {
    expect(parseEstablishmentRow(row())).toEqual({
      ok: true,
      row: {
        corporateNumber: CN,
        name: '新潟営業所',
        kind: 'sales_office',
        status: 'active',
        prefectureCode: '15',
        cityCode: '15103',
        address: '新潟県新潟市中央区見本町1-1',
        postalCode: '950-0000',
        phone: '025-000-0000',
        parentName: '本社',
      },
    });
  });

  test('accepts Japanese kinds and statuses, and takes the prefecture from the city code when missing', () => {
    expect(parseEstablishmentRow(row({ kind: '本社', status: '閉鎖', prefecture_code: '', parent_name: '' }))).toMatchObject({
      ok: true,
      row: { kind: 'head_office', status: 'closed', prefectureCode: '15', parentName: null },
    });
  });

  test.each<[string, string[], string]>([
    ['too many columns', [...row(), 'x'], 'YUCHI_SITE_COLUMNS'],
    ['a bad corporate number', row({ corporate_number: '7800000000010' }), 'YUCHI_INVALID_CORPORATE_NUMBER'],
    ['an empty name', row({ name: ' ' }), 'YUCHI_SITE_NAME'],
    ['an unknown kind', row({ kind: '城' }), 'YUCHI_SITE_KIND'],
    ['an unknown status', row({ status: 'open' }), 'YUCHI_SITE_STATUS'],
    ['prefecture 48', row({ prefecture_code: '48' }), 'YUCHI_SITE_PREFECTURE'],
    ['a 4-digit city code', row({ city_code: '1510' }), 'YUCHI_SITE_CITY'],
    ['a city in another prefecture', row({ city_code: '13101' }), 'YUCHI_SITE_CITY'],
    ['a 6-digit postal code', row({ postal_code: '950-000' }), 'YUCHI_SITE_POSTAL_CODE'],
    ['letters in the phone number', row({ phone: 'call me' }), 'YUCHI_SITE_PHONE'],
    ['itself as parent', row({ parent_name: '新潟営業所' }), 'YUCHI_SITE_PARENT_SELF'],
  ])('refuses %s with a clear code', (_case, fields, code) => {
    const result = parseEstablishmentRow(fields);
    expect(result.ok ? null : result.error.code).toBe(code);
  });
});
