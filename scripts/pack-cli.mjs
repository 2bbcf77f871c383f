// `pnpm pack:cli`: one tarball in dist/ that `npm install -g dist/arende-<version>.tgz` turns into a working
// `arende` on any machine with Node ≥ 20. The package holds the esbuild bundle (every dependency inside it,
// so the install fetches nothing), the statute texts and the launcher: no dependencies, no install scripts.
// Its package.json is written here from packages/cli/package.json (the workspace's own names the
// workspace-only @arende/* packages, which no registry has). Not published: `npm publish dist/<file>.tgz`
// would do it.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const cli = path.join(root, 'packages/cli');
const out = path.join(root, 'dist');

// A fresh bundle, so the tarball never carries a stale build.
execFileSync(process.execPath, [path.join(root, 'scripts/build.mjs')], { stdio: 'inherit' });

const source = JSON.parse(readFileSync(path.join(cli, 'package.json'), 'utf8'));
const rootPkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
const manifest = {
  name: source.publishName,
  version: source.version,
  description: source.description,
  keywords: ['kommun', 'nämnd', 'politikerinitiativ', 'medborgarförslag', 'lagrum', 'docx', 'markdown'],
  license: source.license,
  repository: { ...source.repository },
  type: 'module',
  bin: { arende: 'bin/arende.js' },
  files: ['bin/', 'dist/', 'README.md'],
  engines: rootPkg.engines,
};
for (const key of ['name', 'version', 'license', 'repository', 'engines']) {
  if (!manifest[key]) throw new Error(`pack-cli: packages/cli/package.json (or the root's) lacks '${key === 'name' ? 'publishName' : key}'`);
}

const stage = mkdtempSync(path.join(os.tmpdir(), 'arende-pack-'));
try {
  cpSync(path.join(cli, 'bin'), path.join(stage, 'bin'), { recursive: true });
  cpSync(path.join(cli, 'dist'), path.join(stage, 'dist'), { recursive: true });
  cpSync(path.join(cli, 'npm/README.md'), path.join(stage, 'README.md'));
  writeFileSync(path.join(stage, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  mkdirSync(out, { recursive: true });
  const file = `${manifest.name.replace(/^@/, '').replace('/', '-')}-${manifest.version}.tgz`;
  rmSync(path.join(out, file), { force: true });
  // --ignore-scripts: the staged package has none, and the user's npm config must not add any.
  execFileSync('npm', ['pack', '--loglevel=error', '--ignore-scripts', '--pack-destination', out], { cwd: stage, stdio: ['ignore', 'ignore', 'inherit'] });
  const size = statSync(path.join(out, file)).size;
  console.log(`pack-cli: dist/${file} (${(size / 1024).toFixed(0)} kB). Installera med: npm install -g ./dist/${file}`);
} finally {
  rmSync(stage, { recursive: true, force: true });
}
