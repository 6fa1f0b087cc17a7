import { highlight, type QueryTerm } from './searchText';

/** Text with the searched words in <mark>: built from text nodes, never parsed as HTML. */
export function Highlight({ text, terms }: { text: string; terms: QueryTerm[] }) {
  return (
    <>
      {highlight(text, terms).map((segment, index) =>
        segment.match ? <mark key={index}>{segment.text}</mark> : segment.text,
      )}
    </>
  );
}
