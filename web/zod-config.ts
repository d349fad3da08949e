import { z } from 'zod'

// Zod compiles object parsers with `new Function` unless told not to; the app's CSP forbids
// eval (docs/security.md), and even zod's probe for it would be reported as a violation.
z.config({ jitless: true })
