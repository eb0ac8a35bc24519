// SPDX-License-Identifier: EPL-2.0
package it.tendere.glsp;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;

import it.tendere.identity.ElementId;
import it.tendere.servicemodel.Competence;
import it.tendere.servicemodel.ExternalProvider;
import it.tendere.servicemodel.NamedElement;
import it.tendere.servicemodel.Organisation;
import it.tendere.servicemodel.Role;
import it.tendere.servicemodel.ServiceModel;
import it.tendere.servicemodel.ServicemodelFactory;
import it.tendere.servicemodel.ServicemodelPackage;
import it.tendere.servicemodel.Sourcing;

/**
 * What each gesture on the organisation diagram does to the model. Each is a
 * change of a freshly parsed model, addressed by the elements'
 * {@link ElementId}s, which the text edit is then made from. What they
 * write in the model (a new element's title) is Italian whatever the
 * editor's language: it is the deliverable's text.
 */
final class OrganisationGestures {

    private static final ServicemodelFactory FACTORY = ServicemodelFactory.eINSTANCE;

    private OrganisationGestures() {
    }

    /** A gesture as the text it writes: the file's text, changed by the serializer. */
    static Function<ModelText, ModelText.Edit> plan(Consumer<ServiceModel> change) {
        return text -> text.finish(text.changed(text.text(), change));
    }

    /** A new role, «Nuovo ruolo», one person. */
    static Function<ModelText, ModelText.Edit> createRole() {
        return plan(model -> {
            Role role = FACTORY.createRole();
            role.setName(freeName(model, "ruolo"));
            role.setTitle("Nuovo ruolo");
            role.setHeadcount(1);
            organisation(model).getRoles().add(role);
        });
    }

    /** A new competence, internal or external. */
    static Function<ModelText, ModelText.Edit> createCompetence(boolean external) {
        return plan(model -> {
            Competence competence = FACTORY.createCompetence();
            competence.setName(freeName(model, "competenza"));
            competence.setTitle("Nuova competenza");
            competence.setSourcing(external ? Sourcing.EXTERNAL : Sourcing.INTERNAL);
            organisation(model).getCompetences().add(competence);
        });
    }

    /** A new external provider. */
    static Function<ModelText, ModelText.Edit> createProvider() {
        return plan(model -> {
            ExternalProvider provider = FACTORY.createExternalProvider();
            provider.setName(freeName(model, "soggetto"));
            provider.setTitle("Nuovo soggetto esterno");
            organisation(model).getProviders().add(provider);
        });
    }

    /** A role needs a competence. */
    static Function<ModelText, ModelText.Edit> needs(String role, String competence) {
        return plan(model -> {
            if (ElementId.find(model, role) instanceof Role r && ElementId.find(model, competence) instanceof Competence c
                    && !r.getCompetences().contains(c)) {
                r.getCompetences().add(c);
            }
        });
    }

    /** A competence is provided by an external provider: it is then external. */
    static Function<ModelText, ModelText.Edit> providedBy(String competence, String provider) {
        return plan(model -> {
            if (ElementId.find(model, competence) instanceof Competence c
                    && ElementId.find(model, provider) instanceof ExternalProvider p) {
                c.setProvider(p);
                c.setSourcing(Sourcing.EXTERNAL);
            }
        });
    }

    /**
     * The role becomes the service's coordination point: the one role marked
     * «coordinamento», the mark taken from any other role.
     */
    static Function<ModelText, ModelText.Edit> coordination(String role) {
        return text -> {
            String current = text.text();
            if (text.model().getOrganisation() != null) {
                for (Role other : text.model().getOrganisation().getRoles()) {
                    if (other.isCoordination() && !role.equals(ElementId.of(other))) {
                        current = text.removed(current, ElementId.of(other),
                                ServicemodelPackage.Literals.ROLE__COORDINATION);
                    }
                }
            }
            return text.finish(text.changed(current, model -> {
                if (ElementId.find(model, role) instanceof Role r) {
                    r.setCoordination(true);
                }
            }));
        };
    }

    /** The competence non-negotiable («non negoziabile»), or no longer. */
    static Function<ModelText, ModelText.Edit> nonNegotiable(String competence) {
        return toggle(competence, ServicemodelPackage.Literals.COMPETENCE__NON_NEGOTIABLE,
                element -> element instanceof Competence c && c.isNonNegotiable(), model -> {
                    if (ElementId.find(model, competence) instanceof Competence c) {
                        c.setNonNegotiable(true);
                    }
                });
    }

