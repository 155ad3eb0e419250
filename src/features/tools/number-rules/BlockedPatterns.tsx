import IconButton from '@mui/material/IconButton'
import Stack from '@mui/material/Stack'
import Table from '@mui/material/Table'
import TableBody from '@mui/material/TableBody'
import TableCell from '@mui/material/TableCell'
import TableHead from '@mui/material/TableHead'
import TableRow from '@mui/material/TableRow'
import TextField from '@mui/material/TextField'
import Tooltip from '@mui/material/Tooltip'
import Typography from '@mui/material/Typography'
import AddIcon from '@mui/icons-material/Add'
import DeleteOutlineIcon from '@mui/icons-material/DeleteOutlineOutlined'
import { useId, useState, type SubmitEvent } from 'react'
import {
  checkPattern,
  MAX_PATTERN_LENGTH,
  MAX_PATTERNS,
  type PatternCheck,
} from '@/domain/blockedPattern'
import { useTranslation, type Translate } from '@/i18n/i18n'
import { RuleSection } from './RuleSection'

interface BlockedPatternsProps {
  patterns: readonly string[]
  onChange: (update: (patterns: string[]) => string[]) => void
}

type Refusal = Extract<PatternCheck, { ok: false }>

export function patternRefusal(
  t: Translate<'numberRules'>,
  refusal: Refusal,
  length: number,
): string {
  switch (refusal.error) {
    case 'EMPTY':
      return t('patterns.errors.empty')
    case 'TOO_LONG':
      return t('patterns.errors.tooLong', {
        max: MAX_PATTERN_LENGTH,
        length: length.toLocaleString(),
      })
    case 'SYNTAX':
      return t('patterns.errors.syntax', { detail: refusal.detail ?? '' })
    case 'MATCHES_EVERYTHING':
      return t('patterns.errors.matchesEverything')
    case 'DUPLICATE':
      return t('patterns.errors.duplicate')
    case 'TOO_MANY':
      return t('patterns.errors.tooMany', { max: MAX_PATTERNS })
  }
}

/**
 * Blocked Callback Number Patterns: one pattern at a time, checked when added (syntax, length,
 * duplicates) with the reason next to the field; the list with a remove button per pattern.
 */
export function BlockedPatterns({ patterns, onChange }: BlockedPatternsProps) {
  const { t } = useTranslation('numberRules')
  const id = useId()
  const [text, setText] = useState('')
  const [error, setError] = useState<string | null>(null)
  // Length is checked as the user types: a pasted 10,000-character pattern is flagged at once.
  const tooLong = text.trim().length > MAX_PATTERN_LENGTH

  const add = (event?: SubmitEvent) => {
    event?.preventDefault()
    const check = checkPattern(text, patterns)
    if (!check.ok) {
      setError(patternRefusal(t, check, text.trim().length))
      return
    }
    onChange((current) => [...current, check.pattern])
    setText('')
    setError(null)
  }

  const shownError =
    error ??
    (tooLong ? patternRefusal(t, { ok: false, error: 'TOO_LONG' }, text.trim().length) : null)

  return (
    <RuleSection headingId={`${id}-title`} title={t('patterns.title')}>
      <Typography id={`${id}-hint`} variant="body2" color="text.secondary" sx={{ mb: 1.5 }}>
        {t('patterns.hint')}
      </Typography>
      <Stack
        component="form"
        noValidate
        direction="row"
        spacing={1}
        onSubmit={add}
        sx={{ alignItems: 'flex-start' }}
      >
        <TextField
          id={`${id}-input`}
          size="small"
          fullWidth
          label={t('patterns.input')}
          value={text}
          onChange={(event) => {
            setText(event.target.value)
            setError(null)
          }}
          error={shownError !== null}
          helperText={shownError ?? t('patterns.inputHelp')}
          slotProps={{
            htmlInput: {
              spellCheck: false,
              autoCapitalize: 'off',
              autoComplete: 'off',
              // The field's own message first, then the hint on how numbers are matched.
              'aria-describedby': `${id}-input-helper-text ${id}-hint`,
              style: { fontFamily: 'monospace' },
            },
            formHelperText: { role: shownError ? 'alert' : undefined },
          }}
        />
        <Tooltip title={t('patterns.add')}>
          <IconButton
            type="submit"
            aria-label={t('patterns.add')}
            color="primary"
            sx={{ mt: 0.25 }}
          >
            <AddIcon />
          </IconButton>
        </Tooltip>
      </Stack>
      <Table size="small" aria-labelledby={`${id}-title`} sx={{ mt: 1 }}>
        <TableHead>
          <TableRow>
            <TableCell>{t('patterns.column')}</TableCell>
            <TableCell align="right" sx={{ width: 96 }}>
              {t('patterns.action')}
            </TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {patterns.length === 0 ? (
            <TableRow>
              <TableCell colSpan={2}>
                <Typography variant="body2" color="text.secondary">
                  {t('patterns.none')}
                </Typography>
              </TableCell>
            </TableRow>
          ) : (
            patterns.map((pattern) => (
              <TableRow key={pattern}>
                <TableCell sx={{ fontFamily: 'monospace', wordBreak: 'break-all' }}>
                  {pattern}
                </TableCell>
                <TableCell align="right">
                  <IconButton
                    size="small"
                    aria-label={t('patterns.remove', { pattern })}
                    onClick={() => onChange((current) => current.filter((p) => p !== pattern))}
                  >
                    <DeleteOutlineIcon fontSize="small" />
                  </IconButton>
                </TableCell>
              </TableRow>
            ))
          )}
        </TableBody>
      </Table>
    </RuleSection>
  )
}
