// Finds the prefecture and city codes of a Japanese address from the municipalities code table, by the longest
// prefecture + city name the address starts with (a designated city's ward wins over the city itself, as the
// model keeps ward codes). 郡 names are not in the table: "北海道虻田郡洞爺湖町…" matches 洞爺湖町.
export interface AreaName {
  code: string;
  prefectureCode: string;
  prefectureName: string;
  cityName: string | null;
}

export interface AddressArea {
  prefecture_code: string | null;
  city_code: string | null;
}

export type AddressAreaMatcher = (address: string | null) => AddressArea;

const NONE: AddressArea = { prefecture_code: null, city_code: null };
const compact = (text: string): string => text.normalize('NFKC').replace(/[\s\u3000]/g, '');

export function createAddressAreaMatcher(areas: readonly AreaName[]): AddressAreaMatcher {
  const prefectures = new Map<string, string>();
  const cities = new Map<string, { name: string; code: string }[]>();
  for (const area of areas) {
    prefectures.set(area.prefectureName, area.prefectureCode);
    if (!area.cityName) continue;
    const list = cities.get(area.prefectureCode) ?? [];
    list.push({ name: compact(area.cityName), code: area.code });
    cities.set(area.prefectureCode, list);
  }
  for (const list of cities.values()) list.sort((a, b) => b.name.length - a.name.length);

  return (address) => {
    if (!address) return NONE;
    const text = compact(address);
    const prefecture = [...prefectures.entries()].find(([name]) => text.startsWith(name));
    if (!prefecture) return NONE;
    const [prefectureName, prefectureCode] = prefecture;
    const rest = text.slice(prefectureName.length);
    const candidates = cities.get(prefectureCode) ?? [];
    // Without the 郡 prefix only when the plain address matches nothing (大和郡山市 is a city, not a 郡).
    const withoutGun = rest.replace(/^[^市区町村]+?郡/, '');
    const city = candidates.find((c) => rest.startsWith(c.name)) ?? candidates.find((c) => withoutGun !== rest && withoutGun.startsWith(c.name));
    return { prefecture_code: prefectureCode, city_code: city?.code ?? null };
  };
}
