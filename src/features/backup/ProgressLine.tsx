interface Props {
  label: string;
  done: number;
  total: number;
}

/** Progress for a large journal, in numbers as well as a bar. */
export function ProgressLine({ label, done, total }: Props) {
  return (
    <div className="backup-progress" role="status">
      <label>
        {label} {total > 0 ? `${done.toLocaleString()} of ${total.toLocaleString()}` : ''}
        <progress max={Math.max(total, 1)} value={done} />
      </label>
    </div>
  );
}
