// The kinds of 拠点 (establishments.kind) and their Japanese names, in the order the Data Studio lists them: one
// table for the CSV import, the gBizINFO mapper, the search form and the site tree.
export const SITE_KIND_LABELS = {
  head_office: '本社',
  branch_office: '支社',
  branch: '支店',
  sales_office: '営業所',
  factory: '工場',
  lab: '研究所',
  logistics: '物流拠点',
  store: '店舗',
  other: 'その他',
} as const;

export type SiteKind = keyof typeof SITE_KIND_LABELS;
