// Folds the variant kanji (異体字) that the same company is registered and written with — 髙島屋 and 高島屋,
// 山﨑 and 山崎, 渡邊 and 渡辺 — to one form, so names and addresses from outside sources can be compared with the
// registry's. Only for comparing: search_name keeps normalizeCompanyName's folding, which a change here would
// leave out of step with the stored values.
//
// NFKC already folds the CJK compatibility ideographs (e.g. U+FA10 塚); the ones below are separate characters to
// Unicode and stay as they are there.
export const KANJI_VARIANTS: Readonly<Record<string, string>> = {
  髙: '高',
  﨑: '崎', 嵜: '崎', 碕: '崎',
  邊: '辺', 邉: '辺',
  齋: '斎', 齊: '斎', 斉: '斎',
  澤: '沢',
  濱: '浜', 濵: '浜',
  德: '徳',
  國: '国', 會: '会', 學: '学', 廣: '広', 榮: '栄', 櫻: '桜', 眞: '真', 實: '実', 藝: '芸', 驛: '駅', 龍: '竜',
  圓: '円', 寶: '宝', 戶: '戸', 黑: '黒', 惠: '恵', 淸: '清', 靑: '青', 條: '条', 萬: '万', 豐: '豊', 來: '来',
  禮: '礼', 賴: '頼', 鷗: '鴎', 槇: '槙', 桒: '桑', 冨: '富', 嶋: '島', 嶌: '島', 曻: '昇', 舘: '館', 峯: '峰',
};

const VARIANT_PATTERN = new RegExp(`[${Object.keys(KANJI_VARIANTS).join('')}]`, 'gu');
// Ideographic variation selectors pick a glyph, not a different character (邉󠄂 is still 邉).
const VARIATION_SELECTORS = /[\uFE00-\uFE0F\u{E0100}-\u{E01EF}]/gu;

export function foldKanjiVariants(text: string): string {
  return text.normalize('NFKC').replace(VARIATION_SELECTORS, '').replace(VARIANT_PATTERN, (kanji) => KANJI_VARIANTS[kanji] ?? kanji);
}
