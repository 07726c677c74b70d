// Where demo companies and sites are: real prefectures and municipalities (so filters by code work), with
// synthetic street addresses, and postal codes and phone numbers that look local but reach nobody.
import type { Municipality } from './code-tables.ts';
import type { Random, Weighted } from './seeded-random.ts';

export interface Place {
  prefectureCode: string;
  cityCode: string;
  cityName: string;
  address: string;
  postalCode: string;
}

export interface PlaceOptions {
  // On an industrial estate rather than a street address.
  industrial?: boolean;
  // In a city or ward, not a town or village: where large companies and sales branches sit.
  urban?: boolean;
}

export interface Places {
  prefectureCodes: readonly string[];
  prefectureName(code: string): string;
  randomPrefecture(random: Random): string;
  randomPlace(random: Random, prefectureCode: string, options?: PlaceOptions): Place;
  phone(random: Random, prefectureCode: string): string;
}

export const NIIGATA = '15';

// Niigata first: the demo is a Niigata team's database. Then the big business centres and Niigata's neighbours.
const PREFECTURE_WEIGHTS: Readonly<Record<string, number>> = {
  '15': 46, '13': 16, '27': 6, '23': 5, '14': 3, '11': 2, '20': 2, '12': 1.5, '16': 1.5, '10': 1.5, '40': 1.5,
  '01': 1, '06': 1, '07': 1,
};
const OTHER_PREFECTURE_WEIGHT = 0.4;

// Business districts draw more head offices than residential wards.
const CITY_WEIGHTS: Readonly<Record<string, number>> = { '13101': 12, '13102': 12, '13103': 12, '13104': 6, '13109': 6, '13113': 6 };
const KIND_WEIGHTS: Readonly<Record<string, number>> = { ward: 3, special_ward: 3, city: 3, town: 1, village: 0.3 };
const URBAN_KINDS = new Set(['city', 'ward', 'special_ward']);
// 北方領土 villages: listed by 総務省 but no company is registered there.
const UNREACHABLE = new Set(['01695', '01696', '01697', '01698', '01699', '01700']);

// [postal code prefixes, main area code] per prefecture. Postal prefixes follow the real regions; numbers are random.
const CONTACT_PREFIXES: Readonly<Record<string, readonly [readonly string[], string]>> = {
  '01': [['04', '06', '07'], '011'], '02': [['03'], '017'], '03': [['02'], '019'], '04': [['98'], '022'], '05': [['01'], '018'],
  '06': [['99'], '023'], '07': [['96', '97'], '024'], '08': [['30', '31'], '029'], '09': [['32'], '028'], '10': [['37'], '027'],
  '11': [['33', '34', '35'], '048'], '12': [['26', '27', '28'], '043'], '13': [['10', '13', '15'], '03'], '14': [['21', '22', '23'], '045'],
  '15': [['94', '95'], '025'], '16': [['93'], '076'], '17': [['92'], '076'], '18': [['91'], '0776'], '19': [['40'], '055'],
  '20': [['38', '39'], '026'], '21': [['50'], '058'], '22': [['41', '42'], '054'], '23': [['44', '45', '46'], '052'], '24': [['51'], '059'],
  '25': [['52'], '077'], '26': [['60', '61'], '075'], '27': [['53', '54', '55'], '06'], '28': [['65', '66'], '078'], '29': [['63'], '0742'],
  '30': [['64'], '073'], '31': [['68'], '0857'], '32': [['69'], '0852'], '33': [['70', '71'], '086'], '34': [['72', '73'], '082'],
  '35': [['74', '75'], '083'], '36': [['77'], '088'], '37': [['76'], '087'], '38': [['79'], '089'], '39': [['78'], '088'],
  '40': [['80', '81', '82'], '092'], '41': [['84'], '0952'], '42': [['85'], '095'], '43': [['86'], '096'], '44': [['87'], '097'],
  '45': [['88'], '0985'], '46': [['89'], '099'], '47': [['90'], '098'],
};

