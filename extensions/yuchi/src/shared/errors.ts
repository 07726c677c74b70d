// Every error Yuchi raises: a stable code, an HTTP status and a Japanese message that says what to do.
import { createError } from '@directus/errors';

export const SchemaWouldDeleteError = createError<{ items: string[] }>(
  'YUCHI_SCHEMA_WOULD_DELETE',
  ({ items }) =>
    `snapshots/schema.yaml を適用するとデータ構造が削除されます（${items.join(', ')}）。起動を中止しました。` +
    '管理者が追加した項目を残す場合は `npx directus schema snapshot` でスナップショットを更新してください。',
  409,
);

export const InvalidCorporateNumberError = createError<{ value: string }>(
  'YUCHI_INVALID_CORPORATE_NUMBER',
  ({ value }) => `法人番号「${value}」は正しくありません。13桁の数字で、先頭の検査数字が一致する番号を入力してください。`,
  400,
);

export const ExportForbiddenError = createError(
  'YUCHI_EXPORT_FORBIDDEN',
  'データを出力する権限がありません。出力が必要な場合は管理者に「出力」ポリシーの付与を依頼してください。',
  403,
);

export const NotInstalledError = createError(
  'YUCHI_NOT_INSTALLED',
  'データベースが初期化されていません。先に `npm start` を一度実行してください。',
  503,
);

export const ImportFileError = createError<{ file: string; reason: string }>(
  'YUCHI_IMPORT_FILE',
  ({ file, reason }) => `ファイル ${file} を取り込めません: ${reason}`,
  400,
);

export const ImportForbiddenError = createError(
  'YUCHI_IMPORT_FORBIDDEN',
  'データを取り込む権限がありません。取込が必要な場合はデータ管理者に依頼するか、管理者に「データ管理」ポリシーの付与を依頼してください。',
  403,
);

export const SearchInvalidError = createError<{ key: string; message: string }>('YUCHI_SEARCH_INVALID', ({ message }) => `検索条件が正しくありません。${message}`, 400);

export const SearchForbiddenError = createError<{ key: string; field: string }>(
  'YUCHI_SEARCH_FORBIDDEN',
  ({ key, field }) => `「${key}」には、あなたが閲覧を許可されていない項目（${field}）が必要です。この条件を外すか、管理者に権限を確認してください。`,
  403,
);

export const GbizinfoNotConfiguredError = createError(
  'YUCHI_GBIZINFO_NOT_CONFIGURED',
  'gBizINFO の API トークンが設定されていないため、最新情報を取得できません。管理者に YUCHI_GBIZINFO_TOKEN の設定を依頼してください（トークンは gBizINFO の「Web API利用申請」で取得できます）。',
  503,
);

export const GbizinfoNotFoundError = createError<{ corporateNumber: string }>(
  'YUCHI_GBIZINFO_NOT_FOUND',
  ({ corporateNumber }) =>
    `法人番号 ${corporateNumber} の企業は gBizINFO に見つかりませんでした。法人番号が正しいか確認してください。設立直後の法人は gBizINFO に載るまで時間がかかることがあります。`,
  404,
);

export const GbizinfoUnavailableError = createError<{ reason: string }>(
  'YUCHI_GBIZINFO_UNAVAILABLE',
  ({ reason }) => `gBizINFO から情報を取得できませんでした: ${reason} しばらく時間をおいてもう一度「最新情報を取得」を押してください。続く場合は管理者に連絡してください。`,
  502,
);

export const GbizinfoTimeoutError = createError<{ reason: string }>(
  'YUCHI_GBIZINFO_UNAVAILABLE',
  ({ reason }) => `gBizINFO から応答がありませんでした: ${reason} しばらく時間をおいてもう一度「最新情報を取得」を押してください。`,
  504,
);

export const GbizinfoRejectedError = createError<{ reason: string }>(
  'YUCHI_GBIZINFO_REJECTED',
  ({ reason }) => `gBizINFO が要求を受け付けませんでした: ${reason} 管理者に YUCHI_GBIZINFO_TOKEN の API トークンが有効か確認を依頼してください。`,
  502,
);

export const EnrichmentForbiddenError = createError(
  'YUCHI_ENRICHMENT_FORBIDDEN',
  'この企業の情報を更新する権限がないため、最新情報を取得できません。必要な場合はデータ管理者に取得を依頼してください。',
  403,
);

export const EnrichmentOriginReadonlyError = createError(
  'YUCHI_ENRICHMENT_ORIGIN_READONLY',
  '「外部データの取得元」（enrichment_origin）は gBizINFO から取得したときに自動で記録される項目です。直接は変更できません。送信する項目から外してください。',
  403,
);

export const CompanyNotFoundError = createError<{ corporateNumber: string }>(
  'YUCHI_COMPANY_NOT_FOUND',
  ({ corporateNumber }) => `法人番号 ${corporateNumber} の企業は見つかりませんでした（閲覧を許可されていない企業も含みます）。法人番号を確認してください。`,
  404,
);

export const GroupInvalidError = createError<{ key: string; message: string }>('YUCHI_GROUP_INVALID', ({ message }) => `企業グループの指定が正しくありません。${message}`, 400);

export const GroupForbiddenError = createError<{ collection: string; field: string }>(
  'YUCHI_GROUP_FORBIDDEN',
  ({ collection, field }) => `企業グループ・拠点の表示には「${collection}.${field}」の閲覧権限が必要です。管理者に権限を確認してください。`,
  403,
);

export const RiskReviewInvalidError = createError<{ reason: string }>('YUCHI_RISK_REVIEW_INVALID', ({ reason }) => `リスク情報の確認内容が正しくありません。${reason}`, 400);

export const RiskReviewForbiddenError = createError(
  'YUCHI_RISK_REVIEW_FORBIDDEN',
  'リスク情報を確認・却下する権限がありません。確認が必要な場合はデータ管理者に依頼してください。',
  403,
);

export const RiskCandidateClosedError = createError<{ status: string }>(
  'YUCHI_RISK_CANDIDATE_CLOSED',
  ({ status }) => `この照合待ちリスク情報はすでに${status === 'linked' ? '企業に結び付け済み' : '破棄済み'}です。一覧を再読み込みして確認してください。`,
  409,
);
