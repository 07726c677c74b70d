// The kinds of file the データ取込 page uploads: where each goes and what the page says about it.
export const UPLOAD_KINDS = {
  nta: {
    label: '法人番号（国税庁）',
    heading: '国税庁 法人番号データの取込',
    hint: '法人番号公表サイトからダウンロードした全件データまたは差分データ（CSV、zip のまま可。Unicode・Shift-JIS どちらも可）を選んでください。同じファイルをもう一度取り込んでも変わりません。中断した取込は同じファイルを選ぶと続きから再開します。',
  },
  relations: {
    label: '資本関係（CSV）',
    heading: '資本関係（親会社・子会社）の取込',
    hint: '見出し parent_corporate_number,child_corporate_number,kind,voting_rights_ratio,as_of,source の CSV を選んでください。同じ出典の次のファイルに載っていない関係は削除せず終了日を設定します。',
  },
  establishments: {
    label: '拠点（CSV）',
    heading: '拠点（本社・支社・営業所…）の取込',
    hint: '見出し corporate_number,name,kind,status,prefecture_code,city_code,address,postal_code,phone,parent_name の CSV を選んでください。parent_name に上位の拠点名を書くと本社 → 支社 → 営業所の順につながります。',
  },
} as const;

export type UploadKind = keyof typeof UPLOAD_KINDS;
export const UPLOAD_KIND_KEYS = Object.keys(UPLOAD_KINDS) as UploadKind[];

export const uploadPath = (kind: UploadKind): string => `/yuchi/imports/${kind}`;
