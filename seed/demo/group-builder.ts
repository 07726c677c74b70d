// Demo company groups (資本関係): about 60 trees of parent → subsidiary → grandchild → great-grandchild,
// a few joint ventures with two parents, and a few ended holdings. Every child is taken from a pool of
// companies not yet in a group, which is what keeps the graph free of cycles.
import type { CompanyRelationRow, CompanyRow } from './demo-data.types.ts';
import { DEMO_SOURCE, type CompanyFacts } from './company-rows.ts';
import type { Random } from './seeded-random.ts';

const MAX_GROUPS = 60;
const COMPANIES_PER_GROUP = 50;
const DEEPEST_LEVEL = 4;
// How many children a company may have, by its level in the tree (1 = the group's parent company).
const MAX_CHILDREN = [0, 4, 3, 2];
const JOINT_VENTURES = 3;
const ENDED_HOLDINGS = 8;
const AS_OF = ['2026-03-31', '2026-03-31', '2025-03-31', '2025-12-31', '2026-06-30'];
const SUBSIDIARY_RATIOS = [100, 100, 100, 100, 80, 66.67, 51];

const round2 = (value: number): number => Math.round(value * 100) / 100;

export function buildCompanyRelations(random: Random, options: { companies: readonly CompanyRow[]; facts: readonly CompanyFacts[] }): CompanyRelationRow[] {
  const rows: CompanyRelationRow[] = [];
  const active = options.companies.filter((company) => company.status === 'active');
  const sizeOf = new Map(options.facts.map((facts) => [facts.id, facts.sizeIndex]));
  const groupCount = Math.min(MAX_GROUPS, Math.floor(options.companies.length / COMPANIES_PER_GROUP));
  const rootCandidates = [...active].sort((a, b) => (sizeOf.get(b.id) ?? 0) - (sizeOf.get(a.id) ?? 0) || a.id - b.id);
  const roots = random.sample(rootCandidates.slice(0, groupCount * 3), groupCount).sort((a, b) => a.id - b.id);
  const rootIds = new Set(roots.map((root) => root.id));
  const pool = random.sample(active.filter((company) => !rootIds.has(company.id)), active.length);
  const leaves: { groupIndex: number; relation: CompanyRelationRow }[] = [];

  const relate = (link: { parent: number; child: number; ratio: number; validTo?: string }): CompanyRelationRow => {
    const { parent, child, ratio } = link;
    const validTo = link.validTo ?? null;
    const row: CompanyRelationRow = {
      id: rows.length + 1,
      parent,
      child,
      kind: ratio > 50 ? 'subsidiary' : 'affiliate',
      voting_rights_ratio: round2(ratio),
      as_of: validTo === null ? random.pick(AS_OF) : '2023-03-31',
      valid_to: validTo,
      source: DEMO_SOURCE,
    };
    rows.push(row);
    return row;
  };
  const randomRatio = (): number =>
    random.chance(0.85) ? (random.chance(0.8) ? random.pick(SUBSIDIARY_RATIOS) : random.int(5001, 9999) / 100) : random.int(2000, 5000) / 100;

  // mustReach keeps one line of descent going until the group's target depth.
  const grow = (node: { groupIndex: number; parent: number; level: number; depth: number; mustReach: boolean }): void => {
    const { groupIndex, parent, level, depth, mustReach } = node;
    if (level >= depth) return;
    const count = random.int(mustReach ? 1 : 0, MAX_CHILDREN[level] ?? 0);
    for (let k = 0; k < count; k += 1) {
      const child = pool.pop();
      if (child === undefined) return;
      const relation = relate({ parent, child: child.id, ratio: randomRatio() });
      const before = rows.length;
      grow({ groupIndex, parent: child.id, level: level + 1, depth, mustReach: mustReach && k === 0 });
      if (rows.length === before) leaves.push({ groupIndex, relation });
    }
  };

  roots.forEach((root, groupIndex) => {
    const depth = groupIndex % 3 === 0 ? DEEPEST_LEVEL : random.int(2, 3);
    grow({ groupIndex, parent: root.id, level: 1, depth, mustReach: true });
  });

  // A joint venture: a leaf of one group, also held by another group's parent company. Its holdings add up
  // to 100% at most.
  const ventures = random.sample(leaves, leaves.length).filter((leaf, index, all) => all.findIndex((l) => l.groupIndex === leaf.groupIndex) === index);
  for (const leaf of ventures.slice(0, Math.min(JOINT_VENTURES, roots.length - 1))) {
    const otherRoot = roots[(leaf.groupIndex + 1 + random.int(0, roots.length - 2)) % roots.length];
    if (otherRoot === undefined) continue;
    leaf.relation.voting_rights_ratio = round2(random.int(5100, 6500) / 100);
    leaf.relation.kind = 'subsidiary';
    const room = Math.floor((100 - leaf.relation.voting_rights_ratio) * 100);
    relate({ parent: otherRoot.id, child: leaf.relation.child, ratio: random.int(2000, room) / 100 });
  }

  // Holdings that ended: kept with valid_to rather than deleted, as imports do.
  for (let i = 0; i < Math.min(ENDED_HOLDINGS, roots.length); i += 1) {
    const root = roots[i];
    const child = pool.pop();
    if (root === undefined || child === undefined) break;
    relate({ parent: root.id, child: child.id, ratio: random.int(2000, 4500) / 100, validTo: random.pick(['2025-03-31', '2025-09-30', '2026-03-31']) });
  }
  return rows;
}
