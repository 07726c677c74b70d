// 未確認のリスク情報 panel for Insights dashboards: open, unexpired findings counted per category, with the caller's
// permissions (findings it may not read are not counted).
import { definePanel } from '@directus/extensions-sdk';
import RiskFindingsPanel from './risk-findings-panel.vue';

export default definePanel({
  id: 'yuchi-risk-findings',
  name: '未確認のリスク情報',
  description: '未確認（open）で有効期限内のリスク情報の件数を、反社・財務・行政処分・実在性・風評の区分ごとに表示します',
  icon: 'warning',
  component: RiskFindingsPanel,
  options: [],
  minWidth: 12,
  minHeight: 8,
});
