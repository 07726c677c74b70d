// Runs the README's commands (scripts/launch.mjs, what `npm start` / `npm run yuchi` call) as a child process.
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from '../../scripts/lib/env.mjs';

export interface LaunchedProcess {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number>;
  /** Resolves once the output contains the text; rejects if the process exits first or time runs out. */
  waitFor: (text: string | RegExp, timeoutMs?: number) => Promise<void>;
  /** Kills the launcher and every process it started (its own process group), as a crash or `kill -9` would. */
  killAll: (signal: NodeJS.Signals) => void;
}

export function launch(command: string, args: string[], env: Record<string, string>): LaunchedProcess {
  let output = '';
  // Its own process group, so killAll reaches the Directus process the launcher runs too.
  const child = spawn(process.execPath, [join(ROOT, 'scripts/launch.mjs'), command, ...args], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  const exited = new Promise<number>((resolve) => child.on('exit', (code, signal) => resolve(code ?? (signal ? 128 : 1))));
  const waitFor = async (text: string | RegExp, timeoutMs = 180_000) => {
    const deadline = Date.now() + timeoutMs;
    let done = false;
    void exited.then(() => (done = true));
    for (;;) {
      if (typeof text === 'string' ? output.includes(text) : text.test(output)) return;
      if (done) throw new Error(`process exited before printing ${String(text)}:\n${output}`);
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${String(text)}:\n${output}`);
      await new Promise((r) => setTimeout(r, 200));
    }
  };
  const killAll = (signal: NodeJS.Signals) => {
    if (child.pid !== undefined) process.kill(-child.pid, signal);
  };
  return { child, output: () => output, exited, waitFor, killAll };
}

/** Runs a launcher command to completion. */
export async function launchToEnd(command: string, args: string[], env: Record<string, string>): Promise<{ code: number; output: string }> {
  const p = launch(command, args, env);
  const code = await p.exited;
  return { code, output: p.output() };
}
