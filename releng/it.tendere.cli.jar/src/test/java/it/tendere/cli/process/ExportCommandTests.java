// SPDX-License-Identifier: EPL-2.0
package it.tendere.cli.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

/**
 * {@code tendere export}: the JSON validated against the shipped JSON Schema
 * by a validator nobody here wrote (networknt), the schema itself caught
 * rejecting broken data, the CSV files read back by Commons CSV with one row
 * per element, and bad inputs refused with nothing written.
 */
class ExportCommandTests {

    private static final Path SHIPPED = Path.of(System.getProperty("tendere.models")).getParent()
            .resolve("bundles/it.tendere.compare/schema/tendere-model-1.schema.json");

    @TempDir
    Path dir;

    private static Schema schema() throws Exception {
        return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(Files.readString(SHIPPED), InputFormat.JSON);
    }

    private static long count(String text, String regex) {
        Matcher matcher = Pattern.compile(regex, Pattern.MULTILINE).matcher(text);
        return matcher.results().count();
    }

    @ParameterizedTest
    @ValueSource(strings = { "formazione.tendere", "sua.tendere" })
    void theJsonIsValidAgainstTheShippedSchemaAndHoldsTheModel(String model) throws Exception {
        Runner.Result result = Runner.IN_PROCESS.run(dir, "export", CommandLineTests.model(model).toString(), "--out",
                dir.resolve("dati").toString());
        assertEquals(0, result.exit(), result::toString);
        Path json;
        try (var files = Files.list(dir.resolve("dati"))) {
            json = files.filter(f -> f.toString().endsWith(".json")).findFirst().orElseThrow();
        }
        String text = Files.readString(json, StandardCharsets.UTF_8);
        List<Error> errors = schema().validate(text, InputFormat.JSON);
        assertEquals(List.of(), errors.stream().map(Error::toString).toList());

        String source = Files.readString(CommandLineTests.model(model), StandardCharsets.UTF_8);
        JsonNode data = new ObjectMapper().readTree(text).get("model");
        assertEquals(count(source, "^\\s*ruolo \\w+"), data.at("/organisation/roles").size());
        assertEquals(count(source, "^\\s*fase \\w+"), stream(data.at("/processesAndTools/processes"))
                .mapToInt(p -> p.get("phases").size()).sum());
        JsonNode first = data.at("/processesAndTools/processes/0/phases/0");
        assertTrue(first.get("id").asText().startsWith("Phase:P1/"), first::toString);
        assertTrue(List.of("provincia", "comune", "entrambi", "esterno").contains(first.get("performer").asText()),
                "the language's keyword: " + first);
    }

    private static java.util.stream.Stream<JsonNode> stream(JsonNode array) {
        return java.util.stream.StreamSupport.stream(array.spliterator(), false);
    }

    @Test
    void theShippedSchemaIsTheOneTheProgramDescribesAndCatchesBrokenData() throws Exception {
        Runner.Result printed = Runner.IN_PROCESS.run(dir, "export", "--schema");
        assertEquals(0, printed.exit(), printed::toString);
        assertEquals(Files.readString(SHIPPED), printed.out(),
                "schema/tendere-model-1.schema.json is what «tendere export --schema» prints: regenerate it, and raise "
                        + "the version if a reader would have to change");

        Runner.Result exported = Runner.IN_PROCESS.run(dir, "export", CommandLineTests.model("formazione.tendere")
                .toString(), "--out", dir.toString());
        assertEquals(0, exported.exit(), exported::toString);
        ObjectMapper mapper = new ObjectMapper();
        String good = Files.readString(dir.resolve("provincia-di-valdaro-formazione.json"));
        Schema schema = schema();
        ObjectNode noId = (ObjectNode) mapper.readTree(good);
        ((ObjectNode) noId.at("/model/organisation/roles/0")).remove("id");
        ObjectNode unknown = (ObjectNode) mapper.readTree(good);
        ((ObjectNode) unknown.at("/model/organisation")).put("colore", "blu");
        ObjectNode badLevel = (ObjectNode) mapper.readTree(good);
        ((ObjectNode) badLevel.at("/model/organisation/positioning/0")).put("target", "eccellente");
        ObjectNode badCount = (ObjectNode) mapper.readTree(good);
        ((ObjectNode) badCount.at("/model/organisation/roles/0")).put("headcount", "due");
        ObjectNode badReference = (ObjectNode) mapper.readTree(good);
        ((ArrayNode) badReference.at("/model/organisation/roles/0/competences")).add("progettista");
        for (ObjectNode broken : List.of(noId, unknown, badLevel, badCount, badReference)) {
            assertFalse(schema.validate(broken.toString(), InputFormat.JSON).isEmpty(), () -> "accepted: " + broken);
        }
    }