const URBAN_BLOCKS = [
  '本町', '中央', '栄町', '緑町', '旭町', '幸町', '寿町', '駅前', '東町', '西町', '南町', '北町', '新町', '大手通', '港町', '桜町',
  '若葉町', '昭和町', '泉町', '錦町', '末広町', '日の出町', '青葉台', '川岸町', '上町', '明石町', '白山町', '花園',
];
const RURAL_BLOCKS = ['大字上野', '大字中村', '大字平沢', '大字新田', '大字宮内', '大字下条', '大字大島', '大字原', '大字山田'];
const INDUSTRIAL_BLOCKS = ['工業団地', '第二工業団地', '流通団地', 'テクノパーク', '臨港町', '産業団地'];

const pad = (value: number, width: number): string => String(value).padStart(width, '0');

export function createPlaces(municipalities: readonly Municipality[]): Places {
  const prefectureNames = new Map<string, string>();
  const cities = new Map<string, Weighted<Municipality>[]>();
  const urbanCities = new Map<string, Weighted<Municipality>[]>();
  for (const municipality of municipalities) {
    if (municipality.kind === 'prefecture') {
      prefectureNames.set(municipality.prefectureCode, municipality.prefectureName);
      continue;
    }
    const weight = CITY_WEIGHTS[municipality.code5] ?? KIND_WEIGHTS[municipality.kind] ?? 0;
    if (weight === 0 || UNREACHABLE.has(municipality.code5)) continue;
    const choice = { value: municipality, weight };
    cities.set(municipality.prefectureCode, [...(cities.get(municipality.prefectureCode) ?? []), choice]);
    if (URBAN_KINDS.has(municipality.kind)) {
      urbanCities.set(municipality.prefectureCode, [...(urbanCities.get(municipality.prefectureCode) ?? []), choice]);
    }
  }
  const prefectureCodes = [...prefectureNames.keys()].filter((code) => cities.has(code)).sort();
  if (!prefectureCodes.includes(NIIGATA)) throw new Error('The municipalities must include 新潟県 (15) and its cities');
  const prefectureChoices = prefectureCodes.map((code) => ({ value: code, weight: PREFECTURE_WEIGHTS[code] ?? OTHER_PREFECTURE_WEIGHT }));

  const prefectureName = (code: string): string => prefectureNames.get(code) ?? '';

  return {
    prefectureCodes,
    prefectureName,
    randomPrefecture: (random) => random.weighted(prefectureChoices),
    randomPlace: (random, prefectureCode, options = {}) => {
      const city = random.weighted((options.urban === true ? urbanCities.get(prefectureCode) : undefined) ?? cities.get(prefectureCode) ?? []);
      const rural = city.kind === 'town' || city.kind === 'village';
      let street: string;
      if (options.industrial === true) {
        street = `${random.pick(INDUSTRIAL_BLOCKS)}${random.int(1, 30)}番地${random.int(1, 20)}`;
      } else if (rural) {
        street = `${random.pick(RURAL_BLOCKS)}${random.int(1, 3999)}番地${random.chance(0.4) ? random.int(1, 9) : ''}`;
      } else {
        street = `${random.pick(URBAN_BLOCKS)}${random.int(1, 6)}丁目${random.int(1, 30)}番${random.int(1, 25)}号`;
      }
      const [postalPrefixes] = CONTACT_PREFIXES[prefectureCode] ?? [['99']];
      return {
        prefectureCode,
        cityCode: city.code5,
        cityName: city.cityName,
        address: `${prefectureName(prefectureCode)}${city.cityName}${street}`,
        postalCode: `${random.pick(postalPrefixes)}${random.int(0, 9)}-${pad(random.int(0, 9999), 4)}`,
      };
    },
    phone: (random, prefectureCode) => fakePhone(random, CONTACT_PREFIXES[prefectureCode]?.[1] ?? '03'),
  };
}

// Area code, then an all-zero exchange (never assigned), then four digits: 025-000-1234, 03-0000-1234.
export function fakePhone(random: Random, areaCode: string): string {
  return `${areaCode}-${'0'.repeat(6 - areaCode.length)}-${pad(random.int(0, 9999), 4)}`;
}

export function fakeMobile(random: Random): string {
  return `${random.pick(['090', '080', '070'])}-0000-${pad(random.int(0, 9999), 4)}`;
}

// 長岡市 → 長岡, 新潟市中央区 → 新潟, 千代田区 → 千代田: the short form used in site names (長岡工場).
export function shortCityName(cityName: string): string {
  return cityName.replace(/(市.+区|[市町村区])$/u, '');
}
