import { Link } from 'wouter';
import { ROUTES } from '../../core/routes';
import { GroundingGuide } from './GroundingGuide';
import './safety.css';

export default function GroundingPage() {
  return (
    <section className="grounding">
      <p>
        <Link href={ROUTES.help}>Help now</Link>
      </p>
      <h1>Ground yourself</h1>
      <GroundingGuide
        after={
          <Link href={ROUTES.help} className="button">
            Back to Help now
          </Link>
        }
      />
    </section>
  );
}
