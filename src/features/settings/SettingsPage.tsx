export default function SettingsPage() {
  return (
    <section>
      <h1>Settings</h1>
      <h2>Where your journal lives</h2>
      <p>
        Everything you write stays in this browser’s storage on this device. Nothing is sent
        anywhere: Stepwork has no server, no account and no tracking.
      </p>
      <p>
        Your words are sealed with a key that only this app on this device holds, so they cannot be
        read by looking through the browser’s storage. The dates of your entries and the step they
        belong to stay readable, because the app needs them to sort and find things.
      </p>
      <p className="muted">
        Backups, a passphrase lock and a view of how much space your journal uses are still being
        built and will appear here.
      </p>
    </section>
  );
}
