/**
 * jsdom lays nothing out, so every element is 0 pixels high and a list that draws only the rows in
 * view (src/components/ListTable.tsx) would draw none beyond its overscan. Tests see the list
 * tables' scrolling frame as this tall: by default a screen that shows a whole page of 500 rows,
 * so they read every row as a person scrolling would; a test of the drawing itself makes it short.
 */
const WHOLE_PAGE = 500 * 40
let frameHeight = WHOLE_PAGE

export function setListFrameHeight(height: number = WHOLE_PAGE): void {
  frameHeight = height
}

const clientHeight = Object.getOwnPropertyDescriptor(Element.prototype, 'clientHeight')

Object.defineProperty(HTMLElement.prototype, 'clientHeight', {
  configurable: true,
  get(this: HTMLElement) {
    if (this.classList.contains('MuiTableContainer-root')) return frameHeight
    return (clientHeight?.get?.call(this) as number | undefined) ?? 0
  },
})
