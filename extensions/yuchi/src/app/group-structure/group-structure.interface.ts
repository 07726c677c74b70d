// 企業グループ・拠点: on the company page, the group tree (expand/collapse, depth, ownership %, risk colour, click to
// open a member) and the site tree with per-prefecture counts (presentation field companies.group_structure).
import { defineInterface } from '@directus/extensions-sdk';
import GroupStructure from './group-structure.vue';

export default defineInterface({
  id: 'yuchi-group-structure',
  name: '企業グループ・拠点',
  description: '親会社・子会社・孫会社…の企業グループと、本社・支社・営業所などの拠点をツリーで表示します',
  icon: 'account_tree',
  component: GroupStructure,
  types: ['alias'],
  localTypes: ['presentation'],
  group: 'presentation',
  hideLabel: false,
  hideLoader: true,
  options: null,
});
