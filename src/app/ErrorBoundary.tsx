import { Component, type ReactNode } from 'react'
import { CrashPage } from './routes/CrashPage'

/**
 * A page that throws while rendering shows a way out instead of a blank screen; so does a demo
 * tenant that could not start (`startFailure`), before anything renders.
 */
export class ErrorBoundary extends Component<
  { children: ReactNode; startFailure?: string | null },
  { failed: boolean }
> {
  override state = { failed: false }

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true }
  }

  override render() {
    if (this.props.startFailure) return <CrashPage startFailure={this.props.startFailure} />
    return this.state.failed ? <CrashPage startFailure={null} /> : this.props.children
  }
}
