import Autocomplete, { createFilterOptions } from '@mui/material/Autocomplete'
import Box from '@mui/material/Box'
import Dialog from '@mui/material/Dialog'
import DialogContent from '@mui/material/DialogContent'
import DialogContentText from '@mui/material/DialogContentText'
import DialogTitle from '@mui/material/DialogTitle'
import Stack from '@mui/material/Stack'
import TextField from '@mui/material/TextField'
import Typography from '@mui/material/Typography'
import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useId, useMemo, useState, type SubmitEvent } from 'react'
import { Controller, useForm } from 'react-hook-form'
import { callInListQuery, dialCallIn, type CallInDialResult } from '@/api/callIns'
import { isApiError } from '@/api/errors'
import { queryKeys } from '@/api/keys'
import type { CallInRecord } from '@/api/types'
import { DialogBody, DialogForm } from '@/components/DialogBody'
import { ErrorAlert } from '@/components/ErrorAlert'
import { DialogSubmitActions } from '@/components/DialogSubmitActions'
import {
  callerNumberProblem,
  dialledProblem,
  enteredCodeProblem,
  MAX_DIALLED_LENGTH,
  MAX_ENTERED_CODE_LENGTH,
} from '@/domain/callInDial'
import { CALL_IN_PAGE_SIZE } from '@/domain/callInQuery'
import { MAX_PHONE_INPUT } from '@/domain/phone'
import { useTranslation } from '@/i18n/i18n'
import { cachedTimeFormatter } from '@/lib/time'
import { useTimeDisplay } from '@/lib/useTimeDisplay'
import { DialOutcome } from './DialOutcome'
import { SimulatedCallersSwitch } from './SimulatedCallersSwitch'

interface PlayCallerDialogProps {
  open: boolean
  onClose: () => void
}

/**
 * "Play the Caller" (demo tenant, Administrator and Developer): dial a DNIS as the consumer would,
 * from a number, with the digits of an access code, and read whether the call completed a request
 * or why not. The list behind refreshes after every call.
 */
export default function PlayCallerDialog({ open, onClose }: PlayCallerDialogProps) {
  const titleId = useId()
  return (
    <Dialog open={open} onClose={onClose} aria-labelledby={titleId} fullWidth maxWidth="sm">
      <DialogBody>
        <PlayCallerForm titleId={titleId} onClose={onClose} />
      </DialogBody>
    </Dialog>
  )
}

interface DialValues {
  dnis: string
  ani: string
  accessCode: string
}

const FIELDS = ['dnis', 'ani', 'accessCode'] as const
const isField = (field: unknown): field is keyof DialValues => FIELDS.some((name) => name === field)

/** The requests waiting for a call, newest first: the numbers worth dialling. */
const WAITING = {
  range: 'all',
  timezone: 'UTC',
  searchField: 'state',
  searchTerm: 'CREATED',
  sort: 'createdAt',
  order: 'desc',
  page: 0,
  pageSize: CALL_IN_PAGE_SIZE,
} as const

/** Typing finds a waiting request by its number or its group. */
const filterWaiting = createFilterOptions<CallInRecord>({
  stringify: (record) => `${record.dnis} ${record.groupName}`,
})

