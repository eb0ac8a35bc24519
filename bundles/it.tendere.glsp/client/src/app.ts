// SPDX-License-Identifier: EPL-2.0
// The graphical editor in the browser: GLSP's client, connected to the Tendere
// server that served this page, over a WebSocket that carries the page's token.
import 'reflect-metadata';

import {
    BaseJsonrpcGLSPClient,
    ConsoleLogger,
    DefaultTypes,
    DiagramLoader,
    EditMode,
    IActionHandler,
    ICommand,
    SetModelAction,
    UpdateModelAction,
    configureActionHandler,
    RectangularNodeView,
    accessibilityModule,
    toolPaletteModule,
    undoRedoModule,
    FeatureModule,
    GEdge,
    GGraph,
    GLabel,
    GLabelView,
    GLSPProjectionView,
    GLSPWebSocketProvider,
    SelectionService,
    Action,
    IActionDispatcher,
    GlspEditLabelUI,
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
import { Container, decorate, injectable } from 'inversify';
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
const BOXES = [
    'node:ruolo', 'node:coordinamento', 'node:competenza-interna', 'node:competenza-esterna', 'node:soggetto', 'node:comuni',
    'node:fase', 'node:riquadro'
];
const LINKS = ['edge:richiede', 'edge:fornita-da', 'edge:linea', 'edge:sequenza'];

const page = new URLSearchParams(window.location.search);
const diagramType = page.get('diagramma') ?? 'tendere-organizzazione';
const process = page.get('processo') ?? '';
const token = page.get('token') ?? '';
// shown in Tendere Studio: Ctrl+Z is the studio's (the text editor's history), not the page's
const inStudio = page.get('studio') === '1';
const url = `ws://${window.location.host}/glsp?token=${encodeURIComponent(token)}`;

interface View {
    diagramma: string;
    processo?: string;
    titolo: string;
}

/**
 * The model's diagrams as links above the diagram, from the graph's own list
 * (its arguments), so the list follows the model; the page's address follows
 * the process shown (a new process is shown as soon as it is made).
 */
class ViewList implements IActionHandler {
    handle(action: SetModelAction | UpdateModelAction): void | ICommand {
        const root = (action as SetModelAction).newRoot as { args?: Record<string, string> } | undefined;
        const views: View[] = JSON.parse(root?.args?.viste ?? '[]');
        const shown = root?.args?.vista;
        const nav = document.getElementById('viste');
        if (!nav) {
            return;
        }
        nav.replaceChildren(
            ...views.map(view => {
                const link = document.createElement('a');
                const address = new URLSearchParams({ diagramma: view.diagramma, token });
                if (inStudio) {
                    address.set('studio', '1');
                }
                if (view.processo) {
                    address.set('processo', view.processo);
                }
                link.href = `?${address}`;
                link.textContent = view.titolo;
                const current = view.diagramma === diagramType && (!view.processo || view.processo === shown);
                if (current) {
                    link.setAttribute('aria-current', 'page');
                }
                return link;
            })
        );
        // how many times a diagram has been drawn, for a program hosting the page (the studio's benchmarks)
        requestAnimationFrame(() => requestAnimationFrame(() => {
            const counted = window as unknown as { tendereDrawings?: number };
            counted.tendereDrawings = (counted.tendereDrawings ?? 0) + 1;
        }));
        if (shown && shown !== process) {
            const address = new URLSearchParams({ diagramma: diagramType, processo: shown, token });
            if (inStudio) {
                address.set('studio', '1');
            }
            window.history.replaceState(null, '', `?${address}`);
        }
    }
}
decorate(injectable(), ViewList);

/**
 * Typing a title in place starts from the whole title (the server gives it
 * with the title's label), not from the first of the lines a box wraps it on:
 * what the user does not see would otherwise be lost.
 */
class WholeTitleEditLabelUI extends GlspEditLabelUI {
    protected override applyTextContents(): void {
        super.applyTextContents();
        const title = (this.label as { args?: Record<string, unknown> } | undefined)?.args?.titolo;
        if (typeof title === 'string') {
            this.editControl.value = title;
        }
    }
}
decorate(injectable(), WholeTitleEditLabelUI);

/**
 * What a program that hosts the page (the studio, its tests) may ask of the
 * diagram through the page: dispatch an action as the user's gestures do,
 * and read the selection.
 */
interface TendereHost {
    dispatch(action: Action): Promise<void>;
    selection(): string[];
}
declare global {
    interface Window {
        tendere?: TendereHost;
    }
}

const tendereModule = new FeatureModule(
    (bind, unbind, isBound, rebind) => {
        const context = { bind, unbind, isBound, rebind };
        bindOrRebind(context, TYPES.ILogger).to(ConsoleLogger).inSingletonScope();
        bindOrRebind(context, TYPES.LogLevel).toConstantValue(LogLevel.warn);
        configureDefaultModelElements(context);
        overrideModelElement(context, DefaultTypes.GRAPH, GGraph, GLSPProjectionView);
        BOXES.forEach(type => configureModelElement(context, type, GNode, RoundedCornerNodeView));
        configureModelElement(context, 'node:corsia', GNode, RectangularNodeView);
        rebind(GlspEditLabelUI).to(WholeTitleEditLabelUI).inSingletonScope();
        bind(ViewList).toSelf().inSingletonScope();
        configureActionHandler(context, SetModelAction.KIND, ViewList);
        configureActionHandler(context, UpdateModelAction.KIND, ViewList);
        overrideModelElement(context, DefaultTypes.LABEL, GLabel, GLabelView, { enable: [editLabelFeature] });
        configureModelElement(context, 'label:da-completare', GLabel, GLabelView);
        LINKS.forEach(type => configureModelElement(context, type, GEdge, PolylineEdgeView));
    },
    { featureId: Symbol('tendere') }
);

let client: BaseJsonrpcGLSPClient | undefined;

/** A name no other page has (randomUUID exists only in pages a browser deems secure, which WebKitGTK may not). */
function sessionName(): string {
    if (typeof crypto.randomUUID === 'function') {
        return crypto.randomUUID();
    }
    return Array.from(crypto.getRandomValues(new Uint8Array(16)), byte => byte.toString(16).padStart(2, '0')).join('');
}

async function open(connection: MessageConnection, isReconnecting = false): Promise<void> {
    client = new BaseJsonrpcGLSPClient({ id: 'tendere', connectionProvider: connection });
    const glspClient = client;
    const container = initializeDiagramContainer(
        new Container(),
        createDiagramOptionsModule(
            {
                // one session per page: two pages (two diagrams, or a page opened again) never share a session
                clientId: `tendere-${sessionName()}`,
                diagramType,
                glspClientProvider: async () => glspClient,
                sourceUri: '',
                editMode: diagramType === 'tendere-panoramica' ? EditMode.READONLY : EditMode.EDITABLE
            },
            { baseDiv: 'sprotty', hiddenDiv: 'sprotty_hidden' }
        ),
        tendereModule,
        // keyboard use: Alt+P the palette, N to go from box to box, Ctrl+Spazio the gestures, F2 rename
        { add: [accessibilityModule], remove: inStudio ? [toolPaletteModule, undoRedoModule] : toolPaletteModule },
        STANDALONE_MODULE_CONFIG
    );
    await container.get(DiagramLoader).load({ requestModelOptions: { isReconnecting, processo: process } });
    const dispatcher = container.get<IActionDispatcher>(TYPES.IActionDispatcher);
    const selection = container.get(SelectionService);
    // how many sessions this page has opened (each reconnection is one more), for the studio's tests to report
    const sessions = window as unknown as { tendereSessions?: number };
    sessions.tendereSessions = (sessions.tendereSessions ?? 0) + 1;
    window.tendere = {
        dispatch: action => dispatcher.dispatch(action),
        selection: () => [...selection.getSelectedElementIDs()]
    };
}

new GLSPWebSocketProvider(url).listen({
    onConnection: connection => open(connection),
    onReconnect: connection => {
        client?.stop();
        return open(connection, true);
    },
    logger: console
});
