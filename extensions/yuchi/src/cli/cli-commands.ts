// The operator CLI (`npm run yuchi -- …` → `directus yuchi …`): runs on the configured database through the same
// services the server uses. Exit code 0 only on success.
import type { HookExtensionContext } from '@directus/extensions';
import type { Command } from 'commander';
import { importExitCode } from '../domain/import-exit-code.ts';
import { runSetup } from '../setup/setup.service.ts';
import type { DemoMode } from '../setup/demo-data.service.ts';

/** Import kinds later features register; until then `import` explains which exist. */
export const IMPORT_KINDS = [
  'nta', 'establishments', 'relations', 'officers', 'departments', 'sanctions', 'screening', 'credit-scores',
  'ip-ranges', 'intent-feed', 'access-log', 'vcard', 'cards-csv',
] as const;

export type Importer = (context: HookExtensionContext, files: string[], options: Record<string, unknown>) => Promise<{ accepted: number; rejected: number }>;
export const IMPORTERS = new Map<string, Importer>();

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
}
