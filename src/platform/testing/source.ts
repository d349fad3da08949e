/** The password of every fixture account. */
export const TEST_PASSWORD = 'testi-salasana-42'

/** What global-setup.ts hands to the test workers (kept free of test-runner imports). */
export type TestDatabaseSource =
  { kind: 'pglite'; snapshot: string } | { kind: 'postgres'; serverUrl: string; template: string }

/** `serverUrl` with its database name replaced. */
export function databaseUrl(serverUrl: string, database: string): string {
  const url = new URL(serverUrl)
  url.pathname = `/${database}`
  return url.toString()
}
