// 企業グループ panel for Insights dashboards: the group tree of one company (by 法人番号), with the caller's permissions.
import { definePanel } from '@directus/extensions-sdk';
import GroupPanel from './group-panel.vue';

export default definePanel({
  id: 'yuchi-group',
  name: '企業グループ',
  description: '法人番号で指定した企業の、親会社・子会社・孫会社…の企業グループをツリーで表示します',
  icon: 'account_tree',
  component: GroupPanel,
  options: [
    {
      field: 'corporateNumber',
      name: '法人番号',
      type: 'string',
      meta: { interface: 'input', width: 'half', options: { placeholder: '13桁の法人番号' } },
    },
    {
      field: 'depth',
      name: '表示する階層',
      type: 'integer',
      meta: { interface: 'input', width: 'half', options: { min: 0, max: 20, placeholder: 'すべて' } },
    },
  ],
  minWidth: 16,
  minHeight: 12,
});
