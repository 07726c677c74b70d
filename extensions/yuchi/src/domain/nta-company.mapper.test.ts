import { describe, expect, test } from 'vitest';
import { companyChangesFromNta, describeNtaChange, ntaAddress } from './nta-company.mapper.ts';
import type { NtaRecord } from './nta-record.mapper.ts';

const BASE: NtaRecord = {
  sequence: 1,
  corporateNumber: '8880001000011',
  process: '01',
  isCorrection: false,
  updateDate: '2024-04-05',
  changeDate: '2024-04-01',
  name: '株式会社翔瑞精密',
  nameImageId: null,
  kind: '301',
  prefectureName: '岩手県',
  cityName: '盛岡市',
  streetNumber: '中央通１丁目２－３',
  addressImageId: null,
  prefectureCode: '03',
  cityCode3: '201',
  cityCode5: '03201',
  postalCode: '020-0021',
  addressOutside: null,
  addressOutsideImageId: null,
  closeDate: null,
  closeCause: null,
  successorCorporateNumber: null,
  changeCause: null,
  assignmentDate: '2024-04-01',
  isLatest: true,
  enName: 'Shozui Precision Co., Ltd.',
  enPrefectureName: null,
  enAddress: null,
  enAddressOutside: null,
  furigana: 'ショウズイセイミツ',
  isSearchExcluded: false,
};

const SUCCESSOR = '2021001052596';
const record = (changes: Partial<NtaRecord>): NtaRecord => ({ ...BASE, ...changes });

describe('companyChangesFromNta', () => {
  test('maps a new company (01) onto the companies columns', () => {
    expect(companyChangesFromNta(BASE)).toEqual({
      values: {
        corporate_number: '8880001000011',
        name: '株式会社翔瑞精密',
        name_kana: 'ショウズイセイミツ',
        name_en: 'Shozui Precision Co., Ltd.',
        corporate_kind: '301',
        prefecture_code: '03',
        city_code: '03201',
        address: '岩手県盛岡市中央通１丁目２－３',
        postal_code: '020-0021',
        status: 'active',
        closed_on: null,
        close_reason: null,
        successor_corporate_number: null,
        is_search_excluded: false,
        source: 'nta',
        // Midnight of 2024-04-05 in Japan.
        source_updated_at: '2024-04-04T15:00:00.000Z',
      },
      meta: { process: '01', isCorrection: false, deleted: false, nameErased: false },
    });
  });

  test('takes the new name from a rename (11)', () => {
    expect(companyChangesFromNta(record({ process: '11', name: '株式会社蒼嶺テック' })).values).toMatchObject({ name: '株式会社蒼嶺テック', status: 'active' });
  });

  test('takes the new address from a move (12)', () => {
    const values = companyChangesFromNta(record({ process: '12', cityName: '花巻市', cityCode3: '205', cityCode5: '03205', streetNumber: '本町５' })).values;
    expect(values).toMatchObject({ city_code: '03205', address: '岩手県花巻市本町５', status: 'active' });
  });

  test('uses the overseas address for a company with no domestic one (13)', () => {
    const overseas = record({ process: '13', prefectureName: null, cityName: null, streetNumber: null, prefectureCode: null, cityCode3: null, cityCode5: null, postalCode: null, addressOutside: 'アメリカ合衆国カリフォルニア州' });
    expect(companyChangesFromNta(overseas).values).toMatchObject({ address: 'アメリカ合衆国カリフォルニア州', prefecture_code: null, city_code: null, postal_code: null });
  });

  test('closes a company whose register was closed (21), with the date and the cause', () => {
    const values = companyChangesFromNta(record({ process: '21', closeDate: '2024-03-29', closeCause: '01' })).values;
    expect(values).toMatchObject({ status: 'closed', closed_on: '2024-03-29', close_reason: '01', successor_corporate_number: null });
  });

  test('falls back to the change date when a closure (21) has no closing date', () => {
    expect(companyChangesFromNta(record({ process: '21', closeCause: '21' })).values).toMatchObject({ status: 'closed', closed_on: '2024-04-01', close_reason: '21' });
  });

  test('closes the absorbed company of a merger (71) with cause 11 and its successor', () => {
    const values = companyChangesFromNta(record({ process: '71', closeDate: '2024-04-01', closeCause: null, successorCorporateNumber: SUCCESSOR })).values;
    expect(values).toMatchObject({ status: 'closed', closed_on: '2024-04-01', close_reason: '11', successor_corporate_number: SUCCESSOR });
  });

  test.each([
    ['a revival (22)', '22'],
    ['a merger declared void (72)', '72'],
  ] as const)('reopens the company on %s and clears the closure', (_label, process) => {
    const values = companyChangesFromNta(record({ process, closeDate: '2023-01-10', closeCause: '11', successorCorporateNumber: SUCCESSOR })).values;
    expect(values).toMatchObject({ status: 'active', closed_on: null, close_reason: null, successor_corporate_number: null });
  });

  test('marks a deleted record (99) closed without a reason, and says so in meta', () => {
    const patch = companyChangesFromNta(record({ process: '99' }));
    expect(patch.values).toMatchObject({ status: 'closed', closed_on: '2024-04-01', close_reason: null, successor_corporate_number: null });
    expect(patch.meta).toMatchObject({ deleted: true, nameErased: false });
  });

  test('keeps the name when its registration was erased (81), and says so in meta', () => {
    const patch = companyChangesFromNta(record({ process: '81' }));
    expect(patch.values).toMatchObject({ name: '株式会社翔瑞精密', status: 'active' });
    expect(patch.meta).toMatchObject({ deleted: false, nameErased: true });
  });

  test('keeps a company closed when a later rename of it still carries the closure', () => {
    const values = companyChangesFromNta(record({ process: '11', closeDate: '2020-06-30', closeCause: '31' })).values;
    expect(values).toMatchObject({ status: 'closed', closed_on: '2020-06-30', close_reason: '31' });
  });

  test('passes on corrections and the search exclusion', () => {
    const patch = companyChangesFromNta(record({ process: '12', isCorrection: true, isSearchExcluded: true }));
    expect(patch.values.is_search_excluded).toBe(true);
    expect(patch.meta.isCorrection).toBe(true);
  });

  test('leaves name_kana, name_en and postal_code null when the NTA gives none', () => {
    expect(companyChangesFromNta(record({ furigana: null, enName: null, postalCode: null })).values).toMatchObject({ name_kana: null, name_en: null, postal_code: null });
  });
});

