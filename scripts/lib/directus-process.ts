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

export async function startDirectus(env: Record<string, string>): Promise<DirectusProcess> {
  const port = await freePort();
  const fullEnv = { ...env, PORT: String(port), HOST: '127.0.0.1', PUBLIC_URL: `http://127.0.0.1:${port}` };
  let output = '';
  const child = spawn(process.execPath, [DIRECTUS_CLI, 'start'], { cwd: ROOT, env: fullEnv, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr.on('data', (d: Buffer) => (output += d.toString()));
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`Directus exited early (${child.exitCode}):\n${output}`);
    try {
      const res = await fetch(`${url}/server/ping`);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`Directus did not answer within 60 s:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 200));
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
