// リスク情報の概要: on the company page, the company's risk per category and its findings with source, dates and
// evidence, read with the user's own permissions (presentation field companies.risk_panel).
import { defineInterface } from '@directus/extensions-sdk';
import RiskPanel from './risk-panel.vue';

export default defineInterface({
  id: 'yuchi-risk-panel',
  name: 'リスク情報の概要',
  description: '反社・財務・行政処分・実在性・風評の区分ごとのリスクと、出典・確認日・根拠つきのリスク情報を表示します',
  icon: 'warning',
  component: RiskPanel,
  types: ['alias'],
  localTypes: ['presentation'],
  group: 'presentation',
  hideLabel: false,
  hideLoader: true,
  options: null,
});
