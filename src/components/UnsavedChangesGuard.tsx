import { useCallback, useEffect, useRef, useState } from 'react'
import { useTranslation } from '@/i18n/i18n'
import { confirmLeave, hasUnsavedChanges, setEditorDirty, setLeavePrompt } from '@/lib/leaveGuard'
import { useStableNavigate } from '@/lib/stableNavigate'
import { ConfirmDialog } from './ConfirmDialog'

/**
 * Marks an editor as holding unsaved changes while `dirty`. Leaving through a link, the back button,
 * sign-out or closing the tab then asks first; `confirmDiscard` asks before an in-page switch (another
 * rule, a new rule) and resolves true when there is nothing to lose or the user chose to discard.
 */
export function useUnsavedChangesGuard(dirty: boolean) {
  const [editor] = useState(() => Symbol('editor'))
  useEffect(() => {
    setEditorDirty(editor, dirty)
    if (!dirty) return
    const onBeforeUnload = (event: BeforeUnloadEvent) => event.preventDefault()
    window.addEventListener('beforeunload', onBeforeUnload)
    return () => {
      window.removeEventListener('beforeunload', onBeforeUnload)
      setEditorDirty(editor, false)
    }
  }, [dirty, editor])
  return { confirmDiscard: confirmLeave }
}

function internalHref(event: MouseEvent): string | null {
  if (event.defaultPrevented || event.button !== 0) return null
  if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return null
  const anchor = event.target instanceof Element ? event.target.closest('a[href]') : null
  if (!(anchor instanceof HTMLAnchorElement)) return null
  if (anchor.target && anchor.target !== '_self') return null
  if (anchor.hasAttribute('download')) return null
  const url = new URL(anchor.href, window.location.href)
  if (url.origin !== window.location.origin) return null
  const here = window.location
  // In-page anchors (the skip link) lose nothing.
  if (url.pathname === here.pathname && url.search === here.search && url.hash) return null
  return url.pathname + url.search + url.hash
}

/**
 * The app's one "discard unsaved changes?" dialog, and the listener that catches leaving by a link
 * (captured before the router sees the click). The back button is caught by installHistoryGuard.
 */
export function LeavePrompt() {
  const { t } = useTranslation()
  const navigate = useStableNavigate()
  const [open, setOpen] = useState(false)
  const answer = useRef<((discard: boolean) => void) | undefined>(undefined)

  const ask = useCallback(
    () =>
      new Promise<boolean>((resolve) => {
        answer.current?.(false)
        answer.current = resolve
        setOpen(true)
      }),
    [],
  )
  useEffect(() => {
    setLeavePrompt(ask)
    return () => setLeavePrompt(undefined)
  }, [ask])

  const close = (discard: boolean) => {
    setOpen(false)
    answer.current?.(discard)
    answer.current = undefined
  }

  useEffect(() => {
    const onClick = (event: MouseEvent) => {
      if (!hasUnsavedChanges()) return
      const href = internalHref(event)
      if (href === null) return
      event.preventDefault()
      event.stopPropagation()
      void confirmLeave().then((discard) => {
        if (discard) navigate(href)
      })
    }
    document.addEventListener('click', onClick, true)
    return () => document.removeEventListener('click', onClick, true)
  }, [navigate])

  return (
    <ConfirmDialog
      open={open}
      title={t('unsaved.title')}
      confirmLabel={t('unsaved.discard')}
      cancelLabel={t('unsaved.stay')}
      destructive
      onConfirm={() => close(true)}
      onClose={() => close(false)}
    >
      {t('unsaved.body')}
    </ConfirmDialog>
  )
}
