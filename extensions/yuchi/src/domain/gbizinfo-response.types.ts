// The parts of gBizINFO REST API v2 answers Yuchi reads (OpenAPI "GビズインフォREST API" v2: HojinInfoResponseV2 and
// HojinInfoResponseForChildV2). Every value is `unknown`: the API sends "Null" strings, numbers as strings and
// missing keys where the schema promises integers, so nothing is trusted before a reader has looked at it.

/** `/v2/hojin/{corporate_number}`, `/corporation`, `/finance`: `{ "hojin-infos": [ … ], errors?, message? }`. */
export interface GbizResponse {
  'hojin-infos'?: unknown;
  errors?: unknown;
  message?: unknown;
}

/** HojinInfoV2 (法人基本情報). */
export interface GbizHojinInfo {
  corporate_number?: unknown;
  name?: unknown;
  kana?: unknown;
  name_en?: unknown;
  postal_code?: unknown;
  location?: unknown;
  representative_name?: unknown;
  capital_stock?: unknown;
  employee_number?: unknown;
  business_summary?: unknown;
  company_url?: unknown;
  date_of_establishment?: unknown;
  update_date?: unknown;
  finance?: unknown;
  'corporation-info'?: unknown;
}

/** CorporationInfo (事業所情報, from 日本年金機構's 厚生年金保険・健康保険 適用事業所). */
export interface GbizCorporationInfo {
  corporation_name?: unknown;
  corporation_name_furigana?: unknown;
  corporation_location?: unknown;
  corporation_location_furigana?: unknown;
  // 被保険者数, a string in the schema.
  insured_number?: unknown;
  // 全喪年月日: the site stopped being an insured workplace (closed).
  loss_date?: unknown;
}

/** FinanceV2 (財務情報, from EDINET 有価証券報告書). */
export interface GbizFinance {
  accounting_standards?: unknown;
  fiscal_year_cover_page?: unknown;
  major_shareholders?: unknown;
  management_index?: unknown;
}

/** MajorShareholders: 氏名又は名称 and 発行済株式総数に対する所有株式数の割合. */
export interface GbizMajorShareholder {
  name_major_shareholders?: unknown;
  shareholding_ratio?: unknown;
}

/** ManagementIndex (主要な経営指標等の推移), one fiscal year; each amount has a `_unit_ref` beside it. */
export type GbizManagementIndex = Record<string, unknown> & { period?: unknown };
