// Synthetic 法人番号公表サイト downloads (30-column CSV records, as the NTA publishes them) for import tests and
// benchmarks. Rows are made one at a time from the seed and the row's sequence number alone, so 5,000,000 of them
// never sit in memory and any slice (startSequence) equals the same rows of one long run.
//
// Row n of a full file describes corporation n − 1. A diff file changes corporations of the full file of the same
// seed (the first fullRows of them) and adds new ones, numbered from a range that depends on the file's date, so
// diffs of different days never hand out the same number. Names, kana and street addresses come from the demo
// generators; nothing is taken from the real register.
import { makeCorporateNumber } from '../../extensions/yuchi/src/domain/corporate-number.validator.ts';
import type { Municipality } from '../demo/code-tables.ts';
import { createCompanyNamer, type CompanyName } from '../demo/company-names.ts';
import { addDays, daysBetween, randomDateBetween, REFERENCE_DATE } from '../demo/demo-calendar.ts';
import { createPlaces, type Places } from '../demo/demo-places.ts';
import { createRandom, type Random, type Weighted } from '../demo/seeded-random.ts';

export type NtaFileKind = 'full' | 'diff';

export interface NtaFileOptions {
  rows: number;
  seed: number;
  kind: NtaFileKind;
  // Must include 新潟県, as the demo places do.
  municipalities: readonly Municipality[];
  // 一連番号 of the first row (default 1): lets a caller write one file in parts.
  startSequence?: number;
  // The day the file was made (default the demo reference day): no date in it is later.
  fileDate?: string;
  // Diff only: how many corporations the full file of this seed holds (default 10 × rows).
  fullRows?: number;
  // Limit addresses to these prefectures, like the NTA's per-prefecture full files.
  prefectureCodes?: readonly string[];
}

// 12-digit bases 880000000000–889999999999: clear of the demo data's 9900… numbers.
const BASE_START = 880_000_000_000;
const BASE_SPAN = 10_000_000_000;
// A step coprime to 10^10 spreads the numbers so neighbours in the file are not neighbours in number.
const BASE_STEP = 7_919;
const BASE_OFFSET = 104_729;
// Corporations 0 … FULL_LIMIT − 1 are the full file's; new ones in diffs take DIFF_DAY_SPAN numbers per day after that.
const FULL_LIMIT = 100_000_000;
const DIFF_DAY_SPAN = 1_000_000;
const FIRST_ASSIGNMENT = '2015-10-05';

const NTA_COLUMNS = 30;

type FullProcess = '01' | '11' | '12' | '21' | '22' | '71';
type DiffChange = '01' | '11' | '12' | '21' | '22' | '71';

const FULL_FATES: readonly Weighted<FullProcess>[] = [
  { value: '01', weight: 78 },
  { value: '11', weight: 5 },
  { value: '12', weight: 8 },
  { value: '21', weight: 6 },
  { value: '71', weight: 2.5 },
  { value: '22', weight: 0.5 },
];
const DIFF_CHANGES: readonly Weighted<DiffChange>[] = [
  { value: '01', weight: 30 },
  { value: '12', weight: 30 },
  { value: '11', weight: 12 },
  { value: '21', weight: 20 },
  { value: '71', weight: 6 },
  { value: '22', weight: 2 },
];
const CLOSE_CAUSES: readonly Weighted<string>[] = [
  { value: '01', weight: 60 },
  { value: '31', weight: 25 },
  { value: '21', weight: 15 },
];
// Roughly the register's mix; 303 and 304 are named like 301 with their own legal form.
const KINDS: readonly Weighted<string>[] = [
  { value: '301', weight: 55 },
  { value: '302', weight: 25 },
  { value: '305', weight: 8 },
  { value: '399', weight: 10 },
  { value: '304', weight: 1.5 },
  { value: '303', weight: 0.5 },
];
const RENAMED_FORMS: Readonly<Record<string, string>> = { '303': '合名会社', '304': '合資会社' };
const SECTIONS: readonly Weighted<string>[] = [
  { value: 'E', weight: 20 }, { value: 'I', weight: 20 }, { value: 'D', weight: 14 }, { value: 'K', weight: 8 }, { value: 'M', weight: 7 },
  { value: 'G', weight: 6 }, { value: 'L', weight: 6 }, { value: 'N', weight: 5 }, { value: 'H', weight: 4 }, { value: 'P', weight: 4 },
  { value: 'R', weight: 3 }, { value: 'A', weight: 2 }, { value: 'O', weight: 1 },
];
const MANUFACTURING_DIVISIONS = ['09', '10', '16', '18', '22', '23', '24', '25', '26', '28', '29', '31'];
// Where corporations are registered: Tokyo far ahead, then the big cities.
const PREFECTURE_WEIGHTS: Readonly<Record<string, number>> = { '13': 10, '27': 4, '14': 3, '23': 3, '01': 2, '11': 2, '12': 2, '28': 2, '40': 2 };

