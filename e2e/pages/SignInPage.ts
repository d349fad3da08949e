import type { Page } from 'playwright-core'
import { DEMO_PASSWORD } from '../support/browser'
import { Header } from './Header'
import { qa } from './qa'

export class SignInPage {
  readonly header: Header

  constructor(readonly page: Page) {
    this.header = new Header(page)
  }

  async open(): Promise<this> {
    await this.page.goto('/signin')
    await this.form().waitFor()
    return this
  }

  form() {
    return qa(this.page, 'sign-in-form')
  }
  username() {
    return qa(this.page, 'username')
  }
  password() {
    return qa(this.page, 'password')
  }
  error() {
    return qa(this.page, 'sign-in-error')
  }
  notice() {
    return qa(this.page, 'sign-in-notice')
  }

  async submit(username: string, password: string): Promise<void> {
    await this.username().fill(username)
    await this.password().fill(password)
    await qa(this.page, 'sign-in-submit').click()
  }

  /** Signs in and waits for the user's first page. */
  async signInAs(username: string): Promise<void> {
    await this.submit(username, DEMO_PASSWORD)
    await qa(this.page, 'sign-out').waitFor()
    await qa(this.page, 'page-heading').waitFor()
  }
}

/** Opens the sign-in page and signs in. */
export async function signIn(page: Page, username: string): Promise<void> {
  const signInPage = await new SignInPage(page).open()
  await signInPage.signInAs(username)
}
