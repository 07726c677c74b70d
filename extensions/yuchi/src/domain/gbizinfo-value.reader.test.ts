import { describe, expect, test } from 'vitest';
import { gbizDate, gbizInteger, gbizNumber, gbizText, gbizYen, isNoValue } from './gbizinfo-value.reader.ts';

describe('isNoValue', () => {
  test.each([null, undefined, '', '  ', '\u3000', 'Null', 'NULL', 'null', ' Null ', 'None', '-', NaN, Infinity])('treats %j as no value', (value) => {
    expect(isNoValue(value)).toBe(true);
  });

  test.each(['0', 0, 'ヌル', 'Nullarbor', false, [], {}])('treats %j as a value', (value) => {
    expect(isNoValue(value)).toBe(false);
  });
});

describe('gbizText', () => {
  test.each([
    ['　株式会社テスト　', '株式会社テスト'],
    ['Null', null],
    ['', null],
    [123, '123'],
    [{ text: 'x' }, null],
  ])('reads %j as %j', (value, expected) => {
    expect(gbizText(value)).toBe(expected);
  });
});

describe('gbizInteger', () => {
  test.each([
    [50000000, 50000000],
    ['50000000', 50000000],
    ['50,000,000', 50000000],
    ['５０００', 5000],
    ['△1,200', -1200],
    ['-300', -300],
    [120.6, 121],
    ['Null', null],
    ['約100', null],
    ['1e5', null],
    ['', null],
    ['99999999999999999', null],
  ])('reads %j as %j', (value, expected) => {
    expect(gbizInteger(value)).toBe(expected);
  });
});

describe('gbizNumber', () => {
  test.each([
    [0.4512, 0.4512],
    ['0.0833', 0.0833],
    ['12.5', 12.5],
    ['Null', null],
    ['12.5%', null],
  ])('reads %j as %j', (value, expected) => {
    expect(gbizNumber(value)).toBe(expected);
  });
});

describe('gbizDate', () => {
  test.each([
    ['1985-04-01', '1985-04-01'],
    ['1985-04-01T00:00:00+09:00', '1985-04-01'],
    ['1985/04/01', '1985-04-01'],
    ['19850401', '1985-04-01'],
    ['２０２４－０３－３１', '2024-03-31'],
    ['2023-02-29', null],
    ['1985-13-01', null],
    ['昭和60年4月1日', null],
    ['Null', null],
    [19850401, '1985-04-01'],
  ])('reads %j as %j', (value, expected) => {
    expect(gbizDate(value)).toBe(expected);
  });
});

describe('gbizYen', () => {
  test.each([
    [1800000000, 'JPY', 1800000000],
    [1800000000, 'Null', 1800000000],
    [1800000000, undefined, 1800000000],
    [1800, '千円', 1800000],
    [18, '百万円', 18000000],
    ['-12,000,000', 'JPY', -12000000],
    [1800, 'USD', null],
    ['Null', 'JPY', null],
  ])('reads %j in %j as %j yen', (amount, unit, expected) => {
    expect(gbizYen(amount, unit)).toBe(expected);
  });
});
