// Starts a real Directus (this project's CLI wrapper) as a child process and waits until it answers.
import { spawn, type ChildProcess } from 'node:child_process';
import { DIRECTUS_CLI, runDirectus } from './directus-cli.mjs';
import { ROOT } from './env.mjs';
import { freePort } from './free-port.ts';

export interface DirectusProcess {
  url: string;
  port: number;
  env: Record<string, string>;
  output: () => string;
  stop: () => Promise<void>;
}

/** Runs one Directus CLI command to completion; throws with its output when it fails. */
export async function directusCommand(args: string[], env: Record<string, string>): Promise<string> {
  let output = '';
  const code = await runDirectus(args, {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
    onChild: (child: ChildProcess) => {
      child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
      child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
    },
  });
  if (code !== 0) throw new Error(`directus ${args.join(' ')} exited ${code}:\n${output}`);
  return output;
}

/** Polls /server/ping until Directus answers; `failed` names a reason to give up early (its process died). */
export async function waitForPing(url: string, { timeoutMs = 60_000, failed = () => null }: { timeoutMs?: number; failed?: () => string | null } = {}): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const reason = failed();
    if (reason) throw new Error(reason);
    try {
      if ((await fetch(`${url}/server/ping`)).ok) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

export async function startDirectus(env: Record<string, string>): Promise<DirectusProcess> {
  const port = await freePort();
  const fullEnv = { ...env, PORT: String(port), HOST: '127.0.0.1', PUBLIC_URL: `http://127.0.0.1:${port}` };
  let output = '';
  const child = spawn(process.execPath, [DIRECTUS_CLI, 'start'], { cwd: ROOT, env: fullEnv, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr.on('data', (d: Buffer) => (output += d.toString()));
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitForPing(url, { failed: () => (child.exitCode !== null ? `Directus exited early (${child.exitCode})` : null) });
  } catch (error) {
    if (child.exitCode === null) child.kill('SIGKILL');
    throw new Error(`${(error as Error).message}:\n${output}`);
  }
  return {
    url,
    port,
    env: fullEnv,
    output: () => output,
    stop: async () => {
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
        await exited;
        clearTimeout(timer);
      }
    },
  };
}
