// Runs after `langium generate`: Langium's TextMate generator turns the two alternatives of the
// STRING terminal (a closed text, and one left open until the end of its line or a closing `{`)
// into two begin/end rules, the second with a meaningless end pattern. Editors must colour a text
// as the lexer reads it, so both become one rule that ends at the closing quote or, for a text
// left open, before the end of the line (and before a `{` that closes the line).
import { readFileSync, writeFileSync } from 'node:fs';

const file = new URL('../syntaxes/sop.tmLanguage.json', import.meta.url);
const grammar = JSON.parse(readFileSync(file, 'utf8'));
const isString = p => p.name === 'string.quoted.double.sop';
const first = grammar.patterns.findIndex(isString);
if (first < 0) throw new Error('fix-textmate: no string rule in the generated grammar');
const rule = { name: 'string.quoted.double.sop', begin: '"', end: '"|(?=[ \\t]*\\{?[ \\t]*$)', patterns: [{ include: '#string-character-escape' }] };
grammar.patterns = grammar.patterns.filter((p, i) => !isString(p) || i === first).map(p => (isString(p) ? rule : p));
writeFileSync(file, `${JSON.stringify(grammar, null, 2)}\n`);
