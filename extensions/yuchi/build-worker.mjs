// Bundles the import worker (src/registry/nta-import.worker.ts) into dist/nta-import-worker.mjs, a script Node runs
// as a process of its own. knex and the database drivers stay outside: the worker loads Directus's own at runtime.
import { build } from 'esbuild';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(fileURLToPath(import.meta.url));

await build({
  entryPoints: [join(root, 'src/registry/nta-import.worker.ts')],
  outfile: join(root, 'dist/nta-import-worker.mjs'),
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node22',
  external: ['knex', 'pg', 'sqlite3'],
  // The CommonJS packages bundled in (iconv-lite, yauzl) require Node's modules.
  banner: { js: "import { createRequire as __yuchiCreateRequire } from 'node:module'; const require = __yuchiCreateRequire(import.meta.url);" },
  logLevel: 'warning',
});
process.stdout.write('[yuchi] import worker built: dist/nta-import-worker.mjs\n');
