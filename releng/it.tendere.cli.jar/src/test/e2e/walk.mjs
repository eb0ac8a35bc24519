// SPDX-License-Identifier: EPL-2.0
// An analyst's walk in `tendere edit`, from a model made by `tendere new --format selezione`: the
// organisation and two processes drawn with the mouse and the keyboard alone, each gesture read back
// from the model's file. Mouse: the palette, a click to put a box, the link tool, a double click to
// rename, a drag to another lane. Keyboard: Ctrl+Spazio (the gestures of the selected box), Ctrl+Spazio also to
// select a box by its title, Ctrl+Z. Then the file is changed on disk (a phase loses its performer): the
// editor draws it again, with the error marked. Arguments: the editor's address, the model's file, a
// folder for screenshots.
import { writeFileSync } from 'node:fs';
import assert from 'node:assert/strict';
import { box, launch, reader, tool, until as waitFor } from './editor.mjs';

const [address, file, shots] = process.argv.slice(2);
const text = reader(file);
const until = (what, condition) => waitFor(what, condition, text);
/** The block of an element in the file: from its keyword line to the next closing brace at its depth. */
const block = (start) => {
    const all = text();
    const from = all.indexOf(start);
    assert.ok(from >= 0, `no «${start}» in\n${all}`);
    const indent = all.lastIndexOf('\n', from);
    const depth = all.slice(indent + 1, from);
    const end = all.indexOf(`\n${depth}}`, from);
    return all.slice(from, end + depth.length + 2);
};

/** Ctrl+Spazio on the selected box, the gesture chosen by typing part of its name, then Enter. */
const command = async (page, words) => {
    await page.keyboard.press('Control+Space');
    await page.locator('.command-palette input').waitFor();
    await page.keyboard.type(words); // typed: the list is filtered as keys come
    await page.waitForTimeout(800); // the server's gestures for the box, filtered
    await page.keyboard.press('Enter');
    await page.waitForTimeout(600);
};

/** Ctrl+Spazio, «Seleziona: «…»»: the box is selected (and brought into view). */
const find = async (page, title) => command(page, `Seleziona: «${title}»`);

/** Goes to another diagram by its link above the diagram. */
const open = async (page, name) => {
    await page.waitForTimeout(500); // the links are drawn again with each update
    await page.getByRole('link', { name }).click();
    await page.waitForURL(url => url.search.includes('diagramma='));
};

/**
 * Double click on a box's title: the field to type it in place, and the text it starts from. Tried again when
 * the field goes before it is read: an update of the diagram that was still coming closes it.
 */
const editTitle = async (page, id) => {
    for (let attempt = 1; ; attempt++) {
        await page.dblclick(`${box(id)} text >> nth=0`, { force: true });
        const editor = page.locator('.label-edit input:visible, .label-edit textarea:visible').first();
        try {
            await editor.waitFor({ timeout: 5000 });
            return { editor, value: await editor.inputValue({ timeout: 2000 }) };
        } catch (e) {
            if (attempt === 3) throw e;
            await page.keyboard.press('Escape');
            await page.waitForTimeout(500);
        }
    }
};

/** The title typed in place, Enter. */
const rename = async (page, id, title) => {
    const { editor } = await editTitle(page, id);
    await editor.fill(title);
    await page.keyboard.press('Enter');
};

/** Clicks a point of the diagram at the middle of a lane, {@code dx} from its left end. */
const inLane = async (page, performer, dx) => {
    const lane = await page.locator(box(`corsia:${performer}#0`)).first().boundingBox();
    return { x: lane.x + dx, y: lane.y + lane.height / 2 };
};

/**
 * Drags a box with the mouse to a point of a lane, both measured once the diagram has stopped moving: an update
 * is drawn with an animation, and a box measured in the middle of it is not where the mouse then finds it.
 */
