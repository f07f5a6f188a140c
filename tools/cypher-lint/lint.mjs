// Lints Cypher with Neo4j's own parser. Usage: node lint.mjs [--browser] [FILE...]  (stdin when no file).
// Each input is split into statements; every diagnostic of severity 1 (error) is printed as
// "<file>:<statement>:<line>:<col>: <message>" and makes the exit code 1. Parameters ($x) are supplied
// at run time, so "parameter not defined" diagnostics are not errors here.
// --browser: lines starting with ':' (Browser commands such as :param) are linted as console commands.
import { readFileSync } from 'node:fs';
import { lintCypherQuery, parseStatementsStrs, isNotParamError } from '@neo4j-cypher/language-support';

const args = process.argv.slice(2);
const browser = args.includes('--browser');
const files = args.filter((a) => a !== '--browser');
const inputs = files.length === 0 ? [['<stdin>', readFileSync(0, 'utf8')]] : files.map((f) => [f, readFileSync(f, 'utf8')]);

let errors = 0;
let statements = 0;
for (const [name, text] of inputs) {
  const parts = parseStatementsStrs(text).filter((s) => s.trim().length > 0);
  parts.forEach((statement, index) => {
    statements++;
    const { diagnostics } = lintCypherQuery(statement, {}, { consoleCommandsEnabled: browser });
    for (const d of diagnostics) {
      if (d.severity !== 1 || !isNotParamError(d)) continue;
      errors++;
      const line = d.range.start.line + 1;
      const col = d.range.start.character + 1;
      const excerpt = statement.trim().split('\n')[0].slice(0, 80);
      console.log(`${name}:${index + 1}:${line}:${col}: ${d.message.split('\n')[0]}  [${excerpt}]`);
    }
  });
}
console.log(`${statements} statements, ${errors} errors`);
process.exit(errors === 0 ? 0 : 1);
