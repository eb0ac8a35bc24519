// SPDX-License-Identifier: EPL-2.0
package it.tendere.design.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

import it.tendere.design.Activator;

/**
 * The design bundle resolves and starts in an Eclipse without Sirius (this
 * test runtime has none), and names the specification it would register.
 */
class ActivatorTests {

    @Test
    void startsWithoutSirius() throws Exception {
        Bundle design = FrameworkUtil.getBundle(Activator.class);
        assertNotNull(design, "the design bundle is installed");
        design.start();
        assertEquals(Bundle.ACTIVE, design.getState());
        assertNull(Activator.registry(), "no Sirius here, so no viewpoint registry");
        design.stop();
        assertEquals(Bundle.RESOLVED, design.getState());
    }

    @Test
    void registersTheSpecificationItShips() {
        assertTrue(Activator.ODESIGN.startsWith(Activator.PLUGIN_ID + "/"));
        Path file = Path.of(System.getProperty("tendere.design"))
                .resolve(Activator.ODESIGN.substring(Activator.PLUGIN_ID.length() + 1));
        assertTrue(Files.isRegularFile(file), file::toString);
        assertNotNull(FrameworkUtil.getBundle(Activator.class).getEntry("description/tendere.odesign"),
                "the specification is packed in the bundle");
    }
}
