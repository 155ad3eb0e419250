import { signIn } from '@/api/session'

export const signInAs = (username: string) => signIn(username, 'demo')
