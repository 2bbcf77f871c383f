// Builds the citizens' page into web/dist/: index.html, app.js (core and docx bundled for the browser),
// app.css and sw.js (a service worker that keeps the page working offline after the first visit), and
// arende.html: the same page as one self-contained file (script and styles inline) to send or host alone.
// `pnpm web:build`; the tests and the bench call buildWeb().
import { build, type Metafile, type Plugin } from 'esbuild';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
export const DIST = path.join(here, 'dist');

/**
 * The page bundles the packages' main entries, which import nothing from Node (what needs the file system
 * is in @arende/core/node and @arende/docx/node; lagrum reads its provision texts through `#read-texts`,
 * which is a no-op under esbuild's "browser" condition). One exception with a real implementation:
 * the zip writer's raw DEFLATE (`node:zlib`) comes from fflate. Any other `node:` import is a build
 * error naming the module that made it, so a Node-only import never reaches the page unnoticed.
 */
const browserBuiltins: Plugin = {
  name: 'arende-browser-builtins',
  setup(b) {
    b.onResolve({ filter: /^node:zlib$/ }, () => ({ path: path.join(here, 'src/shims/zlib.ts') }));
    b.onResolve({ filter: /^node:/ }, (args) => ({
      errors: [
        {
          text: `${args.path} finns inte i webbläsaren: ${path.relative(path.dirname(here), args.importer)} ska inte nås från sidan (flytta det till en /node-ingång)`,
        },
      ],
    }));
  },
};

/**
 * The page is Swedish only: the English titles and descriptions the schemas carry for the editor
 * (`x-title-en`, `x-description-en`) are left out of the JSON it bundles, and out of the copies of the
 * schemas that the generated validators hold (27 KB; JSON there too, so each is one "key":"string" pair).
 */
const swedishSchemas: Plugin = {
  name: 'arende-swedish-schemas',
  setup(b) {
    b.onLoad({ filter: /\.schema\.json$/ }, (args) => ({
      contents: JSON.stringify(JSON.parse(readFileSync(args.path, 'utf8'), (key, value) => (/^x-[\w-]+-en$/.test(key) ? undefined : value))),
      loader: 'json',
    }));
    b.onLoad({ filter: /validators\.generated\.js$/ }, (args) => {
      const pair = String.raw`"x-[\w-]+-en":"(?:[^"\\]|\\.)*"`;
      const contents = readFileSync(args.path, 'utf8')
        .replace(new RegExp(`,${pair}`, 'g'), '')
        .replace(new RegExp(`${pair},?`, 'g'), '');
      if (/x-[\w-]+-en/.test(contents)) throw new Error('validators.generated.js har engelska texter som webbsidans bygge inte kunde ta bort');
      return { contents, loader: 'js' };
    });
  },
};

function hash(...parts: Uint8Array[]): string {
  const h = createHash('sha256');
  for (const p of parts) h.update(p);
  return h.digest('hex').slice(0, 12);
}

