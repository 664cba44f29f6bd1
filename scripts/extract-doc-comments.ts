import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { repositoryRoot } from './guard/load-dataset.js';
import { pickDocComments } from './guard/pick-doc-comments.js';

/*
 * npm run extract:doc-comments — writes the declaration doc comments that training uses as benign
 * technical prose to scripts/guard/doc-comments/declaration-doc-comments.jsonl. Run it after the
 * installed packages change, then `npm run train:guard`; training itself reads only the committed
 * file, so it does not depend on what node_modules holds.
 */
const root = repositoryRoot();
const comments = pickDocComments(join(root, 'node_modules'));
const path = join(root, 'scripts', 'guard', 'doc-comments', 'declaration-doc-comments.jsonl');
writeFileSync(
  path,
  comments
    .map((text) => JSON.stringify({ text, label: 0, category: 'doc_comment' }))
    .join('\n')
    .concat('\n'),
);
console.log(`wrote ${comments.length} doc comments to ${path}`);
