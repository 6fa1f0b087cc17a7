export default function StepsPage() {
  return (
    <section>
      <h1>The twelve steps</h1>
      <p>
        This is where the twelve steps will live: each one explained in plain words, with exercises,
        prompts to write against, your entries for that step, and where you are on it.
      </p>
      <p className="muted">
        The step pages are still being written. Your journal is ready now, and anything you write
        there stays with you.
      </p>
    </section>
  );
}
