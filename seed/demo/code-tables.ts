// Pure parsers for the reference code tables in seed/data (described in seed/data/README.md): plain UTF-8 CSV with a
// header row, no quoting (no value holds a comma or a quote), codes kept as strings so leading zeros survive.

export type MunicipalityKind = 'prefecture' | 'designated_city' | 'ward' | 'special_ward' | 'city' | 'town' | 'village';
export type IndustryLevel = 'section' | 'division' | 'group' | 'class';

export interface Municipality {
  code5: string;
  // With the JIS X 0402 check digit, as 総務省 publishes it.
  code6: string;
  prefectureCode: string;
  prefectureName: string;
  prefectureNameKana: string;
  // Empty on prefecture rows.
  cityName: string;
  cityNameKana: string;
  kind: MunicipalityKind;
  // Wards only: the 5-digit code of their designated city.
  parentCode5: string | null;
}

export interface Industry {
  code: string;
  level: IndustryLevel;
  name: string;
  parentCode: string | null;
}

const MUNICIPALITY_COLUMNS = ['code', 'prefecture_code', 'prefecture_name', 'city_name', 'city_name_kana', 'prefecture_name_kana', 'code5', 'kind', 'parent_code'];
const INDUSTRY_COLUMNS = ['level', 'code', 'name', 'parent_code'];
const MUNICIPALITY_KINDS: readonly string[] = ['prefecture', 'designated_city', 'ward', 'special_ward', 'city', 'town', 'village'];
const INDUSTRY_LEVELS: readonly string[] = ['section', 'division', 'group', 'class'];

function readRecords(text: string, columns: readonly string[], file: string): Record<string, string>[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const header = lines[0] ?? '';
  if (header !== columns.join(',')) {
    throw new Error(`${file}: expected the header "${columns.join(',')}", got "${header}"`);
  }
  const records: Record<string, string>[] = [];
  lines.slice(1).forEach((line, index) => {
    if (line === '') return;
    const values = line.split(',');
    if (values.length !== columns.length) {
      throw new Error(`${file} line ${index + 2}: expected ${columns.length} values, got ${values.length}`);
    }
    records.push(Object.fromEntries(columns.map((column, i) => [column, values[i] ?? ''])));
  });
  return records;
}

function field(record: Record<string, string>, column: string): string {
  return record[column] ?? '';
}

export function parseMunicipalitiesCsv(text: string): Municipality[] {
  return readRecords(text, MUNICIPALITY_COLUMNS, 'municipalities.csv').map((record, index) => {
    const kind = field(record, 'kind');
    const code5 = field(record, 'code5');
    const code6 = field(record, 'code');
    const prefectureCode = field(record, 'prefecture_code');
    const parentCode = field(record, 'parent_code');
    const line = `municipalities.csv line ${index + 2}`;
    if (!MUNICIPALITY_KINDS.includes(kind)) throw new Error(`${line}: unknown kind "${kind}"`);
    if (!/^[0-9]{5}$/.test(code5) || !code5.startsWith(prefectureCode)) {
      throw new Error(`${line}: bad code5 "${code5}" for prefecture "${prefectureCode}"`);
    }
    if (!/^[0-9]{6}$/.test(code6) || !code6.startsWith(code5)) throw new Error(`${line}: code "${code6}" does not extend code5 "${code5}"`);
    if (parentCode !== '' && !/^[0-9]{6}$/.test(parentCode)) throw new Error(`${line}: bad parent_code "${parentCode}"`);
    return {
      code5,
      code6,
      prefectureCode,
      prefectureName: field(record, 'prefecture_name'),
      prefectureNameKana: field(record, 'prefecture_name_kana'),
      cityName: field(record, 'city_name'),
      cityNameKana: field(record, 'city_name_kana'),
      kind: kind as MunicipalityKind,
      parentCode5: parentCode === '' ? null : parentCode.slice(0, 5),
    };
  });
}

export function parseIndustriesCsv(text: string): Industry[] {
  return readRecords(text, INDUSTRY_COLUMNS, 'jsic.csv').map((record, index) => {
    const level = field(record, 'level');
    if (!INDUSTRY_LEVELS.includes(level)) throw new Error(`jsic.csv line ${index + 2}: unknown level "${level}"`);
    const parentCode = field(record, 'parent_code');
    return {
      code: field(record, 'code'),
      level: level as IndustryLevel,
      name: field(record, 'name'),
      parentCode: parentCode === '' ? null : parentCode,
    };
  });
}
