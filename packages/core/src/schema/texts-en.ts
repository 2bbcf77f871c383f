/**
 * The English of the schemas' titles and descriptions, for the hover and completion of an editor set to
 * English (`arende.language: en`). The schemas carry it beside the Swedish, as `x-title-en` and
 * `x-description-en` (ajv keywords: the validators compile them in); this looks a Swedish text up in them.
 * A test lists every title and description without English. Built on the first English question only.
 */
import common from '../../schemas/common.schema.json';
import utkast from '../../schemas/utkast.schema.json';
import { KINDS } from '../kinds/index.js';

let table: Map<string, string> | undefined;

/** Every Swedish title and description in `node` with its English beside it. */
function collect(node: unknown, out: Map<string, string>): void {
  if (Array.isArray(node)) {
    for (const item of node) collect(item, out);
    return;
  }
  if (!node || typeof node !== 'object') return;
  const n = node as Record<string, unknown>;
  for (const key of ['title', 'description'] as const) {
    const sv = n[key];
    const en = n[`x-${key}-en`];
    if (typeof sv === 'string' && typeof en === 'string') out.set(sv, en);
  }
  for (const [key, value] of Object.entries(n)) if (key !== 'examples' && key !== 'enum' && key !== 'const') collect(value, out);
}

/** The English of a Swedish title or description in the schemas; undefined when it has none. */
export function schemaTextEn(sv: string): string | undefined {
  if (!table) {
    table = new Map();
    for (const schema of [common, utkast, ...KINDS.map((k) => k.schema)]) collect(schema, table);
  }
  return table.get(sv);
}
