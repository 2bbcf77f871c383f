import { run } from '../src/main.js';
import type { CliIo } from '../src/io.js';

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in process with captured output. */
export async function arende(args: string[], cwd: string, today = '2026-11-23'): Promise<RunResult> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = { cwd, stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), today: () => today, color: false };
  const code = await run(args, io);
  return { code, stdout, stderr };
}

/** A politikerinitiativ with a valid personnummer in its text (en dash), for the guard and config tests. */
export const DRAFT_WITH_PERSONNUMMER = `---
typ: politikerinitiativ
rubrik: Prov
datum: 2026-03-02
mottagare: Socialnämnden
avsändare:
  - namn: Kim Prov
    parti: X
lagrum:
  - 4 kap. 20 § KL
---

Brukaren 811218–9876 fick avslag.

## Förslag

- att pröva
`;
