// SPDX-License-Identifier: EPL-2.0
package it.tendere.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * The command line as a plain Java program (the shaded jar).
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        // The command line draws pictures and never a window: said once, by the program, not by a library.
        System.setProperty("java.awt.headless", "true");
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        String version = Main.class.getPackage().getImplementationVersion();
        int code = new Tendere(version).run(args, System.in, new FileOutputStream(FileDescriptor.out), err);
        System.exit(code);
    }
}
