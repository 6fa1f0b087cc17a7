export default function TrashPage() {
  return (
    <section>
      <h1>Trash</h1>
    </section>
  );
}
