// POST /yuchi/search on both databases: every criterion, the range rule, defaults, paging, bad input and the
// caller's row and field permissions.
import { describe, expect, test, beforeAll } from 'vitest';
import { createSearchDataset, SEARCH_COMPANIES, type SearchCompanyKey } from '../support/search-dataset.ts';
import { hasVendor, useDirectus, VENDORS } from '../support/suite-directus.ts';
import { callYuchi, errorCode, errorMessage } from '../support/yuchi-api.ts';

interface SearchBody {
  data: Record<string, unknown>[];
  meta: { total: number; took_ms: number; applied_defaults: string[] };
}

const OURS = Object.values(SEARCH_COMPANIES).map((c) => c.corporate_number);
const nameOf = Object.fromEntries(Object.entries(SEARCH_COMPANIES).map(([k, c]) => [c.corporate_number, k])) as Record<string, SearchCompanyKey>;

describe.each(VENDORS)('company search on %s', (vendor) => {
  describe.skipIf(!hasVendor(vendor))('POST /yuchi/search', () => {
    const dx = useDirectus(vendor);
    beforeAll(async () => {
      await createSearchDataset(dx);
    });

    /** Searches within the dataset (plus the given criteria) and answers the keys found, sorted. */
    async function found(criteria: Record<string, unknown>, user: 'staff1' | 'niigataOnly' = 'staff1'): Promise<string[]> {
      const answer = await callYuchi<SearchBody>(dx, user, '/search', { corporate_numbers: OURS, fields: ['corporate_number'], limit: 500, ...criteria });
      expect(answer.status, JSON.stringify(answer.body)).toBe(200);
      expect(answer.body.meta.total).toBe(answer.body.data.length);
      return answer.body.data.map((r) => nameOf[String(r['corporate_number'])]!).sort();
    }

    test.each<[string, Record<string, unknown>, SearchCompanyKey[]]>([
      ['all words of q must match the name', { q: '新潟 精密' }, ['niigataPrecision']],
      ['q finds a company by its former name', { q: '新潟精工' }, ['niigataPrecision']],
      ['q ignores legal forms and their abbreviations', { q: '(株)長岡テック' }, ['nagaokaTech']],
      ['q in hiragana finds katakana フリガナ', { q: 'ながおかてっく' }, ['nagaokaTech']],
      ['q in full-width letters finds the English name', { q: 'ＮＩＩＧＡＴＡ' }, ['niigataPrecision']],
      ['q in katakana finds a name written in hiragana', { q: 'サクラ' }, ['sakura']],
      ['text ANDs its words against 事業内容', { text: '半導体 装置' }, ['niigataPrecision']],
      ['person finds the representative', { person: '見本 一郎' }, ['niigataPrecision']],
      ['person finds an officer by kana typed in hiragana', { person: 'じろう' }, ['niigataPrecision']],
      ['establishment_name finds a site by name', { establishment_name: '新潟工場' }, ['niigataPrecision']],
      ['prefectures keeps head offices there', { q: '精密', prefectures: ['13'] }, ['tokyoPrecision']],
      ['exclude_prefectures drops head offices there', { q: '精密', exclude_prefectures: ['15'] }, ['tokyoPrecision']],
      ['a designated city includes its wards', { cities: ['15100'] }, ['niigataPrecision']],
      ['establishment_prefectures needs an active site there', { establishment_prefectures: ['15'] }, ['niigataPrecision', 'tokyoPrecision']],
      ['a closed site does not count', { establishment_prefectures: ['15'], establishment_kinds: ['factory'] }, ['niigataPrecision']],
      ['a JSIC section covers all its classes', { industries: ['E'] }, ['nagaokaTech', 'niigataPrecision', 'tokyoPrecision']],
      ['a JSIC division covers its classes', { industries: ['09'] }, ['niigataPrecision', 'tokyoPrecision']],
      ['a JSIC group covers its classes', { industries: ['091'] }, ['niigataPrecision', 'tokyoPrecision']],
      ['a JSIC class matches itself', { industries: ['0911'] }, ['niigataPrecision']],
      ['a range overlapping the stored range matches', { employees: { min: 150, max: 160 } }, ['niigataPrecision']],
      ['an open stored upper bound matches any larger minimum', { employees: { min: 1000 } }, ['tokyoPrecision']],
      ['a maximum alone matches ranges starting below it', { employees: { max: 50 } }, ['nagaokaTech']],
      ['an exact figure is a range of one value; unknown figures never match', { capital: { min: 40_000_000, max: 60_000_000 } }, ['niigataPrecision']],
      ['sales ranges overlap too', { sales: { min: 1_500_000_000 } }, ['niigataPrecision']],
      ['founded keeps companies founded in the period', { founded: { from: '2000-01-01', to: '2020-12-31' } }, ['nagaokaTech', 'niigataPrecision']],
      ['listed keeps companies with a securities code', { listed: true }, ['niigataPrecision']],
      ['status closed finds only closed companies', { status: 'closed' }, ['closedPrecision']],
      ['status any finds both, but never a 検索対象除外 company', { q: '新潟精密', status: 'any' }, ['closedPrecision', 'niigataPrecision']],
      ['contact any needs a visit or a card', { contact: 'any' }, ['niigataPrecision', 'tokyoPrecision']],
      ['contact none needs neither', { contact: 'none' }, ['nagaokaTech', 'sakura']],
      ['criteria combine with AND', { q: '精密', prefectures: ['15'], employees: { min: 100 }, listed: true }, ['niigataPrecision']],
    ])('%s', async (_rule, criteria, expected) => {
      expect(await found(criteria)).toEqual([...expected].sort());
    });

    test('status defaults to active (and confirmed 反社 are left out) and the answer says so', async () => {
      const answer = await callYuchi<SearchBody>(dx, 'staff1', '/search', { q: '精密' });
      expect(answer.body.meta.applied_defaults).toEqual(['status=active', '反社（確認済み）を除外']);
      expect(answer.body.data.every((r) => r['status'] === 'active')).toBe(true);
      const explicit = await callYuchi<SearchBody>(dx, 'staff1', '/search', { q: '精密', status: 'active', risk: { include_confirmed_antisocial: false } });
      expect(explicit.body.meta.applied_defaults).toEqual([]);
      expect(typeof explicit.body.meta.took_ms).toBe('number');
    });

    test('pages follow the requested order and the total counts every match', async () => {
      // Only companies with a founding date: where NULLs sort is the database's choice (PostgreSQL puts them first).
      const dated = [SEARCH_COMPANIES.niigataPrecision, SEARCH_COMPANIES.nagaokaTech, SEARCH_COMPANIES.tokyoPrecision].map((c) => c.corporate_number);
      const body = { corporate_numbers: dated, sort: ['-founded_on'], fields: ['corporate_number', 'founded_on'], limit: 2 };
      const first = await callYuchi<SearchBody>(dx, 'staff1', '/search', { ...body, page: 1 });
      const second = await callYuchi<SearchBody>(dx, 'staff1', '/search', { ...body, page: 2 });
      expect(first.body.meta.total).toBe(3);
      expect(first.body.data.map((r) => nameOf[String(r['corporate_number'])])).toEqual(['nagaokaTech', 'niigataPrecision']);
      expect(second.body.data.map((r) => nameOf[String(r['corporate_number'])])).toEqual(['tokyoPrecision']);
      expect(Object.keys(first.body.data[0]!).sort()).toEqual(['corporate_number', 'founded_on']);
    });

    test.each<[string, Record<string, unknown>]>([
      ['foo', { foo: 1 }],
      ['q', { q: 5 }],
      ['limit', { limit: 501 }],
      ['page', { page: 0 }],
      ['employees', { employees: { min: 10, max: 5 } }],
      ['employees.min', { employees: { min: 'many' } }],
      ['employees.avg', { employees: { avg: 3 } }],
      ['prefectures[0]', { prefectures: ['48'] }],
      ['cities', { cities: '15202' }],
      ['industries[0]', { industries: ['Z'] }],
      ['founded.from', { founded: { from: '2026-02-30' } }],
      ['corporate_numbers[0]', { corporate_numbers: ['1234567890123'] }],
      ['establishment_kinds[0]', { establishment_kinds: ['castle'] }],
      ['status', { status: 'open' }],
      ['contact', { contact: 'maybe' }],
      ['listed', { listed: 'yes' }],
      ['fields[0]', { fields: ['no_such_field'] }],
      ['fields[0]', { fields: ['establishments'] }],
      ['sort[0]', { sort: ['-nope'] }],
    ])('a bad %s gets 400 YUCHI_SEARCH_INVALID naming the key', async (key, body) => {
      const answer = await callYuchi(dx, 'staff1', '/search', body);
      expect(answer.status).toBe(400);
      expect(errorCode(answer)).toBe('YUCHI_SEARCH_INVALID');
      expect(errorMessage(answer)).toContain(`「${key}」`);
    });

    describe('with the row-filtered test policy (prefecture 15 only, capital_yen hidden)', () => {
      test('rows and totals only ever include what the caller may read', async () => {
        const answer = await callYuchi<SearchBody>(dx, 'niigataOnly', '/search', { q: '精密', status: 'any', fields: ['corporate_number', 'prefecture_code'], limit: 500 });
        expect(answer.status).toBe(200);
        expect(answer.body.data.every((r) => r['prefecture_code'] === '15')).toBe(true);
        expect(answer.body.meta.total).toBe(answer.body.data.length);
        expect(answer.body.data.map((r) => nameOf[String(r['corporate_number'])]).sort()).toEqual(['closedPrecision', 'niigataPrecision', 'sakura']);
      });

      test.each<[string, Record<string, unknown>]>([
        ['capital', { capital: { min: 1 } }],
        ['fields', { fields: ['name', 'capital_yen'] }],
        ['sort', { sort: ['-capital_yen'] }],
        ['person', { person: '見本' }],
        ['establishment_prefectures', { establishment_prefectures: ['15'] }],
      ])('a %s on data the caller may not read gets 403 YUCHI_SEARCH_FORBIDDEN naming it', async (key, body) => {
        const answer = await callYuchi(dx, 'niigataOnly', '/search', body);
        expect(answer.status).toBe(403);
        expect(errorCode(answer)).toBe('YUCHI_SEARCH_FORBIDDEN');
        expect(errorMessage(answer)).toContain(`「${key}」`);
      });
    });
  });
});
