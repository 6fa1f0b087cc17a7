import type { Segment } from './searchText';

/** Text with the searched words in <mark>: built from text nodes, never parsed as HTML. */
export function Highlight({ segments }: { segments: Segment[] }) {
  return (
    <>
      {segments.map((segment, index) =>
        segment.match ? <mark key={index}>{segment.text}</mark> : segment.text,
      )}
    </>
  );
}
