/**
 * Generates packages/core/docs/rules.md from the rule registry, so that the documentation users
 * read is the documentation the code carries. A test fails when the file is stale.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { SEVERITY_WORDS } from '../src/diagnostic.js';
import { fixedExample } from '../src/rule-examples.js';
import { rules } from '../src/rules/index.js';

export function rulesMarkdown(): string {
  const out: string[] = [
    '# Regler',
    '',
    '<!-- Genereras av packages/core/scripts/rule-docs.ts från reglernas definitioner. Redigera inte för hand. -->',
    '',
    'Varje problem som ärende hittar har ett regel-id. Så ändrar du en regels allvarlighetsgrad eller stänger av den:',
    '',
    '- **För hela arbetsytan**: filen `arende.config.json` i arbetsytans rot (eller en mapp ovanför utkasten):',
    '',
    '  ```json',
    '  { "regler": { "frontmatter-unknown-key": "fel", "title-mismatch": "av" } }',
    '  ```',
    '',
    '  Värden: `fel`, `varning`, `info`, `av` (eller `error`, `warning`, `info`, `off`).',
    '- **På ett ställe i texten**: en HTML-kommentar, som inte syns i den exporterade handlingen.',
    '  `<!-- arende-disable-next-line regel-id -->` gäller nästa rad; `<!-- arende-disable regel-id -->` …',
    '  `<!-- arende-enable regel-id -->` gäller det som står emellan. Utan regel-id gäller det alla regler.',
    '- **I huvudet**: en YAML-kommentar i slutet av raden, `# arende-disable-line regel-id`, eller på raden före,',
    '  `# arende-disable-next-line regel-id`.',
    '- **I hela filen**: `<!-- arende-disable regel-id -->` som första rad efter huvudet (utan `arende-enable` efter)',
    '  gäller hela filen, huvudet också. Snabbåtgärderna **Ignorera här** och **Ignorera i filen** i VS Code skriver',
    '  kommentarerna.',
    '',
    '| regel | standard | vad | rättas av --fix |',
    '|---|---|---|---|',
    ...rules.map((r) => `| [\`${r.id}\`](#${r.id}) | ${SEVERITY_WORDS[r.severity].one} | ${r.summary} | ${fixedExample(r) === undefined ? '' : 'ja'} |`),
    '',
  ];
  for (const r of rules) {
    out.push(`## ${r.id}`, '', `**${r.summary}** Standard: ${SEVERITY_WORDS[r.severity].one}.${r.lagrum ? ` Lagrum: ${r.lagrum}.` : ''}`, '');
    out.push(
      r.docs.what,
      '',
      `*Varför:* ${r.docs.why}`,
      '',
      'Fel:',
      '',
      '```markdown',
      r.docs.bad,
      '```',
      '',
      'Rätt:',
      '',
      '```markdown',
      r.docs.good,
      '```',
      '',
    );
    const fixed = fixedExample(r);
    if (fixed !== undefined) out.push('Efter `arende check --fix` (exemplet ovan, rättat):', '', '```markdown', fixed, '```', '');
  }
  return out.join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(new URL('../docs/rules.md', import.meta.url), rulesMarkdown());
  console.log('rule-docs: packages/core/docs/rules.md');
}
