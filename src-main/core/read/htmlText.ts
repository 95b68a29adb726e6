// DOM → paragraphs. Only text nodes are read, so markup, attributes and event handlers can never
// reach the stored text; entities arrive decoded from the parser.

const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'CAPTION', 'DD', 'DETAILS', 'DIALOG', 'DIV', 'DL', 'DT',
  'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HGROUP',
  'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TH', 'THEAD',
  'TFOOT', 'TR', 'UL',
])
export const NEVER_TEXT = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'OBJECT', 'EMBED', 'SVG', 'CANVAS', 'BUTTON', 'INPUT',
  'SELECT', 'TEXTAREA', 'HEAD', 'TITLE', 'META', 'LINK',
])
const TEXT_NODE = 3
const ELEMENT_NODE = 1

function tagOf(node: Node): string {
  return node.nodeType === ELEMENT_NODE ? (node as Element).tagName.toUpperCase() : ''
}

export function paragraphsOf(root: Node): string[] {
  const out: string[] = []
  let buf = ''
  const flush = (): void => {
    const p = buf.replace(/[\s\u00a0]+/g, ' ').trim()
    if (p) out.push(p)
    buf = ''
  }
  // Iterative, not recursive: a hostile page nested thousands of levels deep must not overflow
  // the stack. `null` on the stack is the paragraph break after a block's children.
  const stack: (Node | null)[] = []
  const pushChildren = (node: Node): void => {
    const kids: Node[] = []
    for (let child = node.firstChild; child; child = child.nextSibling) kids.push(child)
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i])
  }
  pushChildren(root)
  while (stack.length) {
    const child = stack.pop()!
    if (child === null) {
      flush()
      continue
    }
    if (child.nodeType === TEXT_NODE) {
      buf += child.nodeValue ?? ''
      continue
    }
    if (child.nodeType !== ELEMENT_NODE) continue
    const tag = tagOf(child)
    if (NEVER_TEXT.has(tag)) continue
    if (tag === 'PRE') {
      flush()
      for (const line of (child.textContent ?? '').split('\n')) if (line.trim()) out.push(line.trimEnd())
      continue
    }
    if (BLOCK.has(tag)) {
      flush()
      stack.push(null)
    }
    pushChildren(child)
  }
  flush()
  return out
}

/** Whether any element under root sits more than `limit` levels deep (iteratively, without recursion). */
export function deeperThan(root: Node, limit: number): boolean {
  const stack: { node: Node; depth: number }[] = [{ node: root, depth: 0 }]
  while (stack.length) {
    const { node, depth } = stack.pop()!
    if (depth > limit) return true
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === ELEMENT_NODE) stack.push({ node: child, depth: depth + 1 })
    }
  }
  return false
}
