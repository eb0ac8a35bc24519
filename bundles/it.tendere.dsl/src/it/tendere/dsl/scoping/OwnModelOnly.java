// SPDX-License-Identifier: EPL-2.0
package it.tendere.dsl.scoping;

import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.scoping.IGlobalScopeProvider;
import org.eclipse.xtext.scoping.IScope;

import com.google.common.base.Predicate;

/**
 * A {@code .tendere} file is one Province's model, whole: a name is looked up
 * in its own file only, never in another model of the same folder or
 * workspace. The language server, the studio and {@code tendere validate}
 * then resolve the same names (before, the language server's index let
 * {@code formazione.tendere} name a role of {@code sua.tendere}, which
 * {@code validate} rejects). The file's own names come from the local scope.
 */
public final class OwnModelOnly implements IGlobalScopeProvider {

    @Override
    public IScope getScope(Resource context, EReference reference, Predicate<IEObjectDescription> filter) {
        return IScope.NULLSCOPE;
    }
}
