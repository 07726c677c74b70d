// Roles, policies and permissions as data. Start inserts each row that is missing (by id, or for permissions by
// policy + collection + action) and records it in yuchi_seed_ledger; it never changes or removes a row, and a row
// an administrator deleted stays deleted.
import { POLICY_IDS, ROLE_IDS } from './ids.ts';

export interface RoleSeed {
  id: string;
  name: string;
  icon: string;
  description: string;
  policies: string[];
}

export interface PolicySeed {
  id: string;
  name: string;
  icon: string;
  description: string;
  admin_access: boolean;
  app_access: boolean;
}

export interface PermissionSeed {
  policy: string;
  collection: string;
  action: 'create' | 'read' | 'update' | 'delete';
  fields: string[];
  permissions: Record<string, unknown> | null;
  validation?: Record<string, unknown> | null;
  presets?: Record<string, unknown> | null;
}

export const POLICIES: PolicySeed[] = [
  { id: POLICY_IDS.admin, name: '管理者', icon: 'verified_user', description: 'すべての操作と設定', admin_access: true, app_access: true },
  { id: POLICY_IDS.dataManager, name: 'データ管理', icon: 'database', description: '企業データの取込・編集、リスク情報の確認', admin_access: false, app_access: true },
  { id: POLICY_IDS.attractionStaff, name: '誘致業務', icon: 'handshake', description: '企業データの閲覧・検索、自分と共有された名刺・訪問記録・抽出リストの管理', admin_access: false, app_access: true },
  { id: POLICY_IDS.viewer, name: '閲覧', icon: 'visibility', description: '閲覧のみ（名刺の連絡先は見えません）', admin_access: false, app_access: true },
  { id: POLICY_IDS.apiIntegration, name: 'API連携', icon: 'api', description: 'トークンによる企業・拠点・資本関係の読み取り（Data Studio には入れません）', admin_access: false, app_access: false },
  { id: POLICY_IDS.exporter, name: '出力', icon: 'download', description: 'Excel・CSV などへの出力（出力記録の作成権限）', admin_access: false, app_access: false },
];

export const ROLES: RoleSeed[] = [
  { id: ROLE_IDS.admin, name: '管理者', icon: 'admin_panel_settings', description: 'アカウント・権限・設定を管理します', policies: [POLICY_IDS.admin] },
  { id: ROLE_IDS.dataManager, name: 'データ管理者', icon: 'database', description: 'データの取込とリスク情報の確認を行います', policies: [POLICY_IDS.attractionStaff, POLICY_IDS.dataManager, POLICY_IDS.exporter] },
  { id: ROLE_IDS.attractionStaff, name: '誘致担当', icon: 'work', description: '企業の検索・出力、名刺と訪問記録の管理を行います', policies: [POLICY_IDS.attractionStaff, POLICY_IDS.exporter] },
  { id: ROLE_IDS.viewer, name: '閲覧者', icon: 'visibility', description: '閲覧のみ行います', policies: [POLICY_IDS.viewer] },
  { id: ROLE_IDS.apiIntegration, name: 'API連携', icon: 'api', description: '外部システムがトークンで企業データを読み取ります', policies: [POLICY_IDS.apiIntegration] },
];

/** Company data every staff member may read. */
export const COMPANY_DATA = [
  'companies',
  'establishments',
  'company_relations',
  'officers',
  'departments',
  'personnel_changes',
  'news',
  'news_companies',
  'industries',
  'municipalities',
  'risk_findings',
  'intent_keywords',
  'intent_signals',
  'company_history',
] as const;

/** Data managers maintain these (imports and review). */
export const MANAGED_DATA = [...COMPANY_DATA, 'ip_organizations', 'import_runs', 'risk_candidates'] as const;

/** Owned collections: the owner and the users it is shared with. */
const ownedOrShared = { _or: [{ owner: { _eq: '$CURRENT_USER' } }, { shared_with: { directus_users_id: { _eq: '$CURRENT_USER' } } }] };
const viaParent = (field: string) => ({ [field]: ownedOrShared });

const CARD_CONTACT_FIELDS = ['email', 'phone', 'mobile', 'address', 'notes', 'image'];
const CARD_FIELDS = [
  'id', 'company', 'establishment', 'person_name', 'person_name_kana', 'department_name', 'title', 'exchanged_on',
  'owner', 'shared_with', 'date_created', 'date_updated',
];
const USER_PICKER_FIELDS = ['id', 'first_name', 'last_name', 'email', 'avatar', 'status', 'role'];

