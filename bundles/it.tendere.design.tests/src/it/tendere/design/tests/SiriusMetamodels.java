// SPDX-License-Identifier: EPL-2.0
package it.tendere.design.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

/**
 * Sirius's description metamodels, loaded as dynamic EMF from their .ecore
 * files, with the environment models their colours and tools live in.
 */
public final class SiriusMetamodels {

    private final Path metamodels;
    private final List<EPackage> packages = new ArrayList<>();

    private SiriusMetamodels(Path metamodels) {
        this.metamodels = metamodels;
    }

    /** Loads every .ecore under {@code sirius/metamodels}. */
    public static SiriusMetamodels load(Path sirius) {
        SiriusMetamodels result = new SiriusMetamodels(sirius.toAbsolutePath().normalize().resolve("metamodels"));
        ResourceSet resourceSet = result.newResourceSet(List.of());
        try (Stream<Path> files = Files.walk(result.metamodels)) {
            for (Path ecore : files.filter(p -> p.toString().endsWith(".ecore")).sorted().toList()) {
                Resource resource = resourceSet.getResource(URI.createFileURI(ecore.toString()), true);
                for (Object root : resource.getContents()) {
                    result.collect((EPackage) root);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // Resolve the metamodels' cross-file references now: EMF reads some of
        // them (a reference's keys) without resolving, when it names elements.
        EcoreUtil.resolveAll(resourceSet);
        return result;
    }

    private void collect(EPackage ePackage) {
        packages.add(ePackage);
        ePackage.getESubpackages().forEach(this::collect);
    }

    /** Every package, subpackages included. */
    public List<EPackage> packages() {
        return packages;
    }

    /**
     * A resource set in which a .odesign loads: Sirius's packages and the
     * given domain packages registered by namespace URI, the environment
     * models mapped to their files.
     */
    public ResourceSet newResourceSet(List<EPackage> domainPackages) {
        ResourceSet resourceSet = new ResourceSetImpl();
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("ecore", new EcoreResourceFactoryImpl());
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("*", new XMIResourceFactoryImpl());
        resourceSet.getResourceFactoryRegistry().getProtocolToFactoryMap().put("environment", new XMIResourceFactoryImpl());
        // The metamodels' only outside reference: Ecore, by its plug-in location.
        resourceSet.getPackageRegistry().put(EcorePackage.eNS_URI, EcorePackage.eINSTANCE);
        resourceSet.getPackageRegistry().put("platform:/plugin/org.eclipse.emf.ecore/model/Ecore.ecore", EcorePackage.eINSTANCE);
        // …and, from the properties metamodel, by a path beside the others
        resourceSet.getPackageRegistry().put(URI.createFileURI(
                metamodels.resolve("org.eclipse.emf.ecore/model/Ecore.ecore").toString()).toString(), EcorePackage.eINSTANCE);
        for (EPackage ePackage : packages) {
            resourceSet.getPackageRegistry().put(ePackage.getNsURI(), ePackage);
        }
        for (EPackage ePackage : domainPackages) {
            resourceSet.getPackageRegistry().put(ePackage.getNsURI(), ePackage);
        }
        resourceSet.getURIConverter().getURIMap().put(URI.createURI("environment:/viewpoint"),
                URI.createFileURI(metamodels.resolve("org.eclipse.sirius.model/model/Environment.odesign").toString()));
        resourceSet.getURIConverter().getURIMap().put(URI.createURI("environment:/diagram"),
                URI.createFileURI(metamodels.resolve("org.eclipse.sirius.diagram/model/DiagramEnvironment.odesign").toString()));
        return resourceSet;
    }
}
