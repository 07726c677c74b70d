// npm test: lint, typecheck, then unit, integration and e2e tests; ends with "N passed, N failed, N skipped".
// With CI=true a skipped test counts as a failure (CI must prove everything, PostgreSQL and Chromium included).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../lib/env.mjs';

const args = process.argv.slice(2);
const bin = (name) => join(ROOT, 'node_modules/.bin', name);
const run = (label, cmd, cmdArgs) => {
  process.stdout.write(`\n== ${label} ==\n`);
  return spawnSync(cmd, cmdArgs, { stdio: 'inherit', cwd: ROOT, env: process.env }).status === 0;
};

let passed = 0;
let failed = 0;
let skipped = 0;
// Lint and typecheck count as one check each; a filtered run (npm test -- <pattern>) skips them.
if (args.length === 0) {
  for (const [label, cmd, cmdArgs] of [
    ['lint', bin('eslint'), ['.', '--max-warnings=0']],
    ['typecheck', bin('tsc'), ['-p', 'tsconfig.json']],
  ]) {
    if (run(label, cmd, cmdArgs)) passed++;
    else failed++;
  }
}

const summaryFile = join(ROOT, 'test/.tmp/vitest-summary.json');
rmSync(summaryFile, { force: true });
const vitestOk = run('vitest', bin('vitest'), ['run', ...args]);
if (existsSync(summaryFile)) {
  const summary = JSON.parse(readFileSync(summaryFile, 'utf8'));
  passed += summary.passed;
  failed += summary.failed;
  skipped += summary.skipped;
  if (summary.skippedNames.length) process.stdout.write(`\nskipped:\n${summary.skippedNames.map((n) => `  - ${n}`).join('\n')}\n`);
} else if (!vitestOk) failed++;
if (!vitestOk && failed === 0) failed++;

const ci = process.env.CI === 'true' || process.env.CI === '1';
if (ci && skipped > 0) process.stdout.write(`\nCI=true: ${skipped} skipped test(s) count as failures.\n`);
process.stdout.write(`\n${passed} passed, ${failed} failed, ${skipped} skipped\n`);
process.exit(failed > 0 || (ci && skipped > 0) ? 1 : 0);
