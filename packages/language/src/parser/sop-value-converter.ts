/**
 * Value conversion: multi-word units (`hari kerja`, `working days`) keep a single space between
 * their words; Langium would otherwise join the tokens of a data-type rule without spaces. A text
 * without its closing quote keeps its last character (Langium drops the last character as the quote).
 */
import { DefaultValueConverter, ValueConverter, type CstNode, type GrammarAST, type ValueType } from 'langium';
import { isClosedText } from './text-token.js';

export class SopValueConverter extends DefaultValueConverter {
    protected override runConverter(rule: GrammarAST.AbstractRule, input: string, cstNode: CstNode): ValueType {
        if (rule.name === 'Unit') return cstNode.text.trim().replace(/\s+/g, ' ');
        if (rule.name === 'STRING' && !isClosedText(input)) return ValueConverter.convertString(`${input}"`);
        return super.runConverter(rule, input, cstNode);
    }
}
