// tsc does not copy hand-placed .d.ts files: the generated contract types go next to lib/'s output.
import { copyFileSync, mkdirSync } from 'node:fs';

mkdirSync('lib/shared/api', { recursive: true });
copyFileSync('src/shared/api/schema.d.ts', 'lib/shared/api/schema.d.ts');
