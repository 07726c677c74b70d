// Runs every migrations/*.js `up(knex)` after the snapshot, on every start. Each migration guards itself (checks
// before it creates), so running it on any state is safe; Directus's own migration run at bootstrap is a no-op
// for them then.
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Knex } from 'knex';

interface Migration {
  up: (knex: Knex) => Promise<void>;
}

export async function runMigrations(knex: Knex, directory: string): Promise<string[]> {
  let files: string[];
  try {
    files = (await readdir(directory)).filter((f) => /\.(m?js|cjs)$/.test(f)).sort();
  } catch {
    return [];
  }
  for (const file of files) {
    const migration = (await import(pathToFileURL(join(directory, file)).href)) as Migration;
    await migration.up(knex);
  }
  return files;
}
