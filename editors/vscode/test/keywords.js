// SPDX-License-Identifier: EPL-2.0
// The keywords of the language, read from its Xtext grammar: those of its
// parser rules, and the words of its enumerations that are not also keywords.
'use strict';

const fs = require('node:fs');
const path = require('node:path');

const ROOT = process.env.TENDERE_ROOT || path.resolve(__dirname, '../../..');
const XTEXT = path.join(ROOT, 'bundles/it.tendere.dsl/src/it/tendere/dsl/Tendere.xtext');

function grammarKeywords() {
  const text = fs.readFileSync(XTEXT, 'utf8').replace(/\/\/[^\n]*/g, '');
  const keywords = new Set();
  const enumerations = new Set();
  // a rule starts at the beginning of a line: «Name:», «enum Name:», «terminal NAME…»
  for (const rule of text.split(/\n(?=(?:enum |terminal )?[A-Za-z]+\b[^\n]*:)/)) {
    const head = rule.trim().match(/^(enum |terminal )?([A-Za-z]+)/);
    if (!head || head[1] === 'terminal ' || head[2] === 'ValidID' || head[2] === 'grammar') {
      continue;
    }
    const words = [...rule.matchAll(/'([^']+)'/g)].map((m) => m[1]).filter((w) => /^[\p{L}\p{N}_-]+$/u.test(w));
    for (const word of words) {
      (head[1] === 'enum ' ? enumerations : keywords).add(word);
    }
  }
  const constants = new Set([...enumerations].filter((w) => !keywords.has(w)));
  return { keywords, constants };
}

module.exports = { grammarKeywords, XTEXT };
