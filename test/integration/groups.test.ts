// GET /yuchi/companies/{法人番号}/group and /sites on both databases: deep trees, two parents, cycles, closed
// members, ended and unconfirmed relations, depth, bad input, and the caller's row permissions.
import { createPermissions } from '@directus/sdk';
import { beforeAll, describe, expect, test } from 'vitest';
import { makeCorporateNumber } from '../../extensions/yuchi/src/domain/corporate-number.validator.ts';
import { TEST_POLICY } from '../support/fixtures.ts';
import { createGroupDataset, GROUP_CN, keyOfCn } from '../support/group-dataset.ts';
import { hasVendor, useDirectus, VENDORS } from '../support/suite-directus.ts';
import { callYuchi, errorCode } from '../support/yuchi-api.ts';

interface GroupNode {
  corporate_number: string;
  status: string;
  kind: string | null;
  voting_rights_ratio: number | null;
  depth: number;
  parent_count: number;
  indirect: boolean;
  repeated: boolean;
  requested: boolean;
  children: GroupNode[];
}
interface GroupBody {
  data: { company: string; ultimate_parents: string[]; size: number; tree: GroupNode[] };
  meta: { depth: number; hidden: number; warnings: { code: string; companies: string[] }[] };
}
interface SiteNode {
  name: string;
  children: SiteNode[];
}
interface SitesBody {
  data: { tree: SiteNode[]; prefectures: { prefecture_code: string; prefecture_name: string | null; total: number; active: number }[]; total: number };
  meta: { hidden: number };
}

/** A compact picture of a tree: key(flags)[children]; r = repeated, i = indirect, * = asked for. */
function shape(nodes: readonly GroupNode[]): string {
  return nodes
    .map((n) => {
      const flags = [n.repeated ? 'r' : '', n.indirect ? 'i' : '', n.requested ? '*' : ''].join('');
      return `${keyOfCn[n.corporate_number] ?? n.corporate_number}${flags ? `(${flags})` : ''}${n.children.length ? `[${shape(n.children)}]` : ''}`;
    })
    .join(' ');
}

const siteShape = (nodes: readonly SiteNode[]): string => nodes.map((n) => `${n.name}${n.children.length ? `[${siteShape(n.children)}]` : ''}`).join(' ');

function find(nodes: readonly GroupNode[], key: string): GroupNode | undefined {
  for (const n of nodes) {
    if (keyOfCn[n.corporate_number] === key && !n.repeated) return n;
    const inner = find(n.children, key);
    if (inner) return inner;
  }
  return undefined;
}

