import { describe, expect, test } from 'vitest';
import { createRandom } from './seeded-random.ts';

const draw = (seed: number, count: number): number[] => {
  const random = createRandom(seed);
  return Array.from({ length: count }, () => random.next());
};

describe('createRandom', () => {
  test('gives the same sequence for the same seed', () => {
    expect(draw(42, 100)).toEqual(draw(42, 100));
  });

  test('gives another sequence for another seed', () => {
    expect(draw(42, 10)).not.toEqual(draw(43, 10));
  });

  test('keeps floats in [0, 1) and integers within their bounds', () => {
    const random = createRandom(7);
    const floats = Array.from({ length: 10_000 }, () => random.next());
    const ints = Array.from({ length: 10_000 }, () => random.int(-3, 3));
    expect(floats.every((float) => float >= 0 && float < 1)).toBe(true);
    expect(new Set(ints)).toEqual(new Set([-3, -2, -1, 0, 1, 2, 3]));
  });

  test('forks streams that do not depend on how much the parent has drawn', () => {
    const a = createRandom(1);
    const b = createRandom(1);
    b.next();
    b.next();
    expect(a.fork('companies').next()).toBe(b.fork('companies').next());
    expect(a.fork('companies').next()).not.toBe(a.fork('visits').next());
  });

  test('never picks an item of zero weight', () => {
    const random = createRandom(3);
    for (let i = 0; i < 1000; i += 1) {
      expect(random.weighted([{ value: 'a', weight: 1 }, { value: 'b', weight: 0 }])).toBe('a');
    }
  });

  test('samples distinct items', () => {
    const sample = createRandom(5).sample([1, 2, 3, 4, 5, 6], 4);
    expect(new Set(sample).size).toBe(4);
  });

  test.each([
    ['pick', () => createRandom(1).pick([])],
    ['weighted', () => createRandom(1).weighted([])],
  ])('%s throws on an empty list', (_name, call) => {
    expect(call).toThrow(RangeError);
  });
});
