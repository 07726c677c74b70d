// npm start: bootstrap, schema snapshot, migrations, access seed, demo data (new database only), then serve.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DEMO_LOGINS, effectiveEnv } from '../lib/env.mjs';
import { runDirectus } from '../lib/directus-cli.mjs';

const env = effectiveEnv();
if (env.DB_CLIENT === 'sqlite3') mkdirSync(dirname(env.DB_FILENAME), { recursive: true });
mkdirSync(env.STORAGE_LOCAL_ROOT, { recursive: true });

const step = async (label, args) => {
  process.stderr.write(`[yuchi] ${label}\n`);
  const code = await runDirectus(args, { env });
  if (code !== 0) {
    process.stderr.write(`[yuchi] stopped: "${label}" failed (exit ${code}); nothing else was started.\n`);
    process.exit(code);
  }
};

await step('directus bootstrap', ['bootstrap']);
await step('schema, migrations, access seed, demo data', ['yuchi', 'setup']);

const lines = [
  '',
  `Yuchi is starting at ${env.PUBLIC_URL}  (Data Studio: ${env.PUBLIC_URL}/admin)`,
  'デモ用ログイン / demo logins:',
  ...DEMO_LOGINS.map((l) => `  ${l.role.padEnd(8, '　')} ${l.email.padEnd(22)} ${l.password}`),
  '',
];
process.stdout.write(lines.join('\n') + '\n');

let server;
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server?.kill(signal));
const code = await runDirectus(['start'], { env, onChild: (c) => (server = c) });
process.exit(code === 130 || code === 128 ? 0 : code);
