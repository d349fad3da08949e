import pg from 'pg'

/**
 * Statements on the PostgreSQL server itself (create, clone, drop databases), each batch on a
 * short-lived connection to DATABASE_URL's database. Free of test-runner imports: global setup
 * runs outside the test workers.
 */
export async function onServer<T>(
  serverUrl: string,
  work: (c: pg.Client) => Promise<T>,
): Promise<T> {
  const client = new pg.Client({ connectionString: serverUrl })
  await client.connect()
  try {
    return await work(client)
  } finally {
    await client.end()
  }
}

/**
 * Waits until no session is connected to `database`. A pool's `end()` resolves before its
 * connections have closed; a template with a session cannot be cloned, and dropping a database
 * under a closing session makes that session's client raise an error.
 */
export async function waitForNoSessions(c: pg.Client, database: string): Promise<void> {
  for (let i = 0; i < 250; i++) {
    const { rows } = await c.query<{ n: number }>(
      'select count(*)::int as n from pg_stat_activity where datname = $1',
      [database],
    )
    if (rows[0]?.n === 0) return
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}

export function dropDatabase(serverUrl: string, database: string): Promise<void> {
  return onServer(serverUrl, async (c) => {
    await waitForNoSessions(c, database)
    await c.query(`drop database if exists ${database} with (force)`)
  })
}