interface NtaPlace {
  prefectureCode: string;
  prefectureName: string;
  cityCode3: string;
  cityName: string;
  street: string;
  postCode: string;
}

interface Corporation {
  corporateNumber: string;
  kind: string;
  name: CompanyName;
  place: NtaPlace;
  assignedOn: string;
  showsKana: boolean;
  showsEnglish: boolean;
  excluded: boolean;
}

interface RowParts {
  sequence: number;
  corporation: Corporation;
  process: string;
  correction: boolean;
  updateDate: string;
  changeDate: string;
  closeDate: string | null;
  closeCause: string | null;
  successor: string | null;
  changeCause: string;
}

const FULL_WIDTH_OFFSET = 0xfee0;
// The NTA writes street numbers in full-width digits (霞が関３丁目１－１).
const fullWidthDigits = (text: string): string =>
  text.replace(/[0-9]/g, (digit) => String.fromCharCode(digit.charCodeAt(0) + FULL_WIDTH_OFFSET));
const samePlace = (a: NtaPlace, b: NtaPlace): boolean =>
  a.prefectureCode === b.prefectureCode && a.cityCode3 === b.cityCode3 && a.street === b.street;
const earlier = (a: string, b: string): string => (a < b ? a : b);
const later = (a: string, b: string): string => (a > b ? a : b);

export function corporateNumberOf(corporation: number): string {
  const base = BASE_START + ((corporation * BASE_STEP + BASE_OFFSET) % BASE_SPAN);
  return makeCorporateNumber(String(base));
}

export function formatNtaCsvLine(fields: readonly string[]): string {
  return `${fields.map((field) => `"${field.replaceAll('"', '""')}"`).join(',')}\r\n`;
}

