// SPDX-License-Identifier: EPL-2.0
package it.tendere.studio;

import java.util.Locale;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.eclipse.ui.plugin.AbstractUIPlugin;
import org.osgi.framework.BundleContext;

import com.google.inject.Injector;

import it.tendere.dsl.i18n.Messages;
import it.tendere.dsl.ide.TendereIdeSetup;

/**
 * The studio's bundle: the language's services (the same Xtext ide services
 * the language server uses), created once, on first use.
 */
public class StudioPlugin extends AbstractUIPlugin {

    public static final String ID = "it.tendere.studio";

    /** The studio's own texts: Italian, or English when the system speaks English. */
    public static final Messages MESSAGES = new Messages("it.tendere.studio.messages", StudioPlugin.class);

    private static StudioPlugin instance;

    private Injector injector;

    @Override
    public void start(BundleContext context) throws Exception {
        super.start(context);
        instance = this;
        // The checks' messages follow the studio's language.
        Messages.setLanguage(Locale.getDefault().getLanguage());
    }

    @Override
    public void stop(BundleContext context) throws Exception {
        instance = null;
        super.stop(context);
    }

    /** The running bundle. */
    public static StudioPlugin get() {
        return instance;
    }

    /** The language's injector. */
    public synchronized Injector injector() {
        if (injector == null) {
            injector = new TendereIdeSetup().createInjectorAndDoEMFRegistration();
        }
        return injector;
    }

    /** One of the language's services. */
    public static <T> T service(Class<T> type) {
        return get().injector().getInstance(type);
    }

    /** Records a failure in the error log. */
    public static void log(String message, Throwable failure) {
        ILog.of(StudioPlugin.class).log(Status.error(message, failure));
    }
}
