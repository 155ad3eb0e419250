/**
 * The browser's side of the Firebase test: permission to show notifications, asked when the user
 * ticks the box (a user gesture, as browsers require), and the test notification itself.
 */
export type Permission = NotificationPermission | 'unsupported'

export function currentPermission(): Permission {
  return typeof Notification === 'undefined' ? 'unsupported' : Notification.permission
}

export async function askPermission(): Promise<Permission> {
  if (typeof Notification === 'undefined') return 'unsupported'
  if (Notification.permission !== 'default') return Notification.permission
  return Notification.requestPermission()
}

/** Shows the notification; false when the browser would not (no permission, or it threw). */
export function showNotification(title: string, options: NotificationOptions): boolean {
  if (currentPermission() !== 'granted') return false
  try {
    new Notification(title, options)
    return true
  } catch {
    // Some browsers allow notifications only from a service worker: the Guide's steps apply.
    return false
  }
}
