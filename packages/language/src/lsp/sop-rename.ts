/**
 * Rename of pelaksana, steps and documents (SOP ids are renamed in every file that refers to
 * them, through Langium's reference index). A new name must be a valid id and not a keyword, so a
 * rename never breaks the parse.
 */
import { AstUtils, GrammarAST, type LangiumDocument } from 'langium';
import { DefaultRenameProvider } from 'langium/lsp';
import { ResponseError, type RenameParams, type WorkspaceEdit } from 'vscode-languageserver';
import type { SopServices } from '../sop-module.js';
import { msg } from '../i18n/lsp-messages.js';

/** Langium's rename, refusing names that would not parse as an id. */
export class SopRenameProvider extends DefaultRenameProvider {
    private readonly sopServices: SopServices;
    private readonly keywords: ReadonlySet<string>;

    constructor(services: SopServices) {
        super(services);
        this.sopServices = services;
        this.keywords = new Set(AstUtils.streamAst(services.Grammar).filter(GrammarAST.isKeyword).map(k => k.value));
    }

    /** Whether `name` lexes as one ID token. */
    isValidName(name: string): boolean {
        return /^[_a-zA-Z]\w*$/.test(name) && !this.keywords.has(name);
    }

    override async rename(document: LangiumDocument, params: RenameParams): Promise<WorkspaceEdit | undefined> {
        if (!this.isValidName(params.newName)) {
            throw new ResponseError(-32602, msg('invalidName', this.sopServices.sop.Settings.locale, params.newName));
        }
        return super.rename(document, params);
    }
}
