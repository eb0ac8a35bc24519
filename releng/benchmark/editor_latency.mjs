// SPDX-License-Identifier: EPL-2.0
// The diagram editor's latency as an analyst feels it: from the gesture in the
// browser to the text written in the file and the box drawn (or gone) in the page.
// 100 gestures after 10 of warm-up: a role created from the palette, then undone
// (Ctrl+Z), alternately, so the file ends as it began. Run `tendere edit MODEL` first;
// the build installs playwright-core in releng/it.tendere.cli.jar/target/e2e, where the
// script must run from (Node resolves packages from the script's folder):
//   cp releng/benchmark/editor_latency.mjs releng/it.tendere.cli.jar/target/e2e/
//   node releng/it.tendere.cli.jar/target/e2e/editor_latency.mjs ADDRESS MODEL
import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';

const [address, file, count = '100'] = process.argv.slice(2);
const text = () => readFileSync(file, 'utf8');
const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
        '--disable-component-update', '--disable-sync']
});
const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
await page.goto(address);
await page.waitForSelector('g[id="sprotty_Role:tutor"]');
const original = text();

async function timed(gesture, done) {
    const start = performance.now();
    await gesture();
    while (!(await done())) {
        await new Promise(r => setTimeout(r, 2));
    }
    return performance.now() - start;
}

const create = () => timed(async () => {
    await page.getByText('Ruolo', { exact: true }).click();
    await page.mouse.click(900, 700);
}, async () => text().includes('ruolo ruolo1 ') && (await page.$('g[id="sprotty_Role:ruolo1"]')) !== null);
const undo = () => timed(async () => {
    await page.keyboard.press('Control+z');
}, async () => text() === original && (await page.$('g[id="sprotty_Role:ruolo1"]')) === null);

const times = [];
for (let i = 0; i < 10 + Number(count); i++) {
    const t = i % 2 === 0 ? await create() : await undo();
    if (i >= 10) times.push(t);
}
await browser.close();
times.sort((a, b) => a - b);
const at = q => times[Math.min(times.length - 1, Math.floor(q * times.length))].toFixed(0);
console.log(`gestures ${times.length}: p50 ${at(0.5)} ms, p95 ${at(0.95)} ms, max ${at(1)} ms`);