    @Test
    void theCsvTablesReadBackWithOneRowPerElement() throws Exception {
        Path model = CommandLineTests.model("formazione.tendere");
        Runner.Result result = Runner.JAR.run(dir, "export", model.toString(), "--format", "csv", "--out", dir.toString());
        assertEquals(0, result.exit(), result::toString);
        String source = Files.readString(model, StandardCharsets.UTF_8);
        List<String> tables = List.of("segmenti", "prestazioni", "ruoli", "competenze", "soggetti-esterni", "fasi",
                "strumenti", "posizionamento");
        // the keyword that declares each table's elements; the positioning has the format's nine aspects
        List<String> keywords = java.util.Arrays.asList("segmento", "prestazione", "ruolo", "competenza", "soggetto",
                "fase", "strumento", null);
        for (int i = 0; i < tables.size(); i++) {
            Path file = dir.resolve("provincia-di-valdaro-formazione-" + tables.get(i) + ".csv");
            List<CSVRecord> rows;
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                    CSVParser csv = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                assertEquals(List.of("province", "area"), csv.getHeaderNames().subList(0, 2), file.toString());
                rows = csv.getRecords();
            }
            // declarations only: a phase's «soggetto» (its external party) is deeper in the text
            long expected = keywords.get(i) == null ? 9
                    : count(source, "^\t{1,3}" + keywords.get(i) + " (principale |accessoria )?\\w+");
            assertEquals(expected, rows.size(), file::toString);
            for (CSVRecord row : rows) {
                assertEquals("Provincia di Valdaro", row.get("province"));
                assertEquals("formazione", row.get("area"));
            }
        }
        Path roles = dir.resolve("provincia-di-valdaro-formazione-ruoli.csv");
        try (Reader in = Files.newBufferedReader(roles, StandardCharsets.UTF_8);
                CSVParser csv = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
            CSVRecord first = csv.getRecords().get(0);
            assertEquals("Role:responsabile", first.get("id"));
            assertEquals(1, Integer.parseInt(first.get("headcount")), "a number a spreadsheet reads as one");
        }
    }

    @Test
    void badInputIsRefusedAndNothingIsWritten() throws Exception {
        Path model = CommandLineTests.model("formazione.tendere");
        Runner.Result missing = Runner.IN_PROCESS.run(dir, "export", dir.resolve("assente.tendere").toString(), "--out",
                dir.toString());
        assertEquals(2, missing.exit(), missing::toString);
        assertTrue(missing.err().contains("assente.tendere"), missing::toString);

        Path broken = Files.writeString(dir.resolve("rotto.tendere"), Files.readString(model, StandardCharsets.UTF_8)
                .replace("ruoli progettista", "ruoli inesistente"), StandardCharsets.UTF_8);
        Runner.Result errors = Runner.IN_PROCESS.run(dir, "export", broken.toString(), "--out",
                dir.resolve("nuova").toString());
        assertEquals(1, errors.exit(), errors::toString);
        assertFalse(Files.exists(dir.resolve("nuova")), "nothing written, no folder made");

        Runner.Result format = Runner.IN_PROCESS.run(dir, "export", model.toString(), "--format", "xml");
        assertEquals(2, format.exit(), format::toString);
        assertTrue(format.err().contains("«xml»"), format::toString);

        Path existing = Files.writeString(dir.resolve("provincia-di-valdaro-formazione.json"), "mio");
        Runner.Result refused = Runner.IN_PROCESS.run(dir, "export", model.toString(), "--out", dir.toString());
        assertEquals(2, refused.exit(), refused::toString);
        assertEquals("mio", Files.readString(existing), "the user's file is never overwritten without --force");
    }
}
