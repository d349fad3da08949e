import { DEMO_PASSWORD } from '../../src/demo/demo-data'

/** A worker ends Aino's joint customership over the API: she found a job. */
export async function endAinosCase(url: string): Promise<void> {
  const json = async (res: Response) => {
    if (!res.ok) throw new Error(`${res.status} ${await res.text()}`)
    return (await res.json()) as unknown
  }
  const session = async (username: string) => {
    const res = await fetch(`${url}/api/v1/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password: DEMO_PASSWORD }),
    })
    const cookie = res.headers.getSetCookie()[0]!.split(';')[0]!
    const me = (await json(await fetch(`${url}/api/v1/me`, { headers: { cookie } }))) as {
      csrfToken: string
      user: { customerId: string | null }
    }
    return { cookie, me }
  }
  const aino = await session('aino')
  const te = await session('te1')
  const headers = {
    cookie: te.cookie,
    'x-csrf-token': te.me.csrfToken,
    'content-type': 'application/json',
  }
  const id = aino.me.user.customerId!
  const theCase = (await json(await fetch(`${url}/api/v1/customers/${id}/case`, { headers }))) as {
    jointCustomership: { version: number }
  }
  await json(
    await fetch(`${url}/api/v1/customers/${id}/case/end`, {
      method: 'POST',
      headers,
      body: JSON.stringify({
        reason: 'employed_open_market',
        endedOn: new Date().toISOString().slice(0, 10),
        version: theCase.jointCustomership.version,
      }),
    }),
  )
}
