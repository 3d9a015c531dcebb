/**
 * Parser messages that speak the user's language and name the real problem. When a word of the
 * language stands where an id was expected (`9 serahkan ketua "..."`: `serahkan` starts a
 * hand-over), the message says that the word is reserved there and how to go on, instead of
 * Chevrotain's list of expected token types.
 */
import { LangiumParserErrorMessageProvider } from 'langium';
import type { IToken, TokenType } from 'chevrotain';
import type { SopSettings } from '../sop-settings.js';

/** True for a keyword token made of letters (a word of the language, not punctuation, an id or a text). */
function isWordKeyword(token: IToken | undefined): boolean {
    return !!token && /^[a-z][a-z-]*$/.test(token.image) && !['ID', 'STRING', 'NUMBER', 'DATE'].includes(token.tokenType.name);
}

/** Words that start or end a flow: reserved where a row's id would stand. */
const flowWords: ReadonlySet<string> = new Set(['mulai', 'start', 'selesai', 'end', 'serahkan', 'handover', 'buntu', 'dead-end', 'simbol', 'symbol']);

function expectsName(types: readonly TokenType[]): boolean {
    return types.some(t => t.name === 'ID');
}

/** Parser error messages of the SOP language (see the file comment). */
export class SopParserErrorMessageProvider extends LangiumParserErrorMessageProvider {
    constructor(private readonly settings: SopSettings) {
        super();
    }

    private reserved(word: string): string {
        return this.settings.locale === 'id'
            ? `"${word}" adalah kata kunci bahasa SOP dan tidak dapat dipakai sebagai id di sini; pilih id lain (mis. "${word}1" atau "${word}Dokumen").`
            : `"${word}" is a reserved word of the SOP language and cannot be used as an id here; choose another id (e.g. "${word}1" or "${word}Doc").`;
    }

    override buildMismatchTokenMessage(options: { expected: TokenType; actual: IToken; previous: IToken; ruleName: string }): string {
        if (options.expected.name === 'ID' && isWordKeyword(options.actual)) return this.reserved(options.actual.image);
        // A flow word where a new row should start (`selesai admin "..."`): it was meant as a row id.
        if (options.expected.name === '}' && flowWords.has(options.actual.image)) return this.reserved(options.actual.image);
        if (options.expected.name === 'EOF') return this.outside(options.actual);
        return this.expecting([options.expected], options.actual);
    }

    override buildNoViableAltMessage(options: { expectedPathsPerAlt: TokenType[][][]; actual: IToken[]; previous: IToken; customUserDescription: string; ruleName: string }): string {
        const first = options.actual[0];
        const expected = options.expectedPathsPerAlt.flat().map(p => p[0]).filter(Boolean);
        if (isWordKeyword(first) && expectsName(expected)) return this.reserved(first.image);
        return this.expecting(expected, first);
    }

    override buildEarlyExitMessage(options: { expectedIterationPaths: TokenType[][]; actual: IToken[]; previous: IToken; customUserDescription: string; ruleName: string }): string {
        const first = options.actual[0];
        const expected = options.expectedIterationPaths.map(p => p[0]).filter(Boolean);
        if (isWordKeyword(first) && expectsName(expected)) return this.reserved(first.image);
        return this.expecting(expected, first);
    }

    /**
     * Text after the last document: a `}` closed it early, mostly because a block lost its `{`
     * (`dasar-hukum` without `{` takes its `}` for the document's).
     */
    private outside(actual: IToken): string {
        // Chevrotain's `previous` token is not the `}` that closed the document, so no line is named.
        return this.settings.locale === 'id'
            ? `'${actual.image}' berada di luar dokumen: sebuah } di atasnya sudah menutup dokumen. Apakah ada { yang hilang, atau } yang berlebih?`
            : `'${actual.image}' stands outside any document: a } above it already closed the document. Is a { missing, or is there one } too many?`;
    }

    /**
     * "Expecting one of …": the words that may also serve as ids are folded into "an id", so the
     * list stays short (one line, not a hundred keywords).
     */
    private expecting(expected: readonly TokenType[], actual: IToken | undefined): string {
        const id = this.settings.locale === 'id' ? 'sebuah id' : 'an id';
        const text = this.settings.locale === 'id' ? 'sebuah teks "..."' : 'a text "..."';
        const name = (t: TokenType) => (t.name === 'ID' ? id : t.name === 'STRING' ? text : `'${t.name.replace(/:KW$/, '')}'`);
        const names = expectsName(expected)
            ? [...new Set(expected.filter(t => !/^[a-z][a-z-]*$/.test(t.name) || t.name === 'ID').map(name))]
            : [...new Set(expected.map(name))];
        const found = actual ? actual.image : 'EOF';
        return this.settings.locale === 'id'
            ? `Diharapkan ${names.join(', ')}, tetapi ditemukan '${found}'.`
            : `Expecting ${names.join(', ')} but found '${found}'.`;
    }
}
