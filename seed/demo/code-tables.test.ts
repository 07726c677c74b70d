import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseIndustriesCsv, parseMunicipalitiesCsv } from './code-tables.ts';

const MUNICIPALITY_HEADER = 'code,prefecture_code,prefecture_name,city_name,city_name_kana,prefecture_name_kana,code5,kind,parent_code';
const INDUSTRY_HEADER = 'level,code,name,parent_code';
const readData = (file: string): string => readFileSync(new URL(`../data/${file}`, import.meta.url), 'utf8');

describe('parseMunicipalitiesCsv', () => {
  test('reads codes as strings, keeping leading zeros', () => {
    const text = `${MUNICIPALITY_HEADER}\n010006,01,北海道,,,ほっかいどう,01000,prefecture,\n011011,01,北海道,札幌市中央区,さっぽろし ちゅうおうく,ほっかいどう,01101,ward,011002\n`;
    expect(parseMunicipalitiesCsv(text)).toEqual([
      {
        code5: '01000',
        code6: '010006',
        prefectureCode: '01',
        prefectureName: '北海道',
        prefectureNameKana: 'ほっかいどう',
        cityName: '',
        cityNameKana: '',
        kind: 'prefecture',
        parentCode5: null,
      },
      {
        code5: '01101',
        code6: '011011',
        prefectureCode: '01',
        prefectureName: '北海道',
        prefectureNameKana: 'ほっかいどう',
        cityName: '札幌市中央区',
        cityNameKana: 'さっぽろし ちゅうおうく',
        kind: 'ward',
        parentCode5: '01100',
      },
    ]);
  });

  test('accepts CRLF line endings and a BOM', () => {
    const text = `\uFEFF${MUNICIPALITY_HEADER}\r\n152021,15,新潟県,長岡市,ながおかし,にいがたけん,15202,city,\r\n`;
    expect(parseMunicipalitiesCsv(text)).toHaveLength(1);
  });

  test('reads the whole seed file: 1,965 rows, 47 prefectures', () => {
    const rows = parseMunicipalitiesCsv(readData('municipalities.csv'));
    expect(rows).toHaveLength(1965);
    expect(rows.filter((row) => row.kind === 'prefecture')).toHaveLength(47);
    expect(rows.find((row) => row.code5 === '15202')?.cityName).toBe('長岡市');
    const wards = rows.filter((row) => row.kind === 'ward');
    expect(wards).toHaveLength(171);
    expect(wards.every((ward) => rows.some((city) => city.code5 === ward.parentCode5 && city.kind === 'designated_city'))).toBe(true);
  });

  test.each([
    ['a wrong header', 'code,name\n15202,長岡市\n'],
    ['a row with too few values', `${MUNICIPALITY_HEADER}\n152021,15,新潟県,長岡市\n`],
    ['a row with a quoted comma', `${MUNICIPALITY_HEADER}\n152021,15,新潟県,"長岡,市",ながおかし,にいがたけん,15202,city,\n`],
    ['an unknown kind', `${MUNICIPALITY_HEADER}\n152021,15,新潟県,長岡市,ながおかし,にいがたけん,15202,metropolis,\n`],
    ['a code5 outside its prefecture', `${MUNICIPALITY_HEADER}\n152021,15,新潟県,長岡市,ながおかし,にいがたけん,13202,city,\n`],
    ['a four-digit code5', `${MUNICIPALITY_HEADER}\n152021,15,新潟県,長岡市,ながおかし,にいがたけん,1520,city,\n`],
    ['a code that does not extend code5', `${MUNICIPALITY_HEADER}\n152031,15,新潟県,長岡市,ながおかし,にいがたけん,15202,city,\n`],
    ['a five-digit parent code', `${MUNICIPALITY_HEADER}\n151017,15,新潟県,新潟市北区,にいがたし きたく,にいがたけん,15101,ward,15100\n`],
  ])('rejects %s', (_label, text) => {
    expect(() => parseMunicipalitiesCsv(text)).toThrow();
  });
});

describe('parseIndustriesCsv', () => {
  test('reads sections with no parent and classes with their group', () => {
    const text = `${INDUSTRY_HEADER}\nsection,A,農業、林業,\nclass,0111,米作農業,011\n`;
    expect(parseIndustriesCsv(text)).toEqual([
      { code: 'A', level: 'section', name: '農業、林業', parentCode: null },
      { code: '0111', level: 'class', name: '米作農業', parentCode: '011' },
    ]);
  });

  test('reads the whole seed file: 2,128 rows, 1,473 classes', () => {
    const rows = parseIndustriesCsv(readData('jsic.csv'));
    expect(rows).toHaveLength(2128);
    expect(rows.filter((row) => row.level === 'class')).toHaveLength(1473);
  });

  test.each([
    ['an empty file', ''],
    ['a wrong header', 'code,name\nA,農業\n'],
    ['an unknown level', `${INDUSTRY_HEADER}\nsubclass,01111,米,0111\n`],
    ['a row with too many values', `${INDUSTRY_HEADER}\nclass,0111,米作農業,011,x\n`],
  ])('rejects %s', (_label, text) => {
    expect(() => parseIndustriesCsv(text)).toThrow();
  });
});
