/**
 * One problem for a misspelt key. `avsandare:` gives two: the unknown key (a warning, with the rename)
 * and the missing `avsändare` (an error, with its lagrum) at the header's end. `arende check` lists both
 * (each rule keeps its id and severity for CI and arende.config.json); an editor shows one, at the
 * misspelt key: the rename, with the error's severity and what the missing key rests on.
 */
import type { Diagnostic, Severity } from '../diagnostic.js';

const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

export function mergeMisspeltKeys(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  const renames = diagnostics.filter((d) => d.ruleId === 'frontmatter-unknown-key' && d.expected?.length === 1);
  if (renames.length === 0) return [...diagnostics];
  const absorbed = new Set<Diagnostic>();
  const merged = new Map<Diagnostic, Diagnostic>();
  for (const rename of renames) {
    const key = rename.expected![0]!;
    // The missing key's message names it in quotes: "Nyckeln 'avsändare' saknas …".
    const missing = diagnostics.find((d) => d.ruleId === 'frontmatter-required' && !absorbed.has(d) && d.message.includes(`'${key}'`));
    if (!missing) continue;
    absorbed.add(missing);
    merged.set(rename, {
      ...rename,
      severity: RANK[missing.severity] > RANK[rename.severity] ? missing.severity : rename.severity,
      message: `${rename.message} ${firstSentences(missing.message, /\s*Lägg till\b.*$/s)}`,
      messageEn: rename.messageEn && missing.messageEn ? `${rename.messageEn} ${firstSentences(missing.messageEn, /\s*Add\b.*$/s)}` : rename.messageEn,
      lagrum: missing.lagrum,
      basis: missing.basis,
      basisEn: missing.basisEn,
    });
  }
  return diagnostics.filter((d) => !absorbed.has(d)).map((d) => merged.get(d) ?? d);
}

/** The message without its "add the key" advice (the rename is the advice here). */
function firstSentences(message: string, advice: RegExp): string {
  return message.replace(advice, '');
}
