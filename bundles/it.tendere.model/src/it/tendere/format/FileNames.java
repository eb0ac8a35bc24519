// SPDX-License-Identifier: EPL-2.0
package it.tendere.format;

import java.text.Normalizer;
import java.util.Locale;

import it.tendere.servicemodel.ServiceModel;

/**
 * The names of the files written from a model: the Province and the service
 * area, so that one Province's files of two services never take each
 * other's place ({@code provincia-di-valdaro-formazione}).
 */
public final class FileNames {

    private FileNames() {
    }

    /** The Province and the area of a model as a part of a file name; empty where the model names neither. */
    public static String of(ServiceModel model) {
        String province = model.getProvince() == null ? "" : word(model.getProvince());
        String area = model.isSetArea() ? word(model.getArea().getLiteral()) : "";
        return province.isEmpty() ? area : area.isEmpty() ? province : province + "-" + area;
    }

    /** Words as a part of a file name: no accents, lower case, a dash between words. */
    public static String word(String words) {
        return Normalizer.normalize(words, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }
}
