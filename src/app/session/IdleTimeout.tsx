import Button from '@mui/material/Button'
import Dialog from '@mui/material/Dialog'
import DialogActions from '@mui/material/DialogActions'
import DialogContent from '@mui/material/DialogContent'
import DialogContentText from '@mui/material/DialogContentText'
import DialogTitle from '@mui/material/DialogTitle'
import { useEffect, useRef, useState } from 'react'
import { useTranslation } from '@/i18n/i18n'
import { keepAlive } from '@/api/session'
import { useAppConfig } from '@/lib/appConfig'
import { hearOtherTabs, tellOtherTabs } from './sessionChannel'
import { useSignOut } from './useSignOut'

const ACTIVITY_EVENTS = ['pointerdown', 'keydown', 'wheel', 'touchstart'] as const
/** How often the countdown is checked; timestamps, not timers, decide (throttled tabs, sleep). */
const TICK_MS = 1000
/** Activity is told to the other tabs at most this often. */
const TELL_EVERY_MS = 1000
/**
 * Activity keeps the backend's session alive with a keep-alive at most this often (and at most a
 * quarter of the timeout, so a short timeout is renewed well before it runs out).
 */
const KEEPALIVE_EVERY_MS = 60_000

/**
 * Signs the user out after the configured time without activity, with a warning shortly before and
 * a way to stay. After expiry the sign-in page brings the user back to the page they were on.
 * Activity in any tab of the browser counts for all of them, and keeps the backend's session alive.
 */
export function IdleTimeout() {
  const { t } = useTranslation()
  const { idleTimeoutMinutes, idleWarningSeconds } = useAppConfig()
  const signOut = useSignOut()
  const signOutRef = useRef(signOut)
  const lastActivity = useRef(0)
  /** While the warning shows, only the explicit "Stay signed in" counts as activity. */
  const warningShown = useRef(false)
  const [secondsLeft, setSecondsLeft] = useState<number | null>(null)
  const stayRef = useRef<() => void>(() => undefined)
  const timeoutMs = idleTimeoutMinutes * 60_000

  useEffect(() => {
    signOutRef.current = signOut
  }, [signOut])

  useEffect(() => {
    lastActivity.current = Date.now()
    // Opening a page is the user's doing: the other tabs count it too.
    tellOtherTabs({ type: 'activity' })
    let told = Date.now()
    let keptAlive = Date.now()
    const keepAliveEvery = Math.min(KEEPALIVE_EVERY_MS, timeoutMs / 4)
    const mark = () => {
      if (warningShown.current) return
      const now = Date.now()
      lastActivity.current = now
      // The backend measures the user too: a user who types for 20 minutes without a request
      // must still be able to save.
      if (now - keptAlive >= keepAliveEvery) {
        keptAlive = now
        void keepAlive().catch(() => undefined)
      }
      if (now - told >= TELL_EVERY_MS) {
        told = now
        tellOtherTabs({ type: 'activity' })
      }
    }
    const stopHearing = hearOtherTabs((message) => {
      // The tab that saw the activity sends the keep-alive. A tab tells of activity only while it
      // shows no warning, so hearing of it here closes this tab's warning too: this tab warned on
      // its own because it ran late (a busy or throttled tab hears the news after its timer ticks),
      // and must not sign out a user who is working in another tab.
      if (message.type === 'stay' || message.type === 'activity') {
        warningShown.current = false
        lastActivity.current = Date.now()
        setSecondsLeft(null)
      }
    })
    ACTIVITY_EVENTS.forEach((e) =>
      window.addEventListener(e, mark, { passive: true, capture: true }),
    )
    const timer = setInterval(() => {
      const left = Math.ceil((lastActivity.current + timeoutMs - Date.now()) / 1000)
      if (left <= 0) {
        clearInterval(timer)
        void signOutRef.current('expired', window.location.pathname + window.location.search)
        return
      }
      warningShown.current = left <= idleWarningSeconds
      setSecondsLeft(warningShown.current ? left : null)
    }, TICK_MS)
    stayRef.current = () => {
      warningShown.current = false
      lastActivity.current = Date.now()
      keptAlive = Date.now()
      setSecondsLeft(null)
      tellOtherTabs({ type: 'stay' })
      void keepAlive().catch(() => undefined)
    }
    return () => {
      clearInterval(timer)
      stopHearing()
      ACTIVITY_EVENTS.forEach((e) => window.removeEventListener(e, mark, { capture: true }))
    }
  }, [timeoutMs, idleWarningSeconds])

  const stay = () => stayRef.current()

  return (
    <Dialog
      open={secondsLeft !== null}
      onClose={stay}
      aria-labelledby="idle-title"
      aria-describedby="idle-body"
    >
      <DialogTitle id="idle-title">{t('idle.title')}</DialogTitle>
      <DialogContent>
        <DialogContentText id="idle-body" role="timer" aria-live="polite">
          {t('idle.body', { count: secondsLeft ?? 0 })}
        </DialogContentText>
      </DialogContent>
      <DialogActions>
        <Button onClick={() => void signOut('signedOut')}>{t('idle.signOut')}</Button>
        <Button variant="contained" onClick={stay} autoFocus>
          {t('idle.stay')}
        </Button>
      </DialogActions>
    </Dialog>
  )
}
