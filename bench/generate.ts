// Adds synthetic customers and consents to the configured database (PostgreSQL when
// DATABASE_URL is set, the embedded data folder otherwise):
//   npx tsx bench/generate.ts --customers 100000 [--seed 1] [--consents-per-customer 1.9]
import { parseArgs } from 'node:util'
import { loadConfig } from '../src/platform/config'
import { openConfiguredDatabase } from '../src/platform/db/open'
import { generateSyntheticNetwork } from '../src/demo/synthetic'

const usage =
  'Usage: npx tsx bench/generate.ts --customers N [--seed S] [--consents-per-customer X] [--batch-size B]'

function numberArg(value: string | undefined, name: string): number | undefined {
  if (value === undefined) return undefined
  const n = Number(value)
  if (!Number.isFinite(n)) throw new Error(`--${name} must be a number.\n${usage}`)
  return n
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      customers: { type: 'string' },
      seed: { type: 'string' },
      'consents-per-customer': { type: 'string' },
      'batch-size': { type: 'string' },
    },
  })
  const customers = numberArg(values.customers, 'customers')
  if (customers === undefined) throw new Error(usage)
  const config = loadConfig()
  const database = await openConfiguredDatabase(config)
  try {
    const seed = numberArg(values.seed, 'seed')
    const consentsPerCustomer = numberArg(values['consents-per-customer'], 'consents-per-customer')
    const batchSize = numberArg(values['batch-size'], 'batch-size')
    const result = await generateSyntheticNetwork(database.db, {
      customers,
      ...(seed !== undefined ? { seed } : {}),
      ...(consentsPerCustomer !== undefined ? { consentsPerCustomer } : {}),
      ...(batchSize !== undefined ? { batchSize } : {}),
      onProgress: (done, total) => process.stderr.write(`\r${done} / ${total} customers`),
    })
    process.stderr.write('\n')
    const where =
      database.kind === 'postgres' ? 'PostgreSQL' : `embedded data in ${config.DATA_DIR}`
    console.log(
      `Inserted ${result.customers} customers and ${result.consents} consents ` +
        `(synthetic numbers from ${result.firstIndex}) into ${where} in ${result.seconds.toFixed(1)} s.`,
    )
  } finally {
    await database.close()
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e)
  process.exit(1)
})
