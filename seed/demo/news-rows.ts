// Demo news: short headlines about siting, investment and partnerships, each linked to the companies it names.
import { anyTimestamp, daysBeforeReference } from './demo-calendar.ts';
import type { CompanyRow, NewsCompanyRow, NewsRow } from './demo-data.types.ts';
import type { CompanyFacts } from './company-rows.ts';
import { shortCompanyName } from './company-names.ts';
import { NIIGATA, type Places } from './demo-places.ts';
import type { Random } from './seeded-random.ts';

const NEWS_COUNT = 500;
const SOURCES = ['デモ経済新聞', 'デモ産業ニュース', '県内ビジネス速報（デモ）', 'プレスリリース（デモ）'];
const FIELDS = ['半導体', '蓄電池', 'データセンター', '再生可能エネルギー', 'EV部品', '医療機器', '食品加工'];

interface Story {
  title: string;
  summary: string;
  withPartner?: boolean;
}

function story(random: Random, subject: { name: string; partner: string; place: string; field: string }): Story {
  const { name, partner, place, field } = subject;
  switch (random.int(0, 6)) {
    case 0:
      return { title: `${name}、${place}に新工場を建設へ`, summary: `${name}は${place}に新工場を建設すると発表した。${field}関連の生産能力を増強する。` };
    case 1:
      return { title: `${name}が${place}に物流拠点を開設`, summary: `${name}は${place}に物流拠点を開設する。配送時間の短縮を見込む。` };
    case 2:
      return { title: `${name}、本社機能の一部を${place}へ移転`, summary: `${name}は災害時の事業継続のため、本社機能の一部を${place}に移す。` };
    case 3:
      return { title: `${name}、${field}事業に参入`, summary: `${name}は${field}分野に参入する。専任の組織を新設し、設備投資を進める。` };
    case 4:
      return {
        title: `${name}と${partner}が業務提携`,
        summary: `${name}と${partner}は、${field}分野での共同開発に向けて業務提携すると発表した。`,
        withPartner: true,
      };
    case 5:
      return { title: `${name}、${place}でサテライトオフィスを開設`, summary: `${name}は${place}にサテライトオフィスを開き、IT人材の採用を強化する。` };
    default:
      return { title: `${name}、今年度の設備投資を増額`, summary: `${name}は今年度の設備投資計画を上方修正した。${field}向けの需要増に対応する。` };
  }
}

export function buildNews(
  random: Random,
  options: { companies: readonly CompanyRow[]; facts: readonly CompanyFacts[]; places: Places },
): { news: NewsRow[]; newsCompanies: NewsCompanyRow[] } {
  const news: NewsRow[] = [];
  const newsCompanies: NewsCompanyRow[] = [];
  const active = options.companies.filter((company) => company.status === 'active');
  // Bigger companies make the news more often.
  const weightedCompanies = active.map((company) => ({ value: company, weight: 1 + (options.facts[company.id - 1]?.sizeIndex ?? 0) ** 2 }));

  for (let id = 1; id <= NEWS_COUNT; id += 1) {
    const company = random.weighted(weightedCompanies);
    let partner = random.weighted(weightedCompanies);
    while (partner.id === company.id) partner = random.weighted(weightedCompanies);
    const prefecture = random.chance(0.6) ? NIIGATA : options.places.randomPrefecture(random);
    const place = options.places.randomPlace(random, prefecture);
    const placeName = `${options.places.prefectureName(prefecture)}${place.cityName}`;
    const { title, summary, withPartner } = story(random, {
      name: shortCompanyName(company.name),
      partner: shortCompanyName(partner.name),
      place: placeName,
      field: random.pick(FIELDS),
    });
    news.push({
      id,
      title,
      url: `https://news.example.jp/articles/${id}`,
      published_at: anyTimestamp(random, daysBeforeReference(random, 0, 365)),
      source: random.pick(SOURCES),
      summary,
    });
    for (const named of withPartner === true ? [company, partner] : [company]) {
      newsCompanies.push({ id: newsCompanies.length + 1, news_id: id, companies_id: named.id });
    }
  }
  return { news, newsCompanies };
}
