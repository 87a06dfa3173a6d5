import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderLetterPdf } from '../documents';
import { longClinicalSummaryFr, sampleLetterAr, sampleLetterFr } from '../documents/sample-letters';

// Writes sample letters (French, Arabic, and a long French one) to a temporary folder, to look at them:
// `npx tsx packages/server/src/cli/render-sample-letters.ts`.
const folder = mkdtempSync(join(tmpdir(), 'tansiq-letters-'));
const samples = {
  'letter-fr.pdf': sampleLetterFr,
  'letter-ar.pdf': sampleLetterAr,
  'letter-fr-long.pdf': {
    ...sampleLetterFr,
    blocks: sampleLetterFr.blocks.map((block) =>
      block.kind === 'paragraph' ? { ...block, text: longClinicalSummaryFr } : block,
    ),
  },
};
for (const [name, letter] of Object.entries(samples)) {
  writeFileSync(join(folder, name), await renderLetterPdf(letter));
}
console.log(folder);
