// SPDX-License-Identifier: EPL-2.0
// The graphical editor in the browser: GLSP's client, connected to the Tendere
// server that served this page, over a WebSocket that carries the page's token.
import 'reflect-metadata';

import {
    BaseJsonrpcGLSPClient,
    ConsoleLogger,
    DefaultTypes,
    DiagramLoader,
    FeatureModule,
    GEdge,
    GGraph,
    GLabel,
    GLabelView,
    GLSPProjectionView,
    GLSPWebSocketProvider,
    GNode,
    LogLevel,
    PolylineEdgeView,
    RoundedCornerNodeView,
    STANDALONE_MODULE_CONFIG,
    TYPES,
    bindOrRebind,
    configureDefaultModelElements,
    configureModelElement,
    createDiagramOptionsModule,
    editLabelFeature,
    initializeDiagramContainer,
    overrideModelElement
} from '@eclipse-glsp/client';
import { Container } from 'inversify';
import { MessageConnection } from 'vscode-jsonrpc';

import '@eclipse-glsp/client/css/glsp-sprotty.css';
import '@eclipse-glsp/client/css/tool-palette.css';
import '@eclipse-glsp/client/css/command-palette.css';
import '@eclipse-glsp/client/css/decoration.css';
import '@eclipse-glsp/client/css/keyboard.css';
import '@eclipse-glsp/client/css/keyboard-tool-palette.css';
import '@eclipse-glsp/client/css/key-shortcut.css';
import '@eclipse-glsp/client/css/navigation.css';
import '@eclipse-glsp/client/css/status-overlay.css';
import '@eclipse-glsp/client/css/toast.css';
import 'sprotty/css/edit-label.css';
import './tendere.css';

/** The types the server draws (it.tendere.glsp.GraphIds). */
const BOXES = ['node:ruolo', 'node:coordinamento', 'node:competenza-interna', 'node:competenza-esterna', 'node:soggetto', 'node:comuni'];
const LINKS = ['edge:richiede', 'edge:fornita-da', 'edge:linea'];

const tendereModule = new FeatureModule(
    (bind, unbind, isBound, rebind) => {
        const context = { bind, unbind, isBound, rebind };
        bindOrRebind(context, TYPES.ILogger).to(ConsoleLogger).inSingletonScope();
        bindOrRebind(context, TYPES.LogLevel).toConstantValue(LogLevel.warn);
        configureDefaultModelElements(context);
        overrideModelElement(context, DefaultTypes.GRAPH, GGraph, GLSPProjectionView);
        BOXES.forEach(type => configureModelElement(context, type, GNode, RoundedCornerNodeView));
        overrideModelElement(context, DefaultTypes.LABEL, GLabel, GLabelView, { enable: [editLabelFeature] });
        configureModelElement(context, 'label:da-completare', GLabel, GLabelView);
        LINKS.forEach(type => configureModelElement(context, type, GEdge, PolylineEdgeView));
    },
    { featureId: Symbol('tendere') }
);

const page = new URLSearchParams(window.location.search);
const diagramType = page.get('diagramma') ?? 'tendere-organizzazione';
const token = page.get('token') ?? '';
const url = `ws://${window.location.host}/glsp?token=${encodeURIComponent(token)}`;

let client: BaseJsonrpcGLSPClient | undefined;

async function open(connection: MessageConnection, isReconnecting = false): Promise<void> {
    client = new BaseJsonrpcGLSPClient({ id: 'tendere', connectionProvider: connection });
    const glspClient = client;
    const container = initializeDiagramContainer(
        new Container(),
        createDiagramOptionsModule({ clientId: 'sprotty', diagramType, glspClientProvider: async () => glspClient, sourceUri: '' }),
        tendereModule,
        STANDALONE_MODULE_CONFIG
    );
    await container.get(DiagramLoader).load({ requestModelOptions: { isReconnecting } });
}

new GLSPWebSocketProvider(url).listen({
    onConnection: connection => open(connection),
    onReconnect: connection => {
        client?.stop();
        return open(connection, true);
    },
    logger: console
});
