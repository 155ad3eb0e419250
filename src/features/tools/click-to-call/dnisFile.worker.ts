import { answerDnisFile, type DnisFileMessage } from './dnisFileCheck'

// The import's Web Worker: reading and checking 10,000 lines never holds up the page.
self.onmessage = (event: MessageEvent<File>) => {
  void answerDnisFile(event.data, (message: DnisFileMessage) => self.postMessage(message))
}
