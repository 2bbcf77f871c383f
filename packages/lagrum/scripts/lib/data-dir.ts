/**
 * Where the maintainers' source data lives. The statute data (Riksdagen's consolidated text as JSON, plus the
 * selex Markdown files) and the peer test suite (ferenda's legalref cases) are not part of this repository:
 * they are large, and their licences are not ours to re-publish. A maintainer keeps them in a folder beside the
 * clone, as `<folder>/data/lagar` and `<folder>/data/ferenda-legalref`, or points at them with an environment
 * variable. Users never need them: the registry built from them is committed.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';

/**
 * `env` when set; otherwise the first `<sibling>/data/<name>` beside `repoRoot` that exists (siblings in name
 * order, so the answer does not depend on the file system's listing order); `undefined` when there is none.
 */
export function findDataDir(repoRoot: string, name: string, env: string | undefined): string | undefined {
  if (env) return path.resolve(env);
  const parent = path.dirname(repoRoot);
  let siblings: string[];
  try {
    siblings = readdirSync(parent, { withFileTypes: true })
      .filter((e) => e.isDirectory() && path.join(parent, e.name) !== repoRoot)
      .map((e) => e.name)
      .sort();
  } catch {
    return undefined;
  }
  for (const sibling of siblings) {
    const candidate = path.join(parent, sibling, 'data', name);
    if (existsSync(candidate)) return candidate;
  }
  return undefined;
}
