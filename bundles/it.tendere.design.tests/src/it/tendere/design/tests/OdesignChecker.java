// SPDX-License-Identifier: EPL-2.0
package it.tendere.design.tests;

import static it.tendere.design.tests.DescriptionElements.isExpression;
import static it.tendere.design.tests.DescriptionElements.key;
import static it.tendere.design.tests.DescriptionElements.list;
import static it.tendere.design.tests.DescriptionElements.values;
import static it.tendere.design.tests.DescriptionElements.where;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.UnresolvedReferenceException;

import it.tendere.design.tests.Finding.Kind;

/**
 * Checks a Sirius viewpoint specification without Sirius: loads it strictly
 * against Sirius's own metamodels, runs EMF's Diagnostician, and follows
 * every domain class, feature name, expression and icon path of its
 * mappings, tools, tables and validation rules through the domain metamodel.
 */
public final class OdesignChecker {

    /** What a check found, and how much it could not verify without a running Sirius. */
    public record Report(List<Finding> findings, int expressions, int unverified) {
        public boolean clean() {
            return findings.isEmpty();
        }
    }

    private final SiriusMetamodels sirius;
    private final List<EPackage> domain;
    private final Map<String, Path> bundles;
    private final boolean external;
    private final ClassLoader javaServicesLoader;

    private ExpressionChecks checks;

    /**
     * @param domain the packages the specification's domain classes come from
     * @param bundles where the bundles named in icon paths are, by bundle id
     * @param external whether the design is someone else's, whose icons and Java services are not here:
     *        they are then counted as unverified instead of reported
     * @param javaServicesLoader the class loader that sees the Java services the viewpoint declares
     */
    public OdesignChecker(SiriusMetamodels sirius, List<EPackage> domain, Map<String, Path> bundles,
            boolean external, ClassLoader javaServicesLoader) {
        this.sirius = sirius;
        this.domain = new ArrayList<>(domain);
        this.domain.add(EcorePackage.eINSTANCE);
        this.bundles = bundles;
        this.external = external;
        this.javaServicesLoader = javaServicesLoader;
    }

    public Report check(Path odesign) {
        checks = new ExpressionChecks(sirius, domain, external, javaServicesLoader);
        ResourceSet resourceSet = sirius.newResourceSet(domain);
        Resource resource = resourceSet.createResource(URI.createFileURI(odesign.toAbsolutePath().toString()));
        try {
            resource.load(Map.of());
        } catch (IOException e) {
            if (resource.getErrors().isEmpty()) {
                checks.findings.add(new Finding(Kind.LOAD, odesign.getFileName().toString(), String.valueOf(e.getMessage())));
            }
        }
        for (Resource.Diagnostic error : resource.getErrors()) {
            Kind kind = error instanceof UnresolvedReferenceException ? Kind.UNRESOLVED : Kind.LOAD;
            checks.findings.add(new Finding(kind, "line " + error.getLine(), error.getMessage()));
        }
        for (Resource.Diagnostic warning : resource.getWarnings()) {
            checks.findings.add(new Finding(Kind.LOAD, "line " + warning.getLine(), warning.getMessage()));
        }
        if (resource.getContents().isEmpty()) {
            return new Report(checks.findings, checks.expressions, checks.unverified);
        }
        EcoreUtil.resolveAll(resource);
        unresolvedProxies(resource);
        constraints(resource);
        DescriptionWalk walk = new DescriptionWalk(checks);
        for (EObject root : resource.getContents()) {
            for (EObject viewpoint : list(root, "ownedViewpoints")) {
                walk.viewpoint(viewpoint);
            }
        }
        everythingElse(resource);
        return new Report(checks.findings, checks.expressions, checks.unverified);
    }

    // ---- structure

    private void unresolvedProxies(Resource resource) {
        Map<EObject, Collection<EStructuralFeature.Setting>> proxies = EcoreUtil.UnresolvedProxyCrossReferencer.find(resource);
        proxies.forEach((proxy, settings) -> {
            for (EStructuralFeature.Setting setting : settings) {
                checks.findings.add(new Finding(Kind.UNRESOLVED, where(setting.getEObject()),
                        setting.getEStructuralFeature().getName() + " points at nothing: " + EcoreUtil.getURI(proxy)));
            }
        });
    }

    private void constraints(Resource resource) {
        for (EObject root : resource.getContents()) {
            collectConstraints(Diagnostician.INSTANCE.validate(root));
        }
    }

    private void collectConstraints(Diagnostic diagnostic) {
        for (Diagnostic child : diagnostic.getChildren()) {
            boolean relevant = child.getSeverity() >= Diagnostic.ERROR;
            List<?> data = child.getData();
            if (data.size() > 1 && data.get(1) instanceof EStructuralFeature feature
                    && (feature.isTransient() || feature.isDerived())) {
                relevant = false; // never written in a file, computed by Sirius
            }
            if (child.getMessage() != null && child.getMessage().contains("unresolved proxy")) {
                relevant = false; // reported as UNRESOLVED
            }
            if (relevant) {
                EObject subject = data.isEmpty() || !(data.get(0) instanceof EObject o) ? null : o;
                checks.findings.add(new Finding(Kind.CONSTRAINT, subject == null ? "?" : where(subject), child.getMessage()));
            }
            collectConstraints(child);
        }
    }

    // ---- what the walk did not reach: type names, icons, and expressions checked without context

    private void everythingElse(Resource resource) {
        Set<String> visited = checks.visited;
        resource.getAllContents().forEachRemaining(object -> {
            for (EAttribute attribute : object.eClass().getEAllAttributes()) {
                String type = attribute.getEAttributeType().getName();
                if (!object.eIsSet(attribute)) {
                    continue;
                }
                for (Object value : values(object, attribute)) {
                    if (!(value instanceof String text) || text.isBlank()) {
                        continue;
                    }
                    if (type.equals("TypeName") && checks.classifier(text) == null) {
                        checks.findings.add(new Finding(Kind.DOMAIN_CLASS, where(object) + "." + attribute.getName(),
                                "no class '" + text + "' in " + checks.packageNames()));
                    } else if (type.equals("ImagePath")) {
                        icon(object, attribute, text);
                    } else if (isExpression(attribute) && !visited.contains(key(object, attribute))) {
                        visited.add(key(object, attribute));
                        checks.check(object, attribute.getName(), text, ExpressionChecks.fallbackScope(object));
                        checks.unverified++;
                    }
                }
            }
        });
    }

    private void icon(EObject owner, EAttribute attribute, String path) {
        String trimmed = path.startsWith("/") ? path.substring(1) : path;
        int slash = trimmed.indexOf('/');
        String bundle = slash < 0 ? trimmed : trimmed.substring(0, slash);
        Path folder = bundles.get(bundle);
        if (folder == null) {
            if (external) {
                checks.unverified++;
            } else {
                checks.findings.add(new Finding(Kind.ICON, where(owner) + "." + attribute.getName(), "unknown bundle in " + path));
            }
        } else if (slash < 0 || !Files.isRegularFile(folder.resolve(trimmed.substring(slash + 1)))) {
            checks.findings.add(new Finding(Kind.ICON, where(owner) + "." + attribute.getName(), "no file " + path));
        }
    }
}
