import type { ServiceInput } from '../../src/shared/service-tray'
import { call, client } from './client'
import type { components, paths } from './schema'

export type TrayService = components['schemas']['TrayService']
export type ServiceChoices =
  paths['/api/v1/service-choices']['get']['responses'][200]['content']['application/json']
export type { ServiceInput }

const inService = (serviceId: string) => ({ params: { path: { serviceId } } })

export interface ServiceListQuery {
  search?: string | undefined
  municipalityId?: string | undefined
  after?: string | undefined
}

/** The service tray: the workers' published list and the coordinator's upkeep. */
export const serviceApi = {
  choices: () => call(client.GET('/api/v1/service-choices')),
  published: (query: ServiceListQuery) =>
    call(client.GET('/api/v1/services', { params: { query: { limit: 20, ...query } } })),
  tray: (query: ServiceListQuery) =>
    call(client.GET('/api/v1/service-tray', { params: { query: { limit: 50, ...query } } })),
  one: (serviceId: string) =>
    call(client.GET('/api/v1/service-tray/{serviceId}', inService(serviceId))),
  create: (body: ServiceInput) => call(client.POST('/api/v1/service-tray', { body })),
  update: (serviceId: string, body: ServiceInput & { version: number }) =>
    call(client.PUT('/api/v1/service-tray/{serviceId}', { ...inService(serviceId), body })),
  publish: (s: TrayService) =>
    call(
      client.POST('/api/v1/service-tray/{serviceId}/publish', {
        ...inService(s.id),
        body: { version: s.version },
      }),
    ),
  retire: (s: TrayService) =>
    call(
      client.POST('/api/v1/service-tray/{serviceId}/retire', {
        ...inService(s.id),
        body: { version: s.version },
      }),
    ),
}
