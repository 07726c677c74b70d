// Turns the compact model into the payloads Directus's REST API takes (POST /collections, /fields, /relations).
import type { Choice, CollectionDef, FieldDef } from './model-types.ts';

type Json = Record<string, unknown>;

const ja = (translation: string) => [{ language: 'ja-JP', translation }];

function choiceOptions(choices: Choice[]) {
  return {
    interface: 'select-dropdown',
    options: { choices: choices.map(({ text, value }) => ({ text, value })) },
    display: 'labels',
    display_options: {
      showAsDot: false,
      choices: choices.map(({ text, value, color }) => ({ text, value, ...(color ? { foreground: '#FFFFFF', background: color } : {}) })),
    },
  };
}

function validation(def: FieldDef): Json {
  const rules: Json[] = [];
  if (def.pattern) rules.push({ [def.field]: { _regex: def.pattern } });
  if (def.min !== undefined) rules.push({ [def.field]: { _gte: def.min } });
  if (def.max !== undefined) rules.push({ [def.field]: { _lte: def.max } });
  if (rules.length === 0) return { validation: null, validation_message: null };
  const message = [
    def.pattern ? `${def.label}の形式が正しくありません` : null,
    def.min !== undefined || def.max !== undefined ? `${def.label}は${def.min ?? ''}〜${def.max ?? ''}の範囲で入力してください` : null,
  ].filter(Boolean);
  return { validation: { _and: rules }, validation_message: message.join('。') };
}

function defaultInterface(def: FieldDef): Json {
  if (def.choices) return choiceOptions(def.choices);
  if (def.interface) return { interface: def.interface, options: def.interface === 'input-code' ? { language: 'JSON' } : null };
  if (def.m2o) return { interface: 'select-dropdown-m2o', options: { template: def.m2o.template }, display: 'related-values', display_options: { template: def.m2o.template } };
  if (def.file) return { interface: 'file-image', display: 'image' };
  switch (def.type) {
    case 'boolean':
      return { interface: 'boolean', display: 'boolean' };
    case 'date':
    case 'timestamp':
      return { interface: 'datetime', display: 'datetime', display_options: def.type === 'date' ? { format: 'long' } : { format: 'short' } };
    case 'text':
      return { interface: 'input-multiline' };
    case 'bigInteger':
    case 'integer':
    case 'float':
    case 'decimal':
      return {
        interface: 'input',
        options: def.min !== undefined || def.max !== undefined ? { min: def.min, max: def.max } : null,
        display: 'formatted-value',
        display_options: { format: true },
      };
    default:
      return { interface: 'input' };
  }
}

export function fieldPayload(def: FieldDef): Json {
  const ui = defaultInterface(def);
  const special = def.special ?? (def.m2o || def.file ? null : def.type === 'json' ? ['cast-json'] : def.type === 'boolean' ? ['cast-boolean'] : null);
  const meta: Json = {
    interface: null,
    options: null,
    display: null,
    display_options: null,
    ...ui,
    special: def.file ? ['file'] : special,
    translations: ja(def.label),
    note: def.note ?? null,
    required: def.required ?? false,
    readonly: def.readonly ?? false,
    hidden: def.hidden ?? false,
    width: def.width ?? 'full',
    ...validation(def),
  };
  const schema: Json = {
    is_nullable: !def.required && !def.primary,
    is_unique: def.unique ?? false,
    // Foreign keys are always looked up; SQLite and PostgreSQL do not index them by themselves.
    is_indexed: def.indexed ?? Boolean(def.m2o),
  };
  if (def.default !== undefined) schema['default_value'] = def.default;
  if (def.maxLength !== undefined) schema['max_length'] = def.maxLength;
  if (def.type === 'decimal') Object.assign(schema, { numeric_precision: def.precision ?? 10, numeric_scale: def.scale ?? 2 });
  if (def.primary) Object.assign(schema, { is_primary_key: true, has_auto_increment: def.type === 'integer', is_nullable: false });
  return { field: def.field, type: def.type, meta, schema };
}

// An alias with no relation is a presentation field: an interface (a button, a notice) shown in the item form.
const isPresentation = (def: FieldDef): boolean => def.type === 'alias' && !def.o2m && !def.m2m && !def.files;