function PlayCallerForm({ titleId, onClose }: { titleId: string; onClose: () => void }) {
  const { t } = useTranslation('callIn')
  const common = useTranslation().t
  const queryClient = useQueryClient()
  const { locale, timeZone, hour12 } = useTimeDisplay()
  const formatTime = useMemo(
    () => cachedTimeFormatter({ locale, timeZone, hour12 }),
    [locale, timeZone, hour12],
  )
  const waiting = useQuery(callInListQuery(WAITING))
  const [result, setResult] = useState<{ dialled: string; answer: CallInDialResult } | null>(null)
  const [failure, setFailure] = useState<unknown>(null)

  const form = useForm<DialValues>({ defaultValues: { dnis: '', ani: '', accessCode: '' } })
  const { control, register, formState, setError, setValue } = form
  const sending = formState.isSubmitting

  const send = async (values: DialValues) => {
    setResult(null)
    setFailure(null)
    const ani = values.ani.trim()
    const accessCode = values.accessCode.trim()
    try {
      const answer = await dialCallIn({
        dnis: values.dnis.trim(),
        ...(ani ? { ani } : {}),
        ...(accessCode ? { accessCode } : {}),
      })
      setResult({ dialled: values.dnis.trim(), answer })
    } catch (error) {
      // The tenant's own checks name the field: the message goes next to it.
      const field = isApiError(error) && error.httpStatus === 400 ? error.detail?.field : undefined
      if (isField(field) && error instanceof Error)
        setError(field, { message: error.message }, { shouldFocus: true })
      else setFailure(error)
      return
    }
    // A call can complete a request, and any answer is as of now: the list shows it.
    await queryClient.invalidateQueries({ queryKey: queryKeys.callIns.all })
  }
  const submit = (event?: SubmitEvent) => form.handleSubmit(send)(event)

  const accessCode = register('accessCode', {
    validate: (value) => {
      const problem = enteredCodeProblem(value)
      return problem === null || t(`play.accessCode.errors.${problem}`)
    },
  })
  const waitingCount = waiting.data?.items.length ?? 0
  let dnisHelp: string
  if (waiting.isPending) dnisHelp = t('play.dnis.loading')
  else if (waiting.isError) dnisHelp = t('play.dnis.loadFailed')
  else if (waitingCount === 0) dnisHelp = t('play.dnis.noneWaiting')
  else dnisHelp = t('play.dnis.help', { count: waitingCount })

  return (
    <DialogForm onSubmit={(event) => void submit(event)}>
      <DialogTitle id={titleId}>{t('play.title')}</DialogTitle>
      <DialogContent>
        <Stack spacing={2.5}>
          <DialogContentText variant="body2">{t('play.intro')}</DialogContentText>
          <SimulatedCallersSwitch />
          <Controller
            control={control}
            name="dnis"
            rules={{
              validate: (value) => {
                const problem = dialledProblem(value)
                return problem === null || t(`play.dnis.errors.${problem}`)
              },
            }}
            render={({ field, fieldState }) => (
              <Autocomplete<CallInRecord, false, false, true>
                freeSolo
                options={waiting.data?.items ?? []}
                filterOptions={filterWaiting}
                getOptionLabel={(option) => (typeof option === 'string' ? option : option.dnis)}
                getOptionKey={(option) => (typeof option === 'string' ? option : option.id)}
                inputValue={field.value}
                onInputChange={(_event, value) => field.onChange(value)}
                onChange={(_event, value) => {
                  // A waiting request chosen: call from the number it expects, if it named one.
                  if (value && typeof value !== 'string')
                    setValue('ani', value.ani ?? '', { shouldValidate: formState.isSubmitted })
                }}
                disabled={sending}
                renderOption={({ key, ...props }, option) => (
                  <Box component="li" key={key} {...props}>
                    <Stack>
                      <Typography variant="body2">{option.dnis}</Typography>
                      <Typography variant="caption" color="text.secondary">
                        {t('play.dnis.option', {
                          group: option.groupName,
                          time: formatTime(option.expiresAt),
                        })}
                      </Typography>
                    </Stack>
                  </Box>
                )}
                renderInput={(params) => (
                  <TextField
                    {...params}
                    label={t('play.dnis.label')}
                    name={field.name}
                    inputRef={field.ref}
                    onBlur={field.onBlur}
                    error={Boolean(fieldState.error)}
                    helperText={fieldState.error?.message ?? dnisHelp}
                    slotProps={{
                      ...params.slotProps,
                      htmlInput: {
                        ...params.slotProps.htmlInput,
                        inputMode: 'tel',
                        spellCheck: false,
                        maxLength: MAX_DIALLED_LENGTH * 2,
                      },
                    }}
                  />
                )}
              />
            )}
          />
          <Stack
            direction={{ xs: 'column', sm: 'row' }}
            spacing={2}
            sx={{ alignItems: 'flex-start' }}
          >
            {/* Controlled: choosing a waiting request fills it in, and its label must move up. */}
            <Controller
              control={control}
              name="ani"
              rules={{
                validate: (value) => {
                  const problem = callerNumberProblem(value)
                  return problem === null || t(`play.ani.errors.${problem}`)
                },
              }}
              render={({ field: { ref, ...field }, fieldState }) => (
                <TextField
                  fullWidth
                  label={t('play.ani.label')}
                  {...field}
                  inputRef={ref}
                  disabled={sending}
                  error={Boolean(fieldState.error)}
                  helperText={fieldState.error?.message ?? t('play.ani.help')}
                  autoComplete="off"
                  slotProps={{
                    htmlInput: {
                      inputMode: 'tel',
                      spellCheck: false,
                      maxLength: MAX_PHONE_INPUT * 2,
                    },
                  }}
                />
              )}
            />
            <TextField
              fullWidth
              label={t('play.accessCode.label')}
              {...accessCode}
              inputRef={accessCode.ref}
              disabled={sending}
              error={Boolean(formState.errors.accessCode)}
              helperText={formState.errors.accessCode?.message ?? t('play.accessCode.help')}
              autoComplete="off"
              slotProps={{
                htmlInput: {
                  inputMode: 'numeric',
                  spellCheck: false,
                  maxLength: MAX_ENTERED_CODE_LENGTH * 2,
                },
              }}
            />
          </Stack>
          {result && (
            <DialOutcome dialled={result.dialled} answer={result.answer} formatTime={formatTime} />
          )}
          {failure !== null && (
            <ErrorAlert
              error={failure}
              title={t('play.failed')}
              onRetry={sending ? undefined : () => void submit()}
            />
          )}
        </Stack>
      </DialogContent>
      <DialogSubmitActions
        busy={sending}
        onCancel={onClose}
        cancelLabel={common('actions.close')}
        submitLabel={t('play.submit')}
      />
    </DialogForm>
  )
}
