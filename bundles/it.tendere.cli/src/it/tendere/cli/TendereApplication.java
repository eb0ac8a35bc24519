// SPDX-License-Identifier: EPL-2.0
package it.tendere.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.osgi.framework.FrameworkUtil;

/**
 * The command line as a headless Equinox application ({@code it.tendere.cli.app}).
 */
public class TendereApplication implements IApplication {

    @Override
    public Object start(IApplicationContext context) {
        // The command line draws pictures and never a window: said once, by the program, not by a library.
        System.setProperty("java.awt.headless", "true");
        String[] args = (String[]) context.getArguments().getOrDefault(IApplicationContext.APPLICATION_ARGS, new String[0]);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        String version = FrameworkUtil.getBundle(getClass()).getVersion().toString();
        return new Tendere(version).run(args, System.in, new FileOutputStream(FileDescriptor.out), err);
    }

    @Override
    public void stop() {
        // Each command runs to its end; there is nothing to interrupt.
    }
}
