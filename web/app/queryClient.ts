import { QueryClient } from '@tanstack/react-query'
import { ApiError, onUnauthorized } from '../api/client'
import { handleUnauthorized } from './session'

// A 4xx answer will not change by asking again; a network hiccup might.
const retry = (failures: number, error: unknown): boolean =>
  !(error instanceof ApiError && error.status < 500) && failures < 1

export function createQueryClient(): QueryClient {
  const queryClient: QueryClient = new QueryClient({
    defaultOptions: {
      queries: { retry, staleTime: 5_000 },
      mutations: { retry: false },
    },
  })
  onUnauthorized(() => handleUnauthorized(queryClient))
  return queryClient
}
