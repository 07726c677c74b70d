// One line of an NTA 法人番号 download file (30 quoted columns, CRLF): a valid 新規 record in 新潟県長岡市 unless
// the test overrides columns by their 0-based index.
export function ntaLine(fields: Partial<Record<number, string>>): string {
  const f = Array<string>(30).fill('');
  Object.assign(f, { 0: '1', 2: '01', 3: '0', 4: '2026-11-01', 5: '2026-10-30', 8: '301', 9: '新潟県', 10: '長岡市', 11: '大手通１丁目１番１号', 13: '15', 14: '202', 15: '9400062', 22: '2015-10-05', 23: '1', 29: '0' });
  for (const [k, v] of Object.entries(fields)) f[Number(k)] = v ?? '';
  return f.map((x) => `"${x.replace(/"/g, '""')}"`).join(',') + '\r\n';
}
