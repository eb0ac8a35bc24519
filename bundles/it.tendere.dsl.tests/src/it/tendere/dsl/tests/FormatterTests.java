// SPDX-License-Identifier: EPL-2.0
package it.tendere.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.stream.Stream;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.formatter.FormatterTestHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.google.inject.Inject;

/**
 * The formatter lays models out one statement per line, blocks indented,
 * and leaves the committed models as they are.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(TendereInjectorProvider.class)
class FormatterTests {

    @Inject
    private FormatterTestHelper formatter;

    @Test
    void crampedTextIsLaidOut() {
        formatter.assertFormatted(request -> {
            request.setToBeFormatted("servizio \"S\" { provincia   \"P\" comuni 3 organizzazione { ruolo r \"R\" {"
                    + " coordinamento persone 2 competenze a,b } competenza a { interna } competenza b { esterna } "
                    + "posizionamento { struttura attuale base obiettivo avanzato } } processi { processo P1 { fase f"
                    + " { svolta da provincia strumenti t } } strumento t { tipo software } } }");
            request.setExpectation("""
                    servizio "S" {
                    	provincia "P"
                    	comuni 3
                    	organizzazione {
                    		ruolo r "R" {
                    			coordinamento
                    			persone 2
                    			competenze a, b
                    		}
                    		competenza a {
                    			interna
                    		}
                    		competenza b {
                    			esterna
                    		}
                    		posizionamento {
                    			struttura attuale base obiettivo avanzato
                    		}
                    	}
                    	processi {
                    		processo P1 {
                    			fase f {
                    				svolta da provincia
                    				strumenti t
                    			}
                    		}
                    		strumento t {
                    			tipo software
                    		}
                    	}
                    }
                    """);
        });
    }

    static Stream<Path> models() {
        return SampleModels.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void committedModelsAreFormatted(Path file) {
        String text = SampleModels.read(SampleModels.folder().relativize(file).toString());
        formatter.assertFormatted(request -> {
            request.setToBeFormatted(text);
            request.setExpectation(text);
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void theFormatterEndsAFileWithOneNewlineAndNoBlankLinesAround(Path file) {
        String text = SampleModels.read(SampleModels.folder().relativize(file).toString());
        formatter.assertFormatted(request -> {
            request.setToBeFormatted("\n\n" + text.strip() + "\n\n\n");
            request.setExpectation(text);
        });
    }
}
