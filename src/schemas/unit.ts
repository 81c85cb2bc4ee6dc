// Bundled for the browser: no Node modules (tests/unit/browser-modules.test.ts).
import { z } from 'zod';
import { text, unitId } from './common';

export const UNIT_KINDS = [
  'national',
  'province',
  'autonomous-region',
  'municipality',
  'industry-union',
  'city',
  'county-city',
  'district',
  'county',
  'zone',
  'township',
  'town',
  'street',
  'enterprise-union',
  'grassroots-union',
] as const;

export const unitSchema = z
  .object({
    id: unitId,
    /** As printed in the notice that allocates to it (永春市总工会, 广西省). */
    name: text,
    kind: z.enum(UNIT_KINDS),
    parent: unitId.nullable(),
    /** The standard name, where the printed one differs (永春县总工会, 广西壮族自治区). */
    standardName: text.optional(),
  })
  .strict();

/** A units file holds the units of one branch of the tree. */
export const unitsFileSchema = z.array(unitSchema);

export type Unit = z.infer<typeof unitSchema>;
export type UnitKind = (typeof UNIT_KINDS)[number];
