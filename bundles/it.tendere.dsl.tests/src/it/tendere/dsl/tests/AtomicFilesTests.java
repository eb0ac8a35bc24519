// SPDX-License-Identifier: EPL-2.0
package it.tendere.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import it.tendere.dsl.io.AtomicFiles;
import it.tendere.dsl.io.ModelFileException;

/**
 * A set of files is written all or none: when one of them cannot be put in
 * place, the others keep (or get back) what they held before, and nothing
 * temporary is left in the folder.
 */
class AtomicFilesTests {

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static List<String> names(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aSetIsWrittenWhole(@TempDir Path dir) throws Exception {
        Map<Path, byte[]> set = new LinkedHashMap<>();
        set.put(dir.resolve("a.docx"), bytes("nuovo a"));
        set.put(dir.resolve("a.pdf"), bytes("nuovo b"));
        AtomicFiles.writeAll(set, false);
        assertEquals(List.of("a.docx", "a.pdf"), names(dir));
        assertEquals("nuovo b", Files.readString(dir.resolve("a.pdf")));
    }

    @Test
    void aReplacementThatFailsHalfWayPutsTheOldSetBack(@TempDir Path dir) throws Exception {
        Path docx = dir.resolve("a.docx");
        Path pdf = dir.resolve("a.pdf");
        Files.writeString(docx, "vecchio docx");
        // A folder where the PDF goes: it can be checked (it exists, --force) but never replaced.
        Files.createDirectories(pdf.resolve("dentro"));
        Map<Path, byte[]> set = new LinkedHashMap<>();
        set.put(docx, bytes("nuovo docx"));
        set.put(pdf, bytes("nuovo pdf"));
        ModelFileException failure = assertThrows(ModelFileException.class, () -> AtomicFiles.writeAll(set, true));
        assertEquals(pdf, failure.getPath(), "the error names the file that could not be written");
        assertTrue(failure.getMessage().contains("nessun file è stato scritto o sostituito"), failure.getMessage());
        assertEquals("vecchio docx", Files.readString(docx), "the DOCX already replaced got its old content back");
        assertEquals(List.of("a.docx", "a.pdf"), names(dir), "no temporary or backup file left");
    }

    @Test
    void aNewSetThatFailsHalfWayLeavesNothing(@TempDir Path dir) throws Exception {
        Path docx = dir.resolve("a.docx");
        Path pdf = dir.resolve("a.pdf");
        // A dangling symbolic link at the PDF's name: Files.exists says no, yet the name is taken.
        Files.createSymbolicLink(pdf, dir.resolve("nessuno"));
        Map<Path, byte[]> set = new LinkedHashMap<>();
        set.put(docx, bytes("nuovo docx"));
        set.put(pdf, bytes("nuovo pdf"));
        assertThrows(ModelFileException.class, () -> AtomicFiles.writeAll(set, false));
        assertEquals(List.of("a.pdf"), names(dir), "the DOCX written first was removed again");
        assertTrue(Files.isSymbolicLink(pdf), "the link is untouched");
    }

    @Test
    void anExistingFileIsKeptWithoutReplace(@TempDir Path dir) throws Exception {
        Path docx = dir.resolve("a.docx");
        Files.writeString(docx, "mio");
        Map<Path, byte[]> set = new LinkedHashMap<>();
        set.put(dir.resolve("a.html"), bytes("nuovo html"));
        set.put(docx, bytes("nuovo docx"));
        ModelFileException failure = assertThrows(ModelFileException.class, () -> AtomicFiles.writeAll(set, false));
        assertEquals(docx, failure.getPath());
        assertEquals(List.of("a.docx"), names(dir), "checked before anything was written");
        assertArrayEquals(bytes("mio"), Files.readAllBytes(docx));
    }

    @Test
    void whatAKilledRunLeftIsRemovedByTheNextOne(@TempDir Path dir) throws Exception {
        Path oldTemporary = Files.writeString(dir.resolve(".a.pdf8123456789.tmp"), "mezzo PDF");
        Path oldBackup = Files.writeString(dir.resolve(".a.pdf.4242.old"), "vecchio PDF");
        Path running = Files.writeString(dir.resolve(".a.pdf998877.tmp"), "un'altra esecuzione, ora");
        Path mine = Files.writeString(dir.resolve(".a.pdf.appunti"), "dell'utente");
        FileTime hourAgo = FileTime.from(Instant.now().minus(Duration.ofHours(1)));
        for (Path file : List.of(oldTemporary, oldBackup, mine)) {
            Files.setLastModifiedTime(file, hourAgo);
        }
        AtomicFiles.writeAll(Map.of(dir.resolve("a.pdf"), bytes("nuovo")), false);
        assertEquals(List.of(".a.pdf.appunti", ".a.pdf998877.tmp", "a.pdf"), names(dir),
                "the old leftovers went; a recent one (maybe another run's) and the user's file stayed");
    }

    @Test
    void aStagedSetIsInPlaceOnlyOnceCommittedAndNothingIsLeftWhenItIsNot(@TempDir Path dir) throws Exception {
        Path docx = dir.resolve("a.docx");
        Path pdf = dir.resolve("a.pdf");
        Files.writeString(pdf, "vecchio pdf");
        try (AtomicFiles.Staging staging = new AtomicFiles.Staging(true)) {
            staging.stage(docx);
            staging.stage(pdf);
            try (var out = staging.output(docx)) {
                out.write(bytes("nuovo docx, scritto a pezzi"), 0, 11);
            }
            try (var out = staging.output(pdf)) {
                out.write(bytes("nuovo pdf"));
            }
            assertEquals("vecchio pdf", Files.readString(pdf), "not in place before the commit");
            assertTrue(names(dir).contains("a.pdf") && !names(dir).contains("a.docx"));
        } // a writer stopped by an error: the set is closed without a commit
        assertEquals(List.of("a.pdf"), names(dir), "no temporary file left, no new file");
        assertEquals("vecchio pdf", Files.readString(pdf));

        try (AtomicFiles.Staging staging = new AtomicFiles.Staging(true)) {
            staging.stage(docx);
            staging.stage(pdf);
            try (var out = staging.output(docx)) {
                out.write(bytes("nuovo docx"));
            }
            try (var out = staging.output(pdf)) {
                out.write(bytes("nuovo pdf"));
            }
            staging.commit();
        }
        assertEquals(List.of("a.docx", "a.pdf"), names(dir));
        assertEquals("nuovo docx", Files.readString(docx));
        assertEquals("nuovo pdf", Files.readString(pdf));
    }

    @Test
    void aWriterThatOpensItsFileOnceTheSetIsClosedLeavesNothing(@TempDir Path dir) throws Exception {
        Path pdf = dir.resolve("a.pdf");
        AtomicFiles.Staging staging = new AtomicFiles.Staging(false);
        staging.stage(pdf);
        staging.close(); // cancelled: the set is closed while a writer thread is still starting
        assertThrows(java.nio.file.NoSuchFileException.class, () -> staging.output(pdf));
        assertEquals(List.of(), names(dir));
    }

    @Test
    void aStagedFileThatAppearedMeanwhileIsNotReplacedWithoutLeave(@TempDir Path dir) throws Exception {
        Path pdf = dir.resolve("a.pdf");
        try (AtomicFiles.Staging staging = new AtomicFiles.Staging(false)) {
            staging.write(pdf, bytes("nuovo pdf"));
            Files.writeString(pdf, "scritto dall'utente nel frattempo"); // a long generation: the user saved one
            assertThrows(ModelFileException.class, staging::commit);
        }
        assertEquals("scritto dall'utente nel frattempo", Files.readString(pdf));
        assertEquals(List.of("a.pdf"), names(dir));
    }
}
