// SPDX-License-Identifier: EPL-2.0
package it.tendere.cli;

import java.util.stream.Collectors;

import picocli.CommandLine.MaxValuesExceededException;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Words picocli's usage errors, which it only says in English, in the user's language.
 */
final class Usage {

    private Usage() {
    }

    static String describe(ParameterException exception) {
        if (exception instanceof MissingParameterException missing) {
            return Tendere.MESSAGES.get("usage.missing", missing.getMissing().stream().map(Usage::name)
                    .collect(Collectors.joining(", ")));
        }
        if (exception instanceof UnmatchedArgumentException unmatched) {
            return Tendere.MESSAGES.get("usage.unmatched", String.join(" ", unmatched.getUnmatched()));
        }
        if (exception instanceof OverwrittenOptionException overwritten) {
            return Tendere.MESSAGES.get("usage.repeated", name(overwritten.getOverwritten()));
        }
        if (exception instanceof MaxValuesExceededException) {
            return Tendere.MESSAGES.get("usage.tooMany");
        }
        if (exception.getClass() == ParameterException.class && exception.getArgSpec() != null
                && exception.getValue() != null) {
            return Tendere.MESSAGES.get("usage.invalid", name(exception.getArgSpec()), exception.getValue());
        }
        return exception.getMessage();
    }

    private static String name(ArgSpec spec) {
        if (spec instanceof OptionSpec option) {
            return option.longestName();
        }
        if (spec instanceof PositionalParamSpec positional) {
            return positional.paramLabel();
        }
        return String.valueOf(spec);
    }
}