    /**
     * A gesture that turns an optional feature of an element on or off:
     * where {@code isOn} holds for the element, the feature's words are taken
     * from the text ({@link ModelText#removed}: the serializer leaves such
     * groups half-written), else {@code on} is made through the serializer.
     */
    static Function<ModelText, ModelText.Edit> toggle(String element, EStructuralFeature feature, Predicate<EObject> isOn,
            Consumer<ServiceModel> on) {
        return text -> isOn.test(ElementId.find(text.model(), element))
                ? text.finish(text.removed(text.text(), element, feature))
                : plan(on).apply(text);
    }

    /** A role no longer needs a competence. */
    static Function<ModelText, ModelText.Edit> noLongerNeeds(String role, String competence) {
        return plan(model -> {
            if (ElementId.find(model, role) instanceof Role r && ElementId.find(model, competence) instanceof Competence c) {
                r.getCompetences().remove(c);
            }
        });
    }

    /**
     * An element's title, as the user typed it in place. A phase's box shows
     * its number before the title («3. Mappa…»): a number left there is not
     * taken as part of the title.
     */
    static Function<ModelText, ModelText.Edit> retitle(String element, String title) {
        return plan(model -> {
            EObject titled = ElementId.find(model, element);
            if (titled instanceof it.tendere.servicemodel.Phase phase) {
                phase.setTitle(title.strip().replaceFirst("^\\d+\\.\\s*", ""));
            } else if (titled instanceof it.tendere.servicemodel.TitledElement other) {
                other.setTitle(title.strip());
            }
        });
    }

    /**
     * Deletes elements and links. A link is {@code source->target}: the
     * reference goes, both elements stay. An element goes with every
     * reference to it (a role's need of a deleted competence, a competence's
     * provider, a phase's party): single references go first, by their lines
     * (see {@link ModelText#removed}), then the rest through the serializer.
     */
    static Function<ModelText, ModelText.Edit> delete(Collection<String> ids) {
        return text -> {
            String current = text.text();
            ServiceModel model = text.parse(current);
            List<String> elements = new ArrayList<>();
            for (String id : ids) {
                int arrow = id.indexOf(GraphIds.LINK);
                if (arrow < 0) {
                    elements.add(id);
                } else if (ElementId.find(model, id.substring(0, arrow)) instanceof Competence competence
                        && competence.getProvider() == ElementId.find(model,
                                id.substring(arrow + GraphIds.LINK.length()))) {
                    current = text.removed(current, id.substring(0, arrow),
                            ServicemodelPackage.Literals.COMPETENCE__PROVIDER);
                }
            }
            current = text.withoutReferencesTo(current, elements);
            return text.finish(text.changed(current, fresh -> {
                Set<EObject> deleted = new HashSet<>();
                for (String id : ids) {
                    int arrow = id.indexOf(GraphIds.LINK);
                    if (arrow > 0) {
                        if (ElementId.find(fresh, id.substring(0, arrow)) instanceof Role role && ElementId.find(fresh,
                                id.substring(arrow + GraphIds.LINK.length())) instanceof Competence competence) {
                            role.getCompetences().remove(competence);
                        }
                    } else if (ElementId.find(fresh, id) instanceof NamedElement element && element != fresh) {
                        deleted.add(element);
                    }
                }
                deleted.forEach(element -> EcoreUtil.delete(element, true));
            }));
        };
    }

    private static Organisation organisation(ServiceModel model) {
        if (model.getOrganisation() == null) {
            model.setOrganisation(FACTORY.createOrganisation());
        }
        return model.getOrganisation();
    }

    /** {@code base} with the smallest number that no element of the model is named. */
    static String freeName(ServiceModel model, String base) {
        Set<String> taken = new HashSet<>();
        for (Iterator<EObject> all = model.eAllContents(); all.hasNext();) {
            if (all.next() instanceof NamedElement named && named.getName() != null) {
                taken.add(named.getName());
            }
        }
        int number = 1;
        while (taken.contains(base + number)) {
            number++;
        }
        return base + number;
    }
}
