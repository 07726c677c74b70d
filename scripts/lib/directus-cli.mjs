// Runs Directus CLI commands (bootstrap, our `yuchi …` commands, start) with the effective configuration.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from './env.mjs';

export const DIRECTUS_CLI = join(ROOT, 'scripts/directus.mjs');

/**
 * Resolves with the exit code; output is inherited unless `stdio` says otherwise.
 * @param {string[]} args
 * @param {{ env?: Record<string, string | undefined>, stdio?: import('node:child_process').StdioOptions, onChild?: (child: import('node:child_process').ChildProcess) => void }} [options]
 * @returns {Promise<number>}
 */
export function runDirectus(args, { env, stdio = 'inherit', onChild } = {}) {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [DIRECTUS_CLI, ...args], { cwd: ROOT, env, stdio });
    onChild?.(child);
    child.on('error', reject);
    child.on('exit', (code, signal) => resolvePromise(code ?? (signal ? 128 : 1)));
  });
}
