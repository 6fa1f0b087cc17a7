export default function StepPage({ step }: { step: number }) {
  return (
    <section>
      <h1>Step {step}</h1>
      <p className="muted">This step’s page is still being written.</p>
    </section>
  );
}
