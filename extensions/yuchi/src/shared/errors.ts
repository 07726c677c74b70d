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
