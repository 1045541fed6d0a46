// Marks a folder of tsc's CommonJS output as CommonJS inside a "type": "module" package.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

writeFileSync(join(process.argv[2], 'package.json'), '{ "type": "commonjs" }\n');
