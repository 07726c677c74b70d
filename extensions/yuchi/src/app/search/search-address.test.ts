import { describe, expect, test } from 'vitest';
import { stateFromQuery, stateToQuery } from './search-address.ts';
import { emptyForm, type SearchForm } from './search-form.ts';

const form = (change: Partial<SearchForm>): SearchForm => ({ ...emptyForm(), ...change });

describe('the search kept in the address', () => {
  test('comes back as it was', () => {
    const state = { form: form({ q: '精密', prefectures: ['15'], employees: { min: '50', max: null }, founded: { from: '2000-01-01', to: null }, listed: 'listed' as const, list: 4 }), view: { page: 3, limit: 100, sort: '-capital_yen' } };
    expect(stateFromQuery(stateToQuery(state))).toEqual(state);
  });

  test('holds only what differs from an empty form', () => {
    expect(JSON.parse(stateToQuery({ form: form({ q: '精密', prefectures: ['15'] }), view: { page: 1, limit: 50, sort: null } }))).toEqual({
      form: { q: '精密', prefectures: ['15'] },
      view: { page: 1, limit: 50, sort: null },
    });
  });

  test.each<[string, unknown]>([
    ['nothing', undefined],
    ['not JSON', '{q:'],
    ['JSON that is not an object', '42'],
  ])('is absent for %s', (_label, text) => {
    expect(stateFromQuery(text)).toBeNull();
  });

  test('replaces each part that does not fit with its default', () => {
    const text = JSON.stringify({
      form: { q: 7, prefectures: ['15', 3], status: 'deleted', employees: { min: {}, max: null }, founded: { from: 'yesterday', to: null }, list: -1, person: '見本' },
      view: { page: 0, limit: 7, sort: 'name; drop' },
    });
    expect(stateFromQuery(text)).toEqual({ form: form({ person: '見本' }), view: { page: 1, limit: 50, sort: null } });
  });
});
