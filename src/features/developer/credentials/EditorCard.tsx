import type { SxProps, Theme } from '@mui/material/styles'
import type { ComponentProps, ReactNode } from 'react'
import { ConflictDialog } from '@/components/ConflictDialog'
import { CornerMessage } from './CornerMessage'
import { FormCard } from './FormCard'
import { SavedStamp } from './SavedStamp'

interface EditorCardProps {
  heading: ReactNode
  /** The credential's editor (`useVersionedEditor`): Save submits it, its 409 asks here. */
  editor: {
    save: () => void
    saved: ComponentProps<typeof SavedStamp>['saved']
    conflictDialog: ComponentProps<typeof ConflictDialog>
  }
  /** `useCredentialForm().cornerMessage(editor)`: what the last save said. */
  message: ComponentProps<typeof CornerMessage>
  sx?: Exclude<SxProps<Theme>, readonly unknown[]>
  children: ReactNode
  /** The form's own dialogs (confirming a delete). */
  overlays?: ReactNode
}

/** A saved credential's form: who saved it last, its fields, and what a save answered. */
export function EditorCard({ heading, editor, message, sx, children, overlays }: EditorCardProps) {
  return (
    <FormCard
      heading={heading}
      onSubmit={editor.save}
      sx={sx}
      overlays={
        <>
          {overlays}
          <ConflictDialog {...editor.conflictDialog} />
          <CornerMessage {...message} />
        </>
      }
    >
      <SavedStamp saved={editor.saved} />
      {children}
    </FormCard>
  )
}
