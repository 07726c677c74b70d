// One row of an establishments CSV (`import establishments`): a site of a company by its 法人番号, with the name of
// its parent site (本社 → 支社 → 営業所). Mistakes are row errors naming the column; the import goes on.
import { isValidCorporateNumber } from './corporate-number.validator.ts';
import type { CsvRowResult } from './relation-csv-row.parser.ts';
import { SITE_KIND_LABELS, type SiteKind } from './site-kind.labels.ts';

export const ESTABLISHMENT_HEADER = ['corporate_number', 'name', 'kind', 'status', 'prefecture_code', 'city_code', 'address', 'postal_code', 'phone', 'parent_name'] as const;

export interface EstablishmentRow {
  corporateNumber: string;
  name: string;
  kind: SiteKind;
  status: 'active' | 'closed';
  prefectureCode: string | null;
  cityCode: string | null;
  address: string | null;
  postalCode: string | null;
  phone: string | null;
  parentName: string | null;
}

const fail = <T>(code: string, message: string): CsvRowResult<T> => ({ ok: false, error: { code, message } });
const KIND_BY_TEXT = Object.fromEntries(Object.entries(SITE_KIND_LABELS).flatMap(([key, label]) => [[key, key], [label, key]])) as Record<string, SiteKind>;
const STATUS_BY_TEXT: Record<string, 'active' | 'closed'> = { '': 'active', active: 'active', 営業中: 'active', closed: 'closed', 閉鎖: 'closed' };
const orNull = (text: string) => (text === '' ? null : text);

export function parseEstablishmentRow(fields: readonly string[]): CsvRowResult<EstablishmentRow> {
  if (fields.length !== ESTABLISHMENT_HEADER.length) {
    return fail('YUCHI_SITE_COLUMNS', `列の数が ${fields.length} です。見出しと同じ ${ESTABLISHMENT_HEADER.length} 列（${ESTABLISHMENT_HEADER.join(',')}）にしてください`);
  }
  const [cn, name, kindText, statusText, prefecture, city, address, postal, phone, parentName] = fields.map((f) => f.normalize('NFKC').trim()) as [
    string, string, string, string, string, string, string, string, string, string,
  ];
  if (!isValidCorporateNumber(cn)) return fail('YUCHI_INVALID_CORPORATE_NUMBER', `corporate_number「${cn}」は法人番号として正しくありません。13桁の数字で、先頭の検査数字が一致する番号にしてください`);
  if (name === '') return fail('YUCHI_SITE_NAME', 'name（拠点名）を入れてください');
  if (name.length > 255) return fail('YUCHI_SITE_NAME', 'name（拠点名）は255文字以内にしてください');
  const kind = kindText === '' ? 'other' : KIND_BY_TEXT[kindText.toLowerCase()];
  if (!kind) return fail('YUCHI_SITE_KIND', `kind「${kindText}」は使えません。${Object.entries(SITE_KIND_LABELS).map(([k, l]) => `${k}（${l}）`).join('、')}のいずれかにしてください`);
  const status = STATUS_BY_TEXT[statusText.toLowerCase()];
  if (!status) return fail('YUCHI_SITE_STATUS', `status「${statusText}」は active（営業中）か closed（閉鎖）にしてください`);
  if (prefecture !== '' && !/^(0[1-9]|[1-3][0-9]|4[0-7])$/.test(prefecture)) return fail('YUCHI_SITE_PREFECTURE', `prefecture_code「${prefecture}」は2桁の都道府県コード（01〜47）にしてください`);
  if (city !== '' && !/^\d{5}$/.test(city)) return fail('YUCHI_SITE_CITY', `city_code「${city}」は5桁の市区町村コードにしてください`);
  if (city !== '' && prefecture !== '' && !city.startsWith(prefecture)) return fail('YUCHI_SITE_CITY', `city_code「${city}」は prefecture_code「${prefecture}」の市区町村ではありません`);
  const postalDigits = postal.replace(/[-‐－]/g, '');
  if (postal !== '' && !/^\d{7}$/.test(postalDigits)) return fail('YUCHI_SITE_POSTAL_CODE', `postal_code「${postal}」は7桁の郵便番号（例: 950-0000）にしてください`);
  if (phone !== '' && !/^[0-9+()\- ]{6,20}$/.test(phone)) return fail('YUCHI_SITE_PHONE', `phone「${phone}」は数字とハイフンの電話番号にしてください`);
  if (parentName === name) return fail('YUCHI_SITE_PARENT_SELF', `parent_name が拠点自身（${name}）です。上位の拠点名を入れるか空欄にしてください`);
  return {
    ok: true,
    row: {
      corporateNumber: cn,
      name,
      kind,
      status,
      prefectureCode: orNull(prefecture) ?? (city === '' ? null : city.slice(0, 2)),
      cityCode: orNull(city),
      address: orNull(address),
      postalCode: postal === '' ? null : `${postalDigits.slice(0, 3)}-${postalDigits.slice(3)}`,
      phone: orNull(phone),
      parentName: orNull(parentName),
    },
  };
}
