// SPDX-License-Identifier: EPL-2.0
package it.tendere.studio.tests;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;

/**
 * Drives the studio as a user does: real key and mouse events through
 * {@link Display#post}, dialogs answered by pressing their buttons, and
 * screenshots of the whole screen. Everything runs in the UI thread.
 */
final class Ui {

    static final Duration PATIENCE = Duration.ofSeconds(60);

    private Ui() {
    }

    static Display display() {
        return PlatformUI.getWorkbench().getDisplay();
    }

    /** Runs the event loop until a condition holds; fails after {@link #PATIENCE}. */
    static void waitUntil(String what, BooleanSupplier condition) {
        long end = System.nanoTime() + PATIENCE.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                fail("still not the case after " + PATIENCE.toSeconds() + " s: " + what);
            }
            spin(50);
        }
    }

    /** Runs the event loop for a while. */
    static void spin(int millis) {
        Display display = display();
        long end = System.nanoTime() + millis * 1_000_000L;
        while (System.nanoTime() < end) {
            if (!display.readAndDispatch()) {
                display.timerExec(10, () -> { });
                display.sleep();
            }
        }
    }

    /** Types a character, as the keyboard would; SWT.BS, SWT.CR, SWT.ESC press those keys. */
    static void type(char character) {
        // Keys without a glyph go by key code, the others by character.
        int keyCode = character == SWT.BS || character == SWT.CR || character == SWT.ESC || character == SWT.DEL
                ? character : 0;
        post(SWT.KeyDown, keyCode, keyCode == 0 ? character : '\0');
        post(SWT.KeyUp, keyCode, keyCode == 0 ? character : '\0');
        spin(30);
    }

    /** Types a text. */
    static void type(String text) {
        for (char character : text.toCharArray()) {
            type(character);
        }
    }

    /** Presses a key with modifiers held: Ctrl+Maiusc+F is {@code chord(SWT.CTRL | SWT.SHIFT, 'f')}. */
    static void chord(int modifiers, char character) {
        List<Integer> held = new ArrayList<>();
        for (int modifier : new int[] { SWT.CTRL, SWT.SHIFT, SWT.ALT }) {
            if ((modifiers & modifier) != 0) {
                held.add(modifier);
                post(SWT.KeyDown, modifier, '\0');
            }
        }
        post(SWT.KeyDown, 0, character);
        post(SWT.KeyUp, 0, character);
        for (int i = held.size() - 1; i >= 0; i--) {
            post(SWT.KeyUp, held.get(i), '\0');
        }
        spin(30);
    }

    private static void post(int type, int keyCode, char character) {
        Event event = new Event();
        event.type = type;
        event.keyCode = keyCode;
        event.character = character;
        if (!display().post(event)) {
            fail("the system refused a key event");
        }
    }

    /** Gives a control the keyboard, its window first. */
    static void focus(Control control) {
        control.getShell().forceActive();
        spin(100);
        control.forceFocus();
        waitUntil("the keyboard reaches " + control, control::isFocusControl);
    }

    /** The visible shell with a title, or null. */
    static Shell shell(String title) {
        for (Shell shell : display().getShells()) {
            if (!shell.isDisposed() && shell.isVisible() && title.equals(shell.getText())) {
                return shell;
            }
        }
        return null;
    }

    /**
     * Answers a dialog once it opens: the action runs in the dialog's own
     * event loop, while the code that opened it waits.
     */
    static void whenShellOpens(String title, Consumer<Shell> action) {
        long end = System.nanoTime() + PATIENCE.toNanos();
        Runnable[] poll = new Runnable[1];
        poll[0] = () -> {
            Shell shell = shell(title);
            if (shell != null) {
                spin(200); // let it finish drawing, for the screenshot
                try {
                    action.accept(shell);
                } catch (Throwable failure) {
                    // A failure must not leave a modal dialog open: the test
                    // waiting behind it would never end.
                    FAILURES.add(failure);
                    shell.close();
                }
            } else if (System.nanoTime() < end) {
                display().timerExec(100, poll[0]);
            }
        };
        display().timerExec(100, poll[0]);
    }

    private static final List<Throwable> FAILURES = new ArrayList<>();

    /** Fails with the first failure of a dialog's answer, if any. */
    static void rethrowDialogFailures() {
        if (!FAILURES.isEmpty()) {
            Throwable first = FAILURES.get(0);
            FAILURES.clear();
            if (first instanceof Error error) {
                throw error;
            }
            throw new AssertionError(first);
        }
    }

    /** The controls of a type under a composite, in tree order. */
    static <T extends Control> List<T> find(Composite root, Class<T> type) {
        List<T> found = new ArrayList<>();
        for (Control child : root.getChildren()) {
            if (type.isInstance(child)) {
                found.add(type.cast(child));
            }
            if (child instanceof Composite composite) {
                found.addAll(find(composite, type));
            }
        }
        return found;
    }

    /** Presses the button of a dialog that bears a label. */
    static void press(Shell shell, String label) {
        for (Button button : find(shell, Button.class)) {
            if (label.replace("&", "").equals(button.getText().replace("&", ""))) {
                button.notifyListeners(SWT.Selection, new Event());
                return;
            }
        }
        fail("no button «" + label + "» in «" + shell.getText() + "»");
    }

    /** The texts of a shell's labels, for what a dialog says. */
    static String labels(Shell shell) {
        StringBuilder text = new StringBuilder();
        for (org.eclipse.swt.widgets.Label label : find(shell, org.eclipse.swt.widgets.Label.class)) {
            text.append(label.getText()).append('\n');
        }
        return text.toString();
    }

    /** Saves what the screen shows as a PNG in the screenshots folder. */
    static Path screenshot(String name) {
        Display display = display();
        spin(300);
        Rectangle bounds = display.getBounds();
        Image image = new Image(display, bounds.width, bounds.height);
        GC gc = new GC(display);
        try {
            gc.copyArea(image, 0, 0);
        } finally {
            gc.dispose();
        }
        try {
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] { image.getImageData() };
            Path folder = Path.of(System.getProperty("tendere.screenshots", "target/screenshots"));
            Files.createDirectories(folder);
            Path file = folder.resolve(name + ".png");
            loader.save(file.toString(), SWT.IMAGE_PNG);
            return file;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } finally {
            image.dispose();
        }
    }
}
