import Button from '@mui/material/Button'
import Stack from '@mui/material/Stack'
import type { ReactNode } from 'react'
import { BusyButton } from '@/components/BusyButton'
import { useTranslation } from '@/i18n/i18n'

interface FormActionsProps {
  editor: { saving: boolean; dirty: boolean; revert: () => void }
  submitLabel: string
  /** Longer than the save when the form checks first (a key parsed before sending). */
  busy?: boolean
  submitDisabled?: boolean
  /** After Revert: Delete, or what the form is doing meanwhile. */
  children?: ReactNode
}

/** A credential form's submit button and Revert (back to the saved version, once edited). */
export function FormActions({
  editor,
  submitLabel,
  busy = editor.saving,
  submitDisabled = false,
  children,
}: FormActionsProps) {
  const { t } = useTranslation('credentials')
  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 1 }}>
      <BusyButton type="submit" busy={busy} disabled={submitDisabled}>
        {submitLabel}
      </BusyButton>
      <Button onClick={editor.revert} disabled={!editor.dirty || editor.saving}>
        {t('revert')}
      </Button>
      {children}
    </Stack>
  )
}
