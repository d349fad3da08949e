import { QueryClientProvider } from '@tanstack/react-query'
import { useState } from 'react'
import { BrowserRouter } from 'react-router'
import { ConfigProvider } from 'suomifi-ui-components'
import { AnnouncerProvider } from '../components/Announcer'
import { I18nProvider } from '../i18n/I18nProvider'
import { AppRoutes } from './AppRoutes'
import { createQueryClient } from './queryClient'

export function App() {
  const [queryClient] = useState(createQueryClient)
  return (
    <QueryClientProvider client={queryClient}>
      {/* suomifi's generated ids are bare numbers; the prefix reaches only the first render's
          components (its AutoId), so form fields get explicit ids as well. */}
      <ConfigProvider idPrefix="sfi-">
        <I18nProvider>
          <AnnouncerProvider>
            <BrowserRouter basename="/app">
              <AppRoutes />
            </BrowserRouter>
          </AnnouncerProvider>
        </I18nProvider>
      </ConfigProvider>
    </QueryClientProvider>
  )
}
