import Checkbox from '@mui/material/Checkbox'
import FormControl from '@mui/material/FormControl'
import FormControlLabel from '@mui/material/FormControlLabel'
import FormGroup from '@mui/material/FormGroup'
import FormHelperText from '@mui/material/FormHelperText'
import FormLabel from '@mui/material/FormLabel'

interface VisibilityChecklistProps<T extends string> {
  legend: string
  allLabel: string
  options: readonly T[]
  selected: ReadonlySet<T>
  onChange: (selected: Set<T>) => void
  error?: string | undefined
}

/** ALL and each option, as in the original's Visible Callback States and Services lists. */
export function VisibilityChecklist<T extends string>({
  legend,
  allLabel,
  options,
  selected,
  onChange,
  error,
}: VisibilityChecklistProps<T>) {
  const all = options.length > 0 && options.every((option) => selected.has(option))
  const some = !all && options.some((option) => selected.has(option))
  return (
    <FormControl component="fieldset" variant="standard" error={Boolean(error)}>
      <FormLabel component="legend">{legend}</FormLabel>
      <FormGroup>
        <FormControlLabel
          control={
            <Checkbox
              size="small"
              checked={all}
              indeterminate={some}
              onChange={() => onChange(new Set(all ? [] : options))}
            />
          }
          label={allLabel}
        />
        {options.map((option) => (
          <FormControlLabel
            key={option}
            sx={{ ml: 2 }}
            control={
              <Checkbox
                size="small"
                checked={selected.has(option)}
                onChange={(_, checked) => {
                  const next = new Set(selected)
                  if (checked) next.add(option)
                  else next.delete(option)
                  onChange(next)
                }}
              />
            }
            label={option}
          />
        ))}
      </FormGroup>
      {error && <FormHelperText>{error}</FormHelperText>}
    </FormControl>
  )
}
