import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { describe, expect, test } from 'vitest';
import { defaultEnv, effectiveEnv, parseDotenv, ROOT } from '../../scripts/lib/env.mjs';

const example = parseDotenv(readFileSync(join(ROOT, '.env.example'), 'utf8'));
const exampleText = readFileSync(join(ROOT, '.env.example'), 'utf8');
// Production-only variables (docker compose) are documented beside the compose file.
const composeExampleText = readFileSync(join(ROOT, 'deploy/compose.env.example'), 'utf8');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (['node_modules', 'dist', '.tmp', 'artifacts'].includes(name)) return [];
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|mjs|js|yml)$/.test(name) ? [path] : [];
  });
}

describe('.env.example', () => {
  test('documents every default the commands use, with the same value', () => {
    const defaults = defaultEnv(ROOT);
    for (const key of Object.keys(defaults)) expect(exampleText, key).toMatch(new RegExp(`^#? ?${key}=`, 'm'));
    for (const [key, value] of Object.entries(example)) {
      if (key in defaults && !String(value).startsWith('./')) expect(value, key).toBe(defaults[key as keyof typeof defaults]);
    }
  });

  test('documents every YUCHI_ variable the code reads', () => {
    const files = ['extensions/yuchi/src', 'scripts', 'test', 'seed', 'bench'].flatMap((d) => sourceFiles(join(ROOT, d)));
    // A read is env.X or env['X'] (process.env, Directus's env, our effective env alike); error codes are not reads.
    const used = new Set(files.flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/env(?:\.|\[['"])(YUCHI_[A-Z0-9_]+)/g)].map((m) => m[1]!)));
    expect(used.size).toBeGreaterThan(3);
    const missing = [...used].filter((v) => !exampleText.includes(`${v}=`) && !composeExampleText.includes(`${v}=`));
    expect(missing).toEqual([]);
  });

});

describe('effective configuration', () => {
  test.each([
    { line: 'PORT=9000', key: 'PORT', value: '9000' },
    { line: 'export PORT=9001', key: 'PORT', value: '9001' },
    { line: 'NAME="quoted value"', key: 'NAME', value: 'quoted value' },
    { line: "NAME='single'", key: 'NAME', value: 'single' },
    { line: '  SPACED = x  ', key: 'SPACED', value: 'x' },
  ])('a .env line "$line" sets $key', ({ line, key, value }) => {
    expect(parseDotenv(line)[key]).toBe(value);
  });

  test.each(['# comment', '', 'no equals sign', '=novalue'])('a .env line "%s" sets nothing', (line) => {
    expect(parseDotenv(line)).toEqual({});
  });

  test('the environment beats .env, which beats the defaults', () => {
    const root = mkdtempSync(join(tmpdir(), 'yuchi-env-'));
    writeFileSync(join(root, '.env'), 'PORT=9100\nLOG_LEVEL=debug\nDB_FILENAME=db/x.db\n');
    const env = effectiveEnv({ root, base: { PORT: '9200' } });
    expect(env['PORT']).toBe('9200');
    expect(env['LOG_LEVEL']).toBe('debug');
    expect(env['DB_FILENAME']).toBe(join(root, 'db/x.db'));
    expect(env['PUBLIC_URL']).toBe('http://127.0.0.1:9200');
  });

  test('a generated secret is kept, so a restart keeps everyone logged in', () => {
    const root = mkdtempSync(join(tmpdir(), 'yuchi-env-'));
    const first = effectiveEnv({ root, base: {} })['SECRET'];
    expect(first).toMatch(/^[0-9a-f]{64}$/);
    expect(effectiveEnv({ root, base: {} })['SECRET']).toBe(first);
  });
});
