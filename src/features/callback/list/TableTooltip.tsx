import Popper from '@mui/material/Popper'
import { useCallback, useState, type FocusEvent, type MouseEvent } from 'react'

/**
 * One tooltip for the whole table, following the pointer or the keyboard focus to any element with a
 * `data-tip` attribute. 250 rows of MUI Tooltips cost more than the rows themselves on every page
 * change; the text is also each element's aria-label, so assistive technology needs none of this.
 */
export function useTableTooltip() {
  const [tip, setTip] = useState<{ anchor: HTMLElement; text: string } | null>(null)
  const show = useCallback((event: MouseEvent | FocusEvent) => {
    const anchor = (event.target as Element).closest<HTMLElement>('[data-tip]')
    setTip((current) =>
      anchor?.dataset.tip
        ? current?.anchor === anchor
          ? current
          : { anchor, text: anchor.dataset.tip }
        : null,
    )
  }, [])
  const hide = useCallback(() => setTip(null), [])
  const tooltip = (
    <Popper
      open={tip !== null && tip.anchor.isConnected}
      anchorEl={tip?.anchor}
      placement="top"
      sx={(theme) => ({
        zIndex: theme.zIndex.tooltip,
        pointerEvents: 'none',
        maxWidth: 300,
        px: 1,
        py: 0.5,
        mb: '6px !important',
        borderRadius: 1,
        bgcolor: 'grey.800',
        color: 'common.white',
        ...theme.typography.caption,
      })}
    >
      {tip?.text}
    </Popper>
  )
  return {
    tooltip,
    handlers: { onMouseOver: show, onFocus: show, onMouseLeave: hide, onBlur: hide },
  }
}
