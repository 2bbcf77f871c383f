// `pnpm web`: builds the page and serves web/dist/ on http://127.0.0.1:8080 (or the next free port).
// Only your own browser talks to it; the page itself sends nothing anywhere.
import { context } from 'esbuild';
import { buildWeb, DIST } from './build.js';

await buildWeb();
const ctx = await context({});
const port = Number(process.env.PORT ?? 8080);
const { port: actual } = await ctx.serve({ servedir: DIST, host: '127.0.0.1', port });
console.log(`Öppna http://127.0.0.1:${actual}/ i webbläsaren. Avsluta med Ctrl+C.`);
