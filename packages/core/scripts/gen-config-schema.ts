/**
 * Writes schemas/arende.config.schema.json, the JSON Schema of arende.config.json, from the rule registry
 * (every rule id, with its summary) and config.ts's table of rule settings (fel, varning, info, av and the
 * English ids), so that it never lists a rule that does not exist nor misses one. Committed; the extension
 * ships it for completion and validation in the editor; a test fails when it is stale.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { RULE_SETTINGS } from '../src/config.js';
import { rules } from '../src/rules/index.js';

export const CONFIG_SCHEMA = new URL('../schemas/arende.config.schema.json', import.meta.url);

export function configSchemaSource(): string {
  const setting = { enum: Object.keys(RULE_SETTINGS) };
  const properties = Object.fromEntries(rules.map((r) => [r.id, { ...setting, description: r.summary, 'x-description-en': r.summaryEn }]));
  const schema = {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title: 'arende.config.json',
    description:
      'Inställningar för ärende: regler som ska ha en annan allvarlighetsgrad eller stängas av, kommunens Word-mall, och om en export ska ha anteckningen om vad som händer sedan.',
    'x-title-en': 'arende.config.json',
    'x-description-en':
      "Settings for ärende: rules that should have another severity or be turned off, the kommun's Word template, and whether an export has the note on what happens next.",
    type: 'object',
    additionalProperties: false,
    properties: {
      $schema: { type: 'string' },
      regler: {
        type: 'object',
        additionalProperties: false,
        properties,
        description: 'Per regel-id: fel, varning, info eller av.',
        'x-description-en': 'Per rule id: error, warning, info or off.',
      },
      rules: {
        type: 'object',
        additionalProperties: false,
        properties,
        description: 'Samma som "regler" (engelska nyckeln).',
        'x-description-en': 'The same as "regler" (the English key).',
      },
      mall: {
        type: 'string',
        minLength: 1,
        description: 'Kommunens Word-mall (.dotx eller .docx), relativt till inställningsfilen.',
        'x-description-en': "The kommun's Word template (.dotx or .docx), relative to the settings file.",
      },
      nästa_steg: {
        type: 'boolean',
        description: 'false: en exporterad handling får ingen anteckning om vad som händer sedan.',
        'x-description-en': 'false: an exported paper gets no note on what happens next.',
      },
      läsbarhet: {
        type: 'object',
        additionalProperties: false,
        description: 'Mål för läsbarheten (reglerna readability-lix och sentence-long).',
        'x-description-en': 'Readability targets (the rules readability-lix and sentence-long).',
        properties: {
          lix: {
            description: 'Högsta LIX per avsnitt: ett tal för alla typer, eller ett tal per typ ("alla" för resten).',
            'x-description-en': 'Highest LIX per section: one number for every kind, or a number per kind ("alla" for the rest).',
            oneOf: [
              { type: 'number', exclusiveMinimum: 0 },
              { type: 'object', additionalProperties: { type: 'number', exclusiveMinimum: 0 } },
            ],
          },
          meningslängd: {
            type: 'integer',
            minimum: 1,
            description: 'Fler ord än så i en mening ger sentence-long (standard 35).',
            'x-description-en': 'More words than this in a sentence give sentence-long (default 35).',
          },
        },
      },
      ordlista: {
        type: 'array',
        items: { type: 'string', minLength: 1 },
        description: 'Ord som stavningskontrollen godtar utöver ordlistan: ortnamn, personnamn, egna termer.',
        'x-description-en': "Words the spelling check accepts besides the dictionary: place names, people's names, the kommun's own terms.",
      },
    },
  };
  return `${JSON.stringify(schema, null, 2)}\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(CONFIG_SCHEMA, configSchemaSource());
  console.log('gen-config-schema: packages/core/schemas/arende.config.schema.json');
}
