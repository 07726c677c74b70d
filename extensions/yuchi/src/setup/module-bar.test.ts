import { describe, expect, test } from 'vitest';
import { DEFAULT_MODULE_BAR } from '../../../../seed/access/access-data.ts';
import { withModule } from './module-bar.ts';

describe('withModule', () => {
  test('puts the module right after the content module, enabled', () => {
    const bar = withModule(DEFAULT_MODULE_BAR, 'yuchi-imports');
    expect(bar.map((e) => e.id).slice(0, 3)).toEqual(['content', 'yuchi-imports', 'visual']);
    expect(bar[1]).toEqual({ type: 'module', id: 'yuchi-imports', enabled: true });
  });

  test('leaves a bar that already has the module as it is, even when an admin disabled it', () => {
    const bar = [{ type: 'module' as const, id: 'yuchi-imports', enabled: false }, ...DEFAULT_MODULE_BAR];
    expect(withModule(bar, 'yuchi-imports')).toEqual(bar);
  });

  test('appends the module when the bar has no content module', () => {
    const bar = withModule([{ type: 'module', id: 'settings', enabled: true }], 'yuchi-imports');
    expect(bar.map((e) => e.id)).toEqual(['settings', 'yuchi-imports']);
  });
});
