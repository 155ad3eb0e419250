import Alert from '@mui/material/Alert'
import Box from '@mui/material/Box'
import Button from '@mui/material/Button'
import DialogActions from '@mui/material/DialogActions'
import DialogContent from '@mui/material/DialogContent'
import DialogTitle from '@mui/material/DialogTitle'
import Divider from '@mui/material/Divider'
import Stack from '@mui/material/Stack'
import Typography from '@mui/material/Typography'
import { useIsMutating, useQuery } from '@tanstack/react-query'
import { type SubmitEvent, useState } from 'react'
import { FormProvider, useForm } from 'react-hook-form'
import { callbackDetailQuery } from '@/api/callbacks'
import { isApiError } from '@/api/errors'
import { queuesQuery } from '@/api/queues'
import type { ProposedSlot } from '@/api/errors'
import type { CallbackSummary } from '@/api/types'
import { ConfirmDialog } from '@/components/ConfirmDialog'
import { ErrorAlert } from '@/components/ErrorAlert'
import { isCancellable, isReschedulable } from '@/domain/callback'
import { useTranslation } from '@/i18n/i18n'
import { formatDateTime } from '@/lib/time'
import { useTimeDisplay } from '@/lib/useTimeDisplay'
import { stateLabel } from '../stateLabel'
import { bookableDateOf } from './bookingDays'
import { bookingRefusal } from './bookingRefusal'
import { showSlotFull } from './slotFull'
import { CallbackDialogFrame } from './CallbackDialogFrame'
import { CurrentCallbackInfo } from './CurrentCallbackInfo'
import { DialogForm } from '@/components/DialogBody'
import { mutationKeys, useCancelCallback, useRescheduleCallback } from './mutations'
import { SlotPicker, type SlotFields } from './SlotPicker'
import { useBookingCalendar } from './useBookingCalendar'
import { BusyButton } from '@/components/BusyButton'
import { useSingleFlight } from '@/lib/useSingleFlight'

interface EditCallbackDialogProps {
  callback: CallbackSummary | null
  onClose: () => void
  onChanged: (message: string) => void
}

/** "Edit Callback": give a SCHEDULED callback another time, or cancel a callback not yet handled. */
export function EditCallbackDialog({ callback, onClose, onChanged }: EditCallbackDialogProps) {
  const rescheduling = useIsMutating({ mutationKey: mutationKeys.reschedule }) > 0
  const cancelling = useIsMutating({ mutationKey: mutationKeys.cancel }) > 0
  return (
    <CallbackDialogFrame callback={callback} busy={rescheduling || cancelling} onClose={onClose}>
      {(shown, titleId) => (
        <EditCallbackForm
          callback={shown}
          titleId={titleId}
          onClose={onClose}
          onChanged={onChanged}
        />
      )}
    </CallbackDialogFrame>
  )
}

type Failure = { action: 'reschedule' | 'cancel'; error: unknown }