function aliasPayload(def: FieldDef): Json {
  const special = def.o2m ? ['o2m'] : def.files ? ['files'] : isPresentation(def) ? ['alias', 'no-data'] : ['m2m'];
  const iface = def.o2m ? 'list-o2m' : def.files ? 'files' : isPresentation(def) ? (def.interface ?? null) : 'list-m2m';
  const template = def.m2m?.template;
  return {
    field: def.field,
    type: 'alias',
    meta: {
      special,
      interface: iface,
      options: template ? { template } : null,
      display: def.o2m ? 'related-values' : template ? 'related-values' : null,
      display_options: template ? { template } : null,
      translations: ja(def.label),
      note: def.note ?? null,
      width: def.width ?? 'full',
      hidden: false,
      readonly: false,
      required: false,
    },
    schema: null,
  };
}

export interface DirectusPlan {
  collections: Json[];
  aliasFields: { collection: string; payload: Json }[];
  relations: Json[];
}

/** Collections (with their plain fields), then alias fields and relations, in an order Directus accepts. */
export function planSchema(model: CollectionDef[]): DirectusPlan {
  const plan: DirectusPlan = { collections: [], aliasFields: [], relations: [] };
  const o2mAliases = new Map<string, string>();
  for (const col of model) for (const f of col.fields) if (f.o2m) o2mAliases.set(`${f.o2m.collection}.${f.o2m.field}`, `${col.collection}.${f.field}`);

  for (const col of model) {
    const primary: FieldDef = col.primary
      ? { ...col.primary, primary: true, required: true, width: 'half' }
      : { field: 'id', type: 'integer', primary: true, label: 'ID', hidden: true, readonly: true };
    const plain = col.fields.filter((f) => f.type !== 'alias' && !f.primary);
    plan.collections.push({
      collection: col.collection,
      meta: {
        icon: col.icon,
        note: col.note ?? null,
        display_template: col.template ?? null,
        hidden: col.hidden ?? false,
        sort: col.sort,
        translations: [{ language: 'ja-JP', translation: col.label, singular: col.singular, plural: col.label }],
        accountability: 'all',
        archive_app_filter: true,
      },
      schema: {},
      fields: [fieldPayload(primary), ...plain.map(fieldPayload)],
    });
    for (const f of col.fields) {
      if (f.m2o) {
        const alias = o2mAliases.get(`${col.collection}.${f.field}`);
        plan.relations.push({
          collection: col.collection,
          field: f.field,
          related_collection: f.m2o.collection,
          schema: { on_delete: f.m2o.onDelete },
          meta: { one_field: alias ? alias.split('.')[1] : null, one_deselect_action: f.m2o.onDelete === 'CASCADE' ? 'delete' : 'nullify' },
        });
      }
      if (f.file) {
        plan.relations.push({ collection: col.collection, field: f.field, related_collection: 'directus_files', schema: { on_delete: 'SET NULL' }, meta: { one_deselect_action: 'nullify' } });
      }
      if (f.o2m || isPresentation(f)) plan.aliasFields.push({ collection: col.collection, payload: aliasPayload(f) });
      if (f.m2m || f.files) {
        const junction = f.m2m?.junction ?? f.files!.junction;
        const related = f.m2m?.related ?? 'directus_files';
        const relatedKeyType = related.startsWith('directus_') ? 'uuid' : 'integer';
        const here = `${col.collection}_id`;
        const there = `${related}_id`;
        plan.collections.push({
          collection: junction,
          meta: { hidden: true, icon: 'import_export', translations: [{ language: 'ja-JP', translation: `${col.label}・${f.label}`, singular: f.label, plural: f.label }] },
          schema: {},
          fields: [
            fieldPayload({ field: 'id', type: 'integer', primary: true, label: 'ID', hidden: true }),
            { field: here, type: 'integer', meta: { hidden: true }, schema: { is_nullable: true, is_indexed: true } },
            { field: there, type: relatedKeyType, meta: { hidden: true }, schema: { is_nullable: true, is_indexed: true } },
          ],
        });
        plan.aliasFields.push({ collection: col.collection, payload: aliasPayload(f) });
        plan.relations.push(
          {
            collection: junction,
            field: here,
            related_collection: col.collection,
            schema: { on_delete: 'CASCADE' },
            meta: { one_field: f.field, junction_field: there, one_deselect_action: 'delete' },
          },
          {
            collection: junction,
            field: there,
            related_collection: related,
            schema: { on_delete: 'CASCADE' },
            meta: { one_field: null, junction_field: here, one_deselect_action: 'nullify' },
          },
        );
      }
    }
  }
  return plan;
}