const all = ['*'];
const crud = (policy: string, collection: string, permissions: Record<string, unknown> | null): PermissionSeed[] =>
  (['create', 'read', 'update', 'delete'] as const).map((action) => ({
    policy,
    collection,
    action,
    fields: all,
    permissions: action === 'create' ? null : permissions,
  }));
const read = (policy: string, collection: string, fields = all, permissions: Record<string, unknown> | null = null): PermissionSeed => ({
  policy,
  collection,
  action: 'read',
  fields,
  permissions,
});

function staffPermissions(policy: string): PermissionSeed[] {
  return [
    ...COMPANY_DATA.map((c) => read(policy, c)),
    ...crud(policy, 'business_cards', ownedOrShared),
    ...crud(policy, 'business_cards_shared_with', viaParent('business_cards_id')),
    ...crud(policy, 'visits', ownedOrShared),
    ...crud(policy, 'visits_staff', viaParent('visits_id')),
    ...crud(policy, 'visits_contacts', viaParent('visits_id')),
    ...crud(policy, 'visits_shared_with', viaParent('visits_id')),
    ...crud(policy, 'visits_attachments', viaParent('visits_id')),
    ...crud(policy, 'target_lists', ownedOrShared),
    ...crud(policy, 'target_lists_shared_with', viaParent('target_lists_id')),
    ...crud(policy, 'target_list_companies', viaParent('list')),
    read(policy, 'directus_users', USER_PICKER_FIELDS),
    read(policy, 'directus_files'),
    { policy, collection: 'directus_files', action: 'create', fields: all, permissions: null },
    { policy, collection: 'directus_files', action: 'update', fields: all, permissions: { uploaded_by: { _eq: '$CURRENT_USER' } } },
  ];
}

export const PERMISSIONS: PermissionSeed[] = [
  ...staffPermissions(POLICY_IDS.attractionStaff),
  ...MANAGED_DATA.flatMap((c) => crud(POLICY_IDS.dataManager, c, null)),
  read(POLICY_IDS.dataManager, 'export_log'),
  ...COMPANY_DATA.map((c) => read(POLICY_IDS.viewer, c)),
  read(POLICY_IDS.viewer, 'business_cards', CARD_FIELDS),
  read(POLICY_IDS.viewer, 'visits', ['id', 'company', 'visited_at', 'kind', 'status', 'staff', 'contacts', 'purpose', 'summary', 'outcome', 'next_action', 'next_action_due', 'owner', 'date_created', 'date_updated']),
  read(POLICY_IDS.viewer, 'visits_staff'),
  read(POLICY_IDS.viewer, 'visits_contacts'),
  read(POLICY_IDS.viewer, 'target_lists', ['id', 'name', 'criteria', 'last_run_at', 'row_count', 'members', 'owner', 'date_created', 'date_updated']),
  read(POLICY_IDS.viewer, 'target_list_companies'),
  read(POLICY_IDS.viewer, 'directus_users', USER_PICKER_FIELDS),
  read(POLICY_IDS.apiIntegration, 'companies'),
  read(POLICY_IDS.apiIntegration, 'establishments'),
  read(POLICY_IDS.apiIntegration, 'company_relations'),
  { policy: POLICY_IDS.exporter, collection: 'export_log', action: 'create', fields: all, permissions: null },
  read(POLICY_IDS.exporter, 'export_log', all, { user: { _eq: '$CURRENT_USER' } }),
];

export { CARD_CONTACT_FIELDS };

/** Project settings applied once on a new database: Japanese Data Studio, project name. */
export const SETTINGS = {
  project_name: 'Yuchi 企業誘致',
  default_language: 'ja-JP',
  project_descriptor: '企業誘致支援',
  default_appearance: 'light',
} as const;

/** Directus 11's default module bar (the app's MODULE_BAR_DEFAULT), used while a project has not saved its own. */
export const DEFAULT_MODULE_BAR: ModuleBarEntry[] = [
  { type: 'module', id: 'content', enabled: true },
  { type: 'module', id: 'visual', enabled: false },
  { type: 'module', id: 'users', enabled: true },
  { type: 'module', id: 'files', enabled: true },
  { type: 'module', id: 'insights', enabled: true },
  { type: 'module', id: 'deployments', enabled: false },
  { type: 'link', id: 'docs', enabled: true, name: '$t:documentation', icon: 'help', url: 'https://docs.directus.io' },
  { type: 'module', id: 'settings', enabled: true, locked: true },
];

/** Yuchi's Data Studio modules: start puts each on the module bar once (after 企業); an admin may hide it later. */
export const YUCHI_MODULES = ['yuchi-imports', 'yuchi-search'] as const;

export interface ModuleBarEntry {
  type: 'module' | 'link';
  id: string;
  enabled: boolean;
  [key: string]: unknown;
}
