import { describe, expect, test } from 'vitest';
import { parseCreditScoreRow } from './credit-score-csv-row.parser.ts';
import { creditScoreRecord, findingValues, sanctionRecord, screeningRecord, sourceKeyText } from './risk-import-record.mapper.ts';
import { parseMhlwSanctionRow, parseSanctionRow } from './sanction-csv-row.parser.ts';
import { parseScreeningRow } from './screening-csv-row.parser.ts';

const ok = <T>(result: { ok: true; row: T } | { ok: false }): T => {
  if (!result.ok) throw new Error('row refused');
  return result.row;
};

describe('risk import records', () => {
  test('a sanction row proposes a sanction finding with its values as evidence', () => {
    const row = ok(parseSanctionRow(['', '架空建設株式会社', '新潟県見本市1-2-3', '国土交通省', '営業停止命令', '2026-04-01', '建設業法', '営業停止7日間', 'https://example.jp/a']));
    const record = sanctionRecord(row);
    expect(record.finding).toMatchObject({ category: 'sanction', severity: 2, title: '営業停止命令（国土交通省）', observed_on: '2026-04-01', source_url: 'https://example.jp/a' });
    expect(record.finding.evidence.row).toMatchObject({ name: '架空建設株式会社', authority: '国土交通省' });
    expect(record.subject).toEqual({ name: '架空建設株式会社', address: '新潟県見本市1-2-3', corporateNumber: null });
  });

  test('an MHLW row is filed under the MHLW source', () => {
    const row = ok(parseMhlwSanctionRow(['見本工業株式会社 見本工場', '新潟県見本市', '令和6年3月12日', '労働安全衛生法第21条', '足場の墜落防止措置を講じなかった', '令和6年3月1日送検']));
    expect(sanctionRecord(row).finding).toMatchObject({ source: 'mhlw', observed_on: '2024-03-12', title: '労働基準関係法令違反に係る公表事案（厚生労働省）' });
  });

  test('only a screening hit proposes a 反社 finding', () => {
    expect(screeningRecord(ok(parseScreeningRow(['', '架空商事株式会社', '', 'なし', '', '2026-05-01', 'vendor', ''])))).toBeNull();
    expect(screeningRecord(ok(parseScreeningRow(['', '架空商事株式会社', '', '該当', '暴力団関係', '2026-05-01', 'vendor', 'R-1'])))!.finding).toMatchObject({ category: 'antisocial', severity: 3, title: '反社チェック該当（暴力団関係）' });
  });

  test('a credit score is a financial finding for a year, and a sound band proposes nothing', () => {
    const weak = creditScoreRecord(ok(parseCreditScoreRow(['3780000000002', '30', 'E', '2026-03-31', 'bureau'])))!;
    expect(weak.finding).toMatchObject({ category: 'financial', severity: 3, observed_on: '2026-03-31', expires_on: '2027-03-31' });
    expect(creditScoreRecord(ok(parseCreditScoreRow(['3780000000002', '90', '', '2026-03-31', 'bureau'])))).toBeNull();
  });

  test('the same row gives the same key, another row another', () => {
    const a = sanctionRecord(ok(parseSanctionRow(['', '架空建設株式会社', '', '', '指示処分', '2026-04-01', '', '', ''])));
    const b = sanctionRecord(ok(parseSanctionRow(['', '架空建設株式会社', '', '', '指示処分', '2026-04-02', '', '', ''])));
    expect(sourceKeyText('sanctions', a)).toBe(sourceKeyText('sanctions', sanctionRecord(ok(parseSanctionRow(['', '架空建設株式会社', '', '', '指示処分', '2026-04-01', '', '', ''])))));
    expect(sourceKeyText('sanctions', a)).not.toBe(sourceKeyText('sanctions', b));
  });
});

describe('a proposed finding as a new risk_findings row', () => {
  test('is open, belongs to the given company and leaves the evidence to the caller', () => {
    const { finding } = sanctionRecord(ok(parseSanctionRow(['', '架空建設株式会社', '', '国土交通省', '指示処分', '2026-04-01', '', '', ''])));
    const row = findingValues(finding, 42);
    expect(row).toMatchObject({ company: 42, status: 'open', category: 'sanction', severity: finding.severity, observed_on: '2026-04-01', title: finding.title });
    expect(row).not.toHaveProperty('evidence');
  });
});