describe('ntaAddress', () => {
  test('joins the prefecture, city and street, skipping missing parts', () => {
    expect(ntaAddress(record({ streetNumber: null }))).toBe('岩手県盛岡市');
  });

  test('is null when there is no address at all', () => {
    expect(ntaAddress(record({ prefectureName: null, cityName: null, streetNumber: null }))).toBeNull();
  });
});

describe('describeNtaChange', () => {
  const previous = { name: '株式会社翔瑞精密', address: '岩手県盛岡市中央通１丁目２－３' };

  test.each([
    ['a new company', record({}), null, '法人番号の指定: 株式会社翔瑞精密（2024-04-01）'],
    ['a rename', record({ process: '11', name: '株式会社蒼嶺テック' }), previous, '商号変更: 株式会社翔瑞精密 → 株式会社蒼嶺テック（2024-04-01）'],
    ['a rename with no old name known', record({ process: '11', name: '株式会社蒼嶺テック' }), null, '商号変更: 株式会社蒼嶺テック（2024-04-01）'],
    ['a move', record({ process: '12', cityName: '花巻市', streetNumber: '本町５' }), previous, '所在地変更: 岩手県盛岡市中央通１丁目２－３ → 岩手県花巻市本町５（2024-04-01）'],
    ['an overseas move', record({ process: '13', addressOutside: 'シンガポール' }), previous, '国外所在地変更: シンガポール（2024-04-01）'],
    ['a closure', record({ process: '21', closeDate: '2024-03-29', closeCause: '01' }), previous, '登記記録の閉鎖: 清算の結了等（2024-03-29）'],
    ['a closure without a cause', record({ process: '21' }), previous, '登記記録の閉鎖: 事由の記載なし（2024-04-01）'],
    ['a revival', record({ process: '22' }), previous, '登記記録の復活: 営業中に戻りました（2024-04-01）'],
    ['a merger', record({ process: '71', closeDate: '2024-04-01', successorCorporateNumber: SUCCESSOR }), previous, `吸収合併により解散: 承継先の法人番号 ${SUCCESSOR}（2024-04-01）`],
    ['a void merger', record({ process: '72' }), previous, '吸収合併の無効: 営業中に戻りました（2024-04-01）'],
    ['an erased trade name', record({ process: '81' }), previous, '商号の登記の抹消: 株式会社翔瑞精密（2024-04-01）'],
    ['a deletion', record({ process: '99', changeDate: null }), previous, '削除: 法人番号公表サイトから削除されました'],
    ['a correction', record({ process: '11', isCorrection: true, name: '株式会社翔瑞精機' }), previous, '【訂正】商号変更: 株式会社翔瑞精密 → 株式会社翔瑞精機（2024-04-01）'],
  ])('summarises %s', (_label, changed, before, summary) => {
    expect(describeNtaChange(changed, before)).toBe(summary);
  });
});
