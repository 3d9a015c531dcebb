/**
 * Reporting a rule: looks the rule up in the catalogue, skips rules that do not apply to the
 * document's profile, localises the message and attaches code and regulation source.
 */
import type { AstNode, ValidationAcceptor } from 'langium';
import type { Range } from 'vscode-languageserver-types';
import { keywordPair, type Lang } from '../syntax/keywords.js';
import type { Profile } from '../model/model-types.js';
import { rules, ruleMessage, type RuleDef } from './rules.js';

/** Where to put the squiggle: a property (and index) of a node, a keyword, or an explicit range. */
export interface Target {
    node: AstNode;
    property?: string;
    index?: number;
    keyword?: string;
    range?: Range;
}

/** Data attached to every diagnostic of ours, read by quick fixes and the CLI. */
export interface RuleData {
    code: string;
    source: string;
    [key: string]: unknown;
}

/** Whether a rule applies to a document checked under a profile. */
export function ruleApplies(rule: RuleDef, profile: Profile): boolean {
    switch (rule.scope) {
        case 'all': return true;
        case 'sop': return profile === 'sop-ap' || profile === 'generic';
        default: return rule.scope === profile;
    }
}

/**
 * Writes the keywords quoted in a message (between backticks) in the language the file is
 * written in: an English UI tells a file written with Indonesian keywords to add `nomor "..."`,
 * not `number "..."`.
 */
export function withKeywordsIn(message: string, keywordLang: Lang | undefined): string {
    if (!keywordLang) return message;
    return message.replace(/`([^`]*)`/g, (_, code: string) => `\`${code.replace(/[a-z][a-z-]*/g, w => keywordPair(w)?.[keywordLang] ?? w)}\``);
}

/** Reports rules for one document under one profile and language. */
export class Reporter {
    /** `keywordLang`: the language of the file's keywords, used for the keywords a message suggests. */
    constructor(readonly accept: ValidationAcceptor, readonly lang: Lang, readonly profile: Profile, readonly keywordLang?: Lang) { }

    /** Reports `code` at `target` with message arguments; `extra` goes into the diagnostic data. */
    report(code: string, target: Target, args: readonly unknown[] = [], extra: Record<string, unknown> = {}): void {
        const rule = rules.get(code);
        if (!rule) throw new Error(`Unknown rule code ${code}`);
        if (!ruleApplies(rule, this.profile)) return;
        const data: RuleData = { ...extra, code, source: rule.source };
        this.accept(rule.severity, withKeywordsIn(ruleMessage(code, this.lang, args), this.keywordLang), {
            node: target.node,
            property: target.property as never,
            index: target.index,
            keyword: target.keyword as never,
            range: target.range,
            code,
            data,
        });
    }

    /** Picks the phrase for the current language. */
    t(pair: Record<Lang, string>): string {
        return pair[this.lang];
    }
}
