/**
 * Scopes of the references inside an SOP: a pelaksana (`Actor`) or a row (`Step`) is looked up in
 * a map of the SOP's own declarations, built once per SOP. Langium's default walks the containers
 * and tests every named node of each (every row of the procedure for every reference), which made
 * linking quadratic in the number of rows. Other references (SOPs, templates) keep the default.
 */
import { AstUtils, DefaultScopeProvider, EMPTY_SCOPE, MapScope, type AstNode, type AstNodeDescription, type ReferenceInfo, type Scope } from 'langium';
import * as ast from '../generated/ast.js';

interface SopScopes {
    actors: Scope;
    steps: Scope;
}

/** The scope provider of the SOP language (see the file comment). */
export class SopScopeProvider extends DefaultScopeProvider {
    /** Per SOP node; a new parse makes new nodes, so entries never go stale. */
    private readonly scopes = new WeakMap<ast.Sop, SopScopes>();

    override getScope(context: ReferenceInfo): Scope {
        const type = this.reflection.getReferenceType(context);
        if (type !== ast.Actor.$type && type !== ast.Step.$type) return super.getScope(context);
        const sop = AstUtils.getContainerOfType(context.container, ast.isSop);
        if (!sop) return EMPTY_SCOPE;
        let scopes = this.scopes.get(sop);
        if (!scopes) {
            scopes = {
                actors: this.firstOfEachName(sop.members.filter(ast.isActor)),
                steps: this.firstOfEachName(sop.members.filter(ast.isProcedure).flatMap(p => (p.items ?? []).filter(ast.isStep))),
            };
            this.scopes.set(sop, scopes);
        }
        return type === ast.Actor.$type ? scopes.actors : scopes.steps;
    }

    /** A scope of the nodes by name; with a name written twice (SOP-P20/P21) the first one wins. */
    private firstOfEachName(nodes: readonly AstNode[]): Scope {
        const byName = new Map<string, AstNodeDescription>();
        for (const node of nodes) {
            const name = this.nameProvider.getName(node);
            if (name && !byName.has(name)) byName.set(name, this.descriptions.createDescription(node, name));
        }
        return new MapScope(byName.values());
    }
}
