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
import { useSignOut } from './useSignOut'

const ACTIVITY_EVENTS = ['pointerdown', 'keydown', 'wheel', 'touchstart'] as const
/** How often the countdown is checked; timestamps, not timers, decide (throttled tabs, sleep). */
const TICK_MS = 1000

/**
 * Signs the user out after the configured time without activity, with a warning shortly before and
 * a way to stay. After expiry the sign-in page brings the user back to the page they were on.
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
  const timeoutMs = idleTimeoutMinutes * 60_000

  useEffect(() => {
    signOutRef.current = signOut
  }, [signOut])

  useEffect(() => {
    lastActivity.current = Date.now()
    const mark = () => {
      if (!warningShown.current) lastActivity.current = Date.now()
    }
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
    return () => {
      clearInterval(timer)
      ACTIVITY_EVENTS.forEach((e) => window.removeEventListener(e, mark, { capture: true }))
    }
  }, [timeoutMs, idleWarningSeconds])

  const stay = () => {
    warningShown.current = false
    lastActivity.current = Date.now()
    setSecondsLeft(null)
    void keepAlive().catch(() => undefined)
  }

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
