import { describe, expect, test } from 'vitest';
import { makeCorporateNumber } from './corporate-number.validator.ts';
import { splitCsvRecords } from './nta-csv-line.parser.ts';
import { detectSanctionLayout, MHLW_ACTION, MHLW_SANCTION_HEADER, parseMhlwSanctionRow, parseSanctionRow, SANCTION_HEADER, sanctionRowParser } from './sanction-csv-row.parser.ts';

const NUMBER = makeCorporateNumber('790000000001');
const row = (over: Partial<Record<(typeof SANCTION_HEADER)[number], string>> = {}) =>
  SANCTION_HEADER.map((column) => ({
    corporate_number: NUMBER,
    name: '見本工業株式会社',
    address: '新潟県見本市試験町1-2-3',
    authority: '見本県',
    action: '営業停止命令',
    action_date: '2025-06-30',
    legal_basis: '見本業法第10条',
    summary: '無許可で見本業務を行ったため',
    source_url: 'https://example.jp/sanctions/1',
    ...over,
  })[column]);

const MHLW_TABLE = [
  MHLW_SANCTION_HEADER.join(','),
  '"架空建設（株）\n見本作業所",新潟県見本市,令和６年３月１２日,"労働安全衛生法第21条",' +
    '"墜落防止の措置を講じず\n労働者に作業を行わせたもの",令和6年3月12日送検',
].join('\r\n');

describe('detectSanctionLayout', () => {
  test('knows our own header, with a BOM and capitals', () => {
    expect(detectSanctionLayout(['\uFEFFCorporate_Number', ...SANCTION_HEADER.slice(1)])).toEqual({ ok: true, layout: 'sanction' });
  });

  test('knows the MHLW table as published, even with line breaks and half-width ･ in its header', () => {
    const [header] = splitCsvRecords(MHLW_TABLE);
    expect(detectSanctionLayout(header!)).toEqual({ ok: true, layout: 'mhlw' });
    expect(detectSanctionLayout(['企業･事業場\n名称', '所在地', '公表日', '違反法条', '事案概要', 'その他\n参考事項'])).toEqual({ ok: true, layout: 'mhlw' });
  });

  test('names both accepted headers when the header is neither', () => {
    const result = detectSanctionLayout(['会社名', '日付']);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.message).toContain(SANCTION_HEADER.join(','));
      expect(result.message).toContain(MHLW_SANCTION_HEADER.join(','));
    }
  });
});

describe('parseSanctionRow', () => {
  test('reads a full row', () => {
    expect(parseSanctionRow(row())).toEqual({
      ok: true,
      row: {
        layout: 'sanction',
        corporateNumber: NUMBER,
        name: '見本工業株式会社',
        address: '新潟県見本市試験町1-2-3',
        authority: '見本県',
        action: '営業停止命令',
        actionDate: '2025-06-30',
        legalBasis: '見本業法第10条',
        summary: '無許可で見本業務を行ったため',
        note: null,
        sourceUrl: 'https://example.jp/sanctions/1',
      },
    });
  });

  test('takes a row without 法人番号, with a Japanese-era date and empty optional columns', () => {
    expect(parseSanctionRow(row({ corporate_number: '', action_date: '令和7年6月30日', address: '', authority: '', legal_basis: '', summary: '', source_url: '' }))).toMatchObject({
      ok: true,
      row: { corporateNumber: null, actionDate: '2025-06-30', address: null, authority: null, legalBasis: null, summary: null, sourceUrl: null },
    });
  });

  test('reads full-width digits in the 法人番号', () => {
    const wide = NUMBER.replace(/\d/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
    expect(parseSanctionRow(row({ corporate_number: wide }))).toMatchObject({ ok: true, row: { corporateNumber: NUMBER } });
  });

  test.each<[string, string[], string, string]>([
    ['too few columns', [NUMBER, '見本工業'], 'YUCHI_SANCTION_COLUMNS', '9 列'],
    ['a bad check digit', row({ corporate_number: `${(Number(NUMBER[0]) % 9) + 1}${NUMBER.slice(1)}` }), 'YUCHI_INVALID_CORPORATE_NUMBER', 'corporate_number'],
    ['a 法人番号 that is too short', row({ corporate_number: '12345' }), 'YUCHI_INVALID_CORPORATE_NUMBER', 'corporate_number'],
    ['a missing name', row({ name: ' ' }), 'YUCHI_SANCTION_NAME', 'name'],
    ['a missing action', row({ action: '' }), 'YUCHI_SANCTION_ACTION', 'action'],
    ['a missing date', row({ action_date: '' }), 'YUCHI_SANCTION_DATE', 'action_date'],
    ['an impossible date', row({ action_date: '2025-02-29' }), 'YUCHI_SANCTION_DATE', 'action_date'],
    ['an impossible era date', row({ action_date: '令和7年2月29日' }), 'YUCHI_SANCTION_DATE', 'action_date'],
    ['a date that is not one', row({ action_date: '昨年' }), 'YUCHI_SANCTION_DATE', 'action_date'],
    ['a link that is not http(s)', row({ source_url: 'javascript:alert(1)' }), 'YUCHI_SANCTION_URL', 'source_url'],
    ['an overlong name', row({ name: '見'.repeat(256) }), 'YUCHI_SANCTION_NAME', 'name'],
    ['an overlong summary', row({ summary: '概'.repeat(5001) }), 'YUCHI_SANCTION_TEXT', 'summary'],
  ])('refuses %s with a code and a Japanese message naming the column', (_case, fields, code, column) => {
    const result = parseSanctionRow(fields);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe(code);
      expect(result.error.message).toContain(column);
      expect(result.error.message).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/u);
    }
  });
});

