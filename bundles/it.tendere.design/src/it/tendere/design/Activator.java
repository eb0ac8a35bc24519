// SPDX-License-Identifier: EPL-2.0
package it.tendere.design;

import java.util.Collection;
import java.util.List;

import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;

/**
 * Registers the viewpoint specification with Sirius when the bundle starts,
 * and withdraws it when it stops.
 *
 * <p>Sirius is an optional requirement: it is not on Maven Central, so the
 * build cannot compile against it, and the bundle must resolve in an Eclipse
 * without it. Sirius's registry is therefore reached by reflection, through
 * the two public methods every Sirius design's activator calls
 * ({@code ViewpointRegistry.registerFromPlugin} and {@code disposeFromPlugin}).
 */
public class Activator implements BundleActivator {

    /** The bundle, and the first segment of the specification's path. */
    public static final String PLUGIN_ID = "it.tendere.design";

    /** The viewpoint specification, as Sirius's registry addresses it. */
    public static final String ODESIGN = PLUGIN_ID + "/description/tendere.odesign";

    static final String REGISTRY_CLASS = "org.eclipse.sirius.business.api.componentization.ViewpointRegistry";

    private Collection<?> viewpoints = List.of();

    @Override
    public void start(BundleContext context) throws Exception {
        Object registry = registry();
        if (registry != null) {
            viewpoints = (Collection<?>) registry.getClass().getMethod("registerFromPlugin", String.class)
                    .invoke(registry, ODESIGN);
        }
    }

    @Override
    public void stop(BundleContext context) throws Exception {
        Object registry = registry();
        if (registry != null) {
            for (Object viewpoint : viewpoints) {
                for (var method : registry.getClass().getMethods()) {
                    if (method.getName().equals("disposeFromPlugin") && method.getParameterCount() == 1
                            && method.getParameterTypes()[0].isInstance(viewpoint)) {
                        method.invoke(registry, viewpoint);
                    }
                }
            }
        }
        viewpoints = List.of();
    }

    /** Sirius's viewpoint registry, or null where Sirius is not installed. */
    public static Object registry() throws ReflectiveOperationException {
        Class<?> type;
        try {
            type = Class.forName(REGISTRY_CLASS, true, Activator.class.getClassLoader());
        } catch (ClassNotFoundException | NoClassDefFoundError e) {
            return null;
        }
        return type.getMethod("getInstance").invoke(null);
    }
}
