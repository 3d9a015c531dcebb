/**
 * Registers the SOP checks. Each document (SOP, Standar Pelayanan, SOP book) is checked once
 * against its semantic model; the checks themselves live in one file per concern.
 */
import type { ValidationAcceptor, ValidationChecks } from 'langium';
import * as ast from '../generated/ast.js';
import type { SopServices } from '../sop-module.js';
import type { CollectionModel, SopModel, ServiceStandardModel } from '../model/model-types.js';
import { checkBook, checkSopNumber } from './book-checks.js';
import { checkMonitoring } from './monitoring-checks.js';
import { profileOf } from '../model/sop-model-builder.js';
import { Reporter } from './report.js';
import { keywordLanguage } from '../model/keyword-language.js';
import type { CheckContext } from './check-context.js';
import { checkIdentity } from './identity-checks.js';
import { checkFlow } from './flow-checks.js';
import { checkMutuBaku } from './mutu-baku-checks.js';
import { checkGeneric } from './generic-checks.js';
import { checkServiceStandard } from './service-standard-checks.js';
import { checkStructure } from './structure-checks.js';
import { checkWorkspace } from './workspace-checks.js';
import { checkLogoFile } from './logo-checks.js';

/** Runs every check on a document node. */
export class SopValidator {
    constructor(private readonly services: SopServices) { }

    checkDocument(doc: ast.Document, accept: ValidationAcceptor): void {
        const settings = this.services.sop.Settings;
        const models = this.services.sop.Models;
        const profile = profileOf(doc, settings.defaultProfile);
        const reporter = new Reporter(accept, settings.locale, profile, keywordLanguage(doc, 'id'));
        if (ast.isTemplate(doc)) {
            checkStructure({ doc, model: undefined as never, reporter, services: this.services });
            return;
        }
        if (ast.isMonitoring(doc)) {
            checkStructure({ doc, model: undefined as never, reporter, services: this.services });
            checkMonitoring({ doc, reporter, services: this.services });
            checkWorkspace({ doc, model: undefined as never, reporter, services: this.services });
            return;
        }
        const model = models.getModel(doc);
        const ctx: CheckContext = { doc, model, reporter, services: this.services };
        checkStructure(ctx);
        checkLogoFile(ctx);
        if (ast.isSop(doc)) {
            const sopCtx = ctx as CheckContext<ast.Sop, SopModel>;
            checkIdentity(sopCtx);
            checkGeneric(sopCtx);
            checkFlow(sopCtx);
            checkMutuBaku(sopCtx);
            checkSopNumber(sopCtx);
        } else if (ast.isServiceStandard(doc)) {
            checkServiceStandard(ctx as CheckContext<ast.ServiceStandard, ServiceStandardModel>);
        } else if (ast.isCollection(doc)) {
            checkBook(ctx as CheckContext<ast.Collection, CollectionModel>);
        }
        checkWorkspace(ctx);
    }
}

/** Registers the checks with Langium's validation registry. */
export function registerValidationChecks(services: SopServices): void {
    const validator = services.sop.Validator;
    const checks: ValidationChecks<ast.SopLanguageAstType> = {
        Sop: validator.checkDocument.bind(validator),
        ServiceStandard: validator.checkDocument.bind(validator),
        Collection: validator.checkDocument.bind(validator),
        Template: validator.checkDocument.bind(validator),
        Monitoring: validator.checkDocument.bind(validator),
    };
    services.validation.ValidationRegistry.register(checks, validator);
}