function createWorld(options: NtaFileOptions) {
  const root = createRandom(options.seed);
  const fileDate = options.fileDate ?? REFERENCE_DATE;
  const places: Places = createPlaces(options.municipalities);
  // Date bounds worked out once: date arithmetic is the generator's hottest code.
  const dayBeforeFile = addDays(fileDate, -1);
  const laterAssignments = { from: addDays(FIRST_ASSIGNMENT, 1), days: daysBetween(addDays(FIRST_ASSIGNMENT, 1), dayBeforeFile) };
  const allowed = options.prefectureCodes === undefined ? places.prefectureCodes : places.prefectureCodes.filter((code) => options.prefectureCodes?.includes(code));
  if (allowed.length === 0) throw new RangeError(`No municipalities for the prefectures ${String(options.prefectureCodes)}`);
  const prefectures = allowed.map((code) => ({ value: code, weight: PREFECTURE_WEIGHTS[code] ?? 1 }));

  const placeIn = (random: Random, prefectureCode: string): NtaPlace => {
    const place = places.randomPlace(random, prefectureCode, { industrial: random.chance(0.08) });
    const prefectureName = places.prefectureName(prefectureCode);
    return {
      prefectureCode,
      prefectureName,
      cityCode3: place.cityCode.slice(2),
      cityName: place.cityName,
      street: fullWidthDigits(place.address.slice(prefectureName.length + place.cityName.length)),
      postCode: place.postalCode.replace('-', ''),
    };
  };
  const randomPlace = (random: Random): NtaPlace => placeIn(random, random.weighted(prefectures));

  const nameFor = (random: Random, kind: string): CompanyName => {
    const section = random.weighted(SECTIONS);
    const division = section === 'E' ? random.pick(MANUFACTURING_DIVISIONS) : '';
    const renamed = RENAMED_FORMS[kind];
    // A fresh namer per name: uniqueness is not needed (the register has many same-named companies) and a
    // shared one would grow with every row.
    const name = createCompanyNamer().next(random, { corporateKind: renamed === undefined ? kind : '301', section, division });
    return renamed === undefined ? name : { ...name, name: name.name.replace('株式会社', renamed), en: null };
  };

  const corporation = (index: number): Corporation => {
    const random = root.fork(`corporation:${index}`);
    const kind = random.weighted(KINDS);
    return {
      corporateNumber: corporateNumberOf(index),
      kind,
      name: nameFor(random, kind),
      place: randomPlace(random),
      assignedOn: random.chance(0.65) ? FIRST_ASSIGNMENT : addDays(laterAssignments.from, random.int(0, Math.max(0, laterAssignments.days))),
      showsKana: random.chance(0.95),
      showsEnglish: random.chance(0.03),
      excluded: random.chance(0.01),
    };
  };

  // Its own stream, so deciding whether a corporation is open needs no name or address.
  const fateOf = (index: number): FullProcess => root.fork(`fate:${index}`).weighted(FULL_FATES);
  const isOpen = (index: number): boolean => {
    const fate = fateOf(index);
    return fate !== '21' && fate !== '71';
  };

  // The merger partner: a corporation made before this one, still open.
  const successorFor = (random: Random, index: number): number | null => {
    for (let tries = 0; index > 0 && tries < 20; tries += 1) {
      const candidate = random.int(0, index - 1);
      if (isOpen(candidate)) return candidate;
    }
    return null;
  };

  const mergerParts = (random: Random, index: number, date: string): Pick<RowParts, 'closeDate' | 'closeCause' | 'successor' | 'changeCause'> | null => {
    const successor = successorFor(random, index);
    if (successor === null) return null;
    const partner = corporation(successor);
    return { closeDate: date, closeCause: '11', successor: partner.corporateNumber, changeCause: `${partner.name.name}（法人番号${partner.corporateNumber}）に合併し解散` };
  };

  const closureParts = (random: Random, date: string): Pick<RowParts, 'closeDate' | 'closeCause' | 'successor' | 'changeCause'> => ({
    closeDate: date,
    closeCause: random.weighted(CLOSE_CAUSES),
    successor: null,
    changeCause: '',
  });

  const OPEN = { closeDate: null, closeCause: null, successor: null, changeCause: '' } as const;

  const fullRow = (sequence: number): RowParts => {
    const index = sequence - 1;
    const company = corporation(index);
    const random = root.fork(`history:${index}`);
    const fate = fateOf(index);
    if (fate === '01') {
      const updateDate = earlier(addDays(company.assignedOn, random.int(0, 30)), fileDate);
      return { sequence, corporation: company, process: '01', correction: false, updateDate, changeDate: company.assignedOn, ...OPEN };
    }
    const changeDate = earlier(randomDateBetween(random, addDays(company.assignedOn, 1), dayBeforeFile), fileDate);
    const updateDate = earlier(addDays(changeDate, random.int(1, 7)), fileDate);
    const base = { sequence, corporation: company, process: fate, correction: false, updateDate, changeDate };
    if (fate === '71') {
      // The first corporations have no earlier one to merge into: they are simply closed.
      const merger = mergerParts(random, index, changeDate);
      return merger === null ? { ...base, process: '21', ...closureParts(random, changeDate) } : { ...base, ...merger };
    }
    if (fate === '21') return { ...base, ...closureParts(random, changeDate) };
    return { ...base, ...OPEN };
  };

  const fullRows = options.fullRows ?? options.rows * 10;
  const dayNumber = daysBetween(FIRST_ASSIGNMENT, fileDate);
  const firstNewCorporation = FULL_LIMIT + dayNumber * DIFF_DAY_SPAN;

  // An existing corporation that fits the change: open ones can be renamed, moved, closed or merged; closed
  // ones can be revived.
  const existingFor = (random: Random, wantsOpen: boolean): number | null => {
    for (let tries = 0; tries < 30; tries += 1) {
      const candidate = random.int(0, fullRows - 1);
      const fate = fateOf(candidate);
      if (wantsOpen ? isOpen(candidate) : fate === '21') return candidate;
    }
    return null;
  };

  const diffRow = (sequence: number): RowParts => {
    const random = root.fork(`diff:${fileDate}:${sequence}`);
    const change = random.weighted(DIFF_CHANGES);
    const changeDate = addDays(fileDate, -random.int(0, 10));
    const target = change === '01' ? null : existingFor(random, change !== '22');
    if (target === null) {
      const index = firstNewCorporation + sequence - 1;
      const company = { ...corporation(index), assignedOn: changeDate };
      return { sequence, corporation: company, process: '01', correction: false, updateDate: fileDate, changeDate, ...OPEN };
    }
    const current = corporation(target);
    const date = later(changeDate, current.assignedOn);
    const base = { sequence, corporation: current, process: change, correction: false, updateDate: fileDate, changeDate: date, ...OPEN };
    switch (change) {
      case '11': {
        let renamed = nameFor(random, current.kind);
        for (let tries = 0; renamed.name === current.name.name && tries < 5; tries += 1) renamed = nameFor(random, current.kind);
        return { ...base, corporation: { ...current, name: renamed } };
      }
      case '12': {
        const move = (): NtaPlace => (random.chance(0.7) ? placeIn(random, current.place.prefectureCode) : randomPlace(random));
        let moved = move();
        for (let tries = 0; samePlace(moved, current.place) && tries < 5; tries += 1) moved = move();
        return { ...base, corporation: { ...current, place: moved }, correction: random.chance(0.05) };
      }
      case '21':
        return { ...base, ...closureParts(random, date) };
      case '71': {
        const merger = mergerParts(random, target, date);
        return merger === null ? { ...base, process: '21', ...closureParts(random, date) } : { ...base, ...merger };
      }
      default:
        return base;
    }
  };

  return { fullRow, diffRow };
}

