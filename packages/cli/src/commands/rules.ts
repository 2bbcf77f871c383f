import { rules, SEVERITY_WORDS } from '@arende/core';
import { EXIT_OK, type Command } from '../io.js';

/** `arende regler`: the rule ids users can configure, with their default severity. */
export const listRules: Command = async (_args, io) => {
  const width = Math.max(...rules.map((r) => r.id.length));
  for (const r of rules) {
    io.stdout(`${r.id.padEnd(width)}  ${SEVERITY_WORDS[r.severity].one.padEnd(7)}  ${r.summary}${r.lagrum ? ` (${r.lagrum})` : ''}\n`);
  }
  return EXIT_OK;
};
