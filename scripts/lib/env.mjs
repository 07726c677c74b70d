// The effective configuration of every Yuchi command: process environment first, then `.env`, then our defaults.
// Plain JavaScript so the launcher can use it on the system's Node before Node 22 is provisioned.
import { existsSync, readFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

const demoUsers = JSON.parse(readFileSync(join(ROOT, 'seed/demo/demo-users.json'), 'utf8'));

/** What start prints: the bootstrap admin and the demo accounts of seed/demo/demo-users.json. */
export const DEMO_LOGINS = [
  { role: demoUsers.admin.label, email: demoUsers.admin.email, password: demoUsers.admin.password },
  ...demoUsers.users.map((u) => ({ role: u.label, email: u.email, password: u.password ?? `(API token) ${u.token}` })),
];

/**
 * Defaults for every variable we rely on; `.env.example` documents the same list.
 * @returns {Record<string, string>}
 */
export function defaultEnv(root = ROOT) {
  return {
    HOST: '127.0.0.1',
    PORT: '8055',
    DB_CLIENT: 'sqlite3',
    DB_FILENAME: join(root, 'data/yuchi.db'),
    ADMIN_EMAIL: DEMO_LOGINS[0].email,
    ADMIN_PASSWORD: DEMO_LOGINS[0].password,
    EXTENSIONS_PATH: join(root, 'extensions'),
    EXTENSIONS_AUTO_RELOAD: 'false',
    MIGRATIONS_PATH: join(root, 'migrations'),
    STORAGE_LOCATIONS: 'local',
    STORAGE_LOCAL_ROOT: join(root, 'data/uploads'),
    TELEMETRY: 'false',
    CACHE_ENABLED: 'false',
    LOG_LEVEL: 'info',
    WEBSOCKETS_ENABLED: 'false',
    YUCHI_SNAPSHOT_PATH: join(root, 'snapshots/schema.yaml'),
    YUCHI_SEED_PATH: join(root, 'seed'),
    YUCHI_DEMO_DATA: 'auto',
  };
}

/**
 * Parses a dotenv file: KEY=value lines, # comments, optional single or double quotes.
 * @param {string} text
 * @returns {Record<string, string>}
 */
export function parseDotenv(text) {
  /** @type {Record<string, string>} */
  const out = {};
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const eq = line.indexOf('=');
    if (eq <= 0) continue;
    const key = line.slice(0, eq).trim().replace(/^export\s+/, '');
    let value = line.slice(eq + 1).trim();
    if ((value.startsWith('"') && value.endsWith('"')) || (value.startsWith("'") && value.endsWith("'"))) value = value.slice(1, -1);
    out[key] = value;
  }
  return out;
}

/**
 * process.env > .env > defaults. Relative paths in file settings are taken from the project root so every command
 * works from any directory. A missing SECRET is generated once and kept in data/ so sessions survive restarts.
 */
/**
 * @param {{ root?: string, base?: Record<string, string | undefined>, dotenv?: boolean }} [options]
 * @returns {Record<string, string>}
 */
export function effectiveEnv({ root = ROOT, base = process.env, dotenv = true } = {}) {
  const dotenvPath = join(root, '.env');
  const fromFile = dotenv && existsSync(dotenvPath) ? parseDotenv(readFileSync(dotenvPath, 'utf8')) : {};
  const env = { ...defaultEnv(root), ...fromFile, ...definedOnly(base) };
  for (const key of ['DB_FILENAME', 'EXTENSIONS_PATH', 'MIGRATIONS_PATH', 'STORAGE_LOCAL_ROOT', 'YUCHI_SNAPSHOT_PATH', 'YUCHI_SEED_PATH']) {
    if (env[key] && !isAbsolute(env[key])) env[key] = resolve(root, env[key]);
  }
  if (!env.PUBLIC_URL) env.PUBLIC_URL = `http://${env.HOST === '0.0.0.0' ? '127.0.0.1' : env.HOST}:${env.PORT}`;
  if (!env.SECRET) env.SECRET = persistentSecret(env, root);
  if (!env.KEY) env.KEY = env.SECRET.slice(0, 32);
  return env;
}

function definedOnly(obj) {
  return Object.fromEntries(Object.entries(obj).filter(([, v]) => v !== undefined));
}

function persistentSecret(env, root) {
  const dir = env.DB_CLIENT === 'sqlite3' ? dirname(env.DB_FILENAME) : join(root, 'data');
  const file = join(dir, '.secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dir, { recursive: true });
  const secret = randomBytes(32).toString('hex');
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}