describe.each(VENDORS)('company groups on %s', (vendor) => {
  describe.skipIf(!hasVendor(vendor))('GET /yuchi/companies/{法人番号}/group and /sites', () => {
    const dx = useDirectus(vendor);
    beforeAll(async () => {
      await createGroupDataset(dx);
    });
    const group = (cn: string, query = '', user: 'staff1' | 'niigataOnly' = 'staff1') => callYuchi<GroupBody>(dx, user, `/companies/${cn}/group${query}`);

    test('answers the whole group from the ultimate parent down every level, the asked-for company marked', async () => {
      const answer = await group(GROUP_CN.alpha);
      expect(answer.status, JSON.stringify(answer.body)).toBe(200);
      expect(shape(answer.body.data.tree)).toBe('top[alpha(*)[tokyoChild[grandchild[deep1[deep2[deep3]]]] shared] beta[closedChild shared(r)]]');
      expect(answer.body.data.ultimate_parents).toEqual([GROUP_CN.top]);
      expect(answer.body.data.size).toBe(10);
      expect(answer.body.meta).toMatchObject({ hidden: 0, warnings: [], depth: 20 });
    });

    test('each member carries relation kind, voting-rights ratio, depth and status; a company with two parents says so', async () => {
      const { tree } = (await group(GROUP_CN.deep3)).body.data;
      expect(find(tree, 'beta')).toMatchObject({ kind: 'affiliate', voting_rights_ratio: 51, depth: 1, status: 'active' });
      expect(find(tree, 'shared')).toMatchObject({ kind: 'subsidiary', voting_rights_ratio: 40, depth: 2, parent_count: 2 });
      expect(find(tree, 'closedChild')).toMatchObject({ status: 'closed', depth: 2 });
      expect(find(tree, 'deep3')).toMatchObject({ depth: 6, requested: true });
    });

    test('ended relations and relations waiting for review are not part of the group', async () => {
      const answer = await group(GROUP_CN.endedChild);
      expect(shape(answer.body.data.tree)).toBe('endedChild(*)');
      expect(shape((await group(GROUP_CN.pendingChild)).body.data.tree)).toBe('pendingChild(*)');
    });

    test('depth limits the levels below the ultimate parent and warns about the rest', async () => {
      const answer = await group(GROUP_CN.alpha, '?depth=2');
      expect(shape(answer.body.data.tree)).toBe('top[alpha(*)[tokyoChild shared] beta[closedChild shared(r)]]');
      expect(answer.body.meta.warnings).toEqual([expect.objectContaining({ code: 'YUCHI_GROUP_DEPTH_CAPPED', message: expect.stringContaining('1社') })]);
      expect((await group(GROUP_CN.alpha, '?depth=500')).body.meta.depth).toBe(20);
    });

    test('a cycle (A owns B owns A) is reported in meta.warnings and never loops', async () => {
      const answer = await group(GROUP_CN.cycleLeaf);
      expect(answer.status).toBe(200);
      expect(shape(answer.body.data.tree)).toBe('cycleA[cycleB[cycleLeaf(*) cycleA(r)]]');
      expect(answer.body.meta.warnings.map((w) => w.code).sort()).toEqual(['YUCHI_GROUP_CYCLE', 'YUCHI_GROUP_NO_TOP']);
      expect(answer.body.meta.warnings.find((w) => w.code === 'YUCHI_GROUP_CYCLE')!.companies.sort()).toEqual([GROUP_CN.cycleA, GROUP_CN.cycleB].sort());
    });

    test('a company without relations is a group of one', async () => {
      const answer = await group(GROUP_CN.loner);
      expect(shape(answer.body.data.tree)).toBe('loner(*)');
      expect(answer.body.data.size).toBe(1);
    });

    test.each([
      { why: 'a corporate number with a wrong check digit', cn: '8000012050002', query: '', status: 400, code: 'YUCHI_INVALID_CORPORATE_NUMBER' },
      { why: 'an unknown corporate number', cn: makeCorporateNumber('789999999999'), query: '', status: 404, code: 'YUCHI_COMPANY_NOT_FOUND' },
      { why: 'a negative depth', cn: GROUP_CN.alpha, query: '?depth=-1', status: 400, code: 'YUCHI_GROUP_INVALID' },
      { why: 'a depth that is not a number', cn: GROUP_CN.alpha, query: '?depth=deep', status: 400, code: 'YUCHI_GROUP_INVALID' },
    ])('$why gets $status $code', async ({ cn, query, status, code }) => {
      const answer = await group(cn, query);
      expect(answer.status).toBe(status);
      expect(errorCode(answer)).toBe(code);
    });

    test('the site tree runs 本社 → 支社 → 営業所 with counts per prefecture', async () => {
      const answer = await callYuchi<SitesBody>(dx, 'staff1', `/companies/${GROUP_CN.alpha}/sites`);
      expect(answer.status, JSON.stringify(answer.body)).toBe(200);
      expect(siteShape(answer.body.data.tree)).toBe('本社[東京支社[横浜営業所] 新潟営業所 旧長岡工場]');
      expect(answer.body.data.prefectures).toEqual([
        { prefecture_code: '13', prefecture_name: '東京都', total: 1, active: 1 },
        { prefecture_code: '14', prefecture_name: '神奈川県', total: 1, active: 1 },
        { prefecture_code: '15', prefecture_name: '新潟県', total: 3, active: 2 },
      ]);
      expect(answer.body.meta.hidden).toBe(0);
    });

    describe('with the row-filtered test policy (prefecture 15 only)', () => {
      test('without the right to read relations or sites the caller is refused, naming what is missing', async () => {
        const answer = await group(GROUP_CN.alpha, '', 'niigataOnly');
        expect(answer.status).toBe(403);
        expect(errorCode(answer)).toBe('YUCHI_GROUP_FORBIDDEN');
        const sites = await callYuchi(dx, 'niigataOnly', `/companies/${GROUP_CN.alpha}/sites`);
        expect(errorCode(sites)).toBe('YUCHI_GROUP_FORBIDDEN');
      });

      describe('once it may read relations, and sites in prefecture 15', () => {
        beforeAll(async () => {
          const admin = await dx.as('admin');
          await admin.request(
            createPermissions([
              { policy: TEST_POLICY.id, collection: 'company_relations', action: 'read', fields: ['*'], permissions: null },
              { policy: TEST_POLICY.id, collection: 'establishments', action: 'read', fields: ['*'], permissions: { prefecture_code: { _eq: TEST_POLICY.prefecture } } },
            ] as never),
          );
        });

        test('members it may not read are left out, counted in meta.hidden, their children moved up', async () => {
          const answer = await group(GROUP_CN.alpha, '', 'niigataOnly');
          expect(answer.status, JSON.stringify(answer.body)).toBe(200);
          expect(shape(answer.body.data.tree)).toBe('top[alpha(*)[shared grandchild(i)[deep1[deep2[deep3]]]] beta[closedChild shared(r)]]');
          expect(answer.body.meta.hidden).toBe(1);
          expect(JSON.stringify(answer.body)).not.toContain(GROUP_CN.tokyoChild);
        });

        test('a company it may not read is not found', async () => {
          const answer = await group(GROUP_CN.tokyoChild, '', 'niigataOnly');
          expect(answer.status).toBe(404);
          expect(errorCode(answer)).toBe('YUCHI_COMPANY_NOT_FOUND');
        });

        test('sites it may not read are left out of the tree and the counts, and counted in meta.hidden', async () => {
          const answer = await callYuchi<SitesBody>(dx, 'niigataOnly', `/companies/${GROUP_CN.alpha}/sites`);
          expect(answer.status, JSON.stringify(answer.body)).toBe(200);
          expect(siteShape(answer.body.data.tree)).toBe('本社[新潟営業所 旧長岡工場]');
          expect(answer.body.data.prefectures.map((p) => p.prefecture_code)).toEqual(['15']);
          expect(answer.body.meta.hidden).toBe(2);
        });
      });
    });
  });
});