const drag = async (page, id, performer, dx) => {
    const where = async () => JSON.stringify([
        await page.locator(`${box(id)} > rect`).first().boundingBox(), await inLane(page, performer, dx)]);
    let before = await where();
    await until(`the diagram still around ${id}`, async () => {
        await page.waitForTimeout(250);
        const now = await where();
        const still = now === before;
        before = now;
        return still;
    });
    const [from, to] = JSON.parse(before);
    await page.mouse.move(from.x + from.width / 2, from.y + 10);
    await page.mouse.down();
    await page.mouse.move(to.x, to.y, { steps: 12 });
    await page.mouse.up();
};

const browser = await launch();
const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
try {
    const errors = [];
    page.on('pageerror', e => errors.push(e.message));
    await page.goto(address);
    await page.waitForSelector(box('Role:responsabile'));

    // — The organisation —
    // a role: the palette, a click on the canvas; its title typed in place
    await tool(page, 'Ruolo').click();
    await page.mouse.click(900, 650);
    await until('the new role', () => text().includes('ruolo ruolo1 "Nuovo ruolo"'));
    await page.waitForSelector(box('Role:ruolo1'));
    await rename(page, 'Role:ruolo1', 'Commissario esperto');
    await until('the role renamed', () => text().includes('ruolo ruolo1 "Commissario esperto"'));

    // a title the box wraps on two lines is offered whole to edit, not its first line
    await page.waitForSelector(`${box('Role:ruolo1')} text:has-text("Commissario esperto")`);
    const wrapped = await editTitle(page, 'Role:responsabile');
    assert.equal(wrapped.value, 'Responsabile del servizio');
    await page.keyboard.press('Escape');

    // an external competence and its provider, with the mouse; the provision with the link tool
    await tool(page, 'Competenza esterna').click();
    await page.mouse.click(900, 750);
    await until('the competence', () => text().includes('competenza competenza1 "Nuova competenza"'));
    await tool(page, 'Soggetto esterno').click();
    await page.mouse.click(1000, 800);
    await until('the provider', () => text().includes('soggetto soggetto1 "Nuovo soggetto esterno"'));
    await page.waitForSelector(box('ExternalProvider:soggetto1'));
    await tool(page, 'La competenza è fornita dal soggetto').click();
    await page.click(`${box('Competence:competenza1')} > rect`, { force: true });
    await page.click(`${box('ExternalProvider:soggetto1')} > rect`, { force: true });
    await until('the provision', () => /competenza competenza1 "Nuova competenza" \{\s*esterna\s*fornitore soggetto1\s*\}/
        .test(text()));

    await page.keyboard.press('Escape');
    await page.mouse.click(1300, 860); // the diagram has the keyboard
    // with the keyboard: find the new role, it needs the new competence; it becomes the coordination point
    await find(page, 'Commissario esperto');
    await command(page, 'Richiede la competenza «Nuova competenza»');
    await until('the need', () => /ruolo ruolo1 "Commissario esperto" \{\s*persone 1\s*competenze competenza1\s*\}/
        .test(text()));
    await page.waitForTimeout(500);
    await page.screenshot({ path: `${shots}/passeggiata-organizzazione.png` });

    // — Process P1 —
    await open(page, /^Processo P1 /);
    await page.waitForSelector(box('Phase:P1/f1'));
    await rename(page, 'Phase:P1/f1', 'Analisi del fabbisogno');
    await until('the phase renamed', () => text().includes('fase f1 "Analisi del fabbisogno"'));
    // a phase in the Comune's lane, with the mouse
    await tool(page, 'Fase \\(nella corsia dove la si mette\\)').click();
    const comune = await inLane(page, 'comune', 300);
    await page.mouse.click(comune.x, comune.y);
    await until('the phase in the Comune lane', () => /fase fase1 "Nuova fase" \{\s*svolta da comune\s*\}/.test(text()));
    await page.waitForSelector(box('Phase:P1/fase1'));
    // the first phase dragged from the Provincia's lane into the Comune's, after the new one: performer and order
    await drag(page, 'Phase:P1/f1', 'comune', 600);
    await until('the phase dragged', () => /fase fase1 "Nuova fase" \{\s*svolta da comune\s*\}\s*fase f1 "Analisi del fabbisogno" \{\s*svolta da comune\s*\}/
        .test(block('processo P1 ')));
    // the new phase dragged into the lane of the Provincia e Comune
    await drag(page, 'Phase:P1/fase1', 'entrambi', 40);
    await until('the phase dragged again', () => /fase fase1 "Nuova fase" \{\s*svolta da entrambi\s*\}/.test(text()));
    // with the keyboard: essential, a new tool, the new role
    await find(page, 'Nuova fase');
    await command(page, 'Segna la fase come essenziale');
    await until('essential', () => /svolta da entrambi\s*essenziale/.test(block('fase fase1 ')));
    await find(page, 'Nuova fase');
    await command(page, 'Nuovo strumento per questa fase');
    await until('the tool', () => text().includes('strumento strumento1 "Nuovo strumento"')
        && block('fase fase1 ').includes('strumenti strumento1'));
    await find(page, 'Nuova fase');
    await command(page, 'Aggiungi il ruolo «Commissario esperto»');
    await until('the role', () => block('fase fase1 ').includes('ruoli ruolo1'));
    await page.waitForTimeout(500);
    await page.screenshot({ path: `${shots}/passeggiata-processo-P1.png` });

    // undo in the page: the role goes again, and comes back with redo
    const withRole = text();
    await page.keyboard.press('Control+z');
    await until('undone', () => !block('fase fase1 ').includes('ruoli ruolo1'));
    await page.keyboard.press('Control+Shift+z');
    await until('redone', () => text() === withRole);

    // — Process P2, by the keyboard alone —
    await open(page, /^Processo P2 /);
    await page.waitForSelector(box('Phase:P2/f1'));
    await page.mouse.click(1300, 860); // the diagram has the keyboard
    await command(page, 'Nuova fase svolta da: Soggetto esterno');
    await until('the external phase', () => /processo P2 [^]*fase fase2 "Nuova fase" \{\s*svolta da esterno\s*\}/
        .test(text()));
    await page.waitForSelector(box('Phase:P2/fase2'));
    await find(page, 'Nuova fase');
    await command(page, 'Soggetto esterno: «Nuovo soggetto esterno»');
    await until('the party', () => block('fase fase2 ').includes('soggetto soggetto1'));
    await find(page, 'Da definire');
    await command(page, 'Segna la fase come essenziale');
    await until('P2 f1 essential', () => /processo P2 "[^"]*" \{\s*fase f1 "Da definire" \{\s*svolta da provincia\s*essenziale/
        .test(text()));
    await page.waitForTimeout(500);
    await page.screenshot({ path: `${shots}/passeggiata-processo-P2.png` });
    const drawn = text();

    // — The file changed on disk: a phase loses its performer; the editor draws it again, the error marked —
    writeFileSync(file, drawn.replace(/(fase fase2 "Nuova fase" \{\s*)svolta da esterno\s*/, '$1'));
    await page.waitForSelector(`${box('Phase:P2/fase2')}.error, ${box('Phase:P2/fase2')} .sprotty-issue-error, `
        + `${box('Phase:P2/fase2')} .error`, { state: 'attached', timeout: 20000 });
    await page.waitForTimeout(800);
    await page.screenshot({ path: `${shots}/passeggiata-errore.png` });
    writeFileSync(file, drawn);
    await page.waitForTimeout(1500);
    assert.deepEqual(errors, [], 'no error in the page');
    console.log('ok');
} catch (e) {
    await page.screenshot({ path: `${shots}/passeggiata-fallita.png` });
    throw e;
} finally {
    await browser.close();
}
