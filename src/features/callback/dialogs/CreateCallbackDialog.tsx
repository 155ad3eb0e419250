import Dialog from '@mui/material/Dialog'
import DialogContent from '@mui/material/DialogContent'
import DialogTitle from '@mui/material/DialogTitle'
import Stack from '@mui/material/Stack'
import TextField from '@mui/material/TextField'
import Typography from '@mui/material/Typography'
import { useIsMutating, useQuery } from '@tanstack/react-query'
import type { CountryCode } from 'libphonenumber-js'
import { useId, type SubmitEvent, useMemo, useState } from 'react'
import { FormProvider, useForm, useWatch } from 'react-hook-form'
import { queuesQuery } from '@/api/queues'
import type { ProposedSlot } from '@/api/errors'
import type { Queue, UiCreateCallbackRequest } from '@/api/types'
import { ErrorAlert } from '@/components/ErrorAlert'
import { isOpenAt } from '@/domain/businessHours'
import type { CallbackOrigin } from '@/domain/callback'
import { parseCustomerNumber } from '@/domain/phone'
import { useTranslation } from '@/i18n/i18n'
import { bookingRefusal } from './bookingRefusal'
import { showSlotFull } from './slotFull'
import { CallbackTypeField } from './CallbackTypeField'
import { DialogBody, DialogForm } from '@/components/DialogBody'
import { DialogSubmitActions } from '@/components/DialogSubmitActions'
import { mutationKeys, useCreateCallback } from './mutations'
import { countryOptions, defaultCountry } from './phoneCountries'
import { SlotPicker } from './SlotPicker'
import { useBookingCalendar } from './useBookingCalendar'
import { useSingleFlight } from '@/lib/useSingleFlight'
import { BookingFailure } from './BookingFailure'

export interface CreatedCallback {
  id: string
  desiredTime: string
}

interface CreateCallbackDialogProps {
  open: boolean
  onClose: () => void
  onCreated: (created: CreatedCallback) => void
}

/** "Add New Callback": an immediate or scheduled callback for a customer, never created twice. */
export function CreateCallbackDialog({ open, onClose, onCreated }: CreateCallbackDialogProps) {
  const titleId = useId()
  const sending = useIsMutating({ mutationKey: mutationKeys.create }) > 0
  return (
    <Dialog
      open={open}
      onClose={sending ? undefined : onClose}
      aria-labelledby={titleId}
      fullWidth
      maxWidth="sm"
    >
      <DialogBody>
        <CreateCallbackForm titleId={titleId} onClose={onClose} onCreated={onCreated} />
      </DialogBody>
    </Dialog>
  )
}

interface CreateValues {
  type: CallbackOrigin
  serviceName: string
  country: CountryCode
  phoneNumber: string
  date: string
  slot: string
}

const offers = (queue: Queue, type: CallbackOrigin) =>
  type === 'IMMEDIATE' ? queue.immediateEnabled : queue.scheduledEnabled

