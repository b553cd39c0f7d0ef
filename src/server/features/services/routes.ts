import {
  LocalServiceSchema,
  OperatorSchema,
  ServiceIdParamsSchema,
  ServiceInputSchema,
  ServiceListSchema,
  ServiceSearchSchema,
} from '../../../core/contracts/services';
import { defineRoute, type Route } from '../../platform/http/route';
import type { ServicesDirectory } from './service';

export function servicesRoutes(directory: ServicesDirectory): Route[] {
  return [
    defineRoute({
      // A POST, so what someone searches for never sits in a URL that a proxy or a history could keep.
      method: 'POST',
      url: '/api/services/search',
      summary: 'Search the local services directory by area, kind, language and cost; nothing is recorded',
      access: 'person',
      body: ServiceSearchSchema,
      response: ServiceListSchema,
      handler: async ({ body }) => directory.search(body),
    }),
    defineRoute({
      method: 'GET',
      url: '/api/operator',
      summary: 'Whether you run this instance and may change its services directory',
      access: 'person',
      response: OperatorSchema,
      handler: async ({ person }) => ({ isOperator: await directory.isOperator(person.id) }),
    }),
    defineRoute({
      method: 'POST',
      url: '/api/services',
      summary: 'Add a service to the directory (operators only)',
      access: 'operator',
      body: ServiceInputSchema,
      response: LocalServiceSchema,
      status: 201,
      handler: async ({ body }) => directory.add(body),
    }),
    defineRoute({
      method: 'PUT',
      url: '/api/services/:serviceId',
      summary: 'Change a service in the directory (operators only)',
      access: 'operator',
      params: ServiceIdParamsSchema,
      body: ServiceInputSchema,
      response: LocalServiceSchema,
      handler: async ({ params, body }) => directory.change(params.serviceId, body),
    }),
    defineRoute({
      method: 'DELETE',
      url: '/api/services/:serviceId',
      summary: 'Remove a service from the directory (operators only)',
      access: 'operator',
      params: ServiceIdParamsSchema,
      handler: async ({ params }) => directory.remove(params.serviceId),
    }),
  ];
}
