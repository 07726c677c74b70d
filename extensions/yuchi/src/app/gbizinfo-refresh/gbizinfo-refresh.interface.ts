// 最新情報を取得: a button on the company page that refreshes the company from gBizINFO (presentation field
// companies.gbizinfo_refresh).
import { defineInterface } from '@directus/extensions-sdk';
import GbizinfoRefresh from './gbizinfo-refresh.vue';

export default defineInterface({
  id: 'yuchi-gbizinfo-refresh',
  name: '最新情報を取得（gBizINFO）',
  description: 'gBizINFO から企業の最新情報を取得します',
  icon: 'sync',
  component: GbizinfoRefresh,
  types: ['alias'],
  localTypes: ['presentation'],
  group: 'presentation',
  hideLabel: true,
  hideLoader: true,
  options: null,
});
