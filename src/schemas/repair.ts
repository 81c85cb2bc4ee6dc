// Bundled for the browser: no Node modules (tests/unit/browser-modules.test.ts).
import { z } from 'zod';
import { slug, text } from './common';

/** An extraction artifact repaired in the transcription, listed on /about/. */
export const repairSchema = z
  .object({
    notice: slug,
    kind: z.enum(['and', 'split', 'doubled', 'title-break', 'bullet']),
    found: text,
    repaired: text,
  })
  .strict();

export const repairsFileSchema = z.array(repairSchema);
export type Repair = z.infer<typeof repairSchema>;