function toFields(row: RowParts): string[] {
  const { corporation: company } = row;
  const fields = [
    String(row.sequence),
    company.corporateNumber,
    row.process,
    row.correction ? '1' : '0',
    row.updateDate,
    row.changeDate,
    company.name.name,
    '',
    company.kind,
    company.place.prefectureName,
    company.place.cityName,
    company.place.street,
    '',
    company.place.prefectureCode,
    company.place.cityCode3,
    company.place.postCode,
    '',
    '',
    row.closeDate ?? '',
    row.closeCause ?? '',
    row.successor ?? '',
    row.changeCause,
    company.assignedOn,
    '1',
    company.showsEnglish ? (company.name.en ?? '') : '',
    '',
    '',
    '',
    company.showsKana ? company.name.kana : '',
    company.excluded ? '1' : '0',
  ];
  if (fields.length !== NTA_COLUMNS) throw new Error(`Built ${fields.length} columns instead of ${NTA_COLUMNS}`);
  return fields;
}

// Checks the options at once, then hands out rows as they are asked for.
export function generateNtaRows(options: NtaFileOptions): Generator<string[], void, undefined> {
  const start = options.startSequence ?? 1;
  const last = start + options.rows - 1;
  if (!Number.isInteger(options.rows) || options.rows < 0 || !Number.isInteger(start) || start < 1) {
    throw new RangeError(`rows must be a whole number ≥ 0 and startSequence ≥ 1, got ${options.rows} and ${start}`);
  }
  if (options.kind === 'full' && last > FULL_LIMIT) throw new RangeError(`A full file holds at most ${FULL_LIMIT} rows`);
  if (options.kind === 'diff') {
    const fileDate = options.fileDate ?? REFERENCE_DATE;
    const days = daysBetween(FIRST_ASSIGNMENT, fileDate);
    if (last > DIFF_DAY_SPAN || !(days >= 0) || FULL_LIMIT + (days + 1) * DIFF_DAY_SPAN > BASE_SPAN) {
      throw new RangeError(`A diff file holds at most ${DIFF_DAY_SPAN} rows and is dated ${FIRST_ASSIGNMENT} to 2042, got ${last} rows on ${fileDate}`);
    }
  }
  const world = createWorld(options);
  const rowFor = options.kind === 'full' ? world.fullRow : world.diffRow;
  return (function* rows() {
    for (let sequence = start; sequence <= last; sequence += 1) yield toFields(rowFor(sequence));
  })();
}
