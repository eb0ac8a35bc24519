// SPDX-License-Identifier: EPL-2.0
// The packaged extension (target/…/tendere-*.vsix, path in VSIX) holds what
// its manifest names: the entry point, the grammar, the language
// configuration, and the language client it requires at run time.
'use strict';

const { test } = require('node:test');
const assert = require('node:assert');
const yauzl = require('yauzl');

function entries(file) {
  return new Promise((resolve, reject) => {
    yauzl.open(file, { lazyEntries: true }, (error, zip) => {
      if (error) return reject(error);
      const found = new Map();
      zip.on('entry', (entry) => {
        zip.openReadStream(entry, (e, stream) => {
          if (e) return reject(e);
          const chunks = [];
          stream.on('data', (c) => chunks.push(c));
          stream.on('end', () => { found.set(entry.fileName, Buffer.concat(chunks)); zip.readEntry(); });
        });
      });
      zip.on('end', () => resolve(found));
      zip.readEntry();
    });
  });
}

test('the .vsix holds what its manifest names', async () => {
  const file = process.env.VSIX;
  assert.ok(file, 'VSIX names the packaged extension');
  const vsix = await entries(file);
  const manifest = JSON.parse(vsix.get('extension/package.json').toString('utf8'));
  const inside = (p) => 'extension/' + p.replace(/^\.\//, '');
  const named = [manifest.main, ...manifest.contributes.grammars.map((g) => g.path),
    ...manifest.contributes.languages.map((l) => l.configuration)];
  for (const p of named) {
    assert.ok(vsix.has(inside(p)), `${p} is in the package`);
  }
  assert.ok(vsix.has('extension.vsixmanifest') && vsix.has('[Content_Types].xml'));
  assert.ok(vsix.has('extension/node_modules/vscode-languageclient/package.json'), 'the client is bundled');
  assert.ok(![...vsix.keys()].some((p) => p.includes('node_modules/vscode-textmate') || p.startsWith('extension/test/')),
    'test tools stay out');
  const grammar = JSON.parse(vsix.get(inside(manifest.contributes.grammars[0].path)).toString('utf8'));
  assert.strictEqual(grammar.scopeName, manifest.contributes.grammars[0].scopeName);
  assert.match(vsix.get(inside(manifest.main)).toString('utf8'), /'lsp'/);
});
