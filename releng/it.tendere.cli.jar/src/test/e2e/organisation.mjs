// SPDX-License-Identifier: EPL-2.0
// `tendere edit` in a real browser (Debian's Chromium, driven by playwright-core):
// the organisation drawn, a role created from the palette, a need drawn from a role to a
// competence, a title typed in place, undo, each read back from the model's file; and the
// token required. Arguments: the editor's address, the model's file, a folder for screenshots.
import assert from 'node:assert/strict';
import { launch, reader, tool, until } from './editor.mjs';

const [address, file, shots] = process.argv.slice(2);
const text = reader(file);

/** Waits until a box stops moving (updates are animated), so that a click lands on it. */
const settled = async (page, selector) => {
    let last = null;
    for (let i = 0; i < 100; i++) {
        const box = await page.locator(selector).first().boundingBox();
        if (box && last && box.x === last.x && box.y === last.y) return;
        last = box;
        await page.waitForTimeout(150);
    }
};

const browser = await launch();
try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const errors = [];
    page.on('pageerror', e => errors.push(e.message));

    // the token: without it, neither the page nor the WebSocket
    const origin = new URL(address).origin;
    assert.equal((await page.request.get(origin + '/')).status(), 403, 'the page without the token');
    await page.goto(address);
    await page.waitForSelector('g[id="sprotty_Role:tutor"]');
    // from another page (no cookie, another origin), the WebSocket without the token
    const stranger = await (await browser.newContext()).newPage();
    const refused = await stranger.evaluate(url => new Promise(resolve => {
        const socket = new WebSocket(url);
        socket.onopen = () => { socket.close(); resolve(false); };
        socket.onerror = () => resolve(true);
    }), origin.replace('http', 'ws') + '/glsp');
    assert.ok(refused, 'a WebSocket without the token is refused');
    await page.screenshot({ path: `${shots}/organizzazione.png` });

    const before = text();
    // a role from the palette, placed on the empty canvas
    await tool(page, 'Ruolo').click();
    await page.mouse.click(900, 700);
    await until('the new role in the file', () => text().includes('ruolo ruolo1 "Nuovo ruolo"'));
    await page.waitForSelector('g[id="sprotty_Role:ruolo1"]');

    // the role needs a competence: the link tool, then the role, then the competence
    await tool(page, 'Il ruolo richiede la competenza').click();
    await settled(page, 'g[id="sprotty_Role:ruolo1"] > rect');
    await page.click('g[id="sprotty_Role:ruolo1"] > rect', { force: true });
    await settled(page, 'g[id="sprotty_Competence:docenza"] > rect');
    await page.click('g[id="sprotty_Competence:docenza"] > rect', { force: true });
    await until('the need in the file', () => /ruolo ruolo1 "Nuovo ruolo" \{\s*persone 1\s*competenze docenza\s*\}/.test(text()));
    await page.waitForSelector('g[id="sprotty_Role:ruolo1->Competence:docenza"]', { state: 'attached' });
    await page.waitForTimeout(1000);
    await page.screenshot({ path: `${shots}/nuovo-ruolo.png` });

    // undo, in the page: the need goes, the role stays
    await page.click('g[id="sprotty_Role:tutor"] > rect', { force: true });
    await page.keyboard.press('Control+z');
    await until('the need undone', () => !text().includes('competenze docenza\n\t\t}') && text().includes('ruolo ruolo1'));
    await page.keyboard.press('Control+z');
    await until('the role undone', () => text() === before);
    await page.waitForSelector('g[id="sprotty_Role:ruolo1"]', { state: 'detached' });
    await page.waitForTimeout(1000); // the update's animation
    await page.screenshot({ path: `${shots}/dopo-annulla.png` });
    assert.deepEqual(errors, [], 'no error in the page');
    console.log('ok');
} finally {
    await browser.close();
}