describe('parseMhlwSanctionRow', () => {
  test('reads a row of the published table, joining the lines the PDF broke', () => {
    const [, fields] = splitCsvRecords(MHLW_TABLE);
    expect(parseMhlwSanctionRow(fields!, { sourceUrl: 'https://example.jp/mhlw/kouhyou.pdf' })).toEqual({
      ok: true,
      row: {
        layout: 'mhlw',
        corporateNumber: null,
        name: '架空建設（株） 見本作業所',
        address: '新潟県見本市',
        authority: '厚生労働省',
        action: MHLW_ACTION,
        actionDate: '2024-03-12',
        legalBasis: '労働安全衛生法第21条',
        summary: '墜落防止の措置を講じず労働者に作業を行わせたもの',
        note: '令和6年3月12日送検',
        sourceUrl: 'https://example.jp/mhlw/kouhyou.pdf',
      },
    });
  });

  test.each([
    ['令和6年3月12日', '2024-03-12'],
    ['R6.3.12', '2024-03-12'],
    ['2024/3/12', '2024-03-12'],
    ['平成30年12月1日', '2018-12-01'],
  ])('reads the 公表日 %s', (day, expected) => {
    expect(parseMhlwSanctionRow(['架空運輸株式会社', '新潟県見本市', day, '', '', ''])).toMatchObject({ ok: true, row: { actionDate: expected } });
  });

  test.each<[string, string[], string, string]>([
    ['a missing name', ['', '新潟県見本市', '令和6年3月12日', '', '', ''], 'YUCHI_SANCTION_NAME', '企業・事業場名称'],
    ['a missing 公表日', ['架空運輸株式会社', '新潟県見本市', '', '', '', ''], 'YUCHI_SANCTION_DATE', '公表日'],
    ['an impossible 公表日', ['架空運輸株式会社', '新潟県見本市', '令和6年2月30日', '', '', ''], 'YUCHI_SANCTION_DATE', '公表日'],
    ['the other layout’s row', row(), 'YUCHI_SANCTION_COLUMNS', '6 列'],
  ])('refuses %s naming the column', (_case, fields, code, column) => {
    const result = parseMhlwSanctionRow(fields);
    expect(result).toMatchObject({ ok: false, error: { code } });
    if (!result.ok) expect(result.error.message).toContain(column);
  });
});

describe('sanctionRowParser', () => {
  test('gives the parser of the detected layout', () => {
    const [header, fields] = splitCsvRecords(MHLW_TABLE);
    const layout = detectSanctionLayout(header!);
    if (!layout.ok) throw new Error(layout.message);
    expect(sanctionRowParser(layout.layout)(fields!)).toMatchObject({ ok: true, row: { layout: 'mhlw' } });
    expect(sanctionRowParser('sanction')(row())).toMatchObject({ ok: true, row: { layout: 'sanction' } });
  });
});
