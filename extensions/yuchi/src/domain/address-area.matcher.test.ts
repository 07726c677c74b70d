import { describe, expect, test } from 'vitest';
import { createAddressAreaMatcher } from './address-area.matcher.ts';
import { TEST_AREAS } from './gbizinfo-test-areas.ts';

const locate = createAddressAreaMatcher(TEST_AREAS);

describe('createAddressAreaMatcher', () => {
  test.each([
    ['a city', '新潟県長岡市試験町１丁目２番３号', '15', '15202'],
    ['a ward of a designated city, by the ward’s code', '新潟県新潟市中央区試験通２番地', '15', '15103'],
    ['a special ward of Tokyo', '東京都千代田区試験町三丁目４番５号', '13', '13101'],
    ['a town behind its 郡', '北海道虻田郡洞爺湖町試験１番地', '01', '01584'],
    ['a city whose name holds 郡', '奈良県大和郡山市試験町１番地', '29', '29203'],
    ['spaces and full-width letters', '新潟県　長岡市 試験町', '15', '15202'],
  ])('finds the prefecture and city of %s', (_label, address, prefecture, city) => {
    expect(locate(address)).toEqual({ prefecture_code: prefecture, city_code: city });
  });

  test.each([
    ['an address with only a known prefecture', '新潟県どこか村１番地', { prefecture_code: '15', city_code: null }],
    ['an address abroad', 'Singapore 018989', { prefecture_code: null, city_code: null }],
    ['no address', null, { prefecture_code: null, city_code: null }],
    ['an empty address', '', { prefecture_code: null, city_code: null }],
  ])('returns what it can for %s', (_label, address, expected) => {
    expect(locate(address)).toEqual(expected);
  });
});
