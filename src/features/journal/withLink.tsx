import type { ReactNode } from 'react';

/**
 * A whole translated sentence with a link inside it: the sentence keeps a `{link}` hole where
 * the link goes, so a translator sees the sentence entire and may move the link within it.
 */
export function withLink(sentence: string, link: ReactNode): ReactNode {
  const at = sentence.indexOf('{link}');
  if (at < 0) return sentence;
  return (
    <>
      {sentence.slice(0, at)}
      {link}
      {sentence.slice(at + '{link}'.length)}
    </>
  );
}
