// A few rows of the municipalities code table for the gBizINFO tests (codes as in seed/data/municipalities.csv).
import type { AreaName } from './address-area.matcher.ts';

export const TEST_AREAS: AreaName[] = [
  { code: '01000', prefectureCode: '01', prefectureName: '北海道', cityName: null },
  { code: '01584', prefectureCode: '01', prefectureName: '北海道', cityName: '洞爺湖町' },
  { code: '13000', prefectureCode: '13', prefectureName: '東京都', cityName: null },
  { code: '13101', prefectureCode: '13', prefectureName: '東京都', cityName: '千代田区' },
  { code: '15000', prefectureCode: '15', prefectureName: '新潟県', cityName: null },
  { code: '15100', prefectureCode: '15', prefectureName: '新潟県', cityName: '新潟市' },
  { code: '15103', prefectureCode: '15', prefectureName: '新潟県', cityName: '新潟市中央区' },
  { code: '15202', prefectureCode: '15', prefectureName: '新潟県', cityName: '長岡市' },
  { code: '15204', prefectureCode: '15', prefectureName: '新潟県', cityName: '三条市' },
  { code: '29000', prefectureCode: '29', prefectureName: '奈良県', cityName: null },
  { code: '29203', prefectureCode: '29', prefectureName: '奈良県', cityName: '大和郡山市' },
];
