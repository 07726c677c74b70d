// The operator CLI (`npm run yuchi -- …` → `directus yuchi …`): runs on the configured database through the same
// services the server uses. Exit code 0 only on success.
import type { HookExtensionContext } from '@directus/extensions';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { importExitCode } from '../domain/import-exit-code.ts';
import { importNtaCommand } from '../registry/nta-import.command.ts';
import { importEstablishmentsCommand, importRelationsCommand } from '../groups/group-import.command.ts';
import { resolveShareholders } from '../groups/shareholder-relations.service.ts';
import { clearDataCache } from '../shared/data-cache.ts';
import { generateNtaFile } from '../registry/nta-generate.command.ts';
import { syncNtaDiff } from '../registry/nta-api-sync.service.ts';
import { tokyoDay } from '../domain/tokyo-day.ts';
import { refreshTargetListCompanies } from '../enrichment/gbizinfo-batch.service.ts';
import { runSetup } from '../setup/setup.service.ts';
import { recomputeAllRiskLevels, recomputeExpiredRiskLevels } from '../risk/risk-summary.service.ts';
import { importRiskCommand } from '../risk/risk-import.command.ts';
import { screenAllCompanies, screenTargetListMembers, SCREENED_CATEGORIES, type ScreenedCategory } from '../risk/rule-screening.service.ts';
import type { DemoMode } from '../setup/demo-data.service.ts';

/** Import kinds later features register; until then `import` explains which exist. */
export const IMPORT_KINDS = [
  'nta', 'establishments', 'relations', 'officers', 'departments', 'sanctions', 'screening', 'credit-scores',
  'ip-ranges', 'intent-feed', 'access-log', 'vcard', 'cards-csv',
] as const;

export type Importer = (context: HookExtensionContext, files: string[], options: Record<string, unknown>) => Promise<{ accepted: number; rejected: number }>;
export const IMPORTERS = new Map<string, Importer>([
  ['nta', importNtaCommand],
  ['relations', importRelationsCommand],
  ['establishments', importEstablishmentsCommand],
  ['sanctions', importRiskCommand('sanctions')],
  ['screening', importRiskCommand('screening')],
  ['credit-scores', importRiskCommand('credit-scores')],
]);

async function finish(context: HookExtensionContext, work: () => Promise<number>): Promise<never> {
  let code = 1;
  try {
    code = await work();
  } catch (error) {
    const e = error as { code?: string; message?: string };
    process.stderr.write(`エラー${e.code ? ` [${e.code}]` : ''}: ${e.message ?? String(error)}\n`);
    context.logger.debug(error);
  }
  await context.database.destroy();
  process.exit(code);
}

