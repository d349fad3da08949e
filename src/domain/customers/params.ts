import { z } from 'zod'

/** The path parameter of every route about one customer. */
export const customerParams = z.object({ customerId: z.uuid() })
