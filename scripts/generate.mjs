// `pnpm generate`: regenerates every generated file in the repository, in dependency order. Each
// generator also has a test that fails when its output is stale, so run this after editing a kind,
// a schema, a template, a rule or the statute data, and commit what it changes.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));

/** [what it writes, script, needs TypeScript]. */
const GENERATORS = [
  ['packages/core/src/templates.generated.ts (from templates/*.md)', 'scripts/gen-templates.mjs', false],
  ['packages/core/schemas/utkast.schema.json (from the table of kinds)', 'packages/core/scripts/gen-schemas.ts', true],
  ['packages/core/src/schema/validators.generated.{js,d.ts} (from the schemas)', 'packages/core/scripts/gen-validators.ts', true],
  ['packages/core/docs/rules.md (from the rules)', 'packages/core/scripts/rule-docs.ts', true],
  ['packages/core/schemas/arende.config.schema.json (from the rules and the rule settings)', 'packages/core/scripts/gen-config-schema.ts', true],
];

for (const [what, script, ts] of GENERATORS) {
  const args = ts ? ['--import', 'tsx', script] : [script];
  const result = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`generate: ${script} misslyckades (${what}).`);
    process.exit(1);
  }
}

// The statute registry is built from Riksdagen's data, which is not in the repository: only when the
// data is at hand (ARENDE_LAGAR_DIR), see packages/lagrum/README.md.
const lagar = process.env.ARENDE_LAGAR_DIR;
if (lagar && existsSync(lagar)) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'packages/lagrum/scripts/build-registry.ts', lagar], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(1);
} else {
  console.log('generate: lagregistret byggs inte om (sätt ARENDE_LAGAR_DIR till lagdatan för att bygga om det).');
}
