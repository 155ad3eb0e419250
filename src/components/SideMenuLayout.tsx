import Box from '@mui/material/Box'
import List from '@mui/material/List'
import ListItem from '@mui/material/ListItem'
import ListItemButton from '@mui/material/ListItemButton'
import ListItemText from '@mui/material/ListItemText'
import Typography from '@mui/material/Typography'
import type { ReactNode } from 'react'
import { NavLink } from 'react-router'

export interface SideMenuItem {
  to: string
  label: string
}

/**
 * A tab with a menu of its pages beside the open page (Tools, Developer): the menu on the left from
 * the md breakpoint, above the page on a phone. `footer` goes after the page links (e.g. an action).
 */
export function SideMenuLayout({
  title,
  menuLabel,
  items,
  footer,
  children,
}: {
  title: string
  menuLabel: string
  items: readonly SideMenuItem[]
  footer?: ReactNode
  children: ReactNode
}) {
  return (
    <Box
      sx={{
        display: 'grid',
        gap: 3,
        gridTemplateColumns: { xs: '1fr', md: '200px minmax(0, 1fr)', xl: '240px minmax(0, 1fr)' },
        alignItems: 'start',
      }}
    >
      <Box component="aside" sx={{ position: { md: 'sticky' }, top: { md: 16 } }}>
        <Typography variant="overline" component="p" color="text.secondary" sx={{ px: 2 }}>
          {title}
        </Typography>
        <nav aria-label={menuLabel}>
          <List dense disablePadding>
            {items.map((item) => (
              <ListItem key={item.to} disablePadding>
                <ListItemButton
                  component={NavLink}
                  to={item.to}
                  sx={{
                    borderRadius: 1,
                    '&.active': { bgcolor: 'action.selected', fontWeight: 600 },
                  }}
                >
                  <ListItemText primary={item.label} />
                </ListItemButton>
              </ListItem>
            ))}
            {footer}
          </List>
        </nav>
      </Box>
      <Box sx={{ minWidth: 0 }}>{children}</Box>
    </Box>
  )
}
