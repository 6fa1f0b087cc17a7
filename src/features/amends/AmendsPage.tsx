export default function AmendsPage() {
  return (
    <section>
      <h1>Amends</h1>
      <p>
        This is where the step 8 amends list and the step 9 letters will live: whom you would like
        to make amends to, yourself first among them, a gentle check that reaching out is safe, and
        letters that are never sent.
      </p>
      <p className="muted">
        It is still being built. Nothing here will ever contact anyone for you.
      </p>
    </section>
  );
}
