// npm run yuchi -- <command>: Yuchi's operator commands, run by Directus's CLI on the configured database.
import { existsSync } from 'node:fs';
import { effectiveEnv } from '../lib/env.mjs';
import { runDirectus } from '../lib/directus-cli.mjs';

const env = effectiveEnv();
// Directus only loads extensions (and so our commands) on an installed database.
if (env.DB_CLIENT === 'sqlite3' && !existsSync(env.DB_FILENAME)) {
  process.stderr.write(`データベース ${env.DB_FILENAME} がありません。先に \`npm start\` を一度実行してください。\n`);
  process.exit(1);
}
const args = process.argv.slice(2);
process.exit(await runDirectus(['yuchi', ...(args.length ? args : ['--help'])], { env }));
