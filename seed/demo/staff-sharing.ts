// Who else sees a staff member's cards, visits and lists: now and then a colleague or two.
import type { Random } from './seeded-random.ts';

export function colleaguesToShareWith(random: Random, options: { owner: string; staff: readonly string[]; chance: number }): string[] {
  const colleagues = options.staff.filter((member) => member !== options.owner);
  if (colleagues.length === 0 || !random.chance(options.chance)) return [];
  return random.sample(colleagues, random.int(1, colleagues.length));
}
