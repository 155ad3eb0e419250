/** A word from the calendar or the editor: said politely (info) or as an alert (error). */
export type Notice = { kind: 'info' | 'error'; text: string } | null
