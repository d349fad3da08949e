/**
 * Plays the person at the local identification service's sign-in page, as a browser would:
 * follows its redirects with its cookies, posts the login form, and returns the address the
 * service sends the browser back to (our redirect URL with `code` and `state`).
 */
export async function identifyAt(
  authorizationUrl: string,
  login: string,
  redirectUrl: string,
): Promise<URL> {
  const jar = new Map<string, string>()
  const send = async (url: URL, init: RequestInit = {}) => {
    const res = await fetch(url, {
      ...init,
      redirect: 'manual',
      headers: { ...init.headers, cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; ') },
    })
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(';')
      const at = pair!.indexOf('=')
      jar.set(pair!.slice(0, at), pair!.slice(at + 1))
    }
    return res
  }
  let url = new URL(authorizationUrl)
  for (let hop = 0; hop < 10; hop++) {
    if (url.href.startsWith(redirectUrl)) return url
    const res = await send(url)
    const location = res.headers.get('location')
    if (location) {
      url = new URL(location, url)
      continue
    }
    const html = await res.text()
    const action = /<form[^>]*action="([^"]+)"/.exec(html)?.[1]
    if (!action || !html.includes('name="login"'))
      throw new Error(`unexpected page at ${url.pathname}`)
    const posted = await send(new URL(action.replace(/&amp;/g, '&'), url), {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ prompt: 'login', login, password: 'any' }).toString(),
    })
    url = new URL(posted.headers.get('location')!, url)
  }
  throw new Error('the identification service did not send the browser back')
}
