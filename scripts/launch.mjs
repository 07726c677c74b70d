#!/usr/bin/env node
// Entry of `npm start`, `npm test`, `npm run bench` and `npm run yuchi`. Runs on any Node (the machine may have 20):
// provisions Node 22, installs and builds what changed, then runs the command under Node 22.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from './lib/env.mjs';
import { ensureDependencies, ensureExtensionBuilt, ensureNode, toolEnv } from './lib/toolchain.mjs';

const COMMANDS = {
  start: 'scripts/commands/start.mjs',
  build: 'scripts/commands/build.mjs',
  test: 'scripts/commands/test.mjs',
  bench: 'bench/run.ts',
  cli: 'scripts/commands/cli.mjs',
};

const [command, ...args] = process.argv.slice(2);
const script = command ? COMMANDS[command] : undefined;
if (!script) {
  process.stderr.write(`usage: node scripts/launch.mjs <${Object.keys(COMMANDS).join('|')}> [args]\n`);
  process.exit(2);
}

const toolchain = ensureNode();
// The test command provisions once; the processes its tests launch must not reinstall under a running test.
if (process.env.YUCHI_SKIP_PROVISION !== '1') {
  ensureDependencies(toolchain);
  ensureExtensionBuilt(toolchain);
}

const child = spawn(toolchain.node, [join(ROOT, script), ...args], { stdio: 'inherit', cwd: ROOT, env: toolEnv(toolchain) });
// Ctrl-C reaches the whole process group; the child shuts Directus down and we report its exit.
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal === 'SIGINT' ? 130 : 1)));
