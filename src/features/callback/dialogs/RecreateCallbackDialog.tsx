import Alert from '@mui/material/Alert'
import AlertTitle from '@mui/material/AlertTitle'
import Box from '@mui/material/Box'
import Button from '@mui/material/Button'
import DialogActions from '@mui/material/DialogActions'
import DialogContent from '@mui/material/DialogContent'
import DialogTitle from '@mui/material/DialogTitle'
import Stack from '@mui/material/Stack'
import Typography from '@mui/material/Typography'
import { useIsMutating, useQuery } from '@tanstack/react-query'
import { type SubmitEvent, useState } from 'react'
import { FormProvider, useForm, useWatch } from 'react-hook-form'
import { queuesQuery } from '@/api/queues'
import type { ProposedSlot } from '@/api/errors'
import type { CallbackSummary, Queue, RecreateRequest } from '@/api/types'
import { ErrorAlert } from '@/components/ErrorAlert'
import { Loading } from '@/components/Loading'
import { isRecreatable, type CallbackOrigin } from '@/domain/callback'
import { useTranslation } from '@/i18n/i18n'
import { formatDateTime } from '@/lib/time'
import { useTimeDisplay } from '@/lib/useTimeDisplay'
import { stateLabel } from '../stateLabel'
import { bookingRefusal } from './bookingRefusal'
import { showSlotFull } from './slotFull'
import { CallbackDialogFrame } from './CallbackDialogFrame'
import { CallbackTypeField } from './CallbackTypeField'
import type { CreatedCallback } from './CreateCallbackDialog'
import { CurrentCallbackInfo } from './CurrentCallbackInfo'
import { DialogForm } from '@/components/DialogBody'
import { DialogSubmitActions } from '@/components/DialogSubmitActions'
import { mutationKeys, useRecreateCallback } from './mutations'
import { SlotPicker } from './SlotPicker'
import { useBookingCalendar } from './useBookingCalendar'
import { useSingleFlight } from '@/lib/useSingleFlight'
import { BookingFailure } from './BookingFailure'

interface RecreateCallbackDialogProps {
  callback: CallbackSummary | null
  onClose: () => void
  onCreated: (created: CreatedCallback) => void
}

/** "Recreate Callback": a new callback for the number and queue of a COMPLETED one. */
export function RecreateCallbackDialog({
  callback,
  onClose,
  onCreated,
}: RecreateCallbackDialogProps) {
  const sending = useIsMutating({ mutationKey: mutationKeys.recreate }) > 0
  return (
    <CallbackDialogFrame callback={callback} busy={sending} onClose={onClose}>
      {(shown, titleId) => (
        <RecreateCallbackContent
          callback={shown}
          titleId={titleId}
          onClose={onClose}
          onCreated={onCreated}
        />
      )}
    </CallbackDialogFrame>
  )
}

type ContentProps = Omit<RecreateCallbackDialogProps, 'callback'> & {
  callback: CallbackSummary
  titleId: string
}

