export default function InventoryPage() {
  return (
    <section>
      <h1>Inventory</h1>
      <p>
        This is where the step 4 inventory will live: naming what you feel from a wide vocabulary,
        how strong it is, where you feel it, and what you need, and later a picture of your feelings
        over time.
      </p>
      <p className="muted">
        It is still being built. Until then, the journal is a safe place for anything you feel.
      </p>
    </section>
  );
}
