// Demo risk findings: a few percent of active companies carry financial, reputation, sanction or existence
// findings (antisocial ones are rare), and every closed company has a confirmed existence finding. The
// companies' risk columns are then set from the findings.
import { addDays, daysBetween, jstTimestamp, randomDateBetween, REFERENCE_DATE } from './demo-calendar.ts';
import type { CompanyRow, RiskCategory, RiskFindingRow } from './demo-data.types.ts';
import { riskLevelsOf } from './risk-levels.ts';
import type { Random } from './seeded-random.ts';

type Topic = readonly [title: string, detail: string, source: string];

const CATEGORIES: readonly { value: RiskCategory; weight: number }[] = [
  { value: 'financial', weight: 40 },
  { value: 'reputation', weight: 25 },
  { value: 'sanction', weight: 20 },
  { value: 'existence', weight: 12 },
  { value: 'antisocial', weight: 3 },
];
const TOPICS: Readonly<Record<RiskCategory, readonly Topic[]>> = {
  financial: [
    ['支払遅延の情報', '複数の取引先から支払遅延の情報が寄せられている。', '信用調査（デモ）'],
    ['債務超過の可能性', '直近の決算公告で純資産がマイナスとなっている。', '決算公告（デモ）'],
    ['大口取引先の倒産による影響', '主要取引先の倒産により売掛金の回収が懸念される。', '信用調査（デモ）'],
  ],
  reputation: [
    ['SNS上での苦情の増加', '製品・サービスに関する苦情の投稿が増えている。', 'ウェブ調査（デモ）'],
    ['労務問題に関する報道', '長時間労働に関する報道があった。', '報道（デモ）'],
  ],
  sanction: [
    ['指名停止措置', '自治体から指名停止措置を受けた。', '自治体公表情報（デモ）'],
    ['行政処分（業務改善命令）', '所管官庁から業務改善命令を受けた。', '行政機関公表情報（デモ）'],
    ['景品表示法に基づく措置命令', '表示に関する措置命令を受けた。', '行政機関公表情報（デモ）'],
  ],
  existence: [
    ['登記上の本店所在地に事業実態なし', '現地確認で事業活動の実態を確認できなかった。', '現地調査（デモ）'],
    ['代表電話が不通', '代表電話番号が使われていない。', '現地調査（デモ）'],
  ],
  antisocial: [['反社会的勢力との関係を示唆する情報', '役員と反社会的勢力との関係を示唆する情報がある。', '調査会社（デモ）']],
};
const CLOSE_REASON_TEXT: Readonly<Record<string, string>> = {
  '01': '清算の結了等',
  '11': '合併による解散等',
  '21': '登記官による閉鎖',
  '31': 'その他の清算の結了等',
};
const SEVERITIES = [
  { value: 0, weight: 5 },
  { value: 1, weight: 45 },
  { value: 2, weight: 35 },
  { value: 3, weight: 15 },
];
const STATUSES = [
  { value: 'open' as const, weight: 45 },
  { value: 'confirmed' as const, weight: 35 },
  { value: 'dismissed' as const, weight: 20 },
];

export function buildRiskFindings(random: Random, options: { companies: CompanyRow[]; reviewer: string }): RiskFindingRow[] {
  const rows: RiskFindingRow[] = [];
  const add = (finding: Omit<RiskFindingRow, 'id' | 'source_url' | 'reviewer' | 'reviewed_at' | 'expires_on'>): void => {
    const id = rows.length + 1;
    const reviewed = finding.status !== 'open';
    const reviewedOn = randomDateBetween(random, finding.observed_on, REFERENCE_DATE);
    rows.push({
      id,
      company: finding.company,
      category: finding.category,
      severity: finding.severity,
      title: finding.title,
      detail: finding.detail,
      source: finding.source,
      source_url: `https://risk.example.jp/findings/${id}`,
      observed_on: finding.observed_on,
      // Expiry always after the reference day, so nothing here has lapsed when the demo starts.
      expires_on: random.chance(0.2) ? null : addDays(REFERENCE_DATE, random.int(30, 900)),
      status: finding.status,
      reviewer: reviewed ? options.reviewer : null,
      reviewed_at: reviewed ? jstTimestamp({ date: reviewedOn, hour: random.int(9, 18), minute: random.int(0, 59) }) : null,
    });
  };

  for (const company of options.companies) {
    if (company.status === 'closed' && company.closed_on !== null) {
      add({
        company: company.id,
        category: 'existence',
        severity: 3,
        title: '登記記録の閉鎖',
        detail: `${company.closed_on}付で登記記録が閉鎖された（${CLOSE_REASON_TEXT[company.close_reason ?? ''] ?? '事由不明'}）。`,
        source: '国税庁法人番号公表サイト（デモ）',
        observed_on: addDays(company.closed_on, Math.min(random.int(3, 40), Math.max(0, daysBetween(company.closed_on, REFERENCE_DATE)))),
        status: 'confirmed',
      });
    } else if (random.chance(0.042)) {
      for (let n = random.weighted([{ value: 1, weight: 70 }, { value: 2, weight: 22 }, { value: 3, weight: 8 }]); n > 0; n -= 1) {
        const category = random.weighted(CATEGORIES);
        const [title, detail, source] = random.pick(TOPICS[category]);
        add({
          company: company.id,
          category,
          severity: category === 'antisocial' ? random.int(2, 3) : random.weighted(SEVERITIES),
          title,
          detail,
          source,
          observed_on: randomDateBetween(random, '2024-04-01', REFERENCE_DATE),
          status: random.weighted(STATUSES),
        });
      }
    }
  }

  const findingsByCompany = new Map<number, RiskFindingRow[]>();
  for (const row of rows) findingsByCompany.set(row.company, [...(findingsByCompany.get(row.company) ?? []), row]);
  for (const company of options.companies) Object.assign(company, riskLevelsOf(findingsByCompany.get(company.id) ?? []));
  return rows;
}