/** The form needs the queue's settings (which callback types it offers) before it starts. */
function RecreateCallbackContent(props: ContentProps) {
  const { t } = useTranslation('callbackDialogs')
  const common = useTranslation().t
  const queues = useQuery(queuesQuery())
  if (queues.isSuccess) {
    return (
      <RecreateCallbackForm
        {...props}
        queue={queues.data.find((q) => q.name === props.callback.serviceName)}
      />
    )
  }
  return (
    <>
      <DialogTitle id={props.titleId}>{t('recreate.title')}</DialogTitle>
      <DialogContent>
        {queues.isError ? (
          <ErrorAlert
            error={queues.error}
            title={t('service.loadFailed')}
            onRetry={() => void queues.refetch()}
          />
        ) : (
          <Loading label={common('loading')} minHeight={160} />
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={props.onClose}>{common('actions.cancel')}</Button>
      </DialogActions>
    </>
  )
}

interface RecreateValues {
  type: CallbackOrigin
  date: string
  slot: string
}

function initialType(callback: CallbackSummary, queue: Queue | undefined): CallbackOrigin {
  if (!queue) return callback.origin
  if (callback.origin === 'SCHEDULED') return queue.scheduledEnabled ? 'SCHEDULED' : 'IMMEDIATE'
  return queue.immediateEnabled ? 'IMMEDIATE' : 'SCHEDULED'
}

function RecreateCallbackForm({
  callback,
  queue,
  titleId,
  onClose,
  onCreated,
}: ContentProps & { queue: Queue | undefined }) {
  const { t } = useTranslation('callbackDialogs')
  const display = useTimeDisplay()
  const calendar = useBookingCalendar()
  const recreate = useRecreateCallback()
  // One key per opening: a double click or a retry recreates the callback once.
  const [idempotencyKey] = useState(() => crypto.randomUUID())
  const [proposed, setProposed] = useState<ProposedSlot[]>([])
  const [failure, setFailure] = useState<unknown>(null)
  // The queue's number rule refused this customer's number: retrying cannot help.
  const [numberRefused, setNumberRefused] = useState<string | null>(null)
  const singleFlight = useSingleFlight()
  const form = useForm<RecreateValues>({
    defaultValues: { type: initialType(callback, queue), date: calendar.bounds.min, slot: '' },
  })
  const type = useWatch({ control: form.control, name: 'type' })

  const send = (values: RecreateValues) =>
    singleFlight(async () => {
      setFailure(null)
      setNumberRefused(null)
      const body: RecreateRequest = {
        type: values.type,
        ...(values.type === 'SCHEDULED' ? { desiredTime: values.slot } : {}),
      }
      try {
        const { id } = await recreate.mutateAsync({ id: callback.id, body, idempotencyKey })
        onCreated({ id, desiredTime: body.desiredTime ?? new Date().toISOString() })
        onClose()
      } catch (error) {
        const refusal = bookingRefusal(error)
        if (refusal.kind === 'slotFull') {
          showSlotFull(form, refusal.slots, setProposed, t)
        } else if (refusal.kind === 'field' && refusal.field === 'slot') {
          form.setError('slot', { message: refusal.message }, { shouldFocus: true })
        } else if (refusal.kind === 'queue') {
          form.setError('type', { message: refusal.message }, { shouldFocus: true })
        } else if (refusal.kind === 'field' && refusal.field === 'phoneNumber') {
          setNumberRefused(refusal.message)
        } else {
          setFailure(error)
        }
      }
    })
  // Built per event, so the guard above is only ever read while handling one.
  const submit = (event?: SubmitEvent) => form.handleSubmit(send)(event)

  const sending = form.formState.isSubmitting
  const recreatable = isRecreatable(callback.state)

  return (
    <DialogForm onSubmit={(event) => void submit(event)}>
      <DialogTitle id={titleId}>{t('recreate.title')}</DialogTitle>
      <DialogContent>
        <Stack spacing={2.5} sx={{ pt: 1 }}>
          <CurrentCallbackInfo
            heading={t('info.current')}
            rows={[
              [t('info.lastCallbackTime'), formatDateTime(callback.desiredTime, display)],
              [t('info.callbackNumber'), callback.phoneNumber],
              [t('info.service'), callback.serviceName],
              [t('info.state'), stateLabel(callback)],
            ]}
          />
          {recreatable ? (
            <FormProvider {...form}>
              <Box component="section">
                <Typography variant="subtitle2" component="h3" gutterBottom>
                  {t('recreate.desiredTime')}
                </Typography>
                <CallbackTypeField
                  immediateEnabled={queue?.immediateEnabled ?? true}
                  scheduledEnabled={queue?.scheduledEnabled ?? true}
                  disabled={sending}
                  onChange={() => setProposed([])}
                />
              </Box>
              {type === 'SCHEDULED' && (
                <SlotPicker
                  queue={queue}
                  calendar={calendar}
                  proposed={proposed}
                  disabled={sending}
                />
              )}
            </FormProvider>
          ) : (
            <Alert severity="info" role="status">
              {t('recreate.notCompleted', { state: callback.state })}
            </Alert>
          )}
          {numberRefused !== null && (
            <Alert severity="error" role="alert">
              <AlertTitle>{t('recreate.numberRefused')}</AlertTitle>
              {numberRefused}
            </Alert>
          )}
          {failure !== null && (
            <BookingFailure
              failure={failure}
              title={t('recreate.failed')}
              onRetry={sending ? undefined : () => void submit()}
            />
          )}
        </Stack>
      </DialogContent>
      <DialogSubmitActions
        busy={sending}
        onCancel={onClose}
        submitLabel={t('recreate.submit')}
        canSubmit={recreatable}
      />
    </DialogForm>
  )
}
