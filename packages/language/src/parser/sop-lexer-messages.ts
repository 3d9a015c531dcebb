/**
 * Lexer messages in plain words and in the user's language: Chevrotain's own
 * ("unexpected character: ->/<- at offset: 630, skipped 1 characters.") names an offset that
 * no editor shows and is English only.
 */
import type { ILexerErrorMessageProvider, IToken } from 'chevrotain';
import type { SopSettings } from '../sop-settings.js';

/** Lexer error messages of the SOP language (see the file comment). */
export class SopLexerErrorMessageProvider implements ILexerErrorMessageProvider {
    constructor(private readonly settings: SopSettings) { }

    buildUnexpectedCharactersMessage(fullText: string, startOffset: number, length: number): string {
        const chars = fullText.substring(startOffset, startOffset + length);
        return this.settings.locale === 'id'
            ? `Karakter '${chars}' tidak bermakna di sini; teks harus diapit tanda petik ("...").`
            : `The character '${chars}' has no meaning here; texts must be inside quotes ("...").`;
    }

    buildUnableToPopLexerModeMessage(token: IToken): string {
        // The SOP lexer has a single mode; kept for the interface.
        return `Unable to pop lexer mode after '${token.image}'.`;
    }
}
