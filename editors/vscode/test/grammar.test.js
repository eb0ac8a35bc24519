// SPDX-License-Identifier: EPL-2.0
// The TextMate grammar, as VS Code runs it (vscode-textmate with the
// Oniguruma regular expressions): its keyword lists are the Xtext grammar's,
// and every model in models/ is tokenized as the language reads it.
'use strict';

const { test } = require('node:test');
const assert = require('node:assert');
const fs = require('node:fs');
const path = require('node:path');
const vsctm = require('vscode-textmate');
const oniguruma = require('vscode-oniguruma');
const { grammarKeywords } = require('./keywords');

const GRAMMAR = path.resolve(__dirname, '../syntaxes/tendere.tmLanguage.json');
// the checkout: the build runs these tests in a copy under target/
const ROOT = process.env.TENDERE_ROOT || path.resolve(__dirname, '../../..');
const MODELS = path.join(ROOT, 'models');
const { keywords, constants } = grammarKeywords();

async function loadGrammar() {
  const wasm = fs.readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm')).buffer;
  await oniguruma.loadWASM(wasm);
  const registry = new vsctm.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (patterns) => new oniguruma.OnigScanner(patterns),
      createOnigString: (s) => new oniguruma.OnigString(s),
    }),
    loadGrammar: async (scopeName) => scopeName === 'source.tendere'
      ? vsctm.parseRawGrammar(fs.readFileSync(GRAMMAR, 'utf8'), GRAMMAR) : null,
  });
  return registry.loadGrammar('source.tendere');
}

/** Every token of a text: its line, text and innermost Tendere scope ('' for none). */
function tokenize(grammar, text) {
  const tokens = [];
  let stack = vsctm.INITIAL;
  text.split(/\r?\n/).forEach((line, number) => {
    const result = grammar.tokenizeLine(line, stack);
    for (const token of result.tokens) {
      const scopes = token.scopes.filter((s) => s !== 'source.tendere');
      tokens.push({ line: number + 1, text: line.substring(token.startIndex, token.endIndex), scopes,
        scope: scopes.length ? scopes[scopes.length - 1] : '' });
    }
    stack = result.ruleStack;
  });
  return tokens;
}

function models() {
  const all = [];
  const walk = (dir) => fs.readdirSync(dir, { withFileTypes: true }).forEach((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(file);
    else if (entry.name.endsWith('.tendere')) all.push(file);
  });
  walk(MODELS);
  return all.sort();
}

test('the keyword lists are the Xtext grammar\'s', () => {
  const raw = JSON.parse(fs.readFileSync(GRAMMAR, 'utf8'));
  const listed = (rule) => new Set(raw.repository[rule].match.match(/\(\?:([^)]*)\)/)[1].split('|'));
  assert.deepStrictEqual([...listed('keywords')].sort(), [...keywords].sort());
  assert.deepStrictEqual([...listed('constants')].sort(), [...constants].sort());
  assert.ok(keywords.has('ruolo') && keywords.has('responsabilità') && constants.has('società-in-house'));
});

test('every model in models/ is tokenized as the language reads it', async () => {
  const grammar = await loadGrammar();
  const seen = { keyword: 0, constant: 0, number: 0, string: 0, comment: 0 };
  const files = models();
  assert.ok(files.length >= 4, files.join(', '));
  for (const file of files) {
    const text = fs.readFileSync(file, 'utf8');
    const where = (t) => `${path.basename(file)}:${t.line} «${t.text}» ${t.scopes.join(' ')}`;
    for (const token of tokenize(grammar, text)) {
      const inText = token.scopes.some((s) => s.startsWith('string.') || s.startsWith('comment.'));
      if (token.scope === 'keyword.other.tendere') {
        assert.ok(keywords.has(token.text), where(token));
        seen.keyword++;
      } else if (token.scope === 'constant.language.tendere') {
        assert.ok(constants.has(token.text), where(token));
        seen.constant++;
      } else if (token.scope === 'constant.numeric.integer.tendere') {
        assert.match(token.text, /^\d+$/, where(token));
        seen.number++;
      } else if (token.scopes.some((s) => s.startsWith('string.'))) {
        seen.string++;
      } else if (token.scopes.some((s) => s.startsWith('comment.'))) {
        seen.comment++;
      } else if (!inText && token.scope === '') {
        // unscoped text holds names only: no keyword, value or number is left plain
        for (const word of token.text.split(/[^\p{L}\p{N}_-]+/u).filter(Boolean)) {
          assert.ok(!keywords.has(word) && !constants.has(word) && !/^\d+$/.test(word),
            `${where(token)}: «${word}» is not highlighted`);
        }
      }
    }
    // a string is one token run from quote to quote, whatever it holds (keywords, //, numbers)
    const lines = text.split(/\r?\n/);
    const tokens = tokenize(grammar, text);
    lines.forEach((line, i) => {
      const m = line.match(/^\s*provincia ("[^"]*")$/);
      if (m) {
        const strings = tokens.filter((t) => t.line === i + 1 && t.scopes.some((s) => s.startsWith('string.quoted')));
        assert.strictEqual(strings.map((t) => t.text).join(''), m[1]);
      }
      if (/^\s*\/\//.test(line)) {
        assert.ok(tokens.filter((t) => t.line === i + 1 && t.text.trim()).every((t) => t.scopes.some((s) => s.startsWith('comment.'))),
          `${path.basename(file)}:${i + 1} is a comment`);
      }
    });
  }
  for (const [kind, count] of Object.entries(seen)) {
    assert.ok(count > 0, `some ${kind} tokens: ${JSON.stringify(seen)}`);
  }
});

test('a keyword inside a string or a name, or escaped with ^, is not a keyword', async () => {
  const grammar = await loadGrammar();
  const tokens = tokenize(grammar, 'ruolo ^ruolo "un ruolo // non un commento" {\n\tpersone 3\n\truoli ruoloBis\n}\n/* ruolo\n fase */');
  const scopeOf = (text, line) => tokens.find((t) => t.text === text && t.line === line).scope;
  assert.strictEqual(scopeOf('ruolo', 1), 'keyword.other.tendere');
  assert.strictEqual(scopeOf('^ruolo', 1), 'variable.other.escaped.tendere');
  assert.ok(tokens.filter((t) => t.line === 1 && t.text.includes('commento')).every((t) => t.scope.startsWith('string.')));
  assert.strictEqual(scopeOf('3', 2), 'constant.numeric.integer.tendere');
  assert.ok(tokens.some((t) => t.line === 3 && t.text.includes('ruoloBis') && t.scope === ''));
  assert.ok(tokens.filter((t) => t.line === 6).every((t) => t.scopes.includes('comment.block.tendere')),
    'a block comment spans lines');
});
