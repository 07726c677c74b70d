export interface Choice {
  value: string | number;
  text: string;
  color?: string;
}

export interface FieldDef {
  field: string;
  type: 'string' | 'text' | 'integer' | 'bigInteger' | 'float' | 'decimal' | 'boolean' | 'date' | 'timestamp' | 'json' | 'uuid' | 'alias';
  label: string;
  note?: string;
  primary?: boolean;
  required?: boolean;
  unique?: boolean;
  indexed?: boolean;
  readonly?: boolean;
  hidden?: boolean;
  width?: 'full' | 'half' | 'third' | 'quarter';
  default?: string | number | boolean;
  maxLength?: number;
  precision?: number;
  scale?: number;
  min?: number;
  max?: number;
  pattern?: string;
  choices?: Choice[];
  special?: string[];
  interface?: string;
  m2o?: { collection: string; onDelete: 'CASCADE' | 'SET NULL'; template: string };
  o2m?: { collection: string; field: string };
  m2m?: { junction: string; related: string; template: string };
  files?: { junction: string };
  file?: boolean;
}

export interface CollectionDef {
  collection: string;
  label: string;
  singular: string;
  icon: string;
  note?: string;
  template?: string;
  hidden?: boolean;
  sort: number;
  primary?: Omit<FieldDef, 'label'> & { label: string; type: 'string' };
  fields: FieldDef[];
}
