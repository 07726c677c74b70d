// Puts a module on the Data Studio's module bar: right after the content module, or at the end, enabled.
import type { ModuleBarEntry } from '../../../../seed/access/access-data.ts';

export function withModule(moduleBar: readonly ModuleBarEntry[], id: string): ModuleBarEntry[] {
  if (moduleBar.some((entry) => entry.type === 'module' && entry.id === id)) return [...moduleBar];
  const at = moduleBar.findIndex((entry) => entry.type === 'module' && entry.id === 'content');
  const out = [...moduleBar];
  out.splice(at === -1 ? out.length : at + 1, 0, { type: 'module', id, enabled: true });
  return out;
}
