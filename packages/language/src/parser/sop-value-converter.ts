/**
 * Value conversion: multi-word units (`hari kerja`, `working days`) keep a single space between
 * their words; Langium would otherwise join the tokens of a data-type rule without spaces.
 */
import { DefaultValueConverter, type CstNode, type GrammarAST, type ValueType } from 'langium';

export class SopValueConverter extends DefaultValueConverter {
    protected override runConverter(rule: GrammarAST.AbstractRule, input: string, cstNode: CstNode): ValueType {
        if (rule.name === 'Unit') return cstNode.text.trim().replace(/\s+/g, ' ');
        return super.runConverter(rule, input, cstNode);
    }
}
