import { Link } from 'wouter';
import { ROUTES } from '../../app/routes';

export function TodayPage() {
  return (
    <section>
      <h1>Today</h1>
      <p>Welcome back. Whatever today holds, you can take it one step at a time.</p>
      <div className="card">
        <h2>Write</h2>
        <p>A few lines are enough. Your words save themselves and stay on this device.</p>
        <Link href={ROUTES.newEntry} className="button">
          Write in your journal
        </Link>
      </div>
      <div className="card">
        <h2>If today is hard</h2>
        <p>Grounding, breathing and people to call are one tap away, even offline.</p>
        <Link href={ROUTES.help} className="button button--quiet">
          Open Help now
        </Link>
      </div>
    </section>
  );
}
