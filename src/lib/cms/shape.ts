// Bundled for the browser: no Node modules (tests/unit/browser-modules.test.ts).
import { z, type ZodTypeAny } from 'zod';
import { email, isoDate, phoneNumber, slug, unitId, webUrl } from '../../schemas/common';

/**
 * A Zod schema seen as a form: each object key a field, in the schema's order, with what kind of
 * value it takes and whether it may be left out. The CMS configuration (config.ts) and the file
 * formats (formats.ts) both read this, so the forms, the files' key order and the schemas cannot drift.
 */
/** What a string holds, where the schema says it with one of common.ts's building blocks. */
export type StringOf = 'date' | 'unit' | 'slug' | 'phone' | 'email' | 'url';

export type FieldShape =
  | { kind: 'string'; name: string; required: boolean; nullable: boolean; of?: StringOf }
  | { kind: 'number' | 'integer' | 'boolean'; name: string; required: boolean; nullable: boolean }
  | { kind: 'enum'; name: string; required: boolean; nullable: boolean; options: readonly string[] }
  | { kind: 'object'; name: string; required: boolean; nullable: boolean; fields: FieldShape[] }
  | { kind: 'list'; name: string; required: boolean; nullable: boolean; of: FieldShape }
  /** A list whose items are objects of several kinds, told apart by `key` (attachments, platforms). */
  | { kind: 'variants'; name: string; required: boolean; nullable: boolean; key: string; variants: { value: string; fields: FieldShape[] }[] };

interface Unwrapped {
  schema: ZodTypeAny;
  optional: boolean;
  nullable: boolean;
}

/** Strips what does not change the value's kind: optional, nullable, default, refinements, preprocessing. */
const BLOCKS = new Map<ZodTypeAny, StringOf>([
  [isoDate, 'date'],
  [unitId, 'unit'],
  [slug, 'slug'],
  [phoneNumber, 'phone'],
  [email, 'email'],
  [webUrl, 'url'],
]);

function unwrap(schema: ZodTypeAny): Unwrapped & { of?: StringOf } {
  let s = schema;
  let optional = false;
  let nullable = false;
  let of: StringOf | undefined;
  for (;;) {
    of ??= BLOCKS.get(s);
    if (s instanceof z.ZodOptional) {
      optional = true;
      s = s.unwrap();
    } else if (s instanceof z.ZodNullable) {
      nullable = true;
      s = s.unwrap();
    } else if (s instanceof z.ZodDefault) {
      // A default makes the key optional in the file.
      optional = true;
      s = s.removeDefault();
    } else if (s instanceof z.ZodEffects) {
      s = s.innerType();
    } else break;
  }
  return { schema: s, optional, nullable, of };
}

export function shapeOf(name: string, schema: ZodTypeAny): FieldShape {
  const { schema: s, optional, nullable, of } = unwrap(schema);
  const base = { name, required: !optional, nullable };
  if (s instanceof z.ZodString) return of ? { ...base, kind: 'string', of } : { ...base, kind: 'string' };
  if (s instanceof z.ZodNumber) return { ...base, kind: s.isInt ? 'integer' : 'number' };
  if (s instanceof z.ZodBoolean) return { ...base, kind: 'boolean' };
  if (s instanceof z.ZodEnum) return { ...base, kind: 'enum', options: s.options as string[] };
  if (s instanceof z.ZodLiteral) return { ...base, kind: 'enum', options: [String(s.value)] };
  if (s instanceof z.ZodObject) return { ...base, kind: 'object', fields: objectFields(s) };
  if (s instanceof z.ZodArray) {
    const item = unwrap(s.element).schema;
    if (item instanceof z.ZodDiscriminatedUnion) {
      const key = item.discriminator as string;
      const variants = [...(item.options as z.ZodObject<z.ZodRawShape>[])].map((o) => {
        const literal = unwrap(o.shape[key]!).schema as z.ZodLiteral<string>;
        return { value: literal.value, fields: objectFields(o) };
      });
      return { ...base, kind: 'variants', key, variants };
    }
    return { ...base, kind: 'list', of: shapeOf('item', s.element) };
  }
  // A phone was once a string or an object; no schema field may be of a kind the forms cannot edit.
  throw new Error(`shapeOf: ${name} has a kind of value the CMS cannot edit`);
}

export function objectFields(o: z.ZodObject<z.ZodRawShape>): FieldShape[] {
  return Object.entries(o.shape).map(([key, value]) => shapeOf(key, value as ZodTypeAny));
}

/** The paths of a variant list's kinds (`attachments.plan`): a field's words are looked up without them. */
export function variantPaths(fields: readonly FieldShape[], prefix = ''): string[] {
  return fields.flatMap((f) => {
    const path = prefix ? `${prefix}.${f.name}` : f.name;
    if (f.kind === 'object') return variantPaths(f.fields, path);
    if (f.kind === 'list' && f.of.kind === 'object') return variantPaths(f.of.fields, path);
    if (f.kind === 'variants') return f.variants.map((v) => `${path}.${v.value}`);
    return [];
  });
}

/** Every field's path (`contacts.phones`, `attachments.plan.plan`), for the coverage test and the labels. */
export function fieldPaths(fields: readonly FieldShape[], prefix = ''): string[] {
  const out: string[] = [];
  for (const f of fields) {
    const path = prefix ? `${prefix}.${f.name}` : f.name;
    out.push(path);
    if (f.kind === 'object') out.push(...fieldPaths(f.fields, path));
    if (f.kind === 'list' && f.of.kind === 'object') out.push(...fieldPaths(f.of.fields, path));
    if (f.kind === 'variants') for (const v of f.variants) out.push(...fieldPaths(v.fields, `${path}.${v.value}`));
  }
  return out;
}
