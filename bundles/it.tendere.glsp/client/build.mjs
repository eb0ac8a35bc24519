// SPDX-License-Identifier: EPL-2.0
// Bundles the client into the bundle's classes, where the server finds it:
// it/tendere/glsp/client/{index.html, app.js, app.css}; run in target/client, a copy of client/.
import { build } from 'esbuild';
import { copyFileSync, mkdirSync } from 'node:fs';

const out = '../classes/it/tendere/glsp/client';
mkdirSync(out, { recursive: true });
await build({
    entryPoints: ['src/app.ts'],
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2020',
    platform: 'browser',
    outfile: `${out}/app.js`,
    loader: { '.ttf': 'file', '.woff': 'file', '.woff2': 'file', '.svg': 'file' },
    logLevel: 'warning'
});
copyFileSync('src/index.html', `${out}/index.html`);