export function registerCommands(program: Command, context: HookExtensionContext): void {
  const yuchi = program.command('yuchi').description('Yuchi operator commands (誘致 CRM)');

  yuchi
    .command('setup')
    .description('apply snapshots/schema.yaml (only when it deletes nothing), migrations, code tables, access seed and, on a new database, demo data')
    .option('--no-demo', 'never load the demo data')
    .action((options: { demo: boolean }) =>
      finish(context, async () => {
        const mode: DemoMode = options.demo && String(context.env['YUCHI_DEMO_DATA'] ?? 'auto') !== 'never' ? 'auto' : 'never';
        const report = await runSetup(context, { demo: mode });
        const lines = [
          `schema: ${report.schemaChanges} change(s) applied`,
          `migrations: ${report.migrations.length} run`,
          `code tables: ${report.reference.industries} industries, ${report.reference.municipalities} municipalities inserted`,
          `access seed: ${report.accessInserted} row(s) inserted`,
          report.demo ? `demo data: ${Object.entries(report.demo).map(([t, n]) => `${t} ${n}`).join(', ')}` : 'demo data: not loaded (existing database)',
        ];
        process.stdout.write(lines.map((l) => `[yuchi] ${l}`).join('\n') + '\n');
        return 0;
      }),
    );

  yuchi
    .command('import')
    .description(`import files: kinds ${IMPORT_KINDS.join(', ')}`)
    .argument('<kind>', 'what the files hold')
    .argument('<files...>', 'files to import')
    .allowUnknownOption(true)
    .action((kind: string, files: string[], options: Record<string, unknown>) =>
      finish(context, async () => {
        const importer = IMPORTERS.get(kind);
        if (!importer) {
          const known = [...IMPORTERS.keys()];
          process.stderr.write(`取込の種類「${kind}」はまだ使えません。使える種類: ${known.length ? known.join(', ') : '（なし）'}\n`);
          return 2;
        }
        const { accepted, rejected } = await importer(context, files, options);
        process.stdout.write(`accepted ${accepted}, rejected ${rejected}\n`);
        return importExitCode({ accepted, rejected });
      }),
    );

  yuchi
    .command('resolve')
    .description('shareholders: turn gBizINFO major shareholders into capital relations (sure matches confirmed, doubtful ones wait for a データ管理者)')
    .argument('<what>', 'shareholders')
    .action((what: string) =>
      finish(context, async () => {
        if (what !== 'shareholders') throw new Error(`「${what}」は解決できません。使えるもの: shareholders`);
        const o = await resolveShareholders(context.database);
        await clearDataCache(context, await context.getSchema({ database: context.database }));
        process.stdout.write(`大株主: 対象 ${o.companies}社, 確認済み ${o.confirmed}, 確認待ち ${o.pending}, 該当なし ${o.unmatched}, 終了 ${o.ended}\n`);
        return 0;
      }),
    );

  yuchi
    .command('risk')
    .description('risk screening: recompute every company\'s risk levels from its findings (after rule changes or bulk edits), or --expired: only those whose findings expired yesterday (what the daily schedule does); screen [existence|financial]: findings from the registry state and the figures, for every company or --target-lists only')
    .argument('<action>', 'recompute or screen')
    .argument('[what]', 'screen: existence, financial or all (default)')
    .option('--expired', 'recompute: only companies with a finding that expired yesterday (Asia/Tokyo)')
    .option('--target-lists', 'screen: only the members of 抽出リスト (what the daily schedule does)')
    .action((action: string, what: string | undefined, options: { expired?: boolean; targetLists?: boolean }) =>
      finish(context, async () => {
        if (action === 'screen') {
          const scope = what ?? 'all';
          if (scope !== 'all' && scope !== 'existence' && scope !== 'financial') throw new Error(`「risk screen ${scope}」はありません。使えるもの: existence, financial, all`);
          const categories: readonly ScreenedCategory[] = scope === 'all' ? SCREENED_CATEGORIES : [scope as ScreenedCategory];
          const o = options.targetLists ? await screenTargetListMembers(context.database, { categories }) : await screenAllCompanies(context.database, { categories });
          if (o.inserted + o.updated + o.closed > 0) await clearDataCache(context, await context.getSchema({ database: context.database }));
          process.stdout.write(`リスク判定: 対象 ${o.companies}社, 追加 ${o.inserted}, 更新 ${o.updated}, 終了 ${o.closed}\n`);
          return 0;
        }
        if (action !== 'recompute') throw new Error(`「risk ${action}」はありません。使えるもの: risk recompute, risk screen`);
        const o = options.expired ? await recomputeExpiredRiskLevels(context.database) : await recomputeAllRiskLevels(context.database);
        if (o.changed > 0) await clearDataCache(context, await context.getSchema({ database: context.database }));
        process.stdout.write(`リスク: 対象 ${o.companies}社, 変更あり ${o.changed}\n`);
        return 0;
      }),
    );

  const generate = yuchi.command('generate').description('write synthetic files for tests and benchmarks');
  generate
    .command('nta')
    .description('a synthetic NTA 法人番号 download (30-column CSV, no header)')
    .requiredOption('--rows <n>', 'number of rows')
    .requiredOption('--out <file>', 'output file')
    .option('--seed <n>', 'random seed', '1')
    .option('--kind <kind>', 'full or diff', 'full')
    .option('--encoding <encoding>', 'utf8 or sjis', 'utf8')
    .option('--full-rows <n>', 'diff only: rows of the full file it changes')
    .option('--file-date <date>', 'diff only: the file date (YYYY-MM-DD)')
    .action((options: { rows: string; out: string; seed: string; kind: string; encoding: string; fullRows?: string; fileDate?: string }) =>
      finish(context, async () => {
        if (options.kind !== 'full' && options.kind !== 'diff') throw new Error('--kind は full か diff を指定してください');
        if (options.encoding !== 'utf8' && options.encoding !== 'sjis') throw new Error('--encoding は utf8 か sjis を指定してください');
        const rows = await generateNtaFile({
          rows: Number(options.rows),
          out: options.out,
          seed: Number(options.seed),
          kind: options.kind,
          encoding: options.encoding,
          seedDir: resolve(String(context.env['YUCHI_SEED_PATH'] ?? 'seed')),
          ...(options.fullRows ? { fullRows: Number(options.fullRows) } : {}),
          ...(options.fileDate ? { fileDate: options.fileDate } : {}),
        });
        process.stdout.write(`${options.out}: ${rows} rows\n`);
        return 0;
      }),
    );

  yuchi
    .command('sync')
    .description('fetch from an outside API: nta (国税庁 法人番号 Web-API diff, needs YUCHI_NTA_APPLICATION_ID) or gbizinfo (gBizINFO for target-list companies, needs YUCHI_GBIZINFO_TOKEN)')
    .argument('<source>', 'nta or gbizinfo')
    .option('--from <date>', 'nta: first day (YYYY-MM-DD, Japan); default yesterday')
    .option('--to <date>', 'nta: last day (YYYY-MM-DD, Japan); default yesterday')
    .option('--limit <n>', 'gbizinfo: companies to refresh (default YUCHI_GBIZINFO_BATCH)')
    .action((source: string, options: { from?: string; to?: string; limit?: string }) =>
      finish(context, async () => {
        if (source === 'gbizinfo') {
          const limit = options.limit === undefined ? undefined : Number(options.limit);
          if (limit !== undefined && !(Number.isInteger(limit) && limit > 0)) throw new Error('--limit は1以上の整数を指定してください');
          const o = await refreshTargetListCompanies(context, limit === undefined ? {} : { limit });
          process.stdout.write(`gBizINFO: 対象 ${o.selected}社, 取得 ${o.refreshed}, 変更あり ${o.changed}, 手入力を残した ${o.conflicts}, 見つからない ${o.notFound}, エラー ${o.failed}\n`);
          if (o.stoppedBy) process.stderr.write(`途中で中止しました [${o.stoppedBy.code}]: ${o.stoppedBy.message}\n`);
          return o.stoppedBy || o.failed > 0 ? 1 : 0;
        }
        if (source !== 'nta') throw new Error(`同期元「${source}」はありません。使える同期元: nta, gbizinfo`);
        const from = options.from ?? tokyoDay(new Date(), 1);
        const outcome = await syncNtaDiff(context, { from, to: options.to ?? from });
        process.stdout.write(`NTA diff ${from}〜${options.to ?? from}: ${outcome.status} 総件数 ${outcome.totalCount}, 読込 ${outcome.read}, 追加 ${outcome.inserted}, 更新 ${outcome.updated}, エラー ${outcome.rejected}\n`);
        return outcome.status === 'failed' ? 1 : 0;
      }),
    );
}
