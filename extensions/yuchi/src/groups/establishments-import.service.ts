// `import establishments`: a company's sites from CSV. A site is known by its company and name: importing again
// updates it (idempotent). parent_name links a site to another site of the same company (本社 → 支社 → 営業所);
// links are made after the whole file is in, so a parent may come later in the file or already be stored.
import type { HookExtensionContext } from '@directus/extensions';
import type { Knex } from 'knex';
import { ESTABLISHMENT_HEADER, parseEstablishmentRow, type EstablishmentRow } from '../domain/establishment-csv-row.parser.ts';
import { runCsvImport, type CsvImportKind, type CsvImportOptions, type LineError, type LineRow } from '../imports/csv-import.runner.ts';
import { companyIds } from './relations-import.service.ts';

const CHUNK = 400;
const SOURCE = 'csv';

interface PendingParent {
  line: number;
  company: number;
  name: string;
  parentName: string;
}

const valuesOf = (row: EstablishmentRow) => ({
  kind: row.kind,
  is_headquarters: row.kind === 'head_office',
  status: row.status,
  prefecture_code: row.prefectureCode,
  city_code: row.cityCode,
  address: row.address,
  postal_code: row.postalCode,
  phone: row.phone,
  source: SOURCE,
});

export function establishmentsImportKind(): CsvImportKind<EstablishmentRow> {
  const seen = new Map<string, number>();
  const parents: PendingParent[] = [];

  const writeBatch = async (trx: Knex, rows: LineRow<EstablishmentRow>[], { state, replay }: { state: { inserted: number; updated: number }; replay: boolean }): Promise<LineError[]> => {
    const errors: LineError[] = [];
    const ids = await companyIds(trx, rows.map(({ row }) => row.corporateNumber));
    const usable: { row: EstablishmentRow; company: number }[] = [];
    for (const { line, row } of rows) {
      const company = ids.get(row.corporateNumber);
      if (company === undefined) {
        errors.push({ line, code: 'YUCHI_SITE_UNKNOWN_COMPANY', message: `法人番号 ${row.corporateNumber} の企業が登録されていません。先に法人番号データ（import nta）を取り込んでから、この行を取り込み直してください` });
        continue;
      }
      const key = `${company}|${row.name}`;
      const first = seen.get(key);
      if (first !== undefined) {
        errors.push({ line, code: 'YUCHI_SITE_DUPLICATE', message: `同じ企業の同じ名前の拠点「${row.name}」が ${first} 行目にもあります。この行は取り込みませんでした` });
        continue;
      }
      seen.set(key, line);
      if (row.parentName) parents.push({ line, company, name: row.name, parentName: row.parentName });
      usable.push({ row, company });
    }
    if (replay || !usable.length) return errors;
    const stored = new Map<string, { id: number } & Record<string, unknown>>();
    for (let i = 0; i < usable.length; i += CHUNK) {
      const part = usable.slice(i, i + CHUNK);
      const found = (await trx('establishments')
        .select('id', 'company', 'name', ...Object.keys(valuesOf(part[0]!.row)))
        .whereIn('company', [...new Set(part.map((u) => u.company))])
        .whereIn('name', [...new Set(part.map((u) => u.row.name))])) as ({ id: number; company: number; name: string } & Record<string, unknown>)[];
      for (const site of found) stored.set(`${site.company}|${site.name}`, site);
    }
    const now = new Date();
    const inserts: Record<string, unknown>[] = [];
    for (const { row, company } of usable) {
      const held = stored.get(`${company}|${row.name}`);
      const values = valuesOf(row);
      if (!held) {
        inserts.push({ company, name: row.name, ...values, source_updated_at: now, date_created: now });
        continue;
      }
      // SQLite answers booleans as 0/1.
      const changed = Object.entries(values).some(([field, value]) => (typeof value === 'boolean' ? Boolean(held[field]) !== value : (held[field] ?? null) !== value));
      if (!changed) continue;
      await trx('establishments').where({ id: held.id }).update({ ...values, source_updated_at: now, date_updated: now });
      state.updated++;
    }
    for (let i = 0; i < inserts.length; i += CHUNK) {
      const part = inserts.slice(i, i + CHUNK);
      await trx('establishments').insert(part);
      state.inserted += part.length;
    }
    return errors;
  };

  const finish = async (knex: Knex): Promise<LineError[]> => {
    const errors: LineError[] = [];
    for (let i = 0; i < parents.length; i += CHUNK) {
      const part = parents.slice(i, i + CHUNK);
      const names = [...new Set(part.flatMap((p) => [p.name, p.parentName]))];
      const sites = (await knex('establishments').select('id', 'company', 'name', 'parent_establishment').whereIn('company', [...new Set(part.map((p) => p.company))]).whereIn('name', names)) as {
        id: number;
        company: number;
        name: string;
        parent_establishment: number | null;
      }[];
      const byName = new Map(sites.map((s) => [`${s.company}|${s.name}`, s]));
      for (const pending of part) {
        const site = byName.get(`${pending.company}|${pending.name}`);
        const parent = byName.get(`${pending.company}|${pending.parentName}`);
        if (!site) continue;
        if (!parent) {
          errors.push({ line: pending.line, code: 'YUCHI_SITE_PARENT_UNKNOWN', message: `拠点「${pending.name}」は取り込みましたが、上位の拠点「${pending.parentName}」が同じ企業に見つからないため、上位拠点は空欄です。parent_name を確認してください` });
          continue;
        }
        if (site.parent_establishment === null || Number(site.parent_establishment) !== Number(parent.id)) {
          await knex('establishments').where({ id: site.id }).update({ parent_establishment: parent.id });
        }
      }
    }
    return errors;
  };

  return { source: 'establishments', header: ESTABLISHMENT_HEADER, parse: parseEstablishmentRow, writeBatch, finish };
}

export function importEstablishmentsFile(context: Pick<HookExtensionContext, 'database' | 'getSchema' | 'services'>, path: string, options: CsvImportOptions = {}) {
  return runCsvImport(context, path, establishmentsImportKind(), options);
}
