// GET /yuchi/companies/{法人番号}/group: the whole group containing a company as a tree, read with the caller's
// permissions. Relations are read only if the caller may read them; members are read through the ItemsService, so
// a member the caller may not read is left out (its readable descendants move up) and counted in meta.hidden.
import { isValidCorporateNumber } from '../domain/corporate-number.validator.ts';
import { MAX_GROUP_DEPTH, type Group, type GroupWarning } from '../domain/group-graph.traversal.ts';
import { buildGroupTree, type GroupTreeNode } from '../domain/group-tree.builder.ts';
import { itemsService, type SearchContext } from '../search/company-search.service.ts';
import { readableFields } from '../security/collection-permission.service.ts';
import { readsEveryRow } from '../security/row-permission.service.ts';
import { CompanyNotFoundError, GroupForbiddenError, GroupInvalidError, InvalidCorporateNumberError } from '../shared/errors.ts';
import { edgeReaderFor, loadGroup } from './group-edges.loader.ts';

export type MemberRow = Record<string, unknown> & { id: number };

const MEMBER_FIELDS = ['id', 'corporate_number', 'name', 'status', 'risk_level'];
const RELATION_FIELDS = ['parent', 'child', 'kind', 'voting_rights_ratio', 'valid_to', 'review_status'];
const CHUNK = 500;

/** Refuses (403) unless the caller may read every one of the fields. */
export async function requireReadable(ctx: SearchContext, collection: string, fields: readonly string[]): Promise<void> {
  const readable = await readableFields(ctx.database, ctx.accountability, collection);
  const missing = readable === 'all' ? undefined : fields.find((f) => !readable.has(f));
  if (missing !== undefined) throw new GroupForbiddenError({ collection, field: missing });
}

/** The company's id for a corporate number, when it exists and the caller may read it; 400 / 404 otherwise. */
export async function readableCompanyId(ctx: SearchContext, corporateNumber: string): Promise<number> {
  if (!isValidCorporateNumber(corporateNumber)) throw new InvalidCorporateNumberError({ value: corporateNumber });
  const [row] = await itemsService(ctx, 'companies').readByQuery({ filter: { corporate_number: { _eq: corporateNumber } }, fields: ['id'], limit: 1 });
  if (!row) throw new CompanyNotFoundError({ corporateNumber });
  return Number(row['id']);
}

/**
 * The members the caller may read, with the member fields it may read. A caller who may read every company gets
 * them in one raw query per 500 (the fields are still only those it may read); others through the ItemsService.
 */
export async function readMembers(ctx: SearchContext, ids: readonly number[], wanted: readonly string[] = MEMBER_FIELDS): Promise<Map<number, MemberRow>> {
  const readable = await readableFields(ctx.database, ctx.accountability, 'companies');
  const fields = wanted.filter((f) => f === 'id' || readable === 'all' || readable.has(f));
  const raw = await readsEveryRow(ctx.database, ctx.accountability, 'companies');
  const items = itemsService(ctx, 'companies');
  const out = new Map<number, MemberRow>();
  for (let i = 0; i < ids.length; i += CHUNK) {
    const part = ids.slice(i, i + CHUNK);
    const rows = raw
      ? ((await ctx.database('companies').select(fields).whereIn('id', part)) as Record<string, unknown>[])
      : await items.readByQuery({ filter: { id: { _in: part } }, fields, limit: -1 });
    for (const row of rows) out.set(Number(row['id']), { ...row, id: Number(row['id']) });
  }
  return out;
}

export function parseDepth(raw: unknown): number {
  if (raw === undefined || raw === '' || raw === 'all') return MAX_GROUP_DEPTH;
  const depth = typeof raw === 'string' && /^\d+$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isInteger(depth)) throw new GroupInvalidError({ key: 'depth', message: `「depth」: 0 以上の整数（または all）で指定してください（最大 ${MAX_GROUP_DEPTH}）` });
  return Math.min(depth, MAX_GROUP_DEPTH);
}

export interface GroupNodeJson {
  id: number;
  corporate_number: unknown;
  name: unknown;
  status: unknown;
  risk_level: unknown;
  depth: number;
  kind: string | null;
  voting_rights_ratio: number | null;
  parent_count: number;
  indirect: boolean;
  repeated: boolean;
  requested: boolean;
  children: GroupNodeJson[];
}

function nodeJson(node: GroupTreeNode, members: Map<number, MemberRow>): GroupNodeJson {
  const row = members.get(node.company);
  return {
    id: node.company,
    corporate_number: row?.['corporate_number'] ?? null,
    name: row?.['name'] ?? null,
    status: row?.['status'] ?? null,
    risk_level: row?.['risk_level'] ?? null,
    depth: node.depth,
    kind: node.kind,
    voting_rights_ratio: node.votingRightsRatio,
    parent_count: node.parentCount,
    indirect: node.indirect,
    repeated: node.repeated,
    requested: node.requested,
    children: node.children.map((c) => nodeJson(c, members)),
  };
}

/** Warnings name only companies the caller may read, by corporate number. */
function warningJson(warning: GroupWarning, members: Map<number, MemberRow>) {
  const named = warning.companies.map((id) => members.get(id)?.['corporate_number']).filter((cn) => cn !== undefined && cn !== null);
  return { code: warning.code, message: warning.message, companies: named };
}

/** The group with the caller's view applied: readable members, hidden count, tree and warnings. */
export async function readableGroup(ctx: SearchContext, group: Group): Promise<{ members: Map<number, MemberRow>; hidden: number; tree: GroupTreeNode[] }> {
  const members = await readMembers(ctx, [...group.members.keys()]);
  const tree = buildGroupTree(group, (id) => members.has(id));
  return { members, hidden: group.members.size - members.size, tree };
}

export async function companyGroupAnswer(ctx: SearchContext, corporateNumber: string, rawDepth: unknown) {
  const started = performance.now();
  const depth = parseDepth(rawDepth);
  await requireReadable(ctx, 'company_relations', RELATION_FIELDS);
  const company = await readableCompanyId(ctx, corporateNumber);
  const group = await loadGroup(await edgeReaderFor(ctx), company, depth);
  const { members, hidden, tree } = await readableGroup(ctx, group);
  return {
    data: {
      company: corporateNumber,
      ultimate_parents: group.tops.map((id) => members.get(id)?.['corporate_number']).filter((cn) => cn !== undefined && cn !== null),
      size: members.size,
      tree: tree.map((n) => nodeJson(n, members)),
    },
    meta: { depth, hidden, warnings: group.warnings.map((w) => warningJson(w, members)), took_ms: Math.round(performance.now() - started) },
  };
}
