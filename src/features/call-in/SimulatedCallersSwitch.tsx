import FormControlLabel from '@mui/material/FormControlLabel'
import FormHelperText from '@mui/material/FormHelperText'
import Switch from '@mui/material/Switch'
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useId } from 'react'
import { callInSimulationQuery, setCallInSimulation } from '@/api/callIns'
import { queryKeys } from '@/api/keys'
import { ErrorAlert } from '@/components/ErrorAlert'
import { useTranslation } from '@/i18n/i18n'

/**
 * Whether the demo tenant's simulated consumers call for new requests. A person trying their own
 * flow turns them off, or a simulated consumer may complete the request before they dial.
 */
export function SimulatedCallersSwitch() {
  const { t } = useTranslation('callIn')
  const helpId = useId()
  const queryClient = useQueryClient()
  const setting = useQuery(callInSimulationQuery())
  const save = useMutation({
    mutationFn: setCallInSimulation,
    onSuccess: (saved) => queryClient.setQueryData(queryKeys.callIns.simulation, saved),
  })
  if (setting.isError)
    return (
      <ErrorAlert
        error={setting.error}
        title={t('play.simulated.loadFailed')}
        onRetry={() => void setting.refetch()}
      />
    )
  const on = save.isPending ? save.variables : (setting.data?.simulatedCallers ?? true)
  return (
    <div>
      <FormControlLabel
        control={
          <Switch
            checked={on}
            disabled={setting.isPending || save.isPending}
            onChange={(event) => save.mutate(event.target.checked)}
            slotProps={{ input: { 'aria-describedby': helpId } }}
          />
        }
        label={t('play.simulated.label')}
      />
      <FormHelperText id={helpId} sx={{ mt: 0 }}>
        {t(on ? 'play.simulated.onHelp' : 'play.simulated.offHelp')}
      </FormHelperText>
      {save.isError && (
        <ErrorAlert
          error={save.error}
          title={t('play.simulated.saveFailed')}
          onRetry={() => save.mutate(save.variables)}
        />
      )}
    </div>
  )
}
