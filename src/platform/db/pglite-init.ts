/**
 * Creates a new embedded data folder (initdb) and exits. Run as a child process on the first
 * start: initdb grows PGlite's WebAssembly heap to several hundred megabytes that a process never
 * returns, so the serving process only opens a folder that exists (open.ts). No imports of our
 * own, so that Node runs it as it is, from `src/` or from the bundle.
 */
import { PGlite } from '@electric-sql/pglite'

const [dataDir, settings] = process.argv.slice(2)
if (!dataDir || !settings) {
  console.error('usage: pglite-init <data folder> <postgresql.conf lines as JSON>')
  process.exit(2)
}
const client = await PGlite.create(dataDir, { postgresqlconf: JSON.parse(settings) as string[] })
await client.close()
