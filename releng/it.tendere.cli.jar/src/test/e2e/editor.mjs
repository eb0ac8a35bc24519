// SPDX-License-Identifier: EPL-2.0
// What the browser tests of `tendere edit` share: the model's text as the file has it, waiting for a
// condition, a palette entry, a box by its element's id, and Debian's Chromium launched.
import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';

/** The model file's text, now. */
export const reader = file => () => readFileSync(file, 'utf8');

/** Waits until {@code condition} holds; the error names what never came and shows {@code context()}. */
export const until = async (what, condition, context = () => '', ms = 20000) => {
    const end = Date.now() + ms;
    while (Date.now() < end) {
        if (await condition()) return;
        await new Promise(r => setTimeout(r, 100));
    }
    throw new Error(`never: ${what}\n${context()}`);
};

/** A palette entry: the keyboard palette writes its key before the name. */
export const tool = (page, name) => page.locator('.tool-button').filter({ hasText: new RegExp(`^[A-Z]?${name}$`) });

/** A box of the diagram by its element's id. */
export const box = id => `g[id="sprotty_${id}"]`;

/** Debian's Chromium (never a downloaded browser). */
export const launch = () => chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
        '--disable-component-update', '--disable-sync']
});
