/**
 * Writes the parts of schemas/utkast.schema.json that follow from the table of kinds (src/kinds/):
 * the `typ` enum, the description, the keys every kind requires, and one if/then per kind that picks
 * the kind's own schema. Its other properties are edited by hand; a key only some kind has is added
 * from that kind's schema. A test fails when the file is stale.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { KINDS, kindNamesText } from '../src/kinds/index.js';

const UTKAST = new URL('../schemas/utkast.schema.json', import.meta.url);

type Schema = { properties: Record<string, unknown>; required: string[] } & Record<string, unknown>;

export function utkastSchemaSource(current: string = readFileSync(UTKAST, 'utf8')): string {
  const base = JSON.parse(current) as Schema;
  const kinds = KINDS.map((k) => k.schema as Schema);
  const properties: Record<string, unknown> = {
    typ: { $ref: 'common.schema.json#/$defs/typ', enum: KINDS.map((k) => k.name) },
  };
  for (const [key, value] of Object.entries(base.properties)) if (key !== 'typ') properties[key] = value;
  for (const schema of kinds) for (const [key, value] of Object.entries(schema.properties)) if (!(key in properties)) properties[key] = value;
  const required = kinds[0]!.required.filter((key) => kinds.every((s) => s.required.includes(key)));
  const out = {
    $schema: base.$schema,
    title: base.title,
    description: `Huvudet (frontmatter) i ett ärende-utkast. Nyckeln 'typ' avgör vilket av schemana för ${kindNamesText('och')} som gäller.`,
    'x-title-en': 'ärende: draft',
    'x-description-en': `The header (frontmatter) of an ärende draft. The key 'typ' decides which schema applies (one of ${KINDS.map((k) => k.name).join(', ')}).`,
    type: 'object',
    properties,
    required,
    additionalProperties: false,
    allOf: KINDS.map((k) => ({
      if: { properties: { typ: { const: k.name } }, required: ['typ'] },
      // biome-ignore lint/suspicious/noThenProperty: JSON Schema's if/then
      then: { $ref: `${k.ascii}.schema.json` },
    })),
  };
  return `${JSON.stringify(out, null, 2)}\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(UTKAST, utkastSchemaSource());
  console.log('gen-schemas: packages/core/schemas/utkast.schema.json');
}