function CreateCallbackForm({
  titleId,
  onClose,
  onCreated,
}: Omit<CreateCallbackDialogProps, 'open'> & { titleId: string }) {
  const { t, language } = useTranslation('callbackDialogs')
  const calendar = useBookingCalendar()
  const queues = useQuery(queuesQuery())
  const create = useCreateCallback()
  // One key per opening of the dialog: every retry of this form is the same request to the backend.
  const [idempotencyKey] = useState(() => crypto.randomUUID())
  const [openedAt] = useState(() => Date.now())
  const [proposed, setProposed] = useState<ProposedSlot[]>([])
  const [failure, setFailure] = useState<unknown>(null)
  const singleFlight = useSingleFlight()
  const countries = useMemo(() => countryOptions(language), [language])

  const form = useForm<CreateValues>({
    defaultValues: {
      type: 'IMMEDIATE',
      serviceName: '',
      country: defaultCountry(),
      phoneNumber: '',
      date: calendar.bounds.min,
      slot: '',
    },
  })
  const { control, register, formState, setError, setValue } = form
  const type = useWatch({ control, name: 'type' })
  const serviceName = useWatch({ control, name: 'serviceName' })

  const permitted = queues.data ?? []
  const eligible = permitted.filter((q) => offers(q, type))
  const leftOut = permitted.filter((q) => !offers(q, type))
  const queue = eligible.find((q) => q.name === serviceName)
  const closedNow =
    type === 'IMMEDIATE' && queue !== undefined && !isOpenAt(queue.businessHours, openedAt)

  const send = (values: CreateValues) =>
    singleFlight(async () => {
      const phone = parseCustomerNumber(values.phoneNumber, values.country)
      if (!phone.ok) return
      const body: UiCreateCallbackRequest = {
        type: values.type,
        serviceName: values.serviceName,
        phoneNumber: phone.e164,
        ...(values.type === 'SCHEDULED' ? { desiredTime: values.slot } : {}),
      }
      setFailure(null)
      try {
        const { id } = await create.mutateAsync({ body, idempotencyKey })
        onCreated({ id, desiredTime: body.desiredTime ?? new Date().toISOString() })
        onClose()
      } catch (error) {
        const refusal = bookingRefusal(error)
        if (refusal.kind === 'slotFull') {
          showSlotFull(form, refusal.slots, setProposed, t)
        } else if (refusal.kind === 'field') {
          setError(refusal.field, { message: refusal.message }, { shouldFocus: true })
        } else if (refusal.kind === 'queue') {
          setError('serviceName', { message: refusal.message }, { shouldFocus: true })
        } else {
          setFailure(error)
        }
      }
    })
  // Built per event, so the guard above is only ever read while handling one.
  const submit = (event?: SubmitEvent) => form.handleSubmit(send)(event)

  // Registered in the order shown, so the first invalid field is the one focused.
  const service = register('serviceName', {
    required: t('service.required'),
    onChange: () => {
      setValue('slot', '')
      setProposed([])
    },
  })
  const country = register('country', {
    onChange: () => {
      if (formState.isSubmitted) void form.trigger('phoneNumber')
    },
  })
  const phone = register('phoneNumber', {
    validate: (value, values) => {
      const parsed = parseCustomerNumber(value, values.country)
      return parsed.ok || t(`phone.errors.${parsed.error}`)
    },
  })
  const serviceError = formState.errors.serviceName?.message
  let serviceHelp: string
  if (queues.isPending) serviceHelp = t('service.loading')
  else if (eligible.length === 0) serviceHelp = t(`service.none.${type}`)
  else if (closedNow) serviceHelp = t('service.closedNow', { queue: serviceName })
  else if (leftOut.length)
    serviceHelp = t(`service.leftOut.${type}`, { queues: leftOut.map((q) => q.name).join(', ') })
  else serviceHelp = t('service.help')

  const phoneError = formState.errors.phoneNumber?.message
  const sending = formState.isSubmitting

  return (
    <DialogForm onSubmit={(event) => void submit(event)}>
      <DialogTitle id={titleId}>{t('create.title')}</DialogTitle>
      <DialogContent>
        <FormProvider {...form}>
          <Stack spacing={2.5} sx={{ pt: 1 }}>
            <CallbackTypeField
              disabled={sending}
              onChange={(next) => {
                const current = permitted.find((q) => q.name === form.getValues('serviceName'))
                if (current && !offers(current, next)) setValue('serviceName', '')
                setProposed([])
              }}
            />
            {queues.isError ? (
              <ErrorAlert
                error={queues.error}
                title={t('service.loadFailed')}
                onRetry={() => void queues.refetch()}
              />
            ) : (
              <TextField
                select
                label={t('service.label')}
                {...service}
                inputRef={service.ref}
                disabled={sending || queues.isPending || eligible.length === 0}
                error={Boolean(serviceError)}
                helperText={serviceError ?? serviceHelp}
                slotProps={{ select: { native: true }, inputLabel: { shrink: true } }}
              >
                <option value="">{t('service.placeholder')}</option>
                {eligible.map((q) => (
                  <option key={q.name} value={q.name}>
                    {q.name}
                  </option>
                ))}
              </TextField>
            )}
            <Typography variant="subtitle2" component="h3">
              {t('create.parameters')}
            </Typography>
            <Stack
              direction={{ xs: 'column', sm: 'row' }}
              spacing={2}
              sx={{ alignItems: 'flex-start' }}
            >
              <TextField
                select
                label={t('phone.country')}
                {...country}
                inputRef={country.ref}
                disabled={sending}
                helperText={t('phone.countryHelp')}
                slotProps={{ select: { native: true }, inputLabel: { shrink: true } }}
                sx={{ width: { xs: '100%', sm: 240 }, flexShrink: 0 }}
              >
                {countries.map((c) => (
                  <option key={c.code} value={c.code}>
                    {c.label}
                  </option>
                ))}
              </TextField>
              <TextField
                fullWidth
                label={t('phone.label')}
                {...phone}
                inputRef={phone.ref}
                disabled={sending}
                error={Boolean(phoneError)}
                helperText={phoneError ?? t('phone.help')}
                autoComplete="off"
                slotProps={{ htmlInput: { inputMode: 'tel', spellCheck: false } }}
              />
            </Stack>
            {type === 'SCHEDULED' && (
              <SlotPicker
                queue={queue}
                calendar={calendar}
                proposed={proposed}
                disabled={sending}
              />
            )}
            {failure !== null && (
              <BookingFailure
                failure={failure}
                title={t('create.failed')}
                onRetry={sending ? undefined : () => void submit()}
              />
            )}
          </Stack>
        </FormProvider>
      </DialogContent>
      <DialogSubmitActions busy={sending} onCancel={onClose} submitLabel={t('create.submit')} />
    </DialogForm>
  )
}
