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
  sanctions: {
    label: '行政処分（CSV）',
    heading: '行政処分の取込',
    hint: '見出し corporate_number,name,address,authority,action,action_date,legal_basis,summary,source_url の CSV、または厚生労働省「労働基準関係法令違反に係る公表事案」の表をそのまま CSV にしたもの（企業・事業場名称,所在地,公表日,違反法条,事案概要,その他参考事項）を選んでください。企業を一社に決められない行は「照合待ちリスク情報」に入ります。',
  },
  screening: {
    label: '反社チェック結果（CSV）',
    heading: '反社チェック結果の取込',
    hint: '見出し corporate_number,name,address,hit,category,screened_on,source,reference の CSV を選んでください。hit が該当（true / 1 / あり / 該当）の行だけが未確認の反社リスク情報になります。非該当の行は記録しません。',
  },
  'credit-scores': {
    label: '信用評点（CSV）',
    heading: '信用評点の取込',
    hint: '見出し corporate_number,score,band,as_of,source の CSV を選んでください。評点の帯（A 86〜100 … E 35点以下）の重大度で財務リスク情報になり、基準日から1年で期限が切れます。A・B の帯は記録しません。',
  },
} as const;

export type UploadKind = keyof typeof UPLOAD_KINDS;
export const UPLOAD_KIND_KEYS = Object.keys(UPLOAD_KINDS) as UploadKind[];

export const uploadPath = (kind: UploadKind): string => `/yuchi/imports/${kind}`;
