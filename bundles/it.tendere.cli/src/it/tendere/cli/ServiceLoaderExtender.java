// SPDX-License-Identifier: EPL-2.0
package it.tendere.cli;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;
import org.osgi.framework.FrameworkUtil;

/**
 * SPI Fly, the OSGi service-loader extender that Jetty's bundles ask for
 * (their {@code ServiceLoader} calls find the providers of other bundles
 * through it). The product installs it without starting it: once started it
 * reads the headers of every bundle and opens each one, which every command
 * paid at its start (0.3 s of a 1.8 s {@code validate}; BENCHMARKS.md) for
 * the one command that serves pages. That command starts it first: it
 * rewrites the classes loaded after it starts, so it must start before the
 * editor's first class is loaded.
 */
final class ServiceLoaderExtender {

    private static final String SPI_FLY = "org.apache.aries.spifly.dynamic.bundle";

    private ServiceLoaderExtender() {
    }

    /**
     * Starts the extender, for this run only, where the command line runs in
     * OSGi and the extender is installed; the plain jar has no OSGi and Java's
     * service loader finds everything on its class path.
     */
    static void start() throws BundleException {
        Bundle own = FrameworkUtil.getBundle(ServiceLoaderExtender.class);
        if (own == null || own.getBundleContext() == null) {
            return;
        }
        for (Bundle bundle : own.getBundleContext().getBundles()) {
            if (SPI_FLY.equals(bundle.getSymbolicName()) && bundle.getState() != Bundle.ACTIVE) {
                bundle.start(Bundle.START_TRANSIENT);
            }
        }
    }
}
