import { z } from 'zod';
import { SERVICE_COSTS, SERVICE_KINDS } from '../services/directory';
import { hasNoControls } from './text';

const words = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `must be at most ${max} characters`)
    .refine(hasNoControls, 'must not contain control characters');
const required = (max: number) => words(max).min(1, 'must not be empty');
/** An optional text: missing or blank both mean "none". */
const optional = (max: number) => words(max).optional();

export const ServiceKindSchema = z.enum(SERVICE_KINDS, {
  error: `must be one of: ${SERVICE_KINDS.join(', ')}`,
});
export const ServiceCostSchema = z.enum(SERVICE_COSTS, {
  error: `must be one of: ${SERVICE_COSTS.join(', ')}`,
});

/** A service as the operator enters it, in the admin screen or a CSV row. */
export const ServiceInputSchema = z
  .strictObject({
    name: required(200),
    kind: ServiceKindSchema,
    area: required(200),
    postcodePrefix: optional(12).refine(
      (code) => !code || /^[\p{L}\p{N} -]+$/u.test(code),
      'must be letters, digits, spaces or hyphens, like "SW1" or "80"',
    ),
    country: optional(60).refine(
      (code) => !code || /^[A-Za-z]{2}$/.test(code),
      'must be a two-letter country code, like "GB" or "DE"',
    ),
    address: optional(300),
    phone: optional(40).refine(
      (phone) => !phone || /^\+?[0-9][0-9 ()./-]{2,38}$/.test(phone),
      'must be a phone number of digits, spaces and + ( ) - . only',
    ),
    web: optional(300).refine(
      (web) => !web || /^https?:\/\/[^\s/$.?#][^\s]*\.[^\s]+$/i.test(web),
      'must be a web address starting with https:// or http://',
    ),
    languages: z
      .array(required(40), { error: 'must be a list of languages' })
      .max(20, 'must have at most 20 languages'),
    cost: ServiceCostSchema,
    notes: optional(1000),
  })
  .refine((s) => Boolean(s.phone || s.web || s.address), {
    message: 'needs a way to reach it: a phone number, a web address or an address',
    path: ['phone'],
  });
export type ServiceInput = z.input<typeof ServiceInputSchema>;

export const ServiceIdParamsSchema = z.strictObject({ serviceId: z.uuid() });

/** What a person searches by; nothing here is stored or logged. */
export const ServiceSearchSchema = z.strictObject({
  area: words(100).optional(),
  kind: ServiceKindSchema.optional(),
  language: words(40).optional(),
  cost: ServiceCostSchema.optional(),
});
export type ServiceSearch = z.infer<typeof ServiceSearchSchema>;

export const LocalServiceSchema = z.object({
  id: z.string(),
  key: z.string(),
  name: z.string(),
  kind: ServiceKindSchema,
  area: z.string(),
  postcodePrefix: z.string().nullable(),
  country: z.string().nullable(),
  address: z.string().nullable(),
  phone: z.string().nullable(),
  web: z.string().nullable(),
  languages: z.array(z.string()),
  cost: ServiceCostSchema,
  notes: z.string().nullable(),
  updatedAt: z.string(),
});
export type LocalService = z.infer<typeof LocalServiceSchema>;

export const ServiceListSchema = z.object({
  services: z.array(LocalServiceSchema),
  /** How many services the directory holds in all, so an empty search can say whether it is empty. */
  total: z.number().int(),
});
export type ServiceList = z.infer<typeof ServiceListSchema>;

export const OperatorSchema = z.object({ isOperator: z.boolean() });
export type Operator = z.infer<typeof OperatorSchema>;
