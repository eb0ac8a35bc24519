// SPDX-License-Identifier: EPL-2.0
// The diagram editor's latency as an analyst feels it: from the gesture in the
// browser to the text written in the file and the box drawn (or gone) in the page.
// 100 gestures after 10 of warm-up, alternately a box created from the palette and undone
// (Ctrl+Z), so the file ends as it began: on the organisation (VIEW `organizzazione`, the
// default) a role; on the map of process P1 (VIEW `processo`) a phase put first in the
// Comune's lane. Run `tendere edit MODEL` first;
// the build installs playwright-core and the tests' editor.mjs in releng/it.tendere.cli.jar/target/e2e,
// where the script must run from (Node resolves packages from the script's folder):
//   cp releng/benchmark/editor_latency.mjs releng/it.tendere.cli.jar/target/e2e/
//   node releng/it.tendere.cli.jar/target/e2e/editor_latency.mjs ADDRESS MODEL [COUNT] [VIEW]
// A model of 100 processes (8 phases each, the rest Formazione's), as benchmark.py makes it:
//   python3 -c 'import sys; sys.path.insert(0, "releng/benchmark"); import benchmark;
//     print(benchmark.synthetic_model(100), end="")' > cento.tendere
import { launch, reader, tool as paletteEntry } from './editor.mjs';

const [address, file, count = '100', view = 'organizzazione'] = process.argv.slice(2);
const onProcess = view === 'processo';
const text = reader(file);
const browser = await launch();
const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
await page.goto(onProcess ? `${address}&diagramma=tendere-processo&processo=Process:P1` : address);
await page.waitForSelector(onProcess ? 'g[id="sprotty_corsia:comune#0"]' : 'g[id="sprotty_Role:tutor"]');
const tool = name => paletteEntry(page, name);
const lane = onProcess ? await page.locator('g[id="sprotty_corsia:comune#0"]').first().boundingBox() : null;
const created = onProcess ? 'g[id="sprotty_Phase:P1/fase1"]' : 'g[id="sprotty_Role:ruolo1"]';
const written = onProcess ? 'fase fase1 ' : 'ruolo ruolo1 ';
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
    if (onProcess) {
        await tool('Fase \\(nella corsia dove la si mette\\)').click();
        // before the first phase, so that the new one is drawn where the page shows (boxes out of view are not drawn)
        await page.mouse.click(lane.x + 100, lane.y + lane.height / 2);
    } else {
        await tool('Ruolo').click();
        await page.mouse.click(900, 700);
    }
}, async () => text().includes(written) && (await page.$(created)) !== null);
const undo = () => timed(async () => {
    await page.keyboard.press('Control+z');
}, async () => text() === original && (await page.$(created)) === null);

const times = [];
for (let i = 0; i < 10 + Number(count); i++) {
    const t = i % 2 === 0 ? await create() : await undo();
    if (i >= 10) times.push(t);
}
await browser.close();
times.sort((a, b) => a - b);
const at = q => times[Math.min(times.length - 1, Math.floor(q * times.length))].toFixed(0);
console.log(`gestures ${times.length}: p50 ${at(0.5)} ms, p95 ${at(0.95)} ms, max ${at(1)} ms`);
