#!/usr/bin/env node
// Generates src/js/unicode_tables.c: the identifier tables the lexer needs (ECMA-262 §12.7:
// IdentifierStart = ID_Start | $ | _, IdentifierPart = ID_Continue | $ | ZWNJ | ZWJ), taken
// from this node's own `\p{ID_Start}` / `\p{ID_Continue}` so bale agrees with the engine that
// runs its output.
//
// Only code points >= 0x80 are listed (ASCII is a table in the lexer). Each range is packed in
// one uint32: start << 11 | (length - 1); ranges longer than 2048 are split. The arrays are
// sorted, so a binary search on the packed value finds the candidate range.
//
// It also lists the names `\p{…}` accepts in regular expressions (ECMA-262 §22.2.2.9): lone
// names (binary properties and General_Category values), General_Category and Script values,
// and the properties of strings (`v` flag only). The candidate names come from the npm
// packages unicode-property-aliases-ecmascript, unicode-match-property-value-ecmascript and
// unicode-canonical-property-names-ecmascript; each is kept only if this node accepts it.
//
// Usage:
//   (cd /tmp/u && npm install unicode-property-aliases-ecmascript \
//        unicode-match-property-value-ecmascript unicode-canonical-property-names-ecmascript)
//   node scripts/gen-unicode.mjs /tmp/u/node_modules > src/js/unicode_tables.c
//   clang-format -i src/js/unicode_tables.c
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
const LEN_BITS = 11;
const MAX_LEN = 1 << LEN_BITS;

function ranges(test) {
    const out = [];
    let start = -1;
    for (let cp = 0x80; cp <= 0x110000; cp++) {
        const inside = cp <= 0x10ffff && test(cp);
        if (inside && start < 0) start = cp;
        if (!inside && start >= 0) {
            for (let s = start; s < cp; s += MAX_LEN) {
                const len = Math.min(MAX_LEN, cp - s);
                out.push(((s << LEN_BITS) | (len - 1)) >>> 0);
            }
            start = -1;
        }
    }
    return out;
}

function table(name, packed) {
    const lines = [];
    for (let i = 0; i < packed.length; i += 6) {
        const row = packed.slice(i, i + 6).map((v) => '0x' + v.toString(16).padStart(8, '0'));
        lines.push('    ' + row.join(', ') + ',');
    }
    return (
        `const uint32_t ${name}[] = {\n${lines.join('\n')}\n};\n` +
        `const uint32_t ${name}_len = ${packed.length};\n`
    );
}

const idStart = /\p{ID_Start}/u;
const idContinue = /\p{ID_Continue}/u;
const str = (cp) => String.fromCodePoint(cp);
const start = ranges((cp) => idStart.test(str(cp)));
const cont = ranges((cp) => idContinue.test(str(cp)) || cp === 0x200c || cp === 0x200d);

const modules = process.argv[2];
if (!modules) {
    console.error('usage: node scripts/gen-unicode.mjs NODE_MODULES_DIR > src/js/unicode_tables.c');
    process.exit(2);
}
const require = createRequire(pathToFileURL(modules + '/'));
const valueMappings = require('unicode-match-property-value-ecmascript/data/mappings.js');
const canonical = require('unicode-canonical-property-names-ecmascript');
const aliases = (await import(pathToFileURL(modules + '/unicode-property-aliases-ecmascript/index.mjs')))
        .default;

function accepts(body, flags) {
    try {
        new RegExp(`\\p{${body}}`, flags);
        return true;
    } catch {
        return false;
    }
}

// Every spelling of a property: its canonical name and its aliases.
function spellings(name) {
    const out = [name];
    for (const [alias, canon] of aliases) if (canon === name) out.push(alias);
    return out;
}

function values(prop) {
    const out = new Set();
    for (const [alias, canon] of valueMappings.get(prop)) {
        out.add(alias);
        out.add(canon);
    }
    return [...out];
}

// Sorted by byte order, as the C side compares.
const byteSort = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
const uniq = (xs) => [...new Set(xs)].sort(byteSort);
const binaryNames = [...canonical].filter((p) => !['General_Category', 'Script', 'Script_Extensions'].includes(p));
const lone = uniq(
        [...binaryNames.flatMap(spellings), ...values('General_Category')].filter((n) => accepts(n, 'u')));
const gcValues = uniq(values('General_Category').filter((v) => accepts('gc=' + v, 'u')));
const scriptValues = uniq(values('Script').filter((v) => accepts('sc=' + v, 'u')));
const nameOfValues = uniq(['General_Category', 'Script', 'Script_Extensions'].flatMap(spellings));
const stringProps = uniq(['Basic_Emoji', 'Emoji_Keycap_Sequence', 'RGI_Emoji_Modifier_Sequence',
    'RGI_Emoji_Flag_Sequence', 'RGI_Emoji_Tag_Sequence', 'RGI_Emoji_ZWJ_Sequence', 'RGI_Emoji']
        .filter((n) => accepts(n, 'v')));

function names(name, list, what) {
    const lines = [];
    let line = '   ';
    for (const n of list) {
        const item = ` "${n}",`;
        if (line.length + item.length > 100) {
            lines.push(line);
            line = '   ';
        }
        line += item;
    }
    lines.push(line);
    return `// ${what}\nconst char *const ${name}[] = {\n${lines.join('\n')}\n};\n` +
           `const uint32_t ${name}_len = ${list.length};\n`;
}

process.stdout.write(`// Generated by scripts/gen-unicode.mjs with node ${process.version} (Unicode ${
    process.versions.unicode}). Do not edit.
//
// Identifier ranges above ASCII, packed as start << ${LEN_BITS} | (length - 1), sorted.
#include "js/unicode.h"

// ID_Start.
${table('unicode_id_start', start)}
// ID_Continue plus U+200C ZWNJ and U+200D ZWJ (IdentifierPart).
${table('unicode_id_continue', cont)}
// Names for \\p{…}, each list sorted by byte value.
${names('unicode_lone_properties', lone, 'Binary properties and General_Category values, alone.')}
${names('unicode_gc_values', gcValues, 'Values of General_Category (gc=…).')}
${names('unicode_script_values', scriptValues, 'Values of Script and Script_Extensions (sc=…, scx=…).')}
${names('unicode_value_properties', nameOfValues, 'Property names that take a value.')}
${names('unicode_string_properties', stringProps, 'Properties of strings (v flag only).')}`);
