// Industries for demo companies: a JSIC class (細分類) drawn by section, weighted towards what a prefecture's
// investment-attraction team courts: manufacturing, IT, logistics.
import type { Industry } from './code-tables.ts';
import type { Random } from './seeded-random.ts';

export interface IndustryChoice {
  classCode: string;
  className: string;
  division: string;
  section: string;
}

export interface DemoIndustries {
  randomClass(random: Random, section: string): IndustryChoice;
  randomSection(random: Random): string;
  sectionOf(classCode: string): string;
}

const SECTION_WEIGHTS: Readonly<Record<string, number>> = {
  E: 35, I: 15, G: 12, D: 10, H: 8, L: 4, K: 3, M: 3, R: 3, A: 2, N: 2, F: 1, B: 0.5, C: 0.5, J: 0.5, O: 0.25, P: 0.25, Q: 0.1,
};

export function createDemoIndustries(industries: readonly Industry[]): DemoIndustries {
  const byCode = new Map(industries.map((industry) => [industry.code, industry]));
  const parentOf = (code: string): string | null => byCode.get(code)?.parentCode ?? null;
  const classesBySection = new Map<string, IndustryChoice[]>();
  const sectionByClass = new Map<string, string>();
  for (const industry of industries) {
    if (industry.level !== 'class') continue;
    const group = parentOf(industry.code);
    const division = group === null ? null : parentOf(group);
    const section = division === null ? null : parentOf(division);
    // x0 groups are head offices and support units (主として管理事務を行う本社等), not a line of business.
    if (group === null || group.endsWith('0') || division === null || section === null) continue;
    sectionByClass.set(industry.code, section);
    const list = classesBySection.get(section) ?? [];
    list.push({ classCode: industry.code, className: industry.name, division, section });
    classesBySection.set(section, list);
  }
  const sections = Object.entries(SECTION_WEIGHTS)
    .filter(([section]) => classesBySection.has(section))
    .map(([value, weight]) => ({ value, weight }));
  if (sections.length === 0) throw new Error('The industries must hold JSIC classes with their groups, divisions and sections');

  return {
    randomSection: (random) => random.weighted(sections),
    randomClass: (random, section) => random.pick(classesBySection.get(section) ?? classesBySection.get('E') ?? []),
    sectionOf: (classCode) => sectionByClass.get(classCode) ?? '',
  };
}

const OUTLOOKS = [
  '県内外の取引先に製品・サービスを提供している。',
  '近年は設備投資を拡大している。',
  '人材確保と生産性の向上に取り組んでいる。',
  '海外取引の拡大を目指している。',
  '新たな拠点の立地を検討している。',
  '地域の取引先との長期的な関係を強みとする。',
  'デジタル化による業務効率化を進めている。',
];

// 野菜作農業（きのこ類の栽培を含む） → 野菜作農業; その他の畜産農業 → 畜産農業: reads better in a sentence.
const plainName = (className: string): string => className.replace(/（.*?）/gu, '').replace(/^その他の/u, '');

export function businessSummary(random: Random, subject: { className: string; place: string }): string {
  const business = plainName(subject.className);
  const place = subject.place;
  const opening = random.pick([
    `${business}を主力事業とする。`,
    `${place}を拠点に${business}を営む。`,
    `${business}を中心に事業を展開している。`,
  ]);
  return opening + random.pick(OUTLOOKS);
}