function EditCallbackForm({
  callback,
  titleId,
  onClose,
  onChanged,
}: Omit<EditCallbackDialogProps, 'callback'> & { callback: CallbackSummary; titleId: string }) {
  const { t } = useTranslation('callbackDialogs')
  const common = useTranslation().t
  const display = useTimeDisplay()
  const calendar = useBookingCalendar()
  // The list may be a little old: the callback's state now decides what can be done.
  const detail = useQuery(callbackDetailQuery(callback.id))
  const current: CallbackSummary = detail.data ?? callback
  const queues = useQuery(queuesQuery())
  const queue = queues.data?.find((q) => q.name === current.serviceName)
  const reschedule = useRescheduleCallback()
  const cancel = useCancelCallback()
  const [proposed, setProposed] = useState<ProposedSlot[]>([])
  const [failure, setFailure] = useState<Failure | null>(null)
  const [confirming, setConfirming] = useState(false)
  const singleFlight = useSingleFlight()

  const form = useForm<SlotFields>({
    defaultValues: {
      date: bookableDateOf(callback.desiredTime, calendar.timeZone, calendar.bounds),
      slot: '',
    },
  })

  const send = ({ slot }: SlotFields) =>
    singleFlight(async () => {
      setFailure(null)
      try {
        const moved = await reschedule.mutateAsync({ id: current.id, desiredTime: slot })
        onChanged(
          t('edit.rescheduled', {
            time: formatDateTime(slot, display),
            id: moved.id,
            previousId: moved.previousId,
          }),
        )
        onClose()
      } catch (error) {
        const refusal = bookingRefusal(error)
        if (refusal.kind === 'slotFull') {
          showSlotFull(form, refusal.slots, setProposed, t)
        } else if (refusal.kind === 'field' && refusal.field === 'slot') {
          form.setError('slot', { message: refusal.message }, { shouldFocus: true })
        } else {
          setFailure({ action: 'reschedule', error })
        }
      }
    })
  // Built per event, so the guard above is only ever read while handling one.
  const submit = (event?: SubmitEvent) => form.handleSubmit(send)(event)

  const confirmCancel = () =>
    singleFlight(async () => {
      setFailure(null)
      try {
        await cancel.mutateAsync(current.id)
        onChanged(t('edit.cancelled', { number: current.phoneNumber }))
        onClose()
      } catch (error) {
        setConfirming(false)
        setFailure({ action: 'cancel', error })
        // The refusal may come from a change of state: show the callback as it is now.
        void detail.refetch()
      }
    })

  const busy = form.formState.isSubmitting || cancel.isPending
  const cancellable = isCancellable(current.state)
  const time = formatDateTime(current.desiredTime, display)
  const retryable = isApiError(failure?.error) ? failure.error.transient : true

  return (
    <DialogForm onSubmit={(event) => void submit(event)}>
      <DialogTitle id={titleId}>{t('edit.title')}</DialogTitle>
      <DialogContent>
        <Stack spacing={2.5} sx={{ pt: 1 }}>
          <CurrentCallbackInfo
            heading={t('info.current')}
            rows={[
              [t('info.callbackTime'), time],
              [t('info.callbackNumber'), current.phoneNumber],
              [t('info.service'), current.serviceName],
              [t('info.state'), stateLabel(current)],
            ]}
          />
          {!cancellable && (
            <Alert severity="info" role="status">
              {current.state === 'PROCESSING' ? t('edit.processing') : t('edit.completed')}
            </Alert>
          )}
          {cancellable && <Divider />}
          {isReschedulable(current.state) && (
            <Box component="section">
              <Typography variant="subtitle2" component="h3" gutterBottom>
                {t('edit.changeTime')}
              </Typography>
              <FormProvider {...form}>
                <SlotPicker
                  queue={queue}
                  calendar={calendar}
                  proposed={proposed}
                  disabled={busy}
                  current={current.desiredTime}
                />
              </FormProvider>
              <Stack direction="row" sx={{ justifyContent: 'flex-end', mt: 2 }}>
                <BusyButton type="submit" busy={form.formState.isSubmitting} disabled={busy}>
                  {t('edit.reschedule')}
                </BusyButton>
              </Stack>
            </Box>
          )}
          {cancellable && !isReschedulable(current.state) && (
            <Typography variant="body2" color="text.secondary">
              {t('edit.notReschedulable', { state: current.state })}
            </Typography>
          )}
          {failure && (
            <ErrorAlert
              error={failure.error}
              title={
                failure.action === 'cancel' ? t('edit.cancelFailed') : t('edit.rescheduleFailed')
              }
              onRetry={
                retryable && !busy
                  ? failure.action === 'cancel'
                    ? () => void confirmCancel()
                    : () => void submit()
                  : undefined
              }
            />
          )}
        </Stack>
      </DialogContent>
      <DialogActions sx={{ justifyContent: 'space-between' }}>
        {cancellable ? (
          <Button
            color="error"
            variant="outlined"
            disabled={busy}
            onClick={() => setConfirming(true)}
          >
            {t('edit.cancelCallback')}
          </Button>
        ) : (
          <span />
        )}
        <Button onClick={onClose} disabled={busy}>
          {common('actions.close')}
        </Button>
      </DialogActions>
      <ConfirmDialog
        open={confirming}
        title={t('edit.confirmCancelTitle')}
        confirmLabel={t('edit.cancelCallback')}
        cancelLabel={t('edit.keepCallback')}
        destructive
        busy={cancel.isPending}
        onConfirm={() => void confirmCancel()}
        onClose={() => setConfirming(false)}
      >
        {t('edit.confirmCancelBody', {
          number: current.phoneNumber,
          time,
          service: current.serviceName,
        })}
      </ConfirmDialog>
    </DialogForm>
  )
}
