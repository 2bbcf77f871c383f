import { rules } from '@arende/core';
import { EXIT_OK, type Command } from '../io.js';

const SEVERITY = { error: 'fel', warning: 'varning', info: 'info' } as const;

/** `arende regler`: the rule ids users can configure, with their default severity. */
export const listRules: Command = async (_args, io) => {
  const width = Math.max(...rules.map((r) => r.id.length));
  for (const r of rules) {
    io.stdout(`${r.id.padEnd(width)}  ${SEVERITY[r.severity].padEnd(7)}  ${r.summary}${r.lagrum ? ` (${r.lagrum})` : ''}\n`);
  }
  return EXIT_OK;
};
