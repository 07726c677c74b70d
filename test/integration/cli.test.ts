import { describe, expect, test } from 'vitest';
import { launchToEnd } from '../support/launcher-process.ts';
import { cloneTemplate, suiteEnv } from '../support/suite-directus.ts';

describe('npm run yuchi (operator CLI)', () => {
  test('--help lists the commands and exits 0', async () => {
    const env = suiteEnv(await cloneTemplate('sqlite'));
    const { code, output } = await launchToEnd('cli', ['--help'], env);
    expect(output).toContain('setup');
    expect(output).toContain('import');
    expect(code).toBe(0);
  });

  test.each([
    { args: ['import', 'no-such-kind', 'file.csv'], says: '取込の種類「no-such-kind」' },
    { args: ['no-such-command'], says: 'unknown command' },
  ])('fails with a clear message on $args', async ({ args, says }) => {
    const env = suiteEnv(await cloneTemplate('sqlite'));
    const { code, output } = await launchToEnd('cli', args, env);
    expect(code).not.toBe(0);
    expect(output).toContain(says);
  });

  test('setup on an existing database changes nothing and loads no demo data', async () => {
    const env = suiteEnv(await cloneTemplate('sqlite'), { YUCHI_DEMO_DATA: 'auto' });
    const { code, output } = await launchToEnd('cli', ['setup'], env);
    expect(code, output).toBe(0);
    expect(output).toContain('schema: 0 change(s) applied');
    expect(output).toContain('access seed: 0 row(s) inserted');
    expect(output).toContain('demo data: not loaded');
  });
});
