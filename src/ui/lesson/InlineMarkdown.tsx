import Markdown from 'react-markdown'

const INLINE = ['code', 'em', 'strong']

/** A line of Markdown, such as a step title, without the paragraph around it. */
export function InlineMarkdown({ text }: { readonly text: string }) {
  return (
    <Markdown allowedElements={INLINE} unwrapDisallowed>
      {text}
    </Markdown>
  )
}
