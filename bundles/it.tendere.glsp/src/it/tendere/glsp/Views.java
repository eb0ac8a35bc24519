// SPDX-License-Identifier: EPL-2.0
package it.tendere.glsp;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.glsp.graph.builder.impl.GGraphBuilder;

import com.google.gson.Gson;

import it.tendere.format.Titles;
import it.tendere.identity.ElementId;
import it.tendere.servicemodel.Process;
import it.tendere.servicemodel.ServiceModel;

/**
 * The diagrams of a model, which the page lists so that the user can go from
 * one to another: the organisation, each process map, the overview. They go
 * with every graph (its arguments {@code viste}, as JSON, and {@code vista},
 * the process shown), so the list follows the model as processes come and go.
 */
final class Views {

    private Views() {
    }

    static void describe(GGraphBuilder graph, ServiceModel model, String shown) {
        List<Map<String, String>> views = new ArrayList<>();
        views.add(view(GraphIds.ORGANISATION, null, GlspMessages.get("view.organisation")));
        if (model != null && model.getProcessesAndTools() != null) {
            for (Process process : model.getProcessesAndTools().getProcesses()) {
                views.add(view(GraphIds.PROCESS, ElementId.of(process),
                        GlspMessages.get("view.process", process.getName(), Titles.of(process))));
            }
        }
        views.add(view(GraphIds.OVERVIEW, null, GlspMessages.get("view.overview")));
        graph.addArgument("viste", new Gson().toJson(views));
        if (shown != null) {
            graph.addArgument("vista", shown);
        }
    }

    private static Map<String, String> view(String type, String process, String title) {
        Map<String, String> view = new LinkedHashMap<>();
        view.put("diagramma", type);
        if (process != null) {
            view.put("processo", process);
        }
        view.put("titolo", title);
        return view;
    }
}
