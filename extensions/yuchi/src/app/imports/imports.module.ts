// データ取込: a データ管理者 uploads a registry file, follows its progress and downloads its per-row error report.
import { defineModule } from '@directus/extensions-sdk';
import ImportsPage from './imports-page.vue';

export default defineModule({
  id: 'yuchi-imports',
  name: 'データ取込',
  icon: 'upload_file',
  routes: [{ path: '', component: ImportsPage }],
  // Shown only to users who may start an import (admins and データ管理者).
  preRegisterCheck: (user, permissions) => user.admin_access || permissions['import_runs']?.create?.access !== undefined && permissions['import_runs'].create.access !== 'none',
});
