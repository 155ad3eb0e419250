import { useTranslation } from '@/i18n/i18n'
import { CallbackList } from './CallbackList'

/** The Callback tab: suspends (the tab's Suspense shows progress) until its messages are loaded. */
export default function CallbackPage() {
  useTranslation('callback')
  return <CallbackList />
}
