import { Link } from 'wouter';
import { ROUTES } from '../core/routes';

export default function NotFoundPage() {
  return (
    <section>
      <h1>Nothing here</h1>
      <p>This page does not exist in Stepwork. Your journal is safe.</p>
      <Link href={ROUTES.today} className="button">
        Go to Today
      </Link>
    </section>
  );
}