function sha256(text: string): string {
  return `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
}

/**
 * index.html with app.js and app.css inline: one file that works opened from disk, sent by e-mail or put
 * on any web host. Its CSP allows exactly that script and that style (by their hashes) and nothing else:
 * no other script, style, font, frame, connection or form target. The page uses the system's fonts, so
 * there is no font to embed. A "</script" or "</style" inside the code would end the element early;
 * "<\/" means the same in a JavaScript string or regular expression, and CSS has no such text.
 */
export function singleFile(indexHtml: string, js: string, css: string): string {
  const script = js.replace(/<\/(script)/gi, '<\\/$1');
  if (/<\/style/i.test(css)) throw new Error('app.css innehåller "</style" och kan inte läggas in i arende.html');
  const csp = [
    "default-src 'none'",
    `script-src ${sha256(script)}`,
    `style-src ${sha256(css)}`,
    'img-src data: blob:',
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  const out = indexHtml
    .replace(/<meta http-equiv="Content-Security-Policy" content="[^"]*">/, () => `<meta http-equiv="Content-Security-Policy" content="${csp}">`)
    .replace(/<link rel="stylesheet" href="app\.css">/, () => `<style>${css}</style>`)
    .replace(/<script defer src="app\.js"><\/script>\n/, '')
    .replace(/<\/body>/, () => `<script>${script}</script>\n</body>`);
  if (out.includes('src="app.js"') || out.includes('href="app.css"') || !out.includes(csp))
    throw new Error('web/src/index.html har inte den form arende.html byggs från');
  return out;
}

/** Builds web/dist/; returns the files written and their sizes in bytes. */
export interface WebBuild {
  outdir: string;
  version: string;
  /** Bytes per file a first visit loads. */
  sizes: Record<string, number>;
  /** Bytes per file loaded only once the writer types: the speller and the dictionary. */
  lazySizes: Record<string, number>;
  /** Bytes of app.js by where they come from (a package, or a workspace folder), largest first. */
  inputs: [string, number][];
}

/** app.js's bytes grouped by package (node_modules) or workspace package, for the bench. */
function bundleInputs(meta: Metafile): [string, number][] {
  const out = new Map<string, number>();
  for (const [file, info] of Object.entries(meta.outputs)) {
    if (!file.endsWith('app.js')) continue;
    for (const [input, { bytesInOutput }] of Object.entries(info.inputs)) {
      const pkg =
        /node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)/.exec(input)?.[1] ?? /^(packages\/[^/]+|web)\//.exec(input)?.[1] ?? input;
      out.set(pkg, (out.get(pkg) ?? 0) + bytesInOutput);
    }
  }
  return [...out].sort((a, b) => b[1] - a[1]);
}

export async function buildWeb({ outdir = DIST, minify = true }: { outdir?: string; minify?: boolean } = {}): Promise<WebBuild> {
  rmSync(outdir, { recursive: true, force: true });
  mkdirSync(outdir, { recursive: true });
  const result = await build({
    entryPoints: { app: path.join(here, 'src/main.ts'), 'app-style': path.join(here, 'src/style.css') },
    outdir,
    bundle: true,
    platform: 'browser',
    // A classic script (not a module): it also runs when index.html is opened as a file, where
    // Chromium refuses module scripts.
    format: 'iife',
    target: ['chrome100', 'firefox100', 'safari15'],
    minify,
    sourcemap: false,
    legalComments: 'none',
    plugins: [browserBuiltins, swedishSchemas],
    write: false,
    metafile: true,
    logLevel: 'warning',
  });
  const files: Record<string, Uint8Array> = {};
  for (const f of result.outputFiles) {
    const name = path.basename(f.path).replace(/^app-style\.css$/, 'app.css');
    files[name] = f.contents;
  }
  files['index.html'] = readFileSync(path.join(here, 'src/index.html'));
  const version = hash(
    ...Object.keys(files)
      .sort()
      .map((k) => files[k]!),
  );
  const cached = ['./', 'index.html', 'app.js', 'app.css'];
  files['sw.js'] = Buffer.from(readFileSync(path.join(here, 'src/sw.js'), 'utf8').replace('__VERSION__', version).replace('__FILES__', JSON.stringify(cached)));
  files['arende.html'] = Buffer.from(
    singleFile(Buffer.from(files['index.html']!).toString(), Buffer.from(files['app.js']!).toString(), Buffer.from(files['app.css']!).toString()),
  );
  // Loaded only after the writer starts typing, and not kept offline by sw.js (see src/klarsprak.ts):
  // the speller (hunspell-asm, the browser build) and the Swedish dictionary (LGPL-3.0, its own files).
  const speller = await build({
    entryPoints: [path.join(here, 'src/speller-entry.ts')],
    bundle: true,
    // The CommonJS build: the ES one calls a namespace import of nanoid, which esbuild cannot make work.
    mainFields: ['main'],
    platform: 'browser',
    format: 'iife',
    target: ['chrome100', 'firefox100', 'safari15'],
    minify,
    legalComments: 'inline',
    plugins: [browserBuiltins, swedishSchemas],
    write: false,
    logLevel: 'warning',
  });
  const lazy: Record<string, Uint8Array> = {};
  lazy['speller.js'] = speller.outputFiles[0]!.contents;
  const coreRequire = createRequire(path.join(here, '../packages/core/package.json'));
  const dictionaryDir = path.dirname(coreRequire.resolve('dictionary-sv'));
  mkdirSync(path.join(outdir, 'ordbok'), { recursive: true });
  lazy['ordbok/sv_SE.aff'] = readFileSync(path.join(dictionaryDir, 'index.aff'));
  lazy['ordbok/sv_SE.dic'] = readFileSync(path.join(dictionaryDir, 'index.dic'));
  lazy['ordbok/LICENSE'] = readFileSync(path.join(dictionaryDir, 'license'));
  const lazySizes: Record<string, number> = {};
  for (const [name, bytes] of Object.entries(lazy)) {
    writeFileSync(path.join(outdir, name), bytes);
    lazySizes[name] = bytes.length;
  }
  const sizes: Record<string, number> = {};
  for (const [name, bytes] of Object.entries(files)) {
    writeFileSync(path.join(outdir, name), bytes);
    sizes[name] = bytes.length;
  }
  return { outdir, version, sizes, lazySizes, inputs: bundleInputs(result.metafile) };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { sizes } = await buildWeb();
  const total = Object.values(sizes).reduce((a, b) => a + b, 0);
  console.log(
    `web: ${path.relative(process.cwd(), DIST) || DIST}/ (${Object.entries(sizes)
      .map(([n, s]) => `${n} ${(s / 1024).toFixed(0)} KB`)
      .join(', ')}; ${(total / 1024).toFixed(0)} KB i allt)`,
  );
}
