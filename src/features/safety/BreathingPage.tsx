import { Link } from 'wouter';
import { ROUTES } from '../../core/routes';
import { BreathingGuide } from './BreathingGuide';
import './safety.css';

export default function BreathingPage() {
  return (
    <section className="breathing">
      <p>
        <Link href={ROUTES.help}>Help now</Link>
      </p>
      <h1>Breathe slowly</h1>
      <BreathingGuide />
    </section>
  );
}
