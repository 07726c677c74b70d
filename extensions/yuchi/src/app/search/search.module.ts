// 企業検索: every search criterion in one panel, a result table to page and sort, Excel出力 and リストに保存.
import { defineModule } from '@directus/extensions-sdk';
import SearchPage from './search-page.vue';

export default defineModule({
  id: 'yuchi-search',
  name: '企業検索',
  icon: 'travel_explore',
  routes: [{ path: '', component: SearchPage }],
  // Everyone who may read companies may search them (the search itself applies their row and field permissions).
  preRegisterCheck: (user, permissions) => user.admin_access || (permissions['companies']?.read?.access ?? 'none') !== 'none',
});
