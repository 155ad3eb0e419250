import Stack from '@mui/material/Stack'
import Typography from '@mui/material/Typography'
import type { Region } from '@/api/regionRules'
import {
  chooseRegion,
  describeOrder,
  regionLabel,
  type OrderDescription,
  type RegionLayout,
} from '@/domain/regionAffinity'
import { useTranslation, type Translate } from '@/i18n/i18n'

/**
 * "Connect to Oregon first, then N. California; if neither answers, Ireland. Never: Tokyo." —
 * built step by step so each language words the joins its own way.
 */
export function orderSentence(
  t: Translate<'regionAffinity'>,
  order: OrderDescription,
  listFormat: Intl.ListFormat,
): string {
  const [first, ...others] = order.preferred
  if (first === undefined) return t('order.empty')
  let sentence = t('order.start', { first })
  for (const next of others) sentence = t('order.then', { sentence, next })
  const [firstFallback, ...moreFallback] = order.fallback
  if (firstFallback !== undefined) {
    const afterKey =
      order.preferred.length === 1
        ? 'order.fallbackAfterOne'
        : order.preferred.length === 2
          ? 'order.fallbackAfterTwo'
          : 'order.fallbackAfterMany'
    sentence = t(afterKey, { sentence, first: firstFallback })
    for (const next of moreFallback) sentence = t('order.then', { sentence, next })
  }
  sentence = t('order.end', { sentence })
  if (order.never.length > 0) {
    sentence += ` ${t('order.never', { regions: listFormat.format(order.never) })}`
  }
  return sentence
}

interface ConnectionOrderProps {
  layout: RegionLayout
  regions: ReadonlyMap<string, Region>
}

/** The rule being edited in words, and which region would serve a callback with today's health. */
export function ConnectionOrder({ layout, regions }: ConnectionOrderProps) {
  const { t, language } = useTranslation('regionAffinity')
  const nameOf = (id: string) => regions.get(id)?.name ?? id
  const sentence = orderSentence(
    t,
    describeOrder(layout, nameOf),
    new Intl.ListFormat(language, { type: 'unit', style: 'short' }),
  )
  const choice =
    layout.preferred.length > 0 ? chooseRegion(layout, [...regions.values()], '') : undefined
  const conjunction = new Intl.ListFormat(language, { type: 'conjunction' })
  return (
    <Stack spacing={0.5}>
      <Typography variant="subtitle2" component="h3">
        {t('order.heading')}
      </Typography>
      <Typography data-testid="connection-order">{sentence}</Typography>
      {choice && (
        <Typography variant="body2" color="text.secondary" data-testid="region-preview">
          {choice.region
            ? choice.down.length === 0
              ? t('preview.served', { region: regionLabel(choice.region) })
              : t('preview.servedAfterDown', {
                  region: regionLabel(choice.region),
                  down: conjunction.format(choice.down.map((r) => r.name)),
                  count: choice.down.length,
                })
            : t('preview.none')}
        </Typography>
      )}
    </Stack>
  )
}
