// One business card (名刺) as every card format here reads and writes it: vCard, CSV from card apps, OCR text.
// Richer than a business_cards row — a card can carry several e-mails and phones, a FAX, a URL and the company
// as printed — so nothing is lost between formats; business-card-values.mapper.ts folds it into the row.
//
// Names keep the family and given parts apart with one space (「試験 太郎」, 「シケン タロウ」): that is how a
// card prints them, and how vCard's N property gets its two parts back.
export interface BusinessCard {
  personName: string;
  // フリガナ in katakana.
  personNameKana: string | null;
  // As printed; linking it to a companies row is the caller's business.
  companyName: string | null;
  departmentName: string | null;
  title: string | null;
  // The first of each list is the main one (the row's email, phone and mobile).
  emails: string[];
  phones: string[];
  mobiles: string[];
  faxes: string[];
  // 123-4567
  postalCode: string | null;
  address: string | null;
  urls: string[];
  // YYYY-MM-DD
  exchangedOn: string | null;
  notes: string | null;
}

export type BusinessCardField = keyof BusinessCard;

// Japanese labels for messages and change histories.
export const BUSINESS_CARD_LABELS: Record<BusinessCardField, string> = {
  personName: '氏名',
  personNameKana: 'フリガナ',
  companyName: '会社名',
  departmentName: '部署',
  title: '役職',
  emails: 'メールアドレス',
  phones: '電話番号',
  mobiles: '携帯電話',
  faxes: 'FAX',
  postalCode: '郵便番号',
  address: '住所',
  urls: 'URL',
  exchangedOn: '名刺交換日',
  notes: 'メモ',
};

export function emptyBusinessCard(personName = ''): BusinessCard {
  return {
    personName,
    personNameKana: null,
    companyName: null,
    departmentName: null,
    title: null,
    emails: [],
    phones: [],
    mobiles: [],
    faxes: [],
    postalCode: null,
    address: null,
    urls: [],
    exchangedOn: null,
    notes: null,
  };
}
