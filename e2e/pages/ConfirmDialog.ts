import type { Page } from 'playwright-core'
import { qa } from './qa'

/**
 * Answers a ConfirmDialog (web/components/ConfirmDialog.tsx) with the keyboard: Enter on its
 * confirm button, or Escape. The modal's focus trap takes focus a moment after it opens; a key
 * pressed before that can land outside the dialog, so the answer waits for focus to be inside.
 */
export async function answerConfirmDialog(page: Page, dialogQa: string, yes: boolean) {
  const dialog = qa(page, dialogQa)
  await dialog.waitFor()
  const focusInDialog = () =>
    page.evaluate(() => Boolean(document.activeElement?.closest('[role="dialog"]')))
  for (let i = 0; i < 40 && !(await focusInDialog()); i++) await page.waitForTimeout(50)
  if (yes) {
    const button = qa(page, 'confirm-yes')
    await button.focus()
    for (let i = 0; i < 40; i++) {
      if (await button.evaluate((el) => el === document.activeElement)) break
      await page.waitForTimeout(50)
      await button.focus()
    }
    await page.keyboard.press('Enter')
  } else {
    await page.keyboard.press('Escape')
  }
  await dialog.waitFor({ state: 'hidden' })
}
