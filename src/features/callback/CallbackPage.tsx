export default function CallbackPage() {
  return <p>Callback list</p>
}
