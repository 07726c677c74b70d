// GET /yuchi/companies/{法人番号}/sites: 本社 → 支社/支店 → 営業所 … as a tree with counts per prefecture, read
// through the ItemsService with the caller's permissions; sites the caller may not read are counted in meta.hidden.
import { buildSiteTree, countSitesByPrefecture, type SiteNode, type SiteRow } from '../domain/site-tree.builder.ts';
import { itemsService, type SearchContext } from '../search/company-search.service.ts';
import { readableFields } from '../security/collection-permission.service.ts';
import { readableCompanyId, requireReadable } from './company-group.service.ts';

const REQUIRED = ['company', 'name', 'kind', 'status', 'prefecture_code', 'parent_establishment'];
const OPTIONAL = ['city_code', 'address', 'postal_code', 'phone', 'is_headquarters', 'closed_on'];

type Site = SiteRow & { row: Record<string, unknown> };

function siteJson(node: SiteNode<Site>): Record<string, unknown> {
  const { row } = node.site;
  return {
    id: node.site.id,
    name: node.site.name,
    kind: node.site.kind,
    status: node.site.status,
    prefecture_code: node.site.prefectureCode,
    ...Object.fromEntries(OPTIONAL.filter((f) => f in row).map((f) => [f, row[f] ?? null])),
    children: node.children.map(siteJson),
  };
}

async function prefectureNames(ctx: SearchContext, codes: string[]): Promise<Map<string, string>> {
  if (!codes.length) return new Map();
  const rows = (await ctx.database('municipalities').distinct('prefecture_code', 'prefecture_name').whereIn('prefecture_code', codes)) as { prefecture_code: string; prefecture_name: string }[];
  return new Map(rows.map((r) => [r.prefecture_code, r.prefecture_name]));
}

export async function companySitesAnswer(ctx: SearchContext, corporateNumber: string) {
  const started = performance.now();
  await requireReadable(ctx, 'establishments', REQUIRED);
  const company = await readableCompanyId(ctx, corporateNumber);
  const readable = await readableFields(ctx.database, ctx.accountability, 'establishments');
  const fields = ['id', ...REQUIRED, ...OPTIONAL.filter((f) => readable === 'all' || readable.has(f))];
  const rows = await itemsService(ctx, 'establishments').readByQuery({ filter: { company: { _eq: company } }, fields, sort: ['id'], limit: -1 });
  const sites: Site[] = rows.map((row) => ({
    id: Number(row['id']),
    name: (row['name'] as string | null) ?? null,
    kind: (row['kind'] as string | null) ?? null,
    status: (row['status'] as string | null) ?? null,
    prefectureCode: (row['prefecture_code'] as string | null) ?? null,
    parent: row['parent_establishment'] === null || row['parent_establishment'] === undefined ? null : Number(row['parent_establishment']),
    row,
  }));
  const counted = (await ctx.database('establishments').where({ company }).count({ n: '*' }).first()) as { n: number | string } | undefined;
  const counts = countSitesByPrefecture(sites);
  const names = await prefectureNames(ctx, counts.map((c) => c.prefectureCode).filter((c): c is string => c !== null));
  return {
    data: {
      company: corporateNumber,
      tree: buildSiteTree(sites).map(siteJson),
      prefectures: counts.map((c) => ({ prefecture_code: c.prefectureCode, prefecture_name: c.prefectureCode ? (names.get(c.prefectureCode) ?? null) : null, total: c.total, active: c.active })),
      total: sites.length,
    },
    meta: { hidden: Math.max(0, Number(counted?.n ?? 0) - sites.length), took_ms: Math.round(performance.now() - started) },
  };
}
