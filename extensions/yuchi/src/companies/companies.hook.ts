// Companies: reject bad corporate numbers before they are written; keep search_name in step with the names.
import { defineHook } from '@directus/extensions-sdk';
import { InvalidCorporateNumberError } from '../shared/errors.ts';
import { invalidCorporateNumber, searchNameOf, touchesNames } from './company-payload.ts';

export default defineHook(({ filter, action }, { database }) => {
  const guard = (payload: Record<string, unknown>) => {
    const invalid = invalidCorporateNumber(payload);
    if (invalid !== null) throw new InvalidCorporateNumberError({ value: invalid });
    // search_name is derived; a client never sets it.
    const { search_name: _ignored, ...rest } = payload;
    return rest;
  };

  filter('companies.items.create', (payload) => {
    const clean = guard(payload as Record<string, unknown>);
    return { ...clean, search_name: searchNameOf(clean) };
  });

  filter('companies.items.update', (payload) => guard(payload as Record<string, unknown>));

  action('companies.items.update', async ({ payload, keys }) => {
    if (!touchesNames(payload as Record<string, unknown>)) return;
    // Several rows may be updated at once, each with its own other names: recompute per row.
    const rows: { id: number; name: string; name_kana: string | null; name_en: string | null; former_names: unknown }[] = await database('companies')
      .whereIn('id', keys as number[])
      .select('id', 'name', 'name_kana', 'name_en', 'former_names');
    for (const row of rows) await database('companies').where({ id: row.id }).update({ search_name: searchNameOf(row) });
  });
});
