// CPU time the kernel counted for the processes an import keeps busy: its worker (a descendant of the command run)
// and, on PostgreSQL, the server backends serving the benchmark's database. Wall-clock rows/s depend on whatever
// else the machine runs; CPU seconds per row do not, so both are recorded. Linux only (/proc); sampled, so up to
// one interval of a process's last CPU time can be missed.
import { readdirSync, readFileSync } from 'node:fs';
import pg from 'pg';

const CLOCK_TICKS_PER_SECOND = 100;
const INTERVAL_MS = 250;

interface ProcStat {
  ppid: number;
  cpuSeconds: number;
}

function procStat(pid: number): ProcStat | null {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces): state ppid … utime (14th) stime (15th).
    const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
    return { ppid: Number(fields[1]), cpuSeconds: (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS_PER_SECOND };
  } catch {
    return null;
  }
}

function commandLine(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ');
  } catch {
    return '';
  }
}

function descendantsOf(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = procStat(Number(entry));
    if (stat) children.set(stat.ppid, [...(children.get(stat.ppid) ?? []), Number(entry)]);
  }
  const out: number[] = [];
  const visit = (pid: number) => {
    for (const child of children.get(pid) ?? []) {
      out.push(child);
      visit(child);
    }
  };
  visit(root);
  return out;
}

export interface CpuFigures {
  worker_cpu_s: number;
  database_cpu_s: number | null;
}

export class CpuSampler {
  readonly #seen = new Map<string, number>();
  readonly #root: number;
  readonly #client: pg.Client | null;
  readonly #database: string | null;
  #timer: NodeJS.Timeout | null = null;
  #busy = false;

  constructor(root: number, postgres: { server: string; database: string } | null) {
    this.#root = root;
    this.#client = postgres ? new pg.Client({ connectionString: `${postgres.server}/postgres` }) : null;
    this.#database = postgres?.database ?? null;
  }

  async start(): Promise<void> {
    await this.#client?.connect();
    this.#timer = setInterval(() => void this.#sample(), INTERVAL_MS);
  }

  async #sample(): Promise<void> {
    if (this.#busy) return;
    this.#busy = true;
    try {
      for (const pid of descendantsOf(this.#root)) {
        if (!commandLine(pid).includes('nta-import-worker.mjs')) continue;
        const stat = procStat(pid);
        if (stat) this.#seen.set(`worker:${pid}`, stat.cpuSeconds);
      }
      if (this.#client) {
        const { rows } = await this.#client.query<{ pid: number }>('SELECT pid FROM pg_stat_activity WHERE datname = $1', [this.#database]);
        for (const { pid } of rows) {
          const stat = procStat(pid);
          if (stat) this.#seen.set(`database:${pid}`, stat.cpuSeconds);
        }
      }
    } finally {
      this.#busy = false;
    }
  }

  async stop(): Promise<CpuFigures> {
    if (this.#timer) clearInterval(this.#timer);
    await this.#client?.end();
    const sum = (prefix: string) => [...this.#seen].filter(([key]) => key.startsWith(prefix)).reduce((total, [, seconds]) => total + seconds, 0);
    const round = (n: number) => Math.round(n * 10) / 10;
    return { worker_cpu_s: round(sum('worker:')), database_cpu_s: this.#client ? round(sum('database:')) : null };
  }
}
