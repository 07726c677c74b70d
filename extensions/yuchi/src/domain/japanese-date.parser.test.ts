import { describe, expect, test } from 'vitest';
import { parseJapaneseDay } from './japanese-date.parser.ts';

describe('parseJapaneseDay', () => {
  test.each([
    ['令和6年3月12日', '2024-03-12'],
    ['令和６年３月１２日', '2024-03-12'],
    ['令和 6年 3月 12日', '2024-03-12'],
    ['令和元年5月1日', '2019-05-01'],
    ['㋿6年3月12日', '2024-03-12'],
    ['R6.3.12', '2024-03-12'],
    ['r6/3/12', '2024-03-12'],
    ['平成31年4月30日', '2019-04-30'],
    ['H31.4.30', '2019-04-30'],
    ['平成元年1月8日', '1989-01-08'],
    ['平成31年5月7日', '2019-05-07'],
    ['昭和64年1月7日', '1989-01-07'],
    ['令和6年2月29日', '2024-02-29'],
    ['令和6年3月12日（火）', '2024-03-12'],
    ['2024/3/12', '2024-03-12'],
    ['２０２４／３／１２', '2024-03-12'],
    ['2024-03-12', '2024-03-12'],
    ['2024年3月12日', '2024-03-12'],
    ['2024.3.12', '2024-03-12'],
  ])('reads %s as %s', (text, day) => {
    expect(parseJapaneseDay(text)).toBe(day);
  });

  test('an empty cell is an unknown day', () => {
    expect(parseJapaneseDay('  ')).toBeNull();
  });

  test.each([
    ['a day that does not exist', '令和5年2月29日'],
    ['a western day that does not exist', '2024/2/30'],
    ['a 令和 day before 令和 began', '令和元年4月30日'],
    ['a 平成 day before 平成 began', '平成元年1月7日'],
    ['year zero of an era', '令和0年5月1日'],
    ['an unknown era', '大正10年1月1日'],
    ['a month without a day', '令和6年3月'],
    ['words', '先月'],
    ['a two-digit western year', '24/3/12'],
  ])('refuses %s', (_label, text) => {
    expect(parseJapaneseDay(text)).toBe('invalid');
  });
});
