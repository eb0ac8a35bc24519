// SPDX-License-Identifier: EPL-2.0
// The Tendere extension: starts the language server of `tendere lsp` (the
// product's command, or java -jar tendere.jar) for the .tendere files.
'use strict';

const vscode = require('vscode');
const { LanguageClient } = require('vscode-languageclient/node');

let client;

/** The command that starts the server, from the settings. */
function serverOptions() {
  const settings = vscode.workspace.getConfiguration('tendere.server');
  const jar = settings.get('jar');
  if (jar) {
    return { command: settings.get('java') || 'java', args: ['-jar', jar, 'lsp'] };
  }
  return { command: settings.get('command') || 'tendere', args: ['lsp'] };
}

async function activate(context) {
  client = new LanguageClient('tendere', 'Tendere', serverOptions(), {
    documentSelector: [{ scheme: 'file', language: 'tendere' }]
  });
  context.subscriptions.push(client);
  await client.start();
}

function deactivate() {
  return client ? client.stop() : undefined;
}

module.exports = { activate, deactivate };
