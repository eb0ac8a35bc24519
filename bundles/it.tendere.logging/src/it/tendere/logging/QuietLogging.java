// SPDX-License-Identifier: EPL-2.0
package it.tendere.logging;

import java.util.Hashtable;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.apache.logging.log4j.simple.SimpleLoggerContextFactory;
import org.apache.logging.log4j.spi.Provider;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;

/**
 * The product's logging, set before anything logs (this bundle starts at
 * level 2, before SPI Fly: at the same level in the studio, on demand in the
 * command line's {@code edit}). Two libraries would otherwise speak or hang:
 * <ul>
 * <li>SPI Fly (the service-loader extender Jetty's bundles need) reports
 * every bundle it processes at INFO through java.util.logging, which prints
 * it: its logger is set to warnings only;</li>
 * <li>log4j-api's OSGi activator takes a start-up lock and releases it only
 * when it finds a provider, in the thread that took it; with none, every
 * other thread that logs (POI, in the generation's threads) waits for good
 * (apache/logging-log4j2#2655). This bundle registers the API's own simple
 * logger as a provider service: using the API's classes here starts the API
 * bundle in this thread, and when this bundle's start ends its activator
 * finds the service and releases the lock, in this same thread. (A
 * {@code log4j-provider.properties} file is no use: the API of 2.24 reads it
 * without a version and ignores it.)</li>
 * </ul>
 */
public final class QuietLogging implements BundleActivator {

    /** Held here: java.util.logging keeps its loggers only weakly, and a collected logger forgets its level. */
    private static final Logger SPI_FLY = Logger.getLogger("org.apache.aries.spifly");

    @Override
    public void start(BundleContext context) {
        SPI_FLY.setLevel(Level.WARNING);
        Hashtable<String, Object> properties = new Hashtable<>();
        properties.put("APIVersion", "2.6.0");
        // errors only, on standard error: what the plain jar's Log4j falls back to
        context.registerService(Provider.class, new Provider(1, "2.6.0", SimpleLoggerContextFactory.class),
                properties);
    }

    @Override
    public void stop(BundleContext context) {
        // the service goes with the bundle; the logger's level with the process
    }
}
