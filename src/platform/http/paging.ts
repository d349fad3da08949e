import { z } from 'zod'

export const pageQuery = z.object({
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
})
export type PageQuery = z.infer<typeof pageQuery>

export const pageOf = <T extends z.ZodType>(item: T) =>
  z.object({
    items: z.array(item),
    page: z.number().int(),
    pageSize: z.number().int(),
    total: z.number().int(),
  })

export interface Page<T> {
  items: T[]
  page: number
  pageSize: number
  total: number
}

export const offsetOf = (p: PageQuery): number => (p.page - 1) * p.pageSize
