export default function SearchPage() {
  return (
    <section>
      <h1>Search your journal</h1>
      <p className="muted">Search is still being built.</p>
    </section>
  );
}
