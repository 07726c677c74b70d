// npm run bench -- <name>: runs a benchmark and writes its figures to bench/results/<name>.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../scripts/lib/env.mjs';
import { groupBenchmark } from './group.bench.ts';
import { importBenchmark } from './import.bench.ts';
import { searchBenchmark } from './search.bench.ts';
import { setupBenchmark } from './setup.bench.ts';

type Benchmark = (args: string[]) => Promise<Record<string, unknown>>;

const BENCHMARKS: Record<string, { describe: string; run: Benchmark }> = {
  group: { describe: 'company groups on 1,000,000 synthetic companies (PostgreSQL) with a 2,000-member group over 6 levels: p50/p95 of GET /yuchi/companies/{法人番号}/group (target p95 ≤ 100 ms), group_of / ultimate_parent searches and the export\'s group columns', run: groupBenchmark },
  import: { describe: 'NTA import: a full file into PostgreSQL (default 5,000,000 rows) and SQLite (1,000,000), then a 10,000-row diff; rows/s and peak RSS', run: importBenchmark },
  search: { describe: 'company search on 1,000,000 synthetic companies (PostgreSQL): p50/p95 of ≥ 20 query shapes against /items with the same filter, and an export of 100,000 rows × 30 columns with the server\'s RSS', run: searchBenchmark },
  setup: { describe: 'time of bootstrap, first `yuchi setup` with demo data, a second setup and a cold start, on SQLite and PostgreSQL', run: setupBenchmark },
};

const [name, ...args] = process.argv.slice(2);
const bench = name ? BENCHMARKS[name] : undefined;
if (!bench) {
  console.log('usage: npm run bench -- <name>\n');
  for (const [key, b] of Object.entries(BENCHMARKS)) console.log(`  ${key.padEnd(10)} ${b.describe}`);
  process.exit(name ? 2 : 0);
}

const started = new Date();
const figures = await bench.run(args);
const result = { benchmark: name, started_at: started.toISOString(), node: process.version, machine: { cpus: (await import('node:os')).cpus().length }, figures };
mkdirSync(join(ROOT, 'bench/results'), { recursive: true });
const file = join(ROOT, 'bench/results', `${name}.json`);
writeFileSync(file, JSON.stringify(result, null, 2) + '\n');
console.log(JSON.stringify(figures, null, 2));
console.log(`written to ${file}`);
