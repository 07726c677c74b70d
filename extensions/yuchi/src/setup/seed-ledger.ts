// yuchi_seed_ledger remembers every seed row start has inserted once, so rows an administrator changed or
// deleted are left as they are on the next start.
import type { Knex } from 'knex';

export class SeedLedger {
  readonly #knex: Knex;
  #keys: Set<string> | null = null;

  constructor(knex: Knex) {
    this.#knex = knex;
  }

  async has(key: string): Promise<boolean> {
    this.#keys ??= new Set((await this.#knex('yuchi_seed_ledger').select('key')).map((r: { key: string }) => r.key));
    return this.#keys.has(key);
  }

  async add(key: string): Promise<void> {
    if (await this.has(key)) return;
    await this.#knex('yuchi_seed_ledger').insert({ key, applied_at: new Date() });
    this.#keys?.add(key);
  }
}
