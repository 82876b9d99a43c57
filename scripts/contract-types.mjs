// Generates the TypeScript types of the contract from contract/openapi.yaml (never retyped by
// hand). `--check` fails when the committed file is stale, so CI catches a forgotten regeneration.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';

const source = new URL('../contract/openapi.yaml', import.meta.url);
const target = fileURLToPath(new URL('../src/shared/api/schema.d.ts', import.meta.url));

const header = '// Generated from contract/openapi.yaml by scripts/contract-types.mjs: do not edit.\n\n';
const ast = await openapiTS(source, { alphabetize: false, exportType: true, immutable: false });
const output = header + astToString(ast);

if (process.argv.includes('--check')) {
  const current = existsSync(target) ? readFileSync(target, 'utf8') : '';
  if (current !== output) {
    console.error('src/shared/api/schema.d.ts is stale: run `npm run contract:types` and commit it.');
    process.exit(1);
  }
  console.log('Contract types are up to date.');
} else {
  writeFileSync(target, output);
  console.log('Wrote src/shared/api/schema.d.ts');
}
